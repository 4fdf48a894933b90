// The design's `fetch_and_cache` with the declaration of its sketch,
// `js_call, atomic_read`: the compiler infers that fetching allocates and can
// panic and that storing into the cache writes atomics, and rejects the
// declaration, pointing at the first effect it leaves out and the call chain
// to it (examples/28-fetch-cache.rs is the program with the full one).
use wasm::sync::atomic::{AtomicU32, Ordering};

#[derive(Debug)]
enum Error {
    Status(u32),
}

mod js {
    use super::Error;

    #[wasm::import(module = "net")]
    extern "js" {
        fn fetch_start(url: &str) -> u32;
        fn body_len() -> u32;
        fn read_body(dst: &mut [u8]);
    }

    pub fn fetch(url: &str) -> Result<Vec<u8>, Error> {
        let status = fetch_start(url);
        if status != 200 {
            return Err(Error::Status(status));
        }
        let mut body = vec![0u8; body_len() as usize];
        read_body(&mut body);
        Ok(body)
    }
}

struct Cache {
    last: AtomicU32,
}

static CACHE: Cache = Cache { last: AtomicU32::new(0) };

impl Cache {
    fn store(&self, _url: &str, data: &[u8]) {
        self.last.store(data.len() as u32, Ordering::Release);
    }
}

#[wasm::effect(js_call, atomic_read)]
fn fetch_and_cache(url: &str) -> Result<Vec<u8>, Error> {
    let data = js::fetch(url)?; // js_call effect
    CACHE.store(url, &data); // atomic_write effect (inferred)
    Ok(data)
}

fn main() {
    println!("{:?}", fetch_and_cache("greeting.txt").map(|d| d.len()));
}

// CHECK:STDERR: error[W1010]: `fetch_and_cache` performs `alloc`, `panic` and `atomic_write`, which its declaration does not allow
// CHECK:STDERR:   --> tests/golden/effects/fail_vision_fetch_and_cache.rs:48:9
// CHECK:STDERR:    |
// CHECK:STDERR: 46 | #[wasm::effect(js_call, atomic_read)]
// CHECK:STDERR:    | ------------------------------------- declared: `js_call, atomic_read`
// CHECK:STDERR: 47 | fn fetch_and_cache(url: &str) -> Result<Vec<u8>, Error> {
// CHECK:STDERR: 48 |     let data = js::fetch(url)?; // js_call effect
// CHECK:STDERR:    |         ^^^^ `alloc` happens here
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: `fetch_and_cache` calls `Vec::drop::<u8>` at tests/golden/effects/fail_vision_fetch_and_cache.rs:48:9
// CHECK:STDERR:    = note: `Vec::drop::<u8>` performs `alloc`: a `wasm::heap` intrinsic in the standard library
// CHECK:STDERR: help: declare the effect if the fn may perform it
// CHECK:STDERR:    |
// CHECK:STDERR: 46 - #[wasm::effect(js_call, atomic_read)]
// CHECK:STDERR: 46 + #[wasm::effect(js_call, alloc, panic, atomic_read, atomic_write)]
// CHECK:STDERR:    |
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain W1010`.
