// Generic functions with trait bounds, monomorphized per element type (the
// classic `largest` from the Rust book, plus a generic swap and a pair).
fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn smallest_index<T>(list: &[T]) -> usize
where
    T: PartialOrd,
{
    let mut best = 0;
    for i in 1..list.len() {
        if list[i] < list[best] {
            best = i;
        }
    }
    best
}

fn swap_pair<A, B>(pair: (A, B)) -> (B, A) {
    let (a, b) = pair;
    (b, a)
}

fn count_equal<T: PartialEq>(items: &[T], target: &T) -> usize {
    let mut n = 0;
    for item in items {
        if item == target {
            n += 1;
        }
    }
    n
}

fn main() {
    let numbers = [34, 50, 25, 100, 65];
    println!("The largest number is {}", largest(&numbers));
    let chars = ['y', 'm', 'a', 'q'];
    println!("The largest char is {}", largest(&chars));
    let floats = [1.5, -2.25, 9.75, 3.0];
    println!("The largest float is {}", largest(&floats));
    println!("smallest at {} and {}", smallest_index(&numbers), smallest_index(&floats));
    println!("{:?}", swap_pair((1, "one")));
    println!("{:?}", swap_pair::<bool, char>((true, 'x')));
    let words = ["a", "b", "a", "c", "a"];
    println!("{} {}", count_equal(&words, &"a"), count_equal(&numbers, &7));
}

// CHECK:STDOUT: The largest number is 100
// CHECK:STDOUT: The largest char is y
// CHECK:STDOUT: The largest float is 9.75
// CHECK:STDOUT: smallest at 2 and 1
// CHECK:STDOUT: ("one", 1)
// CHECK:STDOUT: ('x', true)
// CHECK:STDOUT: 3 0
