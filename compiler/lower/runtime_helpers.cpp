// The runtime helpers: small functions written in WasmIR that a program gets
// only when it uses them (formatting into the buffer, panics, checked 64-bit
// multiplication). They are WasmRust's whole "runtime library" in this
// version; the host side is web/runtime/runtime.mjs.
#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

namespace {
const std::string kPanicPrefix = "thread 'main' panicked at ";
const char* const kPanicSuffix =
    "\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
constexpr ValType kI32 = ValType::I32;
constexpr ValType kI64 = ValType::I64;
constexpr ValType kF64 = ValType::F64;
}  // namespace

// Builds one helper's body with FnLowerer's building blocks.
class HelperGen {
 public:
  HelperGen(ModuleLowerer& m, uint32_t id) : m_(m), id_(id) {}

  void generate(Helper h);

 private:
  FnLowerer& start(std::vector<ValType> params, std::vector<ValType> results, const char* name) {
    fl_ =
        std::make_unique<FnLowerer>(m_, id_, FuncType{std::move(params), std::move(results)}, name);
    return *fl_;
  }
  void finish() {
    fl_->b_.op(Op::End);
    fl_->finishBody();
  }
  FunctionBuilder& b() { return fl_->b_; }
  void addr(Sym s) { fl_->constAddr(s, 0); }
  void loadPos() { b().op(Op::GlobalGet, static_cast<uint32_t>(GlobalSym::FmtPos)); }
  void storePos(uint32_t local) {
    b().get(local);
    b().op(Op::GlobalSet, static_cast<uint32_t>(GlobalSym::FmtPos));
  }
  void loadFd() { b().op(Op::GlobalGet, static_cast<uint32_t>(GlobalSym::FmtFd)); }
  void write2(const std::string& s) {
    b().i32(2);
    fl_->dataString(s);
    b().call(m_.importRef(HostImport::Write));
  }
  void str(const std::string& s) {
    fl_->dataString(s);
    b().call(m_.helperRef(Helper::FmtStr));
  }
  void scratch() {  // 64 bytes after the format buffer
    addr(Sym::FmtBuf);
    b().i32(static_cast<int32_t>(kFmtBufSize));
    b().op(Op::I32Add);
  }

  void fmtFlush();
  void fmtReserve();
  void panicSlice();
  void panicStrSlice();
  void fmtNum(uint32_t local);
  void fmtStr();
  void fmtU64();
  void fmtI64();
  void fmtF64();
  void fmtChar();
  void utf8Encode();
  void utf8Decode();
  void fmtStrDebug();
  void fmtCharDebug();
  void escapeByte(uint32_t c, bool isChar);
  void fmtPad();
  void fmtZeroPad();
  void panic();
  void panicFmt();
  void panicHeader();
  void writeU64();
  void writeI64();
  void writeF64();
  void writeChar();
  void panicBounds();
  void mulOvf(bool isSigned);

  ModuleLowerer& m_;
  uint32_t id_;
  std::unique_ptr<FnLowerer> fl_;
};

void ModuleLowerer::generateHelper(Helper h, uint32_t id) {
  if (h >= Helper::RefStore)
    return generateRefHelper(h, id);
  if (h >= Helper::HeapLock)
    return generateThreadHelper(h, id);
  if (h >= Helper::HeapAlloc)
    return generateHeapHelper(h, id);
  HelperGen(*this, id).generate(h);
}

