// Every compound assignment operator, on locals, fields of tuples and array
// elements.
fn main() {
    let mut x: i32 = 100;
    x += 5;
    println!("+= {}", x);
    x -= 15;
    println!("-= {}", x);
    x *= 3;
    println!("*= {}", x);
    x /= 7;
    println!("/= {}", x);
    x %= 10;
    println!("%= {}", x);
    x <<= 4;
    println!("<<= {}", x);
    x >>= 2;
    println!(">>= {}", x);
    x &= 0b1010;
    println!("&= {}", x);
    x |= 0b0101;
    println!("|= {}", x);
    x ^= 0b1111;
    println!("^= {}", x);

    let mut f = 1.5f64;
    f *= 4.0;
    f -= 0.5;
    f /= 2.0;
    println!("float {}", f);

    let mut t = (1u8, 2u16);
    t.0 += 10;
    t.1 *= 1000;
    println!("{} {}", t.0, t.1);

    let mut a = [1, 2, 3];
    a[1] += 40;
    a[2] <<= 2;
    println!("{:?}", a);

    let mut flag = true;
    flag &= false;
    flag |= true;
    flag ^= true;
    println!("{}", flag);
}

// CHECK:STDOUT: += 105
// CHECK:STDOUT: -= 90
// CHECK:STDOUT: *= 270
// CHECK:STDOUT: /= 38
// CHECK:STDOUT: %= 8
// CHECK:STDOUT: <<= 128
// CHECK:STDOUT: >>= 32
// CHECK:STDOUT: &= 0
// CHECK:STDOUT: |= 5
// CHECK:STDOUT: ^= 10
// CHECK:STDOUT: float 2.75
// CHECK:STDOUT: 11 2000
// CHECK:STDOUT: [1, 42, 12]
// CHECK:STDOUT: false
