// More places an externref<T> lives in memory: a `for` loop that consumes a
// Vec (to the end, and with a `break`), `into_iter` adapters (which borrow
// the element), a `static mut`, a tuple struct passed and returned, nested
// Vecs, arrays, tuples. The host counts the reference table's slots in use.
// RUN-ARGS: --host {dir}/externref_table.host.mjs

struct Element;

#[wasm::import(module = "dom")]
extern "js" {
    fn create(tag: &str) -> externref<Element>;
    fn show(el: externref<Element>);
}

#[wasm::import(module = "refs")]
extern "js" {
    fn live() -> u32;
}

static mut CURRENT: Option<externref<Element>> = None;

struct Pair(externref<Element>, externref<Element>);

fn swap_pair(p: Pair) -> Pair {
    Pair(p.1, p.0)
}

fn main() {
    let list = vec![create("a"), create("b"), create("c")];
    for el in list {
        show(el);
        if el.is_null() {
            break;
        }
    }
    println!("live after a consuming loop: {}", live());
    let list = vec![create("a"), create("b"), create("c")];
    for el in list {
        show(el);
        break;
    }
    println!("live after a loop that breaks: {}", live());
    let v: Vec<externref<Element>> = vec![create("x"), create("y")];
    let total: usize = v.into_iter().filter(|e| !e.is_null()).count();
    println!("{} live after into_iter: {}", total, live());
    unsafe {
        CURRENT = Some(create("main"));
        CURRENT = Some(create("other"));
    }
    println!("live with a static: {}", live());
    let p = swap_pair(Pair(create("left"), create("right")));
    show(p.0);
    println!("live with a pair: {}", live());
    let mut opts: Vec<Option<externref<Element>>> = vec![None, Some(create("o"))];
    opts.truncate(1);
    let nested = vec![vec![create("n1")], vec![create("n2"), create("n3")]];
    println!("live: {} {}", live(), nested.len());
    let arr = [create("r0"), create("r1")];
    show(arr[1]);
    let t = (1, create("t"));
    show(t.1);
    println!("live: {}", live());
}

// CHECK:STDOUT: [js] <a>
// CHECK:STDOUT: [js] <b>
// CHECK:STDOUT: [js] <c>
// CHECK:STDOUT: live after a consuming loop: 0
// CHECK:STDOUT: [js] <a>
// CHECK:STDOUT: live after a loop that breaks: 0
// CHECK:STDOUT: 2 live after into_iter: 0
// CHECK:STDOUT: live with a static: 1
// CHECK:STDOUT: [js] <right>
// CHECK:STDOUT: live with a pair: 3
// CHECK:STDOUT: live: 6 2
// CHECK:STDOUT: [js] <r1>
// CHECK:STDOUT: [js] <t>
// CHECK:STDOUT: live: 9
