// Tuples and arrays order element by element (`<` and sort), Strings in
// them as their text; BTreeMap keys of those types iterate in that order.
use std::collections::BTreeMap;

fn main() {
    let mut pairs = vec![(2, 1), (1, 5), (2, 0), (1, 2)];
    pairs.sort();
    println!("{:?}", pairs);
    let (a, b) = ((1, 2), (1, 3));
    println!("{} {} {} {} {}", a < b, a > b, a <= b, a >= b, a < a);
    let mut named = vec![(2, "b".to_string()), (1, "z".to_string()), (2, "a".to_string())];
    named.sort();
    println!("{:?}", named);
    let mut words = vec![("pear", 3), ("fig", 9), ("pear", 1)];
    words.sort();
    println!("{:?} {}", words, ("a", 1) < ("a", 2));
    let mut grid = BTreeMap::new();
    for (x, y) in [(2, 1), (0, 3), (2, 0), (1, 1)] {
        grid.insert((x, y), x * 10 + y);
    }
    println!("{:?}", grid);
    let mut arrays = vec![[3, 1], [1, 9], [3, 0]];
    arrays.sort();
    println!("{:?}", arrays);
    let mut nested = vec![((1, 2), 'b'), ((1, 1), 'z'), ((0, 9), 'a')];
    nested.sort();
    println!("{:?} {:?}", nested, nested.iter().max());
}

// CHECK:STDOUT: [(1, 2), (1, 5), (2, 0), (2, 1)]
// CHECK:STDOUT: true false true false false
// CHECK:STDOUT: [(1, "z"), (2, "a"), (2, "b")]
// CHECK:STDOUT: [("fig", 9), ("pear", 1), ("pear", 3)] true
// CHECK:STDOUT: {(0, 3): 3, (1, 1): 11, (2, 0): 20, (2, 1): 21}
// CHECK:STDOUT: [[1, 9], [3, 0], [3, 1]]
// CHECK:STDOUT: [((0, 9), 'a'), ((1, 1), 'z'), ((1, 2), 'b')] Some(((1, 2), 'b'))
