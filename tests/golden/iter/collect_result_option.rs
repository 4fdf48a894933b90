// `collect` into `Result<Vec<T>, E>` (stopping at the first `Err`, which is
// the result) and into `Option<Vec<T>>`, as rustc's FromIterator impls do.
fn parse_all(s: &str) -> Result<Vec<i32>, std::num::ParseIntError> {
    s.split(',').map(|x| x.trim().parse::<i32>()).collect()
}
fn main() {
    let r: Result<Vec<i32>, _> = "1,2,x".split(',').map(|s| s.parse::<i32>()).collect();
    println!("{:?}", r.is_err());
    let r2: Result<Vec<i32>, std::num::ParseIntError> = "1,2,3".split(',').map(|s| s.parse::<i32>()).collect();
    println!("{:?}", r2);
    println!("{:?} {:?}", parse_all("4, 5"), parse_all("4,,5").map_err(|e| e.to_string()));
    let o: Option<Vec<u32>> = "123".chars().map(|c| c.to_digit(10)).collect();
    let n: Option<Vec<u32>> = "1a3".chars().map(|c| c.to_digit(10)).collect();
    println!("{:?} {:?}", o, n);
    let words: Result<Vec<String>, String> = vec!["a", "b"].into_iter().map(|w| if w.is_empty() { Err("empty".to_string()) } else { Ok(w.to_uppercase()) }).collect();
    println!("{:?}", words);
}

// CHECK:STDOUT: true
// CHECK:STDOUT: Ok([1, 2, 3])
// CHECK:STDOUT: Ok([4, 5]) Err("cannot parse integer from empty string")
// CHECK:STDOUT: Some([1, 2, 3]) None
// CHECK:STDOUT: Ok(["A", "B"])