void HelperGen::generate(Helper h) {
  switch (h) {
    case Helper::FmtStr:
      fmtStr();
      break;
    case Helper::FmtFlush:
      fmtFlush();
      break;
    case Helper::FmtReserve:
      fmtReserve();
      break;
    case Helper::FmtU64:
      fmtU64();
      break;
    case Helper::FmtI64:
      fmtI64();
      break;
    case Helper::FmtF64:
      fmtF64();
      break;
    case Helper::FmtChar:
      fmtChar();
      break;
    case Helper::FmtStrDebug:
      fmtStrDebug();
      break;
    case Helper::FmtCharDebug:
      fmtCharDebug();
      break;
    case Helper::FmtPad:
      fmtPad();
      break;
    case Helper::FmtZeroPad:
      fmtZeroPad();
      break;
    case Helper::Panic:
      panic();
      break;
    case Helper::PanicFmt:
      panicFmt();
      break;
    case Helper::PanicBounds:
      panicBounds();
      break;
    case Helper::PanicSlice:
      panicSlice();
      break;
    case Helper::PanicStrSlice:
      panicStrSlice();
      break;
    case Helper::MulOvfS64:
      mulOvf(true);
      break;
    case Helper::MulOvfU64:
      mulOvf(false);
      break;
    case Helper::Utf8Encode:
      utf8Encode();
      break;
    case Helper::Utf8Decode:
      utf8Decode();
      break;
    case Helper::PanicHeader:
      panicHeader();
      break;
    case Helper::WriteU64:
      writeU64();
      break;
    case Helper::WriteI64:
      writeI64();
      break;
    case Helper::WriteF64:
      writeF64();
      break;
    case Helper::WriteChar:
      writeChar();
      break;
    default:  // the heap's helpers: heap_runtime.cpp
      break;
  }
}

void HelperGen::fmtFlush() {
  start({}, {}, "__fmt_flush");
  uint32_t pos = b().addLocal(kI32, "pos");
  // Programs with format! (fd -1) append to the String being built with
  // the prelude's String::push_str.
  uint32_t pushStr = kNone;
  if (m_.prog.usesFormatString) {
    uint32_t sid = m_.prog.langStructs[static_cast<size_t>(LangItem::String)];
    auto it = sid == kNone ? m_.prog.structs[0].methods.end()
                           : m_.prog.structs[sid].methods.find("push_str");
    if (sid != kNone && it != m_.prog.structs[sid].methods.end())
      pushStr = it->second;
  }
  loadPos();
  b().tee(pos);
  b().ifBlock();
  if (pushStr != kNone) {
    m_.markFmtStringUsed();
    loadFd();
    b().i32(0);
    b().op(Op::I32LtS);
    b().ifBlock();
    b().op(Op::GlobalGet, static_cast<uint32_t>(GlobalSym::FmtString));
    addr(Sym::FmtBuf);
    b().get(pos);
    b().call(m_.fnRef(pushStr));
    b().elseBlock();
  }
  loadFd();
  addr(Sym::FmtBuf);
  b().get(pos);
  b().call(m_.importRef(HostImport::Write));
  if (pushStr != kNone)
    b().end();
  b().i32(0);
  b().set(pos);
  storePos(pos);
  b().end();
  finish();
}

void HelperGen::fmtReserve() {
  start({kI32}, {}, "__fmt_reserve");
  loadPos();
  b().get(0);
  b().op(Op::I32Add);
  b().i32(static_cast<int32_t>(kFmtBufSize));
  b().op(Op::I32GtU);
  b().ifBlock();
  b().call(m_.helperRef(Helper::FmtFlush));
  b().end();
  finish();
}

// (ptr, len): append, flushing first when the bytes do not fit; text longer
// than the whole buffer is written directly.
void HelperGen::fmtStr() {
  start({kI32, kI32}, {}, "__fmt_str");
  uint32_t pos = b().addLocal(kI32, "pos");
  loadPos();
  b().tee(pos);
  b().get(1);
  b().op(Op::I32Add);
  b().i32(static_cast<int32_t>(kFmtBufSize));
  b().op(Op::I32GtU);
  b().ifBlock();
  b().call(m_.helperRef(Helper::FmtFlush));
  b().i32(0);
  b().set(pos);
  b().get(1);
  b().i32(static_cast<int32_t>(kFmtBufSize));
  b().op(Op::I32GtU);
  b().ifBlock();
  loadFd();
  b().get(0);
  b().get(1);
  b().call(m_.importRef(HostImport::Write));
  b().op(Op::Return);
  b().end();
  b().end();
  addr(Sym::FmtBuf);
  b().get(pos);
  b().op(Op::I32Add);
  b().get(0);
  b().get(1);
  b().op(Op::MemoryCopy);
  b().get(pos);
  b().get(1);
  b().op(Op::I32Add);
  b().set(pos);
  storePos(pos);
  finish();
}

