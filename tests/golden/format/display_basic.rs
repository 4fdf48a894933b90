// Display formatting of every scalar type and of string literals.
fn main() {
    println!("{} {} {} {}", 1i8, -2i16, 3i32, -4i64);
    println!("{} {} {} {}", 5u8, 6u16, 7u32, 8u64);
    println!("{} {}", 9isize, 10usize);
    println!("{} {} {}", 1.0f64, 0.5f32, -123.456);
    println!("{} {}", true, false);
    println!("{} {} {}", 'x', '\u{263A}', '\t');
    println!("{}", "a string literal with \"quotes\" and a \\ backslash");
    println!("{}{}{}", 1, "two", '3');
    println!("{}", "unicode: ünïcödé ✓");
    println!("tab\tseparated\tvalues");
    println!("{}", 100000000.0f64);
    println!("{}", 0.000001f64);
}

// CHECK:STDOUT: 1 -2 3 -4
// CHECK:STDOUT: 5 6 7 8
// CHECK:STDOUT: 9 10
// CHECK:STDOUT: 1 0.5 -123.456
// CHECK:STDOUT: true false
// CHECK:STDOUT: x ☺ 	
// CHECK:STDOUT: a string literal with "quotes" and a \ backslash
// CHECK:STDOUT: 1two3
// CHECK:STDOUT: unicode: ünïcödé ✓
// CHECK:STDOUT: tab	separated	values
// CHECK:STDOUT: 100000000
// CHECK:STDOUT: 0.000001
