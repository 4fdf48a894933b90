// Methods taking self by value: builders that consume and return a new value,
// and a final conversion.
struct Config {
    width: u32,
    height: u32,
    fullscreen: bool,
}

impl Config {
    fn new() -> Self {
        Config { width: 640, height: 480, fullscreen: false }
    }

    fn with_size(self, width: u32, height: u32) -> Self {
        Config { width, height, fullscreen: self.fullscreen }
    }

    fn fullscreen(mut self) -> Self {
        self.fullscreen = true;
        self
    }

    fn pixels(self) -> u32 {
        self.width * self.height
    }
}

fn main() {
    let c = Config::new().with_size(1920, 1080).fullscreen();
    println!("{}x{} fullscreen={}", c.width, c.height, c.fullscreen);
    println!("pixels = {}", c.pixels());
    let d = Config::new();
    println!("default pixels = {}", d.pixels());
}

// CHECK:STDOUT: 1920x1080 fullscreen=true
// CHECK:STDOUT: pixels = 2073600
// CHECK:STDOUT: default pixels = 307200
