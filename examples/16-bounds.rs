// Bounds checks: indexing past the end of an array panics instead of reading stray memory.
fn main() {
    let squares = [0, 1, 4, 9, 16];
    let mut i = 0;
    loop {
        println!("squares[{}] = {}", i, squares[i]);
        i += 1;
    }
}
