// A module file found both as both.rs and both/mod.rs: E0761.
mod both;

fn main() {
    both::hello();
}

// CHECK:STDERR: error[E0761]: file for module `both` found at both "tests/golden/modules/fail_module_file_ambiguous/both.rs" and "tests/golden/modules/fail_module_file_ambiguous/both/mod.rs"
// CHECK:STDERR:  --> tests/golden/modules/fail_module_file_ambiguous/main.rs:2:1
// CHECK:STDERR:   |
// CHECK:STDERR: 2 | mod both;
// CHECK:STDERR:   | ^^^^^^^^^
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: delete or rename one of them to remove the ambiguity
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0761`.
