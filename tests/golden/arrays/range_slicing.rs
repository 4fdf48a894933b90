// Indexing with ranges: `&a[lo..hi]` and its other forms on arrays, slices,
// Vecs and strs, mutable sub-slices, and slices of slices.
fn sum(xs: &[i32]) -> i32 {
    let mut s = 0;
    for x in xs {
        s += x;
    }
    s
}

fn main() {
    let a = [1, 2, 3, 4, 5];
    println!("{:?} {:?} {:?} {:?}", &a[1..3], &a[..2], &a[3..], &a[..]);
    println!("{} {} {}", sum(&a[1..=3]), sum(&a[..=0]), sum(&a[5..]));
    let s = "héllo world";
    println!("{} {} {}", &s[..1], &s[3..], s[7..].len());
    println!("{:?}", &s[1..3]);
    for x in &a[2..] {
        print!("{} ", x);
    }
    println!();
    let mut m = [0u8; 6];
    let r = &mut m[1..4];
    r[0] = 7;
    r[2] = 9;
    println!("{:?} {}", m, a[1..4].len());
    let v = vec![10, 20, 30, 40];
    let tail = &v[1..];
    println!("{:?} {:?} {}", tail, &tail[1..2], tail[0]);
    let n = v.len() - 1;
    println!("{:?}", &v[n..]);
}

// CHECK:STDOUT: [2, 3] [1, 2] [4, 5] [1, 2, 3, 4, 5]
// CHECK:STDOUT: 9 1 0
// CHECK:STDOUT: h llo world 5
// CHECK:STDOUT: "é"
// CHECK:STDOUT: 3 4 5 
// CHECK:STDOUT: [0, 7, 0, 9, 0, 0] 3
// CHECK:STDOUT: [20, 30, 40] [30] 20
// CHECK:STDOUT: [40]
