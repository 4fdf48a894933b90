// The borrow checker, at the precision of rustc's non-lexical lifetimes:
// a loan lasts as long as a reference that may hold it may still be used.
//
// 1. Origins. Which loans may each local (and temporary) hold: the loans
//    seeded where references are made, pushed along the flow edges the
//    builder recorded, solved to a fixed point (flow-insensitive, like
//    NLL's region constraints). A reference stored behind another
//    (`*r = &x`, or an argument stored through a `&mut` parameter) flows
//    into what that reference points to. Parameters hold the caller's
//    references; a loan that flows into them escapes the function.
// 2. Liveness. Backward dataflow: a local is live where its current value
//    may still be read. A loan is alive where one of its holders is live.
// 3. Loans in scope. Forward dataflow: a loan enters where it is made and
//    leaves where it stops being alive (on every path: a reference that is
//    reassigned gives its old loans up), where its place is overwritten or
//    its local goes out of scope.
// 4. Conflicts. At every access, a loan in scope whose place overlaps the
//    accessed one conflicts by kind: two mutable borrows (E0499), a shared
//    and a mutable one (E0502), a use of mutably borrowed data (E0503), a
//    move (E0505) or an assignment (E0506) of borrowed data, a local that
//    dies while borrowed (E0597). Returned references to locals are E0515.
#include <algorithm>
#include <set>

#include "compiler/check/ownership.h"

namespace wr::own {

class BorrowChecker {
 public:
  BorrowChecker(const SourceFile& file, TypeFacts& facts, DiagnosticEngine& diags)
      : file_(file), facts_(facts), prog_(facts.prog()), diags_(diags) {}

  void run(Body& body) {
    body_ = &body;
    holderLocals_.clear();
    globals_ = 0;
    localTouched_.clear();
    deaths_.clear();
    scope_.clear();
    std::fill(reportedEscape_.begin(), reportedEscape_.end(), 0);
    reportedEscape_.resize(body.loans.size(), 0);
    reportedAt_.clear();
    reportedSpan_.clear();
    for (size_t l = 0; l < body_->fnLocals && l < body_->locals.size(); ++l)
      body_->locals[l].hasRefs = facts_.hasRefs(body_->locals[l].type);
    solveOrigins();
    reportReturns();
    reportEscapes();
    if (body_->loans.empty())
      return;
    analyzeCfg(*body_, cfg_);
    if (liveness())
      inScope();
  }

 private:
  // ---------------------------------------------------------------- origins

  void solveOrigins() {
    size_t n = body_->locals.size();
    univNode_ = static_cast<LocalId>(n);
    resetLists(holdsLoans_, n + 1);
    univ_.assign(n + 1, 0);
    resetLists(succ_, n + 1);
    resetLists(derefBy_, n + 1);
    std::vector<uint8_t> queued(n + 1, 0);
    std::vector<LocalId> work;
    auto push = [&](LocalId l) {
      if (!queued[l]) {
        queued[l] = 1;
        work.push_back(l);
      }
    };
    for (const Flow& f : body_->flows)
      addEdge(f.src, f.dst);
    for (const Flow& f : body_->derefFlows)
      derefBy_[f.dst].push_back(f.src);
    for (auto [loan, holder] : body_->seeds) {
      if (insertLoan(holder, loan))
        push(holder);
    }
    for (LocalId l = 0; l < n; ++l) {
      const LocalFacts& f = body_->locals[l];
      if ((f.isParam || f.isUpvar) && f.hasRefs) {
        univ_[l] = 1;
        push(l);
      }
    }
    while (!work.empty()) {
      LocalId l = work.back();
      work.pop_back();
      queued[l] = 0;
      // What a reference stored behind `l` reaches.
      for (size_t k = 0; k < derefBy_[l].size(); ++k) {
        LocalId src = derefBy_[l][k];
        for (size_t i = 0; i < holdsLoans_[l].size(); ++i) {
          const PlaceNode& p = body_->places[body_->loans[holdsLoans_[l][i]].place];
          if (p.throughDeref) {
            if (std::find(derefBy_[p.local].begin(), derefBy_[p.local].end(), src) ==
                derefBy_[p.local].end()) {
              derefBy_[p.local].push_back(src);
              push(p.local);
            }
          } else if (addEdge(src, p.local)) {
            push(src);
          }
        }
        if (univ_[l] && addEdge(src, univNode_))
          push(src);
      }
      for (size_t k = 0; k < succ_[l].size(); ++k) {
        LocalId dst = succ_[l][k];
        bool changed = false;
        for (size_t i = 0; i < holdsLoans_[l].size(); ++i)
          changed |= insertLoan(dst, holdsLoans_[l][i]);
        if (univ_[l] && !univ_[dst]) {
          univ_[dst] = 1;
          changed = true;
        }
        if (changed)
          push(dst);
      }
    }
    resetLists(holders_, body_->loans.size());
    escapes_.assign(body_->loans.size(), 0);
    for (LocalId l = 0; l < n; ++l) {
      for (LoanId loan : holdsLoans_[l])
        holders_[loan].push_back(l);
    }
    for (LoanId loan : holdsLoans_[univNode_])
      escapes_[loan] = 1;
  }

