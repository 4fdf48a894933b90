// The diagnostic kind table and the DiagnosticEngine.
#include "compiler/diagnostics/diagnostic.h"

#include <cstring>

namespace wr {

static const DiagKindInfo kInfos[] = {
#define WR_DIAG(Name, Sev, Code, Summary) {#Name, Severity::Sev, Code, Summary},
#include "compiler/diagnostics/diagnostic_kind.def"
};

const DiagKindInfo& diagKindInfo(DiagKind kind) {
  return kInfos[static_cast<size_t>(kind)];
}

const DiagKindInfo* findDiagKindByCode(const std::string& code) {
  for (const DiagKindInfo& info : kInfos) {
    if (code == info.code || code == info.name)
      return &info;
  }
  return nullptr;
}

Span Diagnostic::primarySpan() const {
  for (const Label& l : labels) {
    if (l.primary)
      return l.span;
  }
  return labels.empty() ? Span{} : labels.front().span;
}

DiagBuilder DiagnosticEngine::emit(DiagKind kind, std::string message) {
  bool isError = diagKindInfo(kind).severity == Severity::Error;
  if (errorCount_ >= kMaxErrors) {
    sink_ = Diagnostic{};
    return DiagBuilder(sink_);
  }
  if (isError)
    ++errorCount_;
  diags_.push_back(Diagnostic{kind, std::move(message), {}, {}, {}});
  if (errorCount_ == kMaxErrors) {
    // Keep the last real diagnostic, then say why we stop.
    Diagnostic last = std::move(diags_.back());
    diags_.pop_back();
    diags_.push_back(std::move(last));
    diags_.push_back(Diagnostic{DiagKind::TooManyErrors,
                                "aborting after " + std::to_string(kMaxErrors) + " errors",
                                {},
                                {},
                                {}});
    return DiagBuilder(diags_[diags_.size() - 2]);
  }
  return DiagBuilder(diags_.back());
}

}  // namespace wr
