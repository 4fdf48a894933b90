// Debug formatting of strings and chars: quotes and escape sequences.
fn main() {
    println!("{:?}", "plain");
    println!("{:?}", "with \"quotes\"");
    println!("{:?}", "tab\there\nnewline");
    println!("{:?}", "back\\slash");
    println!("{:?}", "nul\0byte");
    println!("{:?}", "bell\u{7}");
    println!("{:?}", "unicode é ✓ 😀");
    println!("{:?}", "single ' quote");
    println!("{:?}", 'a');
    println!("{:?}", '\'');
    println!("{:?}", '"');
    println!("{:?}", '\n');
    println!("{:?}", '\\');
    println!("{:?}", '\u{0}');
    println!("{:?}", 'é');
    println!("{:?}", '\u{7f}');
    println!("[{:>10?}]", "hi");
}

// CHECK:STDOUT: "plain"
// CHECK:STDOUT: "with \"quotes\""
// CHECK:STDOUT: "tab\there\nnewline"
// CHECK:STDOUT: "back\\slash"
// CHECK:STDOUT: "nul\0byte"
// CHECK:STDOUT: "bell\u{7}"
// CHECK:STDOUT: "unicode é ✓ 😀"
// CHECK:STDOUT: "single ' quote"
// CHECK:STDOUT: 'a'
// CHECK:STDOUT: '\''
// CHECK:STDOUT: '"'
// CHECK:STDOUT: '\n'
// CHECK:STDOUT: '\\'
// CHECK:STDOUT: '\0'
// CHECK:STDOUT: 'é'
// CHECK:STDOUT: '\u{7f}'
// CHECK:STDOUT: ["hi"]
