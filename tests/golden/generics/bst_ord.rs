// A generic binary search tree over T: Ord, walking with v.cmp(&node.val)
// and matching on std::cmp::Ordering.
use std::cmp::Ordering;
#[derive(Debug)]
struct Tree<T: Ord> { root: Option<Box<Node<T>>>, size: usize }
#[derive(Debug)]
struct Node<T: Ord> { val: T, left: Option<Box<Node<T>>>, right: Option<Box<Node<T>>> }
impl<T: Ord + Copy + std::fmt::Debug> Tree<T> {
    fn new() -> Self { Tree { root: None, size: 0 } }
    fn insert(&mut self, v: T) -> bool {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            match v.cmp(&node.val) {
                Ordering::Less => cur = &mut node.left,
                Ordering::Greater => cur = &mut node.right,
                Ordering::Equal => return false,
            }
        }
        *cur = Some(Box::new(Node { val: v, left: None, right: None }));
        self.size += 1;
        true
    }
    fn contains(&self, v: T) -> bool {
        let mut cur = &self.root;
        while let Some(n) = cur {
            match v.cmp(&n.val) { Ordering::Less => cur = &n.left, Ordering::Greater => cur = &n.right, Ordering::Equal => return true }
        }
        false
    }
    fn inorder(&self) -> Vec<T> { let mut out = Vec::new(); Self::walk(&self.root, &mut out); out }
    fn walk(n: &Option<Box<Node<T>>>, out: &mut Vec<T>) { if let Some(b) = n { Self::walk(&b.left, out); out.push(b.val); Self::walk(&b.right, out); } }
    fn height(n: &Option<Box<Node<T>>>) -> usize { match n { None => 0, Some(b) => 1 + Self::height(&b.left).max(Self::height(&b.right)) } }
}
fn main() {
    let mut t = Tree::new();
    for v in [50, 30, 70, 20, 40, 60, 80, 30, 65] { t.insert(v); }
    println!("{:?} size={} h={}", t.inorder(), t.size, Tree::height(&t.root));
    println!("{} {}", t.contains(65), t.contains(66));
    let mut words = Tree::new();
    for w in "the quick brown fox jumps over the lazy dog".split_whitespace() { words.insert(w); }
    println!("{:?}", words.inorder());
}

// CHECK:STDOUT: [20, 30, 40, 50, 60, 65, 70, 80] size=8 h=4
// CHECK:STDOUT: true false
// CHECK:STDOUT: ["brown", "dog", "fox", "jumps", "lazy", "over", "quick", "the"]
