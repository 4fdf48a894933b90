// What `zip`, `chain` and `Vec::extend` accept besides an iterator: a
// `&Vec`, a slice, a `&mut Vec` or a Vec by value; `extend` of a Vec of
// Copy items also takes references to them.
fn main() {
    let a = vec![1, 2, 3];
    let mut b = vec![10, 20, 30, 40];
    let s: Vec<i32> = a.iter().zip(&b).map(|(x, y)| x * y).collect();
    println!("{:?}", s);
    for (x, y) in a.iter().zip(&b) {
        print!("{} ", x + y);
    }
    println!();
    for (x, y) in a.iter().zip(b.iter_mut()) {
        *y += *x;
    }
    for (x, y) in a.iter().zip(&mut b) {
        *y *= *x;
    }
    println!("{:?}", b);
    let arr = [5, 6, 7];
    let dot: i32 = a.iter().zip(&arr[..]).map(|(x, y)| x * y).sum();
    println!("{}", dot);
    let words = vec!["a", "b", "c"];
    let tagged: Vec<String> = words.iter().zip(1..).map(|(w, i)| format!("{}{}", w, i)).collect();
    println!("{:?}", tagged);
    let both: Vec<&i32> = a.iter().chain(&b).collect();
    println!("{:?} {}", both, a.iter().chain(&arr[1..]).count());

    let mut v = vec![0];
    v.extend(a.iter().map(|x| x + 1));
    v.extend(vec![7, 8]);
    v.extend(&b);
    v.extend(&arr[..2]);
    println!("{:?}", v);
    let mut names = vec![String::from("x")];
    names.extend(vec![String::from("y"), String::from("z")]);
    names.extend(words.iter().map(|w| w.to_uppercase()));
    println!("{:?}", names);
    let mut refs: Vec<&i32> = Vec::new();
    refs.extend(&a);
    refs.extend(a.iter().rev());
    println!("{:?}", refs);
    let mut owned: Vec<&str> = Vec::new();
    owned.extend(words.iter().cloned());
    owned.extend(&words);
    println!("{}", owned.concat());
}

// CHECK:STDOUT: [10, 40, 90]
// CHECK:STDOUT: 11 22 33 
// CHECK:STDOUT: [11, 44, 99, 40]
// CHECK:STDOUT: 38
// CHECK:STDOUT: ["a1", "b2", "c3"]
// CHECK:STDOUT: [1, 2, 3, 11, 44, 99, 40] 5
// CHECK:STDOUT: [0, 2, 3, 4, 7, 8, 11, 44, 99, 40, 5, 6]
// CHECK:STDOUT: ["x", "y", "z", "A", "B", "C"]
// CHECK:STDOUT: [1, 2, 3, 3, 2, 1]
// CHECK:STDOUT: abcabc
