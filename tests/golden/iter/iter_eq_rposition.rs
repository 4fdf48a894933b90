// Iterators compared item by item (`eq`, `ne`) and `rposition`, which
// searches from the back of an iterator that knows its length.
fn main() {
    println!("{}", (0..3).eq(0..3));
    println!("{}", vec![1, 2].iter().eq([1, 2].iter()));
    println!("{}", (0..3).eq(0..4));
    println!("{}", "abc".chars().ne("abd".chars()));
    let words = vec!["apple", "bob", "kayak"];
    let pals: Vec<&&str> = words.iter().filter(|w| w.chars().eq(w.chars().rev())).collect();
    println!("{:?}", pals);
    println!("{:?}", [1, 5, 2, 7].iter().rposition(|&x| x > 4));
    println!("{:?}", [1, 5, 2, 7].iter().rposition(|&x| x > 9));
    let v = vec![5, 3, 8, 1];
    println!("{:?}", v.iter().rposition(|&x| x > 4));
}

// CHECK:STDOUT: true
// CHECK:STDOUT: true
// CHECK:STDOUT: false
// CHECK:STDOUT: true
// CHECK:STDOUT: ["bob", "kayak"]
// CHECK:STDOUT: Some(3)
// CHECK:STDOUT: None
// CHECK:STDOUT: Some(2)