// (v: i64, radix, upper): digits written backwards into the scratch area.
void HelperGen::fmtU64() {
  start({kI64, kI32, kI32}, {}, "__fmt_u64");
  uint32_t end = b().addLocal(kI32, "end"), p = b().addLocal(kI32, "p"),
           d = b().addLocal(kI32, "d");
  uint32_t radix = b().addLocal(kI64, "radix");
  scratch();
  b().i32(64);
  b().op(Op::I32Add);
  b().tee(end);
  b().set(p);
  b().get(1);
  b().op(Op::I64ExtendI32U);
  b().set(radix);
  auto top = b().loop();
  b().get(0);
  b().get(radix);
  b().op(Op::I64RemU);
  b().op(Op::I32WrapI64);
  b().set(d);
  b().get(p);
  b().i32(1);
  b().op(Op::I32Sub);
  b().tee(p);
  // digit: d < 10 ? '0' + d : (upper ? 'A' : 'a') + d - 10
  b().get(d);
  b().i32('0');
  b().op(Op::I32Add);
  b().get(d);
  b().i32('A' - 10);
  b().i32('a' - 10);
  b().get(2);
  b().op(Op::Select);
  b().op(Op::I32Add);
  b().get(d);
  b().i32(10);
  b().op(Op::I32LtU);
  b().op(Op::Select);
  b().mem(Op::I32Store8, 0, 0);
  b().get(0);
  b().get(radix);
  b().op(Op::I64DivU);
  b().tee(0);
  b().op(Op::I64Eqz);
  b().op(Op::I32Eqz);
  b().brIf(top);
  b().end();
  b().get(p);
  b().get(end);
  b().get(p);
  b().op(Op::I32Sub);
  b().call(m_.helperRef(Helper::FmtStr));
  finish();
}

void HelperGen::fmtI64() {
  start({kI64}, {}, "__fmt_i64");
  b().get(0);
  b().i64(0);
  b().op(Op::I64LtS);
  b().ifBlock();
  str("-");
  b().i64(0);
  b().get(0);
  b().op(Op::I64Sub);
  b().set(0);
  b().end();
  b().get(0);
  b().i32(10);
  b().i32(0);
  b().call(m_.helperRef(Helper::FmtU64));
  finish();
}

// (v, prec, flags): the host formats floats exactly as Rust does.
void HelperGen::fmtF64() {
  start({kF64, kI32, kI32}, {}, "__fmt_f64");
  uint32_t pos = b().addLocal(kI32, "pos");
  b().i32(1400);
  b().get(1);
  b().i32(0);
  b().get(1);
  b().i32(0);
  b().op(Op::I32GtS);
  b().op(Op::Select);
  b().op(Op::I32Add);
  b().call(m_.helperRef(Helper::FmtReserve));
  loadPos();
  b().set(pos);
  b().get(0);
  b().get(1);
  b().get(2);
  addr(Sym::FmtBuf);
  b().get(pos);
  b().op(Op::I32Add);
  b().call(m_.importRef(HostImport::FmtF64));
  b().get(pos);
  b().op(Op::I32Add);
  b().set(pos);
  storePos(pos);
  finish();
}

void HelperGen::utf8Encode() {
  start({kI32, kI32}, {kI32}, "__utf8_encode");
  uint32_t c = 0, dst = 1;
  auto byteAt = [&](int offset, int shift, int mask, int lead) {
    b().get(dst);
    b().get(c);
    if (shift)
      b().i32(shift), b().op(Op::I32ShrU);
    if (mask)
      b().i32(mask), b().op(Op::I32And);
    b().i32(lead);
    b().op(Op::I32Or);
    b().mem(Op::I32Store8, static_cast<uint32_t>(offset), 0);
  };
  b().get(c);
  b().i32(0x80);
  b().op(Op::I32LtU);
  b().ifBlock();
  b().get(dst);
  b().get(c);
  b().mem(Op::I32Store8, 0, 0);
  b().i32(1);
  b().op(Op::Return);
  b().end();
  b().get(c);
  b().i32(0x800);
  b().op(Op::I32LtU);
  b().ifBlock();
  byteAt(0, 6, 0, 0xC0);
  byteAt(1, 0, 0x3F, 0x80);
  b().i32(2);
  b().op(Op::Return);
  b().end();
  b().get(c);
  b().i32(0x10000);
  b().op(Op::I32LtU);
  b().ifBlock();
  byteAt(0, 12, 0, 0xE0);
  byteAt(1, 6, 0x3F, 0x80);
  byteAt(2, 0, 0x3F, 0x80);
  b().i32(3);
  b().op(Op::Return);
  b().end();
  byteAt(0, 18, 0, 0xF0);
  byteAt(1, 12, 0x3F, 0x80);
  byteAt(2, 6, 0x3F, 0x80);
  byteAt(3, 0, 0x3F, 0x80);
  b().i32(4);
  finish();
}

