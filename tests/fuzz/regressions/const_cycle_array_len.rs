const N: usize = N;
fn main() {
    let a: [i32; N] = [0; N];
}
