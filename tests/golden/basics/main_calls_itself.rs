// A program may call its own `main`: statics are initialized when the
// program starts, not at each entry into `main`, and each call has a frame
// of its own (the array below is not shared between them).
static mut DEPTH: i32 = 0;
static GREETING: &str = "depth";

fn main() {
    let mut frame = [0u8; 64];
    let depth = unsafe {
        DEPTH += 1;
        DEPTH
    };
    frame[0] = depth as u8;
    if depth < 3 {
        main();
    }
    println!("{} {}: frame {}", GREETING, depth, frame[0]);
}

// CHECK:STDOUT: depth 3: frame 3
// CHECK:STDOUT: depth 2: frame 2
// CHECK:STDOUT: depth 1: frame 1
