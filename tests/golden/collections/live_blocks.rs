// Maps and sets free everything they own: String keys and values, Vec
// values, what a removal, an overwrite, `clear`, `retain`, an occupied
// `entry` (its key), a partly consumed `into_iter` and a clone leave
// behind. live_blocks() is back to its starting count after each round.
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use wasm::heap;

fn hash_round() -> usize {
    let mut m: HashMap<String, Vec<String>> = HashMap::new();
    for i in 0..50 {
        let k = format!("key{}", i % 20);
        m.entry(k).or_default().push(i.to_string());
    }
    m.insert("key3".to_string(), vec!["replaced".to_string()]);
    m.remove("key4");
    m.retain(|k, v| k.len() == 4 || v.len() > 2);
    let copy = m.clone();
    let mut it = copy.into_iter();
    let first = it.next();
    let n = m.len() + first.map(|(k, _)| k.len()).unwrap_or(0);
    let mut set: HashSet<String> = HashSet::new();
    for w in "a b c a b".split_whitespace() {
        set.insert(w.to_string());
    }
    set.remove("a");
    m.clear();
    n + set.len()
}

fn btree_round() -> usize {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (a, b) in [("x", "y"), ("y", "z"), ("x", "z"), ("z", "x")] {
        g.entry(a.to_string()).or_default().insert(b.to_string());
    }
    let removed = g.remove("y");
    let total: usize = g.values().map(|s| s.len()).sum();
    total + removed.map(|s| s.len()).unwrap_or(0)
}

fn main() {
    let start = heap::live_blocks();
    println!("hash round: {}", hash_round());
    println!("live after hash round: {}", heap::live_blocks() - start);
    println!("btree round: {}", btree_round());
    println!("live after btree round: {}", heap::live_blocks() - start);
}

// CHECK:STDOUT: hash round: 15
// CHECK:STDOUT: live after hash round: 0
// CHECK:STDOUT: btree round: 4
// CHECK:STDOUT: live after btree round: 0
