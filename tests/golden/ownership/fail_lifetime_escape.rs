// E0597: a call whose signature stores its second argument behind its
// first (both `'a`) would keep a reference to a local after the fn returns.
fn remember<'a>(slot: &mut Option<&'a i32>, value: &'a i32) {
    *slot = Some(value);
}

fn fill(slot: &mut Option<&i32>) {
    let local = 42;
    remember(slot, &local);
}

fn main() {
    let mut slot = None;
    fill(&mut slot);
    println!("{}", slot.is_some());
}

// CHECK:STDERR: error[E0597]: `local` does not live long enough
// CHECK:STDERR:   --> tests/golden/ownership/fail_lifetime_escape.rs:9:20
// CHECK:STDERR:    |
// CHECK:STDERR:  9 |     remember(slot, &local);
// CHECK:STDERR:    |     ---------------^^^^^^-
// CHECK:STDERR:    |     |              |
// CHECK:STDERR:    |     |              borrowed value does not live long enough
// CHECK:STDERR:    |     this stores a reference to `local` where the caller can still reach it
// CHECK:STDERR: 10 | }
// CHECK:STDERR:    | - `local` dropped here while still borrowed
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0597`.
