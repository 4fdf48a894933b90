pub fn hello() {
    println!("flat");
}
