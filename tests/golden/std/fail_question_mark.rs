// `?` in a fn that returns neither Option nor Result, and `?` passing on an
// error of a different type (both E0277).
fn half(x: i32) -> Option<i32> {
    if x % 2 == 0 {
        Some(x / 2)
    } else {
        None
    }
}

fn check(x: i32) -> Result<i32, bool> {
    if x > 0 {
        Ok(x)
    } else {
        Err(false)
    }
}

fn both(x: i32) -> Result<i32, char> {
    let v = check(x)?;
    Ok(v)
}

fn main() {
    let h = half(4)?;
    println!("{} {:?}", h, both(1));
}

// CHECK:STDERR: error[E0277]: `?` couldn't convert the error to `char`
// CHECK:STDERR:   --> tests/golden/std/fail_question_mark.rs:20:21
// CHECK:STDERR:    |
// CHECK:STDERR: 20 |     let v = check(x)?;
// CHECK:STDERR:    |                     ^ the trait `From<bool>` is not implemented for `char`
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: the question mark operation (`?`) implicitly performs a conversion on the error value using the `From` trait
// CHECK:STDERR:
// CHECK:STDERR: error[E0277]: the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)
// CHECK:STDERR:   --> tests/golden/std/fail_question_mark.rs:25:20
// CHECK:STDERR:    |
// CHECK:STDERR: 25 |     let h = half(4)?;
// CHECK:STDERR:    |                    ^ cannot use the `?` operator in a function that returns `()`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0277`.
