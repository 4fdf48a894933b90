// Methods of str and slices written in the prelude (trim, find, replace,
// case, join, sort, to_vec, ...), reached from str, String, arrays and Vec.
fn main() {
    let s = "  Hello, World  ";
    let t = s.trim();
    println!("[{}] [{}] [{}]", t, s.trim_start(), s.trim_end());
    println!("{} {} {}", t.starts_with("Hell"), t.ends_with("ld"), t.contains("o, W"));
    println!("{:?} {:?}", t.find("World"), t.find("xyz"));
    println!("{} {}", t.to_uppercase(), t.to_lowercase());
    println!("{} {}", "ab".repeat(3), t.replace("l", "L"));
    let mut v = vec![5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 15, 13, 11, 12, 14, 10, 19, 17, 18, 16];
    v.sort();
    println!("{:?}", v);
    let mut w = vec![3, -1, 2];
    w.sort_unstable();
    println!("{:?}", w);
    let words = vec!["a".to_string(), "b".to_string(), "c".to_string()];
    println!("{} {}", words.join("-"), words.concat());
    let parts = ["x", "y"];
    println!("{}", parts.join(", "));
    let a = [1, 2, 3];
    let mut b = a.to_vec();
    b.reverse();
    println!("{:?} {:?} {:?}", b, a.first(), b.last());
    let owned = "abc".to_owned();
    println!("{} {}", owned, "é".is_char_boundary(1));
}

// CHECK:STDOUT: [Hello, World] [Hello, World  ] [  Hello, World]
// CHECK:STDOUT: true true true
// CHECK:STDOUT: Some(7) None
// CHECK:STDOUT: HELLO, WORLD hello, world
// CHECK:STDOUT: ababab HeLLo, WorLd
// CHECK:STDOUT: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
// CHECK:STDOUT: [-1, 2, 3]
// CHECK:STDOUT: a-b-c abc
// CHECK:STDOUT: x, y
// CHECK:STDOUT: [3, 2, 1] Some(1) Some(1)
// CHECK:STDOUT: abc false
