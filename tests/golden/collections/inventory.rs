// An inventory keyed by item name: HashMap<String, Item> with insert
// (returning the old value), get, get_mut, remove and contains_key, keyed
// lookups with &str, and a BTreeMap of categories printed in key order.
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, PartialEq)]
struct Item {
    qty: u32,
    cents: u32,
    category: String,
}

fn item(qty: u32, cents: u32, category: &str) -> Item {
    Item { qty, cents, category: category.to_string() }
}

fn restock(inv: &mut HashMap<String, Item>, name: &str, qty: u32) -> bool {
    match inv.get_mut(name) {
        Some(it) => {
            it.qty += qty;
            true
        }
        None => false,
    }
}

fn value(inv: &HashMap<String, Item>) -> u32 {
    inv.values().map(|it| it.qty * it.cents).sum()
}

fn main() {
    let mut inv: HashMap<String, Item> = HashMap::with_capacity(4);
    println!("empty: {} {}", inv.is_empty(), inv.len());
    inv.insert("apple".to_string(), item(10, 30, "fruit"));
    inv.insert("pear".to_string(), item(4, 45, "fruit"));
    inv.insert("leek".to_string(), item(2, 120, "vegetable"));
    inv.insert("soap".to_string(), item(7, 250, "household"));
    let old = inv.insert("pear".to_string(), item(6, 40, "fruit"));
    println!("replaced pear: {:?}", old);
    println!("pear now: {:?}", inv.get("pear"));

    println!("restock apple: {}", restock(&mut inv, "apple", 5));
    println!("restock kiwi: {}", restock(&mut inv, "kiwi", 5));
    if let Some(it) = inv.get("apple") {
        println!("apple: {} at {} cents", it.qty, it.cents);
    }
    println!("stock value: {} cents", value(&inv));

    let sold_out = inv.remove("leek");
    println!("removed leek: {:?}", sold_out.map(|it| it.qty));
    println!("leek left: {} / removed again: {:?}", inv.contains_key("leek"), inv.remove("leek"));

    let mut by_category: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (name, it) in &inv {
        by_category.entry(it.category.clone()).or_default().push(name.clone());
    }
    for names in by_category.values_mut() {
        names.sort();
    }
    println!("{:?}", by_category);
    for (category, names) in &by_category {
        println!("{:<10} {}", category, names.join(", "));
    }

    let mut names: Vec<String> = inv.keys().cloned().collect();
    names.sort();
    println!("{:?}", names);
    inv.clear();
    println!("after clear: {} {}", inv.len(), inv.get("apple").is_none());
}

// CHECK:STDOUT: empty: true 0
// CHECK:STDOUT: replaced pear: Some(Item { qty: 4, cents: 45, category: "fruit" })
// CHECK:STDOUT: pear now: Some(Item { qty: 6, cents: 40, category: "fruit" })
// CHECK:STDOUT: restock apple: true
// CHECK:STDOUT: restock kiwi: false
// CHECK:STDOUT: apple: 15 at 30 cents
// CHECK:STDOUT: stock value: 2680 cents
// CHECK:STDOUT: removed leek: Some(2)
// CHECK:STDOUT: leek left: false / removed again: None
// CHECK:STDOUT: {"fruit": ["apple", "pear"], "household": ["soap"]}
// CHECK:STDOUT: fruit      apple, pear
// CHECK:STDOUT: household  soap
// CHECK:STDOUT: ["apple", "pear", "soap"]
// CHECK:STDOUT: after clear: 0 true
