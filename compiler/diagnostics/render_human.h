// Terminal rendering of diagnostics, laid out the way rustc lays them out:
// the `error[E0308]: ...` header, the ` --> path:line:col` location, the
// source lines with `^^^` under the primary label and `---` under secondary
// ones, multi-line spans drawn in a left margin, `= note:` / `= help:` lines,
// suggestions shown as the patched source, and the closing summary
// (`error: aborting due to 2 previous errors`, `For more information ...`).
//
// The CLI prints this on stderr; the JSON renderer (render_json.h) embeds the
// colorless form as "rendered" for the playground and editors. Rendering
// never fails: spans outside the file are clamped to it.
#pragma once

#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/source/source_file.h"

namespace wr {

// One diagnostic, every line ending in '\n'. With `color`, rustc's ANSI
// scheme: bold bright red `error`, bold yellow `warning`, bold bright blue
// gutter and secondary labels, bold message text.
std::string renderHuman(const SourceFile& file, const Diagnostic& d, bool color);

// What rustc prints after the last diagnostic: `error: aborting due to N
// previous error(s)` (with `; M warning(s) emitted` when there are warnings
// too) or `warning: M warning(s) emitted`, then the `wasmrust explain` hint
// listing the error codes seen. Empty when `ds` is empty.
std::string renderSummary(const std::vector<Diagnostic>& ds, bool color);

// Every diagnostic followed by a blank line, then the summary.
std::string renderHumanAll(const SourceFile& file, const std::vector<Diagnostic>& ds, bool color);

}  // namespace wr
