// E0508: moving an element out of an array by indexing.
struct Cell {
    alive: bool,
}

fn main() {
    let board = [Cell { alive: true }, Cell { alive: false }];
    let first = board[0];
    println!("{}", first.alive);
}

// CHECK:STDERR: error[E0508]: cannot move out of type `[Cell; 2]`, a non-copy array
// CHECK:STDERR:  --> tests/golden/ownership/fail_move_out_of_index.rs:8:17
// CHECK:STDERR:   |
// CHECK:STDERR: 8 |     let first = board[0];
// CHECK:STDERR:   |                 ^^^^^^^^
// CHECK:STDERR:   |                 |
// CHECK:STDERR:   |                 cannot move out of here
// CHECK:STDERR:   |                 move occurs because `board[_]` has type `Cell`, which does not implement the `Copy` trait
// CHECK:STDERR:   |
// CHECK:STDERR: help: consider borrowing here
// CHECK:STDERR:   |
// CHECK:STDERR: 8 |     let first = &board[0];
// CHECK:STDERR:   |                 +
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0508`.
