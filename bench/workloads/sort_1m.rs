// sort_1m: sorts 1,000,000 pseudo-random u32s in a Vec (sort_unstable) and
// prints a checksum of the sorted order and a few elements. The numbers
// come from a 32-bit linear congruential generator (Numerical Recipes'
// constants), so every language produces the same sequence.

const N: usize = 1_000_000;

struct Lcg {
    state: u32,
}

impl Lcg {
    fn next(&mut self) -> u32 {
        self.state = self.state.wrapping_mul(1664525).wrapping_add(1013904223);
        self.state
    }
}

fn main() {
    let mut rng = Lcg { state: 42 };
    let mut v: Vec<u32> = (0..N).map(|_| rng.next()).collect();
    v.sort_unstable();

    // Position-weighted, so a misplaced element changes the checksum.
    let checksum = v.iter().fold(0u32, |acc, &x| acc.wrapping_mul(31).wrapping_add(x));
    let ascending = v.windows(2).all(|w| w[0] <= w[1]);
    println!("sorted: {}", ascending);
    println!("checksum: {}", checksum);
    println!("first: {} {} {}", v[0], v[1], v[2]);
    println!("median: {}", v[N / 2]);
    println!("last: {}", v[N - 1]);
}
