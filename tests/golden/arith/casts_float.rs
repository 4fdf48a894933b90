// Float-to-int casts saturate (NaN becomes 0); int-to-float and float widths.
fn to_i32(x: f64) -> i32 {
    x as i32
}

fn to_u8(x: f32) -> u8 {
    x as u8
}

fn main() {
    println!("{} {} {}", to_i32(3.99), to_i32(-3.99), to_i32(0.5));
    println!("{} {}", to_i32(1e20), to_i32(-1e20));
    let nan = 0.0f64 / 0.0;
    println!("{} {} {}", to_i32(nan), nan as u64, nan as i8);
    let inf = 1.0f64 / 0.0;
    println!("{} {}", inf as i64, -inf as i64);
    println!("{} {} {}", to_u8(255.9), to_u8(256.0), to_u8(-1.0));
    println!("{} {}", 1e10 as u32, -1e10 as i16);
    println!("{}", 4294967295.5f64 as u32);

    let i: i32 = -7;
    println!("{} {}", i as f64 / 2.0, i as f32);
    let big: u64 = u64::MAX;
    println!("{} {}", big as f64, big as f32);
    let odd: i64 = 9_007_199_254_740_993;
    println!("{}", odd as f64);
    println!("{}", 16_777_217i32 as f32);

    let d: f64 = 0.1;
    let s = d as f32;
    println!("{} {}", s, s as f64);
    println!("{}", 1e300f64 as f32);
}

// CHECK:STDOUT: 3 -3 0
// CHECK:STDOUT: 2147483647 -2147483648
// CHECK:STDOUT: 0 0 0
// CHECK:STDOUT: 9223372036854775807 -9223372036854775808
// CHECK:STDOUT: 255 255 0
// CHECK:STDOUT: 4294967295 -32768
// CHECK:STDOUT: 4294967295
// CHECK:STDOUT: -3.5 -7
// CHECK:STDOUT: 18446744073709552000 18446744000000000000
// CHECK:STDOUT: 9007199254740992
// CHECK:STDOUT: 16777216
// CHECK:STDOUT: 0.1 0.10000000149011612
// CHECK:STDOUT: inf
