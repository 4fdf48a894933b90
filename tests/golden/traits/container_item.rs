// A container trait with `type Item`: impls for a stack of numbers and a
// shelf of names; default methods and generic fns use `Self::Item` and
// `C::Item`, and bounds on the item (`C::Item: Debug` style via a bound
// binding) let generic code print it.
use std::fmt::Debug;

trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
    fn put(&mut self, item: Self::Item);
    fn size(&self) -> usize;
}

struct Stack {
    items: Vec<i64>,
}

struct Shelf {
    names: Vec<String>,
}

impl Container for Stack {
    type Item = i64;
    fn get(&self, i: usize) -> Option<&i64> {
        self.items.get(i)
    }
    fn put(&mut self, item: i64) {
        self.items.push(item);
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

impl Container for Shelf {
    type Item = String;
    fn get(&self, i: usize) -> Option<&String> {
        self.names.get(i)
    }
    fn put(&mut self, item: Self::Item) {
        self.names.push(item);
    }
    fn size(&self) -> usize {
        self.names.len()
    }
}

fn fill<C: Container>(c: &mut C, items: Vec<C::Item>) -> usize {
    for it in items {
        c.put(it);
    }
    c.size()
}

fn show_all<C, T>(c: &C) -> String
where
    C: Container<Item = T>,
    T: Debug,
{
    let mut out = String::new();
    for i in 0..c.size() {
        if let Some(x) = c.get(i) {
            out.push_str(&format!("[{:?}]", x));
        }
    }
    out
}

fn take_first<C: Container>(c: &C) -> Option<&C::Item> {
    c.first()
}

fn main() {
    let mut s = Stack { items: vec![1] };
    println!("{}", fill(&mut s, vec![2, 3, -4]));
    println!("{}", show_all(&s));
    println!("{:?}", take_first(&s));
    let mut sh = Shelf { names: Vec::new() };
    println!("{:?}", take_first(&sh));
    sh.put("ada".to_string());
    println!("{}", fill(&mut sh, vec!["grace".to_string(), "barbara".to_string()]));
    println!("{}", show_all(&sh));
    println!("{:?} {:?}", sh.first(), sh.get(2));
}

// CHECK:STDOUT: 4
// CHECK:STDOUT: [1][2][3][-4]
// CHECK:STDOUT: Some(1)
// CHECK:STDOUT: None
// CHECK:STDOUT: 3
// CHECK:STDOUT: ["ada"]["grace"]["barbara"]
// CHECK:STDOUT: Some("ada") Some("barbara")
