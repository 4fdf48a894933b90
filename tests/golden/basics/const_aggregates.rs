// Aggregate consts: read in place where a use only reads (indexing, fields,
// `&C`, `&self` methods, `len()`), copied where a use needs its own value.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Planet {
    name: &'static str,
    mass: f64,
    moons: u8,
    ringed: bool,
    symbol: char,
}

impl Planet {
    fn describe(&self) -> String {
        format!("{} {} {} {} {}", self.name, self.mass, self.moons, self.ringed, self.symbol)
    }
}

const EARTH: Planet = Planet { name: "Earth", mass: 5.97e24, moons: 1, ringed: false, symbol: '♁' };
const PLANETS: [Planet; 3] = [
    Planet { name: "Mercury", mass: 3.30e23, moons: 0, ringed: false, symbol: '☿' },
    EARTH,
    Planet { name: "Saturn", mass: 5.68e26, moons: 146, ringed: true, symbol: '♄' },
];
const OFFSETS: [i16; 5] = [-3, -1, 0, 1, 32767];
const GRID: [[u8; 3]; 2] = [[1, 2, 3], [4, 5, 6]];
const PAIRS: [(i64, f32); 2] = [(-9_000_000_000, -0.5), (7, 2.25)];
const ZEROS: [u32; 4] = [0; 4];
const WORDS: [&str; 4] = ["zero", "one", "two", "three"];
const REPEATED: [&str; 3] = ["ab"; 3];

fn total(xs: &[i16]) -> i32 {
    xs.iter().map(|&x| x as i32).sum()
}

fn main() {
    for i in 0..PLANETS.len() {
        println!("{}", PLANETS[i].describe());
    }
    println!("{}", EARTH.name);
    println!("{:?}", PLANETS[2]);
    println!("{} {}", OFFSETS[0], OFFSETS[4]);
    println!("{}", total(&OFFSETS));
    println!("{}", GRID[1][2] + GRID[0][0]);
    println!("{:?} {:?}", PAIRS[0], PAIRS[1].1);
    println!("{:?} {}", ZEROS, ZEROS.len());
    let n = 3;
    println!("{} {}", WORDS[n], WORDS.contains(&"two"));
    let r: &[&str; 4] = &WORDS;
    println!("{:?}", r);
    println!("{}", REPEATED.concat());

    // A copy is its own value: changing it leaves the const alone.
    let mut copy = OFFSETS;
    copy[0] = 100;
    let mut p = PLANETS[0];
    p.moons = 99;
    println!("{:?} {:?} {} {}", copy, OFFSETS, p.moons, PLANETS[0].moons);
    println!("{}", PLANETS.iter().filter(|p| p.ringed).count());
    println!("{}", PLANETS == [PLANETS[0], EARTH, PLANETS[2]]);
}

// CHECK:STDOUT: Mercury 330000000000000000000000 0 false ☿
// CHECK:STDOUT: Earth 5970000000000000000000000 1 false ♁
// CHECK:STDOUT: Saturn 568000000000000000000000000 146 true ♄
// CHECK:STDOUT: Earth
// CHECK:STDOUT: Planet { name: "Saturn", mass: 5.68e26, moons: 146, ringed: true, symbol: '♄' }
// CHECK:STDOUT: -3 32767
// CHECK:STDOUT: 32764
// CHECK:STDOUT: 7
// CHECK:STDOUT: (-9000000000, -0.5) 2.25
// CHECK:STDOUT: [0, 0, 0, 0] 4
// CHECK:STDOUT: three true
// CHECK:STDOUT: ["zero", "one", "two", "three"]
// CHECK:STDOUT: ababab
// CHECK:STDOUT: [100, -1, 0, 1, 32767] [-3, -1, 0, 1, 32767] 99 0
// CHECK:STDOUT: 1
// CHECK:STDOUT: true
