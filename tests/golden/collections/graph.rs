// A graph as adjacency lists in a BTreeMap<u32, Vec<u32>> (printed in key
// order, as rustc prints it), explored breadth-first with a HashSet of
// visited nodes; degrees and components collected into BTreeMap/BTreeSet.
use std::collections::{BTreeMap, BTreeSet, HashSet};

fn add_edge(g: &mut BTreeMap<u32, Vec<u32>>, a: u32, b: u32) {
    g.entry(a).or_default().push(b);
    g.entry(b).or_default().push(a);
}

fn bfs(g: &BTreeMap<u32, Vec<u32>>, start: u32) -> Vec<u32> {
    let mut seen = HashSet::new();
    let mut order = vec![start];
    seen.insert(start);
    let mut head = 0;
    while head < order.len() {
        let node = order[head];
        head += 1;
        if let Some(next) = g.get(&node) {
            for &n in next {
                if seen.insert(n) {
                    order.push(n);
                }
            }
        }
    }
    order
}

fn main() {
    let mut g: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for (a, b) in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (6, 7), (9, 6)] {
        add_edge(&mut g, a, b);
    }
    println!("{:?}", g);
    println!("nodes: {}", g.len());
    println!("bfs from 1: {:?}", bfs(&g, 1));
    println!("bfs from 7: {:?}", bfs(&g, 7));

    let degrees: BTreeMap<u32, usize> = g.iter().map(|(n, adj)| (*n, adj.len())).collect();
    println!("degrees: {:?}", degrees);
    let max = degrees.values().max();
    println!("max degree: {:?}", max);

    let mut components: Vec<BTreeSet<u32>> = Vec::new();
    let mut done: BTreeSet<u32> = BTreeSet::new();
    for &node in g.keys() {
        if done.contains(&node) {
            continue;
        }
        let comp: BTreeSet<u32> = bfs(&g, node).into_iter().collect();
        for &n in &comp {
            done.insert(n);
        }
        components.push(comp);
    }
    println!("components: {:?}", components);
    let last = g.keys().next_back();
    println!("last node: {:?}", last);
    for (node, adj) in g.iter().rev().take(2) {
        println!("{} -> {:?}", node, adj);
    }
}

// CHECK:STDOUT: {1: [2, 3], 2: [1, 4], 3: [1, 4], 4: [2, 3, 5], 5: [4], 6: [7, 9], 7: [6], 9: [6]}
// CHECK:STDOUT: nodes: 8
// CHECK:STDOUT: bfs from 1: [1, 2, 3, 4, 5]
// CHECK:STDOUT: bfs from 7: [7, 6, 9]
// CHECK:STDOUT: degrees: {1: 2, 2: 2, 3: 2, 4: 3, 5: 1, 6: 2, 7: 1, 9: 1}
// CHECK:STDOUT: max degree: Some(3)
// CHECK:STDOUT: components: [{1, 2, 3, 4, 5}, {6, 7, 9}]
// CHECK:STDOUT: last node: Some(9)
// CHECK:STDOUT: 9 -> [6]
// CHECK:STDOUT: 7 -> [6]
