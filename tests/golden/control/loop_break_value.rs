// `loop` with `break value`, `continue`, and a loop as the last expression.
fn first_square_above(limit: u64) -> u64 {
    let mut i = 0;
    loop {
        if i * i > limit {
            break i * i;
        }
        i += 1;
    }
}

fn find_in(values: [i32; 6], wanted: i32) -> i32 {
    let mut idx = 0;
    loop {
        if idx == values.len() {
            return -1;
        }
        if values[idx] == wanted {
            return idx as i32;
        }
        idx += 1;
    }
}

fn main() {
    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("result = {}", result);
    println!("first square above 1000 = {}", first_square_above(1000));

    let mut odd_sum = 0;
    let mut k = 0;
    loop {
        k += 1;
        if k > 20 {
            break;
        }
        if k % 2 == 0 {
            continue;
        }
        odd_sum += k;
    }
    println!("sum of odd numbers up to 20 = {}", odd_sum);

    let data = [4, 8, 15, 16, 23, 42];
    println!("find 23 -> {}, find 5 -> {}", find_in(data, 23), find_in(data, 5));

    let flag = loop {
        break k > 20;
    };
    println!("flag = {}", flag);
}

// CHECK:STDOUT: result = 20
// CHECK:STDOUT: first square above 1000 = 1024
// CHECK:STDOUT: sum of odd numbers up to 20 = 100
// CHECK:STDOUT: find 23 -> 4, find 5 -> -1
// CHECK:STDOUT: flag = true
