// The non-integer scalars: f32, f64, bool, char and the unit type.
fn nothing() {}

fn main() {
    let x: f32 = 1.5;
    let y: f64 = 2.25;
    let t: bool = true;
    let f = !t;
    let c: char = 'R';
    let heart = '\u{2764}';
    let u: () = ();
    println!("{} {} {} {}", x, y, t, f);
    println!("{} {} {}", c, heart, 'é');
    println!("{:?} {:?}", u, nothing());
    println!("{}", x * 2.0);
    println!("{}", y / 3.0);
    println!("{}", t && !f);
    println!("{}", c < 'a');
    println!("{} {}", 'z' as u32 - 'a' as u32, ('a' as u8 + 2) as char);
    let big_char = '𝔘';
    println!("{} is U+{:X}", big_char, big_char as u32);
    println!("{}", 7.0_f64);
    println!("{}", 1.0e10_f32);
}

// CHECK:STDOUT: 1.5 2.25 true false
// CHECK:STDOUT: R ❤ é
// CHECK:STDOUT: () ()
// CHECK:STDOUT: 3
// CHECK:STDOUT: 0.75
// CHECK:STDOUT: true
// CHECK:STDOUT: true
// CHECK:STDOUT: 25 c
// CHECK:STDOUT: 𝔘 is U+1D518
// CHECK:STDOUT: 7
// CHECK:STDOUT: 10000000000
