// E0505: a `move` closure takes a value that is still borrowed (it uses the
// whole value, so it captures the whole value).
#[derive(Debug)]
struct Log {
    lines: u32,
}

fn finish(log: Log) -> u32 {
    log.lines
}

fn main() {
    let log = Log { lines: 3 };
    let view = &log;
    let consume = move || finish(log);
    println!("{:?} {}", view, consume());
}

// CHECK:STDERR: error[E0505]: cannot move out of `log` because it is borrowed
// CHECK:STDERR:   --> tests/golden/ownership/fail_move_into_closure_while_borrowed.rs:15:19
// CHECK:STDERR:    |
// CHECK:STDERR: 14 |     let view = &log;
// CHECK:STDERR:    |                ---- borrow of `log` occurs here
// CHECK:STDERR: 15 |     let consume = move || finish(log);
// CHECK:STDERR:    |                   ^^^^^^^        --- move occurs due to use in closure
// CHECK:STDERR:    |                   |
// CHECK:STDERR:    |                   move out of `log` occurs here
// CHECK:STDERR: 16 |     println!("{:?} {}", view, consume());
// CHECK:STDERR:    |                         ---- borrow later used here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0505`.
