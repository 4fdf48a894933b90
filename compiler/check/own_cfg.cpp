// The graph facts both ownership analyses need (ownership.h): predecessor
// lists and a reverse post-order of the reachable blocks, computed with an
// explicit stack (a body's graph can be as deep as its source is long).
#include "compiler/check/ownership.h"

namespace wr::own {

void Body::finish() {
  std::vector<uint32_t>& count = succCount_;
  count.assign(blocks.size() + 1, 0);
  for (auto [from, to] : edges)
    ++count[from + 1];
  for (size_t b = 0; b < blocks.size(); ++b) {
    count[b + 1] += count[b];
    blocks[b].succFirst = blocks[b].succLast = count[b];
  }
  succList.resize(edges.size());
  for (auto [from, to] : edges)
    succList[blocks[from].succLast++] = to;
}

void Body::clear() {
  fn = nullptr;
  closure = nullptr;
  blocks.clear();
  opList.clear();
  edges.clear();
  succList.clear();
  locals.clear();
  places.clear();
  loans.clear();
  uses.clear();
  flows.clear();
  seeds.clear();
  derefFlows.clear();
  returns.clear();
  fnLocals = 0;
  hasMoves = false;
}

void analyzeCfg(const Body& body, Cfg& cfg) {
  size_t n = body.blocks.size();
  resetLists(cfg.preds, n);
  cfg.order.assign(n, kNone);
  cfg.rpo.clear();
  for (BlockId b = 0; b < n; ++b) {
    for (BlockId s : body.succs(b))
      cfg.preds[s].push_back(b);
  }
  if (n == 0)
    return;
  std::vector<uint8_t>& seen = cfg.seen;
  std::vector<std::pair<BlockId, uint32_t>>& stack = cfg.stack;  // block, next successor
  std::vector<BlockId>& post = cfg.post;
  seen.assign(n, 0);
  stack.clear();
  post.clear();
  stack.push_back({0, 0});
  seen[0] = 1;
  while (!stack.empty()) {
    auto& [b, next] = stack.back();
    Range<BlockId> succs = body.succs(b);
    if (next < succs.size()) {
      BlockId s = succs[next++];
      if (!seen[s]) {
        seen[s] = 1;
        stack.push_back({s, 0});
      }
      continue;
    }
    post.push_back(b);
    stack.pop_back();
  }
  cfg.rpo.assign(post.rbegin(), post.rend());
  for (uint32_t i = 0; i < cfg.rpo.size(); ++i)
    cfg.order[cfg.rpo[i]] = i;
}

Span declSpan(const Body& body, LocalId local) {
  if (!body.fn || local >= body.fn->locals.size())
    return {};
  // The binding as written, `mut x` included (as rustc points).
  return body.fn->locals[local].span;
}

}  // namespace wr::own

namespace wr::own {

// A readable listing of a body, for debugging the checker and in its unit
// tests: one line per statement, `bb3[2]: BorrowMut x.a -> t7 uses(t5)`.
std::string dumpBody(const SourceFile& file, const Program& prog, const Body& body) {
  static const char* const kAccess[] = {"Copy",        "FakeRead", "Move",      "Inspect",
                                        "InspectMut",  "Borrow",   "BorrowMut", "Write",
                                        "StorageDead", "Use",      "Consume"};
  auto local = [&](LocalId l) {
    if (l < body.fnLocals && body.fn)
      return std::string(body.fn->locals[l].name) + "#" + std::to_string(l);
    return "t" + std::to_string(l);
  };
  std::string out;
  for (BlockId b = 0; b < body.blocks.size(); ++b) {
    out += "bb" + std::to_string(b) + ":";
    for (BlockId s : body.succs(b))
      out += " ->bb" + std::to_string(s);
    out += "\n";
    Range<Op> ops = body.ops(b);
    for (size_t i = 0; i < ops.size(); ++i) {
      const Op& s = ops[i];
      out += "  [" + std::to_string(i) + "] " + kAccess[static_cast<int>(s.access)];
      if (s.place != kNone)
        out += " " + describePlace(file, prog, body, s.place) + "@" +
               local(body.places[s.place].local);
      if (s.loan != kNone)
        out += " L" + std::to_string(s.loan);
      if (s.def != kNone)
        out += " -> " + local(s.def);
      if (s.usesBegin < s.usesEnd) {
        out += " uses(";
        for (uint32_t k = s.usesBegin; k < s.usesEnd; ++k)
          out += (k > s.usesBegin ? "," : "") + local(body.uses[k]);
        out += ")";
      }
      out += "\n";
    }
  }
  for (const Flow& f : body.flows)
    out += "flow " + local(f.src) + " -> " + local(f.dst) + "\n";
  for (const Flow& f : body.derefFlows)
    out += "store " + local(f.src) + " -> *" + local(f.dst) + "\n";
  for (auto [loan, holder] : body.seeds)
    out += "seed L" + std::to_string(loan) + " -> " + local(holder) + "\n";
  return out;
}

}  // namespace wr::own
