// The Vec methods one by one, and the slice methods reached through deref.
fn main() {
    let mut v: Vec<u32> = Vec::with_capacity(2);
    println!("{} {} {}", v.len(), v.capacity(), v.is_empty());
    let mut caps = Vec::new();
    for i in 0..20 {
        v.push(i);
        caps.push(v.capacity());
    }
    println!("{:?}", caps);
    let mut bytes: Vec<u8> = Vec::new();
    bytes.push(1);
    println!("u8 cap {}", bytes.capacity());
    v.truncate(5);
    println!("{:?} {}", v, v.capacity());
    v.swap(0, 4);
    v.extend_from_slice(&[7, 8, 9]);
    println!("{:?}", v);
    println!("{} {}", v.contains(&8), v.contains(&80));
    println!("{:?} {:?} {:?} {:?}", v.first(), v.last(), v.get(2), v.get(20));
    if let Some(x) = v.get_mut(1) {
        *x *= 10;
    }
    let removed = v.swap_remove(0);
    println!("{} {:?}", removed, v);
    v.reverse();
    println!("{:?}", v);
    v.resize(10, 1);
    println!("{:?}", v);
    v.resize(3, 0);
    let mut w = vec![100, 200];
    v.append(&mut w);
    println!("{:?} {:?}", v, w);
    for x in v.iter_mut() {
        *x += 1;
    }
    let mut sum = 0;
    for x in v.iter().rev() {
        sum += *x;
    }
    println!("{:?} {}", v, sum);
    let mut total = 0;
    for x in v.clone() {
        total += x;
    }
    println!("{}", total);
    v.clear();
    println!("{:?} {} {}", v, v.len(), v.is_empty());
    let s = vec![1.5, 2.5];
    println!("{:?} {:?}", s.first(), s.len());
}

// CHECK:STDOUT: 0 2 true
// CHECK:STDOUT: [2, 2, 4, 4, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16, 32, 32, 32, 32]
// CHECK:STDOUT: u8 cap 8
// CHECK:STDOUT: [0, 1, 2, 3, 4] 32
// CHECK:STDOUT: [4, 1, 2, 3, 0, 7, 8, 9]
// CHECK:STDOUT: true false
// CHECK:STDOUT: Some(4) Some(9) Some(2) None
// CHECK:STDOUT: 4 [9, 10, 2, 3, 0, 7, 8]
// CHECK:STDOUT: [8, 7, 0, 3, 2, 10, 9]
// CHECK:STDOUT: [8, 7, 0, 3, 2, 10, 9, 1, 1, 1]
// CHECK:STDOUT: [8, 7, 0, 100, 200] []
// CHECK:STDOUT: [9, 8, 1, 101, 201] 320
// CHECK:STDOUT: 320
// CHECK:STDOUT: [] 0 true
// CHECK:STDOUT: Some(1.5) 2