void HelperGen::fmtChar() {
  start({kI32}, {}, "__fmt_char");
  scratch();
  b().get(0);
  scratch();
  b().call(m_.helperRef(Helper::Utf8Encode));
  b().call(m_.helperRef(Helper::FmtStr));
  finish();
}

// Appends the escaped form of code unit or char `c` (in local c).
void HelperGen::escapeByte(uint32_t c, bool isChar) {
  struct Esc {
    int ch;
    const char* text;
  };
  std::vector<Esc> escapes = {
      {'\\', "\\\\"}, {'\n', "\\n"}, {'\r', "\\r"}, {'\t', "\\t"}, {0, "\\0"}};
  escapes.push_back(isChar ? Esc{'\'', "\\'"} : Esc{'"', "\\\""});
  auto done = b().block();
  for (const Esc& e : escapes) {
    b().get(c);
    b().i32(e.ch);
    b().op(Op::I32Eq);
    b().ifBlock();
    str(e.text);
    b().br(done);
    b().end();
  }
  // Other control characters: \u{hex}
  b().get(c);
  b().i32(0x20);
  b().op(Op::I32LtU);
  b().get(c);
  b().i32(0x7F);
  b().op(Op::I32Eq);
  b().op(Op::I32Or);
  b().ifBlock();
  str("\\u{");
  b().get(c);
  b().op(Op::I64ExtendI32U);
  b().i32(16);
  b().i32(0);
  b().call(m_.helperRef(Helper::FmtU64));
  str("}");
  b().br(done);
  b().end();
  if (isChar) {
    b().get(c);
    b().call(m_.helperRef(Helper::FmtChar));
  } else {
    scratch();
    b().get(c);
    b().mem(Op::I32Store8, 0, 0);
    scratch();
    b().i32(1);
    b().call(m_.helperRef(Helper::FmtStr));
  }
  b().end();
}

void HelperGen::fmtStrDebug() {
  start({kI32, kI32}, {}, "__fmt_str_debug");
  uint32_t i = b().addLocal(kI32, "i"), c = b().addLocal(kI32, "c");
  str("\"");
  auto brk = b().block();
  auto top = b().loop();
  b().get(i);
  b().get(1);
  b().op(Op::I32GeU);
  b().brIf(brk);
  b().get(0);
  b().get(i);
  b().op(Op::I32Add);
  b().mem(Op::I32Load8U, 0, 0);
  b().set(c);
  escapeByte(c, false);
  b().get(i);
  b().i32(1);
  b().op(Op::I32Add);
  b().set(i);
  b().br(top);
  b().end();
  b().end();
  str("\"");
  finish();
}

void HelperGen::fmtCharDebug() {
  start({kI32}, {}, "__fmt_char_debug");
  str("'");
  escapeByte(0, true);
  str("'");
  finish();
}

