// std::process::exit with a code: earlier output, even a line without its
// newline, is flushed; nothing after the call runs.
fn finish(code: i32) {
    print!("exiting with {}", code);
    std::process::exit(code);
}

fn main() {
    print!("partial line, ");
    println!("then a full one");
    eprintln!("a note on stderr");
    finish(3);
    println!("not reached");
}

// CHECK:STDOUT: partial line, then a full one
// CHECK:STDOUT: exiting with 3
// CHECK:STDOUT:NONEWLINE
// CHECK:STDERR: a note on stderr
// CHECK:EXIT: 3
