// Adapters and consumers on a type parameter bounded by Iterator (through
// the prelude's blanket impls), and zip of two such parameters.
use std::fmt::Debug;

fn collect_all<T: Debug, I: Iterator<Item = T>>(it: I) -> Vec<T> {
    it.collect()
}

fn doubled_evens<I>(it: I) -> usize
where
    I: Iterator<Item = u32>,
{
    it.map(|x| x * 2).filter(|x| x % 4 == 0).count()
}

fn largest<I: Iterator<Item = i64>>(it: I) -> Option<i64> {
    it.max()
}

fn pairs<A: Iterator<Item = i32>, B: Iterator<Item = char>>(a: A, b: B) -> Vec<(i32, char)> {
    a.zip(b).collect()
}

fn main() {
    println!("{:?}", collect_all("abc".chars()));
    println!("{}", doubled_evens(vec![1u32, 2, 3, 4].into_iter()));
    println!("{:?}", largest(vec![3i64, 9, 2].into_iter()));
    println!("{:?}", pairs(1..4, "xyz".chars()));
    let mut it = (1..10).filter(|x| x % 3 == 0);
    let first = it.next();
    let rest: Vec<i32> = it.collect();
    println!("{:?} {:?}", first, rest);
}

// CHECK:STDOUT: ['a', 'b', 'c']
// CHECK:STDOUT: 2
// CHECK:STDOUT: Some(9)
// CHECK:STDOUT: [(1, 'x'), (2, 'y'), (3, 'z')]
// CHECK:STDOUT: Some(3) [6, 9]
