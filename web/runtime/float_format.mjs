// Formats f64 and f32 values exactly as Rust's `std::fmt` does.
//
// Compiled WasmRust programs do not carry a float printer of their own: a
// `println!("{}", x)` on a float calls the host import `env.fmt_f64`, and the
// runtime (runtime.mjs) answers it with formatFloat below. Its output must be
// byte-for-byte what rustc's programs print, because rustc is the project's
// correctness oracle; tests/web/float_format_expected.txt holds thousands of
// lines printed by Debian's rustc 1.63 that tests/web/float_format.test.mjs
// replays through this module.
//
// Two kinds of digits are needed:
// - shortest round-trip digits (no precision given): for f64 these are what
//   Number.prototype.toExponential() produces (shortest, and the closest to
//   the value among the shortest, as Rust's Grisu/Dragon pick), except for
//   exact ties between two closest candidates, fixed up below; for f32 we
//   search them exactly with BigInt, because parsing candidates as f64 and
//   then rounding to f32 would round twice;
// - a fixed number of digits (`{:.N}`, `{:.Ne}`): rounded from the exact
//   binary value, which for a double is a finite decimal of at most 767
//   significant digits, with BigInt (toFixed stops at 100 digits and is not
//   exact above 1e21).

export const FLAG_DEBUG = 1;
export const FLAG_F32 = 2;
export const FLAG_LOWER_EXP = 4;
export const FLAG_UPPER_EXP = 8;
export const FLAG_PLUS = 16;

// Exact ties round half to even (`{:.0}` of 2.5 is "2", `{:.2}` of 0.125 is
// "0.12"). One exception: rustc before rust-lang/rust#102935 (merged late
// 2022), such as Debian's 1.63 that the project compares against, rounds a
// tie up when no digit at all precedes the rounding position. That only
// happens for ±0.5 with `{:.0}` / `{:.0?}`, which print "1" / "-1" there and
// "0" / "-0" on newer rustc (checked with 1.95). Set to false to follow newer
// rustc.
export const TIE_WITHOUT_DIGITS_ROUNDS_UP = true;

// Debug (`{:?}`) switches to exponent form outside [1e-4, 1e16); Rust compares
// in the value's own type, so the f32 bounds are the f32 nearest those powers.
const DEBUG_EXP_LOW_F64 = 1e-4;
const DEBUG_EXP_HIGH_F64 = 1e16;
const DEBUG_EXP_LOW_F32 = Math.fround(1e-4);
const DEBUG_EXP_HIGH_F32 = Math.fround(1e16);

// Scratch views used to split a value into its bits.
const f64View = new Float64Array(1);
const u64View = new BigUint64Array(f64View.buffer);
const f32View = new Float32Array(1);
const u32View = new Uint32Array(f32View.buffer);

// Powers of ten/five are reused a lot (every `{:.N}` of a small number needs
// 5^1074-sized ones), so they are cached.
const pow10Cache = new Map();
function pow10(n) {
  let p = pow10Cache.get(n);
  if (p === undefined) {
    p = 10n ** BigInt(n);
    pow10Cache.set(n, p);
  }
  return p;
}
const pow5Cache = new Map();
function pow5(n) {
  let p = pow5Cache.get(n);
  if (p === undefined) {
    p = 5n ** BigInt(n);
    pow5Cache.set(n, p);
  }
  return p;
}

// Splits a finite, non-negative value into m * 2^e with integer m, as the
// f64 or (isF32) the f32 it is, plus two facts about its rounding interval
// taken over from Rust's flt2dec::decode:
// - `boundary`: a normal value whose mantissa is the implicit bit alone has
//   its lower neighbour half as far as its upper one. Rust also says so for
//   MIN_POSITIVE (whose neighbour below is a subnormal a full step away),
//   which only narrows that one interval; we follow it.
// - `inclusive`: the interval ends read back as the value when its mantissa
//   is even (ties-to-even parsing). Rust scales subnormal mantissas by 2, so
//   they always count as even; their interval ends have hundreds of digits
//   and never decide anything, but we follow it too.
function decode(a, isF32) {
  if (isF32) {
    f32View[0] = a;
    const bits = u32View[0];
    const biased = (bits >>> 23) & 0xff;
    const frac = bits & 0x7fffff;
    if (biased === 0) return { m: BigInt(frac), e: -149, boundary: false, inclusive: true };
    const m = frac | 0x800000;
    return { m: BigInt(m), e: biased - 150, boundary: frac === 0, inclusive: (m & 1) === 0 };
  }
  f64View[0] = a;
  const bits = u64View[0];
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  if (biased === 0) return { m: frac, e: -1074, boundary: false, inclusive: true };
  const m = frac | 0x10000000000000n;
  return { m, e: biased - 1075, boundary: frac === 0n, inclusive: (m & 1n) === 0n };
}

