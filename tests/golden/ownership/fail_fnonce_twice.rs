// E0382: a closure that moves what it captured can be called only once.
struct Coin {
    cents: u32,
}

fn spend(c: Coin) -> u32 {
    c.cents
}

fn main() {
    let coin = Coin { cents: 25 };
    let pay = move || spend(coin);
    println!("{}", pay());
    println!("{}", pay());
}

// CHECK:STDERR: error[E0382]: use of moved value: `pay`
// CHECK:STDERR:   --> tests/golden/ownership/fail_fnonce_twice.rs:14:20
// CHECK:STDERR:    |
// CHECK:STDERR: 13 |     println!("{}", pay());
// CHECK:STDERR:    |                    ----- `pay` moved due to this call
// CHECK:STDERR: 14 |     println!("{}", pay());
// CHECK:STDERR:    |                    ^^^ value used here after move
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: closure cannot be invoked more than once because it moves the variable `coin` out of its environment
// CHECK:STDERR:    = note: this value implements `FnOnce`, which causes it to be moved when called
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0382`.
