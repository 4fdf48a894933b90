// PartialEq's and PartialOrd's methods called by name on types that
// compare without methods of their own: derives, numbers, tuples, and
// through references.
#[derive(PartialEq, PartialOrd, Debug, Clone, Copy)]
struct Version {
    major: u32,
    minor: u32,
}

fn main() {
    let a = Version { major: 1, minor: 2 };
    let b = Version { major: 1, minor: 3 };
    println!("{} {} {} {}", a.eq(&b), a.ne(&b), a.lt(&b), a.ge(&b));
    println!("{} {}", 5.eq(&5), 2.5f64.gt(&3.0));
    println!("{} {}", (1, 'x').le(&(1, 'y')), (2, 'a').lt(&(1, 'z')));
    let r = &a;
    println!("{} {}", r.eq(&a), r.gt(&b));
    let newest = [a, b].iter().fold(a, |m, v| if v.gt(&m) { *v } else { m });
    println!("{:?}", newest);
}

// CHECK:STDOUT: false true true false
// CHECK:STDOUT: true false
// CHECK:STDOUT: true false
// CHECK:STDOUT: true false
// CHECK:STDOUT: Version { major: 1, minor: 3 }
