// skip and take from the back (over exact-size iterators), and len of
// skip, take and zip.
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let a: Vec<&i32> = v.iter().skip(1).rev().collect();
    let b: Vec<&i32> = v.iter().take(3).rev().collect();
    let c: Vec<i32> = v.iter().skip(1).take(3).rev().copied().collect();
    let d: Vec<(usize, &i32)> = v.iter().skip(2).enumerate().rev().collect();
    let e: Vec<&i32> = v.iter().take(9).rev().collect();
    let f: Vec<&i32> = v.iter().skip(7).rev().collect();
    println!("{:?} {:?} {:?} {:?} {:?} {:?}", a, b, c, d, e, f);
    println!("{} {} {}", v.iter().skip(2).len(), v.iter().take(2).len(), v.iter().zip(0..3).len());
    for (i, x) in v.iter().take(4).enumerate().rev().skip(1) {
        print!("{}={} ", i, x);
    }
    println!();
}

// CHECK:STDOUT: [5, 4, 3, 2] [3, 2, 1] [4, 3, 2] [(2, 5), (1, 4), (0, 3)] [5, 4, 3, 2, 1] []
// CHECK:STDOUT: 3 2 3
// CHECK:STDOUT: 2=3 1=2 0=1 
