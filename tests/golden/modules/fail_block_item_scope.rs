// An item declared in a block is visible only inside that block.
fn main() {
    {
        fn helper() -> i32 {
            1
        }
        println!("{}", helper());
    }
    println!("{}", helper());
}

// CHECK:STDERR: error[E0425]: cannot find function `helper` in this scope
// CHECK:STDERR:  --> tests/golden/modules/fail_block_item_scope.rs:9:20
// CHECK:STDERR:   |
// CHECK:STDERR: 9 |     println!("{}", helper());
// CHECK:STDERR:   |                    ^^^^^^ not found in this scope
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0425`.
