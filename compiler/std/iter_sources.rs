// Where iterator values come from: slices and Vecs (`iter`, `iter_mut`,
// `into_iter`), str (`chars`, `bytes`, `char_indices`, `split_whitespace`,
// `lines`), ranges (`a..b`, `a..=b`, `a..`, which the checker turns into
// calls of `wasm_range*` below when they are used as values) and the free
// functions of `std::iter` (`once`, `repeat`, `empty`, `from_fn`,
// `successors`). The slice
// and str iterators hold the data's address and walk it with the `wasm::`
// memory intrinsics; borrowing is checked at the call that makes them.

// ----------------------------------------------------------- slices, Vec

pub struct Iter<'a, T> {
    ptr: usize,
    front: usize,
    back: usize,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        if self.front == self.back {
            return None;
        }
        let r = wasm::mem::ref_at::<T>(self.ptr + self.front * wasm::mem::size_of::<T>());
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
        Some(wasm::mem::ref_at::<T>(self.ptr + self.back * wasm::mem::size_of::<T>()))
    }
}

impl<'a, T> ExactSizeIterator for Iter<'a, T> {
    fn len(&self) -> usize {
        self.back - self.front
    }
}

pub struct IterMut<'a, T> {
    ptr: usize,
    front: usize,
    back: usize,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<&'a mut T> {
        if self.front == self.back {
            return None;
        }
        let r = wasm::mem::ref_mut_at::<T>(self.ptr + self.front * wasm::mem::size_of::<T>());
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
        Some(wasm::mem::ref_mut_at::<T>(self.ptr + self.back * wasm::mem::size_of::<T>()))
    }
}

impl<'a, T> ExactSizeIterator for IterMut<'a, T> {
    fn len(&self) -> usize {
        self.back - self.front
    }
}

impl<T> [T] {
    pub fn iter(&self) -> Iter<T> {
        Iter { ptr: wasm::mem::addr_of::<[T]>(self), front: 0, back: self.len() }
    }

    pub fn iter_mut(&mut self) -> IterMut<T> {
        IterMut { ptr: wasm::mem::addr_of::<[T]>(self), front: 0, back: self.len() }
    }
}

// A Vec's elements by value: the iterator owns the Vec's block and the
// elements not yet handed out, and drops them with itself.
pub struct IntoIter<T> {
    ptr: usize,
    cap: usize,
    front: usize,
    back: usize,
}

impl<T> Vec<T> {
    pub fn into_iter(self) -> IntoIter<T> {
        let it = IntoIter { ptr: self.ptr, cap: self.cap, front: 0, back: self.len };
        wasm::mem::forget(self);
        it
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        let x = wasm::mem::read::<T>(self.ptr + self.front * wasm::mem::size_of::<T>());
        self.front += 1;
        Some(x)
    }
}

impl<T> DoubleEndedIterator<T> for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        Some(wasm::mem::read::<T>(self.ptr + self.back * wasm::mem::size_of::<T>()))
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {
    fn len(&self) -> usize {
        self.back - self.front
    }
}

impl<T> Drop for IntoIter<T> {
    fn drop(&mut self) {
        if wasm::mem::needs_drop::<T>() {
            let mut i = self.front;
            while i < self.back {
                wasm::mem::drop_in_place::<T>(self.ptr + i * wasm::mem::size_of::<T>());
                i += 1;
            }
        }
        if self.cap > 0 && wasm::mem::size_of::<T>() > 0 {
            wasm::heap::dealloc_array::<T>(self.ptr, self.cap);
        }
    }
}

// ------------------------------------------------------------------- str

fn wasm_char_from_u32(code: u32) -> char {
    let mut c = ' ';
    wasm::mem::write::<u32>(wasm::mem::addr_of(&mut c), code);
    c
}

