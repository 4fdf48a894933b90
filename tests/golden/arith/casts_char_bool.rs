// Casts involving char and bool: u8 -> char, char -> integer, bool -> integer.
fn main() {
    let letters = [72u8, 105, 33];
    for b in letters {
        print!("{}", b as char);
    }
    println!();
    println!("{} {}", 'A' as u32, 'A' as u8 + 1);
    println!("{}", ('a' as u8 + 25) as char);
    println!("{} {}", 'é' as u32, 'é' as u8);
    println!("{}", '€' as u32);
    println!("{} {}", '😀' as u32, '😀' as u16);
    println!("{} {} {}", true as i32, false as u8, true as u64 + 41);
    let digit = '7';
    println!("{}", digit as u32 - '0' as u32);
    let c = 0xe9u8 as char;
    println!("{} {}", c, c as i32);
}

// CHECK:STDOUT: Hi!
// CHECK:STDOUT: 65 66
// CHECK:STDOUT: z
// CHECK:STDOUT: 233 233
// CHECK:STDOUT: 8364
// CHECK:STDOUT: 128512 62976
// CHECK:STDOUT: 1 0 42
// CHECK:STDOUT: 7
// CHECK:STDOUT: é 233
