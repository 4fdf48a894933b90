// BTreeMap<K, V> and BTreeSet<T>: ordered by key, as Rust's are, so they
// iterate, print and `first`/`last` in key order. Here that is one Vec of
// (key, value) pairs kept sorted, searched by binary search: lookups are
// O(log n), an insertion or removal in the middle moves the pairs after
// it (fine for the sizes programs print). BTreeSet<T> is a BTreeMap<T, ()>.

pub mod btree_map {
    pub struct BTreeMap<K, V> {
        entries: Vec<(K, V)>,
    }

    impl<K, V> BTreeMap<K, V> {
        pub fn new() -> BTreeMap<K, V> {
            BTreeMap { entries: Vec::new() }
        }

        pub fn len(&self) -> usize {
            self.entries.len()
        }

        pub fn is_empty(&self) -> bool {
            self.entries.len() == 0
        }

        pub fn clear(&mut self) {
            self.entries.clear();
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

        pub fn into_iter(self) -> super::IntoIter<(K, V)> {
            let mut map = self;
            let entries = std::mem::replace(&mut map.entries, Vec::new());
            entries.into_iter()
        }

        pub fn first_key_value(&self) -> Option<(&K, &V)> {
            match self.entries.first() {
                Some(e) => Some((&e.0, &e.1)),
                None => None,
            }
        }

        pub fn last_key_value(&self) -> Option<(&K, &V)> {
            match self.entries.last() {
                Some(e) => Some((&e.0, &e.1)),
                None => None,
            }
        }

        pub fn pop_first(&mut self) -> Option<(K, V)> {
            if self.entries.len() == 0 {
                return None;
            }
            Some(self.entries.remove(0))
        }

        pub fn pop_last(&mut self) -> Option<(K, V)> {
            self.entries.pop()
        }

        pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut keep: F) {
            let old = std::mem::replace(&mut self.entries, Vec::new());
            for e in old.into_iter() {
                let mut e = e;
                if keep(&e.0, &mut e.1) {
                    self.entries.push(e);
                }
            }
        }

        fn entries_addr(&self) -> usize {
            wasm::mem::addr_of::<[(K, V)]>(self.entries.as_slice())
        }
    }

    impl<K: Ord, V> BTreeMap<K, V> {
        // Ok(index of the key), or Err(where it would be inserted).
        fn search<Q: ?Sized + Ord + WasmKeyOf<K>>(&self, key: &Q) -> Result<usize, usize> {
            let mut lo = 0;
            let mut hi = self.entries.len();
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                let k = Q::wasm_key_of(&self.entries[mid].0);
                if k < key {
                    lo = mid + 1;
                } else if k == key {
                    return Ok(mid);
                } else {
                    hi = mid;
                }
            }
            Err(lo)
        }

