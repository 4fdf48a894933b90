// The first program: prints one line through the host's `write`.
fn main() {
    println!("Hello, world!");
}