  bool addEdge(LocalId src, LocalId dst) {
    if (src == dst || src >= succ_.size() || dst >= succ_.size())
      return false;
    // A local flows into few others: a linear search beats a set.
    std::vector<LocalId>& out = succ_[src];
    if (std::find(out.begin(), out.end(), dst) != out.end())
      return false;
    out.push_back(dst);
    return true;
  }

  bool insertLoan(LocalId l, LoanId loan) {
    std::vector<LoanId>& v = holdsLoans_[l];
    auto it = std::lower_bound(v.begin(), v.end(), loan);
    if (it != v.end() && *it == loan)
      return false;
    v.insert(it, loan);
    return true;
  }

  // A loan of data the body owns: a local's (not through a reference, not
  // a captured variable or a temporary).
  bool localOwned(LoanId loan) const {
    const PlaceNode& p = body_->places[body_->loans[loan].place];
    if (p.throughDeref)
      return false;
    const LocalFacts& f = body_->locals[p.local];
    return !f.isTemp && !f.isUpvar && f.staticIndex == kNone;
  }

  std::string localName(LoanId loan) const {
    return describePlace(file_, prog_, *body_, body_->loans[loan].place);
  }

  // ---------------------------------------------------------------- E0515

  void reportReturns() {
    for (const ReturnSite& r : body_->returns) {
      if (r.temp >= holdsLoans_.size())
        continue;
      for (LoanId loan : holdsLoans_[r.temp]) {
        if (!localOwned(loan))
          continue;
        reportedEscape_[loan] = 1;
        const Loan& l = body_->loans[loan];
        if (l.closureVariable) {
          diags_
              .emit(DiagKind::Unsupported,
                    "a closure that captures `" + localName(loan) +
                        "` cannot be returned: WasmRust's closures capture variables by reference")
              .primary(r.span, "returns a closure that refers to `" + localName(loan) + "`")
              .label(l.span, "`" + localName(loan) + "` captured here");
          break;
        }
        const PlaceNode& p = body_->places[l.place];
        bool whole = p.parent == kNone;
        bool param = body_->locals[p.local].isParam;
        std::string what =
            whole ? (param ? "function parameter `" : "local variable `") + localName(loan) + "`"
                  : "local data `" + localName(loan) + "`";
        Expr* e = r.expr;
        while (e && e->kind == ExprKind::Paren)
          e = e->lhs;
        bool direct =
            e && e->kind == ExprKind::Ref && l.span.lo == e->span.lo && l.span.hi == e->span.hi;
        if (direct) {
          diags_.emit(DiagKind::ReturnsLocalReference, "cannot return reference to " + what)
              .primary(r.span, "returns a reference to data owned by the current function");
        } else {
          diags_.emit(DiagKind::ReturnsLocalReference, "cannot return value referencing " + what)
              .primary(r.span, "returns a value referencing data owned by the current function")
              .label(l.span, "`" + localName(loan) + "` is borrowed here");
        }
        break;
      }
    }
  }

