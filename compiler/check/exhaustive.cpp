// Exhaustiveness and reachability of patterns (rustc's E0004, E0005 and the
// `unreachable_patterns` lint), by the usefulness algorithm of Maranget's
// "Warnings for pattern matching": a pattern vector q is useful with respect
// to a matrix of earlier rows P if some value matches q and no row of P. An
// arm is unreachable if it is not useful against the arms above it; a match
// is exhaustive if the wildcard is not useful against all its arms, and the
// values that make it useful are the missing cases we print.
//
// Patterns are first deconstructed into constructor + fields (DPat). Integer
// and char constructors are ranges, split at the boundaries the rows use so
// that each piece is either inside or outside every row's range; slices of
// unknown length are split into the lengths the rows mention plus "longer".
// A work budget keeps hostile inputs from taking exponential time (past it, a
// match is assumed exhaustive and every arm reachable: no false errors).
#include "compiler/check/exhaustive.h"

#include <algorithm>
#include <deque>
#include <optional>

#include "compiler/resolve/resolve.h"

namespace wr {

namespace {

struct Ctor {
  enum class Kind : uint8_t { Single, Variant, Bool, Range, Slice, Opaque };
  Kind kind = Kind::Single;
  uint32_t variant = 0;          // Variant; Bool: 0 false, 1 true
  uint64_t lo = 0, hi = 0;       // Range, inclusive, in biased order (see bias())
  uint32_t prefix = 0;           // Slice: fixed length, or the prefix before `..`
  uint32_t suffix = 0;           // Slice with varLen: elements after `..`
  bool varLen = false;           // Slice: `[a, .., b]` (at least prefix + suffix)
  const Expr* opaque = nullptr;  // Opaque: a float or string literal
};

struct DPat {
  bool wild = true;
  Ctor ctor;
  std::vector<const DPat*> fields;
  std::vector<const DPat*> alts;  // an or-pattern
  Span span;
};

using Row = std::vector<const DPat*>;
using Witness = std::vector<const DPat*>;

class Exhaustiveness {
 public:
  Exhaustiveness(const SourceFile& file, Program& prog, DiagnosticEngine& diags)
      : file_(file), prog_(prog), tt_(prog.types), diags_(diags) {}

  void checkMatch(Expr* e);
  void checkLet(Stmt* s);

 private:
  // ----------------------------------------------------------- types
  bool isEnum(TypeId t) const {
    const TypeData& d = tt_.get(t);
    return d.kind == TypeKind::Struct && prog_.structs[d.id].isEnum;
  }

  // Field types of constructor c of type t.
  std::vector<TypeId> fieldTypes(const Ctor& c, TypeId t) const {
    const TypeData& d = tt_.get(t);
    std::vector<TypeId> out;
    if (c.kind == Ctor::Kind::Opaque || c.kind == Ctor::Kind::Bool || c.kind == Ctor::Kind::Range)
      return out;
    switch (d.kind) {
      case TypeKind::Tuple:
        return d.elems;
      case TypeKind::Ref:
        return {d.elem};
      case TypeKind::Struct: {
        const StructInfo& s = prog_.structs[d.id];
        const std::vector<FieldInfo>& fs = s.isEnum ? s.variants[c.variant].fields : s.fields;
        Subst args = prog_.structSubst(t);
        for (const FieldInfo& f : fs)
          out.push_back(tt_.subst(f.type, args));
        return out;
      }
      case TypeKind::Array:
      case TypeKind::Slice:
        out.assign(c.prefix + (c.varLen ? c.suffix : 0), d.elem);
        return out;
      default:
        return out;
    }
  }

  // Integers are compared in "biased" order: signed values have their sign
  // bit flipped so that unsigned comparison orders them correctly.
  bool intDomain(TypeId t, uint64_t& lo, uint64_t& hi) const {
    const TypeData& d = tt_.get(t);
    if (d.kind == TypeKind::Char) {
      lo = 0;
      hi = 0x10FFFF;
      return true;
    }
    if (d.kind != TypeKind::Int)
      return false;
    IntKind k = static_cast<IntKind>(d.sub);
    int bits = intBits(k);
    if (isSigned(k)) {
      int64_t min = bits == 64 ? INT64_MIN : -(int64_t{1} << (bits - 1));
      int64_t max = bits == 64 ? INT64_MAX : (int64_t{1} << (bits - 1)) - 1;
      lo = bias(t, static_cast<uint64_t>(min));
      hi = bias(t, static_cast<uint64_t>(max));
    } else {
      lo = 0;
      hi = bits == 64 ? ~0ull : (1ull << bits) - 1;
    }
    return true;
  }
  uint64_t bias(TypeId t, uint64_t v) const {
    const TypeData& d = tt_.get(t);
    if (d.kind != TypeKind::Int || !isSigned(static_cast<IntKind>(d.sub)))
      return v;
    int bits = intBits(static_cast<IntKind>(d.sub));
    // Sign-extend from the type's width, then flip the sign bit.
    if (bits < 64) {
      uint64_t sign = 1ull << (bits - 1);
      v &= (sign << 1) - 1;
      v = (v ^ sign) - sign;
    }
    return v ^ (1ull << 63);
  }
  uint64_t unbias(TypeId t, uint64_t v) const {
    const TypeData& d = tt_.get(t);
    if (d.kind != TypeKind::Int || !isSigned(static_cast<IntKind>(d.sub)))
      return v;
    return v ^ (1ull << 63);
  }

