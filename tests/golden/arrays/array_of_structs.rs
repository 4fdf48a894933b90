// Arrays of structs: initialization, search and in-place updates.
struct Item {
    id: u32,
    price_cents: u32,
    qty: u16,
}

fn total(items: &[Item]) -> u32 {
    let mut t = 0;
    for it in items {
        t += it.price_cents * it.qty as u32;
    }
    t
}

fn main() {
    let mut inventory = [
        Item { id: 1, price_cents: 250, qty: 4 },
        Item { id: 2, price_cents: 1999, qty: 1 },
        Item { id: 3, price_cents: 75, qty: 12 },
    ];
    println!("total = {}", total(&inventory));

    let mut most_expensive = 0;
    for i in 1..inventory.len() {
        if inventory[i].price_cents > inventory[most_expensive].price_cents {
            most_expensive = i;
        }
    }
    println!("most expensive: id {}", inventory[most_expensive].id);

    inventory[2].qty -= 2;
    inventory[0].price_cents = 300;
    for it in &inventory {
        println!("id {} price {} qty {}", it.id, it.price_cents, it.qty);
    }
    println!("total = {}", total(&inventory));
}

// CHECK:STDOUT: total = 3899
// CHECK:STDOUT: most expensive: id 2
// CHECK:STDOUT: id 1 price 300 qty 4
// CHECK:STDOUT: id 2 price 1999 qty 1
// CHECK:STDOUT: id 3 price 75 qty 10
// CHECK:STDOUT: total = 3949
