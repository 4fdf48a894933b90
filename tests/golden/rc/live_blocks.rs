// Rc blocks are freed when the last Rc (and Weak) goes: no live heap
// blocks remain after shared structures, guards and weak links are dropped.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    name: String,
    next: Option<Rc<RefCell<Node>>>,
    back: Weak<RefCell<Node>>,
}

fn build() -> usize {
    let first = Rc::new(RefCell::new(Node { name: String::from("first"), next: None, back: Weak::new() }));
    let second = Rc::new(RefCell::new(Node { name: String::from("second"), next: None, back: Weak::new() }));
    first.borrow_mut().next = Some(Rc::clone(&second));
    second.borrow_mut().back = Rc::downgrade(&first);
    let names = format!("{} -> {}", first.borrow().name, second.borrow().name);
    println!("{}", names);
    let back = second.borrow().back.upgrade().map(|n| n.borrow().name.len());
    println!("{:?} {}", back, Rc::strong_count(&second));
    wasm::heap::live_blocks()
}

fn main() {
    let before = wasm::heap::live_blocks();
    let during = build();
    println!("live while in use: {}", during - before);
    let shared = Rc::new(vec![String::from("a"), String::from("b")]);
    let copies: Vec<Rc<Vec<String>>> = (0..3).map(|_| Rc::clone(&shared)).collect();
    println!("{} {}", copies.len(), Rc::strong_count(&shared));
    drop(copies);
    drop(shared);
    println!("live after: {}", wasm::heap::live_blocks() - before);
}

// CHECK:STDOUT: first -> second
// CHECK:STDOUT: Some(5) 2
// CHECK:STDOUT: live while in use: 5
// CHECK:STDOUT: 3 4
// CHECK:STDOUT: live after: 0
