// std::error: the Error trait, `Box<dyn Error>` as the error type of any
// failure (`?` boxes an `E: Error`, `"text".into()` boxes a message), and
// the impls for std's own error types.
//
// Display and Debug are std traits of the compiler, not slots of a
// vtable, so the trait has two hidden methods the vtable does hold:
// `impl Display for dyn Error` and `impl Debug for dyn Error` call them,
// and they format the concrete error with its own impls (docs/dyn.md).

pub mod error {
    use super::fmt;

    pub trait Error: fmt::Debug + fmt::Display {
        fn source(&self) -> Option<&(dyn Error + 'static)> {
            None
        }

        fn wasm_display(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "{}", self)
        }

        fn wasm_debug(&self, f: &mut fmt::Formatter) -> fmt::Result {
            if f.alternate() {
                write!(f, "{:#?}", self)
            } else {
                write!(f, "{:?}", self)
            }
        }
    }

    impl fmt::Display for dyn Error {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            self.wasm_display(f)
        }
    }

    impl fmt::Debug for dyn Error {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            self.wasm_debug(f)
        }
    }

    // What a message becomes as a `Box<dyn Error>`: it displays as the
    // text and debugs as the quoted text, as std's does.
    struct WasmStringError {
        message: String,
    }

    impl fmt::Display for WasmStringError {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "{}", self.message)
        }
    }

    impl fmt::Debug for WasmStringError {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "{:?}", self.message)
        }
    }

    impl Error for WasmStringError {}

    impl<'a> From<&'a str> for Box<dyn Error> {
        fn from(message: &'a str) -> Box<dyn Error> {
            Box::new(WasmStringError { message: String::from(message) })
        }
    }

    impl From<String> for Box<dyn Error> {
        fn from(message: String) -> Box<dyn Error> {
            Box::new(WasmStringError { message: message })
        }
    }

    impl<E: Error> From<E> for Box<dyn Error> {
        fn from(e: E) -> Box<dyn Error> {
            Box::new(e)
        }
    }

    impl Error for super::num::ParseIntError {}
    impl Error for super::num::ParseFloatError {}
    impl Error for super::ParseBoolError {}
    impl Error for super::ParseCharError {}
    impl Error for super::str::Utf8Error {}
    impl Error for super::string::FromUtf8Error {}

    impl fmt::Display for fmt::Error {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "an error occurred when formatting an argument")
        }
    }

    impl Error for fmt::Error {}
}
