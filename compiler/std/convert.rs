// std::convert's From and Into: `String::from(..)`-style conversions a
// program's own types implement, and `x.into()` for any From impl (the
// blanket impl below). The prelude's impls: every type from itself, &str,
// &String and char into String, &str and String into bytes; the lossless
// widenings between numbers are in convert_num.rs.

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
        let mut out = String::with_capacity(s.len());
        out.push_str(s);
        out
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

impl<'a> From<&'a str> for Vec<u8> {
    fn from(s: &'a str) -> Vec<u8> {
        s.as_bytes().to_vec()
    }
}

impl From<String> for Vec<u8> {
    fn from(s: String) -> Vec<u8> {
        s.into_bytes()
    }
}

// Last, so that an impl for a named type is found before it.
impl<T> From<T> for T {
    fn from(t: T) -> T {
        t
    }
}

pub mod wasm_try {
    // `r?` in a fn returning `Result<_, F>` where r's error is an E that F
    // converts from: the checker makes it `wasm_try::convert_err(r)?`.
    pub fn convert_err<T, E, F: From<E>>(r: Result<T, E>) -> Result<T, F> {
        match r {
            Ok(v) => Ok(v),
            Err(e) => Err(F::from(e)),
        }
    }
}
