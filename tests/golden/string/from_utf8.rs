// Bytes to text: std::str::from_utf8 and String::from_utf8 accept only
// well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF),
// and their errors print and report where the bytes went wrong like rustc's.
fn main() {
    let good = vec![104u8, 195, 169, 108, 108, 111];
    println!("{:?}", std::str::from_utf8(&good));
    let bad = [104u8, 0xFF, 105];
    let e = std::str::from_utf8(&bad).unwrap_err();
    println!("{:?} / {} / {} / {:?}", e, e, e.valid_up_to(), e.error_len());
    let partial = [97u8, 0xE2, 0x82];
    match std::str::from_utf8(&partial) {
        Ok(s) => println!("ok {}", s),
        Err(e) => println!("{:?} / {}", e, e),
    }
    for bytes in [vec![0xEDu8, 0xA0, 0x80], vec![0xF0, 0x9F, 0x98, 0x80], vec![0xC0, 0x80], vec![0xF4, 0x90, 0x80, 0x80]] {
        println!("{:?}", std::str::from_utf8(&bytes));
    }
    let s = String::from_utf8(good.clone()).unwrap();
    println!("{} {}", s, s.len());
    let err = String::from_utf8(vec![0x61, 0x80]).unwrap_err();
    println!("{:?}", err);
    println!("{}", err);
    println!("{:?}", err.into_bytes());
    use std::str;
    println!("{}", str::from_utf8(b"bytes").unwrap());
}

// CHECK:STDOUT: Ok("héllo")
// CHECK:STDOUT: Utf8Error { valid_up_to: 1, error_len: Some(1) } / invalid utf-8 sequence of 1 bytes from index 1 / 1 / Some(1)
// CHECK:STDOUT: Utf8Error { valid_up_to: 1, error_len: None } / incomplete utf-8 byte sequence from index 1
// CHECK:STDOUT: Err(Utf8Error { valid_up_to: 0, error_len: Some(1) })
// CHECK:STDOUT: Ok("😀")
// CHECK:STDOUT: Err(Utf8Error { valid_up_to: 0, error_len: Some(1) })
// CHECK:STDOUT: Err(Utf8Error { valid_up_to: 0, error_len: Some(1) })
// CHECK:STDOUT: héllo 6
// CHECK:STDOUT: FromUtf8Error { bytes: [97, 128], error: Utf8Error { valid_up_to: 1, error_len: Some(1) } }
// CHECK:STDOUT: invalid utf-8 sequence of 1 bytes from index 1
// CHECK:STDOUT: [97, 128]
// CHECK:STDOUT: bytes
