// Functions that modify an array through &mut [T; N] and through &mut [T].
fn fill_squares(a: &mut [u32; 6]) {
    for i in 0..a.len() {
        a[i] = (i * i) as u32;
    }
}

fn reverse(a: &mut [i32]) {
    let n = a.len();
    let mut i = 0;
    while i < n / 2 {
        let t = a[i];
        a[i] = a[n - 1 - i];
        a[n - 1 - i] = t;
        i += 1;
    }
}

fn increment_all(a: &mut [i32; 5], by: i32) {
    for i in 0..5 {
        a[i] += by;
    }
}

fn main() {
    let mut squares = [0u32; 6];
    fill_squares(&mut squares);
    println!("{:?}", squares);
    let mut v = [1, 2, 3, 4, 5];
    reverse(&mut v);
    println!("{:?}", v);
    increment_all(&mut v, 10);
    println!("{:?}", v);
    let r = &mut v;
    r[0] = -1;
    println!("{:?}", v);
}

// CHECK:STDOUT: [0, 1, 4, 9, 16, 25]
// CHECK:STDOUT: [5, 4, 3, 2, 1]
// CHECK:STDOUT: [15, 14, 13, 12, 11]
// CHECK:STDOUT: [-1, 14, 13, 12, 11]
