// Matrix multiplication with 2-D arrays of f64 and i64, and a matrix power.
const N: usize = 3;

fn mul(a: &[[f64; N]; N], b: &[[f64; N]; N]) -> [[f64; N]; N] {
    let mut c = [[0.0; N]; N];
    for i in 0..N {
        for j in 0..N {
            let mut s = 0.0;
            for k in 0..N {
                s += a[i][k] * b[k][j];
            }
            c[i][j] = s;
        }
    }
    c
}

fn mul2(a: [[i64; 2]; 2], b: [[i64; 2]; 2]) -> [[i64; 2]; 2] {
    let mut c = [[0; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            c[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j];
        }
    }
    c
}

fn fib(n: u32) -> i64 {
    let mut result = [[1, 0], [0, 1]];
    let mut base = [[1, 1], [1, 0]];
    let mut e = n;
    while e > 0 {
        if e & 1 == 1 {
            result = mul2(result, base);
        }
        base = mul2(base, base);
        e >>= 1;
    }
    result[0][1]
}

fn main() {
    let a = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]];
    let id = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
    let rot = [[0.0, -1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.5]];
    let p = mul(&a, &id);
    println!("{:?}", p);
    let q = mul(&a, &rot);
    for row in q.iter() {
        println!("{:>6.1} {:>6.1} {:>6.1}", row[0], row[1], row[2]);
    }
    println!("fib(60) = {}", fib(60));
}

// CHECK:STDOUT: [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]
// CHECK:STDOUT:    2.0   -1.0    1.5
// CHECK:STDOUT:    5.0   -4.0    3.0
// CHECK:STDOUT:    8.0   -7.0    4.5
// CHECK:STDOUT: fib(60) = 1548008755920
