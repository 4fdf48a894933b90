// The lossless conversions between the primitive types that Rust's
// std::convert offers as From impls (and so as `.into()`): each
// integer widening that keeps every value, integers into the floats
// that hold them exactly, f32 into f64, bool into the integers, and
// between char and the integers wide enough for it. `u64::from(x)`
// picks the impl by the type of x (compiler/check/check_impl_choice.cpp).

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

impl From<u8> for isize {
    fn from(v: u8) -> isize {
        v as isize
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

impl From<u16> for f32 {
    fn from(v: u16) -> f32 {
        v as f32
    }
}

impl From<u16> for f64 {
    fn from(v: u16) -> f64 {
        v as f64
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

impl From<u32> for f64 {
    fn from(v: u32) -> f64 {
        v as f64
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

impl From<i8> for isize {
    fn from(v: i8) -> isize {
        v as isize
    }
}

impl From<i8> for f32 {
    fn from(v: i8) -> f32 {
        v as f32
    }
}

impl From<i8> for f64 {
    fn from(v: i8) -> f64 {
        v as f64
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

impl From<i16> for isize {
    fn from(v: i16) -> isize {
        v as isize
    }
}

impl From<i16> for f32 {
    fn from(v: i16) -> f32 {
        v as f32
    }
}

impl From<i16> for f64 {
    fn from(v: i16) -> f64 {
        v as f64
    }
}

impl From<i32> for i64 {
    fn from(v: i32) -> i64 {
        v as i64
    }
}

impl From<i32> for f64 {
    fn from(v: i32) -> f64 {
        v as f64
    }
}

impl From<f32> for f64 {
    fn from(v: f32) -> f64 {
        v as f64
    }
}

impl From<bool> for u8 {
    fn from(v: bool) -> u8 {
        v as u8
    }
}

impl From<bool> for u16 {
    fn from(v: bool) -> u16 {
        v as u16
    }
}

impl From<bool> for u32 {
    fn from(v: bool) -> u32 {
        v as u32
    }
}

impl From<bool> for u64 {
    fn from(v: bool) -> u64 {
        v as u64
    }
}

impl From<bool> for usize {
    fn from(v: bool) -> usize {
        v as usize
    }
}

impl From<bool> for i8 {
    fn from(v: bool) -> i8 {
        v as i8
    }
}

impl From<bool> for i16 {
    fn from(v: bool) -> i16 {
        v as i16
    }
}

impl From<bool> for i32 {
    fn from(v: bool) -> i32 {
        v as i32
    }
}

impl From<bool> for i64 {
    fn from(v: bool) -> i64 {
        v as i64
    }
}

impl From<bool> for isize {
    fn from(v: bool) -> isize {
        v as isize
    }
}

impl From<char> for u32 {
    fn from(v: char) -> u32 {
        v as u32
    }
}

impl From<char> for u64 {
    fn from(v: char) -> u64 {
        v as u64
    }
}

impl From<u8> for char {
    fn from(v: u8) -> char {
        v as char
    }
}
