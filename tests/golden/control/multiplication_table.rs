// Nested for loops producing an aligned table.
fn main() {
    print!("   |");
    for c in 1..=9 {
        print!("{:3}", c);
    }
    println!();
    println!("---+{}", "---------------------------");
    for r in 1..=9 {
        print!("{:2} |", r);
        for c in 1..=9 {
            print!("{:3}", r * c);
        }
        println!();
    }
}

// CHECK:STDOUT:    |  1  2  3  4  5  6  7  8  9
// CHECK:STDOUT: ---+---------------------------
// CHECK:STDOUT:  1 |  1  2  3  4  5  6  7  8  9
// CHECK:STDOUT:  2 |  2  4  6  8 10 12 14 16 18
// CHECK:STDOUT:  3 |  3  6  9 12 15 18 21 24 27
// CHECK:STDOUT:  4 |  4  8 12 16 20 24 28 32 36
// CHECK:STDOUT:  5 |  5 10 15 20 25 30 35 40 45
// CHECK:STDOUT:  6 |  6 12 18 24 30 36 42 48 54
// CHECK:STDOUT:  7 |  7 14 21 28 35 42 49 56 63
// CHECK:STDOUT:  8 |  8 16 24 32 40 48 56 64 72
// CHECK:STDOUT:  9 |  9 18 27 36 45 54 63 72 81
