// A use whose expected error type differs from the impl's `type Err`
// (E0271).
trait FromText: Sized {
    type Err;
    fn from_text(s: &str) -> Result<Self, Self::Err>;
}
#[derive(Debug)]
struct BadInt;
#[derive(Debug)]
struct Other;
#[derive(Debug)]
struct Meters(u32);
impl FromText for Meters {
    type Err = BadInt;
    fn from_text(s: &str) -> Result<Self, Self::Err> {
        Ok(Meters(s.len() as u32))
    }
}
fn parse_all<F: FromText>(items: &[&str]) -> Result<Vec<F>, F::Err> {
    let mut out = Vec::new();
    for s in items {
        out.push(F::from_text(s)?);
    }
    Ok(out)
}
fn main() {
    let r: Result<Vec<Meters>, Other> = parse_all(&["1"]);
    println!("{:?}", r);
}

// CHECK:STDERR: error[E0271]: type mismatch resolving `<Meters as FromText>::Err == Other`
// CHECK:STDERR:   --> tests/golden/traits/fail_assoc_type_mismatch.rs:27:41
// CHECK:STDERR:    |
// CHECK:STDERR: 27 |     let r: Result<Vec<Meters>, Other> = parse_all(&["1"]);
// CHECK:STDERR:    |                                         ^^^^^^^^^ type mismatch resolving `<Meters as FromText>::Err == Other`
// CHECK:STDERR:    |
// CHECK:STDERR:    = note: the impl gives `Err` the type `BadInt`
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0271`.