  // ----------------------------------------------------------- patterns -> DPat
  const DPat* wild() { return &pats_.emplace_back(); }
  const DPat* make(Ctor c, std::vector<const DPat*> fields, Span span) {
    DPat& p = pats_.emplace_back();
    p.wild = false;
    p.ctor = c;
    p.fields = std::move(fields);
    p.span = span;
    return &p;
  }

  std::optional<uint64_t> constValue(Expr* e) {
    if (!e)
      return std::nullopt;
    if (e->kind == ExprKind::CharLit || e->kind == ExprKind::BoolLit)
      return e->intValue;
    if (e->kind == ExprKind::Path) {
      ResKind k = static_cast<ResKind>(e->resKind);
      if (k == ResKind::Const && prog_.consts[e->res].state == ConstInfo::State::Done)
        return prog_.consts[e->res].bits;
      if (k != ResKind::Const && k != ResKind::BuiltinConst)
        return std::nullopt;
    }
    uint64_t v = 0;
    DiagnosticEngine quiet;
    if (!evalConstInt(e, prog_, quiet, v))
      return std::nullopt;
    return v;
  }

  // `t` is the type of the value the pattern is applied to (before its
  // implicit dereferences).
  const DPat* lower(const Pattern* p, TypeId t) {
    if (!p)
      return wild();
    if (p->derefs > 0 && tt_.kind(t) == TypeKind::Ref) {
      // Each implicit dereference is a `&` pattern around the rest.
      Pattern inner = *p;
      inner.derefs = static_cast<uint8_t>(p->derefs - 1);
      return make({}, {lower(&inner, tt_.get(t).elem)}, p->span);
    }
    switch (p->kind) {
      case PatternKind::Wild:
      case PatternKind::Rest:
        return wild();
      case PatternKind::Binding:
        return p->sub ? lower(p->sub, t) : wild();
      case PatternKind::Ref:
        if (tt_.kind(t) != TypeKind::Ref)
          return wild();
        return make({}, {lower(p->sub, tt_.get(t).elem)}, p->span);
      case PatternKind::Or: {
        DPat& d = pats_.emplace_back();
        d.wild = false;
        d.span = p->span;
        for (const Pattern* alt : p->elems)
          d.alts.push_back(lower(alt, t));
        return &d;
      }
      case PatternKind::Tuple: {
        const TypeData& d = tt_.get(t);
        if (d.kind != TypeKind::Tuple)
          return wild();
        return make({}, lowerElements(p, d.elems), p->span);
      }
      case PatternKind::Lit:
        return lowerScalar(p, t, p->lo, p->lo, true);
      case PatternKind::Range:
        return lowerScalar(p, t, p->lo, p->hi, p->inclusive);
      case PatternKind::Path:
      case PatternKind::TupleStruct:
      case PatternKind::Struct:
        return lowerNominal(p, t);
      case PatternKind::Slice:
        return lowerSlice(p, t);
    }
    return wild();
  }

  // Elements of a tuple-like pattern, with `..` expanded to wildcards.
  std::vector<const DPat*> lowerElements(const Pattern* p, const std::vector<TypeId>& types) {
    std::vector<const DPat*> out;
    size_t n = p->elems.size();
    size_t rest = p->restIndex();
    if (rest < n ? n - 1 > types.size() : n != types.size()) {
      // A shape error, reported by the checker: match anything.
      return std::vector<const DPat*>(types.size(), wild());
    }
    size_t skipped = rest < n ? types.size() + 1 - n : 0;
    for (size_t i = 0, ti = 0; i < n && ti <= types.size(); ++i) {
      if (i == rest) {
        for (size_t k = 0; k < skipped; ++k)
          out.push_back(wild());
        ti += skipped;
        continue;
      }
      if (ti < types.size())
        out.push_back(lower(p->elems[i], types[ti]));
      ++ti;
    }
    while (out.size() < types.size())
      out.push_back(wild());
    out.resize(types.size());
    return out;
  }

