// A xorshift64* pseudo-random generator in a struct: u64 state, shifts and
// wrapping multiplication, used for dice rolls and a Monte Carlo estimate.
struct Rng {
    state: u64,
}

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng { state: if seed == 0 { 0x9E37_79B9_7F4A_7C15 } else { seed } }
    }

    fn next_u64(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.state = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn main() {
    let mut rng = Rng::new(42);
    for _ in 0..3 {
        println!("{}", rng.next_u64());
    }
    let mut counts = [0u32; 6];
    for _ in 0..6000 {
        counts[rng.below(6) as usize] += 1;
    }
    println!("dice: {:?}", counts);
    let mut inside = 0;
    let total = 100_000;
    for _ in 0..total {
        let x = rng.unit();
        let y = rng.unit();
        if x * x + y * y <= 1.0 {
            inside += 1;
        }
    }
    println!("pi ~ {}", 4.0 * inside as f64 / total as f64);
    let mut zero_seed = Rng::new(0);
    println!("{}", zero_seed.next_u64() % 1000);
}

// CHECK:STDOUT: 6255019084209693600
// CHECK:STDOUT: 14430073426741505498
// CHECK:STDOUT: 14575455857230217846
// CHECK:STDOUT: dice: [1031, 986, 993, 1024, 1020, 946]
// CHECK:STDOUT: pi ~ 3.14888
// CHECK:STDOUT: 410