// The char whose UTF-8 encoding starts at `addr`, and its length.
fn wasm_decode_utf8(addr: usize) -> (char, usize) {
    let first = wasm::heap::load_u8(addr) as u32;
    let (mut code, len) = if first < 0x80 {
        (first, 1)
    } else if first < 0xE0 {
        (first & 0x1F, 2)
    } else if first < 0xF0 {
        (first & 0x0F, 3)
    } else {
        (first & 0x07, 4)
    };
    let mut i = 1;
    while i < len {
        code = (code << 6) | (wasm::heap::load_u8(addr + i) as u32 & 0x3F);
        i += 1;
    }
    (wasm_char_from_u32(code), len)
}

pub struct Chars<'a> {
    ptr: usize,
    front: usize,
    back: usize,
}

impl<'a> Iterator for Chars<'a> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.front == self.back {
            return None;
        }
        let (c, len) = wasm_decode_utf8(self.ptr + self.front);
        self.front += len;
        Some(c)
    }
}

impl<'a> Chars<'a> {
    // What is left of the string.
    pub fn as_str(&self) -> &'a str {
        wasm::mem::str_at(self.ptr + self.front, self.back - self.front)
    }
}

impl<'a> DoubleEndedIterator<char> for Chars<'a> {
    fn next_back(&mut self) -> Option<char> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        while wasm::heap::load_u8(self.ptr + self.back) & 0xC0 == 0x80 {
            self.back -= 1;
        }
        let (c, _) = wasm_decode_utf8(self.ptr + self.back);
        Some(c)
    }
}

pub struct CharIndices<'a> {
    ptr: usize,
    front: usize,
    back: usize,
}

impl<'a> Iterator for CharIndices<'a> {
    type Item = (usize, char);
    fn next(&mut self) -> Option<(usize, char)> {
        if self.front == self.back {
            return None;
        }
        let at = self.front;
        let (c, len) = wasm_decode_utf8(self.ptr + at);
        self.front += len;
        Some((at, c))
    }
}

pub struct Bytes<'a> {
    ptr: usize,
    front: usize,
    back: usize,
}

impl<'a> Iterator for Bytes<'a> {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        if self.front == self.back {
            return None;
        }
        self.front += 1;
        Some(wasm::heap::load_u8(self.ptr + self.front - 1))
    }
}

impl<'a> ExactSizeIterator for Bytes<'a> {
    fn len(&self) -> usize {
        self.back - self.front
    }
}

impl<'a> DoubleEndedIterator<u8> for Bytes<'a> {
    fn next_back(&mut self) -> Option<u8> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        Some(wasm::heap::load_u8(self.ptr + self.back))
    }
}

// Words separated by ASCII whitespace (other Unicode spaces are kept).
pub struct SplitWhitespace<'a> {
    ptr: usize,
    pos: usize,
    len: usize,
}

fn wasm_is_space(b: u8) -> bool {
    b == b' ' || b == b'\t' || b == b'\n' || b == b'\r' || b == 0x0C
}

impl<'a> Iterator for SplitWhitespace<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        while self.pos < self.len && wasm_is_space(wasm::heap::load_u8(self.ptr + self.pos)) {
            self.pos += 1;
        }
        if self.pos == self.len {
            return None;
        }
        let start = self.pos;
        while self.pos < self.len && !wasm_is_space(wasm::heap::load_u8(self.ptr + self.pos)) {
            self.pos += 1;
        }
        Some(wasm::mem::str_at(self.ptr + start, self.pos - start))
    }
}

// Lines ending in `\n` or `\r\n` (the ending is not part of the line); a
// final line without an ending counts, an empty one after the last `\n`
// does not.
pub struct Lines<'a> {
    ptr: usize,
    pos: usize,
    len: usize,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.pos == self.len {
            return None;
        }
        let start = self.pos;
        while self.pos < self.len && wasm::heap::load_u8(self.ptr + self.pos) != b'\n' {
            self.pos += 1;
        }
        let mut end = self.pos;
        if self.pos < self.len {
            self.pos += 1;
        }
        if end > start && wasm::heap::load_u8(self.ptr + end - 1) == b'\r' {
            end -= 1;
        }
        Some(wasm::mem::str_at(self.ptr + start, end - start))
    }
}

