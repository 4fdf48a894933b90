// Hello, world: the smallest program, one line through the host's `write`.
fn main() {
    println!("Hello, world!");
    println!("Press Ctrl+Enter (or Cmd+Enter) to run again.");
}
