// JS strings: wasm::js::JsString, the host type an `externref<JsString>`
// stands for, and String::from_js, which copies one into a String
// (docs/interop.md). A host fn hands the program a JS string as
// `fn title() -> externref<JsString>;`, with no copy until it is read.
//
// Where the engine has the JS String Builtins (Chromium) the runtime turns
// them on at instantiation, and the string is read in place, one UTF-16
// unit at a time, by calls the engine compiles inline. Elsewhere (Node 20)
// the runtime copies it into memory as UTF-8 in one call. Both paths turn
// a lone surrogate into U+FFFD, as the host's UTF-8 encoder does.

pub mod js {
    // A JavaScript string (a primitive string value on the host side).
    pub struct JsString;

    // Inside `js`, so that `JsString` names this type even in a program
    // with a module of its own called `js`.
    impl String {
        // The JS string `s` as a String (UTF-8).
        pub fn from_js(s: externref<JsString>) -> String {
            if wasm::jsstr::builtins() {
                return String::from_js_units(s);
            }
            let len = wasm::jsstr::utf8_length(s);
            let mut out = String::with_capacity(len);
            wasm::jsstr::read(s, out.ptr);
            out.len = len;
            out
        }

        // Through the JS String Builtins: UTF-16 units, surrogate pairs joined.
        fn from_js_units(s: externref<JsString>) -> String {
            let n = wasm::jsstr::length(s);
            let mut out = String::with_capacity(n);
            let mut i = 0;
            while i < n {
                let unit = wasm::jsstr::char_code_at(s, i) as u32;
                i += 1;
                let mut code = unit;
                if unit >= 0xD800 && unit < 0xDC00 && i < n {
                    let low = wasm::jsstr::char_code_at(s, i) as u32;
                    if low >= 0xDC00 && low < 0xE000 {
                        code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                        i += 1;
                    }
                }
                match char::from_u32(code) {
                    Some(c) => out.push(c),
                    None => out.push('\u{FFFD}'),
                }
            }
            out
        }
    }
}
