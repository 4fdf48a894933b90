// MODE: test
// A program with unit tests in a `#[cfg(test)]` module, run by `wasmrust
// test` as libtest runs them: passing tests, `#[should_panic]` with and
// without an expected message, `#[ignore]`, and assertions with messages.
fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

fn checked_div(a: i32, b: i32) -> Option<i32> {
    if b == 0 {
        None
    } else {
        Some(a / b)
    }
}

static GREETING: &str = "hello";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gcd_of_coprimes_is_one() {
        assert_eq!(gcd(17, 5), 1);
    }

    #[test]
    fn gcd_divides_both() {
        let g = gcd(84, 36);
        assert_eq!(g, 12, "gcd(84, 36) should be 12, got {}", g);
        assert!(84 % g == 0 && 36 % g == 0);
    }

    #[test]
    fn division() {
        assert_eq!(checked_div(7, 2), Some(3));
        assert_ne!(checked_div(1, 0), Some(0));
        assert!(checked_div(1, 0).is_none(), "dividing by zero gives None");
    }

    #[test]
    #[should_panic]
    fn unwrap_none_panics() {
        checked_div(1, 0).unwrap();
    }

    #[test]
    #[should_panic(expected = "attempt to divide by zero")]
    fn raw_division_by_zero() {
        let zero = GREETING.len() - 5;
        let _ = 10 / zero;
    }

    #[test]
    #[ignore]
    fn slow_search() {
        let mut n = 0u64;
        while n < 10_000_000 {
            n += 1;
        }
    }

    #[test]
    fn statics_are_initialized() {
        assert_eq!(GREETING, "hello");
    }

    mod nested {
        #[test]
        fn in_a_nested_module() {
            assert_eq!(super::super::gcd(0, 9), 9);
        }
    }
}

fn main() {
    println!("gcd = {}", gcd(12, 18));
}

// CHECK:STDOUT:
// CHECK:STDOUT: running 8 tests
// CHECK:STDOUT: test tests::division ... ok
// CHECK:STDOUT: test tests::gcd_divides_both ... ok
// CHECK:STDOUT: test tests::gcd_of_coprimes_is_one ... ok
// CHECK:STDOUT: test tests::nested::in_a_nested_module ... ok
// CHECK:STDOUT: test tests::raw_division_by_zero - should panic ... ok
// CHECK:STDOUT: test tests::slow_search ... ignored
// CHECK:STDOUT: test tests::statics_are_initialized ... ok
// CHECK:STDOUT: test tests::unwrap_none_panics - should panic ... ok
// CHECK:STDOUT:
// CHECK:STDOUT: test result: ok. 7 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.00s
// CHECK:STDOUT:
