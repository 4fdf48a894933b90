// The loan a reference keeps through `unwrap` ends with its last use, and a
// value copied out (or a generic fn's result of a type without references)
// keeps none: each change of the vector below is accepted.
fn pick<T: Copy>(v: &[T]) -> T {
    v[0]
}

fn main() {
    let mut v = vec![3, 1, 2];
    let first = *v.first().unwrap();
    v.clear();
    println!("{} {:?}", first, v);

    let mut w = vec![4, 9, 7];
    let m = w.iter().max().unwrap();
    println!("{}", m);
    w.push(1);

    let p = pick(&w);
    w.push(p);
    println!("{:?}", w);

    let mut names = vec![String::from("x")];
    let len = names.get(0).map(|s| s.len()).unwrap_or(0);
    names.push(String::from("y"));
    println!("{} {:?}", len, names);
}

// CHECK:STDOUT: 3 []
// CHECK:STDOUT: 9
// CHECK:STDOUT: [4, 9, 7, 1, 4]
// CHECK:STDOUT: 1 ["x", "y"]
