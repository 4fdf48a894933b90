// Functions that call each other before their definition, and deep-ish recursion.
fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn ackermann(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

fn sum_to(n: i64) -> i64 {
    if n == 0 { 0 } else { n + sum_to(n - 1) }
}

fn main() {
    println!("is_even(10) = {}, is_odd(7) = {}, is_even(7) = {}", is_even(10), is_odd(7), is_even(7));
    println!("ackermann(2, 3) = {}", ackermann(2, 3));
    println!("ackermann(3, 3) = {}", ackermann(3, 3));
    println!("sum_to(1000) = {}", sum_to(1000));
}

// CHECK:STDOUT: is_even(10) = true, is_odd(7) = true, is_even(7) = false
// CHECK:STDOUT: ackermann(2, 3) = 9
// CHECK:STDOUT: ackermann(3, 3) = 61
// CHECK:STDOUT: sum_to(1000) = 500500
