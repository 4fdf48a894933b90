// std::convert's From and Into: `String::from(..)`-style conversions a
// program's own types implement, and `x.into()` for any From impl (the
// blanket impl below). The prelude's impls: &str and char into String,
// and the lossless widenings between numbers.

pub trait From<T> {
    fn from(value: T) -> Self;
}

pub trait Into<T> {
    fn into(self) -> T;
}

impl<T, U: From<T>> Into<U> for T {
    fn into(self) -> U {
        U::from(self)
    }
}

impl<'a> From<&'a str> for String {
    fn from(s: &'a str) -> String {
        s.to_owned()
    }
}

impl From<char> for String {
    fn from(c: char) -> String {
        let mut s = String::new();
        s.push(c);
        s
    }
}

impl<'a> From<&'a String> for String {
    fn from(s: &'a String) -> String {
        s.clone()
    }
}

impl From<u8> for u16 {
    fn from(v: u8) -> u16 {
        v as u16
    }
}

impl From<u8> for u32 {
    fn from(v: u8) -> u32 {
        v as u32
    }
}

impl From<u8> for u64 {
    fn from(v: u8) -> u64 {
        v as u64
    }
}

impl From<u8> for usize {
    fn from(v: u8) -> usize {
        v as usize
    }
}

impl From<u8> for i16 {
    fn from(v: u8) -> i16 {
        v as i16
    }
}

impl From<u8> for i32 {
    fn from(v: u8) -> i32 {
        v as i32
    }
}

impl From<u8> for i64 {
    fn from(v: u8) -> i64 {
        v as i64
    }
}

impl From<u16> for u32 {
    fn from(v: u16) -> u32 {
        v as u32
    }
}

impl From<u16> for u64 {
    fn from(v: u16) -> u64 {
        v as u64
    }
}

impl From<u16> for usize {
    fn from(v: u16) -> usize {
        v as usize
    }
}

impl From<u16> for i32 {
    fn from(v: u16) -> i32 {
        v as i32
    }
}

impl From<u16> for i64 {
    fn from(v: u16) -> i64 {
        v as i64
    }
}

impl From<u32> for u64 {
    fn from(v: u32) -> u64 {
        v as u64
    }
}

impl From<u32> for i64 {
    fn from(v: u32) -> i64 {
        v as i64
    }
}

impl From<i8> for i16 {
    fn from(v: i8) -> i16 {
        v as i16
    }
}

impl From<i8> for i32 {
    fn from(v: i8) -> i32 {
        v as i32
    }
}

impl From<i8> for i64 {
    fn from(v: i8) -> i64 {
        v as i64
    }
}

impl From<i16> for i32 {
    fn from(v: i16) -> i32 {
        v as i32
    }
}

impl From<i16> for i64 {
    fn from(v: i16) -> i64 {
        v as i64
    }
}

impl From<i32> for i64 {
    fn from(v: i32) -> i64 {
        v as i64
    }
}

impl From<f32> for f64 {
    fn from(v: f32) -> f64 {
        v as f64
    }
}

impl From<u8> for f32 {
    fn from(v: u8) -> f32 {
        v as f32
    }
}

impl From<u8> for f64 {
    fn from(v: u8) -> f64 {
        v as f64
    }
}

impl From<i32> for f64 {
    fn from(v: i32) -> f64 {
        v as f64
    }
}

impl From<u32> for f64 {
    fn from(v: u32) -> f64 {
        v as f64
    }
}

impl From<i16> for f32 {
    fn from(v: i16) -> f32 {
        v as f32
    }
}

impl From<u16> for f32 {
    fn from(v: u16) -> f32 {
        v as f32
    }
}

impl From<bool> for i32 {
    fn from(v: bool) -> i32 {
        v as i32
    }
}

impl From<u8> for char {
    fn from(v: u8) -> char {
        v as char
    }
}

impl From<char> for u32 {
    fn from(v: char) -> u32 {
        v as u32
    }
}
