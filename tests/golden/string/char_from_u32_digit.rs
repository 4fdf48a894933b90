// char::from_u32 (None for surrogates and past U+10FFFF) and char::from_digit.
fn main() {
    println!("{:?} {:?} {:?}", char::from_u32(0x41), char::from_u32(0xD800), char::from_u32(0x1F600));
    println!("{:?} {:?} {:?}", char::from_digit(7, 10), char::from_digit(11, 16), char::from_digit(10, 10));
    let s: String = (0..16).map(|d| char::from_digit(d, 16).unwrap()).collect();
    println!("{}", s);
}

// CHECK:STDOUT: Some('A') None Some('😀')
// CHECK:STDOUT: Some('7') Some('b') None
// CHECK:STDOUT: 0123456789abcdef
