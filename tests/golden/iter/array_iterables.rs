// Array references as iterables (`zip(&arr)`, `extend(&[..])`), an
// iterator held in a variable reversed by a for loop, chars chained and
// zipped, and an Iterator-bounded fn given a chain with a Vec.
fn total<I: Iterator<Item = i32>>(it: I) -> i32 {
    it.sum()
}

fn main() {
    let arr = [1, 2, 3];
    let mut m = [10, 20, 30];
    for (x, y) in arr.iter().zip(&mut m) {
        *y += x;
    }
    println!("{:?}", m);
    let c: Vec<i32> = arr.iter().chain(&m).rev().copied().collect();
    println!("{:?}", c);
    println!("{}", total(arr.iter().copied().chain(vec![4, 5])));
    let mut v: Vec<u64> = Vec::new();
    v.extend(&[7u64, 8]);
    v.extend([1u64, 2].iter());
    println!("{:?}", v);
    let it = v.iter();
    for x in it.rev() {
        print!("{} ", x);
    }
    println!();
    let s = String::from("hello");
    let both: String = s.chars().chain("!?".chars()).rev().collect();
    println!("{}", both);
    let pairs: Vec<(char, u8)> = s.chars().zip(s.bytes()).collect();
    println!("{:?}", pairs);
}

// CHECK:STDOUT: [11, 22, 33]
// CHECK:STDOUT: [33, 22, 11, 3, 2, 1]
// CHECK:STDOUT: 15
// CHECK:STDOUT: [7, 8, 1, 2]
// CHECK:STDOUT: 2 1 8 7 
// CHECK:STDOUT: ?!olleh
// CHECK:STDOUT: [('h', 104), ('e', 101), ('l', 108), ('l', 108), ('o', 111)]
