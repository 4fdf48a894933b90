// `str::parse`: integers, floats, bool and char from text, with std's
// error types and messages. A parse's error type is FromStr's associated
// type `Err` (docs/traits.md), so programs implement FromStr for their own
// types as in Rust and `s.parse::<Point>()` finds their impl.

pub trait FromStr: Sized {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

impl str {
    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err> {
        F::from_str(self)
    }
}

pub mod num {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum IntErrorKind {
        Empty,
        InvalidDigit,
        PosOverflow,
        NegOverflow,
        Zero,
    }

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct ParseIntError {
        kind: IntErrorKind,
    }

    impl ParseIntError {
        pub fn kind(&self) -> &IntErrorKind {
            &self.kind
        }
    }

    impl super::fmt::Display for ParseIntError {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            let text = match self.kind {
                IntErrorKind::Empty => "cannot parse integer from empty string",
                IntErrorKind::InvalidDigit => "invalid digit found in string",
                IntErrorKind::PosOverflow => "number too large to fit in target type",
                IntErrorKind::NegOverflow => "number too small to fit in target type",
                IntErrorKind::Zero => "number would be zero for non-zero type",
            };
            write!(f, "{}", text)
        }
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum FloatErrorKind {
        Empty,
        Invalid,
    }

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct ParseFloatError {
        kind: FloatErrorKind,
    }

    impl super::fmt::Display for ParseFloatError {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            match self.kind {
                FloatErrorKind::Empty => write!(f, "cannot parse float from empty string"),
                FloatErrorKind::Invalid => write!(f, "invalid float literal"),
            }
        }
    }

    fn int_error(kind: IntErrorKind) -> ParseIntError {
        ParseIntError { kind: kind }
    }

    // The digits after an optional `+`, as rustc reads them: one by one, so
    // an invalid digit after an overflow reports the overflow.
    pub fn wasm_parse_unsigned(s: &str, max: u64) -> Result<u64, ParseIntError> {
        let b = s.as_bytes();
        if b.len() == 0 {
            return Err(int_error(IntErrorKind::Empty));
        }
        let mut i = 0;
        if b[0] == b'+' {
            i = 1;
            if b.len() == 1 {
                return Err(int_error(IntErrorKind::InvalidDigit));
            }
        }
        let mut v: u64 = 0;
        while i < b.len() {
            let c = b[i];
            if c < b'0' || c > b'9' {
                return Err(int_error(IntErrorKind::InvalidDigit));
            }
            let d = (c - b'0') as u64;
            if v > (max - d) / 10 {
                return Err(int_error(IntErrorKind::PosOverflow));
            }
            v = v * 10 + d;
            i += 1;
        }
        Ok(v)
    }

    // Signed: a negative number is built downwards from zero, so the
    // type's MIN (one past -MAX) parses without overflowing on the way.
    pub fn wasm_parse_signed(s: &str, min: i64, max: i64) -> Result<i64, ParseIntError> {
        let b = s.as_bytes();
        if b.len() == 0 {
            return Err(int_error(IntErrorKind::Empty));
        }
        let negative = b[0] == b'-';
        let mut i = 0;
        if b[0] == b'+' || negative {
            i = 1;
            if b.len() == 1 {
                return Err(int_error(IntErrorKind::InvalidDigit));
            }
        }
        let mut v: i64 = 0;
        while i < b.len() {
            let c = b[i];
            if c < b'0' || c > b'9' {
                return Err(int_error(IntErrorKind::InvalidDigit));
            }
            let d = (c - b'0') as i64;
            if negative {
                // v * 10 - d >= min, with `/` rounding towards zero (up).
                if v < (min + d) / 10 {
                    return Err(int_error(IntErrorKind::NegOverflow));
                }
                v = v * 10 - d;
            } else {
                if v > (max - d) / 10 {
                    return Err(int_error(IntErrorKind::PosOverflow));
                }
                v = v * 10 + d;
            }
            i += 1;
        }
        Ok(v)
    }

