// sort_by / sort_by_key / sort_unstable_by(_key) with closures, stable
// order among equal keys, binary_search(_by, _by_key) on sorted data.
#[derive(Debug, Clone)]
struct Runner {
    name: String,
    minutes: u32,
    age: u8,
}

fn main() {
    let mut runners = vec![
        Runner { name: String::from("ana"), minutes: 41, age: 30 },
        Runner { name: String::from("ben"), minutes: 38, age: 25 },
        Runner { name: String::from("cho"), minutes: 41, age: 22 },
        Runner { name: String::from("dev"), minutes: 35, age: 30 },
        Runner { name: String::from("eli"), minutes: 38, age: 41 },
    ];
    runners.sort_by_key(|r| r.minutes);
    for r in &runners {
        println!("{:>3} {}", r.minutes, r.name);
    }
    runners.sort_by(|a, b| b.age.cmp(&a.age).then(a.name.as_str().cmp(b.name.as_str())));
    let order: Vec<String> = {
        let mut v = Vec::new();
        for r in &runners {
            v.push(format!("{}({})", r.name, r.age));
        }
        v
    };
    println!("{}", order.join(" "));
    let mut words = vec!["kiwi", "fig", "banana", "apple", "date", "cherry"];
    words.sort_unstable_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
    println!("{:?}", words);
    words.sort_unstable_by_key(|w| w.len() % 3);
    println!("{:?}", words);
    let mut big: Vec<u32> = Vec::new();
    let mut x: u32 = 12345;
    for _ in 0..100 {
        x = x.wrapping_mul(1103515245).wrapping_add(12345) % 1000;
        big.push(x);
    }
    big.sort_by(|a, b| b.cmp(a));
    println!("{:?}", &big[..10]);
    big.sort();
    println!("{:?} {:?}", big.binary_search(&big[37]).is_ok(), big.binary_search(&1001));
    let sorted = vec![10, 20, 30, 40];
    println!("{:?} {:?}", sorted.binary_search(&30), sorted.binary_search(&25));
    println!("{:?}", sorted.binary_search_by(|p| p.cmp(&5)));
    let pairs = vec![(1, 'a'), (3, 'b'), (5, 'c')];
    println!("{:?}", pairs.binary_search_by_key(&3, |&(k, _)| k));
    let mut empty: Vec<i32> = Vec::new();
    empty.sort_by(|a, b| a.cmp(b));
    println!("{:?} {:?}", empty, empty.binary_search(&1));
}

// CHECK:STDOUT:  35 dev
// CHECK:STDOUT:  38 ben
// CHECK:STDOUT:  38 eli
// CHECK:STDOUT:  41 ana
// CHECK:STDOUT:  41 cho
// CHECK:STDOUT: eli(41) ana(30) dev(30) ben(25) cho(22)
// CHECK:STDOUT: ["fig", "date", "kiwi", "apple", "banana", "cherry"]
// CHECK:STDOUT: ["fig", "banana", "cherry", "date", "kiwi", "apple"]
// CHECK:STDOUT: [964, 964, 964, 964, 964, 964, 964, 964, 964, 964]
// CHECK:STDOUT: true Err(100)
// CHECK:STDOUT: Ok(2) Err(2)
// CHECK:STDOUT: Err(0)
// CHECK:STDOUT: Ok(1)
// CHECK:STDOUT: [] Err(0)
