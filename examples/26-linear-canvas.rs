// Linear types: a `#[wasm::linear]` canvas context must be consumed exactly once (try calling `ctx.draw()` after `into_bitmap`, or returning early).

// A resource the host hands out. Linear: it cannot be copied, dropped or
// forgotten, only given back through a consuming method.
#[wasm::linear]
struct CanvasContext {
    id: u32,
    strokes: Vec<(i32, i32)>,
}

struct ImageData {
    width: u32,
    height: u32,
    pixels: Vec<u8>,
}

fn acquire_canvas(id: u32) -> CanvasContext {
    println!("acquired canvas {}", id);
    CanvasContext { id, strokes: Vec::new() }
}

impl CanvasContext {
    // Borrows: the context stays alive.
    fn draw(&mut self, x: i32, y: i32) {
        self.strokes.push((x, y));
    }

    // Consumes: takes `self` apart; the context is gone afterwards.
    fn into_bitmap(self, width: u32, height: u32) -> ImageData {
        let CanvasContext { id, strokes } = self;
        let mut pixels = vec![0u8; (width * height) as usize];
        for (x, y) in strokes {
            if x >= 0 && y >= 0 && (x as u32) < width && (y as u32) < height {
                pixels[(y as u32 * width + x as u32) as usize] = 1;
            }
        }
        println!("released canvas {}", id);
        ImageData { width, height, pixels }
    }
}

// Every path gives the context back: an early exit must consume it too.
fn sketch(id: u32, diagonal: bool) -> Option<ImageData> {
    let mut ctx = acquire_canvas(id);
    if !diagonal {
        let _ = ctx.into_bitmap(0, 0);
        return None;
    }
    for i in 0..8 {
        ctx.draw(i, i);
        ctx.draw(7 - i, i);
    }
    Some(ctx.into_bitmap(8, 8))
}

fn main() {
    if let Some(img) = sketch(1, true) {
        let w = img.width as usize;
        for y in 0..img.height as usize {
            let row = &img.pixels[y * w..(y + 1) * w];
            let line: String = row.iter().map(|&p| if p == 1 { '#' } else { '.' }).collect();
            println!("{}", line);
        }
        println!("{}x{}", img.width, img.height);
    }
    println!("{}", sketch(2, false).is_none());
}
