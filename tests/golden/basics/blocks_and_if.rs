// Blocks and if/else used as expressions.
fn abs_diff(a: i32, b: i32) -> i32 {
    if a > b { a - b } else { b - a }
}

fn main() {
    let n = 17;
    let kind = if n % 2 == 0 { "even" } else { "odd" };
    println!("{} is {}", n, kind);

    let y = {
        let a = 3;
        let b = 4;
        a * a + b * b
    };
    println!("y = {}", y);

    let grade = if y >= 90 {
        'A'
    } else if y >= 50 {
        'B'
    } else if y >= 20 {
        'C'
    } else {
        'F'
    };
    println!("grade {}", grade);

    let nested = {
        let inner = { 10 * 10 };
        if inner > 50 { inner - 50 } else { inner }
    };
    println!("nested = {}", nested);
    println!("abs_diff = {} {}", abs_diff(3, 10), abs_diff(10, 3));

    let unit = {
        println!("a block whose value is ()");
    };
    println!("{:?}", unit);
}

// CHECK:STDOUT: 17 is odd
// CHECK:STDOUT: y = 25
// CHECK:STDOUT: grade C
// CHECK:STDOUT: nested = 50
// CHECK:STDOUT: abs_diff = 7 7
// CHECK:STDOUT: a block whose value is ()
// CHECK:STDOUT: ()
