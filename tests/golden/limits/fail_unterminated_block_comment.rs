// E0758: a block comment that is never closed swallows the rest of the file.
fn main() {
    let x = 1; /* start of a comment that does not end
    println!("{}", x);
}

// CHECK:STDERR: error[E0758]: unterminated block comment
// CHECK:STDERR:  --> tests/golden/limits/fail_unterminated_block_comment.rs:3:16
// CHECK:STDERR:   |
// CHECK:STDERR: 3 |     let x = 1; /* start of a comment that does not end
// CHECK:STDERR:   |                ^^
// CHECK:STDERR:
// CHECK:STDERR: error: expected `}`, found end of file
// CHECK:STDERR:  --> tests/golden/limits/fail_unterminated_block_comment.rs:6:1
// CHECK:STDERR:   |
// CHECK:STDERR: 6 |
// CHECK:STDERR:   | ^ expected `}`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0758`.
