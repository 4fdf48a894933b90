// Matrices: operator overloading through a full std::ops path, Display with
// precision, and Vec<Vec<f64>> multiplication.
use std::fmt;
#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix2 { a: f64, b: f64, c: f64, d: f64 }
impl std::ops::Mul for Matrix2 {
    type Output = Matrix2;
    fn mul(self, o: Matrix2) -> Matrix2 { Matrix2 { a: self.a*o.a + self.b*o.c, b: self.a*o.b + self.b*o.d, c: self.c*o.a + self.d*o.c, d: self.c*o.b + self.d*o.d } }
}
impl fmt::Display for Matrix2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "[{:.2} {:.2}; {:.2} {:.2}]", self.a, self.b, self.c, self.d) }
}
fn matmul(x: &Vec<Vec<f64>>, y: &Vec<Vec<f64>>) -> Vec<Vec<f64>> {
    let n = x.len(); let m = y[0].len(); let k = y.len();
    let mut r = vec![vec![0.0; m]; n];
    for i in 0..n { for j in 0..m { for t in 0..k { r[i][j] += x[i][t] * y[t][j]; } } }
    r
}
fn main() {
    let f = Matrix2 { a: 1.0, b: 1.0, c: 1.0, d: 0.0 };
    let mut p = f;
    for _ in 0..10 { p = p * f; }
    println!("{} {:?}", p, p.b);
    let x = vec![vec![1.0, 2.0], vec![3.0, 4.0]];
    let y = vec![vec![0.5, -1.0], vec![2.0, 0.25]];
    for row in matmul(&x, &y) { println!("{:?}", row); }
    let total: f64 = x.iter().map(|r| r.iter().sum::<f64>()).sum();
    println!("{}", total);
}

// CHECK:STDOUT: [144.00 89.00; 89.00 55.00] 89.0
// CHECK:STDOUT: [4.5, -0.5]
// CHECK:STDOUT: [9.5, -2.0]
// CHECK:STDOUT: 10
