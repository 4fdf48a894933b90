// Lookups of the interop attributes (see interop.h).
#include "compiler/sema/interop.h"

namespace wr {

const Attribute* findWasmAttr(const Item* item, std::string_view name) {
  if (!item)
    return nullptr;
  for (const Attribute& a : item->attrs) {
    const Path& p = a.path;
    if (p.segments.size() == 2 && p.segments[0].name == "wasm" && p.segments[1].name == name)
      return &a;
  }
  return nullptr;
}

bool hasWasmExport(const Ast& ast) {
  for (const Item* item : ast.items) {
    if (item->kind == ItemKind::Fn && findWasmAttr(item, "export"))
      return true;
  }
  return false;
}

static std::string valueOf(const Attribute* a, std::string_view key, std::string fallback) {
  if (a) {
    for (const AttrKeyValue& kv : a->values) {
      if (kv.key == key)
        return kv.value;
    }
  }
  return fallback;
}

std::string exportName(const Item* fn) {
  return valueOf(findWasmAttr(fn, "export"), "name", std::string(fn->name));
}

std::string importModule(const FnInfo& fn) {
  return valueOf(findWasmAttr(fn.externBlock, "import"), "module", kDefaultImportModule);
}

std::string importName(const FnInfo& fn) {
  return valueOf(findWasmAttr(fn.item, "import"), "name", std::string(fn.item->name));
}

}  // namespace wr
