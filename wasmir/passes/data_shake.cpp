// Pass `data-shake`: drops the data no code refers to any more.
//
// Lowering places every string, const value and vtable in the data segment
// when it emits the code that uses it, and records where each datum starts
// (DataSegment::itemStarts). Later passes delete much of that code: a bounds
// check proven never to fail takes its panic message with it, but the bytes
// stayed in the module (spectral-norm's release build was 40 % panic text
// no instruction could reach).
//
// A datum is kept when an i32 constant, a load's or store's offset, or a
// global's initial value lies within it, or when a word inside a kept datum
// points into it (a string's address inside a const's value). WasmIR code
// names data only by such constants: lowering emits each address as one
// i32.const (a datum's start; folding adds offsets within it), and no pass
// rewrites it into a sum of other constants. An address just past a datum's
// end does not keep it: lowering makes none that is read below (slices are
// an address and a length, and iterators count from the start), and the
// empty slice such an address may start reads nothing. The kept data stay at
// their addresses; the segment is split where the dropped bytes between two
// kept runs outweigh a new segment's header, and the rest of memory is zero
// as before. Modules with passive segments (named by index from
// memory.init) are left alone.
#include <algorithm>

#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/pass.h"

namespace wasmir {
namespace {

// A new active segment costs about this much: flags, the offset
// expression, the byte count.
constexpr uint32_t kSegmentCost = 8;

struct Datum {
  uint32_t start, end;  // addresses
  bool kept = false;
};

// Every value the code or the globals could use as an address, sorted.
std::vector<uint32_t> addressCandidates(const Module& m) {
  std::vector<uint32_t> refs;
  for (const Function& f : m.functions) {
    for (const Instr& in : f.body) {
      if (in.op == Op::I32Const || opInfo(in.op).imm == Imm::Memarg)
        refs.push_back(static_cast<uint32_t>(in.value));
    }
  }
  for (const Global& g : m.globals) {
    if (g.init.op == Op::I32Const)
      refs.push_back(static_cast<uint32_t>(g.init.value));
  }
  std::sort(refs.begin(), refs.end());
  refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
  return refs;
}

class DataShaker {
 public:
  DataShaker(const DataSegment& seg, const std::vector<uint32_t>& refs) : seg_(seg) {
    const auto& starts = seg.itemStarts;
    const auto size = static_cast<uint32_t>(seg.bytes.size());
    for (size_t k = 0; k < starts.size(); ++k) {
      uint32_t end = k + 1 < starts.size() ? starts[k + 1] : size;
      data_.push_back({seg.offset + starts[k], seg.offset + end});
    }
    std::vector<size_t> work;
    for (size_t k = 0; k < data_.size(); ++k) {
      auto it = std::lower_bound(refs.begin(), refs.end(), data_[k].start);
      if (it != refs.end() && *it < data_[k].end)
        keep(k, work);
    }
    while (!work.empty()) {
      size_t k = work.back();
      work.pop_back();
      followPointers(k, work);
    }
  }

  // The kept bytes as segments, split where a gap outweighs a header.
  std::vector<DataSegment> segments() const {
    std::vector<DataSegment> out;
    for (const Datum& d : data_) {
      if (!d.kept || d.start == d.end)
        continue;
      if (out.empty() || d.start - end(out.back()) > kSegmentCost) {
        DataSegment s;
        s.memory = seg_.memory;
        s.offset = d.start;
        out.push_back(std::move(s));
      }
      DataSegment& s = out.back();
      s.itemStarts.push_back(d.start - s.offset);
      s.bytes.insert(s.bytes.end(), seg_.bytes.begin() + (end(s) - seg_.offset),
                     seg_.bytes.begin() + (d.end - seg_.offset));
    }
    return out;
  }

 private:
  static uint32_t end(const DataSegment& s) {
    return s.offset + static_cast<uint32_t>(s.bytes.size());
  }

  void keep(size_t k, std::vector<size_t>& work) {
    if (!data_[k].kept) {
      data_[k].kept = true;
      work.push_back(k);
    }
  }

  // Keeps the data that aligned words of datum k point into.
  void followPointers(size_t k, std::vector<size_t>& work) {
    const Datum& d = data_[k];
    for (uint32_t at = (d.start + 3) & ~3u; at + 4 <= d.end; at += 4) {
      uint32_t v = 0;
      for (uint32_t i = 0; i < 4; ++i)
        v |= static_cast<uint32_t>(seg_.bytes[at - seg_.offset + i]) << (8 * i);
      // The last datum starting at or before v.
      auto it = std::upper_bound(data_.begin(), data_.end(), v,
                                 [](uint32_t a, const Datum& x) { return a < x.start; });
      if (it != data_.begin() && v < (it - 1)->end)
        keep(static_cast<size_t>(it - 1 - data_.begin()), work);
    }
  }

  const DataSegment& seg_;
  std::vector<Datum> data_;
};

}  // namespace

void dataShake(Module& module) {
  for (const DataSegment& seg : module.data) {
    if (seg.passive)
      return;
  }
  std::vector<uint32_t> refs = addressCandidates(module);
  std::vector<DataSegment> out;
  for (DataSegment& seg : module.data) {
    if (seg.itemStarts.empty()) {
      out.push_back(std::move(seg));
      continue;
    }
    for (DataSegment& s : DataShaker(seg, refs).segments())
      out.push_back(std::move(s));
  }
  module.data = std::move(out);
}

}  // namespace wasmir
