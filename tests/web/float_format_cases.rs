// Fixture generator for web/runtime/float_format.mjs.
//
// Prints how real rustc formats a few hundred f64 and f32 values in every mode
// the runtime's env.fmt_f64 host import supports, one line per (value, mode):
//
//     f64|<16 hex digits of the bits>|<prec>|<flags>|<text rustc printed>
//     f32|<8 hex digits of the bits>|<prec>|<flags>|<text rustc printed>
//
// prec is -1 when the format has no precision; flags use the runtime's bits
// (1 Debug, 2 f32, 4 LowerExp, 8 UpperExp, 16 '+'). tests/web/float_format.test.mjs
// replays every line through formatFloat. Regenerate with Debian's rustc:
//
//     /usr/bin/rustc -O tests/web/float_format_cases.rs -o /tmp/ffc
//     /tmp/ffc > tests/web/float_format_expected.txt
//
// The values are fixed (edge cases plus a seeded LCG), so the output is
// deterministic and diffs between rustc versions show real behaviour changes.

// Every (prec, flags) pair below is printed for every value (flags without
// the f32 bit; it is added for f32 values).
const MODES: &[(i32, u32)] = &[
    (-1, 0),  // {}
    (-1, 1),  // {:?}
    (0, 0),   // {:.0}
    (1, 0),   // {:.1}
    (2, 0),   // {:.2}
    (3, 0),   // {:.3}
    (9, 0),   // {:.9}
    (17, 0),  // {:.17}
    (30, 0),  // {:.30}
    (0, 1),   // {:.0?}
    (2, 1),   // {:.2?}
    (-1, 4),  // {:e}
    (-1, 8),  // {:E}
    (0, 4),   // {:.0e}
    (1, 4),   // {:.1e}
    (3, 4),   // {:.3e}
    (3, 8),   // {:.3E}
    (17, 4),  // {:.17e}
    (-1, 16), // {:+}
    (2, 16),  // {:+.2}
    (-1, 17), // {:+?}
    (-1, 20), // {:+e}
    (2, 20),  // {:+.2e}
];

// Very long precisions, printed only for the edge values (they make long lines).
const LONG_MODES: &[(i32, u32)] = &[(100, 0), (1000, 0), (60, 4), (800, 4), (1000, 1)];

macro_rules! fmt_mode {
    ($x:expr, $prec:expr, $flags:expr) => {{
        let x = $x;
        let p = if $prec < 0 { 0 } else { $prec as usize };
        match ($flags, $prec >= 0) {
            (0, false) => format!("{}", x),
            (0, true) => format!("{:.*}", p, x),
            (1, false) => format!("{:?}", x),
            (1, true) => format!("{:.*?}", p, x),
            (4, false) => format!("{:e}", x),
            (4, true) => format!("{:.*e}", p, x),
            (8, false) => format!("{:E}", x),
            (8, true) => format!("{:.*E}", p, x),
            (16, false) => format!("{:+}", x),
            (16, true) => format!("{:+.*}", p, x),
            (17, false) => format!("{:+?}", x),
            (17, true) => format!("{:+.*?}", p, x),
            (20, false) => format!("{:+e}", x),
            (20, true) => format!("{:+.*e}", p, x),
            _ => unreachable!(),
        }
    }};
}

fn emit64(x: f64, modes: &[(i32, u32)]) {
    for &(prec, flags) in modes {
        println!("f64|{:016x}|{}|{}|{}", x.to_bits(), prec, flags, fmt_mode!(x, prec, flags));
    }
}

fn emit32(x: f32, modes: &[(i32, u32)]) {
    for &(prec, flags) in modes {
        println!("f32|{:08x}|{}|{}|{}", x.to_bits(), prec, flags | 2, fmt_mode!(x, prec, flags));
    }
}

// Exact powers of two built from their bits (powi underflows to 0 for the
// smallest subnormals on older rustc).
fn pow2_64(k: i32) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

fn pow2_32(k: i32) -> f32 {
    if k >= -126 {
        f32::from_bits(((k + 127) as u32) << 23)
    } else {
        f32::from_bits(1u32 << (k + 149))
    }
}

// Knuth's MMIX LCG: fixed seed, so the "random" values never change.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        (self.next() >> 11) % n
    }
}

