// Formatting: width, fill, alignment, precision, signs, hex, binary, octal, exponents and Debug.
fn main() {
    let n = 255;
    println!("[{:8}] [{:<8}] [{:^8}] [{:>8}]", n, n, n, n);
    println!("[{:*^9}] [{:08}] [{:+}]", n, n, n);
    println!("hex {:x} {:X} {:#x}, octal {:o}, binary {:#010b}", n, n, n, n, 5);
    let pi = 3.14159265358979;
    println!("{} {:.2} {:10.3} {:<10.1}| {:e}", pi, pi, pi, pi, 1234.5);
    println!("{:?} {:?} {:?}", 1.0, 0.1 + 0.2, -0.0);
    println!("{:?} {:?} {:?}", 'x', true, (1, 2.5, 'z'));
    let width = 12;
    println!("[{:>width$}] [{:>1$}]", "right", 7, width = width);
    println!("{{braces}} are doubled");
    eprintln!("this line goes to stderr");
}
