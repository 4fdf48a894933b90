// Longer explanations for `wasmrust explain CODE`, beyond the one-line
// summary in diagnostic_kind.def: what the error means, an example that
// triggers it, and how to fix it. WasmRust's own codes have them (rustc's
// codes are explained by rustc's documentation).
#pragma once

#include <string>

namespace wr {

// The explanation of `code` ("W1010"), or nullptr when there is none.
const char* explainText(const std::string& code);

}  // namespace wr
