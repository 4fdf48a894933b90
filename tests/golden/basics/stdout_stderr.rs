// print!, println!, eprint! and eprintln!: two streams, with and without newlines.
fn main() {
    print!("one ");
    print!("two ");
    println!("three");
    eprint!("warning: ");
    eprintln!("this goes to stderr");
    println!();
    println!("after an empty line");
    eprintln!("{} + {} = {}", 2, 2, 2 + 2);
    print!("no newline at the end");
}

// CHECK:STDOUT: one two three
// CHECK:STDOUT:
// CHECK:STDOUT: after an empty line
// CHECK:STDOUT: no newline at the end
// CHECK:STDOUT:NONEWLINE
// CHECK:STDERR: warning: this goes to stderr
// CHECK:STDERR: 2 + 2 = 4
