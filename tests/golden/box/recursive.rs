// Boxes make recursive types: a cons list and a binary search tree, built,
// walked recursively and printed with Debug.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn sum(l: &List) -> i32 {
    match l {
        Cons(v, rest) => *v + sum(rest),
        Nil => 0,
    }
}

#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(node: &mut Node, key: i32) {
    if key < node.key {
        match node.left {
            Some(ref mut l) => insert(l, key),
            None => node.left = Some(Box::new(Node { key: key, left: None, right: None })),
        }
    } else {
        match &mut node.right {
            Some(r) => insert(r, key),
            None => node.right = Some(Box::new(Node { key: key, left: None, right: None })),
        }
    }
}

fn in_order(node: &Node, out: &mut Vec<i32>) {
    if let Some(l) = &node.left {
        in_order(l, out);
    }
    out.push(node.key);
    if let Some(r) = &node.right {
        in_order(r, out);
    }
}

fn depth(node: &Option<Box<Node>>) -> usize {
    match node {
        Some(n) => 1 + depth(&n.left).max(depth(&n.right)),
        None => 0,
    }
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{:?} sum={}", list, sum(&list));
    let mut root = Node { key: 50, left: None, right: None };
    for k in [30, 70, 20, 40, 60, 80, 35] {
        insert(&mut root, k);
    }
    let mut keys = Vec::new();
    in_order(&root, &mut keys);
    println!("{:?}", keys);
    println!("depth {}", depth(&Some(Box::new(root))));
    let small = Node { key: 1, left: Some(Box::new(Node { key: 0, left: None, right: None })), right: None };
    println!("{:#?}", small);
}

// CHECK:STDOUT: Cons(1, Cons(2, Cons(3, Nil))) sum=6
// CHECK:STDOUT: [20, 30, 35, 40, 50, 60, 70, 80]
// CHECK:STDOUT: depth 4
// CHECK:STDOUT: Node {
// CHECK:STDOUT:     key: 1,
// CHECK:STDOUT:     left: Some(
// CHECK:STDOUT:         Node {
// CHECK:STDOUT:             key: 0,
// CHECK:STDOUT:             left: None,
// CHECK:STDOUT:             right: None,
// CHECK:STDOUT:         },
// CHECK:STDOUT:     ),
// CHECK:STDOUT:     right: None,
// CHECK:STDOUT: }
