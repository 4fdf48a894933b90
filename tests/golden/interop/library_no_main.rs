// A module of exports needs no `main`: the host calls what it wants.
// RUN-ARGS: --invoke fib 20

#[wasm::export]
fn fib(n: u32) -> u64 {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    for _ in 0..n {
        let next = a + b;
        a = b;
        b = next;
    }
    a
}

// CHECK:STDOUT: 6765
