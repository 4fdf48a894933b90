// The `wasm::` attributes that shape a module's boundary with its host:
// `#[wasm::export]` on a fn, `#[wasm::import(module = "...")]` on an
// `extern "js"` block. Name resolution asks whether a program exports
// anything (a library of exports needs no `main`), the interop checker
// (compiler/check/check_interop.cpp) validates them, and lowering reads the
// names under which functions are exported and imported.
#pragma once

#include <string>
#include <string_view>

#include "compiler/parse/ast.h"
#include "compiler/sema/program.h"

namespace wr {

// The import module of host functions declared without `module = "..."`.
constexpr const char* kDefaultImportModule = "js";

// The attribute `#[wasm::NAME ...]` on an item, or nullptr.
const Attribute* findWasmAttr(const Item* item, std::string_view name);
// Does any top-level fn carry `#[wasm::export]`?
bool hasWasmExport(const Ast& ast);
// The name a `#[wasm::export]` fn is exported under: `name = "..."`, or
// the fn's own name.
std::string exportName(const Item* fn);
// The Wasm import module of a host fn: its block's `module = "..."`.
std::string importModule(const FnInfo& fn);
// The Wasm import field name of a host fn: `name = "..."` on the fn, or its
// own name.
std::string importName(const FnInfo& fn);

}  // namespace wr
