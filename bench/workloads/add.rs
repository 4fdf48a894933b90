// add: a two-argument function and a tiny fold over it.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let mut sum: i32 = 0;
    for i in 0..1000 {
        sum = add(sum, i);
    }
    println!("{}", sum);
}
