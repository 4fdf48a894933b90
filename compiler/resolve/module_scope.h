// The program's module tree and what each module's names mean.
//
// Every module (the crate root, each `mod name { ... }`, and the prelude)
// has its own namespaces: values (fns, consts, statics, constructors),
// types (structs and enums, aliases), traits, child modules, enum variants
// brought in by `use Enum::*`, and `use std::...` aliases. A `use` of a
// crate item copies the item's entries into the importing module's maps
// under the imported name; `use path::*` records a glob.
//
// A name looked up from a module means, in order: the module's own items
// and imports, then what its globs bring in, then the prelude (Option,
// Result, the std traits). That is Rust's rule, so items of the parent are
// not visible in a child module without `use super::...`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/parse/ast.h"
#include "compiler/sema/program.h"
#include "compiler/source/source_file.h"

namespace wr {

struct ValueDef {
  ResKind kind;
  uint32_t index;
  Span span;
  uint32_t variant = 0;  // UnitVariant / VariantCtor
  bool isPub = true;
};

// An item that is not `pub` (or only `pub(super)`): paths may name it only
// from inside module `visibleIn` (its own module, or the parent).
struct Restriction {
  uint32_t visibleIn;
  const Item* item;
};

// An enum variant by name (imported with `use Enum::*` or named `Enum::V`).
struct VariantRef {
  uint32_t enumId;
  uint32_t variant;
};

struct ModuleScope {
  std::string_view name;  // empty for the crate root
  uint32_t parent = kNone;
  const Item* item = nullptr;  // the `mod` item (null for the root and the prelude)
  // A block that declares items: its names come first, then the enclosing
  // module's (a block is not a module boundary).
  bool isBlock = false;

  std::unordered_map<std::string_view, ValueDef> values;
  std::unordered_map<std::string_view, uint32_t> structs;  // StructInfo index
  std::unordered_map<std::string_view, const Item*> aliases;
  std::unordered_map<std::string_view, uint32_t> traits;   // TraitInfo index
  std::unordered_map<std::string_view, uint32_t> modules;  // child and imported modules
  std::unordered_map<std::string_view, VariantRef> variants;
  std::unordered_map<std::string_view, std::vector<std::string_view>> stdAliases;
  std::vector<uint32_t> globs;  // modules whose names `use m::*` brings in
  std::unordered_map<std::string_view, Restriction> restricted;  // by item name
};

class ModuleTree {
 public:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kPrelude = 1;

  ModuleTree();

  uint32_t add(std::string_view name, uint32_t parent, const Item* item);
  ModuleScope& operator[](uint32_t m) { return modules_[m]; }
  const ModuleScope& operator[](uint32_t m) const { return modules_[m]; }
  uint32_t size() const { return static_cast<uint32_t>(modules_.size()); }

  // Lookups from module `from`, in the order described above.
  const ValueDef* value(uint32_t from, std::string_view name) const {
    return find(from, name, &ModuleScope::values);
  }
  const uint32_t* structId(uint32_t from, std::string_view name) const {
    return find(from, name, &ModuleScope::structs);
  }
  const Item* const* alias(uint32_t from, std::string_view name) const {
    return find(from, name, &ModuleScope::aliases);
  }
  const uint32_t* trait(uint32_t from, std::string_view name) const {
    return find(from, name, &ModuleScope::traits);
  }
  const uint32_t* module(uint32_t from, std::string_view name) const {
    return find(from, name, &ModuleScope::modules);
  }
  const VariantRef* variant(uint32_t from, std::string_view name) const {
    return find(from, name, &ModuleScope::variants);
  }
  const std::vector<std::string_view>* stdAlias(uint32_t from, std::string_view name) const {
    return find(from, name, &ModuleScope::stdAliases);
  }

  // True when `inner` is `outer` or nested in it (private items of `outer`
  // are visible there).
  bool within(uint32_t inner, uint32_t outer) const;

  // "crate::a::b" for diagnostics.
  std::string pathOf(uint32_t m) const;

 private:
  template <class T>
  const T* find(uint32_t from,
                std::string_view name,
                std::unordered_map<std::string_view, T> ModuleScope::*map) const;

  std::vector<ModuleScope> modules_;
};

template <class T>
const T* ModuleTree::find(uint32_t from,
                          std::string_view name,
                          std::unordered_map<std::string_view, T> ModuleScope::*map) const {
  // The module itself, then its globs (and theirs: a glob re-exports what
  // its module imports), breadth first; most modules have none.
  for (;;) {
    uint32_t visited[16];
    uint32_t count = 0;
    std::vector<uint32_t> queue{from};
    for (size_t i = 0; i < queue.size(); ++i) {
      uint32_t m = queue[i];
      const auto& names = modules_[m].*map;
      auto it = names.find(name);
      if (it != names.end())
        return &it->second;
      for (uint32_t g : modules_[m].globs) {
        bool seen = g == from;
        for (uint32_t k = 0; k < count && !seen; ++k)
          seen = visited[k] == g;
        if (!seen && count < 16) {
          visited[count++] = g;
          queue.push_back(g);
        }
      }
    }
    if (!modules_[from].isBlock)
      break;
    from = modules_[from].parent;
  }
  // The prelude is visible everywhere. Its own code sees the crate root's
  // items too: a program that defines its own `Option` replaces the
  // prelude's, and the prelude's other items then use the program's.
  uint32_t last = from == kPrelude ? kRoot : kPrelude;
  const auto& names = modules_[last].*map;
  auto it = names.find(name);
  return it == names.end() ? nullptr : &it->second;
}

}  // namespace wr
