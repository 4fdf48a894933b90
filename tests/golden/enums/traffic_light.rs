// A traffic light as a state machine: each state knows its successor and
// how long it lasts; a controller runs it for a few cycles.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    RedAmber,
    Green,
    Amber,
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red => Light::RedAmber,
            Light::RedAmber => Light::Green,
            Light::Green => Light::Amber,
            Light::Amber => Light::Red,
        }
    }

    fn seconds(&self) -> u32 {
        match *self {
            Light::Red => 30,
            Light::RedAmber => 2,
            Light::Green => 25,
            Light::Amber => 3,
        }
    }

    fn may_drive(&self) -> bool {
        matches_green(*self)
    }
}

fn matches_green(l: Light) -> bool {
    if let Light::Green = l {
        true
    } else {
        false
    }
}

fn main() {
    let mut light = Light::Red;
    let mut clock = 0;
    for _ in 0..9 {
        println!("t={:>3}s {:?} for {}s, drive: {}", clock, light, light.seconds(), light.may_drive());
        clock += light.seconds();
        light = light.next();
    }
    println!("back to red: {}", light == Light::RedAmber.next().next().next());
}

// CHECK:STDOUT: t=  0s Red for 30s, drive: false
// CHECK:STDOUT: t= 30s RedAmber for 2s, drive: false
// CHECK:STDOUT: t= 32s Green for 25s, drive: true
// CHECK:STDOUT: t= 57s Amber for 3s, drive: false
// CHECK:STDOUT: t= 60s Red for 30s, drive: false
// CHECK:STDOUT: t= 90s RedAmber for 2s, drive: false
// CHECK:STDOUT: t= 92s Green for 25s, drive: true
// CHECK:STDOUT: t=117s Amber for 3s, drive: false
// CHECK:STDOUT: t=120s Red for 30s, drive: false
// CHECK:STDOUT: back to red: false
