// externref<T> values stored in linear memory: a struct field, a Vec, an
// Option, a HashMap value, an enum payload, a Box. Each location owns a slot
// of the module's reference table: the host counts the slots in use
// (`refs.live`), which must follow the program's values exactly and be 0
// once they are all dropped; freed slots are reused.
// RUN-ARGS: --host {dir}/externref_table.host.mjs

use std::collections::HashMap;

struct Element;

#[wasm::import(module = "dom")]
extern "js" {
    fn create(tag: &str) -> externref<Element>;
    fn show(el: externref<Element>);
}

#[wasm::import(module = "refs")]
extern "js" {
    fn live() -> u32;
    fn size() -> u32;
}

#[derive(Clone)]
struct Widget {
    el: externref<Element>,
    clicks: u32,
}

enum Slot {
    Empty,
    Full(externref<Element>, u8),
}

fn make(tag: &str) -> Widget {
    Widget { el: create(tag), clicks: 0 }
}

fn main() {
    let mut w = make("button");
    show(w.el);
    println!("live after one widget: {}", live());
    w.el = create("a");
    show(w.el);
    println!("live after assigning the field: {}", live());
    let w2 = w.clone();
    show(w2.el);
    println!("live after clone: {}", live());
    drop(w2);
    println!("live after drop: {}", live());

    let mut list: Vec<externref<Element>> = Vec::new();
    for tag in ["li1", "li2", "li3", "li4"] {
        list.push(create(tag));
    }
    println!("live with a list of 4: {}", live());
    let last = list.pop().unwrap();
    show(last);
    println!("live after pop: {}", live());
    list.remove(0);
    for el in list.iter() {
        show(*el);
    }
    list[0] = create("li2b");
    show(list[0]);
    list.swap(0, 1);
    show(list[0]);
    println!("is_null: {}", list[1].is_null());
    println!("live: {} (list of {})", live(), list.len());
    let copy = list.clone();
    println!("live after cloning the list: {}", live());
    drop(copy);
    list.clear();
    println!("live after clear: {}", live());

    let mut maybe: Option<externref<Element>> = None;
    println!("none: {}", maybe.is_none());
    maybe = Some(create("p"));
    if let Some(el) = maybe {
        show(el);
    }
    let taken = std::mem::replace(&mut maybe, Some(create("q")));
    show(taken.unwrap());
    println!("live with an option: {}", live());

    let mut by_name: HashMap<String, Widget> = HashMap::new();
    by_name.insert("ok".to_string(), make("ok-button"));
    by_name.insert("cancel".to_string(), make("cancel-button"));
    if let Some(b) = by_name.get_mut("ok") {
        b.clicks += 1;
        show(b.el);
    }
    by_name.remove("cancel");
    println!("live with a map: {}", live());

    let slots = vec![Slot::Empty, Slot::Full(create("td"), 1), Slot::Full(create("th"), 2)];
    for s in &slots {
        match s {
            Slot::Empty => println!("empty"),
            Slot::Full(el, n) => {
                println!("{}", n);
                show(*el);
            }
        }
    }
    let boxed = Box::new((create("span"), 7));
    show(boxed.0);
    println!("live before the end: {}", live());
    drop(boxed);
    drop(slots);
    drop(by_name);
    drop(maybe);
    drop(list);
    drop(w);
    println!("live at the end: {}, table size: {}", live(), size());
    // Slots are reused: a new round needs no new ones.
    let again: Vec<Widget> = (0..5).map(|_| make("x")).collect();
    println!("live: {}, table size: {}", live(), size());
    drop(again);
    println!("live: {}", live());
}

// CHECK:STDOUT: [js] <button>
// CHECK:STDOUT: live after one widget: 1
// CHECK:STDOUT: [js] <a>
// CHECK:STDOUT: live after assigning the field: 1
// CHECK:STDOUT: [js] <a>
// CHECK:STDOUT: live after clone: 2
// CHECK:STDOUT: live after drop: 1
// CHECK:STDOUT: live with a list of 4: 5
// CHECK:STDOUT: [js] <li4>
// CHECK:STDOUT: live after pop: 4
// CHECK:STDOUT: [js] <li2>
// CHECK:STDOUT: [js] <li3>
// CHECK:STDOUT: [js] <li2b>
// CHECK:STDOUT: [js] <li3>
// CHECK:STDOUT: is_null: false
// CHECK:STDOUT: live: 3 (list of 2)
// CHECK:STDOUT: live after cloning the list: 5
// CHECK:STDOUT: live after clear: 1
// CHECK:STDOUT: none: true
// CHECK:STDOUT: [js] <p>
// CHECK:STDOUT: [js] <p>
// CHECK:STDOUT: live with an option: 2
// CHECK:STDOUT: [js] <ok-button>
// CHECK:STDOUT: live with a map: 3
// CHECK:STDOUT: empty
// CHECK:STDOUT: 1
// CHECK:STDOUT: [js] <td>
// CHECK:STDOUT: 2
// CHECK:STDOUT: [js] <th>
// CHECK:STDOUT: [js] <span>
// CHECK:STDOUT: live before the end: 6
// CHECK:STDOUT: live at the end: 0, table size: 6
// CHECK:STDOUT: live: 5, table size: 6
// CHECK:STDOUT: live: 0
