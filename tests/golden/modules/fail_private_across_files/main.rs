// Privacy across files: a private fn and a private field of a module file,
// used from the crate root; the errors in the module file itself name it.
mod bank;

fn main() {
    let acct = bank::Account::open(10);
    println!("{}", acct.balance);
    bank::audit(&acct);
}

// CHECK:STDERR: error[E0603]: function `audit` is private
// CHECK:STDERR:  --> tests/golden/modules/fail_private_across_files/main.rs:8:11
// CHECK:STDERR:   |
// CHECK:STDERR: 8 |     bank::audit(&acct);
// CHECK:STDERR:   |           ^^^^^ private function
// CHECK:STDERR:   |
// CHECK:STDERR:   = note: the function `audit` is defined at tests/golden/modules/fail_private_across_files/bank.rs:13:1
// CHECK:STDERR:   = help: consider making it public: `pub fn audit` (or `pub(crate)`)
// CHECK:STDERR:
// CHECK:STDERR: error[E0308]: mismatched types
// CHECK:STDERR:   --> tests/golden/modules/fail_private_across_files/bank.rs:14:22
// CHECK:STDERR:    |
// CHECK:STDERR: 14 |     let limit: i64 = "none";
// CHECK:STDERR:    |                ---   ^^^^^^ expected `i64`, found `&str`
// CHECK:STDERR:    |                |
// CHECK:STDERR:    |                expected due to this
// CHECK:STDERR:
// CHECK:STDERR: error[E0616]: field `balance` of struct `Account` is private
// CHECK:STDERR:  --> tests/golden/modules/fail_private_across_files/main.rs:7:25
// CHECK:STDERR:   |
// CHECK:STDERR: 7 |     println!("{}", acct.balance);
// CHECK:STDERR:   |                         ^^^^^^^ private field
// CHECK:STDERR:   |
// CHECK:STDERR:   = help: consider making the field publicly accessible: `pub balance` in `Account`, or adding a `pub` method that returns it
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 3 previous errors
// CHECK:STDERR:
// CHECK:STDERR: Some errors have detailed explanations: E0308, E0603, E0616.
// CHECK:STDERR: For more information about an error, try `wasmrust explain E0308`.
