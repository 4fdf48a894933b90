// The WasmRust side of the interop benchmark (bench/interop/README.md):
// three exports the host calls with no glue in between.
//
//   add(a, b)          the host calls it 10 million times;
//   call_host(n)       calls the host's `step` n times (Wasm -> JS);
//   upper(s, out)      the ASCII upper case of a string: `s` arrives as
//                      (pointer, length) of UTF-8 the host wrote into memory,
//                      the result is written into `out`, another buffer of
//                      the module's memory, and its length is returned.
//
// Every peer (bench/interop/peers/) implements the same three fns.

#[wasm::import(module = "host")]
extern "js" {
    fn step(acc: i32, i: i32) -> i32;
}

#[wasm::export]
fn add(a: i32, b: i32) -> i32 {
    a.wrapping_add(b)
}

#[wasm::export]
fn call_host(n: i32) -> i32 {
    let mut acc = 0;
    let mut i = 0;
    while i < n {
        acc = step(acc, i);
        i += 1;
    }
    acc
}

#[wasm::export]
fn upper(s: &str, out: &mut [u8]) -> usize {
    let bytes = s.as_bytes();
    let n = bytes.len().min(out.len());
    for i in 0..n {
        let b = bytes[i];
        out[i] = if b >= b'a' && b <= b'z' { b - 32 } else { b };
    }
    n
}
