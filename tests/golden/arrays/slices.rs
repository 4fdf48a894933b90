// Passing arrays as &[T] slices to functions that only read them.
fn sum(xs: &[i32]) -> i32 {
    let mut total = 0;
    for x in xs {
        total += *x;
    }
    total
}

fn mean(xs: &[f64]) -> f64 {
    let mut total = 0.0;
    for i in 0..xs.len() {
        total += xs[i];
    }
    total / xs.len() as f64
}

fn count_above(xs: &[u8], limit: u8) -> usize {
    let mut n = 0;
    for x in xs.iter() {
        if *x > limit {
            n += 1;
        }
    }
    n
}

fn contains(xs: &[char], wanted: char) -> bool {
    for c in xs {
        if *c == wanted {
            return true;
        }
    }
    false
}

fn main() {
    let small = [1, 2, 3];
    let large = [10, 20, 30, 40, 50, 60];
    println!("{} {}", sum(&small), sum(&large));
    println!("{}", mean(&[2.0, 4.0, 9.0]));
    let bytes = [12u8, 200, 99, 101, 255, 0];
    println!("above 100: {}", count_above(&bytes, 100));
    let vowels = ['a', 'e', 'i', 'o', 'u'];
    println!("{} {}", contains(&vowels, 'o'), contains(&vowels, 'y'));
    let empty: [i32; 0] = [];
    println!("{}", sum(&empty));
}

// CHECK:STDOUT: 6 210
// CHECK:STDOUT: 5
// CHECK:STDOUT: above 100: 3
// CHECK:STDOUT: true false
// CHECK:STDOUT: 0
