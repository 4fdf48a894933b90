// The move checker: a value used after it was moved (rustc's E0382).
//
// A forward dataflow over the body's graph keeps the set of places that
// may have been moved out ("maybe moved": moved on some path), over the
// places that are ever moved. A move sets its place; assigning a place, or
// binding a local again, clears it and everything inside it. A use of a
// place is an error when the place, a place containing it (`s` when `s.a`
// is used) or a place inside it (a partial move) may be moved. The
// diagnostic names every move that reaches the use, found by walking the
// graph backwards from it, "in previous iteration of loop" when the move
// comes around a loop.
#include <algorithm>
#include <initializer_list>
#include <set>
#include <string_view>

#include "compiler/check/ownership.h"

namespace wr::own {

// ------------------------------------------------------------------ E0382

namespace {

// Concatenation without a temporary per `+` (diagnostic text in loops).
std::string cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts)
    out.append(p);
  return out;
}

}  // namespace

class MoveChecker {
 public:
  MoveChecker(const SourceFile& file, TypeFacts& facts, DiagnosticEngine& diags)
      : file_(file), facts_(facts), prog_(facts.prog()), diags_(diags) {}

  void run(Body& body) {
    body_ = &body;
    paths_.clear();
    roots_.clear();
    reported_.clear();
    indexPaths();
    if (paths_.empty())
      return;
    analyzeCfg(*body_, cfg_);
    words_ = (paths_.size() + 63) / 64;
    size_t n = body_->blocks.size();
    if (n * words_ > kMaxDataflowWords)
      return;
    in_.assign(n * words_, 0);
    std::vector<uint64_t>& state = state_;
    state.assign(words_, 0);
    // Forward to a fixed point, in reverse post-order.
    for (bool changed = true; changed;) {
      changed = false;
      for (BlockId b : cfg_.rpo) {
        std::copy(in_.begin() + b * words_, in_.begin() + (b + 1) * words_, state.begin());
        transfer(b, state, false);
        for (BlockId s : body_->succs(b)) {
          if (!cfg_.reachable(s))
            continue;
          uint64_t* dst = in_.data() + s * words_;
          for (size_t w = 0; w < words_; ++w) {
            uint64_t v = dst[w] | state[w];
            changed |= v != dst[w];
            dst[w] = v;
          }
        }
      }
    }
    for (BlockId b : cfg_.rpo) {
      std::copy(in_.begin() + b * words_, in_.begin() + (b + 1) * words_, state.begin());
      transfer(b, state, true);
    }
  }

 private:
  bool tracked(PlaceId p) const {
    const LocalFacts& l = body_->locals[body_->places[p].local];
    return !l.isTemp && l.staticIndex == kNone;
  }

  // Every moved place gets an index; each place on the way to it learns
  // which moved places lie inside it.
  void indexPaths() {
    moveIndex_.assign(body_->places.size(), kNone);
    resetLists(inside_, body_->places.size());
    {
      for (const Op& s : body_->opList) {
        if (s.access != Access::Move || s.place == kNone || !tracked(s.place))
          continue;
        if (moveIndex_[s.place] != kNone)
          continue;
        uint32_t m = static_cast<uint32_t>(paths_.size());
        moveIndex_[s.place] = m;
        paths_.push_back(s.place);
        for (PlaceId q = s.place; q != kNone; q = body_->places[q].parent)
          inside_[q].push_back(m);
      }
    }
  }

  bool test(const std::vector<uint64_t>& st, uint32_t m) const {
    return (st[m / 64] >> (m % 64)) & 1;
  }

  void clearInside(std::vector<uint64_t>& st, PlaceId p) {
    for (uint32_t m : inside_[p])
      st[m / 64] &= ~(1ull << (m % 64));
  }

