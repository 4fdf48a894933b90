// Facts about unsigned 32-bit values along a path (see value_ranges.h).
#include "wasmir/passes/value_ranges.h"

#include <algorithm>

namespace wasmir {
namespace {

// Past this many edges a path forgets its oldest ones: long straight-line
// functions would otherwise make every merge and query slow.
constexpr size_t kMaxEdges = 256;
constexpr size_t kForgetEdges = 64;
// How far a proof follows chains of edges.
constexpr int kMaxChain = 8;
constexpr size_t kMaxVisited = 64;

uint64_t edgeKey(ValueId from, ValueId to) {
  return (uint64_t{from} << 32) | to;
}

URange unite(URange a, URange b) {
  return URange{std::min(a.lo, b.lo), std::max(a.hi, b.hi)};
}

}  // namespace

ValueTable::ValueTable() {
  intrinsic_.push_back(URange{});  // kUnknownValue
  isConst_.push_back(0);
}

ValueId ValueTable::fresh(URange range) {
  intrinsic_.push_back(range);
  isConst_.push_back(0);
  return static_cast<ValueId>(intrinsic_.size() - 1);
}

ValueId ValueTable::constant(uint32_t value) {
  auto it = constants_.find(value);
  if (it != constants_.end())
    return it->second;
  ValueId v = fresh(URange{value, value});
  isConst_[v] = 1;
  constants_.emplace(value, v);
  return v;
}

bool ValueTable::isConstant(ValueId v, uint32_t& value) const {
  if (!isConst_[v])
    return false;
  value = intrinsic_[v].lo;
  return true;
}

URange ValueTable::ownRange(const PathFacts& p, ValueId v) const {
  URange r = intrinsic_[v];
  if (v == kUnknownValue)
    return r;
  for (const auto& [id, n] : p.narrowed) {
    if (id == v)
      return URange{std::max(r.lo, n.lo), std::min(r.hi, n.hi)};
  }
  return r;
}

URange ValueTable::range(const PathFacts& p, ValueId v) const {
  URange own = ownRange(p, v);
  if (v == kUnknownValue)
    return own;
  URange r = own;
  for (const OrderEdge& e : p.edges) {
    if (e.to == v) {
      uint32_t lo = ownRange(p, e.from).lo;
      if (e.strict && lo == UINT32_MAX)
        return own;  // contradictory facts: a dead path; claim nothing
      r.lo = std::max(r.lo, lo + (e.strict ? 1 : 0));
    }
    if (e.from == v) {
      uint32_t hi = ownRange(p, e.to).hi;
      if (e.strict && hi == 0)
        return own;
      r.hi = std::min(r.hi, hi - (e.strict ? 1 : 0));
    }
  }
  return r.lo <= r.hi ? r : own;
}

bool ValueTable::proveLess(const PathFacts& p, ValueId a, ValueId b, bool strict) const {
  if (a == kUnknownValue || b == kUnknownValue)
    return false;
  if (a == b)
    return !strict;
  uint32_t bLo = range(p, b).lo;
  struct Step {
    ValueId at;
    bool strictSoFar;  // a <u at (otherwise a <=u at)
    int depth;
  };
  std::vector<Step> work{{a, false, 0}};
  std::vector<std::pair<ValueId, bool>> seen;
  while (!work.empty()) {
    Step s = work.back();
    work.pop_back();
    if (std::find(seen.begin(), seen.end(), std::pair{s.at, s.strictSoFar}) != seen.end())
      continue;
    if (seen.size() >= kMaxVisited)
      return false;
    seen.emplace_back(s.at, s.strictSoFar);
    bool needStrict = strict && !s.strictSoFar;
    if (s.at == b && !needStrict)
      return true;
    uint32_t hi = range(p, s.at).hi;
    if (needStrict ? hi < bLo : hi <= bLo)
      return true;
    if (s.depth == kMaxChain)
      continue;
    for (const OrderEdge& e : p.edges) {
      if (e.from == s.at)
        work.push_back(Step{e.to, s.strictSoFar || e.strict, s.depth + 1});
    }
  }
  return false;
}

void ValueTable::addEdge(PathFacts& p, ValueId from, ValueId to, bool strict) const {
  if (from == kUnknownValue || to == kUnknownValue || from == to)
    return;
  for (OrderEdge& e : p.edges) {
    if (e.from == from && e.to == to) {
      e.strict = e.strict || strict;
      return;
    }
  }
  if (p.edges.size() >= kMaxEdges)
    p.edges.erase(p.edges.begin(), p.edges.begin() + kForgetEdges);
  p.edges.push_back(OrderEdge{from, to, strict});
}

void ValueTable::narrow(PathFacts& p, ValueId v, URange r) const {
  if (v == kUnknownValue)
    return;
  for (auto& [id, n] : p.narrowed) {
    if (id == v) {
      n = URange{std::max(n.lo, r.lo), std::min(n.hi, r.hi)};
      return;
    }
  }
  URange own = intrinsic_[v];
  URange n{std::max(own.lo, r.lo), std::min(own.hi, r.hi)};
  if (!(n == own))
    p.narrowed.emplace_back(v, n);
}

PathFacts ValueTable::merge(const std::vector<const PathFacts*>& paths) {
  const PathFacts& first = *paths.front();
  if (paths.size() == 1)
    return first;
  PathFacts out;
  // Edges all paths have (strict only if strict everywhere), or that the
  // others' ranges show.
  std::vector<std::unordered_map<uint64_t, bool>> edgesOf(paths.size());
  for (size_t k = 1; k < paths.size(); ++k) {
    for (const OrderEdge& e : paths[k]->edges)
      edgesOf[k].emplace(edgeKey(e.from, e.to), e.strict);
  }
  // Whether from <=u to holds on path k; clears `strict` unless it is strict.
  auto holdsIn = [&](size_t k, ValueId from, ValueId to, bool& strict) {
    auto it = edgesOf[k].find(edgeKey(from, to));
    if (it != edgesOf[k].end()) {
      strict = strict && it->second;
      return true;
    }
    uint32_t hi = range(*paths[k], from).hi, lo = range(*paths[k], to).lo;
    if (hi < lo)
      return true;
    strict = false;
    return hi <= lo;
  };
  for (const OrderEdge& e : first.edges) {
    bool strict = e.strict, all = true;
    for (size_t k = 1; k < paths.size() && all; ++k)
      all = holdsIn(k, e.from, e.to, strict);
    if (all)
      out.edges.push_back(OrderEdge{e.from, e.to, strict});
  }
  for (const auto& [v, r] : first.narrowed) {
    URange u = r;
    for (size_t k = 1; k < paths.size(); ++k)
      u = unite(u, ownRange(*paths[k], v));
    narrow(out, v, u);
  }
  // Locals: a phi where the paths disagree, with the union of their ranges
  // and the edges every path proves for its own value.
  out.locals = first.locals;
  for (size_t x = 0; x < first.locals.size(); ++x) {
    bool same = true;
    for (size_t k = 1; k < paths.size() && same; ++k)
      same = paths[k]->locals[x] == first.locals[x];
    if (same)
      continue;
    URange u = range(first, first.locals[x]);
    for (size_t k = 1; k < paths.size(); ++k)
      u = unite(u, range(*paths[k], paths[k]->locals[x]));
    ValueId phi = fresh(u);
    out.locals[x] = phi;
    ValueId v0 = first.locals[x];
    for (const OrderEdge& e : first.edges) {
      if (e.from != v0 && e.to != v0)
        continue;
      bool up = e.from == v0;  // v0 <= e.to, else e.from <= v0
      ValueId other = up ? e.to : e.from;
      bool all = true;
      for (size_t k = 1; k < paths.size() && all; ++k) {
        ValueId vk = paths[k]->locals[x];
        all = up ? proveLess(*paths[k], vk, other, e.strict)
                 : proveLess(*paths[k], other, vk, e.strict);
      }
      if (all)
        addEdge(out, up ? phi : other, up ? other : phi, e.strict);
    }
  }
  return out;
}

}  // namespace wasmir
