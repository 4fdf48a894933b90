// Vec methods that remove elements by what they hold (`retain`, `dedup`,
// `dedup_by_key`, `dedup_by`) and the slice iterators over groups of
// elements (`windows`, `chunks`). Removed elements are dropped in order;
// the ones kept move down bitwise, as Rust's do.

impl<T> Vec<T> {
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut keep: F) {
        let size = wasm::mem::size_of::<T>();
        let len = self.len;
        let mut kept = 0;
        let mut i = 0;
        while i < len {
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

    // Removes each element for which `same(element, last kept)` holds.
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, mut same: F) {
        let size = wasm::mem::size_of::<T>();
        let len = self.len;
        if len <= 1 {
            return;
        }
        let mut kept = 1;
        let mut i = 1;
        while i < len {
            let at = self.slot(i);
            let prev = self.slot(kept - 1);
            if same(wasm::mem::ref_mut_at::<T>(at), wasm::mem::ref_mut_at::<T>(prev)) {
                wasm::mem::drop_in_place::<T>(at);
            } else {
                if kept != i {
                    wasm::mem::copy(self.slot(kept), at, size);
                }
                kept += 1;
            }
            i += 1;
        }
        self.len = kept;
    }

    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, mut key: F) {
        self.dedup_by(|a, b| key(a) == key(b));
    }
}

impl<T: PartialEq> Vec<T> {
    pub fn dedup(&mut self) {
        self.dedup_by(|a, b| *a == *b);
    }
}

impl<T> [T] {
    #[track_caller]
    pub fn windows(&self, size: usize) -> Windows<T> {
        if size == 0 {
            panic!("size is zero");
        }
        Windows { ptr: wasm::mem::addr_of(self), len: self.len(), size: size, front: 0 }
    }

    #[track_caller]
    pub fn chunks(&self, size: usize) -> Chunks<T> {
        if size == 0 {
            panic!("chunk size must be non-zero");
        }
        Chunks { ptr: wasm::mem::addr_of(self), len: self.len(), size: size, front: 0 }
    }
}

// The overlapping runs of `size` elements, one starting at each index.
pub struct Windows<'a, T> {
    ptr: usize,
    len: usize,
    size: usize,
    front: usize,
}

impl<'a, T> Iterator for Windows<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.front + self.size > self.len {
            return None;
        }
        let w = wasm::mem::slice_at::<T>(self.ptr + self.front * wasm::mem::size_of::<T>(), self.size);
        self.front += 1;
        Some(w)
    }
}

// Consecutive runs of `size` elements; the last may be shorter.
pub struct Chunks<'a, T> {
    ptr: usize,
    len: usize,
    size: usize,
    front: usize,
}

impl<'a, T> Iterator for Chunks<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.front >= self.len {
            return None;
        }
        let mut n = self.len - self.front;
        if n > self.size {
            n = self.size;
        }
        let c = wasm::mem::slice_at::<T>(self.ptr + self.front * wasm::mem::size_of::<T>(), n);
        self.front += n;
        Some(c)
    }
}