  void transfer(BlockId b, std::vector<uint64_t>& st, bool report) {
    Range<Op> stmts = body_->ops(b);
    for (uint32_t i = 0; i < stmts.size(); ++i) {
      const Op& s = stmts[i];
      if (report)
        check(b, i, st);
      if (s.def != kNone && s.def < body_->locals.size()) {
        PlaceId r = rootIfKnown(s.def);
        if (r != kNone)
          clearInside(st, r);
      }
      if (s.place == kNone)
        continue;
      switch (s.access) {
        case Access::Move:
          if (moveIndex_[s.place] != kNone)
            st[moveIndex_[s.place] / 64] |= 1ull << (moveIndex_[s.place] % 64);
          break;
        case Access::Write:
        case Access::StorageDead:
          clearInside(st, s.place);
          break;
        default:
          break;
      }
    }
  }

  PlaceId rootIfKnown(LocalId l) {
    if (l >= roots_.size()) {
      roots_.assign(body_->locals.size(), kNone);
      for (PlaceId p = 0; p < body_->places.size(); ++p) {
        if (body_->places[p].parent == kNone)
          roots_[body_->places[p].local] = p;
      }
    }
    return l < roots_.size() ? roots_[l] : kNone;
  }

  void check(BlockId b, uint32_t i, const std::vector<uint64_t>& st) {
    const Op& s = body_->ops(b)[i];
    if (s.place == kNone || s.access == Access::StorageDead || s.access == Access::Use ||
        s.access == Access::Consume || !tracked(s.place))
      return;
    if (s.access == Access::Write && body_->places[s.place].parent == kNone)
      return;  // assigning a whole local makes it usable again
    if (s.cause == Cause::ClosureVariable)
      return;  // not an access in Rust (see Loan::closureVariable)
    // The place itself or a place containing it.
    PlaceId moved = kNone;
    PlaceId from = s.access == Access::Write ? body_->places[s.place].parent : s.place;
    for (PlaceId q = from; q != kNone; q = body_->places[q].parent) {
      uint32_t m = moveIndex_[q];
      if (m != kNone && test(st, m))
        moved = q;
    }
    bool partial = false;
    if (moved == kNone && s.access != Access::Write && s.access != Access::FakeRead) {
      for (uint32_t m : inside_[s.place]) {
        if (paths_[m] != s.place && test(st, m)) {
          moved = paths_[m];
          partial = true;
          break;
        }
      }
    }
    if (moved == kNone)
      return;
    report(b, i, moved, partial);
  }

  struct Site {
    BlockId block;
    uint32_t stmt;
  };

  bool overlaps(PlaceId a, PlaceId b) const {
    return body_->places.isPrefix(a, b) || body_->places.isPrefix(b, a);
  }

  // The moves that reach statement (b, i) and overlap `place`.
  std::vector<Site> moveSites(BlockId b, uint32_t i, PlaceId place) {
    std::vector<Site> sites;
    std::vector<uint8_t> full(body_->blocks.size(), 0);
    std::vector<std::pair<BlockId, uint32_t>> work{{b, i}};
    LocalId root = body_->places[place].local;
    while (!work.empty()) {
      auto [blk, upto] = work.back();
      work.pop_back();
      Range<Op> stmts = body_->ops(blk);
      bool stop = false;
      for (uint32_t k = upto; k > 0 && !stop; --k) {
        const Op& s = stmts[k - 1];
        if (s.access == Access::Move && s.place != kNone && overlaps(s.place, place)) {
          sites.push_back({blk, k - 1});
          stop = true;
        } else if (s.def == root ||
                   ((s.access == Access::Write || s.access == Access::StorageDead) &&
                    s.place != kNone && body_->places.isPrefix(s.place, place))) {
          stop = true;
        }
      }
      if (stop)
        continue;
      for (BlockId p : cfg_.preds[blk]) {
        if (cfg_.reachable(p) && !full[p]) {
          full[p] = 1;
          work.push_back({p, static_cast<uint32_t>(body_->ops(p).size())});
        }
      }
    }
    std::sort(sites.begin(), sites.end(),
              [&](const Site& x, const Site& y) { return spanOf(x).lo < spanOf(y).lo; });
    return sites;
  }

