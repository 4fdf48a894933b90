// BinaryHeap<T>: a max-heap in a Vec (the greatest element at index 0,
// each element no less than its children at 2i+1 and 2i+2), and
// std::cmp::Reverse, which turns it into a min-heap. Pushing sifts the new
// element up; popping moves the last element to the root, sinks it to the
// bottom along the greater children and sifts it back up; building from a
// Vec sinks every parent from the last one up. These are the comparisons
// rustc's heap makes, in the same order, so `{:?}`, `iter()` and
// `into_vec()`, which show the array as it is, print what rustc prints.

pub mod binary_heap {
    pub struct BinaryHeap<T> {
        data: Vec<T>,
    }

    impl<T> BinaryHeap<T> {
        pub fn len(&self) -> usize {
            self.data.len()
        }

        pub fn is_empty(&self) -> bool {
            self.data.is_empty()
        }

        pub fn capacity(&self) -> usize {
            self.data.capacity()
        }

        pub fn clear(&mut self) {
            self.data.clear();
        }

        pub fn peek(&self) -> Option<&T> {
            self.data.first()
        }

        pub fn iter(&self) -> super::Iter<T> {
            self.data.iter()
        }

        pub fn into_vec(self) -> Vec<T> {
            self.data
        }

        pub fn into_iter(self) -> super::IntoIter<T> {
            self.data.into_iter()
        }

        pub fn drain(&mut self) -> super::IntoIter<T> {
            let mut taken = Vec::new();
            taken.append(&mut self.data);
            taken.into_iter()
        }

        pub fn as_slice(&self) -> &[T] {
            self.data.as_slice()
        }
    }

    impl<T: Ord> BinaryHeap<T> {
        pub fn new() -> BinaryHeap<T> {
            BinaryHeap { data: Vec::new() }
        }

        pub fn with_capacity(capacity: usize) -> BinaryHeap<T> {
            BinaryHeap { data: Vec::with_capacity(capacity) }
        }

        pub fn push(&mut self, item: T) {
            self.data.push(item);
            let last = self.data.len() - 1;
            self.sift_up(0, last);
        }

        pub fn pop(&mut self) -> Option<T> {
            if self.data.is_empty() {
                return None;
            }
            // The last element takes the root's place.
            let item = self.data.swap_remove(0);
            if !self.data.is_empty() {
                self.sink_to_bottom(0);
            }
            Some(item)
        }

        pub fn into_sorted_vec(mut self) -> Vec<T> {
            let mut end = self.data.len();
            while end > 1 {
                end -= 1;
                self.data.swap(0, end);
                self.sift_down_range(0, end);
            }
            self.data
        }

        pub fn append(&mut self, other: &mut BinaryHeap<T>) {
            while let Some(x) = other.data.pop() {
                self.push(x);
            }
        }

        pub fn retain<F: FnMut(&T) -> bool>(&mut self, keep: F) {
            self.data.retain(keep);
            self.rebuild();
        }

        pub fn extend<A: WasmExtendItem<T>, J: Iterator<Item = A>, K: IntoIterator<J>>(
            &mut self,
            iter: K,
        ) {
            let mut it = iter.wasm_into_iter();
            while let Some(x) = it.next() {
                self.push(A::wasm_item(x));
            }
        }

        // Moves the element at `pos` up while it is greater than its
        // parent, no higher than `start`; where it ends up.
        fn sift_up(&mut self, start: usize, pos: usize) -> usize {
            let mut pos = pos;
            while pos > start {
                let parent = (pos - 1) / 2;
                if self.data[pos] <= self.data[parent] {
                    break;
                }
                self.data.swap(pos, parent);
                pos = parent;
            }
            pos
        }

        // Sinks the element at `pos` below its smaller children, within
        // the first `end` elements.
        fn sift_down_range(&mut self, pos: usize, end: usize) {
            let mut pos = pos;
            let mut child = 2 * pos + 1;
            while end >= 2 && child <= end - 2 {
                if self.data[child] <= self.data[child + 1] {
                    child += 1;
                }
                if self.data[pos] >= self.data[child] {
                    return;
                }
                self.data.swap(pos, child);
                pos = child;
                child = 2 * pos + 1;
            }
            if child + 1 == end && self.data[pos] < self.data[child] {
                self.data.swap(pos, child);
            }
        }

        // After a pop: the element at `pos` goes all the way down along the
        // greater children, then up again to its place (fewer comparisons
        // than sinking it, since it came from the bottom).
        fn sink_to_bottom(&mut self, pos: usize) {
            let end = self.data.len();
            let start = pos;
            let mut pos = pos;
            let mut child = 2 * pos + 1;
            while end >= 2 && child <= end - 2 {
                if self.data[child] <= self.data[child + 1] {
                    child += 1;
                }
                self.data.swap(pos, child);
                pos = child;
                child = 2 * pos + 1;
            }
            if child + 1 == end {
                self.data.swap(pos, child);
                pos = child;
            }
            self.sift_up(start, pos);
        }

        fn rebuild(&mut self) {
            let len = self.data.len();
            let mut n = len / 2;
            while n > 0 {
                n -= 1;
                self.sift_down_range(n, len);
            }
        }
    }

    // ---------------------------------------------------------------- traits

    impl<T: Ord> From<Vec<T>> for BinaryHeap<T> {
        fn from(v: Vec<T>) -> BinaryHeap<T> {
            let mut heap = BinaryHeap { data: v };
            heap.rebuild();
            heap
        }
    }

    impl<T> From<BinaryHeap<T>> for Vec<T> {
        fn from(heap: BinaryHeap<T>) -> Vec<T> {
            heap.data
        }
    }

    impl<T: Ord> FromIterator<T> for BinaryHeap<T> {
        fn from_iter<I: Iterator<Item = T>>(iter: I) -> BinaryHeap<T> {
            let v: Vec<T> = Vec::from_iter(iter);
            BinaryHeap::from(v)
        }
    }

    impl<T: Clone> Clone for BinaryHeap<T> {
        fn clone(&self) -> BinaryHeap<T> {
            BinaryHeap { data: self.data.clone() }
        }
    }

    impl<T: Ord> Default for BinaryHeap<T> {
        fn default() -> BinaryHeap<T> {
            BinaryHeap::new()
        }
    }

    impl<T: Ord> WasmDefault for BinaryHeap<T> {
        fn wasm_default() -> BinaryHeap<T> {
            BinaryHeap::new()
        }
    }

    impl<T: Debug> Debug for BinaryHeap<T> {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            let mut l = f.debug_list();
            for x in self.data.iter() {
                l.entry(x);
            }
            l.finish()
        }
    }
}