        fn search_key(&self, key: &K) -> Result<usize, usize> {
            let mut lo = 0;
            let mut hi = self.entries.len();
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                let k = &self.entries[mid].0;
                if *k < *key {
                    lo = mid + 1;
                } else if *k == *key {
                    return Ok(mid);
                } else {
                    hi = mid;
                }
            }
            Err(lo)
        }

        pub fn insert(&mut self, key: K, value: V) -> Option<V> {
            match self.search_key(&key) {
                Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
                Err(i) => {
                    self.entries.insert(i, (key, value));
                    None
                }
            }
        }

        pub fn get<Q: ?Sized + Ord + WasmKeyOf<K>>(&self, key: &Q) -> Option<&V> {
            match self.search(key) {
                Ok(i) => Some(&self.entries[i].1),
                Err(_) => None,
            }
        }

        pub fn get_mut<Q: ?Sized + Ord + WasmKeyOf<K>>(&mut self, key: &Q) -> Option<&mut V> {
            match self.search(key) {
                Ok(i) => Some(&mut self.entries[i].1),
                Err(_) => None,
            }
        }

        pub fn get_key_value<Q: ?Sized + Ord + WasmKeyOf<K>>(&self, key: &Q) -> Option<(&K, &V)> {
            match self.search(key) {
                Ok(i) => {
                    let e = &self.entries[i];
                    Some((&e.0, &e.1))
                }
                Err(_) => None,
            }
        }

        pub fn contains_key<Q: ?Sized + Ord + WasmKeyOf<K>>(&self, key: &Q) -> bool {
            self.search(key).is_ok()
        }

        pub fn remove<Q: ?Sized + Ord + WasmKeyOf<K>>(&mut self, key: &Q) -> Option<V> {
            match self.search(key) {
                Ok(i) => {
                    let (_, v) = self.entries.remove(i);
                    Some(v)
                }
                Err(_) => None,
            }
        }

        pub fn remove_entry<Q: ?Sized + Ord + WasmKeyOf<K>>(&mut self, key: &Q) -> Option<(K, V)> {
            match self.search(key) {
                Ok(i) => Some(self.entries.remove(i)),
                Err(_) => None,
            }
        }

        pub fn entry(&mut self, key: K) -> Entry<K, V> {
            let at = self.search_key(&key);
            Entry { map: self, key: key, at: at }
        }
    }

    // What `map.entry(key)` gives: the key's pair (Ok), or where it would go.
    pub struct Entry<'a, K, V> {
        map: &'a mut BTreeMap<K, V>,
        key: K,
        at: Result<usize, usize>,
    }

    impl<'a, K, V> Entry<'a, K, V> {
        pub fn key(&self) -> &K {
            match self.at {
                Ok(i) => &self.map.entries[i].0,
                Err(_) => &self.key,
            }
        }

        pub fn or_insert(self, default: V) -> &'a mut V {
            let map = self.map;
            let i = match self.at {
                Ok(i) => i,
                Err(i) => {
                    map.entries.insert(i, (self.key, default));
                    i
                }
            };
            &mut map.entries[i].1
        }

        pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V {
            let map = self.map;
            let i = match self.at {
                Ok(i) => i,
                Err(i) => {
                    map.entries.insert(i, (self.key, default()));
                    i
                }
            };
            &mut map.entries[i].1
        }

        pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<'a, K, V> {
            let map = self.map;
            if let Ok(i) = self.at {
                f(&mut map.entries[i].1);
            }
            Entry { map: map, key: self.key, at: self.at }
        }
    }

    impl<'a, K, V: WasmDefault> Entry<'a, K, V> {
        pub fn or_default(self) -> &'a mut V {
            let map = self.map;
            let i = match self.at {
                Ok(i) => i,
                Err(i) => {
                    map.entries.insert(i, (self.key, V::wasm_default()));
                    i
                }
            };
            &mut map.entries[i].1
        }
    }

    // ------------------------------------------------------------ iterators

    pub struct Iter<'a, K, V> {
        ptr: usize,
        front: usize,
        back: usize,
    }

    impl<'a, K, V> Iter<'a, K, V> {
        fn at(&self, i: usize) -> (&'a K, &'a V) {
            let e = wasm::mem::ref_at::<(K, V)>(self.ptr + i * wasm::mem::size_of::<(K, V)>());
            (&e.0, &e.1)
        }

        pub fn len(&self) -> usize {
            self.back - self.front
        }
    }

    impl<'a, K, V> Iterator for Iter<'a, K, V> {
        type Item = (&'a K, &'a V);
        fn next(&mut self) -> Option<(&'a K, &'a V)> {
            if self.front == self.back {
                return None;
            }
            self.front += 1;
            Some(self.at(self.front - 1))
        }
    }

    impl<'a, K, V> DoubleEndedIterator<(&'a K, &'a V)> for Iter<'a, K, V> {
        fn next_back(&mut self) -> Option<(&'a K, &'a V)> {
            if self.front == self.back {
                return None;
            }
            self.back -= 1;
            Some(self.at(self.back))
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
            let size = wasm::mem::size_of::<(K, V)>();
            let e = wasm::mem::ref_mut_at::<(K, V)>(self.ptr + self.front * size);
            self.front += 1;
            Some((&e.0, &mut e.1))
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

    impl<'a, K, V> DoubleEndedIterator<&'a K> for Keys<'a, K, V> {
        fn next_back(&mut self) -> Option<&'a K> {
            match self.inner.next_back() {
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

    impl<'a, K, V> DoubleEndedIterator<&'a V> for Values<'a, K, V> {
        fn next_back(&mut self) -> Option<&'a V> {
            match self.inner.next_back() {
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

    // ---------------------------------------------------------------- traits

    impl<K: Ord, V> FromIterator<(K, V)> for BTreeMap<K, V> {
        fn from_iter<I: Iterator<Item = (K, V)>>(mut iter: I) -> BTreeMap<K, V> {
            let mut map = BTreeMap::new();
            while let Some((k, v)) = iter.next() {
                map.insert(k, v);
            }
            map
        }
    }

    impl<K: Clone, V: Clone> Clone for BTreeMap<K, V> {
        fn clone(&self) -> BTreeMap<K, V> {
            BTreeMap { entries: self.entries.clone() }
        }
    }

    impl<K: PartialEq, V: PartialEq> PartialEq for BTreeMap<K, V> {
        fn eq(&self, other: &BTreeMap<K, V>) -> bool {
            self.entries == other.entries
        }
    }

    impl<'a, K: Ord, V, Q: ?Sized + Ord + WasmKeyOf<K>> Index<&'a Q> for BTreeMap<K, V> {
        type Output = V;
        #[track_caller]
        fn index(&self, key: &Q) -> &V {
            match self.get(key) {
                Some(v) => v,
                None => panic!("no entry found for key"),
            }
        }
    }

    impl<K, V> WasmDefault for BTreeMap<K, V> {
        fn wasm_default() -> BTreeMap<K, V> {
            BTreeMap::new()
        }
    }

    impl<K: Debug, V: Debug> Debug for BTreeMap<K, V> {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            let mut m = f.debug_map();
            for e in self.entries.iter() {
                m.entry(&e.0, &e.1);
            }
            m.finish()
        }
    }
}

pub mod btree_set {
    use super::btree_map::BTreeMap;
    use super::btree_map::Keys;

    pub struct BTreeSet<T> {
        map: BTreeMap<T, ()>,
    }

    impl<T> BTreeSet<T> {
        pub fn new() -> BTreeSet<T> {
            BTreeSet { map: BTreeMap::new() }
        }

        pub fn len(&self) -> usize {
            self.map.len()
        }

        pub fn is_empty(&self) -> bool {
            self.map.is_empty()
        }

        pub fn clear(&mut self) {
            self.map.clear();
        }

        pub fn iter(&self) -> Iter<T> {
            Iter { keys: self.map.keys() }
        }

        pub fn into_iter(self) -> IntoIter<T> {
            IntoIter { inner: self.map.into_iter() }
        }

        pub fn first(&self) -> Option<&T> {
            match self.map.first_key_value() {
                Some((k, _)) => Some(k),
                None => None,
            }
        }

        pub fn last(&self) -> Option<&T> {
            match self.map.last_key_value() {
                Some((k, _)) => Some(k),
                None => None,
            }
        }

        pub fn pop_first(&mut self) -> Option<T> {
            match self.map.pop_first() {
                Some((k, _)) => Some(k),
                None => None,
            }
        }

        pub fn pop_last(&mut self) -> Option<T> {
            match self.map.pop_last() {
                Some((k, _)) => Some(k),
                None => None,
            }
        }

        pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut keep: F) {
            self.map.retain(|k, _| keep(k));
        }
    }

    impl<T: Ord> BTreeSet<T> {
        pub fn insert(&mut self, value: T) -> bool {
            self.map.insert(value, ()).is_none()
        }

        pub fn contains<Q: ?Sized + Ord + WasmKeyOf<T>>(&self, value: &Q) -> bool {
            self.map.contains_key(value)
        }

        pub fn remove<Q: ?Sized + Ord + WasmKeyOf<T>>(&mut self, value: &Q) -> bool {
            self.map.remove(value).is_some()
        }

        pub fn is_subset(&self, other: &BTreeSet<T>) -> bool {
            for x in self.iter() {
                if !other.contains(x) {
                    return false;
                }
            }
            true
        }

        pub fn is_superset(&self, other: &BTreeSet<T>) -> bool {
            other.is_subset(self)
        }
    }

    pub struct Iter<'a, T> {
        keys: Keys<'a, T, ()>,
    }

    impl<'a, T> Iterator for Iter<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T> {
            self.keys.next()
        }
    }

    impl<'a, T> DoubleEndedIterator<&'a T> for Iter<'a, T> {
        fn next_back(&mut self) -> Option<&'a T> {
            self.keys.next_back()
        }
    }

    pub struct IntoIter<T> {
        inner: super::IntoIter<(T, ())>,
    }

    impl<T> Iterator for IntoIter<T> {
        type Item = T;
        fn next(&mut self) -> Option<T> {
            match self.inner.next() {
                Some((k, _)) => Some(k),
                None => None,
            }
        }
    }

    impl<T: Ord> FromIterator<T> for BTreeSet<T> {
        fn from_iter<I: Iterator<Item = T>>(mut iter: I) -> BTreeSet<T> {
            let mut set = BTreeSet::new();
            while let Some(x) = iter.next() {
                set.insert(x);
            }
            set
        }
    }

    impl<T: Clone> Clone for BTreeSet<T> {
        fn clone(&self) -> BTreeSet<T> {
            BTreeSet { map: self.map.clone() }
        }
    }

    impl<T: PartialEq> PartialEq for BTreeSet<T> {
        fn eq(&self, other: &BTreeSet<T>) -> bool {
            self.map == other.map
        }
    }

    impl<T> WasmDefault for BTreeSet<T> {
        fn wasm_default() -> BTreeSet<T> {
            BTreeSet::new()
        }
    }

    impl<T: Debug> Debug for BTreeSet<T> {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            let mut s = f.debug_set();
            for x in self.iter() {
                s.entry(x);
            }
            s.finish()
        }
    }
}
