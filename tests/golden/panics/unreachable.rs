// unreachable!() reached through a value the program did not expect.
fn weekday_name(day: u32) -> u32 {
    if day < 7 {
        return day + 1;
    }
    unreachable!()
}

fn main() {
    println!("{}", weekday_name(3));
    println!("{}", weekday_name(9));
}

// CHECK:STDOUT: 4
// CHECK:STDERR: thread 'main' panicked at tests/golden/panics/unreachable.rs:6:5:
// CHECK:STDERR: internal error: entered unreachable code
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
