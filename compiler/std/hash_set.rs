// HashSet<T>: a HashMap<T, ()> (hash_map.rs), so it has the same layout,
// hashing and growth. The set operations (`union`, `intersection`,
// `difference`, `symmetric_difference`) are iterators of references, as in
// Rust; like the map, a set iterates in its buckets' order, which rustc
// randomizes, so programs that must agree with it sort what they print.

pub mod hash_set {
    use super::hash_map::HashMap;
    use super::hash_map::Keys;

    pub struct HashSet<T> {
        map: HashMap<T, ()>,
    }

    impl<T> HashSet<T> {
        pub fn new() -> HashSet<T> {
            HashSet { map: HashMap::new() }
        }

        pub fn with_capacity(capacity: usize) -> HashSet<T> {
            HashSet { map: HashMap::with_capacity(capacity) }
        }

        pub fn len(&self) -> usize {
            self.map.len()
        }

        pub fn is_empty(&self) -> bool {
            self.map.is_empty()
        }

        pub fn capacity(&self) -> usize {
            self.map.capacity()
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

        pub fn drain(&mut self) -> IntoIter<T> {
            IntoIter { inner: self.map.drain() }
        }

        pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut keep: F) {
            self.map.retain(|k, _| keep(k));
        }
    }

    impl<T: Hash + Eq> HashSet<T> {
        pub fn insert(&mut self, value: T) -> bool {
            if self.map.contains_key(&value) {
                return false;
            }
            self.map.insert(value, ());
            true
        }

        pub fn contains<Q: ?Sized + Hash + Eq + WasmKeyOf<T>>(&self, value: &Q) -> bool {
            self.map.contains_key(value)
        }

        pub fn get<Q: ?Sized + Hash + Eq + WasmKeyOf<T>>(&self, value: &Q) -> Option<&T> {
            match self.map.get_key_value(value) {
                Some((k, _)) => Some(k),
                None => None,
            }
        }

        pub fn remove<Q: ?Sized + Hash + Eq + WasmKeyOf<T>>(&mut self, value: &Q) -> bool {
            self.map.remove(value).is_some()
        }

        pub fn take<Q: ?Sized + Hash + Eq + WasmKeyOf<T>>(&mut self, value: &Q) -> Option<T> {
            match self.map.remove_entry(value) {
                Some((k, _)) => Some(k),
                None => None,
            }
        }

        pub fn union<'a>(&'a self, other: &'a HashSet<T>) -> Union<'a, T> {
            Union { first: self.iter(), second: other.iter(), skip: self }
        }

        pub fn intersection<'a>(&'a self, other: &'a HashSet<T>) -> Intersection<'a, T> {
            Intersection { iter: self.iter(), other: other }
        }

        pub fn difference<'a>(&'a self, other: &'a HashSet<T>) -> Difference<'a, T> {
            Difference { iter: self.iter(), other: other }
        }

        pub fn symmetric_difference<'a>(&'a self, other: &'a HashSet<T>) -> SymmetricDifference<'a, T> {
            SymmetricDifference {
                first: self.difference(other),
                second: other.difference(self),
            }
        }

        pub fn is_subset(&self, other: &HashSet<T>) -> bool {
            for x in self.iter() {
                if !other.contains(x) {
                    return false;
                }
            }
            true
        }

        pub fn is_superset(&self, other: &HashSet<T>) -> bool {
            other.is_subset(self)
        }

        pub fn is_disjoint(&self, other: &HashSet<T>) -> bool {
            for x in self.iter() {
                if other.contains(x) {
                    return false;
                }
            }
            true
        }
    }

    // ------------------------------------------------------------ iterators

    pub struct Iter<'a, T> {
        keys: Keys<'a, T, ()>,
    }

    impl<'a, T> Iterator for Iter<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T> {
            self.keys.next()
        }
    }

    pub struct IntoIter<T> {
        inner: super::hash_map::IntoIter<T, ()>,
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

    // The first set's elements, then the second's that the first lacks.
    pub struct Union<'a, T> {
        first: Iter<'a, T>,
        second: Iter<'a, T>,
        skip: &'a HashSet<T>,
    }

    impl<'a, T: Hash + Eq> Iterator for Union<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T> {
            if let Some(x) = self.first.next() {
                return Some(x);
            }
            loop {
                match self.second.next() {
                    Some(x) => {
                        if !self.skip.contains(x) {
                            return Some(x);
                        }
                    }
                    None => return None,
                }
            }
        }
    }

    pub struct Intersection<'a, T> {
        iter: Iter<'a, T>,
        other: &'a HashSet<T>,
    }

    impl<'a, T: Hash + Eq> Iterator for Intersection<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T> {
            loop {
                match self.iter.next() {
                    Some(x) => {
                        if self.other.contains(x) {
                            return Some(x);
                        }
                    }
                    None => return None,
                }
            }
        }
    }

    pub struct Difference<'a, T> {
        iter: Iter<'a, T>,
        other: &'a HashSet<T>,
    }

    impl<'a, T: Hash + Eq> Iterator for Difference<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T> {
            loop {
                match self.iter.next() {
                    Some(x) => {
                        if !self.other.contains(x) {
                            return Some(x);
                        }
                    }
                    None => return None,
                }
            }
        }
    }

    pub struct SymmetricDifference<'a, T> {
        first: Difference<'a, T>,
        second: Difference<'a, T>,
    }

    impl<'a, T: Hash + Eq> Iterator for SymmetricDifference<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T> {
            match self.first.next() {
                Some(x) => Some(x),
                None => self.second.next(),
            }
        }
    }

    // ---------------------------------------------------------------- traits

    impl<T: Hash + Eq> FromIterator<T> for HashSet<T> {
        fn from_iter<I: Iterator<Item = T>>(mut iter: I) -> HashSet<T> {
            let mut set = HashSet::new();
            while let Some(x) = iter.next() {
                set.insert(x);
            }
            set
        }
    }

    impl<T: Hash + Eq + Clone> Clone for HashSet<T> {
        fn clone(&self) -> HashSet<T> {
            HashSet { map: self.map.clone() }
        }
    }

    impl<T: Hash + Eq> PartialEq for HashSet<T> {
        fn eq(&self, other: &HashSet<T>) -> bool {
            self.len() == other.len() && self.is_subset(other)
        }
    }

    impl<T> WasmDefault for HashSet<T> {
        fn wasm_default() -> HashSet<T> {
            HashSet::new()
        }
    }

    impl<T: Debug> Debug for HashSet<T> {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            let mut l = f.debug_set();
            for x in self.iter() {
                l.entry(x);
            }
            l.finish()
        }
    }
}
