// HashMap<K, V>: a hash table in two Vecs. `entries` holds the (hash, key,
// value) buckets densely, in insertion order (a removal moves the last
// bucket into the hole); `slots` is the open-addressing index, a power of
// two long, each slot 0 (empty) or a bucket's index + 1, probed linearly
// from `hash & (slots.len() - 1)`. Removal shifts the probe run back, so
// there are no tombstones. The table doubles when it would be more than
// 3/4 full. Keys are hashed by `wasm::mem::hash` (structural, see
// compiler/lower/lower_hash.cpp), so any `K: Hash` works, a String key
// hashes as its str, and lookups take any `&Q` the key borrows as (WasmKeyOf in collections.rs).
// Dropping the map drops the Vecs, and so every key and value.
//
// Iteration follows the buckets' order; rustc's HashMap iterates in a
// random order, so programs that must agree with it sort what they print.
// The types live in `mod hash_map` (found as std::collections::HashMap
// through collections.rs); programs do not see their helper names.

pub mod hash_map {
    struct Bucket<K, V> {
        hash: usize,
        key: K,
        value: V,
    }

    pub struct HashMap<K, V> {
        entries: Vec<Bucket<K, V>>,
        slots: Vec<u32>,
    }

    // What `find` answers when the key is absent.
    const ABSENT: usize = usize::MAX;

    impl<K, V> HashMap<K, V> {
        pub fn new() -> HashMap<K, V> {
            HashMap { entries: Vec::new(), slots: Vec::new() }
        }

        pub fn with_capacity(capacity: usize) -> HashMap<K, V> {
            let mut map = HashMap { entries: Vec::with_capacity(capacity), slots: Vec::new() };
            map.rehash(slots_for(capacity));
            map
        }

        pub fn len(&self) -> usize {
            self.entries.len()
        }

        pub fn is_empty(&self) -> bool {
            self.entries.len() == 0
        }

        pub fn capacity(&self) -> usize {
            self.slots.len() / 4 * 3
        }

        pub fn clear(&mut self) {
            self.entries.clear();
            let mut i = 0;
            while i < self.slots.len() {
                self.slots[i] = 0;
                i += 1;
            }
        }

        pub fn iter(&self) -> Iter<K, V> {
            Iter { ptr: self.entries_addr(), front: 0, back: self.entries.len() }
        }

        pub fn iter_mut(&mut self) -> IterMut<K, V> {
            IterMut { ptr: self.entries_addr(), front: 0, back: self.entries.len() }
        }

        pub fn keys(&self) -> Keys<K, V> {
            Keys { inner: self.iter() }
        }

        pub fn values(&self) -> Values<K, V> {
            Values { inner: self.iter() }
        }

        pub fn values_mut(&mut self) -> ValuesMut<K, V> {
            ValuesMut { inner: self.iter_mut() }
        }

        pub fn into_iter(self) -> IntoIter<K, V> {
            let mut map = self;
            let entries = std::mem::replace(&mut map.entries, Vec::new());
            IntoIter { inner: entries.into_iter() }
        }

        pub fn drain(&mut self) -> IntoIter<K, V> {
            let entries = std::mem::replace(&mut self.entries, Vec::new());
            self.clear();
            IntoIter { inner: entries.into_iter() }
        }

        pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut keep: F) {
            let old = std::mem::replace(&mut self.entries, Vec::new());
            for b in old.into_iter() {
                let mut b = b;
                if keep(&b.key, &mut b.value) {
                    self.entries.push(b);
                }
            }
            let n = self.slots.len();
            self.rehash(n);
        }

        fn entries_addr(&self) -> usize {
            wasm::mem::addr_of::<[Bucket<K, V>]>(self.entries.as_slice())
        }

        // Rebuilds the index with `n` slots (a power of two, or 0).
        fn rehash(&mut self, n: usize) {
            self.slots.clear();
            self.slots.resize(n, 0);
            let mut i = 0;
            while i < self.entries.len() {
                let at = self.free_slot(self.entries[i].hash);
                self.slots[at] = (i + 1) as u32;
                i += 1;
            }
        }

