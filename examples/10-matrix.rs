// Matrices: two-dimensional arrays, nested loops and a function taking arrays by reference.
const N: usize = 4;

fn multiply(a: &[[i64; N]; N], b: &[[i64; N]; N]) -> [[i64; N]; N] {
    let mut c = [[0i64; N]; N];
    for i in 0..N {
        for j in 0..N {
            for k in 0..N {
                c[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    c
}

fn print_matrix(name: &str, m: &[[i64; N]; N]) {
    println!("{}:", name);
    for row in m.iter() {
        for x in row.iter() {
            print!("{:>6}", x);
        }
        println!();
    }
}

fn main() {
    let mut a = [[0i64; N]; N];
    for i in 0..N {
        for j in 0..N {
            a[i][j] = (i * N + j) as i64;
        }
    }
    let mut identity = [[0i64; N]; N];
    for i in 0..N {
        identity[i][i] = 1;
    }
    print_matrix("A", &a);
    print_matrix("A x I", &multiply(&a, &identity));
    print_matrix("A x A", &multiply(&a, &a));
}
