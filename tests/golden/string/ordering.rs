// Strings compare and sort as their text.
fn main() {
    let a = String::from("apple");
    let b = "banana".to_string();
    println!("{} {} {}", a < b, b <= a, "zoo" >= a.as_str());
    let mut v = vec!["pear".to_string(), "fig".to_string(), "apple".to_string(), "kiwi".to_string()];
    v.sort();
    println!("{:?}", v);
    let mut w: Vec<String> = Vec::new();
    for i in 0..20 { w.push(format!("w{}", (i * 7) % 20)); }
    w.sort();
    println!("{:?}", &w[..5]);
}

// CHECK:STDOUT: true false true
// CHECK:STDOUT: ["apple", "fig", "kiwi", "pear"]
// CHECK:STDOUT: ["w0", "w1", "w10", "w11", "w12"]