  const DPat* lowerScalar(const Pattern* p, TypeId t, Expr* loE, Expr* hiE, bool inclusive) {
    TypeKind k = tt_.kind(t);
    if (k == TypeKind::Bool) {
      std::optional<uint64_t> v = constValue(loE);
      if (!v)
        return opaque(p, loE);
      Ctor c;
      c.kind = Ctor::Kind::Bool;
      c.variant = static_cast<uint32_t>(*v != 0);
      return make(c, {}, p->span);
    }
    uint64_t dlo, dhi;
    if (!intDomain(t, dlo, dhi))
      return opaque(p, loE);
    std::optional<uint64_t> lo = loE ? constValue(loE) : std::optional<uint64_t>(unbias(t, dlo));
    std::optional<uint64_t> hi = hiE ? constValue(hiE) : std::optional<uint64_t>(unbias(t, dhi));
    if (!lo || !hi)
      return opaque(p, loE);
    Ctor c;
    c.kind = Ctor::Kind::Range;
    c.lo = bias(t, *lo);
    c.hi = bias(t, *hi);
    if (!inclusive && hiE) {
      if (c.hi == c.lo || c.hi < c.lo)
        return opaque(p, loE);  // empty: matches nothing
      --c.hi;
    }
    if (c.lo > c.hi) {
      diags_
          .emit(DiagKind::RangePatternEmpty,
                "lower range bound must be less than or equal to upper")
          .primary(p->span, "lower bound larger than upper bound");
      return opaque(p, loE);
    }
    return make(c, {}, p->span);
  }

  const DPat* opaque(const Pattern* p, Expr* e) {
    Ctor c;
    c.kind = Ctor::Kind::Opaque;
    c.opaque = e;
    return make(c, {}, p->span);
  }

  const DPat* lowerNominal(const Pattern* p, TypeId t) {
    if (p->res == kNone)
      return wild();
    if (p->resKind == PatRes::Const) {
      const ConstInfo& c = prog_.consts[p->res];
      Expr fake;
      fake.kind = ExprKind::Path;
      fake.resKind = static_cast<uint8_t>(ResKind::Const);
      fake.res = p->res;
      if (!c.isScalar && c.state != ConstInfo::State::Done)
        return opaque(p, nullptr);
      return lowerScalar(p, t, &fake, &fake, true);
    }
    const TypeData& d = tt_.get(t);
    if (d.kind != TypeKind::Struct || d.id != p->res)
      return wild();
    Ctor c;
    if (p->resKind == PatRes::Variant) {
      c.kind = Ctor::Kind::Variant;
      c.variant = p->variant;
    }
    std::vector<TypeId> types = fieldTypes(c, t);
    std::vector<const DPat*> fields;
    if (p->kind == PatternKind::TupleStruct) {
      fields = lowerElements(p, types);
    } else {
      fields.assign(types.size(), nullptr);
      for (const FieldPattern& f : p->fields) {
        if (f.fieldIndex < types.size())
          fields[f.fieldIndex] = lower(f.pattern, types[f.fieldIndex]);
      }
      for (const DPat*& f : fields) {
        if (!f)
          f = wild();
      }
    }
    return make(c, std::move(fields), p->span);
  }

  const DPat* lowerSlice(const Pattern* p, TypeId t) {
    const TypeData& d = tt_.get(t);
    if (d.kind != TypeKind::Array && d.kind != TypeKind::Slice)
      return wild();
    TypeId elem = d.elem;
    size_t n = p->elems.size();
    size_t rest = p->restIndex();
    Ctor c;
    c.kind = Ctor::Kind::Slice;
    std::vector<const DPat*> fields;
    if (d.kind == TypeKind::Array) {
      c.prefix = static_cast<uint32_t>(d.len);
      size_t named = n - (rest < n ? 1 : 0);
      if (d.len > 4096 || (rest < n ? named > d.len : named != d.len))
        return wild();  // too long to enumerate, or a reported shape error
      size_t skipped = rest < n ? d.len + 1 - n : 0;
      for (size_t i = 0; i < n; ++i) {
        if (i == rest) {
          for (size_t k = 0; k < skipped; ++k)
            fields.push_back(wild());
          continue;
        }
        fields.push_back(lower(p->elems[i], elem));
      }
      fields.resize(c.prefix, wild());
      return make(c, std::move(fields), p->span);
    }
    if (rest == n) {
      c.prefix = static_cast<uint32_t>(n);
    } else {
      c.varLen = true;
      c.prefix = static_cast<uint32_t>(rest);
      c.suffix = static_cast<uint32_t>(n - rest - 1);
    }
    for (size_t i = 0; i < n; ++i) {
      if (i != rest)
        fields.push_back(lower(p->elems[i], elem));
    }
    return make(c, std::move(fields), p->span);
  }

