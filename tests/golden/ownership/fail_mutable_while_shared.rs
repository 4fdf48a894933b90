// E0502: a mutable borrow while a shared borrow is still used later.
#[derive(Debug)]
struct Inventory {
    apples: u32,
}

fn restock(inv: &mut Inventory) {
    inv.apples += 10;
}

fn main() {
    let mut inv = Inventory { apples: 1 };
    let view = &inv;
    restock(&mut inv);
    println!("{:?}", view);
}

// CHECK:STDERR: error[E0502]: cannot borrow `inv` as mutable because it is also borrowed as immutable
// CHECK:STDERR:   --> tests/golden/ownership/fail_mutable_while_shared.rs:14:13
// CHECK:STDERR:    |
// CHECK:STDERR: 13 |     let view = &inv;
// CHECK:STDERR:    |                ---- immutable borrow occurs here
// CHECK:STDERR: 14 |     restock(&mut inv);
// CHECK:STDERR:    |             ^^^^^^^^ mutable borrow occurs here
// CHECK:STDERR: 15 |     println!("{:?}", view);
// CHECK:STDERR:    |                      ---- immutable borrow later used here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0502`.