    fn lower(c: u8) -> u8 {
        if c >= b'A' && c <= b'Z' {
            c + 32
        } else {
            c
        }
    }

    fn is_word(b: &[u8], from: usize, word: &str) -> bool {
        let w = word.as_bytes();
        if b.len() - from != w.len() {
            return false;
        }
        let mut i = 0;
        while i < w.len() {
            if lower(b[from + i]) != w[i] {
                return false;
            }
            i += 1;
        }
        true
    }

    // Decimal text to the nearest f64: digits into an integer mantissa and
    // a power of ten. Exact (correctly rounded) when the mantissa has at
    // most 15 digits and the power is within 10^±22, as in ordinary
    // program input; longer inputs may be off in the last bit.
    pub fn wasm_parse_float(s: &str) -> Result<f64, ParseFloatError> {
        let b = s.as_bytes();
        if b.len() == 0 {
            return Err(ParseFloatError { kind: FloatErrorKind::Empty });
        }
        let invalid = ParseFloatError { kind: FloatErrorKind::Invalid };
        let negative = b[0] == b'-';
        let mut i = 0;
        if negative || b[0] == b'+' {
            i = 1;
        }
        let sign = if negative { -1.0 } else { 1.0 };
        if is_word(b, i, "inf") || is_word(b, i, "infinity") {
            return Ok(sign * f64::INFINITY);
        }
        if is_word(b, i, "nan") {
            return Ok(f64::NAN);
        }
        let mut mantissa: u64 = 0;
        let mut digits = 0;
        let mut exp10: i32 = 0;
        let mut any = false;
        while i < b.len() && b[i] >= b'0' && b[i] <= b'9' {
            any = true;
            if digits < 19 {
                mantissa = mantissa * 10 + (b[i] - b'0') as u64;
                if mantissa > 0 {
                    digits += 1;
                }
            } else {
                exp10 += 1;
            }
            i += 1;
        }
        if i < b.len() && b[i] == b'.' {
            i += 1;
            while i < b.len() && b[i] >= b'0' && b[i] <= b'9' {
                any = true;
                if digits < 19 {
                    mantissa = mantissa * 10 + (b[i] - b'0') as u64;
                    if mantissa > 0 {
                        digits += 1;
                    }
                    exp10 -= 1;
                }
                i += 1;
            }
        }
        if !any {
            return Err(invalid);
        }
        if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
            i += 1;
            let mut exp_negative = false;
            if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
                exp_negative = b[i] == b'-';
                i += 1;
            }
            if i == b.len() {
                return Err(invalid);
            }
            let mut e: i32 = 0;
            while i < b.len() && b[i] >= b'0' && b[i] <= b'9' {
                if e < 100000 {
                    e = e * 10 + (b[i] - b'0') as i32;
                }
                i += 1;
            }
            exp10 += if exp_negative { -e } else { e };
        }
        if i != b.len() {
            return Err(invalid);
        }
        if mantissa == 0 {
            return Ok(sign * 0.0);
        }
        let m = mantissa as f64;
        let value = if exp10 >= 0 && exp10 <= 22 {
            m * pow10(exp10)
        } else if exp10 < 0 && exp10 >= -22 {
            m / pow10(-exp10)
        } else if exp10 > 308 + 19 {
            f64::INFINITY
        } else if exp10 < -343 {
            0.0
        } else if exp10 > 0 {
            m * pow10(exp10 - 22) * pow10(22)
        } else {
            m / pow10(22) / pow10(-exp10 - 22)
        };
        Ok(sign * value)
    }

    fn pow10(n: i32) -> f64 {
        let mut r = 1.0;
        let mut k = 0;
        while k < n {
            r *= 10.0;
            k += 1;
        }
        r
    }
}


