// `main` returning `Result<(), String>` and a message boxed as `Box<dyn
// Error>`: the error's Debug (a quoted string) follows `Error: ` on stderr.
#[derive(Debug)]
struct Config {
    name: String,
    retries: u32,
}

fn load(retries: u32) -> Result<Config, String> {
    if retries > 3 {
        return Err(format!("too many retries: {}", retries));
    }
    Ok(Config { name: String::from("svc"), retries })
}

fn main() -> Result<(), String> {
    let c = load(2)?;
    println!("{:#?}", c);
    let d = load(c.retries + 5)?;
    println!("{:?}", d);
    Ok(())
}

// CHECK:STDOUT: Config {
// CHECK:STDOUT:     name: "svc",
// CHECK:STDOUT:     retries: 2,
// CHECK:STDOUT: }
// CHECK:STDERR: Error: "too many retries: 7"
// CHECK:EXIT: 1
