// E0063: a struct literal leaves a field out.
struct Account {
    id: u32,
    balance: i64,
}

fn main() {
    let a = Account { id: 7 };
    println!("{}", a.id);
}

// CHECK:STDERR: error[E0063]: missing field `balance` in initializer of `Account`
// CHECK:STDERR:  --> tests/golden/diagnostics/fail_struct_literal_missing_field.rs:8:13
// CHECK:STDERR:   |
// CHECK:STDERR: 8 |     let a = Account { id: 7 };
// CHECK:STDERR:   |             ^^^^^^^ missing `balance`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0063`.
