// `vec![..]` in its three forms, clone and `==` of vectors, nested vectors,
// iteration with enumerate, and String pushes of multi-byte chars.
#[derive(Debug, Clone, PartialEq)]
struct Item { id: u32, label: String }

fn main() {
    let v = vec![3, 1, 4, 1, 5];
    let z = vec![0u8; 4];
    let e: Vec<String> = vec![];
    println!("{:?} {:?} {:?} {}", v, z, e, v.capacity());
    let names = vec![String::from("a"), "bc".to_string()];
    println!("{:?} {}", names, names[1]);
    let w = v.clone();
    println!("{}", w == v);
    let items = vec![Item { id: 1, label: "one".to_string() }, Item { id: 2, label: format!("t{}", 2) }];
    println!("{:#?}", items);
    let mut grid = vec![vec![0; 3]; 2];
    grid[1][2] = 7;
    println!("{:?}", grid);
    let total: i32 = { let mut s = 0; for x in v.iter() { s += x; } s };
    println!("{}", total);
    for (i, n) in names.iter().enumerate() { println!("{} {}", i, n); }
    let mut s = String::new();
    for c in ['a', 'é', '€', '😀'] { s.push(c); }
    let popped = s.pop();
    println!("{} {} {:?}", s, s.len(), popped);
    let mut t = String::from("abc");
    t += "def";
    t += &s;
    println!("{} {}", t, t == "abcdefaé€");
    println!("{}", &t[1..4]);
}

// CHECK:STDOUT: [3, 1, 4, 1, 5] [0, 0, 0, 0] [] 5
// CHECK:STDOUT: ["a", "bc"] bc
// CHECK:STDOUT: true
// CHECK:STDOUT: [
// CHECK:STDOUT:     Item {
// CHECK:STDOUT:         id: 1,
// CHECK:STDOUT:         label: "one",
// CHECK:STDOUT:     },
// CHECK:STDOUT:     Item {
// CHECK:STDOUT:         id: 2,
// CHECK:STDOUT:         label: "t2",
// CHECK:STDOUT:     },
// CHECK:STDOUT: ]
// CHECK:STDOUT: [[0, 0, 0], [0, 0, 7]]
// CHECK:STDOUT: 14
// CHECK:STDOUT: 0 a
// CHECK:STDOUT: 1 bc
// CHECK:STDOUT: aé€ 6 Some('😀')
// CHECK:STDOUT: abcdefaé€ true
// CHECK:STDOUT: bcd
