// `let v: Vec<_> = iter.collect();` and then a field of an item, or a
// closure over items: the item type is known from collect's
// `FromIterator` bound before the first access, as in rustc.
use std::collections::BTreeMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut freq: BTreeMap<&str, usize> = BTreeMap::new();
    for w in text.split_whitespace() {
        *freq.entry(w).or_insert(0) += 1;
    }
    let mut top: Vec<_> = freq.iter().collect();
    top.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    println!("{:?}", &top[..3]);
    println!("{} x{}", top[0].0, top[0].1);

    let words = vec!["alpha", "be", "gamma"];
    let owned: Vec<_> = words.iter().map(|w| w.to_string()).collect();
    println!("{}", owned[0].len());
    let pairs: Vec<_> = words.iter().enumerate().collect();
    for p in &pairs {
        println!("{} {}", p.0, p.1.len());
    }
    let mut by_len: Vec<_> = words.iter().map(|w| (w.len(), *w)).collect();
    by_len.sort_by_key(|p| std::cmp::Reverse(p.0));
    println!("{:?}", by_len);
}

// CHECK:STDOUT: [("the", 3), ("brown", 1), ("dog", 1)]
// CHECK:STDOUT: the x3
// CHECK:STDOUT: 5
// CHECK:STDOUT: 0 5
// CHECK:STDOUT: 1 2
// CHECK:STDOUT: 2 5
// CHECK:STDOUT: [(5, "alpha"), (5, "gamma"), (2, "be")]
