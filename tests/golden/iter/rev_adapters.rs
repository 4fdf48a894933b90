// `rev` of the double-ended adapters: chain, zip and enumerate (which
// count from the back), map, filter, cloned and copied; and `for` loops
// over such chains, with `enumerate` before `rev`.
fn main() {
    let a = vec![1, 2, 3];
    let b = vec![10, 20, 30, 40];
    let c: Vec<i32> = a.iter().chain(&b).rev().cloned().collect();
    println!("{:?}", c);
    let d: Vec<i32> = a.iter().cloned().chain(b.iter().copied()).rev().collect();
    println!("{:?}", d);
    for (i, x) in a.iter().enumerate().rev() {
        print!("{}:{} ", i, x);
    }
    println!();
    for (x, y) in a.iter().zip(b.iter()).rev() {
        print!("{}{} ", x, y);
    }
    println!();
    let z: Vec<(i32, i32)> = b.iter().cloned().zip(a.iter().cloned()).rev().collect();
    println!("{:?}", z);
    let w: Vec<(usize, &i32)> = b.iter().enumerate().rev().skip(1).collect();
    println!("{:?}", w);
    let u: Vec<(usize, char)> = "hey".chars().rev().enumerate().collect();
    println!("{:?}", u);
    for (i, (x, y)) in a.iter().zip(&b).enumerate().rev() {
        print!("{}:{}/{} ", i, x, y);
    }
    println!();
    for x in a.iter().chain(&b).rev().step_by(2) {
        print!("{} ", x);
    }
    println!();
    let evens: Vec<i32> = b.iter().map(|x| x / 10).filter(|x| x % 2 == 0).rev().collect();
    println!("{:?}", evens);
    let r = 0..3;
    for i in r.rev() {
        print!("{} ", i);
    }
    println!();
    let mut it = a.iter().enumerate();
    it.next();
    let rest: Vec<(usize, &i32)> = it.rev().collect();
    println!("{:?}", rest);
}

// CHECK:STDOUT: [40, 30, 20, 10, 3, 2, 1]
// CHECK:STDOUT: [40, 30, 20, 10, 3, 2, 1]
// CHECK:STDOUT: 2:3 1:2 0:1 
// CHECK:STDOUT: 330 220 110 
// CHECK:STDOUT: [(30, 3), (20, 2), (10, 1)]
// CHECK:STDOUT: [(2, 30), (1, 20), (0, 10)]
// CHECK:STDOUT: [(0, 'y'), (1, 'e'), (2, 'h')]
// CHECK:STDOUT: 2:3/30 1:2/20 0:1/10 
// CHECK:STDOUT: 40 20 3 1 
// CHECK:STDOUT: [4, 2]
// CHECK:STDOUT: 2 1 0 
// CHECK:STDOUT: [(2, 3), (1, 2)]
