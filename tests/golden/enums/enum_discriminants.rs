// Fieldless enums with explicit discriminants, casts to integers, ordering by
// discriminant, and arrays of enums.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Trace = 0,
    Debug = 10,
    Info = 20,
    Warn = 30,
    Error = 40,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Weekday {
    Mon = 1,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

fn is_weekend(d: Weekday) -> bool {
    matches!(d, Weekday::Sat | Weekday::Sun)
}

fn enabled(level: Level, threshold: Level) -> bool {
    level as u8 >= threshold as u8
}

fn main() {
    let levels = [Level::Trace, Level::Debug, Level::Info, Level::Warn, Level::Error];
    for l in levels {
        println!("{:?}={} shown: {}", l, l as i32, enabled(l, Level::Info));
    }
    let days = [Weekday::Mon, Weekday::Wed, Weekday::Sat, Weekday::Sun];
    for d in days {
        println!("{:?} #{} weekend={}", d, d as u32, is_weekend(d));
    }
    println!("{}", Weekday::Tue as i64 - Weekday::Mon as i64);
    println!("{}", Level::Warn == Level::Warn && Level::Warn != Level::Error);
}

// CHECK:STDOUT: Trace=0 shown: false
// CHECK:STDOUT: Debug=10 shown: false
// CHECK:STDOUT: Info=20 shown: true
// CHECK:STDOUT: Warn=30 shown: true
// CHECK:STDOUT: Error=40 shown: true
// CHECK:STDOUT: Mon #1 weekend=false
// CHECK:STDOUT: Wed #3 weekend=false
// CHECK:STDOUT: Sat #6 weekend=true
// CHECK:STDOUT: Sun #7 weekend=true
// CHECK:STDOUT: 1
// CHECK:STDOUT: true
