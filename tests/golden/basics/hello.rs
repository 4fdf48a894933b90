// The smallest program: one line of output.
fn main() {
    println!("Hello, WebAssembly!");
}

// CHECK:STDOUT: Hello, WebAssembly!
