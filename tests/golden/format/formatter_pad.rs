// An impl that formats through `f.pad(..)` honours the width, fill,
// alignment and precision it is formatted with (a write!-based impl
// ignores them, as in Rust); `f.width()`, `f.precision()` and `f.fill()`
// read them; `finish_non_exhaustive` marks a struct's hidden fields.
use std::fmt;

struct Name<'a>(&'a str);

impl fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}

struct Tag(u32);

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

struct Probe;

impl fmt::Display for Probe {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:?} {:?} {:?}", f.width(), f.precision(), f.fill())
    }
}

struct Secret {
    id: u32,
    #[allow(dead_code)]
    key: u64,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Secret").field("id", &self.id).finish_non_exhaustive()
    }
}

struct Opaque;

impl fmt::Debug for Opaque {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Opaque").finish_non_exhaustive()
    }
}

#[derive(Debug)]
struct Holder {
    secret: Secret,
    opaque: Opaque,
}

fn main() {
    let w = 9;
    println!("[{:^9}] [{:*>w$}] [{:.3}] [{:-<8.2}] [{}]", Name("mid"), Name("ab"), Name("héllo"),
             Name("xyz"), Name("plain"));
    println!("[{a:>w$}] [{b:.p$}]", a = Name("r"), w = 4, b = Name("abcdef"), p = 2);
    println!("[{:>6}] [{:<6}]", Tag(7), Tag(42));
    println!("{} | {:>7} | {:_^3.1}", Probe, Probe, Probe);
    let s = format!("{:>5}|{:5}|", Name("a"), Name("b"));
    println!("{}", s);
    let h = Holder { secret: Secret { id: 7, key: 99 }, opaque: Opaque };
    println!("{:?}", h);
    println!("{:#?}", h);
}

// CHECK:STDOUT: [   mid   ] [*******ab] [hél] [xy------] [plain]
// CHECK:STDOUT: [   r] [ab]
// CHECK:STDOUT: [#7] [#42]
// CHECK:STDOUT: None None ' ' | Some(7) None ' ' | Some(3) Some(1) '_'
// CHECK:STDOUT:     a|b    |
// CHECK:STDOUT: Holder { secret: Secret { id: 7, .. }, opaque: Opaque { .. } }
// CHECK:STDOUT: Holder {
// CHECK:STDOUT:     secret: Secret {
// CHECK:STDOUT:         id: 7,
// CHECK:STDOUT:         ..
// CHECK:STDOUT:     },
// CHECK:STDOUT:     opaque: Opaque { .. },
// CHECK:STDOUT: }
