// Methods of str and of slices (and so of String and Vec, which deref to
// them) that are written in the dialect rather than built into lowering.
// Case conversion and trimming know ASCII only; other chars are kept.

impl str {
    pub fn as_bytes(&self) -> &[u8] {
        wasm::mem::slice_at::<u8>(wasm::mem::addr_of(self), self.len())
    }

    pub fn to_owned(&self) -> String {
        String::from(self)
    }

    pub fn is_char_boundary(&self, index: usize) -> bool {
        if index == 0 || index == self.len() {
            return true;
        }
        index < self.len() && self.as_bytes()[index] & 0xC0 != 0x80
    }

    pub fn trim_start(&self) -> &str {
        let bytes = self.as_bytes();
        let mut i = 0;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        &self[i..]
    }

    pub fn trim_end(&self) -> &str {
        let bytes = self.as_bytes();
        let mut end = bytes.len();
        while end > 0 && bytes[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        &self[..end]
    }

    pub fn trim(&self) -> &str {
        self.trim_start().trim_end()
    }

    pub fn to_ascii_uppercase(&self) -> String {
        let mut s = String::from(self);
        let bytes = wasm::mem::slice_mut_at::<u8>(wasm::mem::addr_of(s.as_str()), s.len());
        for b in bytes {
            if *b >= b'a' && *b <= b'z' {
                *b -= 32;
            }
        }
        s
    }

    pub fn to_ascii_lowercase(&self) -> String {
        let mut s = String::from(self);
        let bytes = wasm::mem::slice_mut_at::<u8>(wasm::mem::addr_of(s.as_str()), s.len());
        for b in bytes {
            if *b >= b'A' && *b <= b'Z' {
                *b += 32;
            }
        }
        s
    }

    pub fn to_uppercase(&self) -> String {
        self.to_ascii_uppercase()
    }

    pub fn to_lowercase(&self) -> String {
        self.to_ascii_lowercase()
    }

    pub fn repeat(&self, n: usize) -> String {
        let mut s = String::with_capacity(self.len() * n);
        let mut i = 0;
        while i < n {
            s.push_str(self);
            i += 1;
        }
        s
    }

    pub fn replace(&self, from: &str, to: &str) -> String {
        let mut out = String::new();
        let mut rest = self;
        loop {
            match rest.find(from) {
                Some(at) if from.len() > 0 => {
                    out.push_str(&rest[..at]);
                    out.push_str(to);
                    rest = &rest[at + from.len()..];
                }
                _ => break,
            }
        }
        out.push_str(rest);
        out
    }
}

impl u8 {
    pub fn is_ascii_whitespace(&self) -> bool {
        *self == b' ' || *self == b'\t' || *self == b'\n' || *self == b'\r' || *self == 0x0C
    }

    pub fn is_ascii(&self) -> bool {
        *self < 0x80
    }

    pub fn is_ascii_lowercase(&self) -> bool {
        *self >= b'a' && *self <= b'z'
    }

    pub fn is_ascii_uppercase(&self) -> bool {
        *self >= b'A' && *self <= b'Z'
    }

    pub fn is_ascii_alphabetic(&self) -> bool {
        self.is_ascii_lowercase() || self.is_ascii_uppercase()
    }

    pub fn is_ascii_digit(&self) -> bool {
        *self >= b'0' && *self <= b'9'
    }

    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_alphabetic() || self.is_ascii_digit()
    }

    pub fn to_ascii_uppercase(&self) -> u8 {
        if self.is_ascii_lowercase() {
            *self - 32
        } else {
            *self
        }
    }

    pub fn to_ascii_lowercase(&self) -> u8 {
        if self.is_ascii_uppercase() {
            *self + 32
        } else {
            *self
        }
    }
}

impl<T> [T] {
    pub fn first(&self) -> Option<&T> {
        self.get(0)
    }

    pub fn last(&self) -> Option<&T> {
        if self.len() == 0 {
            return None;
        }
        self.get(self.len() - 1)
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index >= self.len() {
            return None;
        }
        Some(&self[index])
    }

    pub fn reverse(&mut self) {
        let n = self.len();
        let mut i = 0;
        while i < n / 2 {
            self.swap(i, n - 1 - i);
            i += 1;
        }
    }
}