  // E0597 for loans stored behind a parameter: they must outlive the call.
  void reportEscapes() {
    for (LoanId loan = 0; loan < body_->loans.size(); ++loan) {
      if (!escapes_[loan] || !localOwned(loan) || reportedEscape_[loan])
        continue;
      reportedEscape_[loan] = 1;
      const Loan& l = body_->loans[loan];
      LocalId local = body_->places[l.place].local;
      std::string name = local < body_->fnLocals && body_->fn
                             ? std::string(body_->fn->locals[local].name)
                             : localName(loan);
      auto d = diags_.emit(DiagKind::BorrowDoesNotLiveLongEnough,
                           "`" + name + "` does not live long enough");
      d.primary(l.span, "borrowed value does not live long enough");
      // Where it is stored behind a reference the caller passed.
      for (const Flow& f : body_->derefFlows) {
        if (f.span.empty() || !univ_[f.dst] ||
            !std::binary_search(holdsLoans_[f.src].begin(), holdsLoans_[f.src].end(), loan))
          continue;
        d.label(f.span,
                "this stores a reference to `" + name + "` where the caller can still reach it");
        break;
      }
      Span dead = deathOf(local);
      if (!dead.empty())
        d.label(dead, "`" + name + "` dropped here while still borrowed");
    }
  }

  Span deathOf(LocalId local) const {
    {
      for (const Op& s : body_->opList) {
        if (s.access == Access::StorageDead && body_->places[s.place].local == local)
          return s.span;
      }
    }
    if (body_->fn && body_->fn->item && body_->fn->item->body && !body_->closure) {
      Span b = body_->fn->item->body->span;
      return Span{b.hi > 0 ? b.hi - 1 : 0, b.hi};
    }
    return {};
  }

  // ---------------------------------------------------------------- liveness

  // Only locals that may hold a loan matter. Most of them (temporaries)
  // are made and used up within one block: only the others ("global"
  // holders) are tracked across blocks, so the per-block sets stay small
  // even in a very long fn.
  bool liveness() {
    size_t n = body_->locals.size();
    size_t blocks = body_->blocks.size();
    std::vector<uint32_t>& touched = scratchTouched_;
    std::vector<uint8_t>& global = scratchGlobal_;
    touched.assign(n, kNone);
    global.assign(n, 0);
    for (LocalId l = 0; l < n; ++l) {
      const LocalFacts& f = body_->locals[l];
      global[l] = f.isParam || f.isUpvar;
    }
    for (BlockId b : cfg_.rpo) {
      for (const Op& s : body_->ops(b)) {
        forEachUse(s, [&](LocalId u) {
          if (touched[u] != b) {
            global[u] = 1;  // read before written in this block: live on entry
            touched[u] = b;
          }
        });
        if (s.def != kNone && s.def < n && touched[s.def] != b) {
          if (touched[s.def] != kNone)
            global[s.def] = 1;  // written in two blocks
          touched[s.def] = b;
        }
      }
    }
    holderIndex_.assign(n, kNone);
    for (int pass = 0; pass < 2; ++pass) {
      for (LocalId l = 0; l < n; ++l) {
        if (!holdsLoans_[l].empty() && global[l] == (pass == 0 ? 1 : 0)) {
          holderIndex_[l] = static_cast<uint32_t>(holderLocals_.size());
          holderLocals_.push_back(l);
        }
      }
      if (pass == 0)
        globals_ = holderLocals_.size();
    }
    hwords_ = (globals_ + 63) / 64;
    if (blocks * hwords_ > kMaxDataflowWords)
      return false;
    liveIn_.assign(blocks * hwords_, 0);
    std::vector<uint64_t>& live = liveScratch_;
    live.assign(hwords_, 0);
    // Backward to a fixed point over the global holders.
    for (bool changed = true; changed;) {
      changed = false;
      for (size_t i = cfg_.rpo.size(); i > 0; --i) {
        BlockId b = cfg_.rpo[i - 1];
        liveOut(b, live);
        Range<Op> ops = body_->ops(b);
        for (size_t k = ops.size(); k > 0; --k)
          backward(ops[k - 1], live);
        uint64_t* in = liveIn_.data() + b * hwords_;
        if (!std::equal(live.begin(), live.end(), in)) {
          std::copy(live.begin(), live.end(), in);
          changed = true;
        }
      }
    }
    // Where each holder's value is read for the last time (or written and
    // never read): after that operation its loans may end.
    localLive_.assign(holderLocals_.size() - globals_, 0);
    resetLists(deathsAt_, blocks);
    std::vector<uint32_t>& here = here_;
    for (BlockId b : cfg_.rpo) {
      Range<Op> ops = body_->ops(b);
      deathsAt_[b].assign(ops.size() + 1, 0);
      liveOut(b, live);
      std::vector<std::pair<uint32_t, uint32_t>>& found = found_;  // (op, holder)
      found.clear();
      for (size_t k = ops.size(); k > 0; --k) {
        const Op& s = ops[k - 1];
        here.clear();
        forEachTouched(s, [&](uint32_t h) {
          if (!isLive(live, h) && std::find(here.begin(), here.end(), h) == here.end())
            here.push_back(h);
        });
        for (uint32_t h : here)
          found.emplace_back(static_cast<uint32_t>(k - 1), h);
        backwardAll(s, live);
      }
      resetLocalLive();
      std::sort(found.begin(), found.end());
      size_t j = 0;
      for (size_t k = 0; k < ops.size(); ++k) {
        deathsAt_[b][k] = static_cast<uint32_t>(deaths_.size());
        for (; j < found.size() && found[j].first == k; ++j)
          deaths_.push_back(found[j].second);
      }
      deathsAt_[b][ops.size()] = static_cast<uint32_t>(deaths_.size());
    }
    return true;
  }

