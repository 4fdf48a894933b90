// `collect` can build many collections: without a type it cannot know which.
fn main() {
    let doubled = (1..4).map(|x| x * 2).collect();
    println!("done");
}

// CHECK:STDERR: error[E0282]: type annotations needed
// CHECK:STDERR:  --> tests/golden/iter/fail_collect_type.rs:3:41
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let doubled = (1..4).map(|x| x * 2).collect();
// CHECK:STDERR:   |                                         ^^^^^^^ cannot infer the type of a generic parameter
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: give the generic arguments explicitly, as in `f::<i32>(..)`
// CHECK:STDERR:
// CHECK:STDERR: error[E0282]: type annotations needed
// CHECK:STDERR:  --> tests/golden/iter/fail_collect_type.rs:3:9
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let doubled = (1..4).map(|x| x * 2).collect();
// CHECK:STDERR:   |         ^^^^^^^
// CHECK:STDERR:   |
// CHECK:STDERR: help: consider giving `doubled` an explicit type
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let doubled: /* Type */ = (1..4).map(|x| x * 2).collect();
// CHECK:STDERR:   |                ++++++++++++
// CHECK:STDERR:
// CHECK:STDERR: warning: unused variable: `doubled`
// CHECK:STDERR:  --> tests/golden/iter/fail_collect_type.rs:3:9
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let doubled = (1..4).map(|x| x * 2).collect();
// CHECK:STDERR:   |         ^^^^^^^
// CHECK:STDERR:   |
// CHECK:STDERR: help: if this is intentional, prefix it with an underscore
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let _doubled = (1..4).map(|x| x * 2).collect();
// CHECK:STDERR:   |         +
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors; 1 warning emitted
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0282`.