impl<T: Clone> [T] {
    pub fn to_vec(&self) -> Vec<T> {
        let mut v = Vec::with_capacity(self.len());
        for x in self {
            v.push(x.clone());
        }
        v
    }
}

impl<T: Ord> [T] {
    pub fn sort(&mut self) {
        self.sort_by(|a, b| cmp::compare(a, b));
    }

    pub fn sort_unstable(&mut self) {
        self.sort();
    }

    // Binary search of a sorted slice: Ok(index of a match) or Err(where
    // `x` would go).
    pub fn binary_search(&self, x: &T) -> Result<usize, usize> {
        self.binary_search_by(|probe| cmp::compare(probe, x))
    }
}

impl<T> [T] {
    // A stable merge sort (insertion sort for short slices).
    pub fn sort_by<F: FnMut(&T, &T) -> cmp::Ordering>(&mut self, mut compare: F) {
        let n = self.len();
        let size = wasm::mem::size_of::<T>();
        let base = wasm::mem::addr_of(self);
        if n <= 16 {
            let mut i = 1;
            while i < n {
                let mut j = i;
                while j > 0 && compare(&self[j], &self[j - 1]) == cmp::Ordering::Less {
                    self.swap(j, j - 1);
                    j -= 1;
                }
                i += 1;
            }
            return;
        }
        let tmp = wasm::heap::alloc_array::<T>(n);
        let mut src = base;
        let mut dst = tmp;
        let mut width = 1;
        while width < n {
            let mut start = 0;
            while start < n {
                let mid = if start + width < n { start + width } else { n };
                let end = if start + 2 * width < n { start + 2 * width } else { n };
                let mut a = start;
                let mut b = mid;
                let mut k = start;
                while k < end {
                    let take_b = if a >= mid {
                        true
                    } else if b >= end {
                        false
                    } else {
                        compare(wasm::mem::ref_at::<T>(src + b * size), wasm::mem::ref_at::<T>(src + a * size))
                            == cmp::Ordering::Less
                    };
                    if take_b {
                        wasm::mem::copy(dst + k * size, src + b * size, size);
                        b += 1;
                    } else {
                        wasm::mem::copy(dst + k * size, src + a * size, size);
                        a += 1;
                    }
                    k += 1;
                }
                start = end;
            }
            let t = src;
            src = dst;
            dst = t;
            width *= 2;
        }
        if src != base {
            wasm::mem::copy(base, src, n * size);
        }
        wasm::heap::dealloc_array::<T>(tmp, n);
    }

    pub fn sort_unstable_by<F: FnMut(&T, &T) -> cmp::Ordering>(&mut self, compare: F) {
        self.sort_by(compare);
    }

    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut key: F) {
        self.sort_by(|a, b| cmp::compare(&key(a), &key(b)));
    }

    pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut key: F) {
        self.sort_by(|a, b| cmp::compare(&key(a), &key(b)));
    }

    pub fn binary_search_by<F: FnMut(&T) -> cmp::Ordering>(&self, mut f: F) -> Result<usize, usize> {
        let mut lo = 0;
        let mut hi = self.len();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match f(&self[mid]) {
                cmp::Ordering::Less => lo = mid + 1,
                cmp::Ordering::Greater => hi = mid,
                cmp::Ordering::Equal => return Ok(mid),
            }
        }
        Err(lo)
    }

    pub fn binary_search_by_key<K: Ord, F: FnMut(&T) -> K>(&self, b: &K, mut f: F) -> Result<usize, usize> {
        self.binary_search_by(|probe| cmp::compare(&f(probe), b))
    }
}

impl [String] {
    pub fn concat(&self) -> String {
        self.join("")
    }

    pub fn join(&self, separator: &str) -> String {
        let mut out = String::new();
        let mut first = true;
        for s in self {
            if !first {
                out.push_str(separator);
            }
            out.push_str(s);
            first = false;
        }
        out
    }
}

impl [&str] {
    pub fn concat(&self) -> String {
        self.join("")
    }

    pub fn join(&self, separator: &str) -> String {
        let mut out = String::new();
        let mut first = true;
        for s in self {
            if !first {
                out.push_str(separator);
            }
            out.push_str(s);
            first = false;
        }
        out
    }
}
