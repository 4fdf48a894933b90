// std::fmt: what `impl fmt::Display for T` (and `impl fmt::Debug`) name.
// A Formatter says where the text goes: a file descriptor (stdout,
// stderr) or the String a `format!` or `to_string` is building; `write!`
// into it appends there. Lowering calls a type's `fmt` wherever `{}` (or
// `{:?}`) formats it and hands it a Formatter for the current output.
// The Display and Debug traits themselves are std traits of the compiler.
//
// A Formatter also carries the `#` flag (`f.alternate()`) and the
// indentation its lines start at: every newline `write!` writes through
// it is followed by that many spaces, and a `{:#?}` it formats starts
// there, so output nested in a `{:#?}` is indented the way std's pretty
// printing indents it. The debug builders (`f.debug_struct(..)`,
// `debug_tuple`, `debug_list`, `debug_set`, `debug_map`) write each entry
// with a Formatter four spaces deeper (docs/std.md).

pub mod fmt {
    pub struct Formatter {
        fd: i32,
        string: usize,
        flags: u32,
        indent: u32,
        // The `{:>8.3}` the value is formatted with (-1: none; align 0
        // none, 1 left, 2 right, 3 center): what `pad` applies.
        width: i32,
        precision: i32,
        fill: char,
        align: u32,
    }

    #[derive(Clone, Copy, Debug, PartialEq)]
    pub struct Error;

    pub type Result = super::Result<(), Error>;

    // The `#` flag's bit in `flags` (set by lowering for `{:#}`/`{:#?}`).
    const WASM_ALTERNATE: u32 = 4;

    impl Formatter {
        pub fn alternate(&self) -> bool {
            self.flags & WASM_ALTERNATE != 0
        }

        pub fn write_str(&mut self, s: &str) -> Result {
            write!(self, "{}", s)
        }

        pub fn width(&self) -> Option<usize> {
            if self.width < 0 { None } else { Some(self.width as usize) }
        }

        pub fn precision(&self) -> Option<usize> {
            if self.precision < 0 { None } else { Some(self.precision as usize) }
        }

        pub fn fill(&self) -> char {
            self.fill
        }

        // Writes `s` as `{}` writes a str: cut to the precision (in chars),
        // then padded with the fill to the width, on the left unless the
        // alignment says otherwise.
        pub fn pad(&mut self, s: &str) -> Result {
            let mut text = s;
            if self.precision >= 0 {
                let mut n = 0;
                for (i, _) in s.char_indices() {
                    if n == self.precision as usize {
                        text = &s[..i];
                        break;
                    }
                    n += 1;
                }
            }
            let len = text.chars().count();
            if self.width < 0 || len >= self.width as usize {
                return self.write_str(text);
            }
            let padding = self.width as usize - len;
            let (before, after) = match self.align {
                2 => (padding, 0),
                3 => (padding / 2, padding - padding / 2),
                _ => (0, padding),
            };
            let mut i = 0;
            while i < before {
                let _ = write!(self, "{}", self.fill);
                i += 1;
            }
            let _ = write!(self, "{}", text);
            i = 0;
            while i < after {
                let _ = write!(self, "{}", self.fill);
                i += 1;
            }
            Ok(())
        }

        // The same destination and flags, four spaces deeper: what a
        // pretty builder writes its entries with.
        fn wasm_deeper(&self) -> Formatter {
            Formatter {
                fd: self.fd,
                string: self.string,
                flags: self.flags,
                indent: self.indent + 4,
                width: -1,
                precision: -1,
                fill: ' ',
                align: 0,
            }
        }

