// std::default::Default: a type's default value, for `T::default()`,
// `Default::default()`, `..Default::default()` in struct literals,
// `unwrap_or_default` and `#[derive(Default)]` (which the parser expands
// into an impl that defaults every field: compiler/parse/derive_default.cpp).

pub trait Default {
    fn default() -> Self;
}

impl Default for i8 {
    fn default() -> i8 {
        0
    }
}

impl Default for i16 {
    fn default() -> i16 {
        0
    }
}

impl Default for i32 {
    fn default() -> i32 {
        0
    }
}

impl Default for i64 {
    fn default() -> i64 {
        0
    }
}

impl Default for isize {
    fn default() -> isize {
        0
    }
}

impl Default for u8 {
    fn default() -> u8 {
        0
    }
}

impl Default for u16 {
    fn default() -> u16 {
        0
    }
}

impl Default for u32 {
    fn default() -> u32 {
        0
    }
}

impl Default for u64 {
    fn default() -> u64 {
        0
    }
}

impl Default for usize {
    fn default() -> usize {
        0
    }
}

impl Default for f32 {
    fn default() -> f32 {
        0.0
    }
}

impl Default for f64 {
    fn default() -> f64 {
        0.0
    }
}

impl Default for bool {
    fn default() -> bool {
        false
    }
}

impl Default for char {
    fn default() -> char {
        '\0'
    }
}

impl Default for () {
    fn default() -> () {}
}

impl<'a> Default for &'a str {
    fn default() -> &'a str {
        ""
    }
}

impl Default for String {
    fn default() -> String {
        String::new()
    }
}

impl<T> Default for Vec<T> {
    fn default() -> Vec<T> {
        Vec::new()
    }
}

impl<T> Default for Option<T> {
    fn default() -> Option<T> {
        None
    }
}

impl<T: Default> Default for Box<T> {
    fn default() -> Box<T> {
        Box::new(T::default())
    }
}

impl<A: Default, B: Default> Default for (A, B) {
    fn default() -> (A, B) {
        (A::default(), B::default())
    }
}

impl<A: Default, B: Default, C: Default> Default for (A, B, C) {
    fn default() -> (A, B, C) {
        (A::default(), B::default(), C::default())
    }
}

impl<T: Default> Option<T> {
    pub fn unwrap_or_default(self) -> T {
        match self {
            Some(v) => v,
            None => T::default(),
        }
    }
}

impl<T: Default, E> Result<T, E> {
    pub fn unwrap_or_default(self) -> T {
        match self {
            Ok(v) => v,
            Err(_) => T::default(),
        }
    }
}