impl str {
    pub fn chars(&self) -> Chars {
        Chars { ptr: wasm::mem::addr_of(self), front: 0, back: self.len() }
    }

    pub fn char_indices(&self) -> CharIndices {
        CharIndices { ptr: wasm::mem::addr_of(self), front: 0, back: self.len() }
    }

    pub fn bytes(&self) -> Bytes {
        Bytes { ptr: wasm::mem::addr_of(self), front: 0, back: self.len() }
    }

    pub fn split_whitespace(&self) -> SplitWhitespace {
        SplitWhitespace { ptr: wasm::mem::addr_of(self), pos: 0, len: self.len() }
    }

    pub fn lines(&self) -> Lines {
        Lines { ptr: wasm::mem::addr_of(self), pos: 0, len: self.len() }
    }
}

// ---------------------------------------------------------------- ranges

pub struct Range<A> {
    pub start: A,
    pub end: A,
}

pub struct RangeInclusive<A> {
    start: A,
    end: A,
    exhausted: bool,
}

pub struct RangeFrom<A> {
    pub start: A,
}

pub fn wasm_range<A>(start: A, end: A) -> Range<A> {
    Range { start: start, end: end }
}

pub fn wasm_range_inclusive<A>(start: A, end: A) -> RangeInclusive<A> {
    RangeInclusive { start: start, end: end, exhausted: false }
}

pub fn wasm_range_from<A>(start: A) -> RangeFrom<A> {
    RangeFrom { start: start }
}

impl<A: WasmNum> Iterator for Range<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        if self.start < self.end {
            let r = self.start;
            self.start = self.start.wasm_add(A::wasm_one());
            Some(r)
        } else {
            None
        }
    }
}

impl<A: WasmNum> DoubleEndedIterator<A> for Range<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.start < self.end {
            self.end = self.end.wasm_sub(A::wasm_one());
            Some(self.end)
        } else {
            None
        }
    }
}

impl<A: WasmNum> Range<A> {
    pub fn contains(&self, item: &A) -> bool {
        self.start <= *item && *item < self.end
    }

    pub fn is_empty(&self) -> bool {
        !(self.start < self.end)
    }
}

impl<A: WasmNum> Iterator for RangeInclusive<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        let r = self.start;
        if self.start < self.end {
            self.start = self.start.wasm_add(A::wasm_one());
        } else {
            self.exhausted = true;
        }
        Some(r)
    }
}

impl<A: WasmNum> DoubleEndedIterator<A> for RangeInclusive<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        let r = self.end;
        if self.start < self.end {
            self.end = self.end.wasm_sub(A::wasm_one());
        } else {
            self.exhausted = true;
        }
        Some(r)
    }
}

impl<A: WasmNum> RangeInclusive<A> {
    pub fn contains(&self, item: &A) -> bool {
        self.start <= *item && *item <= self.end
    }

    pub fn start(&self) -> &A {
        &self.start
    }

    pub fn end(&self) -> &A {
        &self.end
    }
}

// Ranges of the integer types that Rust counts exactly (not i64, u64).
impl ExactSizeIterator for Range<i8> {
    fn len(&self) -> usize {
        if self.start < self.end {
            (self.end as i64 - self.start as i64) as usize
        } else {
            0
        }
    }
}

impl ExactSizeIterator for Range<i16> {
    fn len(&self) -> usize {
        if self.start < self.end {
            (self.end as i64 - self.start as i64) as usize
        } else {
            0
        }
    }
}

impl ExactSizeIterator for Range<i32> {
    fn len(&self) -> usize {
        if self.start < self.end {
            (self.end as i64 - self.start as i64) as usize
        } else {
            0
        }
    }
}

impl ExactSizeIterator for Range<isize> {
    fn len(&self) -> usize {
        if self.start < self.end {
            (self.end as i64 - self.start as i64) as usize
        } else {
            0
        }
    }
}

impl ExactSizeIterator for Range<u8> {
    fn len(&self) -> usize {
        if self.start < self.end {
            (self.end as i64 - self.start as i64) as usize
        } else {
            0
        }
    }
}

