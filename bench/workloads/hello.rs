// hello: the smallest program — one line through env.write.
fn main() {
    println!("Hello, world!");
}
