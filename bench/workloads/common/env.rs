//! The host ABI for the Rust peers (`#![no_std]`, wasm32-unknown-unknown).
//!
//! Every benchmark program, whatever its language, imports only from module
//! "env" (see bench/README.md). These few helpers are the peers' whole
//! "standard library"; what a program does not use is not linked.
//!
//! The heap workloads' peers use `std` (Vec, Box, HashMap; its allocator is
//! dlmalloc) and are built with `--cfg bench_std`: std brings its own panic
//! handler, so this one is only for the `#![no_std]` peers.
#![allow(dead_code)]

#[link(wasm_import_module = "env")]
extern "C" {
    fn write(fd: i32, ptr: *const u8, len: i32);
    fn fmt_f64(x: f64, prec: i32, flags: i32, out: *mut u8) -> i32;
}

/// Writes bytes to stdout.
pub fn print(bytes: &[u8]) {
    unsafe { write(1, bytes.as_ptr(), bytes.len() as i32) }
}

/// Writes an unsigned integer in decimal.
pub fn print_u32(mut v: u32) {
    let mut buf = [0u8; 10];
    let mut pos = buf.len();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    print(&buf[pos..]);
}

/// Writes a signed integer in decimal, then a newline.
pub fn println_i32(v: i32) {
    if v < 0 {
        print(b"-");
    }
    println_u32(v.unsigned_abs());
}

/// Writes an unsigned integer in decimal, then a newline.
pub fn println_u32(mut v: u32) {
    let mut buf = [0u8; 12];
    let mut pos = buf.len() - 1;
    buf[pos] = b'\n';
    loop {
        pos -= 1;
        buf[pos] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    print(&buf[pos..]);
}

/// Writes `x` like `{:.prec}` (formatted by the host), then a newline.
pub fn println_f64(x: f64, prec: i32) {
    // The host may write up to 1100 bytes.
    let mut buf = [0u8; 1104];
    let len = unsafe { fmt_f64(x, prec, 0, buf.as_mut_ptr()) } as usize;
    buf[len] = b'\n';
    print(&buf[..=len]);
}

#[cfg(not(bench_std))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}