  void liveOut(BlockId b, std::vector<uint64_t>& live) {
    std::fill(live.begin(), live.end(), 0);
    for (BlockId s : body_->succs(b)) {
      if (!cfg_.reachable(s))
        continue;
      const uint64_t* in = liveIn_.data() + s * hwords_;
      for (size_t w = 0; w < hwords_; ++w)
        live[w] |= in[w];
    }
  }

  static bool testBit(const std::vector<uint64_t>& v, uint32_t i) {
    return (v[i / 64] >> (i % 64)) & 1;
  }
  static void setBit(std::vector<uint64_t>& v, uint32_t i) { v[i / 64] |= 1ull << (i % 64); }
  static void clearBit(std::vector<uint64_t>& v, uint32_t i) { v[i / 64] &= ~(1ull << (i % 64)); }

  bool isLive(const std::vector<uint64_t>& live, uint32_t h) const {
    return h < globals_ ? testBit(live, h) : localLive_[h - globals_] != 0;
  }
  void setLive(std::vector<uint64_t>& live, uint32_t h, bool on) {
    if (h < globals_) {
      on ? setBit(live, h) : clearBit(live, h);
    } else {
      if (on && !localLive_[h - globals_])
        localTouched_.push_back(h - globals_);
      localLive_[h - globals_] = on;
    }
  }
  // Block-local holders are all dead again where the next block starts.
  void resetLocalLive() {
    for (uint32_t i : localTouched_)
      localLive_[i] = 0;
    localTouched_.clear();
  }

  // The local an operation reads through its place, if any.
  LocalId placeUse(const Op& s) const {
    if (s.place == kNone || s.access == Access::StorageDead || s.access == Access::Use ||
        s.access == Access::Consume)
      return kNone;
    const PlaceNode& p = body_->places[s.place];
    if (s.access == Access::Write && p.parent == kNone)
      return kNone;  // a whole assignment defines it
    return p.local;
  }

  template <typename F>
  void forEachUse(const Op& s, F f) {
    if (LocalId u = placeUse(s); u != kNone)
      f(u);
    for (uint32_t k = s.usesBegin; k < s.usesEnd; ++k)
      f(body_->uses[k]);
  }

  template <typename F>
  void forEachTouched(const Op& s, F f) {
    forEachUse(s, [&](LocalId u) {
      if (holderIndex_[u] != kNone)
        f(holderIndex_[u]);
    });
    if (s.def != kNone && s.def < holderIndex_.size() && holderIndex_[s.def] != kNone)
      f(holderIndex_[s.def]);
  }

  // One operation backwards, global holders only.
  void backward(const Op& s, std::vector<uint64_t>& live) {
    if (s.def != kNone && s.def < holderIndex_.size() && holderIndex_[s.def] < globals_)
      clearBit(live, holderIndex_[s.def]);
    forEachUse(s, [&](LocalId u) {
      if (holderIndex_[u] < globals_)
        setBit(live, holderIndex_[u]);
    });
  }

  // One operation backwards, every holder.
  void backwardAll(const Op& s, std::vector<uint64_t>& live) {
    if (s.def != kNone && s.def < holderIndex_.size() && holderIndex_[s.def] != kNone)
      setLive(live, holderIndex_[s.def], false);
    forEachUse(s, [&](LocalId u) {
      if (holderIndex_[u] != kNone)
        setLive(live, holderIndex_[u], true);
    });
  }

