// E0597: a reference outlives the block that owns what it points to.
fn main() {
    let longest;
    {
        let word = [b'h', b'i'];
        longest = &word;
    }
    println!("{:?}", longest);
}

// CHECK:STDERR: error[E0597]: `word` does not live long enough
// CHECK:STDERR:  --> tests/golden/ownership/fail_does_not_live_long_enough.rs:6:19
// CHECK:STDERR:   |
// CHECK:STDERR: 6 |         longest = &word;
// CHECK:STDERR:   |                   ^^^^^ borrowed value does not live long enough
// CHECK:STDERR: 7 |     }
// CHECK:STDERR:   |     - `word` dropped here while still borrowed
// CHECK:STDERR: 8 |     println!("{:?}", longest);
// CHECK:STDERR:   |                      ------- borrow later used here
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0597`.