// (start, width, align, fill): pads the text appended since `start` to
// `width` characters. align: 1 left, 2 right, 3 center.
void HelperGen::fmtPad() {
  start({kI32, kI32, kI32, kI32}, {}, "__fmt_pad");
  uint32_t pos = b().addLocal(kI32, "pos"), n = b().addLocal(kI32, "n"),
           i = b().addLocal(kI32, "i");
  uint32_t pad = b().addLocal(kI32, "pad"), before = b().addLocal(kI32, "before");
  uint32_t fl = b().addLocal(kI32, "fill_len"), buf = b().addLocal(kI32, "buf");
  addr(Sym::FmtBuf);
  b().set(buf);
  loadPos();
  b().tee(pos);
  b().get(0);
  b().op(Op::I32LtU);
  b().ifBlock();
  b().op(Op::Return);
  b().end();
  // Count characters: bytes that do not continue a UTF-8 sequence.
  b().get(0);
  b().set(i);
  auto brk = b().block();
  auto top = b().loop();
  b().get(i);
  b().get(pos);
  b().op(Op::I32GeU);
  b().brIf(brk);
  b().get(buf);
  b().get(i);
  b().op(Op::I32Add);
  b().mem(Op::I32Load8U, 0, 0);
  b().i32(0xC0);
  b().op(Op::I32And);
  b().i32(0x80);
  b().op(Op::I32Ne);
  b().get(n);
  b().op(Op::I32Add);
  b().set(n);
  b().get(i);
  b().i32(1);
  b().op(Op::I32Add);
  b().set(i);
  b().br(top);
  b().end();
  b().end();
  b().get(n);
  b().get(1);
  b().op(Op::I32GeU);
  b().ifBlock();
  b().op(Op::Return);
  b().end();
  b().get(1);
  b().get(n);
  b().op(Op::I32Sub);
  b().set(pad);
  // before = left ? 0 : center ? pad / 2 : pad
  b().i32(0);
  b().get(pad);
  b().i32(1);
  b().op(Op::I32ShrU);
  b().get(pad);
  b().get(2);
  b().i32(3);
  b().op(Op::I32Eq);
  b().op(Op::Select);
  b().get(2);
  b().i32(1);
  b().op(Op::I32Eq);
  b().op(Op::Select);
  b().set(before);
  // The fill character's bytes go to the scratch area.
  b().get(3);
  scratch();
  b().call(m_.helperRef(Helper::Utf8Encode));
  b().set(fl);
  // Not enough room: leave the text unpadded rather than overflow.
  b().get(pos);
  b().get(pad);
  b().get(fl);
  b().op(Op::I32Mul);
  b().op(Op::I32Add);
  b().i32(static_cast<int32_t>(kFmtBufSize));
  b().op(Op::I32GtU);
  b().ifBlock();
  b().op(Op::Return);
  b().end();
  // Shift the text right by before * fl.
  b().get(buf);
  b().get(0);
  b().op(Op::I32Add);
  b().get(before);
  b().get(fl);
  b().op(Op::I32Mul);
  b().op(Op::I32Add);
  b().get(buf);
  b().get(0);
  b().op(Op::I32Add);
  b().get(pos);
  b().get(0);
  b().op(Op::I32Sub);
  b().op(Op::MemoryCopy);
  // Write `pad` fills: `before` at start, the rest after the text.
  b().i32(0);
  b().set(i);
  auto brk2 = b().block();
  auto top2 = b().loop();
  b().get(i);
  b().get(pad);
  b().op(Op::I32GeU);
  b().brIf(brk2);
  // dst = i < before ? start + i*fl : pos + i*fl  (the text moved by before*fl)
  b().get(buf);
  b().get(0);
  b().get(pos);
  b().get(i);
  b().get(before);
  b().op(Op::I32LtU);
  b().op(Op::Select);
  b().op(Op::I32Add);
  b().get(i);
  b().get(fl);
  b().op(Op::I32Mul);
  b().op(Op::I32Add);
  scratch();
  b().get(fl);
  b().op(Op::MemoryCopy);
  b().get(i);
  b().i32(1);
  b().op(Op::I32Add);
  b().set(i);
  b().br(top2);
  b().end();
  b().end();
  b().get(pos);
  b().get(pad);
  b().get(fl);
  b().op(Op::I32Mul);
  b().op(Op::I32Add);
  b().set(pos);
  storePos(pos);
  finish();
}

