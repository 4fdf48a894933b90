// E0381: a variable used before it is definitely initialized.
fn main() {
    let n = 7;
    let size: u32;
    if n > 5 {
        size = 10;
    }
    println!("{}", size);
}
