// for over ranges: exclusive, inclusive, reversed, stepped and empty ones.
fn main() {
    for i in 0..5 {
        print!("{} ", i);
    }
    println!();
    for i in 1..=5 {
        print!("{} ", i);
    }
    println!();
    for i in (0..5).rev() {
        print!("{} ", i);
    }
    println!();
    for i in (0..20).step_by(5) {
        print!("{} ", i);
    }
    println!();
    for i in (1..=10).step_by(3) {
        print!("{} ", i);
    }
    println!();
    for i in (-3..3).rev() {
        print!("{} ", i);
    }
    println!();
    for _ in 5..5 {
        println!("never printed");
    }
    for _ in 6..=5 {
        println!("never printed either");
    }
    let n = 4;
    let mut total: u64 = 0;
    for i in 1..=n * 5 {
        total += i;
    }
    println!("total = {}", total);
    for c in 'a' as u8..='e' as u8 {
        print!("{}", c as char);
    }
    println!();
    let mut last = 0u8;
    for b in 250u8..=255 {
        last = b;
    }
    println!("last = {}", last);
}

// CHECK:STDOUT: 0 1 2 3 4 
// CHECK:STDOUT: 1 2 3 4 5 
// CHECK:STDOUT: 4 3 2 1 0 
// CHECK:STDOUT: 0 5 10 15 
// CHECK:STDOUT: 1 4 7 10 
// CHECK:STDOUT: 2 1 0 -1 -2 -3 
// CHECK:STDOUT: total = 210
// CHECK:STDOUT: abcde
// CHECK:STDOUT: last = 255
