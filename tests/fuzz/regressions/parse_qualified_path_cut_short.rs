// Qualified paths cut short must be reported, not crash the parser.
fn main() { let x = <i32 as >::X; let y = < ; let z: <T as Tr<u8>>::; }
type A = <<u8 as B>::C as D>::E;
fn f() -> <u8 as Q<i32>>::X { <u8 as>::f() }
