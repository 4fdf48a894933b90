// Diagnostics are data: a kind (with its stable code), a message, spans with
// labels, notes and help (optionally with a suggested replacement). They are
// collected by a DiagnosticEngine while the compiler runs and rendered later,
// for the terminal (rustc style, see render_human.h) or as JSON for the
// playground and editors (see render_json.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compiler/source/source_file.h"

namespace wr {

enum class DiagKind : uint16_t {
#define WR_DIAG(Name, Severity, Code, Summary) Name,
#include "compiler/diagnostics/diagnostic_kind.def"
  Count
};

enum class Severity : uint8_t { Error, Warning };

struct DiagKindInfo {
  const char* name;
  Severity severity;
  const char* code;  // "" when rustc prints no code for the same error
  const char* summary;
};
const DiagKindInfo& diagKindInfo(DiagKind kind);
// Looks a kind up by its code ("E0308") or name; returns nullptr if unknown.
const DiagKindInfo* findDiagKindByCode(const std::string& code);

// A span with a message. The primary label is where the caret goes.
struct Label {
  Span span;
  std::string message;
  bool primary = false;
};

// How safe it is to apply a suggestion without a person looking at it.
enum class Applicability : uint8_t { MachineApplicable, MaybeIncorrect };

struct Suggestion {
  Span span;                // the text to replace
  std::string replacement;  // what to put there
  Applicability applicability = Applicability::MaybeIncorrect;
};

struct Help {
  std::string message;
  std::optional<Suggestion> suggestion;
};

struct Diagnostic {
  DiagKind kind = DiagKind::Unsupported;
  std::string message;
  std::vector<Label> labels;  // the first primary label is the location
  std::vector<std::string> notes;
  std::vector<Help> helps;

  Severity severity() const { return diagKindInfo(kind).severity; }
  const char* code() const { return diagKindInfo(kind).code; }
  // The primary span (or an empty span at 0 when there is none).
  Span primarySpan() const;
};

// Builder-style helpers so emit sites read as one expression.
class DiagBuilder {
 public:
  explicit DiagBuilder(Diagnostic& d) : d_(d) {}
  DiagBuilder& primary(Span span, std::string message = {}) {
    d_.labels.push_back({span, std::move(message), true});
    return *this;
  }
  DiagBuilder& label(Span span, std::string message) {
    d_.labels.push_back({span, std::move(message), false});
    return *this;
  }
  // A label where there is a span to put it on.
  DiagBuilder& labelIf(std::optional<Span> span, std::string message) {
    if (span)
      d_.labels.push_back({*span, std::move(message), false});
    return *this;
  }
  DiagBuilder& note(std::string message) {
    d_.notes.push_back(std::move(message));
    return *this;
  }
  DiagBuilder& help(std::string message) {
    d_.helps.push_back({std::move(message), std::nullopt});
    return *this;
  }
  DiagBuilder& suggest(std::string message,
                       Span span,
                       std::string replacement,
                       Applicability applicability) {
    d_.helps.push_back(
        {std::move(message), Suggestion{span, std::move(replacement), applicability}});
    return *this;
  }

 private:
  Diagnostic& d_;
};

// Collects diagnostics for one compilation. Stops recording (and reports
// TooManyErrors once) after a limit, so hostile input cannot make the
// compiler spend unbounded memory on error messages.
class DiagnosticEngine {
 public:
  static constexpr size_t kMaxErrors = 100;
  static constexpr size_t kMaxWarnings = 100;

  DiagBuilder emit(DiagKind kind, std::string message);
  bool hasErrors() const { return errorCount_ > 0; }
  // Adds the TooManyErrors note when errors were dropped; call once, last.
  void finish();
  size_t errorCount() const { return errorCount_; }
  const std::vector<Diagnostic>& all() const { return diags_; }
  std::vector<Diagnostic>& all() { return diags_; }

 private:
  std::vector<Diagnostic> diags_;
  Diagnostic sink_;  // absorbs diagnostics past the limit
  size_t errorCount_ = 0;
  size_t warningCount_ = 0;
  bool capped_ = false;
};

}  // namespace wr
