// Host references: a to-do list that keeps its DOM nodes (externref) in structs and a Vec.

// `externref<T>` is a JS reference held without glue. Stored in a struct,
// a Vec or an Option it lives in the module's reference table: each value
// owns its slot, dropping it frees the slot, so the host can collect the
// node. `held()` counts the slots in use. The host's DOM is plain JS
// objects (the playground runs programs in a worker, which has no
// document); `render` returns HTML as a JS string, read with
// `String::from_js`.
use wasm::js::JsString;

struct Node;

#[wasm::import(module = "dom")]
extern "js" {
    fn create(tag: &str) -> externref<Node>;
    fn set_text(node: externref<Node>, text: &str);
    fn append(parent: externref<Node>, child: externref<Node>);
    fn remove(parent: externref<Node>, child: externref<Node>);
    fn render(node: externref<Node>) -> externref<JsString>;
    fn held() -> u32;
}

struct Item {
    node: externref<Node>,
    title: String,
    done: bool,
}

struct TodoList {
    root: externref<Node>,
    items: Vec<Item>,
    selected: Option<externref<Node>>,
}

impl TodoList {
    fn new() -> TodoList {
        TodoList { root: create("ul"), items: Vec::new(), selected: None }
    }

    fn add(&mut self, title: &str) {
        let node = create("li");
        set_text(node, title);
        append(self.root, node);
        self.items.push(Item { node, title: title.to_string(), done: false });
    }

    fn finish(&mut self, index: usize) {
        let item = &mut self.items[index];
        item.done = true;
        set_text(item.node, &format!("{} (done)", item.title));
        self.selected = Some(item.node);
    }

    fn clear_done(&mut self) {
        let root = self.root;
        self.items.retain(|item| {
            if item.done {
                remove(root, item.node);
            }
            !item.done
        });
        self.selected = None;
    }

    fn show(&self) {
        println!("{}", String::from_js(render(self.root)));
    }
}

fn main() {
    let mut list = TodoList::new();
    for title in ["write the parser", "check borrows", "emit wasm", "ship it"] {
        list.add(title);
    }
    list.finish(1);
    list.finish(2);
    list.show();
    println!("references held: {}", held());
    list.clear_done();
    list.show();
    println!("references held: {}", held());
    drop(list);
    println!("references held after drop: {}", held());
}
