// Brace escapes, positional arguments, and inline named arguments.
fn main() {
    println!("{{}}");
    println!("{{{}}}", 5);
    println!("set = {{ {}, {} }}", 1, 2);
    println!("{0} {1} {0}", "a", "b");
    println!("{1} comes after {0}", "first", "second");
    println!("{0}{0}{0}", 7);
    let x = 10;
    let name = "wasm";
    println!("x = {x}, name = {name}");
    println!("{x:>5}|{x:<5}|{x:^5}|");
    println!("{x:#x} {x:b} {x:?}");
    let ratio = 2.0 / 3.0;
    println!("{ratio:.3}");
    println!("{} {x} {}", 1, 2);
}

// CHECK:STDOUT: {}
// CHECK:STDOUT: {5}
// CHECK:STDOUT: set = { 1, 2 }
// CHECK:STDOUT: a b a
// CHECK:STDOUT: second comes after first
// CHECK:STDOUT: 777
// CHECK:STDOUT: x = 10, name = wasm
// CHECK:STDOUT:    10|10   | 10  |
// CHECK:STDOUT: 0xa 1010 10
// CHECK:STDOUT: 0.667
// CHECK:STDOUT: 1 10 2
