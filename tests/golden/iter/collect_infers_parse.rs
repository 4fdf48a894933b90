// The collect target tells earlier calls their types through the impl's own
// bounds: `Result<Vec<i32>, _>` makes `s.parse()` parse i32s (V: FromIterator<T>
// of the Result impl), likewise Option<Vec<u32>>, Vec<f64> and a HashMap.
use std::collections::HashMap;

fn main() {
    let nums: Result<Vec<i32>, _> = "1 2 3".split(' ').map(|s| s.parse()).collect();
    println!("{:?}", nums);
    let bad: Result<Vec<u8>, _> = "7 300 9".split(' ').map(|s| s.parse()).collect();
    println!("{:?}", bad.is_err());
    let maybe: Option<Vec<u32>> = vec!["4", "x"].iter().map(|s| s.parse().ok()).collect();
    println!("{:?}", maybe);
    let floats: Vec<f64> = "1.5 2.25".split_whitespace().map(|s| s.parse().unwrap()).collect();
    println!("{:?}", floats);
    let counts: HashMap<char, usize> = "abca".chars().map(|c| (c, 1)).collect();
    let mut keys: Vec<_> = counts.keys().collect();
    keys.sort();
    println!("{:?}", keys);
    let total: Result<Vec<i64>, std::num::ParseIntError> =
        "10,-20,30".split(',').map(str::parse).collect();
    println!("{:?}", total.map(|v| v.iter().sum::<i64>()));
}

// CHECK:STDOUT: Ok([1, 2, 3])
// CHECK:STDOUT: true
// CHECK:STDOUT: None
// CHECK:STDOUT: [1.5, 2.25]
// CHECK:STDOUT: ['a', 'b', 'c']
// CHECK:STDOUT: Ok(20)
