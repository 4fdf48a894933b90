// Typed inspection of memory (see inspect.h).
#include "memviz/inspect.h"

#include <cinttypes>
#include <cstdio>
#include <cstring>

namespace memviz {

namespace {

uint64_t readLe(const std::vector<uint8_t>& mem, uint32_t address, uint32_t size) {
  uint64_t v = 0;
  for (uint32_t i = 0; i < size && i < 8; ++i) {
    if (static_cast<uint64_t>(address) + i < mem.size())
      v |= static_cast<uint64_t>(mem[address + i]) << (8 * i);
  }
  return v;
}

std::string indexText(uint32_t i) {  // "[i]"
  std::string s = std::to_string(i);
  s.insert(s.begin(), '[');
  s += ']';
  return s;
}

std::string hexValue(uint64_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%" PRIx64, v);
  return buf;
}

constexpr int kMaxDepth = 32;  // types nest; a broken table must not loop

// Descends from a value of `typeId` at `base` to the scalar holding `address`.
void descend(const Model& m,
             uint32_t typeId,
             uint32_t base,
             uint32_t address,
             ByteInfo& out,
             int depth) {
  const TypeInfo& t = m.info.type(typeId);
  uint32_t off = address - base;
  auto scalar = [&]() {
    out.type = t.name;
    out.fieldStart = base;
    out.fieldSize = std::max(t.size, 1u);
    out.value = scalarValue(m, t, base);
  };
  if (depth > kMaxDepth) {
    scalar();
    return;
  }
  if (t.kind == "array" || t.kind == "slice") {
    const TypeInfo& e = m.info.type(t.elem);
    if (e.size == 0) {
      scalar();
      return;
    }
    uint32_t i = off / e.size;
    out.path += indexText(i);
    descend(m, t.elem, base + i * e.size, address, out, depth + 1);
    return;
  }
  if (t.kind == "fatref") {
    out.path += off < 4 ? ".ptr" : ".len";
    out.type = off < 4 ? "*const " + m.info.type(t.elem).name : "usize";
    out.fieldStart = base + (off < 4 ? 0 : 4);
    out.fieldSize = 4;
    uint32_t v = static_cast<uint32_t>(readLe(m.memory, out.fieldStart, 4));
    out.value = off < 4 ? hexValue(v) : std::to_string(v);
    return;
  }
  const std::vector<Field>* fields = nullptr;
  if (t.kind == "struct" || t.kind == "tuple") {
    fields = &t.fields;
  } else if (t.kind == "enum") {
    int64_t tag = static_cast<int32_t>(readLe(m.memory, base, 4));
    const Variant* active = nullptr;
    for (const Variant& v : t.variants) {
      if (v.discriminant == tag)
        active = &v;
    }
    if (off < 4 || !active) {
      out.path += ".<tag>";
      out.type = "tag";
      out.fieldStart = base;
      out.fieldSize = 4;
      out.value = active ? active->name : std::to_string(tag) + " (no such variant)";
      return;
    }
    out.path += "::";
    out.path += active->name;
    fields = &active->fields;
  } else {
    scalar();
    return;
  }
  for (const Field& f : *fields) {
    const TypeInfo& ft = m.info.type(f.type);
    if (off >= f.offset && off < f.offset + std::max(ft.size, 1u)) {
      out.path += '.';
      out.path += f.name;
      descend(m, f.type, base + f.offset, address, out, depth + 1);
      return;
    }
  }
  out.type = "padding";
  out.fieldStart = address;
  out.fieldSize = 1;
  out.value = hexValue(readLe(m.memory, address, 1));
}

}  // namespace

std::string scalarValue(const Model& m, const TypeInfo& t, uint32_t address) {
  uint32_t size = std::min<uint32_t>(std::max(t.size, 1u), 8);
  uint64_t raw = readLe(m.memory, address, size);
  char buf[64];
  if (t.kind == "int") {
    int shift = 64 - 8 * static_cast<int>(size);
    int64_t v = static_cast<int64_t>(raw << shift) >> shift;
    return std::to_string(v);
  }
  if (t.kind == "uint")
    return std::to_string(raw);
  if (t.kind == "bool")
    return raw == 0 ? "false" : raw == 1 ? "true" : "invalid bool " + std::to_string(raw);
  if (t.kind == "char") {
    if (raw >= 0x20 && raw < 0x7F) {
      std::string q(3, '\'');
      q[1] = static_cast<char>(raw);
      return q;
    }
    std::snprintf(buf, sizeof buf, "'\\u{%" PRIx64 "}'", raw);
    return buf;
  }
  if (t.kind == "float") {
    if (size == 4) {
      uint32_t bits = static_cast<uint32_t>(raw);
      float f;
      std::memcpy(&f, &bits, 4);
      std::snprintf(buf, sizeof buf, "%.9g", static_cast<double>(f));
    } else {
      double d;
      std::memcpy(&d, &raw, 8);
      std::snprintf(buf, sizeof buf, "%.17g", d);
    }
    return buf;
  }
  if (t.kind == "ref")
    return hexValue(raw);
  return hexValue(readLe(m.memory, address, 1));
}

ByteInfo inspect(const Model& m, uint32_t address, uint32_t event) {
  ByteInfo out;
  out.address = address;
  out.type = "u8";
  out.fieldStart = address;
  out.value = hexValue(readLe(m.memory, address, 1));
  if (const Region* r = m.regionAt(address))
    out.region = r->name;
  for (const StaticInfo& s : m.info.statics) {
    const TypeInfo& t = m.info.type(s.type);
    if (address >= s.address && address < s.address + std::max(t.size, 1u)) {
      out.owner = "static " + s.name;
      descend(m, s.type, s.address, address, out, 0);
      return out;
    }
  }
  if (const Allocation* a = m.allocationAt(address, event)) {
    const TypeInfo& t = m.info.type(a->type);
    out.owner = "block #" + std::to_string(a->id) + " (" + t.name + ", " + std::to_string(a->size) +
                " bytes)";
    // A block of several elements is an array of its type.
    uint32_t elem = std::max(t.size, 1u);
    uint32_t i = (address - a->address) / elem;
    if (a->size > elem)
      out.path = indexText(i);
    if (a->type == 0) {
      out.type = "u8";
      return out;
    }
    descend(m, a->type, a->address + i * elem, address, out, 0);
  }
  return out;
}

}  // namespace memviz