  // ----------------------------------------------------------- usefulness
  static bool covers(const Ctor& head, const Ctor& c) {
    switch (head.kind) {
      case Ctor::Kind::Single:
        return true;
      case Ctor::Kind::Variant:
      case Ctor::Kind::Bool:
        return head.variant == c.variant;
      case Ctor::Kind::Range:
        return c.kind == Ctor::Kind::Range && head.lo <= c.lo && c.hi <= head.hi;
      case Ctor::Kind::Slice: {
        uint32_t need = head.prefix + (head.varLen ? head.suffix : 0);
        uint32_t has = c.prefix + (c.varLen ? c.suffix : 0);
        if (!head.varLen)
          return !c.varLen && c.prefix == head.prefix;
        return has >= need;
      }
      case Ctor::Kind::Opaque:
        return false;
    }
    return false;
  }

  // The fields of row head `h` (which covers c) as seen through c.
  std::vector<const DPat*> specializeFields(const DPat* h, size_t arity) {
    if (h->wild)
      return std::vector<const DPat*>(arity, wild());
    if (h->ctor.kind == Ctor::Kind::Slice && h->ctor.varLen) {
      std::vector<const DPat*> out(h->fields.begin(), h->fields.begin() + h->ctor.prefix);
      size_t middle = arity - h->ctor.prefix - h->ctor.suffix;
      for (size_t k = 0; k < middle; ++k)
        out.push_back(wild());
      out.insert(out.end(), h->fields.begin() + h->ctor.prefix, h->fields.end());
      return out;
    }
    return h->fields;
  }

  // Rows with or-patterns at their head are expanded into one row per
  // alternative.
  void expandOr(std::vector<Row>& rows) {
    std::vector<Row> out;
    std::vector<Row> work(rows.rbegin(), rows.rend());
    while (!work.empty()) {
      Row r = std::move(work.back());
      work.pop_back();
      if (!r.empty() && !r[0]->alts.empty()) {
        for (auto it = r[0]->alts.rbegin(); it != r[0]->alts.rend(); ++it) {
          Row alt = r;
          alt[0] = *it;
          work.push_back(std::move(alt));
        }
        continue;
      }
      out.push_back(std::move(r));
    }
    rows = std::move(out);
  }

  // The constructors of type t to try, split so that each is either inside
  // or outside every head constructor in `heads`. `infinite` is set for
  // types whose values cannot be listed (floats, strings).
  std::vector<Ctor> allCtors(TypeId t, const std::vector<const Ctor*>& heads, bool& infinite) {
    infinite = false;
    const TypeData& d = tt_.get(t);
    std::vector<Ctor> out;
    // Constants the algorithm cannot enumerate (strings, floats) make the
    // column's values uncountable: only a wildcard covers them.
    for (const Ctor* h : heads) {
      if (h->kind == Ctor::Kind::Opaque) {
        infinite = true;
        return out;
      }
    }
    uint64_t lo, hi;
    if (d.kind == TypeKind::Bool) {
      for (uint32_t v = 0; v < 2; ++v) {
        Ctor c;
        c.kind = Ctor::Kind::Bool;
        c.variant = v;
        out.push_back(c);
      }
    } else if (isEnum(t)) {
      for (uint32_t v = 0; v < prog_.structs[d.id].variants.size(); ++v) {
        Ctor c;
        c.kind = Ctor::Kind::Variant;
        c.variant = v;
        out.push_back(c);
      }
    } else if (intDomain(t, lo, hi)) {
      out = splitRange(lo, hi, heads);
      if (d.kind == TypeKind::Char) {
        // Surrogates are not chars.
        std::vector<Ctor> valid;
        for (const Ctor& c : out) {
          if (c.hi < 0xD800 || c.lo > 0xDFFF) {
            valid.push_back(c);
            continue;
          }
          if (c.lo < 0xD800) {
            Ctor a = c;
            a.hi = 0xD7FF;
            valid.push_back(a);
          }
          if (c.hi > 0xDFFF) {
            Ctor b = c;
            b.lo = 0xE000;
            valid.push_back(b);
          }
        }
        out = std::move(valid);
      }
    } else if (d.kind == TypeKind::Slice) {
      out = splitSlice(0, heads);
    } else if (d.kind == TypeKind::Array) {
      Ctor c;
      c.kind = Ctor::Kind::Slice;
      c.prefix = static_cast<uint32_t>(d.len);
      out.push_back(c);
    } else if (d.kind == TypeKind::Tuple || d.kind == TypeKind::Ref || d.kind == TypeKind::Struct) {
      out.push_back(Ctor{});
    } else {
      infinite = true;
    }
    return out;
  }

