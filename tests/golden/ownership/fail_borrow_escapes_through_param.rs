// E0597: a reference to a local stored behind a `&mut` parameter would
// outlive the call.
fn fill(slot: &mut Option<&i32>) {
    let local = 42;
    *slot = Some(&local);
}

fn main() {
    let mut slot = None;
    fill(&mut slot);
    println!("{}", slot.is_some());
}

// CHECK:STDERR: error[E0597]: `local` does not live long enough
// CHECK:STDERR:  --> tests/golden/ownership/fail_borrow_escapes_through_param.rs:5:18
// CHECK:STDERR:   |
// CHECK:STDERR: 5 |     *slot = Some(&local);
// CHECK:STDERR:   |     -------------^^^^^^-
// CHECK:STDERR:   |     |            |
// CHECK:STDERR:   |     |            borrowed value does not live long enough
// CHECK:STDERR:   |     this stores a reference to `local` where the caller can still reach it
// CHECK:STDERR: 6 | }
// CHECK:STDERR:   | - `local` dropped here while still borrowed
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0597`.
