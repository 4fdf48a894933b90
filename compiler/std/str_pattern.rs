// What str's searching methods look for: a char, a &str, a &String or a
// closure over chars (`split(',')`, `find("ab")`, `trim_matches('-')`,
// `split(|c: char| !c.is_alphanumeric())`), and the methods built on it:
// split, splitn, split_terminator, rsplit, split_once, matches, strip_prefix,
// trim_*_matches. Matches are byte ranges of the haystack.

pub trait WasmPattern {
    // The first match at or after byte `from` of `s`: (start, end).
    fn wasm_find(&mut self, s: &str, from: usize) -> Option<(usize, usize)>;
    // The length of a match at the start (at the end) of `s`, if any.
    fn wasm_prefix(&mut self, s: &str) -> Option<usize>;
    fn wasm_suffix(&mut self, s: &str) -> Option<usize>;
}

fn wasm_bytes_prefix(s: &str, pat: &str) -> Option<usize> {
    let n = pat.len();
    if n <= s.len() && &s.as_bytes()[..n] == pat.as_bytes() {
        Some(n)
    } else {
        None
    }
}

fn wasm_bytes_suffix(s: &str, pat: &str) -> Option<usize> {
    let n = pat.len();
    let len = s.len();
    if n <= len && &s.as_bytes()[len - n..] == pat.as_bytes() {
        Some(n)
    } else {
        None
    }
}

fn wasm_find_bytes(hay: &[u8], pat: &[u8], from: usize) -> Option<(usize, usize)> {
    let n = pat.len();
    if n > hay.len() {
        return None;
    }
    let mut i = from;
    while i + n <= hay.len() {
        if &hay[i..i + n] == pat {
            return Some((i, i + n));
        }
        i += 1;
    }
    None
}

// The byte length of the char whose first byte is `b`.
fn wasm_utf8_len(b: u8) -> usize {
    if b < 0x80 {
        1
    } else if b < 0xE0 {
        2
    } else if b < 0xF0 {
        3
    } else {
        4
    }
}

impl WasmPattern for char {
    fn wasm_find(&mut self, s: &str, from: usize) -> Option<(usize, usize)> {
        let c = *self;
        for (i, d) in s[from..].char_indices() {
            if d == c {
                return Some((from + i, from + i + c.len_utf8()));
            }
        }
        None
    }
    fn wasm_prefix(&mut self, s: &str) -> Option<usize> {
        match s.chars().next() {
            Some(d) if d == *self => Some(d.len_utf8()),
            _ => None,
        }
    }
    fn wasm_suffix(&mut self, s: &str) -> Option<usize> {
        match s.chars().next_back() {
            Some(d) if d == *self => Some(d.len_utf8()),
            _ => None,
        }
    }
}

impl<'a> WasmPattern for &'a str {
    fn wasm_find(&mut self, s: &str, from: usize) -> Option<(usize, usize)> {
        wasm_find_bytes(s.as_bytes(), self.as_bytes(), from)
    }
    fn wasm_prefix(&mut self, s: &str) -> Option<usize> {
        wasm_bytes_prefix(s, self)
    }
    fn wasm_suffix(&mut self, s: &str) -> Option<usize> {
        wasm_bytes_suffix(s, self)
    }
}

impl<'a> WasmPattern for &'a String {
    fn wasm_find(&mut self, s: &str, from: usize) -> Option<(usize, usize)> {
        wasm_find_bytes(s.as_bytes(), self.as_bytes(), from)
    }
    fn wasm_prefix(&mut self, s: &str) -> Option<usize> {
        wasm_bytes_prefix(s, self)
    }
    fn wasm_suffix(&mut self, s: &str) -> Option<usize> {
        wasm_bytes_suffix(s, self)
    }
}

impl<F: FnMut(char) -> bool> WasmPattern for F {
    fn wasm_find(&mut self, s: &str, from: usize) -> Option<(usize, usize)> {
        for (i, d) in s[from..].char_indices() {
            if self(d) {
                return Some((from + i, from + i + d.len_utf8()));
            }
        }
        None
    }
    fn wasm_prefix(&mut self, s: &str) -> Option<usize> {
        match s.chars().next() {
            Some(d) if self(d) => Some(d.len_utf8()),
            _ => None,
        }
    }
    fn wasm_suffix(&mut self, s: &str) -> Option<usize> {
        match s.chars().next_back() {
            Some(d) if self(d) => Some(d.len_utf8()),
            _ => None,
        }
    }
}

// The pieces between matches. An empty match (the pattern "") is found at
// every char boundary, so the search moves on by a char after one.
pub struct Split<'a, P> {
    ptr: usize,
    len: usize,
    start: usize,
    search: usize,
    pat: P,
    done: bool,
    limit: usize,
    terminator: bool,
}