        fn free_slot(&self, hash: usize) -> usize {
            let mask = self.slots.len() - 1;
            let mut at = hash & mask;
            while self.slots[at] != 0 {
                at = (at + 1) & mask;
            }
            at
        }

        // Room for one more bucket within the 3/4 load limit.
        fn reserve_one(&mut self) {
            if (self.entries.len() + 1) * 4 > self.slots.len() * 3 {
                let n = if self.slots.len() == 0 { 8 } else { self.slots.len() * 2 };
                self.rehash(n);
            }
        }

        // The slot that holds bucket `index` (which is in the table).
        fn slot_of(&self, index: usize) -> usize {
            let mask = self.slots.len() - 1;
            let mut at = self.entries[index].hash & mask;
            while self.slots[at] as usize != index + 1 {
                at = (at + 1) & mask;
            }
            at
        }

        // Empties slot `at`, moving later members of its probe run back
        // so that every bucket stays reachable from its home slot.
        fn clear_slot(&mut self, at: usize) {
            let mask = self.slots.len() - 1;
            let mut hole = at;
            let mut next = (at + 1) & mask;
            while self.slots[next] != 0 {
                let s = self.slots[next];
                let home = self.entries[s as usize - 1].hash & mask;
                let stays = if hole <= next {
                    hole < home && home <= next
                } else {
                    hole < home || home <= next
                };
                if !stays {
                    self.slots[hole] = s;
                    hole = next;
                }
                next = (next + 1) & mask;
            }
            self.slots[hole] = 0;
        }

        // Takes bucket `index` out of both the index and the entries.
        fn take(&mut self, index: usize) -> Bucket<K, V> {
            let at = self.slot_of(index);
            self.clear_slot(at);
            let last = self.entries.len() - 1;
            if index != last {
                let moved = self.slot_of(last);
                self.slots[moved] = (index + 1) as u32;
            }
            self.entries.swap_remove(index)
        }

