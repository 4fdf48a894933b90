const A: i32 = A;
fn main() {
    let a = A;
}
