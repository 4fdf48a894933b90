// Two-dimensional arrays: a grid, row and column sums, and a transpose.
const ROWS: usize = 3;
const COLS: usize = 4;

fn transpose(m: &[[i32; COLS]; ROWS]) -> [[i32; ROWS]; COLS] {
    let mut t = [[0; ROWS]; COLS];
    for r in 0..ROWS {
        for c in 0..COLS {
            t[c][r] = m[r][c];
        }
    }
    t
}

fn main() {
    let mut grid = [[0i32; COLS]; ROWS];
    for r in 0..ROWS {
        for c in 0..COLS {
            grid[r][c] = (r * 10 + c) as i32;
        }
    }
    for row in grid {
        println!("{:?}", row);
    }
    for r in 0..ROWS {
        let mut s = 0;
        for c in 0..COLS {
            s += grid[r][c];
        }
        println!("row {} sum {}", r, s);
    }
    let t = transpose(&grid);
    println!("{:?}", t);
    println!("{} {}", grid.len(), grid[0].len());
}

// CHECK:STDOUT: [0, 1, 2, 3]
// CHECK:STDOUT: [10, 11, 12, 13]
// CHECK:STDOUT: [20, 21, 22, 23]
// CHECK:STDOUT: row 0 sum 6
// CHECK:STDOUT: row 1 sum 46
// CHECK:STDOUT: row 2 sum 86
// CHECK:STDOUT: [[0, 10, 20], [1, 11, 21], [2, 12, 22], [3, 13, 23]]
// CHECK:STDOUT: 3 4
