// `externref<T>` holds a host (JavaScript) value as a Wasm externref: it is
// passed to and returned from host fns with no table or glue, copied like
// a number, and compared to null with `is_null`.
// RUN-ARGS: --host {dir}/externref.host.mjs

// The host type the references stand for.
struct Element;

#[wasm::import(module = "dom")]
extern "js" {
    fn create(tag: &str) -> externref<Element>;
    fn find(id: u32) -> externref<Element>;
    fn append(parent: externref<Element>, child: externref<Element>);
    fn describe(el: externref<Element>);
}

fn make_list(items: u32) -> externref<Element> {
    let list = create("ul");
    for _ in 0..items {
        let item = create("li");
        append(list, item);
    }
    list
}

fn first_found(a: u32, b: u32) -> externref<Element> {
    let el = find(a);
    if el.is_null() {
        find(b)
    } else {
        el
    }
}

fn main() {
    let list = make_list(3);
    describe(list);
    println!("list is null: {}", list.is_null());
    println!("find(7) is null: {}", find(7).is_null());
    describe(first_found(7, 1));
}

// CHECK:STDOUT: [js] <ul> with 3 children: li,li,li
// CHECK:STDOUT: list is null: false
// CHECK:STDOUT: find(7) is null: true
// CHECK:STDOUT: [js] <main> with 0 children: 
