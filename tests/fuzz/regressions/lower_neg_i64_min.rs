fn main() {
    let a: i64 = -9223372036854775808;
    println!("{}", a);
}
