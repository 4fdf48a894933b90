// Facts about unsigned 32-bit values along one path through a function, for
// the passes that reason about ranges (bounds-checks).
//
// Every value a function computes gets a value number (ValueId) where it is
// computed; a local holds a value number, so copies share theirs. A value
// number has an intrinsic range, true wherever the value exists (a constant,
// `x % 8`, a byte load, `x + 1` known not to wrap). What holds only on some
// paths — `i < n` after a loop's guard, `j >= 1` inside `if j > 0` — is kept
// in PathFacts: order edges between value numbers (a <=u b, a <u b) and
// ranges narrowed by branch conditions. Merging paths keeps what all of them
// agree on and gives a local that differs between them a fresh value (a phi).
//
// Value numbers denote one value each: a walk that visits a loop body once
// must give every local the loop writes a fresh value at the loop's start,
// so that no fact about one iteration's value is read as a fact about
// another's (the walker in bounds_checks.cpp does).
#pragma once

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace wasmir {

using ValueId = uint32_t;
inline constexpr ValueId kUnknownValue = 0;  // a value nothing is known about

struct URange {
  uint32_t lo = 0;
  uint32_t hi = UINT32_MAX;
  bool operator==(const URange& o) const { return lo == o.lo && hi == o.hi; }
};

// from <=u to, or from <u to when strict.
struct OrderEdge {
  ValueId from;
  ValueId to;
  bool strict;
};

// What holds on one path at one point.
struct PathFacts {
  bool reachable = true;
  std::vector<ValueId> locals;  // the value in each local (params first)
  std::vector<OrderEdge> edges;
  std::vector<std::pair<ValueId, URange>> narrowed;
};

class ValueTable {
 public:
  ValueTable();

  // A new value number whose value lies in `range` wherever it exists.
  ValueId fresh(URange range = {});
  // The value number of an i32 constant (the same one for equal constants).
  ValueId constant(uint32_t value);
  bool isConstant(ValueId v, uint32_t& value) const;

  // The range of `v` on the path: its intrinsic range, narrowed by branch
  // conditions and by the order edges touching it.
  URange range(const PathFacts& p, ValueId v) const;

  // Whether a <u b (strict) or a <=u b is proved on the path, from ranges
  // and from chains of order edges.
  bool proveLess(const PathFacts& p, ValueId a, ValueId b, bool strict) const;

  void addEdge(PathFacts& p, ValueId from, ValueId to, bool strict) const;
  void narrow(PathFacts& p, ValueId v, URange r) const;

  // The facts after the given paths join; locals that differ get a phi.
  PathFacts merge(const std::vector<const PathFacts*>& paths);

 private:
  URange ownRange(const PathFacts& p, ValueId v) const;  // intrinsic and narrowed only

  std::vector<URange> intrinsic_;
  std::unordered_map<uint32_t, ValueId> constants_;
  std::vector<uint8_t> isConst_;
};

}  // namespace wasmir
