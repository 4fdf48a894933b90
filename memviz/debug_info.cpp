// Parsing of the wasmrust.memviz section (see debug_info.h).
#include "memviz/debug_info.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "memviz/format.h"

namespace memviz {

namespace {

using Json = nlohmann::json;

// Field readers that never throw: a missing or mistyped field reads as the
// default, so a damaged section cannot take the DevTools down.
uint64_t num(const Json& j, const char* key, uint64_t def = 0) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_unsigned() ? it->get<uint64_t>() : def;
}
uint32_t u32(const Json& j, const char* key, uint32_t def = 0) {
  return static_cast<uint32_t>(num(j, key, def));
}
int64_t i64(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_integer() ? it->get<int64_t>() : 0;
}
std::string str(const Json& j, const char* key, const char* def = "") {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : def;
}
const Json& list(const Json& j, const char* key) {
  static const Json kEmpty = Json::array();
  auto it = j.find(key);
  return it != j.end() && it->is_array() ? *it : kEmpty;
}
const Json& object(const Json& j, const char* key) {
  static const Json kEmpty = Json::object();
  auto it = j.find(key);
  return it != j.end() && it->is_object() ? *it : kEmpty;
}

std::vector<Field> parseFields(const Json& j) {
  std::vector<Field> out;
  for (const Json& f : j) {
    if (f.is_object())
      out.push_back({str(f, "name"), u32(f, "offset"), u32(f, "type")});
  }
  return out;
}

}  // namespace

const TypeInfo& DebugInfo::type(uint32_t id) const {
  static const TypeInfo kBytes{"bytes", "bytes", 1, 1, 0, 0, {}, {}};
  return id < types.size() ? types[id] : kBytes;
}

const SiteInfo* DebugInfo::site(uint32_t id) const {
  return id < sites.size() ? &sites[id] : nullptr;
}

bool parseDebugInfo(std::string_view text, DebugInfo& out, std::string& error) {
  Json j = Json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    error = "the wasmrust.memviz section is not a JSON object";
    return false;
  }
  out = DebugInfo();
  out.version = u32(j, "version");
  if (out.version != kSectionVersion) {
    error = "wasmrust.memviz section version " + std::to_string(out.version) +
            " is not supported (this reads version " + std::to_string(kSectionVersion) + ")";
    return false;
  }
  out.file = str(j, "file");
  for (const Json& r : list(j, "regions")) {
    if (r.is_object())
      out.regions.push_back({str(r, "name"), str(r, "kind"), u32(r, "start"), u32(r, "end")});
  }
  for (const Json& s : list(j, "statics")) {
    if (s.is_object())
      out.statics.push_back({str(s, "name"), u32(s, "address"), u32(s, "type")});
  }
  if (j.contains("heap")) {
    const Json& h = object(j, "heap");
    out.heap.present = true;
    out.heap.control = u32(h, "control");
    out.heap.start = u32(h, "start");
    out.heap.top = u32(h, "top", kHeapTop);
    out.heap.live = u32(h, "live", kHeapLive);
    out.heap.large = u32(h, "large", kHeapLarge);
    out.heap.small = u32(h, "small", kHeapSmall);
    out.heap.classes = std::min<uint32_t>(u32(h, "classes", kHeapClasses), 31);
    out.heap.page = u32(h, "page", kHeapPage);
  }
  if (j.contains("trace")) {
    const Json& t = object(j, "trace");
    out.trace.present = true;
    out.trace.address = u32(t, "address");
    out.trace.capacity = u32(t, "capacity");
  }
  for (const Json& t : list(j, "types")) {
    if (!t.is_object())
      continue;
    TypeInfo ti;
    ti.name = str(t, "name");
    ti.kind = str(t, "kind", "bytes");
    ti.size = u32(t, "size");
    ti.align = std::max<uint32_t>(u32(t, "align", 1), 1);
    ti.elem = u32(t, "elem");
    ti.len = num(t, "len");
    ti.fields = parseFields(list(t, "fields"));
    for (const Json& v : list(t, "variants")) {
      if (v.is_object())
        ti.variants.push_back(
            {str(v, "name"), i64(v, "discriminant"), parseFields(list(v, "fields"))});
    }
    out.types.push_back(std::move(ti));
  }
  if (out.types.empty())
    out.types.push_back(TypeInfo{"bytes", "bytes", 1, 1, 0, 0, {}, {}});
  for (const Json& s : list(j, "sites")) {
    if (s.is_object())
      out.sites.push_back({u32(s, "line"), u32(s, "col"), str(s, "fn"), str(s, "what")});
  }
  return true;
}

}  // namespace memviz
