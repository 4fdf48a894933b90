// std::fmt: what `impl fmt::Display for T` (and `impl fmt::Debug`) name.
// A Formatter says where the text goes: a file descriptor (stdout,
// stderr) or the String a `format!` or `to_string` is building; `write!`
// into it appends there. Lowering calls a type's `fmt` wherever `{}` (or
// `{:?}`) formats it and hands it a Formatter for the current output.
// The Display and Debug traits themselves are std traits of the compiler.

pub mod fmt {
    pub struct Formatter {
        fd: i32,
        string: usize,
    }

    #[derive(Clone, Copy, Debug, PartialEq)]
    pub struct Error;

    pub type Result = super::Result<(), Error>;
}
