// std::collections: the module programs `use` HashMap, HashSet, BTreeMap
// and BTreeSet from (they live in hash_map.rs, hash_set.rs, btree_map.rs),
// and the two helper traits those are written with: how a key is looked
// up by something it borrows as (a String key by a `&str`, as in Rust),
// and what `entry(k).or_default()` inserts.

// `map.get(q)` with `q: &Q` finds the key `k` when `Q::wasm_key_of(&k) ==
// q`. Rust states this as `K: Borrow<Q>`; the checker cannot yet bound an
// impl's parameter from one method's `where` clause, so the library turns
// it round and bounds the method's own Q.
pub trait WasmKeyOf<K: ?Sized> {
    fn wasm_key_of(key: &K) -> &Self;
}

// (Its parameter is named so that a program's own type `T` cannot be taken
// for it.)
impl<WasmKey: ?Sized> WasmKeyOf<WasmKey> for WasmKey {
    fn wasm_key_of(key: &WasmKey) -> &WasmKey {
        key
    }
}

impl<WasmKey: ?Sized> WasmKeyOf<&WasmKey> for WasmKey {
    fn wasm_key_of(key: &&WasmKey) -> &WasmKey {
        *key
    }
}

impl WasmKeyOf<String> for str {
    fn wasm_key_of(key: &String) -> &str {
        key.as_str()
    }
}

impl<T> WasmKeyOf<Vec<T>> for [T] {
    fn wasm_key_of(key: &Vec<T>) -> &[T] {
        key.as_slice()
    }
}

// What `entry(k).or_default()` inserts. (The checker knows no `Default`
// impls, so the library names its own: zero, false, '\0', empty.)
pub trait WasmDefault {
    fn wasm_default() -> Self;
}

impl WasmDefault for i8 {
    fn wasm_default() -> i8 {
        0
    }
}

impl WasmDefault for i16 {
    fn wasm_default() -> i16 {
        0
    }
}

impl WasmDefault for i32 {
    fn wasm_default() -> i32 {
        0
    }
}

impl WasmDefault for i64 {
    fn wasm_default() -> i64 {
        0
    }
}

impl WasmDefault for isize {
    fn wasm_default() -> isize {
        0
    }
}

impl WasmDefault for u8 {
    fn wasm_default() -> u8 {
        0
    }
}

impl WasmDefault for u16 {
    fn wasm_default() -> u16 {
        0
    }
}

impl WasmDefault for u32 {
    fn wasm_default() -> u32 {
        0
    }
}

impl WasmDefault for u64 {
    fn wasm_default() -> u64 {
        0
    }
}

impl WasmDefault for usize {
    fn wasm_default() -> usize {
        0
    }
}

impl WasmDefault for f32 {
    fn wasm_default() -> f32 {
        0.0
    }
}

impl WasmDefault for f64 {
    fn wasm_default() -> f64 {
        0.0
    }
}

impl WasmDefault for bool {
    fn wasm_default() -> bool {
        false
    }
}

impl WasmDefault for char {
    fn wasm_default() -> char {
        '\0'
    }
}

impl WasmDefault for String {
    fn wasm_default() -> String {
        String::new()
    }
}

impl<T> WasmDefault for Vec<T> {
    fn wasm_default() -> Vec<T> {
        Vec::new()
    }
}

impl<T> WasmDefault for Option<T> {
    fn wasm_default() -> Option<T> {
        None
    }
}

pub mod collections {
    pub use super::binary_heap::BinaryHeap;
    pub use super::btree_map::BTreeMap;
    pub use super::btree_set::BTreeSet;
    pub use super::hash_map::HashMap;
    pub use super::hash_set::HashSet;
    pub use super::vec_deque::VecDeque;
}
