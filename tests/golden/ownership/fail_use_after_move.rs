// E0382: a struct without Copy is moved by `let`, then used again.
#[derive(Debug, Clone)]
struct Config {
    depth: u32,
}

fn main() {
    let config = Config { depth: 3 };
    let saved = config;
    println!("{:?} {:?}", saved, config);
}

// CHECK:STDERR: error[E0382]: borrow of moved value: `config`
// CHECK:STDERR:   --> tests/golden/ownership/fail_use_after_move.rs:10:34
// CHECK:STDERR:    |
// CHECK:STDERR:  8 |     let config = Config { depth: 3 };
// CHECK:STDERR:    |         ------ move occurs because `config` has type `Config`, which does not implement the `Copy` trait
// CHECK:STDERR:  9 |     let saved = config;
// CHECK:STDERR:    |                 ------ value moved here
// CHECK:STDERR: 10 |     println!("{:?} {:?}", saved, config);
// CHECK:STDERR:    |                                  ^^^^^^ value borrowed here after move
// CHECK:STDERR:    |
// CHECK:STDERR: help: consider cloning the value if the performance cost is acceptable
// CHECK:STDERR:    |
// CHECK:STDERR:  9 |     let saved = config.clone();
// CHECK:STDERR:    |                       ++++++++
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0382`.
