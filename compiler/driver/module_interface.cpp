// Describes a lowered module's boundary (module_interface.h) from the
// program's fn signatures and the module's imports and exports.
#include "compiler/driver/module_interface.h"

#include <unordered_map>

#include "compiler/sema/interop.h"

namespace wr {

namespace {

BoundaryValue describe(const Program& prog, TypeId t) {
  const TypeTable& tt = prog.types;
  BoundaryValue v;
  v.rustType = prog.typeName(t);
  switch (tt.kind(t)) {
    case TypeKind::Int:
      v.kind = intBits(tt.intKind(t)) == 64 ? BoundaryKind::BigInt : BoundaryKind::Int;
      break;
    case TypeKind::Float:
      v.kind = BoundaryKind::Float;
      break;
    case TypeKind::Bool:
      v.kind = BoundaryKind::Bool;
      break;
    case TypeKind::Char:
      v.kind = BoundaryKind::Char;
      break;
    case TypeKind::ExternRef:
      v.kind = BoundaryKind::ExternRef;
      v.jsType = prog.typeName(tt.get(t).elem);
      break;
    case TypeKind::Ref: {
      TypeId inner = tt.get(t).elem;
      v.isMut = tt.get(t).sub != 0;
      if (tt.kind(inner) == TypeKind::Str) {
        v.kind = BoundaryKind::Str;
      } else if (tt.kind(inner) == TypeKind::Slice) {
        v.kind = BoundaryKind::Slice;
        TypeId e = tt.get(inner).elem;
        static const char* const kArrays[] = {
            "Int8Array",  "Int16Array",  "Int32Array",  "BigInt64Array",  "Int32Array",
            "Uint8Array", "Uint16Array", "Uint32Array", "BigUint64Array", "Uint32Array"};
        if (tt.kind(e) == TypeKind::Int) {
          v.jsType = kArrays[static_cast<int>(tt.intKind(e))];
          v.elemSize = static_cast<uint32_t>(intBits(tt.intKind(e)) / 8);
        } else if (tt.kind(e) == TypeKind::Float) {
          bool f32 = tt.floatKind(e) == FloatKind::F32;
          v.jsType = f32 ? "Float32Array" : "Float64Array";
          v.elemSize = f32 ? 4 : 8;
        } else {  // bool
          v.jsType = "Uint8Array";
          v.elemSize = 1;
        }
      }
      break;
    }
    default:
      v.kind = BoundaryKind::Unit;
  }
  return v;
}

BoundaryFn describeFn(const Program& prog, const FnInfo& fn) {
  BoundaryFn b;
  for (size_t i = 0; i < fn.params.size(); ++i) {
    b.params.push_back(describe(prog, fn.params[i]));
    const Param* p = i < fn.item->params.size() ? &fn.item->params[i] : nullptr;
    bool named = p && p->pattern && p->pattern->kind == PatternKind::Binding;
    b.paramNames.push_back(named ? std::string(p->pattern->name) : "arg" + std::to_string(i));
  }
  b.result = describe(prog, fn.ret);
  return b;
}

}  // namespace

ModuleInterface describeInterface(const Program& prog, const wasmir::Module& module) {
  ModuleInterface mi;
  std::unordered_map<std::string, const FnInfo*> exported;
  std::unordered_map<std::string, const FnInfo*> hostFns;
  for (const FnInfo& fn : prog.fns) {
    if (fn.isHostImport())
      hostFns[importModule(fn) + "\n" + importName(fn)] = &fn;
    else if (fn.item && fn.item->kind == ItemKind::Fn && !fn.isTemplate() &&
             findWasmAttr(fn.item, "export"))
      exported[exportName(fn.item)] = &fn;
  }
  for (const wasmir::Export& e : module.exports) {
    if (e.name == "main")
      mi.hasMain = true;
    auto it = exported.find(e.name);
    if (it == exported.end())
      continue;
    BoundaryFn b = describeFn(prog, *it->second);
    b.name = e.name;
    mi.exports.push_back(std::move(b));
  }
  for (const wasmir::Import& imp : module.imports) {
    if (imp.module == "env" && !hostFns.count(imp.module + "\n" + imp.name)) {
      mi.envImports.push_back(imp.name);
      continue;
    }
    auto it = hostFns.find(imp.module + "\n" + imp.name);
    if (it == hostFns.end())
      continue;
    BoundaryFn b = describeFn(prog, *it->second);
    b.module = imp.module;
    b.name = imp.name;
    mi.imports.push_back(std::move(b));
  }
  return mi;
}

}  // namespace wr