        pub fn debug_struct<'b>(&'b mut self, name: &str) -> DebugStruct<'b> {
            let _ = write!(self, "{}", name);
            DebugStruct { fmt: self, has_fields: false }
        }

        pub fn debug_tuple<'b>(&'b mut self, name: &str) -> DebugTuple<'b> {
            let _ = write!(self, "{}", name);
            DebugTuple { fmt: self, fields: 0, empty_name: name.len() == 0 }
        }

        pub fn debug_list<'b>(&'b mut self) -> DebugList<'b> {
            let _ = write!(self, "[");
            DebugList { fmt: self, has_fields: false }
        }

        pub fn debug_set<'b>(&'b mut self) -> DebugSet<'b> {
            let _ = write!(self, "{{");
            DebugSet { list: DebugList { fmt: self, has_fields: false } }
        }

        pub fn debug_map<'b>(&'b mut self) -> DebugMap<'b> {
            let _ = write!(self, "{{");
            DebugMap { fmt: self, has_fields: false }
        }
    }

    // One entry of a list, set or map: `{:#?}` on a line of its own four
    // spaces deeper (the first opens a new line), or `{:?}` after a comma.
    fn wasm_entry<T: Debug + ?Sized>(fmt: &mut Formatter, has_fields: bool, value: &T) {
        if fmt.alternate() {
            if !has_fields {
                let _ = write!(fmt, "\n");
            }
            let mut sub = fmt.wasm_deeper();
            let _ = write!(&mut sub, "    {:#?}", value);
            let _ = write!(fmt, ",\n");
        } else {
            if has_fields {
                let _ = write!(fmt, ", ");
            }
            let _ = write!(fmt, "{:?}", value);
        }
    }

    pub struct DebugStruct<'a> {
        fmt: &'a mut Formatter,
        has_fields: bool,
    }

    impl<'a> DebugStruct<'a> {
        pub fn field<T: Debug + ?Sized>(&mut self, name: &str, value: &T) -> &mut DebugStruct<'a> {
            if self.fmt.alternate() {
                if !self.has_fields {
                    let _ = write!(self.fmt, " {{\n");
                }
                let mut sub = self.fmt.wasm_deeper();
                let _ = write!(&mut sub, "    {}: {:#?}", name, value);
                let _ = write!(self.fmt, ",\n");
            } else {
                let prefix = if self.has_fields { ", " } else { " { " };
                let _ = write!(self.fmt, "{}{}: {:?}", prefix, name, value);
            }
            self.has_fields = true;
            self
        }

        pub fn finish(&mut self) -> Result {
            if self.has_fields {
                if self.fmt.alternate() {
                    let _ = write!(self.fmt, "}}");
                } else {
                    let _ = write!(self.fmt, " }}");
                }
            }
            Ok(())
        }

        // `Name { a: 1, .. }`: the fields shown, and a mark that there are more.
        pub fn finish_non_exhaustive(&mut self) -> Result {
            if self.fmt.alternate() && self.has_fields {
                let mut sub = self.fmt.wasm_deeper();
                let _ = write!(&mut sub, "    ..");
                write!(self.fmt, "\n}}")
            } else if self.has_fields {
                write!(self.fmt, ", .. }}")
            } else {
                write!(self.fmt, " {{ .. }}")
            }
        }
    }

    pub struct DebugTuple<'a> {
        fmt: &'a mut Formatter,
        fields: usize,
        empty_name: bool,
    }

    impl<'a> DebugTuple<'a> {
        pub fn field<T: Debug + ?Sized>(&mut self, value: &T) -> &mut DebugTuple<'a> {
            if self.fmt.alternate() {
                if self.fields == 0 {
                    let _ = write!(self.fmt, "(\n");
                }
                let mut sub = self.fmt.wasm_deeper();
                let _ = write!(&mut sub, "    {:#?}", value);
                let _ = write!(self.fmt, ",\n");
            } else {
                let prefix = if self.fields == 0 { "(" } else { ", " };
                let _ = write!(self.fmt, "{}{:?}", prefix, value);
            }
            self.fields += 1;
            self
        }

        pub fn finish(&mut self) -> Result {
            if self.fields > 0 {
                if self.fields == 1 && self.empty_name && !self.fmt.alternate() {
                    let _ = write!(self.fmt, ",");
                }
                let _ = write!(self.fmt, ")");
            }
            Ok(())
        }
    }

    pub struct DebugList<'a> {
        fmt: &'a mut Formatter,
        has_fields: bool,
    }

    impl<'a> DebugList<'a> {
        pub fn entry<T: Debug + ?Sized>(&mut self, value: &T) -> &mut DebugList<'a> {
            wasm_entry(self.fmt, self.has_fields, value);
            self.has_fields = true;
            self
        }

        pub fn entries<T: Debug, J: Iterator<Item = T>, K: IntoIterator<J>>(
            &mut self,
            entries: K,
        ) -> &mut DebugList<'a> {
            let mut it = entries.wasm_into_iter();
            while let Some(x) = it.next() {
                self.entry(&x);
            }
            self
        }

        pub fn finish(&mut self) -> Result {
            write!(self.fmt, "]")
        }
    }

    // A set prints as a list does, between braces.
    pub struct DebugSet<'a> {
        list: DebugList<'a>,
    }

    impl<'a> DebugSet<'a> {
        pub fn entry<T: Debug + ?Sized>(&mut self, value: &T) -> &mut DebugSet<'a> {
            self.list.entry(value);
            self
        }

        pub fn entries<T: Debug, J: Iterator<Item = T>, K: IntoIterator<J>>(
            &mut self,
            entries: K,
        ) -> &mut DebugSet<'a> {
            let mut it = entries.wasm_into_iter();
            while let Some(x) = it.next() {
                self.list.entry(&x);
            }
            self
        }

        pub fn finish(&mut self) -> Result {
            write!(self.list.fmt, "}}")
        }
    }

    pub struct DebugMap<'a> {
        fmt: &'a mut Formatter,
        has_fields: bool,
    }

    impl<'a> DebugMap<'a> {
        pub fn entry<K: Debug + ?Sized, V: Debug + ?Sized>(
            &mut self,
            key: &K,
            value: &V,
        ) -> &mut DebugMap<'a> {
            if self.fmt.alternate() {
                if !self.has_fields {
                    let _ = write!(self.fmt, "\n");
                }
                let mut sub = self.fmt.wasm_deeper();
                let _ = write!(&mut sub, "    {:#?}: {:#?}", key, value);
                let _ = write!(self.fmt, ",\n");
            } else {
                if self.has_fields {
                    let _ = write!(self.fmt, ", ");
                }
                let _ = write!(self.fmt, "{:?}: {:?}", key, value);
            }
            self.has_fields = true;
            self
        }

        pub fn entries<K: Debug, V: Debug, J: Iterator<Item = (K, V)>, I: IntoIterator<J>>(
            &mut self,
            entries: I,
        ) -> &mut DebugMap<'a> {
            let mut it = entries.wasm_into_iter();
            while let Some(kv) = it.next() {
                self.entry(&kv.0, &kv.1);
            }
            self
        }

        pub fn finish(&mut self) -> Result {
            write!(self.fmt, "}}")
        }
    }
}
