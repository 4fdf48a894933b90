// From and Into: a program's own From impls, `T::from(..)`, and `.into()`
// through the blanket Into impl, for numbers, chars and own types.
#[derive(Debug)]
struct Meters(f64);

impl From<f64> for Meters {
    fn from(v: f64) -> Self {
        Meters(v)
    }
}

#[derive(Debug)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

impl From<u32> for Rgb {
    fn from(v: u32) -> Rgb {
        Rgb { r: (v >> 16) as u8, g: (v >> 8) as u8, b: v as u8 }
    }
}

fn total<T: Into<f64>>(parts: Vec<T>) -> f64 {
    let mut sum = 0.0;
    for p in parts {
        sum += p.into();
    }
    sum
}

fn main() {
    let s: String = 'x'.into();
    let big: i64 = 7i32.into();
    let w: u32 = 'a'.into();
    let m: Meters = 2.5.into();
    println!("{} {} {} {:?} {:?}", s, big, w, m, Meters::from(1.0));
    let c: Rgb = 0x336699.into();
    println!("{:?} {:?}", c, Rgb::from(0xFF0000));
    println!("{}", total(vec![1.5f32, 2.25]));
    let small: u32 = 40000;
    let wide: u64 = small.into();
    let wide = wide * 100000;
    println!("{}", wide);
}

// CHECK:STDOUT: x 7 97 Meters(2.5) Meters(1.0)
// CHECK:STDOUT: Rgb { r: 51, g: 102, b: 153 } Rgb { r: 255, g: 0, b: 0 }
// CHECK:STDOUT: 3.75
// CHECK:STDOUT: 4000000000