impl FromStr for i8 {
    type Err = num::ParseIntError;
    fn from_str(s: &str) -> Result<i8, num::ParseIntError> {
        match num::wasm_parse_signed(s, i8::MIN as i64, i8::MAX as i64) {
            Ok(v) => Ok(v as i8),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for i16 {
    type Err = num::ParseIntError;
    fn from_str(s: &str) -> Result<i16, num::ParseIntError> {
        match num::wasm_parse_signed(s, i16::MIN as i64, i16::MAX as i64) {
            Ok(v) => Ok(v as i16),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for i32 {
    type Err = num::ParseIntError;
    fn from_str(s: &str) -> Result<i32, num::ParseIntError> {
        match num::wasm_parse_signed(s, i32::MIN as i64, i32::MAX as i64) {
            Ok(v) => Ok(v as i32),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for i64 {
    type Err = num::ParseIntError;
    fn from_str(s: &str) -> Result<i64, num::ParseIntError> {
        match num::wasm_parse_signed(s, i64::MIN as i64, i64::MAX as i64) {
            Ok(v) => Ok(v as i64),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for isize {
    type Err = num::ParseIntError;
    fn from_str(s: &str) -> Result<isize, num::ParseIntError> {
        match num::wasm_parse_signed(s, isize::MIN as i64, isize::MAX as i64) {
            Ok(v) => Ok(v as isize),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for u8 {
    type Err = num::ParseIntError;
    fn from_str(s: &str) -> Result<u8, num::ParseIntError> {
        match num::wasm_parse_unsigned(s, u8::MAX as u64) {
            Ok(v) => Ok(v as u8),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for u16 {
    type Err = num::ParseIntError;
    fn from_str(s: &str) -> Result<u16, num::ParseIntError> {
        match num::wasm_parse_unsigned(s, u16::MAX as u64) {
            Ok(v) => Ok(v as u16),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for u32 {
    type Err = num::ParseIntError;
    fn from_str(s: &str) -> Result<u32, num::ParseIntError> {
        match num::wasm_parse_unsigned(s, u32::MAX as u64) {
            Ok(v) => Ok(v as u32),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for u64 {
    type Err = num::ParseIntError;
    fn from_str(s: &str) -> Result<u64, num::ParseIntError> {
        match num::wasm_parse_unsigned(s, u64::MAX as u64) {
            Ok(v) => Ok(v as u64),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for usize {
    type Err = num::ParseIntError;
    fn from_str(s: &str) -> Result<usize, num::ParseIntError> {
        match num::wasm_parse_unsigned(s, usize::MAX as u64) {
            Ok(v) => Ok(v as usize),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for f64 {
    type Err = num::ParseFloatError;
    fn from_str(s: &str) -> Result<f64, num::ParseFloatError> {
        num::wasm_parse_float(s)
    }
}

impl FromStr for f32 {
    type Err = num::ParseFloatError;
    fn from_str(s: &str) -> Result<f32, num::ParseFloatError> {
        match num::wasm_parse_float(s) {
            Ok(v) => Ok(v as f32),
            Err(e) => Err(e),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBoolError;

impl fmt::Display for ParseBoolError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "provided string was not `true` or `false`")
    }
}

impl FromStr for bool {
    type Err = ParseBoolError;
    fn from_str(s: &str) -> Result<bool, ParseBoolError> {
        if s == "true" {
            Ok(true)
        } else if s == "false" {
            Ok(false)
        } else {
            Err(ParseBoolError)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CharErrorKind {
    EmptyString,
    TooManyChars,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseCharError {
    kind: CharErrorKind,
}

impl fmt::Display for ParseCharError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.kind {
            CharErrorKind::EmptyString => write!(f, "cannot parse char from empty string"),
            CharErrorKind::TooManyChars => write!(f, "too many characters in string"),
        }
    }
}

impl FromStr for char {
    type Err = ParseCharError;
    fn from_str(s: &str) -> Result<char, ParseCharError> {
        let mut chars = s.chars();
        match chars.next() {
            None => Err(ParseCharError { kind: CharErrorKind::EmptyString }),
            Some(c) => match chars.next() {
                None => Ok(c),
                Some(_) => Err(ParseCharError { kind: CharErrorKind::TooManyChars }),
            },
        }
    }
}

impl FromStr for String {
    type Err = ();
    fn from_str(s: &str) -> Result<String, ()> {
        Ok(String::from(s))
    }
}
