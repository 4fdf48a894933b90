// Mandelbrot: floating-point loops drawing the set in text.
fn escape(cx: f64, cy: f64, limit: u32) -> u32 {
    let (mut x, mut y) = (0.0, 0.0);
    let mut i = 0;
    while i < limit && x * x + y * y <= 4.0 {
        let t = x * x - y * y + cx;
        y = 2.0 * x * y + cy;
        x = t;
        i += 1;
    }
    i
}

fn main() {
    let shades = [' ', '.', ':', '-', '=', '+', '*', '#', '%', '@'];
    for row in 0..24 {
        let y = -1.2 + 2.4 * row as f64 / 23.0;
        for col in 0..72 {
            let x = -2.1 + 3.0 * col as f64 / 71.0;
            let n = escape(x, y, 100);
            let shade = if n == 100 { '@' } else { shades[(n as usize * 9) / 100] };
            print!("{}", shade);
        }
        println!();
    }
}
