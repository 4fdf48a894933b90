pub fn hello() {
    println!("folder");
}
