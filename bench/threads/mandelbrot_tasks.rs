// Parallel mandelbrot: the escape-time count over a 2048x1536 grid of the
// plane x in [-2.0, 1.0], y in [-1.2, 1.2] (at most 256 iterations per
// point), its rows cut into TASKS bands, one wasm::thread task each.
// bench/threads/run.mjs builds it with TASKS = 1 and with more, and times
// both: the same program, one task against several.
use wasm::thread::{scope, SharedSlice};

const WIDTH: usize = 2048;
const HEIGHT: usize = 1536;
const MAX_ITER: u32 = 256;
const TASKS: usize = 1;

fn escape_time(cx: f64, cy: f64) -> u32 {
    let mut zx: f64 = 0.0;
    let mut zy: f64 = 0.0;
    let mut i: u32 = 0;
    while i < MAX_ITER {
        let x2 = zx * zx;
        let y2 = zy * zy;
        if x2 + y2 > 4.0 {
            break;
        }
        zy = 2.0 * zx * zy + cy;
        zx = x2 - y2 + cx;
        i += 1;
    }
    i
}

// The counts of `rows` rows from `first` on, into `out`.
fn band(first: usize, out: &mut [u32]) {
    for (k, count) in out.iter_mut().enumerate() {
        let py = first + k / WIDTH;
        let px = k % WIDTH;
        let cy = -1.2 + 2.4 * (py as f64) / (HEIGHT as f64);
        let cx = -2.0 + 3.0 * (px as f64) / (WIDTH as f64);
        *count = escape_time(cx, cy);
    }
}

fn main() {
    let mut counts: Vec<u32> = vec![0; WIDTH * HEIGHT];
    let mut image = SharedSlice::new(&mut counts);
    let rows = (HEIGHT + TASKS - 1) / TASKS;
    let result = scope(|s| {
        let mut first = 0;
        for chunk in image.chunks_mut(rows * WIDTH) {
            s.spawn(move || band(first, chunk));
            first += rows;
        }
    });
    if let Err(e) = result {
        println!("error: {}", e);
        return;
    }
    let mut total: u64 = 0;
    for c in counts.iter() {
        total += *c as u64;
    }
    println!("{}", total);
}
