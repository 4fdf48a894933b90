// Boxed errors in a Vec ({:?} and {:#?}), a source() that returns the
// boxed cause (`&*self.cause`), and fmt::Error as an Error.
use std::error::Error;
use std::fmt;
#[derive(Debug)]
struct Wrap {
    cause: Box<dyn Error>,
}
impl fmt::Display for Wrap {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "wrapped") }
}
impl Error for Wrap {
    fn source(&self) -> Option<&(dyn Error + 'static)> { Some(&*self.cause) }
}
fn main() {
    let errs: Vec<Box<dyn Error>> = vec!["a".into(), Box::new(Wrap { cause: "inner".into() })];
    println!("{:?}", errs);
    println!("{:#?}", errs);
    for e in &errs {
        println!("{} -> {:?}", e, e.source().map(|s| s.to_string()));
    }
    let w = Wrap { cause: Box::new(fmt::Error) };
    println!("{:#?} {}", w, w.cause);
}

// CHECK:STDOUT: ["a", Wrap { cause: "inner" }]
// CHECK:STDOUT: [
// CHECK:STDOUT:     "a",
// CHECK:STDOUT:     Wrap {
// CHECK:STDOUT:         cause: "inner",
// CHECK:STDOUT:     },
// CHECK:STDOUT: ]
// CHECK:STDOUT: a -> None
// CHECK:STDOUT: wrapped -> Some("inner")
// CHECK:STDOUT: Wrap {
// CHECK:STDOUT:     cause: Error,
// CHECK:STDOUT: } an error occurred when formatting an argument
