// RUSTC: skip — `let ... else` is stable since Rust 1.65; Debian's rustc is 1.63
// `let ... else` takes a value apart or leaves the function.
#[derive(Debug)]
enum Packet {
    Data { id: u16, payload: [u8; 4] },
    Ack(u16),
    Noise,
}

fn checksum(p: &Packet) -> u32 {
    let Packet::Data { id, payload } = p else {
        return 0;
    };
    let mut sum = *id as u32;
    for b in payload {
        sum += *b as u32;
    }
    sum
}

fn main() {
    let packets = [
        Packet::Data { id: 7, payload: [1, 2, 3, 4] },
        Packet::Ack(7),
        Packet::Noise,
        Packet::Data { id: 100, payload: [255, 0, 0, 1] },
    ];
    for p in packets.iter() {
        println!("{:?} -> {}", p, checksum(p));
    }
    for p in packets.iter() {
        let Packet::Ack(n) = p else { continue };
        println!("ack {}", n);
    }
}

// CHECK:STDOUT: Data { id: 7, payload: [1, 2, 3, 4] } -> 17
// CHECK:STDOUT: Ack(7) -> 0
// CHECK:STDOUT: Noise -> 0
// CHECK:STDOUT: Data { id: 100, payload: [255, 0, 0, 1] } -> 356
// CHECK:STDOUT: ack 7