        fn push_new(&mut self, hash: usize, key: K, value: V) -> usize {
            self.reserve_one();
            let at = self.free_slot(hash);
            let index = self.entries.len();
            self.slots[at] = (index + 1) as u32;
            self.entries.push(Bucket { hash: hash, key: key, value: value });
            index
        }
    }

    // The smallest power-of-two index that holds `n` buckets.
    fn slots_for(n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        let mut slots = 8;
        while slots / 4 * 3 < n {
            slots *= 2;
        }
        slots
    }

    impl<K: Hash + Eq, V> HashMap<K, V> {
        // The bucket whose key equals `key`, or ABSENT.
        fn find<Q: ?Sized + Hash + Eq + WasmKeyOf<K>>(&self, hash: usize, key: &Q) -> usize {
            if self.entries.len() == 0 {
                return ABSENT;
            }
            let mask = self.slots.len() - 1;
            let mut at = hash & mask;
            loop {
                let s = self.slots[at] as usize;
                if s == 0 {
                    return ABSENT;
                }
                let b = &self.entries[s - 1];
                if b.hash == hash && Q::wasm_key_of(&b.key) == key {
                    return s - 1;
                }
                at = (at + 1) & mask;
            }
        }

        // `find` for a K itself (no Borrow to solve).
        fn find_key(&self, hash: usize, key: &K) -> usize {
            if self.entries.len() == 0 {
                return ABSENT;
            }
            let mask = self.slots.len() - 1;
            let mut at = hash & mask;
            loop {
                let s = self.slots[at] as usize;
                if s == 0 {
                    return ABSENT;
                }
                let b = &self.entries[s - 1];
                if b.hash == hash && b.key == *key {
                    return s - 1;
                }
                at = (at + 1) & mask;
            }
        }

        pub fn insert(&mut self, key: K, value: V) -> Option<V> {
            let hash = wasm::mem::hash(&key);
            let i = self.find_key(hash, &key);
            if i != ABSENT {
                return Some(std::mem::replace(&mut self.entries[i].value, value));
            }
            self.push_new(hash, key, value);
            None
        }

        pub fn get<Q: ?Sized + Hash + Eq + WasmKeyOf<K>>(&self, key: &Q) -> Option<&V> {
            let i = self.find(wasm::mem::hash(key), key);
            if i == ABSENT {
                return None;
            }
            Some(&self.entries[i].value)
        }

        pub fn get_mut<Q: ?Sized + Hash + Eq + WasmKeyOf<K>>(&mut self, key: &Q) -> Option<&mut V> {
            let i = self.find(wasm::mem::hash(key), key);
            if i == ABSENT {
                return None;
            }
            Some(&mut self.entries[i].value)
        }

        pub fn get_key_value<Q: ?Sized + Hash + Eq + WasmKeyOf<K>>(&self, key: &Q) -> Option<(&K, &V)> {
            let i = self.find(wasm::mem::hash(key), key);
            if i == ABSENT {
                return None;
            }
            let b = &self.entries[i];
            Some((&b.key, &b.value))
        }

        pub fn contains_key<Q: ?Sized + Hash + Eq + WasmKeyOf<K>>(&self, key: &Q) -> bool {
            self.find(wasm::mem::hash(key), key) != ABSENT
        }

        pub fn remove<Q: ?Sized + Hash + Eq + WasmKeyOf<K>>(&mut self, key: &Q) -> Option<V> {
            let i = self.find(wasm::mem::hash(key), key);
            if i == ABSENT {
                return None;
            }
            // (Taken apart through a local: the key is dropped with it.)
            let b = self.take(i);
            Some(b.value)
        }

        pub fn remove_entry<Q: ?Sized + Hash + Eq + WasmKeyOf<K>>(&mut self, key: &Q) -> Option<(K, V)> {
            let i = self.find(wasm::mem::hash(key), key);
            if i == ABSENT {
                return None;
            }
            let b = self.take(i);
            Some((b.key, b.value))
        }

        pub fn entry(&mut self, key: K) -> Entry<K, V> {
            let hash = wasm::mem::hash(&key);
            let index = self.find_key(hash, &key);
            Entry { map: self, key: key, hash: hash, index: index }
        }
    }

    // What `map.entry(key)` gives: the key's bucket, or where it would go.
    // (rustc's Entry is an enum of Occupied and Vacant; this one is matched
    // through its methods only.)
    pub struct Entry<'a, K, V> {
        map: &'a mut HashMap<K, V>,
        key: K,
        hash: usize,
        index: usize,
    }

    impl<'a, K, V> Entry<'a, K, V> {
        pub fn key(&self) -> &K {
            if self.index == ABSENT {
                return &self.key;
            }
            &self.map.entries[self.index].key
        }

        pub fn or_insert(self, default: V) -> &'a mut V {
            let map = self.map;
            let mut index = self.index;
            if index == ABSENT {
                index = map.push_new(self.hash, self.key, default);
            }
            &mut map.entries[index].value
        }

        pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V {
            let map = self.map;
            let mut index = self.index;
            if index == ABSENT {
                index = map.push_new(self.hash, self.key, default());
            }
            &mut map.entries[index].value
        }

        pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<'a, K, V> {
            let map = self.map;
            if self.index != ABSENT {
                f(&mut map.entries[self.index].value);
            }
            Entry { map: map, key: self.key, hash: self.hash, index: self.index }
        }
    }

    impl<'a, K, V: WasmDefault> Entry<'a, K, V> {
        pub fn or_default(self) -> &'a mut V {
            let map = self.map;
            let mut index = self.index;
            if index == ABSENT {
                index = map.push_new(self.hash, self.key, V::wasm_default());
            }
            &mut map.entries[index].value
        }
    }

    // ------------------------------------------------------------ iterators

    pub struct Iter<'a, K, V> {
        ptr: usize,
        front: usize,
        back: usize,
    }

    impl<'a, K, V> Iterator for Iter<'a, K, V> {
        type Item = (&'a K, &'a V);
        fn next(&mut self) -> Option<(&'a K, &'a V)> {
            if self.front == self.back {
                return None;
            }
            let size = wasm::mem::size_of::<Bucket<K, V>>();
            let b = wasm::mem::ref_at::<Bucket<K, V>>(self.ptr + self.front * size);
            self.front += 1;
            Some((&b.key, &b.value))
        }
    }

    impl<'a, K, V> Iter<'a, K, V> {
        pub fn len(&self) -> usize {
            self.back - self.front
        }
    }

    pub struct IterMut<'a, K, V> {
        ptr: usize,
        front: usize,
        back: usize,
    }

    impl<'a, K, V> Iterator for IterMut<'a, K, V> {
        type Item = (&'a K, &'a mut V);
        fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
            if self.front == self.back {
                return None;
            }
            let size = wasm::mem::size_of::<Bucket<K, V>>();
            let b = wasm::mem::ref_mut_at::<Bucket<K, V>>(self.ptr + self.front * size);
            self.front += 1;
            Some((&b.key, &mut b.value))
        }
    }

    pub struct Keys<'a, K, V> {
        inner: Iter<'a, K, V>,
    }

    impl<'a, K, V> Iterator for Keys<'a, K, V> {
        type Item = &'a K;
        fn next(&mut self) -> Option<&'a K> {
            match self.inner.next() {
                Some((k, _)) => Some(k),
                None => None,
            }
        }
    }

    pub struct Values<'a, K, V> {
        inner: Iter<'a, K, V>,
    }

    impl<'a, K, V> Iterator for Values<'a, K, V> {
        type Item = &'a V;
        fn next(&mut self) -> Option<&'a V> {
            match self.inner.next() {
                Some((_, v)) => Some(v),
                None => None,
            }
        }
    }

    pub struct ValuesMut<'a, K, V> {
        inner: IterMut<'a, K, V>,
    }

    impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
        type Item = &'a mut V;
        fn next(&mut self) -> Option<&'a mut V> {
            match self.inner.next() {
                Some((_, v)) => Some(v),
                None => None,
            }
        }
    }

    // The map's pairs by value; what is not taken is dropped with it.
    pub struct IntoIter<K, V> {
        inner: super::IntoIter<Bucket<K, V>>,
    }

    impl<K, V> Iterator for IntoIter<K, V> {
        type Item = (K, V);
        fn next(&mut self) -> Option<(K, V)> {
            match self.inner.next() {
                Some(b) => Some((b.key, b.value)),
                None => None,
            }
        }
    }

    // ---------------------------------------------------------------- traits

    impl<K: Hash + Eq, V> FromIterator<(K, V)> for HashMap<K, V> {
        fn from_iter<I: Iterator<Item = (K, V)>>(mut iter: I) -> HashMap<K, V> {
            let mut map = HashMap::new();
            while let Some((k, v)) = iter.next() {
                map.insert(k, v);
            }
            map
        }
    }

    impl<K: Hash + Eq + Clone, V: Clone> Clone for HashMap<K, V> {
        fn clone(&self) -> HashMap<K, V> {
            let mut map = HashMap::with_capacity(self.len());
            for b in self.entries.iter() {
                map.insert(b.key.clone(), b.value.clone());
            }
            map
        }
    }

    impl<K: Hash + Eq, V: PartialEq> PartialEq for HashMap<K, V> {
        fn eq(&self, other: &HashMap<K, V>) -> bool {
            if self.len() != other.len() {
                return false;
            }
            for b in self.entries.iter() {
                let i = other.find_key(b.hash, &b.key);
                if i == ABSENT || other.entries[i].value != b.value {
                    return false;
                }
            }
            true
        }
    }

    // `map[&key]` (and `map["text"]` for String keys) panics when absent.
    impl<'a, K: Hash + Eq, V, Q: ?Sized + Hash + Eq + WasmKeyOf<K>> Index<&'a Q> for HashMap<K, V> {
        type Output = V;
        #[track_caller]
        fn index(&self, key: &Q) -> &V {
            match self.get(key) {
                Some(v) => v,
                None => panic!("no entry found for key"),
            }
        }
    }

    impl<K, V> WasmDefault for HashMap<K, V> {
        fn wasm_default() -> HashMap<K, V> {
            HashMap::new()
        }
    }

    impl<K: Debug, V: Debug> Debug for HashMap<K, V> {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            let mut m = f.debug_map();
            for b in self.entries.iter() {
                m.entry(&b.key, &b.value);
            }
            m.finish()
        }
    }
}
