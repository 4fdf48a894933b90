// Game of Life: a glider on a wrapping grid, with `const` sizes and 2-D arrays.
const W: usize = 12;
const H: usize = 8;

fn neighbours(g: &[[bool; W]; H], r: usize, c: usize) -> u32 {
    let mut n = 0;
    for dr in [H - 1, 0, 1] {
        for dc in [W - 1, 0, 1] {
            if (dr != 0 || dc != 0) && g[(r + dr) % H][(c + dc) % W] {
                n += 1;
            }
        }
    }
    n
}

fn step(g: &[[bool; W]; H]) -> [[bool; W]; H] {
    let mut next = [[false; W]; H];
    for r in 0..H {
        for c in 0..W {
            let n = neighbours(g, r, c);
            next[r][c] = n == 3 || (g[r][c] && n == 2);
        }
    }
    next
}

fn show(g: &[[bool; W]; H], generation: u32) {
    println!("generation {}", generation);
    for row in g.iter() {
        for alive in row.iter() {
            print!("{}", if *alive { '#' } else { '.' });
        }
        println!();
    }
}

fn main() {
    let mut g = [[false; W]; H];
    g[0][1] = true;
    g[1][2] = true;
    g[2][0] = true;
    g[2][1] = true;
    g[2][2] = true;
    for generation in 0..4 {
        show(&g, generation);
        g = step(&g);
    }
}