impl<'a, P: WasmPattern> Iterator for Split<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        let s: &'a str = wasm::mem::str_at(self.ptr, self.len);
        let found = if self.limit == 1 || self.search > self.len {
            None
        } else {
            self.pat.wasm_find(s, self.search)
        };
        match found {
            Some((a, b)) => {
                let piece = wasm::mem::str_at(self.ptr + self.start, a - self.start);
                self.start = b;
                self.search = if a == b {
                    if b < self.len {
                        b + wasm_utf8_len(s.as_bytes()[b])
                    } else {
                        b + 1
                    }
                } else {
                    b
                };
                if self.limit > 1 {
                    self.limit -= 1;
                }
                Some(piece)
            }
            None => {
                self.done = true;
                if self.terminator && self.start == self.len {
                    return None;
                }
                Some(wasm::mem::str_at(self.ptr + self.start, self.len - self.start))
            }
        }
    }
}

pub struct Matches<'a, P> {
    ptr: usize,
    len: usize,
    search: usize,
    pat: P,
}

impl<'a, P: WasmPattern> Iterator for Matches<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.search > self.len {
            return None;
        }
        let s: &'a str = wasm::mem::str_at(self.ptr, self.len);
        match self.pat.wasm_find(s, self.search) {
            Some((a, b)) => {
                self.search = if a == b { b + 1 } else { b };
                Some(wasm::mem::str_at(self.ptr + a, b - a))
            }
            None => {
                self.search = self.len + 1;
                None
            }
        }
    }
}

impl str {
    fn wasm_split<P: WasmPattern>(&self, pat: P, limit: usize, terminator: bool) -> Split<P> {
        Split {
            ptr: wasm::mem::addr_of(self),
            len: self.len(),
            start: 0,
            search: 0,
            pat: pat,
            done: false,
            limit: limit,
            terminator: terminator,
        }
    }

    pub fn split<P: WasmPattern>(&self, pat: P) -> Split<P> {
        self.wasm_split(pat, 0, false)
    }

    // At most `n` pieces: the last is the rest of the string.
    pub fn splitn<P: WasmPattern>(&self, n: usize, pat: P) -> Split<P> {
        let mut it = self.wasm_split(pat, n, false);
        if n == 0 {
            it.done = true;
        }
        it
    }

    // Like split, without the empty piece after a final match.
    pub fn split_terminator<P: WasmPattern>(&self, pat: P) -> Split<P> {
        self.wasm_split(pat, 0, true)
    }

    pub fn split_once<P: WasmPattern>(&self, mut pat: P) -> Option<(&str, &str)> {
        match pat.wasm_find(self, 0) {
            Some((a, b)) => Some((&self[..a], &self[b..])),
            None => None,
        }
    }

    pub fn matches<P: WasmPattern>(&self, pat: P) -> Matches<P> {
        Matches { ptr: wasm::mem::addr_of(self), len: self.len(), search: 0, pat: pat }
    }

    pub fn find<P: WasmPattern>(&self, mut pat: P) -> Option<usize> {
        match pat.wasm_find(self, 0) {
            Some((a, _)) => Some(a),
            None => None,
        }
    }

    // The start of the last match.
    pub fn rfind<P: WasmPattern>(&self, mut pat: P) -> Option<usize> {
        let mut last = None;
        let mut from = 0;
        while from <= self.len() {
            match pat.wasm_find(self, from) {
                Some((a, b)) => {
                    last = Some(a);
                    from = if a == b { b + 1 } else { a + 1 };
                }
                None => break,
            }
        }
        last
    }

    pub fn contains<P: WasmPattern>(&self, pat: P) -> bool {
        self.find(pat).is_some()
    }

    pub fn starts_with<P: WasmPattern>(&self, mut pat: P) -> bool {
        pat.wasm_prefix(self).is_some()
    }

    pub fn ends_with<P: WasmPattern>(&self, mut pat: P) -> bool {
        pat.wasm_suffix(self).is_some()
    }

    pub fn strip_prefix<P: WasmPattern>(&self, mut pat: P) -> Option<&str> {
        match pat.wasm_prefix(self) {
            Some(n) => Some(&self[n..]),
            None => None,
        }
    }

    pub fn strip_suffix<P: WasmPattern>(&self, mut pat: P) -> Option<&str> {
        match pat.wasm_suffix(self) {
            Some(n) => Some(&self[..self.len() - n]),
            None => None,
        }
    }

    // Repeated matches come off; an empty one ends the loop.
    pub fn trim_start_matches<P: WasmPattern>(&self, mut pat: P) -> &str {
        let mut rest = self;
        while let Some(n) = pat.wasm_prefix(rest) {
            if n == 0 {
                break;
            }
            rest = &rest[n..];
        }
        rest
    }

    pub fn trim_end_matches<P: WasmPattern>(&self, mut pat: P) -> &str {
        let mut rest = self;
        while let Some(n) = pat.wasm_suffix(rest) {
            if n == 0 {
                break;
            }
            rest = &rest[..rest.len() - n];
        }
        rest
    }

    pub fn trim_matches<P: WasmPattern>(&self, mut pat: P) -> &str {
        let mut rest = self;
        while let Some(n) = pat.wasm_prefix(rest) {
            if n == 0 {
                break;
            }
            rest = &rest[n..];
        }
        while let Some(n) = pat.wasm_suffix(rest) {
            if n == 0 {
                break;
            }
            rest = &rest[..rest.len() - n];
        }
        rest
    }
}
