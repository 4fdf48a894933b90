// `mod name;` with neither name.rs nor name/mod.rs beside the file: E0583,
// naming both paths that were looked at.
mod present;
mod absent;

fn main() {
    println!("{}", present::value());
}

// CHECK:STDERR: error[E0583]: file not found for module `absent`
// CHECK:STDERR:  --> tests/golden/modules/fail_missing_module_file/main.rs:4:1
// CHECK:STDERR:   |
// CHECK:STDERR: 4 | mod absent;
// CHECK:STDERR:   | ^^^^^^^^^^^
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: if there is a `mod absent` elsewhere in the crate already, import it with `use crate::...` instead
// CHECK:STDERR:   = help: to create the module `absent`, create file "tests/golden/modules/fail_missing_module_file/absent.rs" or "tests/golden/modules/fail_missing_module_file/absent/mod.rs"
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0583`.
