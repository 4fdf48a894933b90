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
  size_t& count = isError ? errorCount_ : warningCount_;
  if (count >= (isError ? kMaxErrors : kMaxWarnings)) {
    capped_ = capped_ || isError;
    sink_ = Diagnostic{};
    return DiagBuilder(sink_);
  }
  ++count;
  diags_.push_back(Diagnostic{kind, std::move(message), {}, {}, {}});
  return DiagBuilder(diags_.back());
}

void DiagnosticEngine::finish() {
  if (!capped_)
    return;
  capped_ = false;
  diags_.push_back(Diagnostic{DiagKind::TooManyErrors,
                              "aborting after " + std::to_string(kMaxErrors) + " errors",
                              {},
                              {},
                              {}});
}

}  // namespace wr
