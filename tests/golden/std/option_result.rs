// Option and Result from the prelude: constructors in scope, combinators with
// closures, take, ok_or, and a #[track_caller] unwrap that reports the
// caller's line.
fn find(xs: &[i32], target: i32) -> Option<usize> {
    for i in 0..xs.len() {
        if xs[i] == target {
            return Some(i);
        }
    }
    None
}

fn parse_digit(c: char) -> Result<u32, String2> {
    if c >= '0' && c <= '9' {
        Ok(c as u32 - '0' as u32)
    } else {
        Err(String2 { code: c as u32 })
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct String2 {
    code: u32,
}

fn main() {
    let xs = [4, 8, 15, 16, 23, 42];
    let a = find(&xs, 15);
    let b = find(&xs, 99);
    println!("{:?} {:?}", a, b);
    println!("{} {} {}", a.is_some(), b.is_none(), a.unwrap());
    println!("{}", b.unwrap_or(7));
    println!("{:?}", a.map(|i| i * 10));
    println!("{:?}", b.map(|i| i * 10));
    println!("{}", b.map_or(-1, |i| i as i32));
    println!("{:?}", a.and_then(|i| if i > 1 { Some(i + 1) } else { None }));
    println!("{:?}", a.filter(|&i| i % 2 == 0));
    println!("{:?} {:?}", parse_digit('7'), parse_digit('x'));
    println!("{:?}", parse_digit('3').map(|d| d * 2));
    println!("{:?}", parse_digit('q').map_err(|e| e.code));
    println!("{}", parse_digit('9').unwrap() + parse_digit('z').unwrap_or(100));
    println!("{:?} {:?}", parse_digit('1').ok(), parse_digit('w').err());
    let mut slot = Some(3);
    let taken = slot.take();
    println!("{:?} {:?}", taken, slot);
    println!("{:?}", b.ok_or("missing"));
    if let Some(i) = a {
        println!("found at {}", i);
    }
    println!("{}", parse_digit('x').unwrap());
}

// CHECK:STDOUT: Some(2) None
// CHECK:STDOUT: true true 2
// CHECK:STDOUT: 7
// CHECK:STDOUT: Some(20)
// CHECK:STDOUT: None
// CHECK:STDOUT: -1
// CHECK:STDOUT: Some(3)
// CHECK:STDOUT: Some(2)
// CHECK:STDOUT: Ok(7) Err(String2 { code: 120 })
// CHECK:STDOUT: Ok(6)
// CHECK:STDOUT: Err(113)
// CHECK:STDOUT: 109
// CHECK:STDOUT: Some(1) Some(String2 { code: 119 })
// CHECK:STDOUT: Some(3) None
// CHECK:STDOUT: Err("missing")
// CHECK:STDOUT: found at 2
// CHECK:STDERR: thread 'main' panicked at tests/golden/std/option_result.rs:50:37:
// CHECK:STDERR: called `Result::unwrap()` on an `Err` value: String2 { code: 120 }
// CHECK:STDERR: note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
// CHECK:EXIT: 101