  bool alive(LoanId loan, const std::vector<uint64_t>& live) const {
    if (escapes_[loan])
      return true;
    for (LocalId h : holders_[loan]) {
      uint32_t i = holderIndex_[h];
      if (i != kNone && isLive(live, i))
        return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- loans in scope

  // Loans that may be in scope where a block starts: those some global
  // holder may hold (the others end in the block that makes them).
  void inScope() {
    size_t loans = body_->loans.size();
    loanIndex_.assign(loans, kNone);
    std::vector<LoanId>& globalLoans = globalLoans_;
    globalLoans.clear();
    for (LoanId l = 0; l < loans; ++l) {
      bool global = escapes_[l];
      for (LocalId h : holders_[l])
        global = global || holderIndex_[h] < globals_;
      if (global) {
        loanIndex_[l] = static_cast<uint32_t>(globalLoans.size());
        globalLoans.push_back(l);
      }
    }
    lwords_ = (globalLoans.size() + 63) / 64;
    if (body_->blocks.size() * lwords_ > kMaxDataflowWords)
      return;
    resetLists(byLocal_, body_->locals.size());
    for (LoanId l = 0; l < loans; ++l)
      byLocal_[body_->places[body_->loans[l].place].local].push_back(l);
    size_t blocks = body_->blocks.size();
    in_.assign(blocks * lwords_, 0);
    inScope_.assign(loans, 0);
    std::vector<uint64_t>& out = outScratch_;
    std::vector<uint64_t>& live = liveScratch_;
    out.assign(lwords_, 0);
    live.assign(hwords_, 0);
    for (bool changed = true; changed;) {
      changed = false;
      for (BlockId b : cfg_.rpo) {
        transfer(b, live, false);
        leave(out);
        for (BlockId s : body_->succs(b)) {
          if (!cfg_.reachable(s))
            continue;
          uint64_t* dst = in_.data() + s * lwords_;
          for (size_t w = 0; w < lwords_; ++w) {
            uint64_t v = dst[w] | out[w];
            changed |= v != dst[w];
            dst[w] = v;
          }
        }
      }
    }
    for (BlockId b : cfg_.rpo) {
      transfer(b, live, true);
      leave(out);
    }
  }

  void enter(LoanId loan) {
    if (!inScope_[loan]) {
      inScope_[loan] = 1;
      scope_.push_back(loan);
    }
  }

  // The global loans still in scope where the block ends; resets the
  // scratch state for the next block.
  void leave(std::vector<uint64_t>& out) {
    std::fill(out.begin(), out.end(), 0);
    for (LoanId loan : scope_) {
      if (inScope_[loan] && loanIndex_[loan] != kNone)
        setBit(out, loanIndex_[loan]);
      inScope_[loan] = 0;
    }
    scope_.clear();
  }

  void transfer(BlockId b, std::vector<uint64_t>& live, bool report) {
    std::copy(liveIn_.begin() + b * hwords_, liveIn_.begin() + (b + 1) * hwords_, live.begin());
    const uint64_t* in = in_.data() + b * lwords_;
    for (size_t w = 0; w < lwords_; ++w) {
      for (uint64_t bits = in[w]; bits; bits &= bits - 1) {
        LoanId loan = globalLoans_[w * 64 + static_cast<size_t>(__builtin_ctzll(bits))];
        if (alive(loan, live))
          enter(loan);
      }
    }
    Range<Op> ops = body_->ops(b);
    for (uint32_t k = 0; k < ops.size(); ++k) {
      const Op& s = ops[k];
      if (report)
        check(b, k);
      if (s.place != kNone && (s.access == Access::Write || s.access == Access::StorageDead)) {
        // Overwriting a place ends the loans of what it held; a dead local
        // takes its loans with it.
        for (LoanId loan : byLocal_[body_->places[s.place].local]) {
          if (inScope_[loan] && body_->places.isPrefix(s.place, body_->loans[loan].place))
            inScope_[loan] = 0;
        }
      }
      if ((s.access == Access::Borrow || s.access == Access::BorrowMut) && s.loan != kNone)
        enter(s.loan);
      if (s.def != kNone && s.def < holderIndex_.size() && holderIndex_[s.def] != kNone)
        setLive(live, holderIndex_[s.def], true);
      for (uint32_t d = deathsAt_[b][k]; d < deathsAt_[b][k + 1]; ++d)
        setLive(live, deaths_[d], false);
      for (uint32_t d = deathsAt_[b][k]; d < deathsAt_[b][k + 1]; ++d) {
        LocalId h = holderLocals_[deaths_[d]];
        for (LoanId loan : holdsLoans_[h]) {
          if (inScope_[loan] && !alive(loan, live))
            inScope_[loan] = 0;
        }
      }
    }
    resetLocalLive();
  }

  // ---------------------------------------------------------------- conflicts

  // Do the places overlap: one contains the other, and no two fields (or
  // constant elements) on the way differ?
  bool overlapDeep(PlaceId a, PlaceId b) {
    body_->places.chain(a, ca_);
    body_->places.chain(b, cb_);
    if (body_->places[ca_[0]].local != body_->places[cb_[0]].local)
      return false;
    for (size_t i = 1; i < ca_.size() && i < cb_.size(); ++i) {
      const PlaceNode& x = body_->places[ca_[i]];
      const PlaceNode& y = body_->places[cb_[i]];
      if (x.proj != y.proj)
        return true;  // e.g. a variant and a field: the same data, seen two ways
      if (x.proj == ProjKind::Field && x.index != y.index)
        return false;
      if (x.proj == ProjKind::Index && x.index != kNone && y.index != kNone && x.index != y.index)
        return false;
    }
    return true;
  }

  // Does writing `written` (not what it points to) touch the loan's data?
  bool overlapShallow(PlaceId loanPlace, PlaceId written) {
    if (!overlapDeep(loanPlace, written))
      return false;
    if (body_->places.isPrefix(loanPlace, written))
      return true;
    // The loan is deeper than the write: only if no dereference separates them.
    for (PlaceId q = loanPlace; q != written && q != kNone; q = body_->places[q].parent) {
      if (body_->places[q].proj == ProjKind::Deref)
        return false;
    }
    return true;
  }

  void check(BlockId b, uint32_t k) {
    const Op& s = body_->ops(b)[k];
    if (s.place == kNone || s.access == Access::Use || s.access == Access::Consume)
      return;
    if (s.cause == Cause::ClosureVariable)
      return;  // not an access in Rust (see Loan::closureVariable)
    LocalId local = body_->places[s.place].local;
    if (body_->locals[local].isTemp && body_->locals[local].staticIndex == kNone &&
        !body_->places[s.place].throughDeref)
      return;
    for (LoanId loan : byLocal_[local]) {
      if (!inScope_[loan] || reportedEscape_[loan])
        continue;
      const Loan& l = body_->loans[loan];
      bool conflict = false;
      switch (s.access) {
        case Access::Copy:
        case Access::FakeRead:
        case Access::Inspect:
        case Access::Borrow:
          conflict = l.isMut && overlapDeep(l.place, s.place);
          break;
        case Access::Move:
        case Access::InspectMut:
        case Access::BorrowMut:
          conflict = overlapDeep(l.place, s.place);
          break;
        case Access::Write:
          conflict = overlapShallow(l.place, s.place);
          break;
        case Access::StorageDead:
          conflict = !body_->places[l.place].throughDeref;
          break;
        case Access::Use:
        case Access::Consume:
          break;
      }
      if (conflict) {
        report(b, k, loan);
        return;
      }
    }
  }

  // The first later use of a reference that may hold the loan.
  Span laterUse(BlockId b, uint32_t k, LoanId loan, bool& inLoop, bool& byCall) {
    inLoop = false;
    byCall = false;
    std::vector<uint8_t> seen(body_->blocks.size(), 0);
    std::vector<std::pair<BlockId, uint32_t>> queue{{b, k + 1}};
    size_t head = 0;
    Span start = body_->ops(b)[k].span;
    while (head < queue.size()) {
      auto [blk, from] = queue[head++];
      Range<Op> stmts = body_->ops(blk);
      for (uint32_t i = from; i < stmts.size(); ++i) {
        const Op& s = stmts[i];
        bool uses = false;
        LocalId u = placeUse(s);
        if (u != kNone && std::binary_search(holdsLoans_[u].begin(), holdsLoans_[u].end(), loan))
          uses = true;
        for (uint32_t j = s.usesBegin; j < s.usesEnd && !uses; ++j) {
          LocalId t = body_->uses[j];
          uses = std::binary_search(holdsLoans_[t].begin(), holdsLoans_[t].end(), loan);
        }
        if (uses && !s.span.empty()) {
          // A `for` loop's iterator is used at its head: rustc does not
          // call that a later iteration.
          inLoop = s.span.lo < start.lo && s.cause != Cause::ForLoop;
          // A call that uses a temporary holding the loan: rustc points at
          // the callee, "used by call".
          byCall = s.access == Access::Use && s.cause == Cause::Argument && !s.detail.empty();
          return byCall ? s.detail : s.span;
        }
      }
      for (BlockId n : body_->succs(blk)) {
        if (!seen[n]) {
          seen[n] = 1;
          queue.push_back({n, 0});
        }
      }
    }
    return {};
  }

  void report(BlockId b, uint32_t k, LoanId loan) {
    const Op& s = body_->ops(b)[k];
    if (!reportedAt_.insert(s.span.lo * 16 + static_cast<uint32_t>(s.access)).second)
      return;
    if (!reportedSpan_.insert(s.span.lo).second)
      return;
    const Loan& l = body_->loans[loan];
    if (l.closureVariable) {
      reportClosureVariable(b, k, loan);
      return;
    }
    std::string place = describePlace(file_, prog_, *body_, s.place);
    std::string loanPlace = describePlace(file_, prog_, *body_, l.place);
    bool inLoop = false, byCall = false;
    Span later = laterUse(b, k, loan, inLoop, byCall);
    std::string loopTail = inLoop ? ", in later iteration of loop" : "";
    // "borrow later used here" / "... used by call".
    auto laterText = [&](const std::string& what) {
      return what + (byCall ? " later used by call" : " later used here") + loopTail;
    };
    bool closure = l.cause == Cause::ClosureCapture;
    auto loanLabel = [&](DiagBuilder& d, const std::string& text) {
      d.label(l.span, text);
      if (closure && !l.detail.empty())
        d.label(l.detail, l.isMut
                              ? "first borrow occurs due to use of `" + loanPlace + "` in closure"
                              : "borrow occurs due to use in closure");
    };
    switch (s.access) {
      case Access::BorrowMut:
      case Access::InspectMut:
        if (l.isMut) {
          auto d = diags_.emit(DiagKind::BorrowMutTwice,
                               "cannot borrow `" + place + "` as mutable more than once at a time");
          d.primary(s.span, "second mutable borrow occurs here");
          loanLabel(d, "first mutable borrow occurs here");
          if (!later.empty())
            d.label(later, laterText("first borrow"));
          if (body_->places[s.place].throughIndex && body_->places[l.place].throughIndex)
            d.help(
                "consider using `.split_at_mut(position)` or similar method to obtain two mutable "
                "non-overlapping sub-slices");
        } else {
          auto d = diags_.emit(
              DiagKind::BorrowConflict,
              "cannot borrow `" + place + "` as mutable because it is also borrowed as immutable");
          d.primary(s.span, "mutable borrow occurs here");
          loanLabel(d, "immutable borrow occurs here");
          if (!later.empty())
            d.label(later, laterText("immutable borrow"));
        }
        return;
      case Access::Borrow:
      case Access::Inspect: {
        auto d = diags_.emit(
            DiagKind::BorrowConflict,
            "cannot borrow `" + place + "` as immutable because it is also borrowed as mutable");
        d.primary(s.span, "immutable borrow occurs here");
        loanLabel(d, "mutable borrow occurs here");
        if (!later.empty())
          d.label(later, laterText("mutable borrow"));
        return;
      }
      case Access::Copy:
      case Access::FakeRead: {
        auto d = diags_.emit(DiagKind::UseWhileMutablyBorrowed,
                             "cannot use `" + place + "` because it was mutably borrowed");
        d.primary(s.span, "use of borrowed `" + loanPlace + "`");
        loanLabel(d, "borrow of `" + loanPlace + "` occurs here");
        if (!later.empty())
          d.label(later, laterText("borrow"));
        return;
      }
      case Access::Move: {
        auto d = diags_.emit(DiagKind::MoveWhileBorrowed,
                             "cannot move out of `" + place + "` because it is borrowed");
        d.primary(s.span, "move out of `" + place + "` occurs here");
        if (s.cause == Cause::ClosureCapture && !s.detail.empty())
          d.label(s.detail, "move occurs due to use in closure");
        loanLabel(d, "borrow of `" + place + "` occurs here");
        if (!later.empty())
          d.label(later, laterText("borrow"));
        return;
      }
      case Access::Write: {
        auto d = diags_.emit(DiagKind::AssignToBorrowed,
                             "cannot assign to `" + place + "` because it is borrowed");
        d.primary(s.span, "assignment to borrowed `" + place + "` occurs here");
        loanLabel(d, "borrow of `" + place + "` occurs here");
        if (!later.empty())
          d.label(later, laterText("borrow"));
        return;
      }
      case Access::StorageDead: {
        std::string name = describePlace(file_, prog_, *body_, s.place);
        auto d = diags_.emit(DiagKind::BorrowDoesNotLiveLongEnough,
                             "`" + name + "` does not live long enough");
        d.primary(l.span, "borrowed value does not live long enough");
        d.label(s.span, "`" + name + "` dropped here while still borrowed");
        if (!later.empty())
          d.label(later, laterText("borrow"));
        return;
      }
      case Access::Use:
      case Access::Consume:
        return;
    }
  }

  // Rust allows this access (the closure holds a copy, or the place its
  // reference points to); WasmRust's closure reads the variable itself, so
  // the program would not do what Rust says.
  void reportClosureVariable(BlockId b, uint32_t k, LoanId loan) {
    const Op& s = body_->ops(b)[k];
    const Loan& l = body_->loans[loan];
    std::string var = describePlace(file_, prog_, *body_, l.place);
    bool inLoop = false, byCall = false;
    Span later = laterUse(b, k, loan, inLoop, byCall);
    std::string what = s.access == Access::StorageDead ? "go out of scope" : "change";
    auto d = diags_.emit(DiagKind::Unsupported,
                         "`" + var + "` cannot " + what +
                             " while a closure that captured it is still used: WasmRust's "
                             "closures capture variables by reference");
    d.primary(s.span, s.access == Access::StorageDead ? "`" + var + "` goes out of scope here"
                                                      : "`" + var + "` changes here");
    d.label(l.span, "`" + var + "` captured here");
    if (!later.empty())
      d.label(later, "the closure is used here");
    d.note(
        "in Rust the closure would keep its own copy (or the place behind the reference); "
        "WasmRust's closures read the variable itself when they run");
    d.help(s.access == Access::StorageDead
               ? "declare `" + var + "` where it lives as long as the closure"
               : "copy the value into a new variable before making the closure, and capture that");
  }

  const SourceFile& file_;
  TypeFacts& facts_;
  Program& prog_;
  Body* body_ = nullptr;
  DiagnosticEngine& diags_;
  Cfg cfg_;
  // Origins.
  LocalId univNode_ = 0;
  std::vector<std::vector<LoanId>> holdsLoans_;  // by local (and the escape node)
  std::vector<uint8_t> univ_;
  std::vector<std::vector<LocalId>> succ_;
  std::vector<std::vector<LocalId>> derefBy_;
  std::vector<std::vector<LocalId>> holders_;  // by loan
  std::vector<uint8_t> escapes_;
  std::vector<uint8_t> reportedEscape_;  // by loan
  // Liveness.
  std::vector<uint32_t> holderIndex_;  // global holders first
  std::vector<LocalId> holderLocals_;
  size_t globals_ = 0;
  std::vector<uint8_t> localLive_;  // block-local holders, within one block
  std::vector<uint32_t> localTouched_;
  size_t hwords_ = 0;
  std::vector<uint64_t> liveIn_;
  std::vector<std::vector<uint32_t>> deathsAt_;
  std::vector<uint32_t> deaths_;
  // Loans in scope.
  size_t lwords_ = 0;
  std::vector<uint64_t> in_;  // by block: global loans in scope on entry
  std::vector<uint32_t> loanIndex_;
  std::vector<LoanId> globalLoans_;
  std::vector<uint8_t> inScope_;  // within a block, by loan
  std::vector<LoanId> scope_;
  // Scratch memory kept from one body to the next.
  std::vector<uint32_t> scratchTouched_;
  std::vector<uint8_t> scratchGlobal_;
  std::vector<uint64_t> liveScratch_, outScratch_;
  std::vector<uint32_t> here_;
  std::vector<std::pair<uint32_t, uint32_t>> found_;
  std::vector<std::vector<LoanId>> byLocal_;
  std::vector<PlaceId> ca_, cb_;
  std::set<uint64_t> reportedAt_;
  std::set<uint32_t> reportedSpan_;
};

BorrowCheck::BorrowCheck(const SourceFile& file, TypeFacts& facts, DiagnosticEngine& diags)
    : impl_(std::make_unique<BorrowChecker>(file, facts, diags)) {}
BorrowCheck::~BorrowCheck() = default;

void BorrowCheck::run(Body& body) {
  if (body.loans.empty() && body.returns.empty())
    return;
  impl_->run(body);
}

}  // namespace wr::own
