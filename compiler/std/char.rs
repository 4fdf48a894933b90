// Classification methods of char that iterator chains reach for
// (`s.chars().filter(|c| c.is_alphabetic())`). ASCII answers exactly, as
// do `is_whitespace` and `to_digit`; beyond ASCII, `is_alphabetic` and the
// case tests know the Latin, Greek, Cyrillic, kana, Hangul and common CJK
// blocks only.

impl char {
    // The char with this code point: None for a surrogate (U+D800 to
    // U+DFFF) or past U+10FFFF.
    pub fn from_u32(i: u32) -> Option<char> {
        if i > 0x10FFFF || (i >= 0xD800 && i <= 0xDFFF) {
            return None;
        }
        // A char is its code point in 4 bytes.
        Some(wasm::mem::read::<char>(wasm::mem::addr_of(&i)))
    }

    // The digit `num` in `radix` (2 to 36) as a char, lower case: None when
    // it is not below the radix.
    #[track_caller]
    pub fn from_digit(num: u32, radix: u32) -> Option<char> {
        if radix < 2 || radix > 36 {
            panic!("from_digit: radix is too high (maximum 36)");
        }
        if num >= radix {
            return None;
        }
        let byte = if num < 10 { b'0' + num as u8 } else { b'a' + (num - 10) as u8 };
        Some(byte as char)
    }

    // The bytes this char takes in UTF-8.
    pub fn len_utf8(self) -> usize {
        let c = self as u32;
        if c < 0x80 {
            1
        } else if c < 0x800 {
            2
        } else if c < 0x10000 {
            3
        } else {
            4
        }
    }

    pub fn is_alphabetic(self) -> bool {
        let c = self as u32;
        if c < 0x80 {
            return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A);
        }
        (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)
            || c == 0xAA
            || c == 0xB5
            || c == 0xBA
            || (c >= 0x370 && c <= 0x3FF && c != 0x37E && c != 0x387)
            || (c >= 0x400 && c <= 0x52F && !(c >= 0x482 && c <= 0x489))
            || (c >= 0x3041 && c <= 0x30FF && c != 0x30A0 && c != 0x30FB)
            || (c >= 0x4E00 && c <= 0x9FFF)
            || (c >= 0xAC00 && c <= 0xD7A3)
    }

    pub fn is_numeric(self) -> bool {
        let c = self as u32;
        (c >= 0x30 && c <= 0x39) || c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0xBC && c <= 0xBE)
    }

    pub fn is_alphanumeric(self) -> bool {
        self.is_alphabetic() || self.is_numeric()
    }

    // Unicode's White_Space property, exactly.
    pub fn is_whitespace(self) -> bool {
        let c = self as u32;
        (c >= 0x09 && c <= 0x0D)
            || c == 0x20
            || c == 0x85
            || c == 0xA0
            || c == 0x1680
            || (c >= 0x2000 && c <= 0x200A)
            || c == 0x2028
            || c == 0x2029
            || c == 0x202F
            || c == 0x205F
            || c == 0x3000
    }

    pub fn is_uppercase(self) -> bool {
        let c = self as u32;
        (c >= 0x41 && c <= 0x5A) || (c >= 0xC0 && c <= 0xDE && c != 0xD7)
    }

    pub fn is_lowercase(self) -> bool {
        let c = self as u32;
        (c >= 0x61 && c <= 0x7A) || (c >= 0xDF && c <= 0xFF && c != 0xF7) || c == 0xAA || c == 0xB5 || c == 0xBA
    }

    #[track_caller]
    pub fn to_digit(self, radix: u32) -> Option<u32> {
        if radix < 2 || radix > 36 {
            panic!("to_digit: radix is too high (maximum 36)");
        }
        let c = self as u32;
        let d = if c >= 0x30 && c <= 0x39 {
            c - 0x30
        } else if c >= 0x61 && c <= 0x7A {
            c - 0x61 + 10
        } else if c >= 0x41 && c <= 0x5A {
            c - 0x41 + 10
        } else {
            return None;
        };
        if d < radix {
            Some(d)
        } else {
            None
        }
    }
}

impl<'a, T: Copy> Option<&'a T> {
    pub fn copied(self) -> Option<T> {
        match self {
            Some(x) => Some(*x),
            None => None,
        }
    }
}

