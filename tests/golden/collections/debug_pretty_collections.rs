// {:#?} of std collections (maps, sets, deques, heaps, Rc, RefCell) alone
// and nested in derived structs and Vecs, next to their compact {:?} form.
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, VecDeque};
use std::rc::Rc;

#[derive(Debug, Clone)]
struct Item {
    name: String,
    tags: Vec<u32>,
}

#[derive(Debug)]
struct Inventory {
    by_name: BTreeMap<String, Item>,
    ids: BTreeSet<i32>,
    queue: VecDeque<(i32, char)>,
    empty: HashMap<i32, i32>,
}

fn main() {
    let mut m = BTreeMap::new();
    m.insert(2, vec![1, 2]);
    m.insert(1, vec![]);
    println!("{:#?}", m);
    println!("{:?}", m);

    let mut h = HashMap::new();
    h.insert("only", (1, 2.5));
    println!("{:#?}", h);
    let mut hs = HashSet::new();
    hs.insert(7u8);
    println!("{:#?}", hs);

    let mut q = VecDeque::new();
    q.push_back(1);
    q.push_front(0);
    println!("{:#?}", q);
    let mut heap = BinaryHeap::new();
    heap.push(3);
    println!("{:#?}", heap);
    let empty: BTreeMap<i32, i32> = BTreeMap::new();
    println!("{:#?} {:#?}", empty, VecDeque::<u8>::new());

    let mut inv = Inventory {
        by_name: BTreeMap::new(),
        ids: BTreeSet::new(),
        queue: VecDeque::new(),
        empty: HashMap::new(),
    };
    inv.by_name.insert(String::from("axe"), Item { name: String::from("axe"), tags: vec![3, 4] });
    inv.by_name.insert(String::from("bow"), Item { name: String::from("bow"), tags: vec![] });
    inv.ids.insert(5);
    inv.ids.insert(-1);
    inv.queue.push_back((1, 'x'));
    println!("{:#?}", inv);
    println!("{:?}", inv);

    let mut one = BTreeSet::new();
    one.insert(1);
    one.insert(2);
    let v = vec![one, BTreeSet::new()];
    println!("{:#?}", v);
    let s = format!("{:#?}", Some(VecDeque::from(vec![9])));
    println!("{}", s);

    let rc = Rc::new(Item { name: String::from("rc"), tags: vec![1] });
    println!("{:#?}", rc);
    let cell = RefCell::new(vec![1]);
    println!("{:#?}", cell);
    println!("{:?}", cell);
    let c = Cell::new(5);
    println!("{:#?} {:?}", c, c);
    let mut inner = BTreeMap::new();
    inner.insert(2, 3);
    let mut nested = BTreeMap::new();
    nested.insert(1, inner);
    println!("{:#?}", nested);
}

// CHECK:STDOUT: {
// CHECK:STDOUT:     1: [],
// CHECK:STDOUT:     2: [
// CHECK:STDOUT:         1,
// CHECK:STDOUT:         2,
// CHECK:STDOUT:     ],
// CHECK:STDOUT: }
// CHECK:STDOUT: {1: [], 2: [1, 2]}
// CHECK:STDOUT: {
// CHECK:STDOUT:     "only": (
// CHECK:STDOUT:         1,
// CHECK:STDOUT:         2.5,
// CHECK:STDOUT:     ),
// CHECK:STDOUT: }
// CHECK:STDOUT: {
// CHECK:STDOUT:     7,
// CHECK:STDOUT: }
// CHECK:STDOUT: [
// CHECK:STDOUT:     0,
// CHECK:STDOUT:     1,
// CHECK:STDOUT: ]
// CHECK:STDOUT: [
// CHECK:STDOUT:     3,
// CHECK:STDOUT: ]
// CHECK:STDOUT: {} []
// CHECK:STDOUT: Inventory {
// CHECK:STDOUT:     by_name: {
// CHECK:STDOUT:         "axe": Item {
// CHECK:STDOUT:             name: "axe",
// CHECK:STDOUT:             tags: [
// CHECK:STDOUT:                 3,
// CHECK:STDOUT:                 4,
// CHECK:STDOUT:             ],
// CHECK:STDOUT:         },
// CHECK:STDOUT:         "bow": Item {
// CHECK:STDOUT:             name: "bow",
// CHECK:STDOUT:             tags: [],
// CHECK:STDOUT:         },
// CHECK:STDOUT:     },
// CHECK:STDOUT:     ids: {
// CHECK:STDOUT:         -1,
// CHECK:STDOUT:         5,
// CHECK:STDOUT:     },
// CHECK:STDOUT:     queue: [
// CHECK:STDOUT:         (
// CHECK:STDOUT:             1,
// CHECK:STDOUT:             'x',
// CHECK:STDOUT:         ),
// CHECK:STDOUT:     ],
// CHECK:STDOUT:     empty: {},
// CHECK:STDOUT: }
// CHECK:STDOUT: Inventory { by_name: {"axe": Item { name: "axe", tags: [3, 4] }, "bow": Item { name: "bow", tags: [] }}, ids: {-1, 5}, queue: [(1, 'x')], empty: {} }
// CHECK:STDOUT: [
// CHECK:STDOUT:     {
// CHECK:STDOUT:         1,
// CHECK:STDOUT:         2,
// CHECK:STDOUT:     },
// CHECK:STDOUT:     {},
// CHECK:STDOUT: ]
// CHECK:STDOUT: Some(
// CHECK:STDOUT:     [
// CHECK:STDOUT:         9,
// CHECK:STDOUT:     ],
// CHECK:STDOUT: )
// CHECK:STDOUT: Item {
// CHECK:STDOUT:     name: "rc",
// CHECK:STDOUT:     tags: [
// CHECK:STDOUT:         1,
// CHECK:STDOUT:     ],
// CHECK:STDOUT: }
// CHECK:STDOUT: RefCell {
// CHECK:STDOUT:     value: [
// CHECK:STDOUT:         1,
// CHECK:STDOUT:     ],
// CHECK:STDOUT: }
// CHECK:STDOUT: RefCell { value: [1] }
// CHECK:STDOUT: Cell {
// CHECK:STDOUT:     value: 5,
// CHECK:STDOUT: } Cell { value: 5 }
// CHECK:STDOUT: {
// CHECK:STDOUT:     1: {
// CHECK:STDOUT:         2: 3,
// CHECK:STDOUT:     },
// CHECK:STDOUT: }
