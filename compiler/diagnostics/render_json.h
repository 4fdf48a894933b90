// Machine-readable diagnostics for the playground, the DevTools panel and
// editors: one JSON array, one object per diagnostic, carrying the kind, the
// code, byte offsets and 1-based line/column for every span, notes, helps
// with their suggested edits, and the colorless terminal rendering.
//
// Shape of one element (keys always in this order):
//   {"severity":"error","code":"E0308"|null,"kind":"MismatchedTypes",
//    "message":...,"file":path,
//    "spans":[{"lo":..,"hi":..,"line_start":..,"column_start":..,
//              "line_end":..,"column_end":..,"label":..|null,"primary":..}],
//    "notes":[...],
//    "helps":[{"message":...,"suggestion":{"lo":..,"hi":..,"line_start":..,
//              "column_start":..,"line_end":..,"column_end":..,
//              "replacement":...,"applicability":"MachineApplicable"|
//              "MaybeIncorrect"}|null}],
//    "rendered":"<renderHuman without color>"}
// Spans outside the file are clamped to it, as the terminal renderer does.
#pragma once

#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/source/source_file.h"

namespace wr {

// Compact one-line JSON followed by '\n'. Non-ASCII text is emitted as UTF-8;
// invalid UTF-8 in messages becomes U+FFFD rather than failing.
std::string renderJson(const SourceFile& file, const std::vector<Diagnostic>& ds);

}  // namespace wr
