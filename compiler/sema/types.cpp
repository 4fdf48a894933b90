// Interning and display of semantic types.
#include "compiler/sema/types.h"

#include <algorithm>

namespace wr {

int intBits(IntKind k) {
  switch (k) {
    case IntKind::I8:
    case IntKind::U8:
      return 8;
    case IntKind::I16:
    case IntKind::U16:
      return 16;
    case IntKind::I32:
    case IntKind::U32:
    case IntKind::Isize:
    case IntKind::Usize:
      return 32;
    case IntKind::I64:
    case IntKind::U64:
      return 64;
  }
  return 32;
}

const char* intName(IntKind k) {
  static const char* const kNames[] = {"i8", "i16", "i32", "i64", "isize",
                                       "u8", "u16", "u32", "u64", "usize"};
  return kNames[static_cast<int>(k)];
}

TypeTable::TypeTable() {
  error_ = intern({TypeKind::Error});
  never_ = intern({TypeKind::Never});
  unit_ = intern({TypeKind::Tuple});
  bool_ = intern({TypeKind::Bool});
  char_ = intern({TypeKind::Char});
  str_ = intern({TypeKind::Str});
  TypeData hole{TypeKind::Var};
  hole.id = 0xFFFFFFFF;
  hole_ = intern(hole);
  for (int i = 0; i < 10; ++i) {
    TypeData d{TypeKind::Int};
    d.sub = static_cast<uint8_t>(i);
    ints_[i] = intern(d);
  }
  for (int i = 0; i < 2; ++i) {
    TypeData d{TypeKind::Float};
    d.sub = static_cast<uint8_t>(i);
    floats_[i] = intern(d);
  }
}

TypeId TypeTable::intern(TypeData data) {
  data.depth = 1;
  if (data.elem != kNoType)
    data.depth = static_cast<uint16_t>(std::min(types_[data.elem].depth + 1, 0xFFFF));
  for (TypeId e : data.elems)
    data.depth = std::max<uint16_t>(data.depth,
                                    static_cast<uint16_t>(std::min(types_[e].depth + 1, 0xFFFF)));
  data.hasParam = data.kind == TypeKind::Param;
  data.hasVar = data.kind == TypeKind::Var || data.kind == TypeKind::IntVar ||
                data.kind == TypeKind::FloatVar;
  if (data.elem != kNoType) {
    data.hasParam |= types_[data.elem].hasParam;
    data.hasVar |= types_[data.elem].hasVar;
  }
  for (TypeId e : data.elems) {
    data.hasParam |= types_[e].hasParam;
    data.hasVar |= types_[e].hasVar;
  }
  if (index_.size() < 2 * (indexed_ + 1))
    growIndex();
  size_t mask = index_.size() - 1;
  for (size_t slot = hashKey(data) & mask;; slot = (slot + 1) & mask) {
    TypeId t = index_[slot];
    if (t == kNoType) {
      TypeId id = static_cast<TypeId>(types_.size());
      types_.append(std::move(data));
      index_[slot] = id;
      ++indexed_;
      return id;
    }
    if (sameKey(types_[t], data))
      return t;
  }
}

// The fields that make a type what it is (the flags and depth follow from
// them).
size_t TypeTable::hashKey(const TypeData& d) {
  uint64_t h = 0x9E3779B97F4A7C15ull;
  auto mix = [&h](uint64_t v) { h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2); };
  mix(static_cast<uint64_t>(d.kind) | static_cast<uint64_t>(d.sub) << 8);
  mix(d.elem);
  mix(d.len);
  mix(d.id);
  for (TypeId e : d.elems)
    mix(e);
  // Spread the low bits (the slot) over the whole word.
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  return static_cast<size_t>(h);
}

bool TypeTable::sameKey(const TypeData& a, const TypeData& b) {
  return a.kind == b.kind && a.sub == b.sub && a.elem == b.elem && a.len == b.len && a.id == b.id &&
         a.elems == b.elems;
}

void TypeTable::growIndex() {
  std::vector<TypeId> old = std::move(index_);
  index_.assign(old.empty() ? 256 : old.size() * 2, kNoType);
  size_t mask = index_.size() - 1;
  for (TypeId t : old) {
    if (t == kNoType)
      continue;
    size_t slot = hashKey(types_[t]) & mask;
    while (index_[slot] != kNoType)
      slot = (slot + 1) & mask;
    index_[slot] = t;
  }
}