// (start, width, skip): zeros after the sign and `skip` prefix bytes.
void HelperGen::fmtZeroPad() {
  start({kI32, kI32, kI32}, {}, "__fmt_zero_pad");
  uint32_t pos = b().addLocal(kI32, "pos"), k = b().addLocal(kI32, "k"),
           s = b().addLocal(kI32, "s");
  uint32_t buf = b().addLocal(kI32, "buf"), c = b().addLocal(kI32, "c");
  addr(Sym::FmtBuf);
  b().set(buf);
  loadPos();
  b().tee(pos);
  b().get(0);
  b().op(Op::I32Sub);
  b().get(1);
  b().op(Op::I32GeU);
  b().ifBlock();
  b().op(Op::Return);
  b().end();
  b().get(1);
  b().get(pos);
  b().get(0);
  b().op(Op::I32Sub);
  b().op(Op::I32Sub);
  b().set(k);
  b().get(buf);
  b().get(0);
  b().op(Op::I32Add);
  b().mem(Op::I32Load8U, 0, 0);
  b().set(c);
  b().get(0);
  b().get(2);
  b().op(Op::I32Add);
  b().get(c);
  b().i32('-');
  b().op(Op::I32Eq);
  b().get(c);
  b().i32('+');
  b().op(Op::I32Eq);
  b().op(Op::I32Or);
  b().op(Op::I32Add);
  b().set(s);
  b().get(buf);
  b().get(s);
  b().op(Op::I32Add);
  b().get(k);
  b().op(Op::I32Add);
  b().get(buf);
  b().get(s);
  b().op(Op::I32Add);
  b().get(pos);
  b().get(s);
  b().op(Op::I32Sub);
  b().op(Op::MemoryCopy);
  b().get(buf);
  b().get(s);
  b().op(Op::I32Add);
  b().i32('0');
  b().get(k);
  b().op(Op::MemoryFill);
  b().get(pos);
  b().get(k);
  b().op(Op::I32Add);
  b().set(pos);
  storePos(pos);
  finish();
}

void HelperGen::panicHeader() {
  start({kI32, kI32}, {}, "__panic_header");
  write2(kPanicPrefix + m_.file.path() + ":");
  b().i32(2);
  b().get(0);
  b().op(Op::I64ExtendI32U);
  b().call(m_.helperRef(Helper::WriteU64));
  write2(":");
  b().i32(2);
  b().get(1);
  b().op(Op::I64ExtendI32U);
  b().call(m_.helperRef(Helper::WriteU64));
  write2(":\n");
  finish();
}

// (fd, v): decimal digits written backwards into the scratch area, then
// one write. Used by printing without the format buffer and by panics.
void HelperGen::writeU64() {
  start({kI32, kI64}, {}, "__write_u64");
  uint32_t p = b().addLocal(kI32, "p");
  addr(Sym::Scratch);
  b().i32(32);
  b().op(Op::I32Add);
  b().set(p);
  auto top = b().loop();
  b().get(p);
  b().i32(1);
  b().op(Op::I32Sub);
  b().tee(p);
  b().get(1);
  b().i64(10);
  b().op(Op::I64RemU);
  b().op(Op::I32WrapI64);
  b().i32('0');
  b().op(Op::I32Add);
  b().mem(Op::I32Store8, 0, 0);
  b().get(1);
  b().i64(10);
  b().op(Op::I64DivU);
  b().tee(1);
  b().op(Op::I64Eqz);
  b().op(Op::I32Eqz);
  b().brIf(top);
  b().end();
  b().get(0);
  b().get(p);
  addr(Sym::Scratch);
  b().i32(32);
  b().op(Op::I32Add);
  b().get(p);
  b().op(Op::I32Sub);
  b().call(m_.importRef(HostImport::Write));
  finish();
}

void HelperGen::writeI64() {
  start({kI32, kI64}, {}, "__write_i64");
  b().get(1);
  b().i64(0);
  b().op(Op::I64LtS);
  b().ifBlock();
  b().get(0);
  fl_->dataString("-");
  b().call(m_.importRef(HostImport::Write));
  b().i64(0);
  b().get(1);
  b().op(Op::I64Sub);
  b().set(1);
  b().end();
  b().get(0);
  b().get(1);
  b().call(m_.helperRef(Helper::WriteU64));
  finish();
}

void HelperGen::writeF64() {
  start({kI32, kF64, kI32, kI32}, {}, "__write_f64");
  b().get(0);
  addr(Sym::Scratch);
  b().get(1);
  b().get(2);
  b().get(3);
  addr(Sym::Scratch);
  b().call(m_.importRef(HostImport::FmtF64));
  b().call(m_.importRef(HostImport::Write));
  finish();
}

