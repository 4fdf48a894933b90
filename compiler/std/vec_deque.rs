// VecDeque<T>: a double-ended queue in one ring buffer of `cap` elements.
// The live elements are the `len` slots from `head` on, wrapping round at
// `cap`, so both ends push and pop in constant time (what BFS queues and
// sliding windows need). The buffer doubles when full and is then laid
// out again from slot 0. Capacity is not Rust's (it never shows in what a
// program prints except through `capacity()`). Dropping the deque drops
// every element and frees the buffer.

pub mod vec_deque {
    pub struct VecDeque<T> {
        ptr: usize,
        cap: usize,
        head: usize,
        len: usize,
    }

    impl<T> VecDeque<T> {
        pub fn new() -> VecDeque<T> {
            VecDeque { ptr: wasm::mem::align_of::<T>(), cap: 0, head: 0, len: 0 }
        }

        pub fn with_capacity(capacity: usize) -> VecDeque<T> {
            let mut d = VecDeque::new();
            d.grow_to(capacity);
            d
        }

        pub fn len(&self) -> usize {
            self.len
        }

        pub fn is_empty(&self) -> bool {
            self.len == 0
        }

        pub fn capacity(&self) -> usize {
            if wasm::mem::size_of::<T>() == 0 {
                return usize::MAX;
            }
            self.cap
        }

        // The address of the element `index` places from the front
        // (index < cap).
        fn slot(&self, index: usize) -> usize {
            let mut i = self.head + index;
            if i >= self.cap {
                i -= self.cap;
            }
            self.ptr + i * wasm::mem::size_of::<T>()
        }

        // A buffer of `cap` slots holding the same elements from slot 0.
        fn grow_to(&mut self, cap: usize) {
            let size = wasm::mem::size_of::<T>();
            if cap <= self.cap {
                return;
            }
            if size == 0 {
                self.cap = 0x7FFFFFFF;
                return;
            }
            if cap > 0x7FFF0000 / size {
                panic!("capacity overflow");
            }
            let fresh = wasm::heap::alloc_array::<T>(cap);
            let mut i = 0;
            while i < self.len {
                wasm::mem::copy(fresh + i * size, self.slot(i), size);
                i += 1;
            }
            if self.cap > 0 {
                wasm::heap::dealloc_array::<T>(self.ptr, self.cap);
            }
            self.ptr = fresh;
            self.cap = cap;
            self.head = 0;
        }

        fn grow_for_one(&mut self) {
            if self.len == self.cap {
                let mut cap = self.cap * 2;
                if cap < 4 {
                    cap = 4;
                }
                self.grow_to(cap);
            }
        }

        pub fn reserve(&mut self, additional: usize) {
            if self.cap - self.len < additional {
                let mut cap = self.cap * 2;
                if cap < self.len + additional {
                    cap = self.len + additional;
                }
                self.grow_to(cap);
            }
        }

        pub fn push_back(&mut self, value: T) {
            self.grow_for_one();
            wasm::mem::write::<T>(self.slot(self.len), value);
            self.len += 1;
        }

        pub fn push_front(&mut self, value: T) {
            self.grow_for_one();
            if self.head == 0 {
                self.head = self.cap - 1;
            } else {
                self.head -= 1;
            }
            self.len += 1;
            wasm::mem::write::<T>(self.slot(0), value);
        }

        pub fn pop_back(&mut self) -> Option<T> {
            if self.len == 0 {
                return None;
            }
            self.len -= 1;
            Some(wasm::mem::read::<T>(self.slot(self.len)))
        }

        pub fn pop_front(&mut self) -> Option<T> {
            if self.len == 0 {
                return None;
            }
            let value = wasm::mem::read::<T>(self.slot(0));
            self.head += 1;
            if self.head >= self.cap {
                self.head = 0;
            }
            self.len -= 1;
            Some(value)
        }

        pub fn get(&self, index: usize) -> Option<&T> {
            if index >= self.len {
                return None;
            }
            Some(wasm::mem::ref_at::<T>(self.slot(index)))
        }

        pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
            if index >= self.len {
                return None;
            }
            Some(wasm::mem::ref_mut_at::<T>(self.slot(index)))
        }

        pub fn front(&self) -> Option<&T> {
            self.get(0)
        }

        pub fn back(&self) -> Option<&T> {
            if self.len == 0 {
                return None;
            }
            self.get(self.len - 1)
        }

        pub fn front_mut(&mut self) -> Option<&mut T> {
            self.get_mut(0)
        }

        pub fn back_mut(&mut self) -> Option<&mut T> {
            if self.len == 0 {
                return None;
            }
            let last = self.len - 1;
            self.get_mut(last)
        }

        #[track_caller]
        pub fn swap(&mut self, i: usize, j: usize) {
            if i >= self.len || j >= self.len {
                panic!("assertion failed: i < self.len()");
            }
            if i != j {
                let size = wasm::mem::size_of::<T>();
                let a = self.slot(i);
                let b = self.slot(j);
                let x = wasm::mem::read::<T>(a);
                wasm::mem::copy(a, b, size);
                wasm::mem::write::<T>(b, x);
            }
        }

        // The elements from `len` on are dropped front to back.
        pub fn truncate(&mut self, len: usize) {
            let old = self.len;
            if len >= old {
                return;
            }
            self.len = len;
            let mut i = len;
            while i < old {
                wasm::mem::drop_in_place::<T>(self.slot(i));
                i += 1;
            }
        }

        pub fn clear(&mut self) {
            self.truncate(0);
            self.head = 0;
        }

        // Moves the elements from `from` on one place towards the back
        // (the slot at `len` must be free) or, from `to` on, one towards
        // the front (the slot at `to - 1` is overwritten).
        fn shift_back(&mut self, from: usize) {
            let size = wasm::mem::size_of::<T>();
            let mut i = self.len;
            while i > from {
                wasm::mem::copy(self.slot(i), self.slot(i - 1), size);
                i -= 1;
            }
        }

        fn shift_front(&mut self, to: usize) {
            let size = wasm::mem::size_of::<T>();
            let mut i = to;
            while i < self.len {
                wasm::mem::copy(self.slot(i - 1), self.slot(i), size);
                i += 1;
            }
        }

        #[track_caller]
        pub fn insert(&mut self, index: usize, value: T) {
            if index > self.len {
                panic!("index out of bounds");
            }
            self.grow_for_one();
            self.shift_back(index);
            wasm::mem::write::<T>(self.slot(index), value);
            self.len += 1;
        }

        pub fn remove(&mut self, index: usize) -> Option<T> {
            if index >= self.len {
                return None;
            }
            let value = wasm::mem::read::<T>(self.slot(index));
            self.shift_front(index + 1);
            self.len -= 1;
            Some(value)
        }

        pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut keep: F) {
            let size = wasm::mem::size_of::<T>();
            let mut kept = 0;
            let mut i = 0;
            while i < self.len {
                let at = self.slot(i);
                if keep(wasm::mem::ref_at::<T>(at)) {
                    if kept != i {
                        wasm::mem::copy(self.slot(kept), at, size);
                    }
                    kept += 1;
                } else {
                    wasm::mem::drop_in_place::<T>(at);
                }
                i += 1;
            }
            self.len = kept;
        }

        pub fn append(&mut self, other: &mut VecDeque<T>) {
            self.reserve(other.len);
            while let Some(x) = other.pop_front() {
                self.push_back(x);
            }
        }

        pub fn rotate_left(&mut self, n: usize) {
            if n > self.len {
                panic!("assertion failed: mid <= self.len()");
            }
            let mut i = 0;
            while i < n {
                let x = self.pop_front().unwrap();
                self.push_back(x);
                i += 1;
            }
        }

        pub fn rotate_right(&mut self, n: usize) {
            if n > self.len {
                panic!("assertion failed: k <= self.len()");
            }
            let mut i = 0;
            while i < n {
                let x = self.pop_back().unwrap();
                self.push_front(x);
                i += 1;
            }
        }

        // The elements in one piece from slot 0, as a slice (for sorting).
        pub fn make_contiguous(&mut self) -> &mut [T] {
            if self.head + self.len > self.cap {
                let cap = self.cap;
                let len = self.len;
                let size = wasm::mem::size_of::<T>();
                let fresh = wasm::heap::alloc_array::<T>(cap);
                let mut i = 0;
                while i < len {
                    wasm::mem::copy(fresh + i * size, self.slot(i), size);
                    i += 1;
                }
                wasm::heap::dealloc_array::<T>(self.ptr, cap);
                self.ptr = fresh;
                self.head = 0;
            }
            wasm::mem::slice_mut_at::<T>(self.slot(0), self.len)
        }

        pub fn iter(&self) -> Iter<T> {
            Iter { deque: self, front: 0, back: self.len }
        }

        pub fn iter_mut(&mut self) -> IterMut<T> {
            let back = self.len;
            IterMut { ptr: self.ptr, cap: self.cap, head: self.head, front: 0, back: back, deque: self }
        }

        pub fn into_iter(self) -> IntoIter<T> {
            IntoIter { deque: self }
        }

        pub fn drain(&mut self) -> IntoIter<T> {
            let mut taken = VecDeque::new();
            taken.ptr = self.ptr;
            taken.cap = self.cap;
            taken.head = self.head;
            taken.len = self.len;
            self.ptr = wasm::mem::align_of::<T>();
            self.cap = 0;
            self.head = 0;
            self.len = 0;
            IntoIter { deque: taken }
        }

        pub fn extend<A: WasmExtendItem<T>, J: Iterator<Item = A>, K: IntoIterator<J>>(
            &mut self,
            iter: K,
        ) {
            let mut it = iter.wasm_into_iter();
            while let Some(x) = it.next() {
                self.push_back(A::wasm_item(x));
            }
        }
    }

    impl<T: PartialEq> VecDeque<T> {
        pub fn contains(&self, x: &T) -> bool {
            let mut i = 0;
            while i < self.len {
                if *wasm::mem::ref_at::<T>(self.slot(i)) == *x {
                    return true;
                }
                i += 1;
            }
            false
        }
    }

    // ------------------------------------------------------------ iterators

    pub struct Iter<'a, T> {
        deque: &'a VecDeque<T>,
        front: usize,
        back: usize,
    }

    impl<'a, T> Iterator for Iter<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T> {
            if self.front == self.back {
                return None;
            }
            let r = wasm::mem::ref_at::<T>(self.deque.slot(self.front));
            self.front += 1;
            Some(r)
        }
    }

    impl<'a, T> DoubleEndedIterator<&'a T> for Iter<'a, T> {
        fn next_back(&mut self) -> Option<&'a T> {
            if self.front == self.back {
                return None;
            }
            self.back -= 1;
            Some(wasm::mem::ref_at::<T>(self.deque.slot(self.back)))
        }
    }

    impl<'a, T> ExactSizeIterator for Iter<'a, T> {
        fn len(&self) -> usize {
            self.back - self.front
        }
    }

    // Holds the deque's exclusive borrow; the slots are computed from a
    // copy of its layout so that handing out `&mut` items never reborrows
    // the deque.
    pub struct IterMut<'a, T> {
        ptr: usize,
        cap: usize,
        head: usize,
        front: usize,
        back: usize,
        deque: &'a mut VecDeque<T>,
    }

    impl<'a, T> IterMut<'a, T> {
        fn slot(&self, index: usize) -> usize {
            let mut i = self.head + index;
            if i >= self.cap {
                i -= self.cap;
            }
            self.ptr + i * wasm::mem::size_of::<T>()
        }
    }

    impl<'a, T> Iterator for IterMut<'a, T> {
        type Item = &'a mut T;
        fn next(&mut self) -> Option<&'a mut T> {
            if self.front == self.back {
                return None;
            }
            let r = wasm::mem::ref_mut_at::<T>(self.slot(self.front));
            self.front += 1;
            Some(r)
        }
    }

    impl<'a, T> DoubleEndedIterator<&'a mut T> for IterMut<'a, T> {
        fn next_back(&mut self) -> Option<&'a mut T> {
            if self.front == self.back {
                return None;
            }
            self.back -= 1;
            Some(wasm::mem::ref_mut_at::<T>(self.slot(self.back)))
        }
    }

    impl<'a, T> ExactSizeIterator for IterMut<'a, T> {
        fn len(&self) -> usize {
            self.back - self.front
        }
    }

    // By value: pops from the deque it owns, which drops what is left.
    pub struct IntoIter<T> {
        deque: VecDeque<T>,
    }

    impl<T> Iterator for IntoIter<T> {
        type Item = T;
        fn next(&mut self) -> Option<T> {
            self.deque.pop_front()
        }
    }

    impl<T> DoubleEndedIterator<T> for IntoIter<T> {
        fn next_back(&mut self) -> Option<T> {
            self.deque.pop_back()
        }
    }

    impl<T> ExactSizeIterator for IntoIter<T> {
        fn len(&self) -> usize {
            self.deque.len
        }
    }

    // ---------------------------------------------------------------- traits

    impl<T> Drop for VecDeque<T> {
        fn drop(&mut self) {
            self.truncate(0);
            if self.cap > 0 && wasm::mem::size_of::<T>() > 0 {
                wasm::heap::dealloc_array::<T>(self.ptr, self.cap);
            }
        }
    }

    impl<T> Index<usize> for VecDeque<T> {
        type Output = T;
        #[track_caller]
        fn index(&self, index: usize) -> &T {
            match self.get(index) {
                Some(x) => x,
                None => panic!("Out of bounds access"),
            }
        }
    }

    impl<T> IndexMut<usize> for VecDeque<T> {
        #[track_caller]
        fn index_mut(&mut self, index: usize) -> &mut T {
            match self.get_mut(index) {
                Some(x) => x,
                None => panic!("Out of bounds access"),
            }
        }
    }

    impl<T> FromIterator<T> for VecDeque<T> {
        fn from_iter<I: Iterator<Item = T>>(mut iter: I) -> VecDeque<T> {
            let mut d = VecDeque::new();
            while let Some(x) = iter.next() {
                d.push_back(x);
            }
            d
        }
    }

    impl<T> From<Vec<T>> for VecDeque<T> {
        fn from(v: Vec<T>) -> VecDeque<T> {
            let mut d = VecDeque::new();
            d.reserve(v.len());
            for x in v {
                d.push_back(x);
            }
            d
        }
    }

    impl<T> From<VecDeque<T>> for Vec<T> {
        fn from(d: VecDeque<T>) -> Vec<T> {
            let mut v = Vec::with_capacity(d.len());
            for x in d {
                v.push(x);
            }
            v
        }
    }

    impl<T: Clone> Clone for VecDeque<T> {
        fn clone(&self) -> VecDeque<T> {
            let mut d = VecDeque::with_capacity(self.len);
            for x in self.iter() {
                d.push_back(x.clone());
            }
            d
        }
    }

    impl<T: PartialEq> PartialEq for VecDeque<T> {
        fn eq(&self, other: &VecDeque<T>) -> bool {
            if self.len != other.len {
                return false;
            }
            let mut i = 0;
            while i < self.len {
                if *wasm::mem::ref_at::<T>(self.slot(i)) != *wasm::mem::ref_at::<T>(other.slot(i)) {
                    return false;
                }
                i += 1;
            }
            true
        }
    }

    impl<T> Default for VecDeque<T> {
        fn default() -> VecDeque<T> {
            VecDeque::new()
        }
    }

    impl<T> WasmDefault for VecDeque<T> {
        fn wasm_default() -> VecDeque<T> {
            VecDeque::new()
        }
    }

    impl<T: Debug> Debug for VecDeque<T> {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            let mut l = f.debug_list();
            for x in self.iter() {
                l.entry(x);
            }
            l.finish()
        }
    }
}
