// Labeled break and continue out of nested loops.
fn main() {
    let mut found = (0, 0);
    'search: for a in 1..20 {
        for b in a..20 {
            if a * a + b * b == 13 * 13 {
                found = (a, b);
                break 'search;
            }
        }
    }
    println!("found {:?}", found);

    'rows: for row in 0..5 {
        for col in 0..5 {
            if col > row {
                println!();
                continue 'rows;
            }
            print!("{}{} ", row, col);
        }
        println!("(full row)");
    }

    let mut steps = 0;
    let value = 'outer: loop {
        let mut inner = 0;
        loop {
            inner += 1;
            steps += 1;
            if inner == 3 {
                break;
            }
            if steps > 10 {
                break 'outer steps * 100;
            }
        }
    };
    println!("value = {}, steps = {}", value, steps);

    let mut count = 0;
    'a: while count < 100 {
        count += 1;
        let mut j = 0;
        while j < 10 {
            j += 1;
            if (count + j) % 7 == 0 {
                continue 'a;
            }
        }
    }
    println!("count = {}", count);
}

// CHECK:STDOUT: found (5, 12)
// CHECK:STDOUT: 00 
// CHECK:STDOUT: 10 11 
// CHECK:STDOUT: 20 21 22 
// CHECK:STDOUT: 30 31 32 33 
// CHECK:STDOUT: 40 41 42 43 44 (full row)
// CHECK:STDOUT: value = 1100, steps = 11
// CHECK:STDOUT: count = 100