TypeId TypeTable::ref(TypeId elem, bool isMut) {
  TypeData d{TypeKind::Ref};
  d.sub = isMut ? 1 : 0;
  d.elem = elem;
  return intern(d);
}
TypeId TypeTable::tuple(const std::vector<TypeId>& elems) {
  TypeData d{TypeKind::Tuple};
  d.elems = elems;
  return intern(d);
}
TypeId TypeTable::array(TypeId elem, uint64_t len) {
  TypeData d{TypeKind::Array};
  d.elem = elem;
  d.len = len;
  return intern(d);
}
TypeId TypeTable::slice(TypeId elem) {
  TypeData d{TypeKind::Slice};
  d.elem = elem;
  return intern(d);
}
TypeId TypeTable::structType(uint32_t structId, const std::vector<TypeId>& args) {
  TypeData d{TypeKind::Struct};
  d.id = structId;
  d.elems = args;
  return intern(d);
}
TypeId TypeTable::externRef(TypeId hostType) {
  TypeData d{TypeKind::ExternRef};
  d.elem = hostType;
  return intern(d);
}
TypeId TypeTable::dynTrait(uint32_t traitId) {
  TypeData d{TypeKind::Dyn};
  d.id = traitId;
  return intern(d);
}
TypeId TypeTable::opaque(uint32_t paramId) {
  TypeData d{TypeKind::Opaque};
  d.id = paramId;
  return intern(d);
}
TypeId TypeTable::param(uint32_t paramId) {
  TypeData d{TypeKind::Param};
  d.id = paramId;
  return intern(d);
}

TypeId TypeTable::subst(TypeId t, const Subst& s) {
  if (t == kNoType || s.empty() || !types_[t].hasParam)
    return t;
  TypeData d = types_[t];  // a copy: interning may grow the table
  switch (d.kind) {
    case TypeKind::Param:
      for (const auto& [param, to] : s) {
        if (param == d.id)
          return to;
      }
      return t;
    case TypeKind::Ref:
      return ref(subst(d.elem, s), d.sub != 0);
    case TypeKind::Array:
      return array(subst(d.elem, s), d.len);
    case TypeKind::Slice:
      return slice(subst(d.elem, s));
    case TypeKind::ExternRef:
      return externRef(subst(d.elem, s));
    case TypeKind::Tuple:
    case TypeKind::Struct:
      for (TypeId& e : d.elems)
        e = subst(e, s);
      return intern(std::move(d));
    default:
      return t;
  }
}
// A fresh variable is unlike every type in the table and nothing else
// makes variables (the hole's id is out of their range), so it needs no
// key in the index: skipping it saves a string and a hash node for what
// are most of a large program's table entries.
TypeId TypeTable::newVar(TypeKind varKind) {
  TypeData d{varKind};
  d.id = nextVar_++;
  d.hasVar = true;
  d.depth = 1;
  TypeId id = static_cast<TypeId>(types_.size());
  types_.append(std::move(d));
  return id;
}

std::string TypeTable::display(
    TypeId t,
    const std::function<std::string(TypeKind, uint32_t)>& structNames) const {
  // Types are DAGs: a type built by doubling (`((T, T), (T, T))`...) is
  // small in the table but exponential as text. Past a budget of nodes the
  // rest is elided.
  size_t budget = 400;
  return displayBounded(t, structNames, budget);
}

std::string TypeTable::displayBounded(
    TypeId t,
    const std::function<std::string(TypeKind, uint32_t)>& structNames,
    size_t& budget) const {
  if (budget == 0)
    return "…";
  --budget;
  const TypeData& d = get(t);
  switch (d.kind) {
    case TypeKind::Error:
      return "{type error}";
    case TypeKind::Never:
      return "!";
    case TypeKind::Bool:
      return "bool";
    case TypeKind::Char:
      return "char";
    case TypeKind::Int:
      return intName(static_cast<IntKind>(d.sub));
    case TypeKind::Float:
      return d.sub == 0 ? "f32" : "f64";
    case TypeKind::Str:
      return "str";
    case TypeKind::Ref:
      return std::string(d.sub ? "&mut " : "&") + displayBounded(d.elem, structNames, budget);
    case TypeKind::Tuple: {
      std::string s = "(";
      for (size_t i = 0; i < d.elems.size(); ++i) {
        if (i)
          s += ", ";
        s += displayBounded(d.elems[i], structNames, budget);
      }
      if (d.elems.size() == 1)
        s += ",";
      return s + ")";
    }
    case TypeKind::Array:
      return "[" + displayBounded(d.elem, structNames, budget) + "; " + std::to_string(d.len) + "]";
    case TypeKind::Slice:
      return "[" + displayBounded(d.elem, structNames, budget) + "]";
    case TypeKind::Struct: {
      std::string s = structNames(d.kind, d.id);
      if (d.elems.empty())
        return s;
      s += "<";
      for (size_t i = 0; i < d.elems.size(); ++i) {
        if (i)
          s += ", ";
        s += displayBounded(d.elems[i], structNames, budget);
      }
      return s + ">";
    }
    case TypeKind::Param:
      return structNames(d.kind, d.id);
    case TypeKind::Dyn:
      return "dyn " + structNames(d.kind, d.id);
    case TypeKind::Opaque:
      return "impl " + structNames(d.kind, d.id);
    case TypeKind::Var:
      return "_";
    case TypeKind::IntVar:
      return "{integer}";
    case TypeKind::FloatVar:
      return "{float}";
    case TypeKind::ExternRef:
      return "externref<" + displayBounded(d.elem, structNames, budget) + ">";
  }
  return "?";
}

}  // namespace wr
