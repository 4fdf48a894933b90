// The generic `wasm::mem` and typed `wasm::heap` intrinsics: layouts, typed
// reads and writes, references, slices and str made from addresses and back.
use wasm::mem;
use wasm::heap;

#[derive(Debug, Clone, Copy, PartialEq)]
struct P { x: i32, y: f64 }

fn main() {
    println!("{} {} {} {}", mem::size_of::<u8>(), mem::size_of::<P>(), mem::align_of::<P>(), mem::size_of::<(u8, u32)>());
    let p = heap::alloc_array::<P>(4);
    for i in 0..4 {
        mem::write(p + i * mem::size_of::<P>(), P { x: i as i32, y: i as f64 * 0.5 });
    }
    let third: P = mem::read(p + 2 * mem::size_of::<P>());
    println!("{:?}", third);
    let s: &[P] = mem::slice_at::<P>(p, 4);
    println!("{:?} {}", s, s.len());
    let r: &mut P = mem::ref_mut_at::<P>(p + 16);
    r.x = 40;
    println!("{:?}", mem::ref_at::<P>(p + 16));
    let q = heap::realloc_array::<P>(p, 4, 100);
    println!("{:?}", mem::slice_at::<P>(q, 2));
    let bytes = heap::alloc_array::<u8>(5);
    mem::copy(bytes, mem::addr_of("hello"), 5);
    let st = mem::str_at(bytes, 5);
    println!("{} {}", st, st.len());
    let arr = [1u16, 2, 3];
    let a = mem::addr_of(&arr);
    println!("{}", mem::read::<u16>(a + 2));
    println!("{}", mem::addr_of(&arr[1]) - a);
    mem::forget(third);
    println!("{}", mem::needs_drop::<P>());
    heap::dealloc_array::<u8>(bytes, 5);
    heap::dealloc_array::<P>(q, 100);
    println!("live {}", heap::live_blocks());
}

// CHECK:STDOUT: 1 16 8 8
// CHECK:STDOUT: P { x: 2, y: 1.0 }
// CHECK:STDOUT: [P { x: 0, y: 0.0 }, P { x: 1, y: 0.5 }, P { x: 2, y: 1.0 }, P { x: 3, y: 1.5 }] 4
// CHECK:STDOUT: P { x: 40, y: 0.5 }
// CHECK:STDOUT: [P { x: 0, y: 0.0 }, P { x: 40, y: 0.5 }]
// CHECK:STDOUT: hello 5
// CHECK:STDOUT: 2
// CHECK:STDOUT: 2
// CHECK:STDOUT: false
// CHECK:STDOUT: live 0
