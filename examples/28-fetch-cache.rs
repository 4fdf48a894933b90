// Declared effects: the design's `fetch_and_cache`, whose declaration says what it may do (try removing `atomic_write` from it).

// The fn of the design's vision, completed into a whole program. Its
// `#[wasm::effect(...)]` lists everything it may do; the compiler infers
// what it really does through every call and rejects the fn if that is more.
// The vision's sketch declared only `js_call, atomic_read`: fetching also
// allocates the body (`alloc`) and can panic (`panic`), and storing into the
// cache writes atomics (`atomic_write`, inferred from `Cache::store`).
// `wasmrust check examples/28-fetch-cache.rs --effects` prints what it
// inferred for every fn.
use wasm::sync::atomic::{AtomicU32, Ordering};

#[derive(Debug)]
enum Error {
    Status(u32),
}

// The host's network, three plain Wasm imports: the playground's host
// fetches over HTTP from the playground's own site, `wasmrust run --host
// examples/28-fetch-cache.host.mjs` reads the same files from disk.
mod js {
    use super::Error;

    #[wasm::import(module = "net")]
    extern "js" {
        fn fetch_start(url: &str) -> u32; // the HTTP status; the host keeps the body
        fn body_len() -> u32;
        fn read_body(dst: &mut [u8]); // copies the body into the module's memory
    }

    #[wasm::effect(js_call, alloc, panic)]
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

// A cache that tasks on other threads could share: a fingerprint of each
// fetched body in a slot chosen by the URL, in atomics.
const SLOTS: usize = 8;

struct Cache {
    keys: [AtomicU32; SLOTS],
    sums: [AtomicU32; SLOTS],
}

static CACHE: Cache = Cache {
    keys: [AtomicU32::new(0), AtomicU32::new(0), AtomicU32::new(0), AtomicU32::new(0),
           AtomicU32::new(0), AtomicU32::new(0), AtomicU32::new(0), AtomicU32::new(0)],
    sums: [AtomicU32::new(0), AtomicU32::new(0), AtomicU32::new(0), AtomicU32::new(0),
           AtomicU32::new(0), AtomicU32::new(0), AtomicU32::new(0), AtomicU32::new(0)],
};

// FNV-1a, never 0 (0 marks an empty slot).
#[wasm::effect()]
fn fingerprint(bytes: &[u8]) -> u32 {
    let mut h: u32 = 2166136261;
    for &b in bytes {
        h = (h ^ b as u32).wrapping_mul(16777619);
    }
    h | 1
}

impl Cache {
    fn store(&self, url: &str, data: &[u8]) {
        let key = fingerprint(url.as_bytes());
        let slot = key as usize % SLOTS;
        self.keys[slot].store(key, Ordering::Release);
        self.sums[slot].store(fingerprint(data), Ordering::Release);
    }

    #[wasm::effect(atomic_read, panic)]
    fn lookup(&self, url: &str) -> Option<u32> {
        let key = fingerprint(url.as_bytes());
        let slot = key as usize % SLOTS;
        if self.keys[slot].load(Ordering::Acquire) == key {
            Some(self.sums[slot].load(Ordering::Acquire))
        } else {
            None
        }
    }
}

#[wasm::effect(js_call, alloc, panic, atomic_read, atomic_write)]
fn fetch_and_cache(url: &str) -> Result<Vec<u8>, Error> {
    let data = js::fetch(url)?; // js_call effect
    CACHE.store(url, &data); // atomic_write effect (inferred)
    Ok(data)
}

fn main() {
    for url in ["greeting.txt", "missing.txt"] {
        println!("{}: cached before: {:?}", url, CACHE.lookup(url));
        match fetch_and_cache(url) {
            Ok(data) => {
                let text = std::str::from_utf8(&data).unwrap_or("(not UTF-8)");
                println!("{}: {} bytes: {}", url, data.len(), text.trim_end());
                println!("{}: cached now: {:08x}", url, CACHE.lookup(url).unwrap());
            }
            Err(e) => println!("{}: failed: {:?}", url, e),
        }
    }
}