fn main() {
    // ---- f64 edge values (printed positive and negative) ----
    let edges64: Vec<f64> = vec![
        0.0,
        f64::from_bits(1),                    // smallest subnormal, 5e-324
        f64::from_bits(2),
        f64::from_bits(0x000f_ffff_ffff_ffff), // largest subnormal
        f64::MIN_POSITIVE,
        f64::MAX,
        f64::EPSILON,
        0.1, 0.2, 0.3, 0.1 + 0.2,
        1.0 / 3.0, 2.0 / 3.0,
        1.0, 2.0, 10.0, 100.0, 12345.0,
        1e14, 1e15, 1e16, 1e17, 9999999999999998.0, 9007199254740992.0, 9007199254740993.0,
        1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 0.00009999999999999999, 0.00010000000000000002,
        123456789.0, 123456789.125, 0.5, 1.5, 2.5, 3.5, 4.5, 0.125, 0.375, 0.625, 0.875,
        0.25, 0.75, 1.25, 1.75, 1.0625, 0.05, 0.15, 0.35, 0.45, 1.005, 2.675, 9.5, 99.5,
        999.9999, 0.9999999, 9.995, 0.995, 1234.5, 4503599627370495.5, 125.0, 1250.0, 15.0,
        25.0, 35.0,
        1e20, 1e21, 1e22, 1e23, 1e100, 1e300, 1e-300, 1.7976931348623157e300,
        18446744073709551616.0, 0.0009765625,
        std::f64::consts::PI, std::f64::consts::E, std::f64::consts::SQRT_2,
        6.02214076e23, 1.602176634e-19, 299792458.0,
        f64::INFINITY, f64::NAN,
    ];
    let long_edges64 = [
        0.1, 1.0 / 3.0, 0.5, f64::from_bits(1), f64::MIN_POSITIVE, f64::MAX, 1e300, 1e-300,
        f64::EPSILON, 123456789.125, 0.0, std::f64::consts::PI, 1e23,
    ];
    for &x in &edges64 {
        emit64(x, MODES);
        emit64(-x, MODES);
    }
    emit64(f64::from_bits(0xfff8_0000_0000_0000), MODES); // NaN with the sign bit set
    // Powers of two: their lower neighbour is half as far away as the upper
    // one, so the shortest-digits interval is asymmetric.
    for k in [-1074, -1073, -1022, -1021, -500, -100, -64, -10, 53, 54, 64, 100, 500, 1023] {
        emit64(pow2_64(k), MODES);
    }
    // Exactly halfway between two f64s lies the short decimal 7e22
    // (= (2m+1) * 2^22 with 2m+1 = 7 * 5^22): the even neighbour must print
    // as "7e22" (the interval is inclusive), the odd one must not.
    emit64(8344650268554687.0 * 8388608.0, MODES);
    emit64(8344650268554688.0 * 8388608.0, MODES);
    for &x in &long_edges64 {
        emit64(x, LONG_MODES);
        emit64(-x, &LONG_MODES[..1]);
    }

    // ---- f32 edge values ----
    let edges32: Vec<f32> = vec![
        0.0,
        f32::from_bits(1),                  // 1e-45
        f32::from_bits(5),                  // 7e-45
        f32::from_bits(0x007f_ffff),        // largest subnormal
        f32::MIN_POSITIVE,
        f32::MAX,
        f32::EPSILON,
        0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0,
        1.0, 10.0, 16777216.0, 16777217.0, 16777218.0, 123456789.0,
        1e-4, 9.999999e-5, 1e-5, 1e-7, 1e10, 1e15, 1e16, 9.999999e15, 1e17, 1e20, 1e30, 1e38,
        0.5, 1.5, 2.5, 0.125, 0.375, 0.05, 1.005, 2.675, 9.5,
        std::f32::consts::PI, std::f32::consts::E, 3.4028235e38, 6.02214076e23,
        f32::INFINITY, f32::NAN,
    ];
    for &x in &edges32 {
        emit32(x, MODES);
        emit32(-x, MODES);
    }
    for k in [-149, -148, -126, -125, -100, -64, -10, 24, 25, 64, 100, 127] {
        emit32(pow2_32(k), MODES);
    }
    // 1.5e10 lies exactly halfway between these two f32s (see the f64 case).
    emit32(14648437.0f32 * 1024.0, MODES);
    emit32(14648438.0f32 * 1024.0, MODES);
    for &x in &[0.1f32, f32::from_bits(1), f32::MAX, f32::MIN_POSITIVE, 1.0 / 3.0] {
        emit32(x, LONG_MODES);
    }

    // ---- random values from a fixed LCG ----
    let mut rng = Lcg(0x5eed_f00d_dead_beef);
    // Random bit patterns: any exponent, any mantissa (NaN/inf are skipped).
    let mut n = 0;
    while n < 60 {
        let x = f64::from_bits(rng.next());
        if x.is_finite() {
            emit64(x, MODES);
            n += 1;
        }
    }
    // Random decimals of moderate magnitude, 1..17 significant digits.
    for _ in 0..80 {
        let digits = 1 + rng.below(17) as i32;
        let mant = (rng.next() >> 11) as f64 / (1u64 << 53) as f64; // [0,1)
        let scale = 10f64.powi(digits);
        let m = (mant * scale).round() / scale * 10.0;
        let e = rng.below(45) as i32 - 22;
        let mut x = m * 10f64.powi(e);
        if rng.below(2) == 1 {
            x = -x;
        }
        emit64(x, MODES);
    }
    // Short decimals with 1..4 fractional digits: many near-ties for {:.N}.
    for _ in 0..40 {
        let x = rng.below(200000) as f64 / [10.0, 100.0, 1000.0, 10000.0][rng.below(4) as usize];
        emit64(x, MODES);
    }
    // Values exactly halfway between the two nearest shortest candidates
    // (2237058435213228.25: ...228.2 or ...228.3?): the step between doubles
    // (0.25) is wider than the decimal step (0.1). Rust takes the upper one.
    for &x in &[2237058435213228.25, 1021735842508230.25, 2237058435213228.75] {
        emit64(x, MODES);
        emit64(-x, MODES);
    }
    for _ in 0..20 {
        let int = (1u64 << 50) + rng.below(3 << 50);
        emit64(int as f64 + [0.25, 0.75][rng.below(2) as usize], MODES);
    }
    for _ in 0..20 {
        let int = (1u32 << 21) + rng.below(3 << 21) as u32;
        emit32(int as f32 + [0.25, 0.75][rng.below(2) as usize], MODES);
    }
    // f32 random bit patterns and random f32 decimals.
    let mut n = 0;
    while n < 50 {
        let x = f32::from_bits((rng.next() >> 32) as u32);
        if x.is_finite() {
            emit32(x, MODES);
            n += 1;
        }
    }
    for _ in 0..50 {
        let digits = 1 + rng.below(9) as i32;
        let mant = (rng.next() >> 40) as f64 / (1u64 << 24) as f64;
        let scale = 10f64.powi(digits);
        let m = (mant * scale).round() / scale * 10.0;
        let e = rng.below(31) as i32 - 15;
        let x = (m * 10f64.powi(e)) as f32;
        emit32(x, MODES);
    }
}