// The exact value m * 2^e as an integer D and a count F of decimal places:
// value = D / 10^F. A negative power of two 2^-k is 5^k / 10^k.
function exactDecimal(m, e) {
  if (e >= 0) return { D: m << BigInt(e), F: 0 };
  return { D: m * pow5(-e), F: -e };
}

// Rounds D / div to an integer, ties to even. `q` is the quotient, so a tie
// with q === 0 means no digit precedes the rounding position.
function roundDiv(D, div) {
  let q = D / div;
  const twice = (D - q * div) * 2n;
  if (twice > div || (twice === div && ((q & 1n) === 1n || (q === 0n && TIE_WITHOUT_DIGITS_ROUNDS_UP)))) {
    q += 1n;
  }
  return q;
}

// Shortest digits of a positive finite value: the fewest significant digits
// that read back as the same f64/f32 (round-half-even parsing, so the
// interval ends count when the mantissa is even), the closest to the value
// among those. Returns { digits, exp }: value ≈ d.ddd × 10^exp, no trailing
// zeros in digits.
function shortestDigits(a, isF32) {
  if (isF32) return shortestDigitsExact(a, true);
  // Shortest round-trip, closest: the ECMAScript Number-to-string rule.
  const s = a.toExponential();
  const ePos = s.indexOf("e");
  let digits = s.slice(0, ePos).replace(".", "");
  let exp = Number(s.slice(ePos + 1));
  // When the value lies exactly halfway between the two closest n-digit
  // candidates (2237058435213228.25 -> ...228.2 or ...228.3), Rust takes the
  // upper one and V8 may take the lower. Such a tie x = (D + 1/2) * 10^j
  // needs the decimal step 10^j to be below the double's step 2^e, and
  // 2^(j-1) to divide x. That leaves only 16- and 17-digit results, and
  // (as 5^-j must divide 2D + 1 < 2e17, so j >= -24) -80 <= e <= -2: for
  // those, compare with the exact expansion and move up when V8 went down.
  if (digits.length >= 16) {
    const { m, e } = decode(a, false);
    if (e < -80 || e > -2) return { digits, exp };
    const exact = exactDecimal(m, e).D.toString().replace(/0+$/, "");
    if (exact.length === digits.length + 1 && exact.endsWith("5") && exact.startsWith(digits)) {
      const up = (BigInt(digits) + 1n).toString();
      if (up.length > digits.length) exp += 1; // 99...9 -> 100...0
      digits = up.replace(/0+$/, "");
    }
  }
  return { digits, exp };
}

// The exact search behind shortestDigits, for either format (exported for
// the tests, which check it against the toExponential path on f64 values). It mirrors
// Dragon4's free-format generation: at k significant digits the candidates
// are x truncated and x truncated plus one unit of the k-th digit; stop at the
// first k where one of them is inside the rounding interval.
export function shortestDigitsExact(a, isF32) {
  const { m, e, boundary, inclusive } = decode(a, isF32);
  // Work in units of 2^(e-2) so the interval ends are integers too:
  // x = 4m, upper end 4m + 2, lower end 4m - 2 (4m - 1 at a boundary).
  const { D: X, F } = exactDecimal(4n * m, e - 2);
  const { D: hi } = exactDecimal(4n * m + 2n, e - 2);
  const { D: lo } = exactDecimal(4n * m - (boundary ? 1n : 2n), e - 2);
  const len = X.toString().length;
  for (let k = 1; k <= len; k++) {
    const unit = pow10(len - k);
    const down = (X / unit) * unit;
    const up = down + unit;
    const downOk = down > lo || (inclusive && down === lo);
    const upOk = up < hi || (inclusive && up === hi);
    if (!downOk && !upOk) continue;
    // Both inside: the nearer wins, a tie goes up (as Rust's Dragon does).
    const chosen = downOk && (!upOk || X - down < up - X) ? down : up;
    const s = chosen.toString();
    return { digits: s.replace(/0+$/, ""), exp: s.length - 1 - F };
  }
  throw new Error("unreachable: the value itself is inside its interval");
}

