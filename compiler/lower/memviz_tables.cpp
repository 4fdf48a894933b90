// The `wasmrust.memviz` custom section of dev builds (see memviz_tables.h).
#include "compiler/lower/memviz_tables.h"

#include <nlohmann/json.hpp>

#include "memviz/format.h"

namespace wr {

namespace {

using Json = nlohmann::ordered_json;

const char* eventName(memviz::EventKind k) {
  switch (k) {
    case memviz::EventKind::Alloc:
      return "alloc";
    case memviz::EventKind::Free:
      return "free";
    case memviz::EventKind::ReallocFrom:
      return "realloc_from";
    case memviz::EventKind::ReallocTo:
      return "realloc_to";
    case memviz::EventKind::HandleCreate:
      return "handle_create";
    case memviz::EventKind::HandleBorrow:
      return "handle_borrow";
    case memviz::EventKind::HandleMove:
      return "handle_move";
    case memviz::EventKind::HandleConsume:
      return "handle_consume";
    case memviz::EventKind::HandleDrop:
      return "handle_drop";
  }
  return "";
}

// [{name, offset, type}] for fields or tuple elements, interning their types.
Json fieldsJson(MemvizTables& tables,
                const std::vector<std::pair<std::string, TypeId>>& fields,
                const std::vector<uint32_t>& offsets) {
  Json out = Json::array();
  for (size_t i = 0; i < fields.size(); ++i) {
    uint32_t type = tables.typeId(fields[i].second);
    out.push_back({{"name", fields[i].first}, {"offset", offsets[i]}, {"type", type}});
  }
  return out;
}

}  // namespace

uint32_t MemvizTables::typeId(TypeId t) {
  if (types_.empty())
    types_.push_back(R"({"name":"bytes","kind":"bytes","size":1,"align":1})");
  if (t == kNoType)
    return 0;
  auto it = typeIds_.find(t);
  if (it != typeIds_.end())
    return it->second;
  // Numbered before its fields, so a type that refers to itself through a
  // reference terminates.
  uint32_t id = static_cast<uint32_t>(types_.size());
  typeIds_.emplace(t, id);
  types_.emplace_back();
  std::string json = typeJson(t);
  types_[id] = std::move(json);
  return id;
}

std::string MemvizTables::typeJson(TypeId t) {
  const TypeData& d = prog_.types.get(t);
  Json j;
  j["name"] = prog_.typeName(t);
  bool sized = d.kind != TypeKind::Str && d.kind != TypeKind::Slice;
  Layout l = sized ? layouts_.layout(t) : Layout{0, 1};
  const char* kind = "bytes";
  std::vector<std::pair<std::string, TypeId>> fields;
  std::vector<uint32_t> offsets;
  switch (d.kind) {
    case TypeKind::Bool:
      kind = "bool";
      break;
    case TypeKind::Char:
      kind = "char";
      break;
    case TypeKind::Int:
      kind = isSigned(static_cast<IntKind>(d.sub)) ? "int" : "uint";
      break;
    case TypeKind::Float:
      kind = "float";
      break;
    case TypeKind::Str:
      kind = "str";
      break;
    case TypeKind::Slice:
      kind = "slice";
      j["elem"] = typeId(d.elem);
      break;
    case TypeKind::Ref:
      kind = layouts_.repr(t) == Repr::Pair ? "fatref" : "ref";
      j["elem"] = typeId(d.elem);
      break;
    case TypeKind::Array:
      kind = "array";
      j["elem"] = typeId(d.elem);
      j["len"] = d.len;
      break;
    case TypeKind::Tuple: {
      kind = d.elems.empty() ? "unit" : "tuple";
      std::vector<TypeId> elems = d.elems;
      for (uint32_t i = 0; i < elems.size(); ++i) {
        fields.emplace_back(std::to_string(i), elems[i]);
        offsets.push_back(layouts_.fieldOffset(t, i));
      }
      break;
    }
    case TypeKind::Struct: {
      const StructInfo& s = prog_.structs[d.id];
      if (!s.isEnum) {
        kind = "struct";
        for (uint32_t i = 0; i < s.fields.size(); ++i) {
          fields.emplace_back(s.fields[i].name, s.fields[i].type);
          offsets.push_back(layouts_.fieldOffset(t, i));
        }
        break;
      }
      kind = "enum";
      Json variants = Json::array();
      for (uint32_t v = 0; v < s.variants.size(); ++v) {
        std::vector<std::pair<std::string, TypeId>> vf;
        std::vector<uint32_t> vo;
        for (uint32_t i = 0; i < s.variants[v].fields.size(); ++i) {
          vf.emplace_back(s.variants[v].fields[i].name, s.variants[v].fields[i].type);
          vo.push_back(layouts_.variantFieldOffset(t, v, i));
        }
        variants.push_back({{"name", s.variants[v].name},
                            {"discriminant", s.variants[v].discriminant},
                            {"fields", fieldsJson(*this, vf, vo)}});
      }
      j["variants"] = std::move(variants);
      break;
    }
    default:
      break;
  }
  j["kind"] = kind;
  j["size"] = l.size;
  j["align"] = l.align;
  if (!fields.empty())
    j["fields"] = fieldsJson(*this, fields, offsets);
  return j.dump();
}

uint32_t MemvizTables::siteId(Span span, const std::string& fn, const std::string& what) {
  std::string key = std::to_string(span.lo) + ":" + fn + ":" + what;
  auto it = siteIds_.find(key);
  if (it != siteIds_.end())
    return it->second;
  // A site inside std has no line the program's author could open.
  LineCol lc = file_.inPrelude(span) ? LineCol{0, 0} : file_.lineCol(span.lo);
  Json j = {{"line", lc.line}, {"col", lc.col}, {"fn", fn}, {"what", what}};
  uint32_t id = static_cast<uint32_t>(sites_.size());
  sites_.push_back(j.dump());
  siteIds_.emplace(std::move(key), id);
  return id;
}

std::vector<uint8_t> MemvizTables::section(const MemoryMap& map) {
  typeId(kNoType);  // the table always has entry 0
  Json j;
  j["version"] = memviz::kSectionVersion;
  j["file"] = file_.path();
  Json regions = Json::array();
  for (const Region& r : map.regions)
    regions.push_back({{"name", r.name}, {"kind", r.kind}, {"start", r.start}, {"end", r.end}});
  j["regions"] = std::move(regions);
  Json statics = Json::array();
  for (const Static& s : map.statics) {
    uint32_t type = typeId(s.type);
    statics.push_back({{"name", s.name}, {"address", s.address}, {"type", type}});
  }
  j["statics"] = std::move(statics);
  if (map.heapCtl) {
    j["heap"] = {{"control", map.heapCtl},          {"start", map.heapCtl + 64},
                 {"top", memviz::kHeapTop},         {"live", memviz::kHeapLive},
                 {"large", memviz::kHeapLarge},     {"small", memviz::kHeapSmall},
                 {"classes", memviz::kHeapClasses}, {"page", memviz::kHeapPage}};
  }
  if (map.trace) {
    j["trace"] = {{"address", map.trace},
                  {"capacity", memviz::kTraceCapacity},
                  {"header", memviz::kTraceHeaderSize},
                  {"record", memviz::kRecordSize}};
  }
  Json events = Json::object();
  for (memviz::EventKind k :
       {memviz::EventKind::Alloc, memviz::EventKind::Free, memviz::EventKind::ReallocFrom,
        memviz::EventKind::ReallocTo, memviz::EventKind::HandleCreate,
        memviz::EventKind::HandleBorrow, memviz::EventKind::HandleMove,
        memviz::EventKind::HandleConsume, memviz::EventKind::HandleDrop})
    events[std::to_string(static_cast<int>(k))] = eventName(k);
  j["events"] = std::move(events);
  Json types = Json::array();
  for (const std::string& t : types_)
    types.push_back(Json::parse(t));
  j["types"] = std::move(types);
  Json sites = Json::array();
  for (const std::string& s : sites_)
    sites.push_back(Json::parse(s));
  j["sites"] = std::move(sites);
  std::string text = j.dump();
  return {text.begin(), text.end()};
}

}  // namespace wr
