// BinaryHeap: a max-heap whose array order (`{:?}`, into_vec) matches
// rustc's, Reverse for a min-heap, into_sorted_vec, from/collect, and
// Dijkstra's shortest paths with (Reverse(distance), node) entries.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn dijkstra(adj: &Vec<Vec<(usize, u32)>>, src: usize) -> Vec<Option<u32>> {
    let mut dist: Vec<Option<u32>> = vec![None; adj.len()];
    let mut heap = BinaryHeap::new();
    dist[src] = Some(0);
    heap.push((Reverse(0u32), src));
    while let Some((Reverse(d), u)) = heap.pop() {
        if let Some(best) = dist[u] {
            if d > best {
                continue;
            }
        }
        for &(v, w) in &adj[u] {
            let nd = d + w;
            let better = match dist[v] {
                Some(old) => nd < old,
                None => true,
            };
            if better {
                dist[v] = Some(nd);
                heap.push((Reverse(nd), v));
            }
        }
    }
    dist
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Job {
    priority: u8,
    name: String,
}

fn main() {
    let mut h = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2, 7] {
        h.push(x);
    }
    println!("{:?} peek={:?} len={}", h, h.peek(), h.len());
    println!("{:?} {:?}", h.pop(), h);
    println!("{:?}", h.clone().into_sorted_vec());
    println!("{:?}", h.clone().into_vec());
    let mut drained = Vec::new();
    while let Some(x) = h.pop() {
        drained.push(x);
    }
    println!("{:?} {} {:?}", drained, h.is_empty(), h.peek());

    let mut m = BinaryHeap::new();
    for x in [5, 1, 8, 3, 1] {
        m.push(Reverse(x));
    }
    println!("{:?}", m);
    while let Some(Reverse(x)) = m.pop() {
        print!("{} ", x);
    }
    println!();
    println!("{} {}", Reverse(1) < Reverse(2), Reverse("b") < Reverse("a"));

    let c: BinaryHeap<i32> = vec![4, 10, 3, 5, 1, 10, 0].into_iter().collect();
    println!("{:?}", c);
    let f = BinaryHeap::from(vec![1, 2, 3, 4, 5, 6]);
    println!("{:?} sum={}", f, f.iter().sum::<i32>());
    let mut g = BinaryHeap::new();
    g.extend(vec![2, 9, 4]);
    println!("{:?}", g.into_sorted_vec());

    let mut jobs = BinaryHeap::new();
    jobs.push(Job { priority: 2, name: "write".to_string() });
    jobs.push(Job { priority: 7, name: "fix".to_string() });
    jobs.push(Job { priority: 2, name: "read".to_string() });
    while let Some(job) = jobs.pop() {
        println!("{} {}", job.priority, job.name);
    }

    let adj = vec![
        vec![(1, 4), (2, 1)],
        vec![(3, 1)],
        vec![(1, 2), (3, 5)],
        vec![(4, 3)],
        vec![],
        vec![(0, 1)],
    ];
    println!("{:?}", dijkstra(&adj, 0));
}

// CHECK:STDOUT: [9, 8, 7, 1, 3, 2, 5] peek=Some(9) len=7
// CHECK:STDOUT: Some(9) [8, 5, 7, 1, 3, 2]
// CHECK:STDOUT: [1, 2, 3, 5, 7, 8]
// CHECK:STDOUT: [8, 5, 7, 1, 3, 2]
// CHECK:STDOUT: [8, 7, 5, 3, 2, 1] true None
// CHECK:STDOUT: [Reverse(1), Reverse(1), Reverse(8), Reverse(5), Reverse(3)]
// CHECK:STDOUT: 1 1 3 5 8 
// CHECK:STDOUT: false true
// CHECK:STDOUT: [10, 10, 4, 5, 1, 3, 0]
// CHECK:STDOUT: [6, 5, 3, 4, 2, 1] sum=21
// CHECK:STDOUT: [2, 4, 9]
// CHECK:STDOUT: 7 fix
// CHECK:STDOUT: 2 write
// CHECK:STDOUT: 2 read
// CHECK:STDOUT: [Some(0), Some(3), Some(1), Some(4), Some(7), None]
