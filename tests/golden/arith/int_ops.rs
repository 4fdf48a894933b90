// The five arithmetic operators on signed integers, including truncating
// division and the sign of the remainder for negative operands.
fn show(a: i32, b: i32) {
    println!("{} and {}: + {} - {} * {} / {} % {}", a, b, a + b, a - b, a * b, a / b, a % b);
}

fn main() {
    show(17, 5);
    show(-17, 5);
    show(17, -5);
    show(-17, -5);
    show(0, 3);
    show(i32::MAX - 10, 1 - 2);
    let x = -7;
    println!("neg: {} {}", -x, -(-x));
    println!("precedence: {}", 2 + 3 * 4 - 10 / 3 % 2);
    println!("parens: {}", (2 + 3) * (4 - 10) / 3);
}

// CHECK:STDOUT: 17 and 5: + 22 - 12 * 85 / 3 % 2
// CHECK:STDOUT: -17 and 5: + -12 - -22 * -85 / -3 % -2
// CHECK:STDOUT: 17 and -5: + 12 - 22 * -85 / -3 % 2
// CHECK:STDOUT: -17 and -5: + -22 - -12 * 85 / 3 % -2
// CHECK:STDOUT: 0 and 3: + 3 - -3 * 0 / 0 % 0
// CHECK:STDOUT: 2147483637 and -1: + 2147483636 - 2147483638 * -2147483637 / -2147483637 % 0
// CHECK:STDOUT: neg: 7 -7
// CHECK:STDOUT: precedence: 13
// CHECK:STDOUT: parens: -10