void HelperGen::writeChar() {
  start({kI32, kI32}, {}, "__write_char");
  b().get(0);
  addr(Sym::Scratch);
  b().get(1);
  addr(Sym::Scratch);
  b().call(m_.helperRef(Helper::Utf8Encode));
  b().call(m_.importRef(HostImport::Write));
  finish();
}

void HelperGen::panic() {
  start({kI32, kI32, kI32, kI32}, {}, "__panic");
  b().get(0), b().get(1), b().call(m_.helperRef(Helper::PanicHeader));
  b().i32(2), b().get(2), b().get(3), b().call(m_.importRef(HostImport::Write));
  write2(kPanicSuffix);
  b().i32(101);
  b().call(m_.importRef(HostImport::Exit));
  finish();
}

void HelperGen::panicFmt() {
  start({kI32, kI32}, {}, "__panic_fmt");
  uint32_t pos = b().addLocal(kI32, "pos");
  b().get(0), b().get(1), b().call(m_.helperRef(Helper::PanicHeader));
  loadPos();
  b().set(pos);
  b().i32(2);
  addr(Sym::FmtBuf);
  b().get(pos);
  b().call(m_.importRef(HostImport::Write));
  b().i32(0);
  b().set(pos);
  storePos(pos);
  write2(kPanicSuffix);
  b().i32(101);
  b().call(m_.importRef(HostImport::Exit));
  finish();
}

void HelperGen::panicBounds() {
  start({kI32, kI32, kI32, kI32}, {}, "__panic_bounds");
  b().i32(2);
  b().op(Op::GlobalSet, static_cast<uint32_t>(GlobalSym::FmtFd));
  str("index out of bounds: the len is ");
  b().get(1), b().op(Op::I64ExtendI32U), b().i32(10), b().i32(0);
  b().call(m_.helperRef(Helper::FmtU64));
  str(" but the index is ");
  b().get(0), b().op(Op::I64ExtendI32U), b().i32(10), b().i32(0);
  b().call(m_.helperRef(Helper::FmtU64));
  b().get(2), b().get(3);
  b().call(m_.helperRef(Helper::PanicFmt));
  finish();
}

// Appends the decimal digits of the u32 in `local`.
void HelperGen::fmtNum(uint32_t local) {
  b().get(local), b().op(Op::I64ExtendI32U), b().i32(10), b().i32(0);
  b().call(m_.helperRef(Helper::FmtU64));
}

// (kind, a, b, line, col): a range index of a slice that does not fit.
// kind 0: start a > length b; 1: end a > length b; 2: start a > end b.
void HelperGen::panicSlice() {
  start({kI32, kI32, kI32, kI32, kI32}, {}, "__panic_slice");
  b().i32(2);
  b().op(Op::GlobalSet, static_cast<uint32_t>(GlobalSym::FmtFd));
  b().get(0), b().i32(2), b().op(Op::I32Eq);
  b().ifBlock();
  str("slice index starts at ");
  fmtNum(1);
  str(" but ends at ");
  fmtNum(2);
  b().elseBlock();
  str("range ");
  b().get(0);
  b().ifBlock();
  str("end");
  b().elseBlock();
  str("start");
  b().end();
  str(" index ");
  fmtNum(1);
  str(" out of range for slice of length ");
  fmtNum(2);
  b().end();
  b().get(3), b().get(4);
  b().call(m_.helperRef(Helper::PanicFmt));
  finish();
}

// (kind, a, b, ptr, len, line, col): a range index of a str. kind 0: byte
// index a beyond the end; 1: start a after end b; 2: a inside a char.
void HelperGen::panicStrSlice() {
  start({kI32, kI32, kI32, kI32, kI32, kI32, kI32}, {}, "__panic_str_slice");
  b().i32(2);
  b().op(Op::GlobalSet, static_cast<uint32_t>(GlobalSym::FmtFd));
  b().get(0), b().i32(1), b().op(Op::I32Eq);
  b().ifBlock();
  str("begin <= end (");
  fmtNum(1);
  str(" <= ");
  fmtNum(2);
  str(") when slicing `");
  b().elseBlock();
  str("byte index ");
  fmtNum(1);
  b().get(0);
  b().ifBlock();
  str(" is not a char boundary of `");
  b().elseBlock();
  str(" is out of bounds of `");
  b().end();
  b().end();
  b().get(3), b().get(4);
  b().call(m_.helperRef(Helper::FmtStr));
  str("`");
  b().get(5), b().get(6);
  b().call(m_.helperRef(Helper::PanicFmt));
  finish();
}

