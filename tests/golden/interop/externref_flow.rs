// `externref<T>` values flow like numbers: through a generic fn's instance,
// `match` arms, deferred initialization, `loop` break values and `if`.
// RUN-ARGS: --host {dir}/externref_flow.host.mjs

struct Node;

#[wasm::import(module = "tree")]
extern "js" {
    fn root() -> externref<Node>;
    fn child(parent: externref<Node>, index: u32) -> externref<Node>;
    fn label(node: externref<Node>);
}

fn same<T>(x: T) -> T {
    x
}

fn deepest_first(node: externref<Node>) -> externref<Node> {
    let mut at = node;
    loop {
        let next = child(at, 0);
        if next.is_null() {
            break at;
        }
        at = next;
    }
}

fn main() {
    let r = same(root());
    label(r);
    let picked = match 2 {
        1 => r,
        _ => child(r, 1),
    };
    label(picked);
    let chosen: externref<Node>;
    if picked.is_null() {
        chosen = r;
    } else {
        chosen = picked;
    }
    label(chosen);
    label(deepest_first(r));
    println!("child 5 is null: {}", child(r, 5).is_null());
}

// CHECK:STDOUT: [js] root
// CHECK:STDOUT: [js] b
// CHECK:STDOUT: [js] b
// CHECK:STDOUT: [js] a.0
// CHECK:STDOUT: child 5 is null: true
