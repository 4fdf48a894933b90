// Trait paths written in full: std::ops::Add, std::ops::Mul, std::fmt::Display.
#[derive(Debug, Clone, Copy)]
struct V(i32);
impl std::ops::Add for V { type Output = V; fn add(self, o: V) -> V { V(self.0 + o.0) } }
impl std::ops::Mul for V { type Output = V; fn mul(self, o: V) -> V { V(self.0 * o.0) } }
impl std::fmt::Display for V { fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { write!(f, "<{}>", self.0) } }
fn main() { println!("{:?} {:?} {}", V(2) + V(3), V(2) * V(3), V(4)); }

// CHECK:STDOUT: V(5) V(6) <4>
