// std::process::exit(0) from deep inside a loop ends the program successfully.
fn main() {
    let mut n = 0;
    loop {
        n += 1;
        if n * n > 50 {
            println!("stopping at {}", n);
            std::process::exit(0);
        }
    }
}

// CHECK:STDOUT: stopping at 8
