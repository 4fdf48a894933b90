// `main` returning `Result<(), Box<dyn Error>>`: `?` on a parse error
// ends the program with `Error: ` and the error's Debug on stderr, and
// exit status 1; what was printed before stays.
use std::error::Error;

fn read(s: &str) -> Result<u8, Box<dyn Error>> {
    let v: u8 = s.parse()?;
    Ok(v)
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("{}", read("12")?);
    let n = read("300")?;
    println!("unreachable {}", n);
    Ok(())
}

// CHECK:STDOUT: 12
// CHECK:STDERR: Error: ParseIntError { kind: PosOverflow }
// CHECK:EXIT: 1
