// A `#[wasm::linear]` file handle: every path consumes it exactly once, by
// a consuming method, by returning it, or by taking it apart.
#[wasm::linear]
struct File {
    fd: u32,
}

impl File {
    fn open(fd: u32) -> File {
        println!("open {}", fd);
        File { fd }
    }
    fn write(&mut self, text: &str) {
        println!("write {:?} to {}", text, self.fd);
    }
    fn close(self) -> u32 {
        let File { fd } = self;
        println!("close {}", fd);
        fd
    }
}

fn checked(ok: bool) -> u32 {
    let mut f = File::open(1);
    if !ok {
        return f.close();
    }
    f.write("checked");
    f.close()
}

fn pass_on(f: File) -> File {
    f
}

fn in_loop() {
    for i in 10..13 {
        let mut f = File::open(i);
        if i == 11 {
            f.close();
            continue;
        }
        f.write("loop");
        f.close();
    }
}

fn parse_and_log(s: &str) -> Result<u32, std::num::ParseIntError> {
    let n: u32 = s.parse()?;
    let f = File::open(n);
    Ok(f.close())
}

fn main() {
    println!("{}", checked(true));
    println!("{}", checked(false));
    let g = pass_on(File::open(2));
    g.close();
    in_loop();
    println!("{:?}", parse_and_log("7"));
    println!("{}", parse_and_log("x").is_err());
}

// CHECK:STDOUT: open 1
// CHECK:STDOUT: write "checked" to 1
// CHECK:STDOUT: close 1
// CHECK:STDOUT: 1
// CHECK:STDOUT: open 1
// CHECK:STDOUT: close 1
// CHECK:STDOUT: 1
// CHECK:STDOUT: open 2
// CHECK:STDOUT: close 2
// CHECK:STDOUT: open 10
// CHECK:STDOUT: write "loop" to 10
// CHECK:STDOUT: close 10
// CHECK:STDOUT: open 11
// CHECK:STDOUT: close 11
// CHECK:STDOUT: open 12
// CHECK:STDOUT: write "loop" to 12
// CHECK:STDOUT: close 12
// CHECK:STDOUT: open 7
// CHECK:STDOUT: close 7
// CHECK:STDOUT: Ok(7)
// CHECK:STDOUT: true
