// HashSet and BTreeSet: insert (reporting newness), contains, remove, the
// set operations, subset tests, sets of tuples and of a derived Hash
// type, and collect into sets. HashSet results are sorted before printing.
use std::collections::{BTreeSet, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Color {
    Red,
    Green,
    Blue,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Tag {
    name: String,
    level: u8,
}

fn sorted(set: &HashSet<i32>) -> Vec<i32> {
    let mut v: Vec<i32> = set.iter().copied().collect();
    v.sort();
    v
}

fn main() {
    let a: HashSet<i32> = (1..=6).collect();
    let b: HashSet<i32> = [4, 5, 6, 7, 8].iter().cloned().collect();
    let mut u: Vec<i32> = a.union(&b).copied().collect();
    u.sort();
    println!("union: {:?}", u);
    let mut i: Vec<&i32> = a.intersection(&b).collect();
    i.sort();
    println!("intersection: {:?}", i);
    let d: BTreeSet<i32> = a.difference(&b).copied().collect();
    println!("difference: {:?}", d);
    let s: BTreeSet<&i32> = a.symmetric_difference(&b).collect();
    println!("symmetric: {:?}", s);

    let small: HashSet<i32> = [2, 3].iter().copied().collect();
    println!("subset: {} superset: {} disjoint: {}", small.is_subset(&a), a.is_superset(&small), small.is_disjoint(&b));

    let mut seen = HashSet::new();
    let mut dups = Vec::new();
    for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5] {
        if !seen.insert(x) {
            dups.push(x);
        }
    }
    println!("dups: {:?} distinct: {:?}", dups, sorted(&seen));
    println!("remove 9: {} again: {} len {}", seen.remove(&9), seen.remove(&9), seen.len());

    let mut colors = HashSet::new();
    colors.insert(Color::Red);
    colors.insert(Color::Blue);
    colors.insert(Color::Red);
    println!("colors: {} red {} green {}", colors.len(), colors.contains(&Color::Red), colors.contains(&Color::Green));

    let mut tags: HashSet<Tag> = HashSet::new();
    tags.insert(Tag { name: "urgent".to_string(), level: 3 });
    tags.insert(Tag { name: "later".to_string(), level: 1 });
    let again = tags.insert(Tag { name: "urgent".to_string(), level: 3 });
    println!("tags: {} inserted again: {}", tags.len(), again);
    println!("{}", tags.contains(&Tag { name: "later".to_string(), level: 1 }));

    let cells: HashSet<(i32, i32)> = [(0, 0), (0, 1), (1, 1), (0, 0)].iter().copied().collect();
    let live: BTreeSet<(i32, i32)> = cells.iter().copied().filter(|&(x, _)| x == 0).collect();
    println!("cells {} live {:?}", cells.len(), live);

    let words: BTreeSet<&str> = "to be or not to be".split_whitespace().collect();
    println!("{:?} {}", words, words.len());
    let letters: BTreeSet<char> = "mississippi".chars().collect();
    println!("{:?}", letters);
    let one: HashSet<String> = vec!["solo".to_string()].into_iter().collect();
    println!("{:?} {}", one, one.contains("solo"));
}

// CHECK:STDOUT: union: [1, 2, 3, 4, 5, 6, 7, 8]
// CHECK:STDOUT: intersection: [4, 5, 6]
// CHECK:STDOUT: difference: {1, 2, 3}
// CHECK:STDOUT: symmetric: {1, 2, 3, 7, 8}
// CHECK:STDOUT: subset: true superset: true disjoint: true
// CHECK:STDOUT: dups: [1, 5, 3, 5] distinct: [1, 2, 3, 4, 5, 6, 9]
// CHECK:STDOUT: remove 9: true again: false len 6
// CHECK:STDOUT: colors: 2 red true green false
// CHECK:STDOUT: tags: 2 inserted again: false
// CHECK:STDOUT: true
// CHECK:STDOUT: cells 3 live {(0, 0), (0, 1)}
// CHECK:STDOUT: {"be", "not", "or", "to"} 4
// CHECK:STDOUT: {'i', 'm', 'p', 's'}
// CHECK:STDOUT: {"solo"} true
