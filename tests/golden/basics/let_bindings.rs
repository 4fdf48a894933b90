// let, let mut, shadowing (also with a new type) and deferred initialization.
fn classify(n: i32) -> i32 {
    let code;
    if n < 0 {
        code = -1;
    } else if n == 0 {
        code = 0;
    } else {
        code = 1;
    }
    code
}

fn main() {
    let a = 5;
    let mut b = 10;
    b += a;
    println!("a = {}, b = {}", a, b);

    let x = 2;
    let x = x * 3;
    {
        let x = x + 100;
        println!("inner x = {}", x);
    }
    println!("outer x = {}", x);

    let value = "forty-two";
    println!("value = {}", value);
    let value = value == "forty-two";
    println!("shadowed with another type: {}", value);

    let parity;
    if b % 2 == 0 {
        parity = "even";
    } else {
        parity = "odd";
    }
    println!("b is {}", parity);

    println!("classify: {} {} {}", classify(-9), classify(0), classify(9));

    let typed: u8 = 200;
    let inferred = 3_000_000_000u32;
    let _unused = 1;
    println!("{} {}", typed, inferred);
}

// CHECK:STDOUT: a = 5, b = 15
// CHECK:STDOUT: inner x = 106
// CHECK:STDOUT: outer x = 6
// CHECK:STDOUT: value = forty-two
// CHECK:STDOUT: shadowed with another type: true
// CHECK:STDOUT: b is odd
// CHECK:STDOUT: classify: -1 0 1
// CHECK:STDOUT: 200 3000000000
