// `write!` writes into the Formatter a Display or Debug impl receives;
// writing into a String is not supported yet (and needs
// `std::fmt::Write` in scope in Rust).
fn main() {
    let mut s = String::new();
    write!(s, "{}", 42);
    println!("{}", s);
}

// CHECK:STDERR: error[W0005]: `write!` into `String` is not supported by WasmRust yet
// CHECK:STDERR:  --> tests/golden/format/fail_write_into_string.rs:6:12
// CHECK:STDERR:   |
// CHECK:STDERR: 6 |     write!(s, "{}", 42);
// CHECK:STDERR:   |            ^ not a `&mut fmt::Formatter`
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: WasmRust's `write!` writes into the formatter a `Display` or `Debug` impl's `fmt` receives; build a String with `format!` or `push_str` instead
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W0005`.
