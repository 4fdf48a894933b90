// fannkuch-redux: the Computer Language Benchmarks Game's pancake flipping
// for n = 10. For every permutation of 0..n, in the benchmark's order,
// reverse the prefix headed by the first element until the first element
// is 0, counting the flips; prints the checksum (the flip counts, added
// and subtracted alternately) and the largest flip count.
const N: usize = 10;
const MAX_N: usize = 16;

fn fannkuch(n: usize) -> (i32, i32) {
    let mut perm1 = [0usize; MAX_N];
    let mut count = [0usize; MAX_N];
    for i in 0..n {
        perm1[i] = i;
    }
    let mut max_flips: i32 = 0;
    let mut checksum = 0;
    let mut perm_count = 0;
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
            let mut i = 0;
            let mut j = k;
            while i < j {
                perm.swap(i, j);
                i += 1;
                j -= 1;
            }
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
            let perm0 = perm1[0];
            for i in 0..r {
                perm1[i] = perm1[i + 1];
            }
            perm1[r] = perm0;
            count[r] -= 1;
            if count[r] > 0 {
                break;
            }
            r += 1;
        }
        perm_count += 1;
    }
}

fn main() {
    let (checksum, max_flips) = fannkuch(N);
    println!("{}", checksum);
    println!("Pfannkuchen({}) = {}", N, max_flips);
}
