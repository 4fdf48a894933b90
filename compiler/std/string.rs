// String: UTF-8 text in one heap block of `cap` bytes, the first `len` of
// them used. It derefs to `str`, so str methods, `&s` as `&str` and slicing
// go through it; `+`, `+=`, `==` and formatting are here or in lowering.
// Capacity grows as a Rust Vec<u8> does.

#[lang(string)]
pub struct String {
    ptr: usize,
    cap: usize,
    len: usize,
}

impl String {
    pub fn new() -> String {
        String { ptr: 1, cap: 0, len: 0 }
    }

    pub fn with_capacity(capacity: usize) -> String {
        let mut s = String::new();
        s.grow_exact(capacity);
        s
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.cap
    }

    pub fn as_str(&self) -> &str {
        wasm::mem::str_at(self.ptr, self.len)
    }

    pub fn as_bytes(&self) -> &[u8] {
        wasm::mem::slice_at::<u8>(self.ptr, self.len)
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.as_bytes().to_vec()
    }

    fn grow_exact(&mut self, cap: usize) {
        if cap <= self.cap {
            return;
        }
        if cap > 0x7FFF0000 {
            panic!("capacity overflow");
        }
        if self.cap == 0 {
            self.ptr = wasm::heap::alloc_array::<u8>(cap);
        } else {
            self.ptr = wasm::heap::realloc_array::<u8>(self.ptr, self.cap, cap);
        }
        self.cap = cap;
    }

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
        if cap < 8 {
            cap = 8;
        }
        self.grow_exact(cap);
    }

    pub fn push_str(&mut self, text: &str) {
        let n = text.len();
        self.reserve(n);
        wasm::mem::copy(self.ptr + self.len, wasm::mem::addr_of(text), n);
        self.len += n;
    }

    pub fn push(&mut self, c: char) {
        let code = c as u32;
        if code < 0x80 {
            self.push_byte(code as u8);
        } else if code < 0x800 {
            self.reserve(2);
            self.push_byte((0xC0 | (code >> 6)) as u8);
            self.push_byte((0x80 | (code & 0x3F)) as u8);
        } else if code < 0x10000 {
            self.reserve(3);
            self.push_byte((0xE0 | (code >> 12)) as u8);
            self.push_byte((0x80 | ((code >> 6) & 0x3F)) as u8);
            self.push_byte((0x80 | (code & 0x3F)) as u8);
        } else {
            self.reserve(4);
            self.push_byte((0xF0 | (code >> 18)) as u8);
            self.push_byte((0x80 | ((code >> 12) & 0x3F)) as u8);
            self.push_byte((0x80 | ((code >> 6) & 0x3F)) as u8);
            self.push_byte((0x80 | (code & 0x3F)) as u8);
        }
    }

    fn push_byte(&mut self, b: u8) {
        if self.len == self.cap {
            self.reserve(1);
        }
        wasm::heap::store_u8(self.ptr + self.len, b);
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<char> {
        if self.len == 0 {
            return None;
        }
        // Back to the first byte of the last char, then decode it.
        let mut start = self.len - 1;
        while wasm::heap::load_u8(self.ptr + start) & 0xC0 == 0x80 {
            start -= 1;
        }
        let first = wasm::heap::load_u8(self.ptr + start) as u32;
        let mut code = if first < 0x80 {
            first
        } else if first < 0xE0 {
            first & 0x1F
        } else if first < 0xF0 {
            first & 0x0F
        } else {
            first & 0x07
        };
        let mut i = start + 1;
        while i < self.len {
            code = (code << 6) | (wasm::heap::load_u8(self.ptr + i) as u32 & 0x3F);
            i += 1;
        }
        self.len = start;
        let mut c = ' ';
        wasm::mem::write::<u32>(wasm::mem::addr_of(&mut c), code);
        Some(c)
    }

    #[track_caller]
    pub fn truncate(&mut self, new_len: usize) {
        if new_len < self.len {
            if new_len > 0 && wasm::heap::load_u8(self.ptr + new_len) & 0xC0 == 0x80 {
                panic!("assertion failed: self.is_char_boundary(new_len)");
            }
            self.len = new_len;
        }
    }

    pub fn clear(&mut self) {
        self.len = 0;
    }
}

impl Deref for String {
    type Target = str;
    fn deref(&self) -> &str {
        wasm::mem::str_at(self.ptr, self.len)
    }
}

impl Drop for String {
    fn drop(&mut self) {
        if self.cap > 0 {
            wasm::heap::dealloc_array::<u8>(self.ptr, self.cap);
        }
    }
}

impl Clone for String {
    fn clone(&self) -> String {
        String::from(self.as_str())
    }
}

impl PartialEq for String {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<str> for String {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for String {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for &str {
    fn eq(&self, other: &String) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<String> for str {
    fn eq(&self, other: &String) -> bool {
        self == other.as_str()
    }
}

impl Add<&str> for String {
    type Output = String;
    fn add(mut self, other: &str) -> String {
        self.push_str(other);
        self
    }
}

impl AddAssign<&str> for String {
    fn add_assign(&mut self, other: &str) {
        self.push_str(other);
    }
}

// `x.to_string()` for everything that implements Display.
pub trait ToString {
    fn to_string(&self) -> String;
}

impl<T: Display + ?Sized> ToString for T {
    fn to_string(&self) -> String {
        format!("{}", self)
    }
}