  // [lo, hi] cut at every boundary of the head ranges.
  static std::vector<Ctor> splitRange(uint64_t lo,
                                      uint64_t hi,
                                      const std::vector<const Ctor*>& heads) {
    std::vector<uint64_t> cuts;  // a piece starts at each cut
    cuts.push_back(lo);
    for (const Ctor* h : heads) {
      if (h->kind != Ctor::Kind::Range)
        continue;
      if (h->lo > lo && h->lo <= hi)
        cuts.push_back(h->lo);
      if (h->hi >= lo && h->hi < hi)
        cuts.push_back(h->hi + 1);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::vector<Ctor> out;
    for (size_t i = 0; i < cuts.size(); ++i) {
      Ctor c;
      c.kind = Ctor::Kind::Range;
      c.lo = cuts[i];
      c.hi = i + 1 < cuts.size() ? cuts[i + 1] - 1 : hi;
      out.push_back(c);
    }
    return out;
  }

  // Slice lengths from `minLen`: each length the heads name exactly, then
  // "that long or longer" as one variable-length constructor.
  static std::vector<Ctor> splitSlice(uint32_t minLen, const std::vector<const Ctor*>& heads) {
    uint32_t maxPrefix = 0, maxSuffix = 0, maxFixed = 0;
    for (const Ctor* h : heads) {
      if (h->kind != Ctor::Kind::Slice)
        continue;
      if (h->varLen) {
        maxPrefix = std::max(maxPrefix, h->prefix);
        maxSuffix = std::max(maxSuffix, h->suffix);
      } else {
        maxFixed = std::max(maxFixed, h->prefix + 1);
      }
    }
    uint32_t longFrom = std::max({maxFixed, maxPrefix + maxSuffix, minLen});
    std::vector<Ctor> out;
    for (uint32_t n = minLen; n < longFrom; ++n) {
      Ctor c;
      c.kind = Ctor::Kind::Slice;
      c.prefix = n;
      out.push_back(c);
    }
    Ctor rest;
    rest.kind = Ctor::Kind::Slice;
    rest.varLen = true;
    rest.prefix = longFrom - maxSuffix;
    rest.suffix = maxSuffix;
    out.push_back(rest);
    return out;
  }

  // Witnesses (values matched by q and no row), at most `limit` of them;
  // empty when q is not useful.
  std::vector<Witness> useful(std::vector<Row> rows,
                              const Row& q,
                              const std::vector<TypeId>& types,
                              size_t limit) {
    if (++work_ > kWorkBudget)
      return {};
    if (q.empty())
      return rows.empty() ? std::vector<Witness>{Witness{}} : std::vector<Witness>{};
    if (!q[0]->alts.empty()) {
      std::vector<Witness> all;
      for (const DPat* alt : q[0]->alts) {
        Row qa = q;
        qa[0] = alt;
        for (Witness& w : useful(rows, qa, types, limit))
          all.push_back(std::move(w));
        if (all.size() >= limit)
          break;
      }
      return all;
    }
    expandOr(rows);
    TypeId t = types[0];
    std::vector<const Ctor*> heads;
    for (const Row& r : rows) {
      if (!r[0]->wild)
        heads.push_back(&r[0]->ctor);
    }
    std::vector<TypeId> restTypes(types.begin() + 1, types.end());
    Row qRest(q.begin() + 1, q.end());
    if (!q[0]->wild) {
      const Ctor& qc = q[0]->ctor;
      std::vector<Ctor> pieces;
      if (qc.kind == Ctor::Kind::Range) {
        pieces = splitRange(qc.lo, qc.hi, heads);
      } else if (qc.kind == Ctor::Kind::Slice && qc.varLen) {
        pieces = splitSlice(qc.prefix + qc.suffix, heads);
      } else {
        pieces.push_back(qc);
      }
      std::vector<Witness> all;
      for (const Ctor& c : pieces) {
        for (Witness& w : specializeAndRecurse(rows, q[0], c, qRest, t, restTypes, limit))
          all.push_back(std::move(w));
        if (all.size() >= limit)
          break;
      }
      return all;
    }
    bool infinite = false;
    std::vector<Ctor> ctors = allCtors(t, heads, infinite);
    std::vector<Ctor> missing;
    if (!infinite) {
      for (const Ctor& c : ctors) {
        bool present = false;
        for (const Ctor* h : heads)
          present |= covers(*h, c);
        if (!present)
          missing.push_back(c);
      }
    }
    if (!infinite && missing.empty()) {
      std::vector<Witness> all;
      for (const Ctor& c : ctors) {
        for (Witness& w : specializeAndRecurse(rows, q[0], c, qRest, t, restTypes, limit))
          all.push_back(std::move(w));
        if (all.size() >= limit)
          break;
      }
      return all;
    }
    // Some constructors appear in no row: the rows with a wildcard head
    // decide for those, and each is a witness if they leave values out.
    // Constructors that rows do mention may still miss values inside them
    // (`Some(0)` leaves `Some(1..)`): those are listed too, in order.
    std::vector<Row> defaults;
    for (const Row& r : rows) {
      if (r[0]->wild)
        defaults.emplace_back(r.begin() + 1, r.end());
    }
    std::vector<Witness> sub = useful(std::move(defaults), qRest, restTypes, limit);
    std::vector<Witness> all;
    if (infinite || heads.empty()) {
      for (const Witness& w : sub) {
        Witness full{wild()};
        full.insert(full.end(), w.begin(), w.end());
        all.push_back(std::move(full));
      }
      return all;
    }
    std::vector<Ctor> merged = mergeRanges(missing);
    size_t nextMissing = 0;
    auto emitMissing = [&](const Ctor& m) {
      for (const Witness& w : sub) {
        std::vector<const DPat*> fields(fieldTypes(m, t).size(), wild());
        Witness full{make(m, std::move(fields), {})};
        full.insert(full.end(), w.begin(), w.end());
        all.push_back(std::move(full));
      }
    };
    for (const Ctor& c : ctors) {
      if (all.size() >= limit)
        break;
      bool present = false;
      for (const Ctor* h : heads)
        present |= covers(*h, c);
      if (present) {
        for (Witness& w : specializeAndRecurse(rows, q[0], c, qRest, t, restTypes, limit))
          all.push_back(std::move(w));
        continue;
      }
      // The first piece of a merged missing range stands for all of it.
      while (nextMissing < merged.size() && merged[nextMissing].kind == c.kind &&
             (c.kind != Ctor::Kind::Range || merged[nextMissing].lo == c.lo)) {
        emitMissing(merged[nextMissing++]);
        break;
      }
    }
    if (all.size() > limit)
      all.resize(limit);
    return all;
  }

  // Adjacent missing ranges print as one.
  static std::vector<Ctor> mergeRanges(const std::vector<Ctor>& cs) {
    std::vector<Ctor> out;
    for (const Ctor& c : cs) {
      if (!out.empty() && c.kind == Ctor::Kind::Range && out.back().kind == Ctor::Kind::Range &&
          out.back().hi + 1 == c.lo) {
        out.back().hi = c.hi;
        continue;
      }
      out.push_back(c);
    }
    return out;
  }

  std::vector<Witness> specializeAndRecurse(const std::vector<Row>& rows,
                                            const DPat* qHead,
                                            const Ctor& c,
                                            const Row& qRest,
                                            TypeId t,
                                            const std::vector<TypeId>& restTypes,
                                            size_t limit) {
    std::vector<TypeId> ft = fieldTypes(c, t);
    size_t arity = ft.size();
    std::vector<Row> spec;
    for (const Row& r : rows) {
      if (!r[0]->wild && !covers(r[0]->ctor, c))
        continue;
      Row nr = specializeFields(r[0], arity);
      nr.insert(nr.end(), r.begin() + 1, r.end());
      spec.push_back(std::move(nr));
    }
    Row nq = specializeFields(qHead, arity);
    nq.insert(nq.end(), qRest.begin(), qRest.end());
    std::vector<TypeId> types = ft;
    types.insert(types.end(), restTypes.begin(), restTypes.end());
    std::vector<Witness> out;
    for (Witness& w : useful(std::move(spec), nq, types, limit)) {
      std::vector<const DPat*> fields(w.begin(), w.begin() + arity);
      Witness full{make(c, std::move(fields), {})};
      full.insert(full.end(), w.begin() + arity, w.end());
      out.push_back(std::move(full));
    }
    return out;
  }

  // ----------------------------------------------------------- printing
  std::string print(const DPat* p, TypeId t) {
    if (p->wild)
      return "_";
    const TypeData& d = tt_.get(t);
    const Ctor& c = p->ctor;
    std::vector<TypeId> ft = fieldTypes(c, t);
    auto list = [&](const char* open, const char* close) {
      std::string s = open;
      for (size_t i = 0; i < p->fields.size() && i < ft.size(); ++i) {
        if (i)
          s += ", ";
        s += print(p->fields[i], ft[i]);
      }
      return s + close;
    };
    switch (c.kind) {
      case Ctor::Kind::Bool:
        return c.variant ? "true" : "false";
      case Ctor::Kind::Range:
        return printRange(c, t);
      case Ctor::Kind::Opaque:
        return "_";
      case Ctor::Kind::Slice: {
        if (!c.varLen)
          return list("[", "]");
        std::string s = "[";
        for (size_t i = 0; i < p->fields.size(); ++i) {
          if (i == c.prefix)
            s += "..";
          if (i)
            s += ", ";
          s += print(p->fields[i], ft[i]);
        }
        if (c.suffix == 0)
          s += p->fields.empty() ? ".." : ", ..";
        return s + "]";
      }
      case Ctor::Kind::Variant:
      case Ctor::Kind::Single:
        break;
    }
    if (d.kind == TypeKind::Ref)
      return "&" + print(p->fields[0], d.elem);
    if (d.kind == TypeKind::Tuple)
      return p->fields.size() == 1 ? "(" + print(p->fields[0], ft[0]) + ",)" : list("(", ")");
    if (d.kind != TypeKind::Struct)
      return "_";
    const StructInfo& s = prog_.structs[d.id];
    std::string name = s.name;
    StructShape shape = s.shape;
    const std::vector<FieldInfo>* fields = &s.fields;
    if (s.isEnum) {
      name += "::" + s.variants[c.variant].name;
      shape = s.variants[c.variant].shape;
      fields = &s.variants[c.variant].fields;
    }
    if (shape == StructShape::Unit)
      return name;
    if (shape == StructShape::Tuple)
      return name + list("(", ")");
    bool allWild = true;
    for (const DPat* f : p->fields)
      allWild &= f->wild;
    if (allWild)
      return name + " { .. }";
    std::string out = name + " { ";
    for (size_t i = 0; i < p->fields.size(); ++i) {
      if (i)
        out += ", ";
      out += (*fields)[i].name + ": " + print(p->fields[i], ft[i]);
    }
    return out + " }";
  }

  std::string printRange(const Ctor& c, TypeId t) {
    uint64_t dlo, dhi;
    intDomain(t, dlo, dhi);
    auto value = [&](uint64_t biased) -> std::string {
      const TypeData& d = tt_.get(t);
      if (d.kind == TypeKind::Char) {
        uint32_t ch = static_cast<uint32_t>(biased);
        if (ch >= 0x20 && ch < 0x7F && ch != '\'' && ch != '\\')
          return std::string("'") + static_cast<char>(ch) + "'";
        char buf[24];
        snprintf(buf, sizeof buf, "'\\u{%x}'", ch);
        return buf;
      }
      std::string ty = intName(static_cast<IntKind>(d.sub));
      if (biased == dlo && biased != 0)
        return ty + "::MIN";
      if (biased == dhi)
        return ty + "::MAX";
      uint64_t v = unbias(t, biased);
      bool neg = isSigned(static_cast<IntKind>(d.sub)) && static_cast<int64_t>(v) < 0;
      std::string digits = neg ? "-" + std::to_string(0 - v) : std::to_string(v);
      return digits + "_" + ty;
    };
    if (c.lo == c.hi)
      return value(c.lo);
    return value(c.lo) + "..=" + value(c.hi);
  }

  static std::string joinWitnesses(const std::vector<std::string>& ws, size_t total) {
    std::string s;
    size_t shown = std::min<size_t>(ws.size(), total > 4 ? 3 : 4);
    for (size_t i = 0; i < shown; ++i) {
      if (i)
        s += (i + 1 == shown && total <= 4) ? " and " : ", ";
      s += "`" + ws[i] + "`";
    }
    if (total > shown)
      s += " and " + std::to_string(total - shown) + " more";
    return s;
  }

  std::vector<std::string> missingCases(const std::vector<Row>& rows, TypeId t, size_t& total) {
    work_ = 0;
    std::vector<Witness> ws = useful(rows, Row{wild()}, {t}, kMaxWitnesses + 1);
    total = ws.size();
    std::vector<std::string> out;
    for (const Witness& w : ws)
      out.push_back(print(w[0], t));
    return out;
  }

  static constexpr size_t kWorkBudget = 200000;
  static constexpr size_t kMaxWitnesses = 8;

  const SourceFile& file_;
  Program& prog_;
  TypeTable& tt_;
  DiagnosticEngine& diags_;
  std::deque<DPat> pats_;
  size_t work_ = 0;

  friend void checkPatternsExhaustive(const SourceFile&,
                                      Program&,
                                      DiagnosticEngine&,
                                      const std::vector<Expr*>&,
                                      const std::vector<Stmt*>&);
};

void Exhaustiveness::checkMatch(Expr* e) {
  TypeId t = e->lhs->type;
  if (t == kNoType || tt_.kind(t) == TypeKind::Error)
    return;
  std::vector<Row> rows;
  for (MatchArm& arm : e->arms) {
    if (!arm.pattern || arm.pattern->type == kNoType)
      return;
    const DPat* d = lower(arm.pattern, t);
    // Reachability: against the arms above (without guards).
    work_ = 0;
    if (useful(rows, Row{d}, {t}, 1).empty() && work_ <= kWorkBudget) {
      diags_.emit(DiagKind::UnreachablePattern, "unreachable pattern")
          .primary(arm.pattern->span)
          .note("`#[warn(unreachable_patterns)]` on by default");
    } else if (!d->alts.empty()) {
      // Each alternative of an or-pattern against the rows and the
      // alternatives before it.
      std::vector<Row> seen = rows;
      for (size_t i = 0; i < d->alts.size(); ++i) {
        work_ = 0;
        if (useful(seen, Row{d->alts[i]}, {t}, 1).empty() && work_ <= kWorkBudget) {
          diags_.emit(DiagKind::UnreachablePattern, "unreachable pattern")
              .primary(arm.pattern->elems[i]->span)
              .note("`#[warn(unreachable_patterns)]` on by default");
        }
        seen.push_back(Row{d->alts[i]});
      }
    }
    if (!arm.guard)
      rows.push_back(Row{d});
  }
  size_t total = 0;
  std::vector<std::string> missing = missingCases(rows, t, total);
  if (missing.empty() || work_ > kWorkBudget)
    return;
  std::string list = joinWitnesses(missing, total);
  std::string plural = total == 1 ? "pattern " : "patterns ";
  auto d = diags_.emit(DiagKind::NonExhaustiveMatch,
                       "non-exhaustive patterns: " + list + " not covered");
  d.primary(e->lhs->span, plural + list + " not covered");
  TypeId bare = t;
  while (tt_.kind(bare) == TypeKind::Ref)
    bare = tt_.get(bare).elem;
  if (isEnum(bare)) {
    const StructInfo& s = prog_.structs[tt_.get(bare).id];
    d.label(s.item->nameSpan, "`" + s.name + "` defined here");
  }
  d.note("the matched value is of type `" + prog_.typeName(t) + "`");
  std::string arms;
  for (size_t i = 0; i < missing.size() && i < 4; ++i)
    arms += (i ? " | " : "") + missing[i];
  if (total > 4 || total > missing.size())
    arms = "_";
  if (!e->arms.empty()) {
    const MatchArm& last = e->arms.back();
    LineCol lc = file_.lineCol(last.span.lo);
    std::string indent(lc.col > 0 ? lc.col - 1 : 0, ' ');
    d.suggest(
        std::string("ensure that all possible cases are being handled by adding a match arm with "
                    "a wildcard pattern") +
            (total > 1 ? ", a match arm with multiple or-patterns" : "") +
            " as shown, or multiple match arms",
        Span{last.span.hi, last.span.hi}, ",\n" + indent + arms + " => todo!()",
        Applicability::MaybeIncorrect);
  } else {
    d.help(
        "ensure that all possible cases are being handled by adding a match arm with a "
        "wildcard pattern as shown, or multiple match arms");
  }
}

void Exhaustiveness::checkLet(Stmt* s) {
  TypeId t = s->init->type;
  if (!s->pattern || t == kNoType || tt_.kind(t) == TypeKind::Error || s->pattern->type == kNoType)
    return;
  std::vector<Row> rows{Row{lower(s->pattern, t)}};
  size_t total = 0;
  std::vector<std::string> missing = missingCases(rows, t, total);
  if (missing.empty() || work_ > kWorkBudget)
    return;
  std::string list = joinWitnesses(missing, total);
  diags_
      .emit(DiagKind::RefutableLet, "refutable pattern in local binding: " + list + " not covered")
      .primary(s->pattern->span,
               std::string(total == 1 ? "pattern " : "patterns ") + list + " not covered")
      .note(
          "`let` bindings require an \"irrefutable pattern\", like a `struct` or an `enum` with "
          "only one variant")
      .note("the matched value is of type `" + prog_.typeName(t) + "`")
      .suggest("you might want to use `let else` to handle the variants that aren't matched",
               Span{s->init->span.hi, s->init->span.hi}, " else { todo!() }",
               Applicability::MaybeIncorrect);
}

}  // namespace

void checkPatternsExhaustive(const SourceFile& file,
                             Program& prog,
                             DiagnosticEngine& diags,
                             const std::vector<Expr*>& matches,
                             const std::vector<Stmt*>& lets) {
  Exhaustiveness ex(file, prog, diags);
  for (Expr* m : matches)
    ex.checkMatch(m);
  for (Stmt* s : lets)
    ex.checkLet(s);
}

}  // namespace wr
