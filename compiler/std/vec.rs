// Vec<T>: a growable array in one heap block of `cap` elements, the first
// `len` of them live. It derefs to `[T]`, so indexing, `for` loops, slice
// methods and `&v` as `&[T]` go through the slice. Capacity grows as
// Rust's does (double, at least what is needed, at least 8 elements of one
// byte or 4 of up to 1 KiB), so programs that print it agree with rustc.

#[lang(vec)]
pub struct Vec<T> {
    ptr: usize,
    cap: usize,
    len: usize,
}

impl<T> Vec<T> {
    pub fn new() -> Vec<T> {
        Vec { ptr: wasm::mem::align_of::<T>(), cap: 0, len: 0 }
    }

    pub fn with_capacity(capacity: usize) -> Vec<T> {
        let mut v = Vec::new();
        v.grow_exact(capacity);
        v
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

    fn slot(&self, index: usize) -> usize {
        self.ptr + index * wasm::mem::size_of::<T>()
    }

    // The block holds exactly `cap` elements afterwards.
    fn grow_exact(&mut self, cap: usize) {
        let size = wasm::mem::size_of::<T>();
        if cap <= self.cap || size == 0 {
            return;
        }
        if cap > 0x7FFF0000 / size {
            panic!("capacity overflow");
        }
        if self.cap == 0 {
            self.ptr = wasm::heap::alloc_array::<T>(cap);
        } else {
            self.ptr = wasm::heap::realloc_array::<T>(self.ptr, self.cap, cap);
        }
        self.cap = cap;
    }

    #[track_caller]
    pub fn reserve(&mut self, additional: usize) {
        if self.cap - self.len >= additional {
            return;
        }
        if additional > 0x7FFF0000 - self.len {
            panic!("capacity overflow");
        }
        let needed = self.len + additional;
        let mut cap = self.cap * 2;
        if cap < needed {
            cap = needed;
        }
        let size = wasm::mem::size_of::<T>();
        let least = if size == 1 {
            8
        } else if size <= 1024 {
            4
        } else {
            1
        };
        if cap < least {
            cap = least;
        }
        self.grow_exact(cap);
    }

    pub fn reserve_exact(&mut self, additional: usize) {
        if self.cap - self.len < additional {
            self.grow_exact(self.len + additional);
        }
    }

    pub fn shrink_to_fit(&mut self) {
        let size = wasm::mem::size_of::<T>();
        if self.cap > self.len && size > 0 {
            if self.len == 0 {
                wasm::heap::dealloc_array::<T>(self.ptr, self.cap);
                self.ptr = wasm::mem::align_of::<T>();
            } else {
                self.ptr = wasm::heap::realloc_array::<T>(self.ptr, self.cap, self.len);
            }
            self.cap = self.len;
        }
    }

    pub fn push(&mut self, value: T) {
        if self.len == self.cap {
            self.reserve(1);
        }
        wasm::mem::write::<T>(self.slot(self.len), value);
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        Some(wasm::mem::read::<T>(self.slot(self.len)))
    }

    #[track_caller]
    pub fn insert(&mut self, index: usize, element: T) {
        let len = self.len;
        if index > len {
            panic!("insertion index (is {}) should be <= len (is {})", index, len);
        }
        if len == self.cap {
            self.reserve(1);
        }
        let at = self.slot(index);
        wasm::mem::copy(self.slot(index + 1), at, (len - index) * wasm::mem::size_of::<T>());
        wasm::mem::write::<T>(at, element);
        self.len = len + 1;
    }

    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        let len = self.len;
        if index >= len {
            panic!("removal index (is {}) should be < len (is {})", index, len);
        }
        let at = self.slot(index);
        let value = wasm::mem::read::<T>(at);
        wasm::mem::copy(at, self.slot(index + 1), (len - index - 1) * wasm::mem::size_of::<T>());
        self.len = len - 1;
        value
    }

    #[track_caller]
    pub fn swap_remove(&mut self, index: usize) -> T {
        let len = self.len;
        if index >= len {
            panic!("swap_remove index (is {}) should be < len (is {})", index, len);
        }
        let at = self.slot(index);
        let value = wasm::mem::read::<T>(at);
        wasm::mem::copy(at, self.slot(len - 1), wasm::mem::size_of::<T>());
        self.len = len - 1;
        value
    }

    // The dropped elements go in order, as Rust drops a slice.
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
    }

    pub fn append(&mut self, other: &mut Vec<T>) {
        let n = other.len;
        self.reserve(n);
        wasm::mem::copy(self.slot(self.len), other.ptr, n * wasm::mem::size_of::<T>());
        self.len += n;
        other.len = 0;
    }

    pub fn as_slice(&self) -> &[T] {
        wasm::mem::slice_at::<T>(self.ptr, self.len)
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        wasm::mem::slice_mut_at::<T>(self.ptr, self.len)
    }

    pub fn first(&self) -> Option<&T> {
        self.get(0)
    }

    pub fn last(&self) -> Option<&T> {
        if self.len == 0 {
            return None;
        }
        self.get(self.len - 1)
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

    pub fn reverse(&mut self) {
        let n = self.len;
        let mut i = 0;
        while i < n / 2 {
            self.as_mut_slice().swap(i, n - 1 - i);
            i += 1;
        }
    }
}

impl<T: Clone> Vec<T> {
    pub fn from_elem(elem: T, n: usize) -> Vec<T> {
        let mut v = Vec::with_capacity(n);
        let mut i = 0;
        while i < n {
            v.push(elem.clone());
            i += 1;
        }
        v
    }

    pub fn extend_from_slice(&mut self, other: &[T]) {
        self.reserve(other.len());
        for x in other {
            self.push(x.clone());
        }
    }

    pub fn resize(&mut self, new_len: usize, value: T) {
        if new_len < self.len {
            self.truncate(new_len);
        } else {
            self.reserve(new_len - self.len);
            while self.len < new_len {
                self.push(value.clone());
            }
        }
    }
}

impl<T> Deref for Vec<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        wasm::mem::slice_at::<T>(self.ptr, self.len)
    }
}

impl<T> DerefMut for Vec<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        wasm::mem::slice_mut_at::<T>(self.ptr, self.len)
    }
}

impl<T> Drop for Vec<T> {
    fn drop(&mut self) {
        self.truncate(0);
        if self.cap > 0 && wasm::mem::size_of::<T>() > 0 {
            wasm::heap::dealloc_array::<T>(self.ptr, self.cap);
        }
    }
}

impl<T: Clone> Clone for Vec<T> {
    fn clone(&self) -> Vec<T> {
        let mut v = Vec::with_capacity(self.len);
        for x in self.as_slice() {
            v.push(x.clone());
        }
        v
    }
}

impl<T: PartialEq> PartialEq for Vec<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

// `vec![a, b, c]`: the parser moves the elements into an array and this
// takes them over bitwise (the array is then forgotten, not dropped).
pub fn wasm_vec_from_array<T>(items: &[T]) -> Vec<T> {
    let mut v = Vec::with_capacity(items.len());
    wasm::mem::copy(v.ptr, wasm::mem::addr_of(items), items.len() * wasm::mem::size_of::<T>());
    v.len = items.len();
    v
}
