// The founding example: a canvas context is linear, so using it after the
// consuming `into_bitmap` is a use of a moved value.
#[wasm::linear]
struct CanvasContext(u32);

struct ImageData {
    pixels: u32,
}

impl CanvasContext {
    fn draw(&mut self) {
        self.0 += 1;
    }
    fn into_bitmap(self) -> ImageData {
        let CanvasContext(strokes) = self;
        ImageData { pixels: strokes * 100 }
    }
}

fn acquire_canvas() -> CanvasContext {
    CanvasContext(0)
}

fn main() {
    let mut ctx = acquire_canvas();
    ctx.draw();
    let img = ctx.into_bitmap();
    ctx.draw();
    println!("{}", img.pixels);
}

// CHECK:STDERR: error[E0382]: borrow of moved value: `ctx`
// CHECK:STDERR:   --> tests/golden/linear/fail_use_after_consume.rs:28:5
// CHECK:STDERR:    |
// CHECK:STDERR: 14 |     fn into_bitmap(self) -> ImageData {
// CHECK:STDERR:    |                    ---- this function takes ownership of the receiver `self`, which moves `ctx`
// CHECK:STDERR: ...
// CHECK:STDERR: 25 |     let mut ctx = acquire_canvas();
// CHECK:STDERR:    |         ------- move occurs because `ctx` has type `CanvasContext`, which does not implement the `Copy` trait
// CHECK:STDERR: 26 |     ctx.draw();
// CHECK:STDERR: 27 |     let img = ctx.into_bitmap();
// CHECK:STDERR:    |                   ------------- `ctx` moved due to this method call
// CHECK:STDERR: 28 |     ctx.draw();
// CHECK:STDERR:    |     ^^^^^^^^^^ value borrowed here after move
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0382`.