// (ptr) -> the char whose (valid) UTF-8 encoding starts at ptr.
void HelperGen::utf8Decode() {
  start({kI32}, {kI32}, "__utf8_decode");
  uint32_t b0 = b().addLocal(kI32, "b0"), c = b().addLocal(kI32, "c"), n = b().addLocal(kI32, "n"),
           i = b().addLocal(kI32, "i");
  b().get(0), b().mem(Op::I32Load8U, 0, 0), b().tee(b0);
  b().i32(0x80), b().op(Op::I32LtU);
  b().ifBlock();
  b().get(b0), b().op(Op::Return);
  b().end();
  // The lead byte's payload bits and the number of continuation bytes.
  b().get(b0), b().i32(0xE0), b().op(Op::I32LtU);
  b().ifBlock();
  b().get(b0), b().i32(0x1F), b().op(Op::I32And), b().set(c), b().i32(1), b().set(n);
  b().elseBlock();
  b().get(b0), b().i32(0xF0), b().op(Op::I32LtU);
  b().ifBlock();
  b().get(b0), b().i32(0x0F), b().op(Op::I32And), b().set(c), b().i32(2), b().set(n);
  b().elseBlock();
  b().get(b0), b().i32(0x07), b().op(Op::I32And), b().set(c), b().i32(3), b().set(n);
  b().end();
  b().end();
  b().i32(1), b().set(i);
  auto brk = b().block();
  auto top = b().loop();
  b().get(i), b().get(n), b().op(Op::I32GtU), b().brIf(brk);
  b().get(c), b().i32(6), b().op(Op::I32Shl);
  b().get(0), b().get(i), b().op(Op::I32Add), b().mem(Op::I32Load8U, 0, 0);
  b().i32(0x3F), b().op(Op::I32And), b().op(Op::I32Or), b().set(c);
  b().get(i), b().i32(1), b().op(Op::I32Add), b().set(i);
  b().br(top);
  b().end();
  b().end();
  b().get(c);
  finish();
}

// (a, b, loc) -> a * b, panicking on overflow like debug Rust.
void HelperGen::mulOvf(bool isSigned) {
  start({kI64, kI64, kI32, kI32}, {kI64}, isSigned ? "__mul_ovf_i64" : "__mul_ovf_u64");
  uint32_t r = b().addLocal(kI64, "r");
  b().get(0), b().get(1), b().op(Op::I64Mul), b().set(r);
  if (isSigned) {
    // a == -1: overflow iff b == MIN; otherwise a != 0 && r / a != b.
    b().get(0), b().i64(-1), b().op(Op::I64Eq);
    b().ifBlock(BlockKind::Value, static_cast<uint32_t>(kI32));
    b().get(1), b().i64(INT64_MIN), b().op(Op::I64Eq);
    b().elseBlock();
    b().get(0), b().op(Op::I64Eqz);
    b().ifBlock(BlockKind::Value, static_cast<uint32_t>(kI32));
    b().i32(0);
    b().elseBlock();
    b().get(r), b().get(0), b().op(Op::I64DivS), b().get(1), b().op(Op::I64Ne);
    b().end();
    b().end();
  } else {
    b().get(0), b().op(Op::I64Eqz);
    b().ifBlock(BlockKind::Value, static_cast<uint32_t>(kI32));
    b().i32(0);
    b().elseBlock();
    b().get(r), b().get(0), b().op(Op::I64DivU), b().get(1), b().op(Op::I64Ne);
    b().end();
  }
  b().ifBlock();
  b().get(2), b().get(3);
  fl_->dataString("attempt to multiply with overflow");
  b().call(m_.helperRef(Helper::Panic));
  b().end();
  b().get(r);
  finish();
}

}  // namespace wr
