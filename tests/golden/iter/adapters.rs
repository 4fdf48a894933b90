// Iterator adapters as values: map, filter, enumerate, rev, skip, take,
// zip, chain, step_by, filter_map, take_while, skip_while, peekable,
// cloned and copied, over slices, Vecs, ranges and strings.
fn main() {
    let v: Vec<i32> = (1..=10).filter(|x| x % 2 == 0).map(|x| x * x).collect();
    println!("{:?}", v);
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    println!("{:?}", doubled);
    for (i, x) in v.iter().enumerate().skip(1) {
        println!("{}: {}", i, x);
    }
    let back: Vec<&i32> = v.iter().rev().take(2).collect();
    println!("{:?}", back);
    let names = ["ann", "bob", "cy"];
    let ages = [31, 42, 27];
    for (n, a) in names.iter().zip(ages.iter()) {
        println!("{} is {}", n, a);
    }
    let joined: Vec<i32> = (1..3).chain(7..9).collect();
    println!("{:?}", joined);
    let stepped: Vec<u32> = (0..20).step_by(5).collect();
    println!("{:?}", stepped);
    let parsed: Vec<usize> = "a bb x ccc".split_whitespace().filter_map(|w| if w == "x" { None } else { Some(w.len()) }).collect();
    println!("{:?}", parsed);
    let small: Vec<i32> = v.iter().copied().take_while(|&x| x < 40).collect();
    let rest: Vec<i32> = v.iter().cloned().skip_while(|x| *x < 40).collect();
    println!("{:?} {:?}", small, rest);
    let mut it = [1, 1, 2, 3, 3, 3].iter().peekable();
    while let Some(x) = it.next() {
        let mut run = 1;
        while it.peek() == Some(&x) {
            it.next();
            run += 1;
        }
        print!("{}x{} ", run, x);
    }
    println!();
    let word: String = "stressed".chars().rev().collect();
    println!("{}", word);
    let mut evens = (0..).step_by(2);
    println!("{:?} {:?} {:?}", evens.next(), evens.next(), evens.nth(3));
    let mut nums = vec![3, 1, 2];
    for x in nums.iter_mut().rev() {
        *x *= 10;
    }
    println!("{:?}", nums);
    let owned = vec![String::from("a"), String::from("bb"), String::from("ccc")];
    let lens: Vec<usize> = owned.into_iter().map(|s| s.len()).collect();
    println!("{:?}", lens);
    for (i, c) in "héllo".char_indices().filter(|(_, c)| *c != 'l') {
        print!("{}{} ", i, c);
    }
    println!();
    let bytes: Vec<u8> = "abc".bytes().rev().collect();
    println!("{:?}", bytes);
    for x in (0..10).rev().step_by(3) {
        print!("{} ", x);
    }
    println!();
    let r = 1..4;
    println!("{} {}", r.contains(&3), (1..=4).contains(&5));
}

// CHECK:STDOUT: [4, 16, 36, 64, 100]
// CHECK:STDOUT: [8, 32, 72, 128, 200]
// CHECK:STDOUT: 1: 16
// CHECK:STDOUT: 2: 36
// CHECK:STDOUT: 3: 64
// CHECK:STDOUT: 4: 100
// CHECK:STDOUT: [100, 64]
// CHECK:STDOUT: ann is 31
// CHECK:STDOUT: bob is 42
// CHECK:STDOUT: cy is 27
// CHECK:STDOUT: [1, 2, 7, 8]
// CHECK:STDOUT: [0, 5, 10, 15]
// CHECK:STDOUT: [1, 2, 3]
// CHECK:STDOUT: [4, 16, 36] [64, 100]
// CHECK:STDOUT: 2x1 1x2 3x3 
// CHECK:STDOUT: desserts
// CHECK:STDOUT: Some(0) Some(2) Some(10)
// CHECK:STDOUT: [30, 10, 20]
// CHECK:STDOUT: [1, 2, 3]
// CHECK:STDOUT: 0h 1é 5o 
// CHECK:STDOUT: [99, 98, 97]
// CHECK:STDOUT: 9 6 3 0 
// CHECK:STDOUT: true false
