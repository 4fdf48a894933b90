// Comparison operators on integers, floats, bools and chars, and the logical
// operators with their short-circuit evaluation.
fn noisy(label: &str, value: bool) -> bool {
    println!("  evaluated {}", label);
    value
}

fn main() {
    println!("{} {} {} {} {} {}", 1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 5 != 5);
    println!("{} {}", -1i32 < 1, 200u8 > 100);
    println!("{} {} {}", 0.5 < 0.25, 1.0 == 1.0, 2.0f32 >= 2.0);
    println!("{} {}", false < true, 'a' < 'b');

    println!("false && ...:");
    let r1 = noisy("left", false) && noisy("right", true);
    println!("= {}", r1);
    println!("true && ...:");
    let r2 = noisy("left", true) && noisy("right", false);
    println!("= {}", r2);
    println!("true || ...:");
    let r3 = noisy("left", true) || noisy("right", false);
    println!("= {}", r3);
    println!("false || ...:");
    let r4 = noisy("left", false) || noisy("right", true);
    println!("= {}", r4);

    let x = 7;
    let in_range = x > 0 && x < 10 || x == 100;
    println!("in range: {}", in_range);
    println!("{}", !(x == 7) || !true);
}

// CHECK:STDOUT: true true false false true false
// CHECK:STDOUT: true true
// CHECK:STDOUT: false true true
// CHECK:STDOUT: true true
// CHECK:STDOUT: false && ...:
// CHECK:STDOUT:   evaluated left
// CHECK:STDOUT: = false
// CHECK:STDOUT: true && ...:
// CHECK:STDOUT:   evaluated left
// CHECK:STDOUT:   evaluated right
// CHECK:STDOUT: = false
// CHECK:STDOUT: true || ...:
// CHECK:STDOUT:   evaluated left
// CHECK:STDOUT: = true
// CHECK:STDOUT: false || ...:
// CHECK:STDOUT:   evaluated left
// CHECK:STDOUT:   evaluated right
// CHECK:STDOUT: = true
// CHECK:STDOUT: in range: true
// CHECK:STDOUT: false
