// VecDeque: both ends, indexing, iteration (by ref, mut, value, reversed),
// contains, extend, from/collect, wrap-around after many pushes and pops,
// and a BFS over a grid.
use std::collections::VecDeque;

fn bfs(grid: &[&str], start: (usize, usize)) -> Vec<Vec<i32>> {
    let h = grid.len();
    let w = grid[0].len();
    let mut dist = vec![vec![-1; w]; h];
    let mut queue = VecDeque::new();
    dist[start.0][start.1] = 0;
    queue.push_back(start);
    while let Some((r, c)) = queue.pop_front() {
        let d = dist[r][c];
        let mut next = Vec::new();
        if r > 0 { next.push((r - 1, c)); }
        if r + 1 < h { next.push((r + 1, c)); }
        if c > 0 { next.push((r, c - 1)); }
        if c + 1 < w { next.push((r, c + 1)); }
        for (nr, nc) in next {
            if grid[nr].as_bytes()[nc] == b'.' && dist[nr][nc] < 0 {
                dist[nr][nc] = d + 1;
                queue.push_back((nr, nc));
            }
        }
    }
    dist
}

fn main() {
    let mut d: VecDeque<i32> = VecDeque::new();
    d.push_back(1);
    d.push_back(2);
    d.push_front(0);
    d.push_front(-1);
    println!("{:?} len={} front={:?} back={:?}", d, d.len(), d.front(), d.back());
    for i in 0..10 {
        d.push_back(i * 10);
    }
    println!("{:?} {:?} {:?}", d.pop_front(), d.pop_back(), d);
    println!("d[2]={} contains 50: {} contains 99: {}", d[2], d.contains(&50), d.contains(&99));
    d[0] = 100;
    if let Some(x) = d.front_mut() {
        *x += 1;
    }
    if let Some(x) = d.back_mut() {
        *x *= 2;
    }
    for x in d.iter_mut() {
        *x += 1;
    }
    let doubled: Vec<i32> = d.iter().map(|x| x * 2).collect();
    println!("{:?}", doubled);
    let mut total = 0;
    for x in &d {
        total += x;
    }
    println!("total {} get(1)={:?} get(99)={:?}", total, d.get(1), d.get(99));

    // Wrap-around: a window sliding through a small buffer.
    let mut window: VecDeque<u32> = VecDeque::with_capacity(4);
    let mut sums = Vec::new();
    for x in 1..=12 {
        window.push_back(x);
        if window.len() > 3 {
            window.pop_front();
        }
        sums.push(window.iter().sum::<u32>());
    }
    println!("{:?} {:?}", sums, window);
    let rev: Vec<&u32> = window.iter().rev().collect();
    println!("{:?}", rev);

    let e: VecDeque<i32> = (1..=5).collect();
    let f = VecDeque::from(vec![7, 8, 9]);
    println!("{:?} {:?} {} {}", e, f, e.is_empty(), e == (1..=5).collect::<VecDeque<i32>>());
    let back: Vec<i32> = f.into_iter().rev().collect();
    println!("{:?}", back);
    let mut q = VecDeque::new();
    q.extend(vec![3, 4]);
    q.extend([5, 6].iter());
    q.push_front(2);
    q.insert(1, 9);
    let removed = q.remove(1);
    println!("{:?} removed {:?}", q, removed);
    q.rotate_left(2);
    println!("{:?}", q);
    q.retain(|&x| x != 5);
    q.swap(0, 1);
    println!("{:?}", q);
    q.clear();
    println!("{:?} {}", q, q.is_empty());

    let mut names: VecDeque<String> = VecDeque::new();
    names.push_back("ann".to_string());
    names.push_front("bob".to_string());
    names.push_back("cy".to_string());
    println!("{:?}", names);
    let mut order = String::new();
    for w in names {
        order.push_str(&w);
        order.push(' ');
    }
    println!("{}", order.trim_end());

    let grid = ["..#.", "...#", "#...", "..#."];
    for row in bfs(&grid, (0, 0)) {
        println!("{:?}", row);
    }
}

// CHECK:STDOUT: [-1, 0, 1, 2] len=4 front=Some(-1) back=Some(2)
// CHECK:STDOUT: Some(-1) Some(90) [0, 1, 2, 0, 10, 20, 30, 40, 50, 60, 70, 80]
// CHECK:STDOUT: d[2]=2 contains 50: true contains 99: false
// CHECK:STDOUT: [204, 4, 6, 2, 22, 42, 62, 82, 102, 122, 142, 322]
// CHECK:STDOUT: total 556 get(1)=Some(2) get(99)=None
// CHECK:STDOUT: [1, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33] [10, 11, 12]
// CHECK:STDOUT: [12, 11, 10]
// CHECK:STDOUT: [1, 2, 3, 4, 5] [7, 8, 9] false true
// CHECK:STDOUT: [9, 8, 7]
// CHECK:STDOUT: [2, 3, 4, 5, 6] removed Some(9)
// CHECK:STDOUT: [4, 5, 6, 2, 3]
// CHECK:STDOUT: [6, 4, 2, 3]
// CHECK:STDOUT: [] true
// CHECK:STDOUT: ["bob", "ann", "cy"]
// CHECK:STDOUT: bob ann cy
// CHECK:STDOUT: [0, 1, -1, -1]
// CHECK:STDOUT: [1, 2, 3, -1]
// CHECK:STDOUT: [-1, 3, 4, 5]
// CHECK:STDOUT: [5, 4, -1, 6]
