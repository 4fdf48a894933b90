// The entry API of HashMap and BTreeMap: or_insert, or_insert_with,
// or_default, and_modify, key; grouping, counting and memoizing with it.
use std::collections::{BTreeMap, HashMap};

fn fib(n: u64, memo: &mut HashMap<u64, u64>) -> u64 {
    if n < 2 {
        return n;
    }
    if let Some(&v) = memo.get(&n) {
        return v;
    }
    let v = fib(n - 1, memo) + fib(n - 2, memo);
    memo.insert(n, v);
    v
}

fn main() {
    let words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "beet"];
    let mut by_letter: BTreeMap<char, Vec<&str>> = BTreeMap::new();
    for w in words {
        let first = w.chars().next().unwrap();
        by_letter.entry(first).or_default().push(w);
    }
    println!("{:?}", by_letter);

    let mut lengths: HashMap<usize, u32> = HashMap::new();
    for w in words {
        lengths.entry(w.len()).and_modify(|n| *n += 1).or_insert(1);
    }
    let mut sorted: Vec<(usize, u32)> = lengths.into_iter().collect();
    sorted.sort();
    println!("{:?}", sorted);

    let mut scores: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for (name, score) in [("ann", 90), ("bob", 72), ("ann", 85), ("cid", 60), ("bob", 88)] {
        scores.entry(name).or_insert_with(|| Vec::with_capacity(2)).push(score);
    }
    for (name, list) in &scores {
        let best = list.iter().max().unwrap();
        println!("{}: {:?} best {}", name, list, best);
    }

    let mut totals: BTreeMap<String, i64> = BTreeMap::new();
    let ledger = [("rent", -800), ("pay", 2500), ("food", -120), ("food", -80), ("pay", 100)];
    for (what, amount) in ledger {
        let e = totals.entry(what.to_string());
        println!("entry for {}", e.key());
        *e.or_insert(0) += amount;
    }
    println!("{:?}", totals);

    let mut flags: HashMap<&str, bool> = HashMap::new();
    *flags.entry("verbose").or_default() = true;
    flags.entry("quiet").or_default();
    let v = *flags.entry("verbose").or_insert(false);
    println!("verbose {} quiet {:?}", v, flags.get("quiet"));

    let mut memo = HashMap::new();
    println!("fib(80) = {}", fib(80, &mut memo));
    println!("memo holds {} values", memo.len());

    let mut counter: HashMap<char, usize> = HashMap::new();
    for c in "abracadabra".chars() {
        *counter.entry(c).or_insert(0) += 1;
    }
    let mut pairs: Vec<_> = counter.iter().map(|(c, n)| (*n, *c)).collect();
    pairs.sort();
    pairs.reverse();
    println!("{:?}", pairs);
    let single: HashMap<&str, i32> = [("only", 1)].iter().cloned().collect();
    println!("{:?}", single);
}

// CHECK:STDOUT: {'a': ["apple", "avocado", "apricot"], 'b': ["banana", "blueberry", "beet"], 'c': ["cherry"]}
// CHECK:STDOUT: [(4, 1), (5, 1), (6, 2), (7, 2), (9, 1)]
// CHECK:STDOUT: ann: [90, 85] best 90
// CHECK:STDOUT: bob: [72, 88] best 88
// CHECK:STDOUT: cid: [60] best 60
// CHECK:STDOUT: entry for rent
// CHECK:STDOUT: entry for pay
// CHECK:STDOUT: entry for food
// CHECK:STDOUT: entry for food
// CHECK:STDOUT: entry for pay
// CHECK:STDOUT: {"food": -200, "pay": 2600, "rent": -800}
// CHECK:STDOUT: verbose true quiet Some(false)
// CHECK:STDOUT: fib(80) = 23416728348467685
// CHECK:STDOUT: memo holds 79 values
// CHECK:STDOUT: [(5, 'a'), (2, 'r'), (2, 'b'), (1, 'd'), (1, 'c')]
// CHECK:STDOUT: {"only": 1}
