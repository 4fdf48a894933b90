// Assertions that hold do nothing; the program exits normally.
fn main() {
    let x = 6 * 7;
    assert!(x == 42);
    assert!(x > 0, "x must be positive, was {}", x);
    assert_eq!(x, 42);
    assert_eq!(x % 5, 2);
    println!("all assertions passed");
}

// CHECK:STDOUT: all assertions passed
