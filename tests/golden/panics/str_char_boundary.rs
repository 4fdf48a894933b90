// Slicing a str inside a multi-byte char panics.
fn main() {
    let s = String::from("héllo");
    let end = s.len() - 4;
    println!("{}", &s[..end]);
}

// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/str_char_boundary.rs:5:21:
// CHECK:STDERR: byte index 2 is not a char boundary of `héllo`
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
