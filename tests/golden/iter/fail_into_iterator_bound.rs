// A fn bounded by `IntoIterator<Item = T>` checks its argument as rustc
// does: a number is not iterable, and the items must meet T's own bounds
// (E0277).
use std::hash::Hash;

fn distinct<K: Hash + Eq, I: IntoIterator<Item = K>>(items: I) -> usize {
    let mut seen = std::collections::HashSet::new();
    for k in items {
        seen.insert(k);
    }
    seen.len()
}

fn total(xs: impl IntoIterator<Item = i64>) -> i64 {
    let mut t = 0;
    for x in xs {
        t += x;
    }
    t
}

struct Token;

fn main() {
    println!("{}", total(5));
    println!("{}", distinct(vec![Token, Token]));
}

// CHECK:STDERR: error[E0277]: `{integer}` is not an iterator
// CHECK:STDERR:   --> tests/golden/iter/fail_into_iterator_bound.rs:25:26
// CHECK:STDERR:    |
// CHECK:STDERR: 25 |     println!("{}", total(5));
// CHECK:STDERR:    |                    ----- ^ `{integer}` is not an iterator
// CHECK:STDERR:    |                    |
// CHECK:STDERR:    |                    required by a bound introduced by this call
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: if you want to iterate between `start` until a value `end`, use the exclusive range syntax `start..end` or the inclusive range syntax `start..=end`
// CHECK:STDERR:    = note: required because of the requirements on the impl of `IntoIterator` for `{integer}`
// CHECK:STDERR:    = help: the trait `Iterator` is not implemented for `{integer}`
// CHECK:STDERR:
// CHECK:STDERR: error[E0277]: the trait bound `Token: Hash` is not satisfied
// CHECK:STDERR:   --> tests/golden/iter/fail_into_iterator_bound.rs:26:20
// CHECK:STDERR:    |
// CHECK:STDERR:  6 | fn distinct<K: Hash + Eq, I: IntoIterator<Item = K>>(items: I) -> usize {
// CHECK:STDERR:    |                ---- required by this bound in `distinct`
// CHECK:STDERR: ...
// CHECK:STDERR: 26 |     println!("{}", distinct(vec![Token, Token]));
// CHECK:STDERR:    |                    ^^^^^^^^ the trait `Hash` is not implemented for `Token`
// CHECK:STDERR:
// CHECK:STDERR: error[E0277]: the trait bound `Token: Eq` is not satisfied
// CHECK:STDERR:   --> tests/golden/iter/fail_into_iterator_bound.rs:26:20
// CHECK:STDERR:    |
// CHECK:STDERR:  6 | fn distinct<K: Hash + Eq, I: IntoIterator<Item = K>>(items: I) -> usize {
// CHECK:STDERR:    |                       -- required by this bound in `distinct`
// CHECK:STDERR: ...
// CHECK:STDERR: 26 |     println!("{}", distinct(vec![Token, Token]));
// CHECK:STDERR:    |                    ^^^^^^^^ the trait `Eq` is not implemented for `Token`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 3 previous errors
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0277`.
