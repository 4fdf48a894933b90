// Eight zip and map adapters deep: the checker solves each item type once
// (this took a minute when nested adapters re-solved their inner ones).
fn main() {
    let v = vec![1, 2];
    let w: Vec<&i32> = v
        .iter()
        .zip(v.iter())
        .map(|(a, _b)| a)
        .zip(v.iter())
        .map(|(a, _b)| a)
        .zip(v.iter())
        .map(|(a, _b)| a)
        .zip(v.iter())
        .map(|(a, _b)| a)
        .zip(v.iter())
        .map(|(a, _b)| a)
        .zip(v.iter())
        .map(|(a, _b)| a)
        .zip(v.iter())
        .map(|(a, _b)| a)
        .zip(v.iter())
        .map(|(a, _b)| a)
        .collect();
    println!("{:?}", w);
}

// CHECK:STDOUT: [1, 2]
