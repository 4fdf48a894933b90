// Rc and RefCell: shared ownership with counts, interior mutability
// through borrow/borrow_mut guards, a shared graph of nodes, Weak parent
// links, Cell, and values dropped when their last Rc goes.
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[derive(Debug)]
struct TreeNode {
    value: i32,
    children: RefCell<Vec<Rc<TreeNode>>>,
    parent: RefCell<Weak<TreeNode>>,
}

fn deposit(acct: &Rc<RefCell<Account>>, amount: i64) {
    acct.borrow_mut().balance += amount;
}

fn main() {
    let shared = Rc::new(RefCell::new(Account { owner: String::from("ana"), balance: 10 }));
    let other = Rc::clone(&shared);
    deposit(&other, 5);
    deposit(&shared, 20);
    println!("{} {} {}", shared.borrow().owner, shared.borrow().balance, Rc::strong_count(&shared));
    {
        let third = shared.clone();
        println!("count {}", Rc::strong_count(&third));
        let guard = third.borrow();
        println!("{:?} {}", shared.try_borrow_mut().is_err(), guard.balance);
    }
    println!("count {} {:?}", Rc::strong_count(&shared), shared);
    drop(other);
    println!("count {}", Rc::strong_count(&shared));

    let a = Rc::new(Noisy("a"));
    let b = Rc::clone(&a);
    println!("ptr_eq {}", Rc::ptr_eq(&a, &b));
    drop(a);
    println!("a dropped, b alive: {}", b.0);
    drop(b);

    let leaf = Rc::new(TreeNode { value: 3, children: RefCell::new(vec![]), parent: RefCell::new(Weak::new()) });
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
    let branch = Rc::new(TreeNode {
        value: 5,
        children: RefCell::new(vec![Rc::clone(&leaf)]),
        parent: RefCell::new(Weak::new()),
    });
    *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
    println!("branch strong {} weak {}", Rc::strong_count(&branch), Rc::weak_count(&branch));
    println!("leaf strong {} weak {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf));
    let sum: i32 = branch.children.borrow().iter().map(|c| c.value).sum();
    println!("children sum {}", sum);

    let counter = Cell::new(0);
    for _ in 0..4 {
        counter.set(counter.get() + 2);
    }
    println!("{} {:?}", counter.get(), counter);
    let log = RefCell::new(Vec::new());
    log.borrow_mut().push("start");
    log.borrow_mut().push("end");
    println!("{:?} {}", log.borrow(), log.borrow().len());
    let old = log.replace(vec!["fresh"]);
    println!("{:?} {:?}", old, log.into_inner());
    let unique = Rc::new(String::from("only"));
    match Rc::try_unwrap(unique) {
        Ok(s) => println!("unwrapped {}", s),
        Err(_) => println!("shared"),
    }
}

// CHECK:STDOUT: ana 35 2
// CHECK:STDOUT: count 3
// CHECK:STDOUT: true 35
// CHECK:STDOUT: count 2 RefCell { value: Account { owner: "ana", balance: 35 } }
// CHECK:STDOUT: count 1
// CHECK:STDOUT: ptr_eq true
// CHECK:STDOUT: a dropped, b alive: a
// CHECK:STDOUT: drop a
// CHECK:STDOUT: leaf parent = None
// CHECK:STDOUT: leaf parent = Some(5)
// CHECK:STDOUT: branch strong 1 weak 1
// CHECK:STDOUT: leaf strong 2 weak 0
// CHECK:STDOUT: children sum 3
// CHECK:STDOUT: 8 Cell { value: 8 }
// CHECK:STDOUT: ["start", "end"] 2
// CHECK:STDOUT: ["start", "end"] ["fresh"]
// CHECK:STDOUT: unwrapped only
