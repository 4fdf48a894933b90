// fannkuch-redux: the Computer Language Benchmarks Game's pancake flipping
// for n = 10. For every permutation of 0..n, in the benchmark's order,
// reverse the prefix headed by the first element until the first element
// is 0, counting the flips; prints the checksum (the flip counts, added
// and subtracted alternately) and the largest flip count.
#![no_std]

#[path = "common/env.rs"]
mod env;

const N: usize = 10;
const MAX_N: usize = 16;

fn fannkuch(n: usize) -> (i32, i32) {
    let mut perm1 = [0usize; MAX_N];
    let mut count = [0usize; MAX_N];
    for (i, p) in perm1.iter_mut().enumerate().take(n) {
        *p = i;
    }
    let (mut max_flips, mut checksum, mut perm_count) = (0, 0, 0);
    let mut r = n;
    loop {
        while r != 1 {
            count[r - 1] = r;
            r -= 1;
        }
        let mut perm = perm1;
        let mut flips = 0;
        let mut k = perm[0];
        while k != 0 {
            perm[..=k].reverse();
            flips += 1;
            k = perm[0];
        }
        max_flips = max_flips.max(flips);
        checksum += if perm_count % 2 == 0 { flips } else { -flips };
        // The next permutation: rotate the first r + 1 elements left by
        // one, as many times as count[r] says, then move on to r + 1.
        loop {
            if r == n {
                return (checksum, max_flips);
            }
            perm1[..=r].rotate_left(1);
            count[r] -= 1;
            if count[r] > 0 {
                break;
            }
            r += 1;
        }
        perm_count += 1;
    }
}

#[no_mangle]
pub extern "C" fn main() {
    let (checksum, max_flips) = fannkuch(N);
    env::println_i32(checksum);
    env::print(b"Pfannkuchen(");
    env::print_u32(N as u32);
    env::print(b") = ");
    env::println_i32(max_flips);
}
