// Hexadecimal, binary and octal formatting with and without the # prefix;
// negative numbers print their two's complement bits.
fn main() {
    println!("{:x} {:X} {:#x} {:#X}", 255, 255, 255, 255);
    println!("{:b} {:#b} {:o} {:#o}", 10, 10, 64, 64);
    println!("{:x}", -1i32);
    println!("{:x}", -1i8);
    println!("{:b}", -2i16);
    println!("{:o}", -8i64);
    println!("{:x}", u64::MAX);
    println!("{:08x}", 0xbeefu32);
    println!("{:#010x}", 0xbeef);
    println!("{:#06b}", 5);
    println!("[{:>10x}] [{:<#10b}]", 3054, 6);
    println!("{:x} {:X}", 0xdead_beef_u32, 0xcafe_u16);
    println!("{:b}", 0u8);
    println!("{:x}", i64::MIN);
}

// CHECK:STDOUT: ff FF 0xff 0xFF
// CHECK:STDOUT: 1010 0b1010 100 0o100
// CHECK:STDOUT: ffffffff
// CHECK:STDOUT: ff
// CHECK:STDOUT: 1111111111111110
// CHECK:STDOUT: 1777777777777777777770
// CHECK:STDOUT: ffffffffffffffff
// CHECK:STDOUT: 0000beef
// CHECK:STDOUT: 0x0000beef
// CHECK:STDOUT: 0b0101
// CHECK:STDOUT: [       bee] [0b110     ]
// CHECK:STDOUT: deadbeef CAFE
// CHECK:STDOUT: 0
// CHECK:STDOUT: 8000000000000000
