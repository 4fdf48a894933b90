// An impl that leaves out a required method (E0046) and one that defines a
// method the trait does not have (E0407).
trait Animal {
    fn name(&self) -> u32;
    fn sound(&self) -> u32;
    fn legs(&self) -> u32 {
        4
    }
}

struct Dog;

impl Animal for Dog {
    fn sound(&self) -> u32 {
        1
    }
    fn fetch(&self) -> u32 {
        2
    }
}

fn main() {
    println!("{}", Dog.legs());
}

// CHECK:STDERR: error[E0407]: method `fetch` is not a member of trait `Animal`
// CHECK:STDERR:   --> tests/golden/generics/fail_missing_trait_items.rs:17:8
// CHECK:STDERR:    |
// CHECK:STDERR: 17 |     fn fetch(&self) -> u32 {
// CHECK:STDERR:    |        ^^^^^ not a member of trait `Animal`
// CHECK:STDERR:
// CHECK:STDERR: error[E0046]: not all trait items implemented, missing: `name`
// CHECK:STDERR:   --> tests/golden/generics/fail_missing_trait_items.rs:13:1
// CHECK:STDERR:    |
// CHECK:STDERR: 13 | impl Animal for Dog {
// CHECK:STDERR:    | ^^^^^^^^^^^^^^^^^^^ missing `name` in implementation
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 2 previous errors
// CHECK:STDERR:
// CHECK:STDERR: Some errors have detailed explanations: E0046, E0407.
// CHECK:STDERR: For more information about an error, try `wasmrust explain E0046`.
