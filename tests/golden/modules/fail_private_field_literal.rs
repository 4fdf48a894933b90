// A struct literal setting a private field outside the struct's module
// (E0451), while `pub` fields may be set.
mod config {
    pub struct Config {
        pub name: String,
        secret: u64,
    }

    pub fn default_config() -> Config {
        Config { name: String::from("default"), secret: 42 }
    }
}

fn main() {
    let d = config::default_config();
    let c = config::Config { name: String::from("mine"), secret: 7 };
    println!("{} {}", d.name, c.name);
}

// CHECK:STDERR: error[E0451]: field `secret` of struct `Config` is private
// CHECK:STDERR:   --> tests/golden/modules/fail_private_field_literal.rs:16:58
// CHECK:STDERR:    |
// CHECK:STDERR: 16 |     let c = config::Config { name: String::from("mine"), secret: 7 };
// CHECK:STDERR:    |                                                          ^^^^^^ private field
// CHECK:STDERR:    |
// CHECK:STDERR:    = help: consider making the field publicly accessible (`pub secret`), or building the struct with a `pub fn new` in its module
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0451`.
