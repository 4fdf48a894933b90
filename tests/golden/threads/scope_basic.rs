// wasm::thread::scope: the closure's value, join handles, tasks borrowing
// shared data, nested scopes, a helper fn that spawns the task it is
// given, and the stderr note about in-order tasks.
use wasm::thread;
use wasm::thread::Scope;

fn spawn_sum<'a, F: FnOnce() -> i32>(s: &Scope, label: &'a str, f: F) {
    println!("spawning {}", label);
    s.spawn(f);
}

struct Stats {
    count: usize,
    max: i32,
}

fn stats(v: &[i32]) -> Stats {
    let mut max = i32::MIN;
    for &x in v {
        if x > max {
            max = x;
        }
    }
    Stats { count: v.len(), max: max }
}

fn main() {
    let data = vec![3, 9, 4, 12, 7, 1];
    let words = vec![String::from("alpha"), String::from("beta")];
    let result = thread::scope(|s| {
        let a = s.spawn(|| stats(&data[..3]));
        let b = s.spawn(|| stats(&data[3..]));
        let c = s.spawn(|| words.iter().map(|w| w.len()).sum::<usize>());
        let (a, b) = (a.join().unwrap(), b.join().unwrap());
        println!("left: {} values, max {}", a.count, a.max);
        println!("right: {} values, max {}", b.count, b.max);
        println!("letters: {}", c.join().unwrap());
        a.max.max(b.max)
    });
    match result {
        Ok(max) => println!("max {}", max),
        Err(p) => println!("{}", p),
    }
    // A scope whose closure returns nothing, and one inside a task.
    let inner = wasm::thread::scope(|s| {
        s.spawn(|| println!("outer task sees {} words", words.len()));
        let h = s.spawn(|| {
            let r = wasm::thread::scope(|t| t.spawn(|| data.len() * 2).join().unwrap());
            r.unwrap()
        });
        h.join().unwrap()
    });
    println!("inner {}", inner.unwrap());
    let total = thread::scope(|s| {
        spawn_sum(s, "sum", || data.iter().sum::<i32>());
        spawn_sum(s, "print", || {
            println!("helper task sees {} values", data.len());
            0
        });
    });
    println!("helper tasks: {:?}", total.is_ok());
    let empty = thread::scope(|_s| 5);
    println!("no tasks: {:?}", empty);
}

// CHECK:STDOUT: left: 3 values, max 9
// CHECK:STDOUT: right: 3 values, max 12
// CHECK:STDOUT: letters: 9
// CHECK:STDOUT: max 12
// CHECK:STDOUT: outer task sees 2 words
// CHECK:STDOUT: inner 12
// CHECK:STDOUT: spawning sum
// CHECK:STDOUT: spawning print
// CHECK:STDOUT: helper task sees 6 values
// CHECK:STDOUT: helper tasks: true
// CHECK:STDOUT: no tasks: Ok(5)
