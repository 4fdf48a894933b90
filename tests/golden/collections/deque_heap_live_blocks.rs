// VecDeque and BinaryHeap free everything they own: String elements after
// wrap-around and growth, pops, truncate, clear, retain, a partly consumed
// into_iter, into_sorted_vec and a clone. live_blocks() is back to its
// starting count after each round.
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};
use wasm::heap;

fn deque_round() -> usize {
    let mut d: VecDeque<String> = VecDeque::new();
    for i in 0..20 {
        if i % 3 == 0 {
            d.push_front(format!("f{}", i));
        } else {
            d.push_back(format!("b{}", i));
        }
        if i % 4 == 0 {
            d.pop_front();
        }
    }
    d.retain(|s| s.len() == 2);
    let copy = d.clone();
    let mut it = copy.into_iter();
    let first = it.next().map(|s| s.len()).unwrap_or(0);
    let mut nested: VecDeque<Vec<String>> = VecDeque::from(vec![vec!["x".to_string()], vec![]]);
    nested.push_front(vec!["y".to_string(), "z".to_string()]);
    nested.truncate(2);
    let n = d.len() + first + nested.len();
    d.clear();
    n
}

fn heap_round() -> usize {
    let mut h: BinaryHeap<Reverse<String>> = BinaryHeap::new();
    for w in "the quick brown fox jumps over the lazy dog".split_whitespace() {
        h.push(Reverse(w.to_string()));
    }
    let top = h.pop().map(|Reverse(s)| s.len()).unwrap_or(0);
    let sorted = h.clone().into_sorted_vec();
    let jobs: BinaryHeap<(u32, String)> = vec![(2, "a".to_string()), (5, "b".to_string())].into_iter().collect();
    top + sorted.len() + jobs.into_vec().len()
}

fn main() {
    let start = heap::live_blocks();
    println!("deque round: {}", deque_round());
    println!("live after deque round: {}", heap::live_blocks() - start);
    println!("heap round: {}", heap_round());
    println!("live after heap round: {}", heap::live_blocks() - start);
}

// CHECK:STDOUT: deque round: 11
// CHECK:STDOUT: live after deque round: 0
// CHECK:STDOUT: heap round: 15
// CHECK:STDOUT: live after heap round: 0
