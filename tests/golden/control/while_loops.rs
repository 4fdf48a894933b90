// while loops: counting, a condition computed in the body, and nested loops.
fn digits(mut n: u32) -> u32 {
    let mut count = 0;
    while n > 0 {
        n /= 10;
        count += 1;
    }
    count
}

fn main() {
    let mut i = 0;
    while i < 5 {
        print!("{} ", i);
        i += 1;
    }
    println!();

    println!("digits: {} {} {}", digits(7), digits(1000), digits(4_294_967_295));

    let mut row = 1;
    while row <= 3 {
        let mut col = 1;
        while col <= row {
            print!("*");
            col += 1;
        }
        println!();
        row += 1;
    }

    let mut n = 0;
    while n * n < 200 {
        n += 1;
    }
    println!("first square >= 200: {}^2 = {}", n, n * n);

    let mut never = 0;
    while false {
        never += 1;
    }
    println!("never = {}", never);
}

// CHECK:STDOUT: 0 1 2 3 4 
// CHECK:STDOUT: digits: 1 4 10
// CHECK:STDOUT: *
// CHECK:STDOUT: **
// CHECK:STDOUT: ***
// CHECK:STDOUT: first square >= 200: 15^2 = 225
// CHECK:STDOUT: never = 0
