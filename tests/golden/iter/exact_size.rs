// Counting from the back: enumerate and zip of ranges reversed, and the
// len of ranges (exact for the integer types up to 32 bits).
fn main() {
    let v = vec!['a', 'b', 'c'];
    for (i, x) in (10..13).enumerate().rev() {
        print!("{}:{} ", i, x);
    }
    println!();
    let p: Vec<(i32, &char)> = (0..5).zip(v.iter()).rev().collect();
    println!("{:?}", p);
    let q: Vec<(u8, usize)> = (1..=3u8).zip(0..).collect();
    println!("{:?} {} {}", q, (3..7).len(), (0u8..=255).len());
    let n: usize = 4;
    let idx: Vec<(usize, usize)> = (0..n).rev().enumerate().rev().collect();
    println!("{:?}", idx);
    let big = (-100i8..100).len();
    println!("{}", big);
}

// CHECK:STDOUT: 2:12 1:11 0:10 
// CHECK:STDOUT: [(2, 'c'), (1, 'b'), (0, 'a')]
// CHECK:STDOUT: [(1, 0), (2, 1), (3, 2)] 4 256
// CHECK:STDOUT: [(3, 0), (2, 1), (1, 2), (0, 3)]
// CHECK:STDOUT: 200
