// mandelbrot: escape-time iteration over a 1024x768 grid of the plane
// x in [-2.0, 1.0], y in [-1.2, 1.2], at most 256 iterations per point.
// Prints the total number of iterations over all points.
//
// Every implementation evaluates the same expressions in the same order,
// so the f64 results (and the total) are bit-identical everywhere.
const WIDTH: u32 = 1024;
const HEIGHT: u32 = 768;
const MAX_ITER: u32 = 256;

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

fn main() {
    let mut total: u32 = 0;
    for py in 0..HEIGHT {
        let cy = -1.2 + 2.4 * (py as f64) / (HEIGHT as f64);
        for px in 0..WIDTH {
            let cx = -2.0 + 3.0 * (px as f64) / (WIDTH as f64);
            total += escape_time(cx, cy);
        }
    }
    println!("{}", total);
}
