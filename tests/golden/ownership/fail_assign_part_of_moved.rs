// E0382: assigning a field of a struct that was moved away.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn show(p: Point) {
    println!("{:?}", p);
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    show(p);
    p.x = 10;
}

// CHECK:STDERR: error[E0382]: assign to part of moved value: `p`
// CHECK:STDERR:   --> tests/golden/ownership/fail_assign_part_of_moved.rs:15:5
// CHECK:STDERR:    |
// CHECK:STDERR: 13 |     let mut p = Point { x: 1, y: 2 };
// CHECK:STDERR:    |         ----- move occurs because `p` has type `Point`, which does not implement the `Copy` trait
// CHECK:STDERR: 14 |     show(p);
// CHECK:STDERR:    |          - value moved here
// CHECK:STDERR: 15 |     p.x = 10;
// CHECK:STDERR:    |     ^^^^^^^^ value partially assigned here after move
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0382`.
