// A tiny traffic-light state machine driven by consts and if/else
// dispatch, with timing counted in ticks.
const RED: u8 = 0;
const GREEN: u8 = 1;
const YELLOW: u8 = 2;

const RED_TICKS: u32 = 4;
const GREEN_TICKS: u32 = 3;
const YELLOW_TICKS: u32 = 1;

fn duration(state: u8) -> u32 {
    if state == RED {
        RED_TICKS
    } else if state == GREEN {
        GREEN_TICKS
    } else {
        YELLOW_TICKS
    }
}

fn next(state: u8) -> u8 {
    if state == RED {
        GREEN
    } else if state == GREEN {
        YELLOW
    } else {
        RED
    }
}

fn show(state: u8) {
    if state == RED {
        println!("red");
    } else if state == GREEN {
        println!("green");
    } else {
        println!("yellow");
    }
}

fn main() {
    let mut state = RED;
    let mut left = duration(state);
    let mut changes = 0;
    for tick in 0..20 {
        if left == 0 {
            state = next(state);
            left = duration(state);
            changes += 1;
            print!("tick {:2}: -> ", tick);
            show(state);
        }
        left -= 1;
    }
    print!("{} changes, ending ", changes);
    show(state);
}

// CHECK:STDOUT: tick  4: -> green
// CHECK:STDOUT: tick  7: -> yellow
// CHECK:STDOUT: tick  8: -> red
// CHECK:STDOUT: tick 12: -> green
// CHECK:STDOUT: tick 15: -> yellow
// CHECK:STDOUT: tick 16: -> red
// CHECK:STDOUT: 6 changes, ending red
