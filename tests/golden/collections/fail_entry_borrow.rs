// The `&mut V` that `entry(..).or_insert(..)` returns keeps the map
// mutably borrowed: reading the map while it is alive is rejected.
use std::collections::HashMap;

fn main() {
    let mut flags: HashMap<&str, bool> = HashMap::new();
    let v = flags.entry("verbose").or_insert(false);
    println!("quiet {:?}", flags.get("quiet"));
    *v = true;
}