// Digits and exponent as `{:e}` prints them: "1e3", "1.5e-7".
function expForm(digits, exp, E) {
  const mant = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
  return mant + E + exp;
}

// Shortest digits in plain decimal notation, never an exponent (Display
// prints 1e21 as "1000000000000000000000"). minFrac is 1 for Debug ("1.0").
function decimalForm(digits, exp, minFrac) {
  const intLen = exp + 1; // digits before the decimal point
  if (intLen <= 0) return "0." + "0".repeat(-intLen) + digits;
  if (intLen < digits.length) return digits.slice(0, intLen) + "." + digits.slice(intLen);
  return digits + "0".repeat(intLen - digits.length) + (minFrac > 0 ? "." + "0".repeat(minFrac) : "");
}

// `{:.N}`: exactly N decimals, rounded from the exact value.
function fixedExact(a, isF32, prec) {
  let q;
  if (a === 0) {
    q = 0n;
  } else {
    const { m, e } = decode(a, isF32);
    const { D, F } = exactDecimal(m, e);
    q = F <= prec ? D * pow10(prec - F) : roundDiv(D, pow10(F - prec));
  }
  if (prec === 0) return q.toString();
  const s = q.toString().padStart(prec + 1, "0");
  return s.slice(0, s.length - prec) + "." + s.slice(s.length - prec);
}

// `{:.Ne}`: N + 1 significant digits, rounded from the exact value.
function expExact(a, isF32, prec, E) {
  const n = prec + 1;
  if (a === 0) return expForm("0".repeat(n), 0, E);
  const { m, e } = decode(a, isF32);
  const { D, F } = exactDecimal(m, e);
  const len = D.toString().length;
  let exp = len - 1 - F;
  let q;
  if (len > n) {
    q = roundDiv(D, pow10(len - n));
    if (q === pow10(n)) {
      // Rounded up to the next power of ten (9.99 -> 10.0).
      q = pow10(n - 1);
      exp += 1;
    }
  } else {
    q = D * pow10(n - len);
  }
  return expForm(q.toString(), exp, E);
}

/**
 * Formats `x` exactly as Rust's `std::fmt` would.
 * @param {number} x     the value; an f32 widened to f64 when flags has FLAG_F32
 * @param {number} prec  the precision of `{:.N}`, or -1 for none
 * @param {number} flags FLAG_* bits (Debug, f32, LowerExp, UpperExp, '+')
 * @returns {string}     the text, without width padding (the caller pads)
 */
export function formatFloat(x, prec, flags) {
  // NaN never has a sign, not even with '+'.
  if (Number.isNaN(x)) return "NaN";
  const isF32 = (flags & FLAG_F32) !== 0;
  const negative = x < 0 || Object.is(x, -0);
  const sign = negative ? "-" : flags & FLAG_PLUS ? "+" : "";
  const a = Math.abs(x);
  if (a === Infinity) return sign + "inf";

  if (flags & (FLAG_LOWER_EXP | FLAG_UPPER_EXP)) {
    const E = flags & FLAG_UPPER_EXP ? "E" : "e";
    if (prec >= 0) return sign + expExact(a, isF32, prec, E);
    if (a === 0) return sign + "0" + E + "0";
    const { digits, exp } = shortestDigits(a, isF32);
    return sign + expForm(digits, exp, E);
  }

  // With a precision, Display and Debug agree: plain decimals, no exponent.
  if (prec >= 0) return sign + fixedExact(a, isF32, prec);

  const debug = (flags & FLAG_DEBUG) !== 0;
  if (a === 0) return sign + (debug ? "0.0" : "0");
  const { digits, exp } = shortestDigits(a, isF32);
  if (debug) {
    const low = isF32 ? DEBUG_EXP_LOW_F32 : DEBUG_EXP_LOW_F64;
    const high = isF32 ? DEBUG_EXP_HIGH_F32 : DEBUG_EXP_HIGH_F64;
    if (a < low || a >= high) return sign + expForm(digits, exp, "e");
    return sign + decimalForm(digits, exp, 1);
  }
  return sign + decimalForm(digits, exp, 0);
}
