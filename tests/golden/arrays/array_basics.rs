// Fixed-size arrays: literals, repeat expressions, indexing, assignment and len().
fn main() {
    let primes = [2, 3, 5, 7, 11];
    println!("first {} last {} len {}", primes[0], primes[primes.len() - 1], primes.len());

    let mut zeros = [0; 8];
    zeros[3] = 33;
    zeros[7] = zeros[3] + 1;
    println!("{:?}", zeros);

    let floats: [f64; 3] = [1.5, 2.5, 3.5];
    println!("{}", floats[0] + floats[1] + floats[2]);

    let flags = [true; 4];
    let chars = ['w', 'a', 's', 'm'];
    println!("{} {}", flags[2], chars[1]);
    println!("{:?} {:?}", flags, chars);

    let mut squares = [0u64; 10];
    let mut i = 0;
    while i < squares.len() {
        squares[i] = (i * i) as u64;
        i += 1;
    }
    println!("{:?}", squares);

    let empty: [i32; 0] = [];
    println!("empty len {}", empty.len());

    let copy = primes;
    println!("{} {}", copy[4], primes[4]);
}

// CHECK:STDOUT: first 2 last 11 len 5
// CHECK:STDOUT: [0, 0, 0, 33, 0, 0, 0, 34]
// CHECK:STDOUT: 7.5
// CHECK:STDOUT: true a
// CHECK:STDOUT: [true, true, true, true] ['w', 'a', 's', 'm']
// CHECK:STDOUT: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
// CHECK:STDOUT: empty len 0
// CHECK:STDOUT: 11 11
