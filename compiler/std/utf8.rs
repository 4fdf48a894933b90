// Bytes to text: `std::str::from_utf8` and `String::from_utf8`, which
// accept a byte sequence only when it is well-formed UTF-8, and their
// errors, printed the way rustc's are (`Utf8Error { valid_up_to: 1,
// error_len: Some(1) }`, "invalid utf-8 sequence of 1 bytes from index 1").
// The check follows the Unicode standard's table of well-formed sequences:
// no overlong forms, no surrogates, nothing above U+10FFFF.

pub mod str {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Utf8Error {
        valid_up_to: usize,
        error_len: Option<u8>,
    }

    impl Utf8Error {
        pub fn valid_up_to(&self) -> usize {
            self.valid_up_to
        }

        pub fn error_len(&self) -> Option<usize> {
            match self.error_len {
                Some(n) => Some(n as usize),
                None => None,
            }
        }
    }

    impl super::fmt::Display for Utf8Error {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            match self.error_len {
                Some(n) => write!(f, "invalid utf-8 sequence of {} bytes from index {}", n, self.valid_up_to),
                None => write!(f, "incomplete utf-8 byte sequence from index {}", self.valid_up_to),
            }
        }
    }

    // The bytes a sequence starting with `b` needs after it, or None when
    // `b` cannot start one.
    fn continuation_count(b: u8) -> Option<usize> {
        if b < 0x80 {
            Some(0)
        } else if b >= 0xC2 && b <= 0xDF {
            Some(1)
        } else if b >= 0xE0 && b <= 0xEF {
            Some(2)
        } else if b >= 0xF0 && b <= 0xF4 {
            Some(3)
        } else {
            None
        }
    }

    // The range the second byte of a sequence led by `lead` must fall in
    // (the later ones are always 0x80..=0xBF).
    fn second_range(lead: u8) -> (u8, u8) {
        if lead == 0xE0 {
            (0xA0, 0xBF)
        } else if lead == 0xED {
            (0x80, 0x9F)
        } else if lead == 0xF0 {
            (0x90, 0xBF)
        } else if lead == 0xF4 {
            (0x80, 0x8F)
        } else {
            (0x80, 0xBF)
        }
    }

    pub fn wasm_check_utf8(v: &[u8]) -> Result<(), Utf8Error> {
        let mut i = 0;
        while i < v.len() {
            let lead = v[i];
            let need = match continuation_count(lead) {
                Some(n) => n,
                None => return Err(Utf8Error { valid_up_to: i, error_len: Some(1) }),
            };
            let mut k = 1;
            while k <= need {
                if i + k >= v.len() {
                    return Err(Utf8Error { valid_up_to: i, error_len: None });
                }
                let (lo, hi) = if k == 1 { second_range(lead) } else { (0x80, 0xBF) };
                let b = v[i + k];
                if b < lo || b > hi {
                    return Err(Utf8Error { valid_up_to: i, error_len: Some(k as u8) });
                }
                k += 1;
            }
            i += need + 1;
        }
        Ok(())
    }

    pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error> {
        match wasm_check_utf8(v) {
            Ok(()) => Ok(wasm::mem::str_at(wasm::mem::addr_of(v), v.len())),
            Err(e) => Err(e),
        }
    }
}

pub mod string {
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct FromUtf8Error {
        bytes: Vec<u8>,
        error: super::str::Utf8Error,
    }

    impl FromUtf8Error {
        pub fn utf8_error(&self) -> super::str::Utf8Error {
            self.error
        }

        pub fn into_bytes(self) -> Vec<u8> {
            self.bytes
        }

        pub fn as_bytes(&self) -> &[u8] {
            &self.bytes
        }
    }

    impl super::fmt::Display for FromUtf8Error {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            write!(f, "{}", self.error)
        }
    }

    pub fn wasm_from_utf8_error(bytes: Vec<u8>, error: super::str::Utf8Error) -> FromUtf8Error {
        FromUtf8Error { bytes: bytes, error: error }
    }
}

impl String {
    pub fn from_utf8(vec: Vec<u8>) -> Result<String, string::FromUtf8Error> {
        match str::wasm_check_utf8(&vec) {
            Ok(()) => {
                let mut s = String::with_capacity(vec.len());
                s.push_str(wasm::mem::str_at(wasm::mem::addr_of(&vec[..]), vec.len()));
                Ok(s)
            }
            Err(e) => Err(string::wasm_from_utf8_error(vec, e)),
        }
    }
}
