// Slice patterns: recursion over `[first, rest @ ..]`, palindromes by
// peeling both ends, and array destructuring.
fn sum(values: &[i32]) -> i32 {
    match values {
        [] => 0,
        [first, rest @ ..] => first + sum(rest),
    }
}

fn is_palindrome(bytes: &[u8]) -> bool {
    match bytes {
        [] | [_] => true,
        [first, middle @ .., last] => first == last && is_palindrome(middle),
    }
}

fn describe(values: &[i32]) {
    match values {
        [] => println!("empty"),
        [x] => println!("just {}", x),
        [a, b] => println!("pair {} {}", a, b),
        [first, .., last] => println!("{} items from {} to {}", values.len(), first, last),
    }
}

fn main() {
    let data = [3, 1, 4, 1, 5, 9, 2, 6];
    println!("sum = {}", sum(&data));
    let words: [&[u8]; 5] = [b"racecar", b"level", b"rust", b"a", b""];
    for word in words {
        println!("{:?} palindrome: {}", word, is_palindrome(word));
    }
    describe(&[]);
    describe(&[42]);
    describe(&[7, 8]);
    describe(&data);
    let [r, g, b] = [255u8, 128, 0];
    println!("#{:02x}{:02x}{:02x}", r, g, b);
    let [head, .., tail] = data;
    println!("{} {}", head, tail);
}

// CHECK:STDOUT: sum = 31
// CHECK:STDOUT: [114, 97, 99, 101, 99, 97, 114] palindrome: true
// CHECK:STDOUT: [108, 101, 118, 101, 108] palindrome: true
// CHECK:STDOUT: [114, 117, 115, 116] palindrome: false
// CHECK:STDOUT: [97] palindrome: true
// CHECK:STDOUT: [] palindrome: true
// CHECK:STDOUT: empty
// CHECK:STDOUT: just 42
// CHECK:STDOUT: pair 7 8
// CHECK:STDOUT: 8 items from 3 to 6
// CHECK:STDOUT: #ff8000
// CHECK:STDOUT: 3 6
