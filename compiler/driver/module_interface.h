// A compiled module's boundary in source-level types: each exported fn and
// each imported host fn with its parameters and result, as the host sees
// them. `wasmrust build --emit js` turns it into the optional typed
// ES-module wrapper and its .d.ts (js_wrapper.h); the Wasm module itself
// needs neither.
#pragma once

#include <string>
#include <vector>

#include "compiler/sema/program.h"
#include "wasmir/module.h"

namespace wr {

// How one value crosses: a Wasm value, or (Str, Slice) a pointer and a
// length into the module's memory.
enum class BoundaryKind : uint8_t { Unit, Int, BigInt, Float, Bool, Char, Str, Slice, ExternRef };

struct BoundaryValue {
  BoundaryKind kind = BoundaryKind::Unit;
  std::string rustType;  // "i32", "&str", "&mut [f64]", "externref<Element>"
  // Slice: the TypedArray for the elements ("Float64Array") and their size;
  // ExternRef: the host type's name, for the .d.ts.
  std::string jsType;
  uint32_t elemSize = 0;
  bool isMut = false;  // `&mut [T]`: the host's array is updated after the call
};

struct BoundaryFn {
  std::string module;  // imports: the Wasm import module
  std::string name;    // the export or import name
  std::vector<std::string> paramNames;
  std::vector<BoundaryValue> params;
  BoundaryValue result;
};

struct ModuleInterface {
  std::vector<BoundaryFn> exports;      // `#[wasm::export]` fns (not `main`)
  std::vector<BoundaryFn> imports;      // host fns the module imports
  std::vector<std::string> envImports;  // the runtime's imports it uses ("write", ...)
  bool hasMain = false;
};

ModuleInterface describeInterface(const Program& program, const wasmir::Module& module);

}  // namespace wr
