// Labeled loops: Pythagorean triples with labeled `break` and `continue`.
fn main() {
    let mut found = 0;
    'outer: for a in 1..50 {
        for b in a..50 {
            for c in b..70 {
                if a * a + b * b == c * c {
                    println!("{:>2}² + {:>2}² = {:>2}²", a, b, c);
                    found += 1;
                    if found == 10 {
                        break 'outer;
                    }
                    continue 'outer;
                }
            }
        }
    }
    println!("{} triples", found);
}