impl<'a, T: Clone> Option<&'a T> {
    pub fn cloned(self) -> Option<T> {
        match self {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}

// char::to_uppercase and to_lowercase yield one or two chars ('ß' is "SS"
// in upper case). Like the case tests above, they know ASCII, Latin-1,
// Greek and Cyrillic; other chars map to themselves.
impl char {
    pub fn to_uppercase(self) -> ToUppercase {
        let c = self as u32;
        let (a, b) = if c >= 0x61 && c <= 0x7A {
            (c - 0x20, 0)
        } else if c == 0xDF {
            (0x53, 0x53)
        } else if (c >= 0xE0 && c <= 0xFE && c != 0xF7) || (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) {
            (c - 0x20, 0)
        } else if c == 0x3C2 {
            (0x3A3, 0) // final sigma
        } else if c == 0x3AC {
            (0x386, 0)
        } else if c >= 0x3AD && c <= 0x3AF {
            (c - 0x25, 0)
        } else if c == 0x3CC {
            (0x38C, 0)
        } else if c == 0x3CD || c == 0x3CE {
            (c - 0x3F, 0)
        } else if c == 0xFF {
            (0x178, 0)
        } else if c == 0xB5 {
            (0x39C, 0)
        } else if c >= 0x430 && c <= 0x44F {
            (c - 0x20, 0)
        } else if c >= 0x450 && c <= 0x45F {
            (c - 0x50, 0)
        } else {
            (c, 0)
        };
        ToUppercase { chars: WasmCaseChars::new(a, b) }
    }

    pub fn to_lowercase(self) -> ToLowercase {
        let c = self as u32;
        let a = if (c >= 0x41 && c <= 0x5A)
            || (c >= 0xC0 && c <= 0xDE && c != 0xD7)
            || (c >= 0x391 && c <= 0x3A9 && c != 0x3A2)
            || (c >= 0x410 && c <= 0x42F)
        {
            c + 0x20
        } else if c >= 0x400 && c <= 0x40F {
            c + 0x50
        } else if c == 0x386 {
            0x3AC
        } else if c >= 0x388 && c <= 0x38A {
            c + 0x25
        } else if c == 0x38C {
            0x3CC
        } else if c == 0x38E || c == 0x38F {
            c + 0x3F
        } else if c == 0x178 {
            0xFF
        } else {
            c
        };
        ToLowercase { chars: WasmCaseChars::new(a, 0) }
    }
}

// The chars a case mapping yields: `first`, then `second` unless it is 0.
pub struct WasmCaseChars {
    first: u32,
    second: u32,
    front: u32,
    back: u32,
}

impl WasmCaseChars {
    fn new(first: u32, second: u32) -> WasmCaseChars {
        WasmCaseChars { first: first, second: second, front: 0, back: if second == 0 { 1 } else { 2 } }
    }

    fn at(&self, i: u32) -> char {
        let c = if i == 0 { self.first } else { self.second };
        match char::from_u32(c) {
            Some(x) => x,
            None => '\u{FFFD}',
        }
    }

    fn next(&mut self) -> Option<char> {
        if self.front == self.back {
            return None;
        }
        self.front += 1;
        Some(self.at(self.front - 1))
    }

    fn next_back(&mut self) -> Option<char> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        Some(self.at(self.back))
    }

    fn len(&self) -> usize {
        (self.back - self.front) as usize
    }

    // The chars not yet taken, as ToUppercase and ToLowercase display.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut i = self.front;
        while i < self.back {
            write!(f, "{}", self.at(i))?;
            i += 1;
        }
        Ok(())
    }
}

pub struct ToUppercase {
    chars: WasmCaseChars,
}

pub struct ToLowercase {
    chars: WasmCaseChars,
}

impl Iterator for ToUppercase {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        self.chars.next()
    }
}

impl DoubleEndedIterator<char> for ToUppercase {
    fn next_back(&mut self) -> Option<char> {
        self.chars.next_back()
    }
}

impl ExactSizeIterator for ToUppercase {
    fn len(&self) -> usize {
        self.chars.len()
    }
}

impl fmt::Display for ToUppercase {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.chars.fmt(f)
    }
}

impl Iterator for ToLowercase {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        self.chars.next()
    }
}

impl DoubleEndedIterator<char> for ToLowercase {
    fn next_back(&mut self) -> Option<char> {
        self.chars.next_back()
    }
}

impl ExactSizeIterator for ToLowercase {
    fn len(&self) -> usize {
        self.chars.len()
    }
}

impl fmt::Display for ToLowercase {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.chars.fmt(f)
    }
}
