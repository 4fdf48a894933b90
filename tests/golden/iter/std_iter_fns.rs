// The free functions of std::iter: once, repeat, empty, from_fn and
// successors, alone and as arguments of chain, zip and extend.
use std::iter;

fn main() {
    let a = vec![1, 2, 3];
    let v: Vec<i32> = a.iter().cloned().chain(std::iter::once(4)).collect();
    println!("{:?}", v);
    let w: Vec<i32> = iter::once(0).chain(a.iter().copied()).rev().collect();
    println!("{:?}", w);
    let r: Vec<&str> = iter::repeat("ab").take(3).collect();
    println!("{}", r.concat());
    let e: Vec<i32> = iter::empty().collect();
    println!("{:?} {}", e, iter::empty::<u8>().count());
    let mut n = 0;
    let squares: Vec<i32> = iter::from_fn(|| {
        n += 1;
        if n <= 3 {
            Some(n * n)
        } else {
            None
        }
    })
    .collect();
    println!("{:?}", squares);
    let powers: Vec<u32> =
        iter::successors(Some(1u32), |x| if *x < 100 { Some(x * 3) } else { None }).collect();
    println!("{:?}", powers);
    for (x, y) in a.iter().zip(iter::repeat('z')) {
        print!("{}{} ", x, y);
    }
    println!();
    let mut v2 = vec![1];
    v2.extend(iter::once(2));
    v2.extend(iter::repeat(9).take(2));
    println!("{:?}", v2);
    let s: &str = "ref";
    let r2 = &s;
    let copies: Vec<&str> = vec![s.clone(), r2.clone()];
    println!("{:?}", copies);
}

// CHECK:STDOUT: [1, 2, 3, 4]
// CHECK:STDOUT: [3, 2, 1, 0]
// CHECK:STDOUT: ababab
// CHECK:STDOUT: [] 0
// CHECK:STDOUT: [1, 4, 9]
// CHECK:STDOUT: [1, 3, 9, 27, 81, 243]
// CHECK:STDOUT: 1z 2z 3z 
// CHECK:STDOUT: [1, 2, 9, 9]
// CHECK:STDOUT: ["ref", "ref"]
