// if without else as a statement, nested conditions and early exits from main.
fn leap(year: u32) -> bool {
    if year % 400 == 0 {
        true
    } else if year % 100 == 0 {
        false
    } else {
        year % 4 == 0
    }
}

fn days_in_month(month: u32, year: u32) -> u32 {
    if month == 2 {
        if leap(year) { 29 } else { 28 }
    } else if month == 4 || month == 6 || month == 9 || month == 11 {
        30
    } else {
        31
    }
}

fn main() {
    for year in [1900, 2000, 2023, 2024] {
        println!("{} leap: {}", year, leap(year));
    }
    let mut total = 0;
    for m in 1..=12 {
        total += days_in_month(m, 2024);
    }
    println!("days in 2024: {}", total);
    let x = 15;
    if x > 10 {
        println!("big");
    }
    if x > 100 {
        println!("huge");
    }
    if x % 5 == 0 {
        if x % 3 == 0 {
            println!("divisible by 15");
            return;
        }
    }
    println!("not reached");
}

// CHECK:STDOUT: 1900 leap: false
// CHECK:STDOUT: 2000 leap: true
// CHECK:STDOUT: 2023 leap: false
// CHECK:STDOUT: 2024 leap: true
// CHECK:STDOUT: days in 2024: 366
// CHECK:STDOUT: big
// CHECK:STDOUT: divisible by 15
