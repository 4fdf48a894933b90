// The three ways to iterate an array: by value, with .iter() and through &arr.
fn main() {
    let values = [3, 1, 4, 1, 5, 9, 2, 6];

    let mut sum = 0;
    for v in values {
        sum += v;
    }
    println!("sum by value = {}", sum);

    let mut max = values[0];
    for v in values.iter() {
        if *v > max {
            max = *v;
        }
    }
    println!("max via iter() = {}", max);

    let mut evens = 0;
    for v in &values {
        if *v % 2 == 0 {
            evens += 1;
        }
    }
    println!("evens via &values = {}", evens);

    let mut idx = 0;
    for v in values.iter() {
        print!("[{}]={} ", idx, v);
        idx += 1;
    }
    println!();

    let mut doubled = [0; 8];
    for i in 0..values.len() {
        doubled[i] = values[i] * 2;
    }
    println!("{:?}", doubled);
}

// CHECK:STDOUT: sum by value = 31
// CHECK:STDOUT: max via iter() = 9
// CHECK:STDOUT: evens via &values = 3
// CHECK:STDOUT: [0]=3 [1]=1 [2]=4 [3]=1 [4]=5 [5]=9 [6]=2 [7]=6 
// CHECK:STDOUT: [6, 2, 8, 2, 10, 18, 4, 12]
