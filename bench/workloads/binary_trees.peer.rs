// binary-trees: the Computer Language Benchmarks Game's allocation test.
// Builds perfect binary trees of Box-allocated nodes bottom up, walks each
// with check() (the number of nodes), and drops it: first one stretch tree
// of depth MAX_DEPTH + 1, then a long-lived tree of depth MAX_DEPTH that
// stays allocated while, for every depth from 4 to MAX_DEPTH in steps of
// 2, 2^(MAX_DEPTH - depth + 4) trees of that depth come and go.
// bench-flags: --cfg bench_std

#[path = "common/env.rs"]
mod env;

const MIN_DEPTH: u32 = 4;
const MAX_DEPTH: u32 = 17;

struct Tree {
    children: Option<(Box<Tree>, Box<Tree>)>,
}

impl Tree {
    fn bottom_up(depth: u32) -> Box<Tree> {
        if depth == 0 {
            Box::new(Tree { children: None })
        } else {
            let left = Tree::bottom_up(depth - 1);
            let right = Tree::bottom_up(depth - 1);
            Box::new(Tree { children: Some((left, right)) })
        }
    }

    fn check(&self) -> u32 {
        match &self.children {
            Some((left, right)) => 1 + left.check() + right.check(),
            None => 1,
        }
    }
}

#[no_mangle]
pub extern "C" fn main() {
    let stretch = MAX_DEPTH + 1;
    let check = Tree::bottom_up(stretch).check();
    env::print(format!("stretch tree of depth {}\t check: {}\n", stretch, check).as_bytes());

    let long_lived = Tree::bottom_up(MAX_DEPTH);
    for depth in (MIN_DEPTH..=MAX_DEPTH).step_by(2) {
        let iterations = 1u32 << (MAX_DEPTH - depth + MIN_DEPTH);
        let check: u32 = (0..iterations).map(|_| Tree::bottom_up(depth).check()).sum();
        env::print(format!("{}\t trees of depth {}\t check: {}\n", iterations, depth, check).as_bytes());
    }
    let check = long_lived.check();
    env::print(format!("long lived tree of depth {}\t check: {}\n", MAX_DEPTH, check).as_bytes());
}