impl ExactSizeIterator for Range<u16> {
    fn len(&self) -> usize {
        if self.start < self.end {
            (self.end as i64 - self.start as i64) as usize
        } else {
            0
        }
    }
}

impl ExactSizeIterator for Range<u32> {
    fn len(&self) -> usize {
        if self.start < self.end {
            (self.end as i64 - self.start as i64) as usize
        } else {
            0
        }
    }
}

impl ExactSizeIterator for Range<usize> {
    fn len(&self) -> usize {
        if self.start < self.end {
            (self.end as i64 - self.start as i64) as usize
        } else {
            0
        }
    }
}

impl ExactSizeIterator for RangeInclusive<i8> {
    fn len(&self) -> usize {
        if self.exhausted || self.start > self.end {
            0
        } else {
            (self.end as i64 - self.start as i64) as usize + 1
        }
    }
}

impl ExactSizeIterator for RangeInclusive<i16> {
    fn len(&self) -> usize {
        if self.exhausted || self.start > self.end {
            0
        } else {
            (self.end as i64 - self.start as i64) as usize + 1
        }
    }
}

impl ExactSizeIterator for RangeInclusive<u8> {
    fn len(&self) -> usize {
        if self.exhausted || self.start > self.end {
            0
        } else {
            (self.end as i64 - self.start as i64) as usize + 1
        }
    }
}

impl ExactSizeIterator for RangeInclusive<u16> {
    fn len(&self) -> usize {
        if self.exhausted || self.start > self.end {
            0
        } else {
            (self.end as i64 - self.start as i64) as usize + 1
        }
    }
}

impl<A: WasmNum> Iterator for RangeFrom<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        let r = self.start;
        self.start = self.start.wasm_add(A::wasm_one());
        Some(r)
    }
}

// ------------------------------------------------------------- std::iter

pub mod iter {
    pub fn once<T>(value: T) -> Once<T> {
        Once { value: Some(value) }
    }

    pub fn repeat<T: Clone>(value: T) -> Repeat<T> {
        Repeat { value: value }
    }

    pub fn empty<T>() -> Empty<T> {
        Empty { none: None }
    }

    pub fn from_fn<T, F: FnMut() -> Option<T>>(f: F) -> FromFn<F> {
        FromFn { f: f }
    }

    pub fn successors<T, F: FnMut(&T) -> Option<T>>(first: Option<T>, succ: F) -> Successors<T, F> {
        Successors { next: first, succ: succ }
    }
}

pub struct Once<T> {
    value: Option<T>,
}

impl<T> Iterator for Once<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.value.take()
    }
}

impl<T> DoubleEndedIterator<T> for Once<T> {
    fn next_back(&mut self) -> Option<T> {
        self.value.take()
    }
}

impl<T> ExactSizeIterator for Once<T> {
    fn len(&self) -> usize {
        if self.value.is_some() {
            1
        } else {
            0
        }
    }
}

pub struct Repeat<T> {
    value: T,
}

impl<T: Clone> Iterator for Repeat<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        Some(self.value.clone())
    }
}

// Rust's Empty<T> holds no T; here a field that is always None names it.
pub struct Empty<T> {
    none: Option<T>,
}

impl<T> Iterator for Empty<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        None
    }
}

impl<T> DoubleEndedIterator<T> for Empty<T> {
    fn next_back(&mut self) -> Option<T> {
        None
    }
}

impl<T> ExactSizeIterator for Empty<T> {
    fn len(&self) -> usize {
        0
    }
}

pub struct FromFn<F> {
    f: F,
}

impl<T, F: FnMut() -> Option<T>> Iterator for FromFn<F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        (self.f)()
    }
}

pub struct Successors<T, F> {
    next: Option<T>,
    succ: F,
}

impl<T, F: FnMut(&T) -> Option<T>> Iterator for Successors<T, F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        let item = self.next.take()?;
        self.next = (self.succ)(&item);
        Some(item)
    }
}
