// Output that does not end with a newline, and lines with trailing spaces.
fn main() {
    println!("trailing spaces   ");
    print!("a");
    print!("b");
    println!();
    println!("");
    print!("last line without newline");
}

// CHECK:STDOUT: trailing spaces   
// CHECK:STDOUT: ab
// CHECK:STDOUT:
// CHECK:STDOUT: last line without newline
// CHECK:STDOUT:NONEWLINE
