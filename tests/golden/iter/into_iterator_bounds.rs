// Generic fns over anything iterable, with Rust's `IntoIterator<Item = T>`
// bound: as a type parameter's bound, in a `where` clause and as `impl
// IntoIterator<Item = T>`; called with a Vec, a reference to one, an array
// reference, a range, an adapter chain and `chars()`.
use std::collections::HashMap;
use std::fmt::Display;
use std::hash::Hash;

fn count<K: Hash + Eq, I: IntoIterator<Item = K>>(items: I) -> HashMap<K, usize> {
    let mut m = HashMap::new();
    for k in items {
        *m.entry(k).or_insert(0) += 1;
    }
    m
}

fn total(xs: impl IntoIterator<Item = i64>) -> i64 {
    let mut t = 0;
    for x in xs {
        t += x;
    }
    t
}

fn join_all<S, I>(parts: I, sep: &str) -> String
where
    S: Display,
    I: IntoIterator<Item = S>,
{
    let mut out = String::new();
    for (i, p) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(&p.to_string());
    }
    out
}

fn main() {
    let words = vec!["to", "be", "or", "not", "to", "be"];
    let m = count(words.clone());
    let mut pairs: Vec<(&str, usize)> = m.into_iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
    let letters = count("mississippi".chars());
    let mut most: Vec<(char, usize)> = letters.into_iter().collect();
    most.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("{:?}", most);

    println!("{}", total(vec![1, 2, 3]));
    println!("{}", total(1..=10));
    println!("{}", total((1..5).map(|x| x * x)));

    println!("{}", join_all(&words, " "));
    println!("{}", join_all(&[1.5, 2.25], ", "));
    println!("{}", join_all(words.iter().rev(), "-"));
    println!("[{}]", join_all(Vec::<i32>::new(), ","));
}

// CHECK:STDOUT: [("be", 2), ("not", 1), ("or", 1), ("to", 2)]
// CHECK:STDOUT: [('i', 4), ('s', 4), ('p', 2), ('m', 1)]
// CHECK:STDOUT: 6
// CHECK:STDOUT: 55
// CHECK:STDOUT: 30
// CHECK:STDOUT: to be or not to be
// CHECK:STDOUT: 1.5, 2.25
// CHECK:STDOUT: be-to-not-or-be-to
// CHECK:STDOUT: []
