// Table of the built-in `std` paths (see std_paths.h).
#include "compiler/resolve/std_paths.h"

#include <cmath>
#include <cstring>
#include <limits>

#include "compiler/sema/intrinsics.h"

namespace wr {

namespace {

uint64_t f64Bits(double d) {
  uint64_t b;
  std::memcpy(&b, &d, sizeof b);
  return b;
}

struct FloatConst {
  const char* name;
  double value;
};

const FloatConst kFloatConsts[] = {
    {"PI", 3.14159265358979323846264338327950288},
    {"TAU", 6.28318530717958647692528676655900577},
    {"E", 2.71828182845904523536028747135266250},
    {"SQRT_2", 1.41421356237309504880168872420969808},
    {"FRAC_1_SQRT_2", 0.707106781186547524400844362104849039},
    {"LN_2", 0.693147180559945309417232121458176568},
    {"LN_10", 2.30258509299404568401799145468436421},
    {"LOG2_E", 1.44269504088896340735992468100189214},
    {"LOG10_E", 0.434294481903251827651128918916605082},
    {"LOG2_10", 3.32192809488736234787031942948939018},
    {"LOG10_2", 0.301029995663981195213738894724493027},
    {"FRAC_PI_2", 1.57079632679489661923132169163975144},
    {"FRAC_PI_3", 1.04719755119659774615421446109316763},
    {"FRAC_PI_4", 0.785398163397448309615660845819875721},
    {"FRAC_PI_6", 0.52359877559829887307710723054658381},
    {"FRAC_PI_8", 0.39269908169872415480783042290993786},
    {"FRAC_1_PI", 0.318309886183790671537767526745028724},
    {"FRAC_2_PI", 0.636619772367581343075535053490057448},
    {"FRAC_2_SQRT_PI", 1.12837916709551257389615890312154517},
};

uint32_t addConst(Program& prog, TypeId type, uint64_t bits) {
  prog.builtinConsts.push_back({type, bits});
  return static_cast<uint32_t>(prog.builtinConsts.size() - 1);
}

StdPathResult intConst(Program& prog, IntKind k, std::string_view item) {
  TypeId t = prog.types.intType(k);
  int bits = intBits(k);
  uint64_t mask = bits == 64 ? ~0ull : ((1ull << bits) - 1);
  if (item == "BITS") {
    return {ResKind::BuiltinConst, addConst(prog, prog.types.intType(IntKind::U32), bits)};
  }
  if (item != "MAX" && item != "MIN")
    return {};
  uint64_t v;
  if (isSigned(k)) {
    uint64_t max = mask >> 1;
    v = item == "MAX" ? max : (~max & mask);
    // Sign-extend MIN to 64 bits so the value reads back as negative.
    if (item == "MIN")
      v = static_cast<uint64_t>(-static_cast<int64_t>(max) - 1);
  } else {
    v = item == "MAX" ? mask : 0;
  }
  return {ResKind::BuiltinConst, addConst(prog, t, v)};
}

StdPathResult floatConst(Program& prog, FloatKind k, const std::vector<std::string_view>& rest) {
  TypeId t = prog.types.floatType(k);
  bool f32 = k == FloatKind::F32;
  auto make = [&](double v) -> StdPathResult {
    if (f32)
      v = static_cast<double>(static_cast<float>(v));
    return {ResKind::BuiltinConst, addConst(prog, t, f64Bits(v))};
  };
  if (rest.size() == 2 && rest[0] == "consts") {
    for (const FloatConst& c : kFloatConsts) {
      if (rest[1] == c.name)
        return make(c.value);
    }
    return {};
  }
  if (rest.size() != 1)
    return {};
  std::string_view n = rest[0];
  if (n == "MAX")
    return make(f32 ? std::numeric_limits<float>::max() : std::numeric_limits<double>::max());
  if (n == "MIN")
    return make(f32 ? -std::numeric_limits<float>::max() : -std::numeric_limits<double>::max());
  if (n == "MIN_POSITIVE")
    return make(f32 ? std::numeric_limits<float>::min() : std::numeric_limits<double>::min());
  if (n == "EPSILON")
    return make(f32 ? std::numeric_limits<float>::epsilon()
                    : std::numeric_limits<double>::epsilon());
  if (n == "INFINITY")
    return make(INFINITY);
  if (n == "NEG_INFINITY")
    return make(-INFINITY);
  if (n == "NAN")
    return make(std::numeric_limits<double>::quiet_NaN());
  return {};
}

}  // namespace

StdPathResult lookupStdPath(const std::vector<std::string_view>& segments, Program& prog) {
  if (!segments.empty() && segments[0] == "wasm") {
    const IntrinsicInfo* in = findIntrinsic({segments.begin() + 1, segments.end()});
    return in ? StdPathResult{ResKind::BuiltinFn, static_cast<uint32_t>(in->id)} : StdPathResult{};
  }
  size_t i = 0;
  if (!segments.empty() && (segments[0] == "std" || segments[0] == "core"))
    i = 1;
  std::vector<std::string_view> s(segments.begin() + static_cast<long>(i), segments.end());
  if (s.size() == 2 && s[0] == "process" && s[1] == "exit") {
    return {ResKind::BuiltinFn, static_cast<uint32_t>(BuiltinFn::ProcessExit)};
  }
  if (s.size() == 2 && s[0] == "mem" && s[1] == "swap") {
    return {ResKind::BuiltinFn, static_cast<uint32_t>(BuiltinFn::MemSwap)};
  }
  if (s.size() == 2 && s[0] == "mem" && s[1] == "replace") {
    return {ResKind::BuiltinFn, static_cast<uint32_t>(BuiltinFn::MemReplace)};
  }
  if (s.size() < 2)
    return {};
  static const char* const kInts[] = {"i8", "i16", "i32", "i64", "isize",
                                      "u8", "u16", "u32", "u64", "usize"};
  for (int k = 0; k < 10; ++k) {
    if (s[0] == kInts[k] && s.size() == 2)
      return intConst(prog, static_cast<IntKind>(k), s[1]);
  }
  if (s[0] == "f64" || s[0] == "f32") {
    std::vector<std::string_view> rest(s.begin() + 1, s.end());
    return floatConst(prog, s[0] == "f32" ? FloatKind::F32 : FloatKind::F64, rest);
  }
  if (s[0] == "char" && s.size() == 2 && s[1] == "MAX") {
    return {ResKind::BuiltinConst, addConst(prog, prog.types.charType(), 0x10FFFF)};
  }
  return {};
}

}  // namespace wr
