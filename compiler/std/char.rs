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
