// std::cmp: Ordering from `cmp` on numbers, chars, bools and strings,
// `partial_cmp` on floats, its combinators, and cmp::max/min.
use std::cmp::Ordering;

fn describe(o: Ordering) -> &'static str {
    match o {
        Ordering::Less => "less",
        Ordering::Equal => "equal",
        Ordering::Greater => "greater",
    }
}

fn compare_versions(a: (u32, u32, u32), b: (u32, u32, u32)) -> Ordering {
    a.0.cmp(&b.0).then(a.1.cmp(&b.1)).then_with(|| a.2.cmp(&b.2))
}

fn main() {
    println!("{:?} {:?} {:?}", 1.cmp(&2), 7u64.cmp(&7), (-3i8).cmp(&-4));
    println!("{:?} {:?}", 'z'.cmp(&'a'), true.cmp(&false));
    println!("{}", describe("apple".cmp("apricot")));
    let name = String::from("bob");
    println!("{}", describe(name.as_str().cmp("bob")));
    println!("{:?} {:?}", 2.5f64.partial_cmp(&2.5), f64::NAN.partial_cmp(&1.0));
    println!("{:?}", 1.0f32.partial_cmp(&-1.0));
    println!("{:?}", compare_versions((1, 2, 3), (1, 2, 10)));
    println!("{:?}", compare_versions((2, 0, 0), (1, 9, 9)));
    println!("{:?}", compare_versions((1, 4, 1), (1, 4, 1)));
    let o = Ordering::Less;
    println!("{:?} {} {} {} {}", o.reverse(), o.is_lt(), o.is_le(), o.is_gt(), o.is_eq());
    println!("{} {}", std::cmp::max(4, 9), std::cmp::min("pear", "fig"));
    println!("{}", Ordering::Greater == Ordering::Greater.reverse().reverse());
}

// CHECK:STDOUT: Less Equal Greater
// CHECK:STDOUT: Greater Greater
// CHECK:STDOUT: less
// CHECK:STDOUT: equal
// CHECK:STDOUT: Some(Equal) None
// CHECK:STDOUT: Some(Greater)
// CHECK:STDOUT: Less
// CHECK:STDOUT: Greater
// CHECK:STDOUT: Equal
// CHECK:STDOUT: Greater true true false false
// CHECK:STDOUT: 9 fig
// CHECK:STDOUT: true
