// JSON rendering of diagnostics (see render_json.h). Uses nlohmann's
// ordered_json so keys come out in insertion order, which keeps the output
// byte-for-byte stable for golden tests and diffing in the playground.
#include "compiler/diagnostics/render_json.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "compiler/diagnostics/render_human.h"

namespace wr {
namespace {

using Json = nlohmann::ordered_json;

Span clampSpan(const SourceFile& f, Span s) {
  const uint32_t size = static_cast<uint32_t>(f.text().size());
  uint32_t lo = std::min(s.lo, size);
  return {lo, std::clamp(s.hi, lo, size)};
}

// Byte offsets plus rustc-style 1-based line and column (columns count
// Unicode scalar values), for one clamped span.
Json spanFields(const SourceFile& f, Span raw) {
  Span s = clampSpan(f, raw);
  LineCol lo = f.lineCol(s.lo), hi = f.lineCol(s.hi);
  Json j;
  j["lo"] = s.lo;
  j["hi"] = s.hi;
  j["line_start"] = lo.line;
  j["column_start"] = lo.col;
  j["line_end"] = hi.line;
  j["column_end"] = hi.col;
  return j;
}

Json nullableString(const std::string& s) {
  return s.empty() ? Json(nullptr) : Json(s);
}

Json labelJson(const SourceFile& f, const Label& l) {
  Json j = spanFields(f, l.span);
  j["label"] = nullableString(l.message);
  j["primary"] = l.primary;
  return j;
}

const char* applicabilityName(Applicability a) {
  return a == Applicability::MachineApplicable ? "MachineApplicable" : "MaybeIncorrect";
}

Json helpJson(const SourceFile& f, const Help& h) {
  Json j;
  j["message"] = h.message;
  if (!h.suggestion) {
    j["suggestion"] = nullptr;
    return j;
  }
  Json s = spanFields(f, h.suggestion->span);
  s["replacement"] = h.suggestion->replacement;
  s["applicability"] = applicabilityName(h.suggestion->applicability);
  j["suggestion"] = std::move(s);
  return j;
}

Json diagnosticJson(const SourceFile& f, const Diagnostic& d) {
  const DiagKindInfo& info = diagKindInfo(d.kind);
  Json j;
  j["severity"] = info.severity == Severity::Error ? "error" : "warning";
  j["code"] = nullableString(info.code);
  j["kind"] = info.name;
  j["message"] = d.message;
  j["file"] = f.pathAt(std::min<uint32_t>(d.primarySpan().lo, f.text().size()));
  j["spans"] = Json::array();
  for (const Label& l : d.labels)
    j["spans"].push_back(labelJson(f, l));
  j["notes"] = Json::array();
  for (const std::string& n : d.notes)
    j["notes"].push_back(n);
  j["helps"] = Json::array();
  for (const Help& h : d.helps)
    j["helps"].push_back(helpJson(f, h));
  j["rendered"] = renderHuman(f, d, /*color=*/false);
  return j;
}

}  // namespace

std::string renderJson(const SourceFile& file, const std::vector<Diagnostic>& ds) {
  Json all = Json::array();
  for (const Diagnostic& d : ds)
    all.push_back(diagnosticJson(file, d));
  // `replace` keeps dump() from throwing on invalid UTF-8 in a message.
  return all.dump(-1, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace) + "\n";
}

}  // namespace wr
