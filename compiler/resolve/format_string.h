// Parses the format string of println!/format!/panic!/assert! macros into
// literal pieces and argument references (FormatPiece), the way Rust's
// format_args! does: positional `{}`/`{0}`, named `{name}` (an explicit
// `name = value` argument or a captured variable), and the spec after `:`
// (fill/align, sign, `#`, `0`, width, precision, `?`/`x`/`X`/`b`/`o`/`e`/`E`).
#pragma once

#include <string_view>
#include <vector>

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/parse/ast.h"

namespace wr {

// `args[first..]` are the macro's format arguments. Implicit captures
// (`{x}` with no `x = ...` argument) are appended to `args` as path
// expressions allocated in `arena`. Returns false after reporting errors.
bool parseFormatString(std::string_view fmt,
                       Span literal,
                       std::vector<MacroArg>& args,
                       size_t first,
                       Arena& arena,
                       DiagnosticEngine& diags,
                       std::vector<FormatPiece>& out);

}  // namespace wr
