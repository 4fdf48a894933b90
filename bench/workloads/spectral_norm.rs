// spectral-norm: the Computer Language Benchmarks Game's spectral norm of
// the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
// truncated to N = 1000: ten steps of the power method on A^T A, then
// prints sqrt(u.v / v.v) to 9 decimals.
const N: usize = 1000;

fn a(i: usize, j: usize) -> f64 {
    1.0 / (((i + j) * (i + j + 1) / 2 + i + 1) as f64)
}

// out = A v
fn mul_av(v: &[f64], out: &mut [f64]) {
    for i in 0..out.len() {
        let mut sum = 0.0;
        for j in 0..v.len() {
            sum += a(i, j) * v[j];
        }
        out[i] = sum;
    }
}

// out = A^T v
fn mul_atv(v: &[f64], out: &mut [f64]) {
    for i in 0..out.len() {
        let mut sum = 0.0;
        for j in 0..v.len() {
            sum += a(j, i) * v[j];
        }
        out[i] = sum;
    }
}

// out = A^T A v
fn mul_atav(v: &[f64], out: &mut [f64], tmp: &mut [f64]) {
    mul_av(v, tmp);
    mul_atv(tmp, out);
}

fn main() {
    let mut u = [1.0; N];
    let mut v = [0.0; N];
    let mut tmp = [0.0; N];
    for _ in 0..10 {
        mul_atav(&u, &mut v, &mut tmp);
        mul_atav(&v, &mut u, &mut tmp);
    }
    let mut vbv = 0.0;
    let mut vv = 0.0;
    for i in 0..N {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    println!("{:.9}", (vbv / vv).sqrt());
}
