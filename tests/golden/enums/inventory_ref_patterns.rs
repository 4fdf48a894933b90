// Match ergonomics: matching through `&` and `&mut` binds references, so an
// arm can update the value it matched in place; `ref`/`ref mut` do the same
// explicitly.
#[derive(Debug)]
enum Slot {
    Empty,
    Item { name: &'static str, count: u32 },
    Locked(u32),
}

fn restock(slots: &mut [Slot; 4]) {
    for slot in slots.iter_mut() {
        match slot {
            Slot::Item { count, .. } if *count < 3 => *count += 10,
            Slot::Locked(days) => *days -= 1,
            _ => {}
        }
    }
}

fn total(slots: &[Slot; 4]) -> u32 {
    let mut sum = 0;
    for slot in slots.iter() {
        if let Slot::Item { count, .. } = slot {
            sum += count;
        }
    }
    sum
}

fn main() {
    let mut slots = [
        Slot::Item { name: "bolts", count: 2 },
        Slot::Empty,
        Slot::Locked(3),
        Slot::Item { name: "nuts", count: 7 },
    ];
    println!("before: {}", total(&slots));
    restock(&mut slots);
    println!("after: {}", total(&slots));
    let mut pair = (5, Slot::Locked(1));
    let (ref mut n, ref s) = pair;
    *n += 1;
    println!("{} {:?}", n, s);
    match &pair {
        (6, Slot::Locked(d)) => println!("six, locked {}", d),
        _ => println!("something else"),
    }
    println!("{:?}", slots);
    println!("{:#?}", slots[0]);
}

// CHECK:STDOUT: before: 9
// CHECK:STDOUT: after: 19
// CHECK:STDOUT: 6 Locked(1)
// CHECK:STDOUT: six, locked 1
// CHECK:STDOUT: [Item { name: "bolts", count: 12 }, Empty, Locked(2), Item { name: "nuts", count: 7 }]
// CHECK:STDOUT: Item {
// CHECK:STDOUT:     name: "bolts",
// CHECK:STDOUT:     count: 12,
// CHECK:STDOUT: }