  const Op& stmtOf(const Site& s) const { return body_->ops(s.block)[s.stmt]; }
  Span spanOf(const Site& s) const { return stmtOf(s).span; }

  std::string movedBecause(PlaceId moved) {
    return "`" + describePlace(file_, prog_, *body_, moved) + "` has type `" +
           facts_.name(body_->places[moved].type) + "`, which does not implement the `Copy` trait";
  }

  void report(BlockId b, uint32_t i, PlaceId moved, bool partial) {
    const Op& use = body_->ops(b)[i];
    std::vector<Site> sites = moveSites(b, i, use.place);
    if (sites.empty())
      return;
    // One report per value and set of moves (rustc reports a moved value
    // once, at its first use).
    std::string key = std::to_string(body_->places[use.place].local);
    for (const Site& s : sites)
      key += ":" + std::to_string(spanOf(s).lo);
    if (!reported_.insert(key).second)
      return;
    LocalId local = body_->places[use.place].local;
    PlaceId root = rootIfKnown(local);
    std::string name = describePlace(file_, prog_, *body_, partial ? use.place : moved);
    if (!partial && use.access != Access::Write)
      name = describePlace(file_, prog_, *body_, moved == root ? root : use.place);
    bool borrowUse = use.access == Access::Inspect || use.access == Access::InspectMut ||
                     use.access == Access::Borrow || use.access == Access::BorrowMut;
    std::string msg, primary;
    if (use.access == Access::Write) {
      msg = "assign to part of moved value: `" + describePlace(file_, prog_, *body_, moved) + "`";
      primary = "value partially assigned here after move";
    } else {
      msg = std::string(borrowUse ? "borrow of " : "use of ") +
            (partial ? "partially moved" : "moved") + " value: `" + name + "`";
      primary = std::string(borrowUse ? "value borrowed here after " : "value used here after ") +
                (partial ? "partial move" : "move");
    }
    bool selfLoop = false;
    for (const Site& s : sites)
      selfLoop |= s.block == b && s.stmt == i;
    Span useSpan = use.span;
    if (use.cause == Cause::ClosureCall || use.cause == Cause::MethodSelf) {
      if (use.access == Access::Move && !use.detail.empty())
        useSpan = use.cause == Cause::MethodSelf ? use.detail : use.span;
    }
    auto d = diags_.emit(DiagKind::UseAfterMove, msg);
    if (selfLoop)
      d.primary(useSpan, partial ? "value partially moved here, in previous iteration of loop"
                                 : "value moved here, in previous iteration of loop");
    else
      d.primary(useSpan, primary);
    const TypeData& movedType = prog_.types.get(body_->places[moved].type);
    bool isClosure = movedType.kind == TypeKind::Struct && prog_.structs[movedType.id].closure;
    if (!partial && moved == root && root != kNone && !body_->locals[local].isTemp && !isClosure) {
      Span decl = declSpan(*body_, local);
      if (!decl.empty())
        d.label(decl, "move occurs because " + movedBecause(moved));
    }
    std::set<uint32_t> labelled;
    std::vector<std::string> notes;
    std::vector<Help> helps;
    for (const Site& s : sites) {
      const Op& m = stmtOf(s);
      if (s.block == b && s.stmt == i)
        continue;
      if (!labelled.insert(m.span.lo).second)
        continue;
      bool later = m.span.lo >= use.span.lo;
      std::string loop = later ? ", in previous iteration of loop" : "";
      std::string what = describePlace(file_, prog_, *body_, m.place);
      bool partMove = body_->places[m.place].parent != kNone;
      switch (m.cause) {
        case Cause::MethodSelf:
          d.label(m.span, cat({"`", what, "` moved due to this method call", loop}));
          if (m.callee != kNone && m.callee < prog_.fns.size() && prog_.fns[m.callee].item) {
            Item* item = prog_.fns[m.callee].item;
            if (!item->selfSpan.empty())
              d.label(item->selfSpan,
                      cat({"this function takes ownership of the receiver `self`, which moves `",
                           what, "`"}));
          }
          if (facts_.implementsClone(body_->places[m.place].type) && !m.detail.empty())
            helps.push_back(
                {"you can `clone` the value and consume it, but this might not be "
                 "your desired behavior",
                 Suggestion{Span{m.detail.hi, m.detail.hi}, ".clone()",
                            Applicability::MaybeIncorrect}});
          break;
        case Cause::ClosureCapture:
          d.label(m.span, "value moved into closure here" + loop);
          if (!m.detail.empty())
            d.label(m.detail, "variable moved due to use in closure");
          break;
        case Cause::ForLoop:
          d.label(m.span,
                  cat({"`", what, "` moved due to this implicit call to `.into_iter()`", loop}));
          break;
        case Cause::ClosureCall: {
          d.label(m.detail.empty() ? m.span : m.detail,
                  cat({"`", what, "` moved due to this call", loop}));
          const TypeData& td = prog_.types.get(body_->places[m.place].type);
          auto it = facts_.closures().find(td.id);
          if (td.kind == TypeKind::Struct && it != facts_.closures().end() &&
              !it->second.movedName.empty()) {
            notes.push_back(
                "closure cannot be invoked more than once because it moves the "
                "variable `" +
                it->second.movedName + "` out of its environment");
          }
          notes.push_back(
              "this value implements `FnOnce`, which causes it to be moved when called");
          break;
        }
        case Cause::Binding:
          d.label(m.span,
                  std::string(partMove ? "value partially moved here" : "value moved here") + loop);
          helps.push_back(
              {partMove ? "borrow this field in the pattern to avoid moving `" + what + "`"
                        : "borrow this binding in the pattern to avoid moving the value",
               Suggestion{Span{m.span.lo, m.span.lo}, "ref ", Applicability::MaybeIncorrect}});
          break;
        default:
          d.label(m.span, std::string(partMove && partial ? "value partially moved here"
                                                          : "value moved here") +
                              loop);
          if (facts_.implementsClone(body_->places[m.place].type) &&
              m.cause != Cause::CompoundAssign)
            helps.push_back({"consider cloning the value if the performance cost is acceptable",
                             Suggestion{Span{m.span.hi, m.span.hi}, ".clone()",
                                        Applicability::MaybeIncorrect}});
          break;
      }
    }
    if (partial || moved != root) {
      bool inVariant = false;
      for (PlaceId q = moved; q != kNone; q = body_->places[q].parent)
        inVariant |= body_->places[q].proj == ProjKind::Variant && body_->places[q].parent != kNone;
      std::string type = facts_.name(body_->places[moved].type);
      std::string subject =
          inVariant ? "value" : "`" + describePlace(file_, prog_, *body_, moved) + "`";
      d.note(std::string(partial ? "partial move" : "move") + " occurs because " + subject +
             " has type `" + type + "`, which does not implement the `Copy` trait");
    }
    for (std::string& n : notes)
      d.note(n);
    for (Help& h : helps) {
      if (h.suggestion)
        d.suggest(h.message, h.suggestion->span, h.suggestion->replacement,
                  h.suggestion->applicability);
      else
        d.help(h.message);
    }
  }

  const SourceFile& file_;
  TypeFacts& facts_;
  Program& prog_;
  Body* body_ = nullptr;
  DiagnosticEngine& diags_;
  Cfg cfg_;
  std::vector<uint32_t> moveIndex_;
  std::vector<std::vector<uint32_t>> inside_;
  std::vector<PlaceId> paths_;
  std::vector<PlaceId> roots_;
  size_t words_ = 0;
  std::vector<uint64_t> in_;
  std::vector<uint64_t> state_;
  std::set<std::string> reported_;
};

MoveCheck::MoveCheck(const SourceFile& file, TypeFacts& facts, DiagnosticEngine& diags)
    : impl_(std::make_unique<MoveChecker>(file, facts, diags)) {}
MoveCheck::~MoveCheck() = default;

void MoveCheck::run(Body& body) {
  if (body.hasMoves)
    impl_->run(body);
}

}  // namespace wr::own
