// The module tree's bookkeeping (see module_scope.h).
#include "compiler/resolve/module_scope.h"

namespace wr {

ModuleTree::ModuleTree() {
  add({}, kNone, nullptr);     // kRoot
  add("std", kNone, nullptr);  // kPrelude
}

uint32_t ModuleTree::add(std::string_view name, uint32_t parent, const Item* item) {
  ModuleScope m;
  m.name = name;
  m.parent = parent;
  m.item = item;
  modules_.push_back(std::move(m));
  return static_cast<uint32_t>(modules_.size() - 1);
}

bool ModuleTree::within(uint32_t inner, uint32_t outer) const {
  for (uint32_t m = inner; m != kNone; m = modules_[m].parent) {
    if (m == outer)
      return true;
  }
  return false;
}

std::string ModuleTree::pathOf(uint32_t m) const {
  std::string out;
  for (; m != kNone && m != kRoot; m = modules_[m].parent)
    out = "::" + std::string(modules_[m].name) + out;
  return "crate" + out;
}

}  // namespace wr
