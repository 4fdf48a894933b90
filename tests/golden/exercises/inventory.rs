// An inventory with generic containers and traits: items sorted by value,
// restocking by threshold, and a report table.
#[derive(Debug, Clone, PartialEq)]
enum Category {
    Tool,
    Food { perishable: bool },
    Part(u16),
}

#[derive(Debug, Clone)]
struct Item {
    name: String,
    category: Category,
    count: u32,
    price_cents: u32,
}

trait Valued {
    fn value(&self) -> u64;
    fn label(&self) -> String {
        format!("worth {}", self.value())
    }
}

impl Valued for Item {
    fn value(&self) -> u64 {
        self.count as u64 * self.price_cents as u64
    }
}

fn most_valuable<T: Valued>(items: &[T]) -> Option<&T> {
    let mut best: Option<&T> = None;
    for it in items {
        best = match best {
            None => Some(it),
            Some(b) if it.value() > b.value() => Some(it),
            keep => keep,
        };
    }
    best
}

fn restock(items: &mut Vec<Item>, threshold: u32, amount: u32) -> Vec<String> {
    let mut touched = Vec::new();
    for it in items.iter_mut() {
        if it.count < threshold {
            it.count += amount;
            touched.push(it.name.clone());
        }
    }
    touched
}

fn main() {
    let mut items = vec![
        Item { name: String::from("hammer"), category: Category::Tool, count: 3, price_cents: 1299 },
        Item { name: String::from("apple"), category: Category::Food { perishable: true }, count: 40, price_cents: 45 },
        Item { name: String::from("bolt"), category: Category::Part(8), count: 500, price_cents: 12 },
        Item { name: String::from("rice"), category: Category::Food { perishable: false }, count: 2, price_cents: 350 },
    ];
    if let Some(top) = most_valuable(&items) {
        println!("most valuable: {} ({})", top.name, top.label());
    }
    let touched = restock(&mut items, 5, 10);
    println!("restocked: {:?}", touched);
    items.sort_by(|a, b| b.value().cmp(&a.value()));
    println!("{:<8}|{:>6}|{:>10}", "name", "count", "value");
    println!("{}", "-".repeat(26));
    for it in &items {
        println!("{:<8}|{:>6}|{:>10}", it.name, it.count, it.value());
    }
    let perishable = items.iter().filter(|i| matches!(i.category, Category::Food { perishable: true })).count();
    println!("perishable kinds: {}", perishable);
    println!("{:?}", items[items.len() - 1]);
    let parts: Vec<&Item> = items.iter().filter(|i| matches!(i.category, Category::Part(_))).collect();
    println!("{:#?}", parts[0].category);
}

// CHECK:STDOUT: most valuable: bolt (worth 6000)
// CHECK:STDOUT: restocked: ["hammer", "rice"]
// CHECK:STDOUT: name    | count|     value
// CHECK:STDOUT: --------------------------
// CHECK:STDOUT: hammer  |    13|     16887
// CHECK:STDOUT: bolt    |   500|      6000
// CHECK:STDOUT: rice    |    12|      4200
// CHECK:STDOUT: apple   |    40|      1800
// CHECK:STDOUT: perishable kinds: 1
// CHECK:STDOUT: Item { name: "apple", category: Food { perishable: true }, count: 40, price_cents: 45 }
// CHECK:STDOUT: Part(
// CHECK:STDOUT:     8,
// CHECK:STDOUT: )
