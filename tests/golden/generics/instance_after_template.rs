// A generic fn whose body uses match ergonomics (patterns that see through
// references), checked before the fn that instantiates it: each instance
// works out its patterns afresh.
fn first_some<T: Copy>(xs: &[Option<T>]) -> Option<T> {
    for x in xs {
        if let Some(v) = x {
            return Some(*v);
        }
    }
    None
}

fn count_some<T>(xs: &[Option<T>]) -> usize {
    let mut n = 0;
    for x in xs {
        match x {
            Some(_) => n += 1,
            None => {}
        }
    }
    n
}

fn main() {
    let a = [None, Some(3), Some(4)];
    println!("{:?} {}", first_some(&a), count_some(&a));
    let b: [Option<char>; 2] = [None, None];
    println!("{:?} {}", first_some(&b), count_some(&b));
}

// CHECK:STDOUT: Some(3) 2
// CHECK:STDOUT: None 0
