// E0382: moved on one branch only: afterwards the value may be gone.
struct Ticket {
    seat: u16,
}

fn redeem(t: Ticket) -> u16 {
    t.seat
}

fn main() {
    let ticket = Ticket { seat: 12 };
    let lucky = ticket.seat % 2 == 0;
    if lucky {
        println!("redeemed {}", redeem(ticket));
    }
    println!("seat {}", ticket.seat);
}

// CHECK:STDERR: error[E0382]: borrow of moved value: `ticket`
// CHECK:STDERR:   --> tests/golden/ownership/fail_maybe_moved.rs:16:25
// CHECK:STDERR:    |
// CHECK:STDERR: 11 |     let ticket = Ticket { seat: 12 };
// CHECK:STDERR:    |         ------ move occurs because `ticket` has type `Ticket`, which does not implement the `Copy` trait
// CHECK:STDERR: ...
// CHECK:STDERR: 14 |         println!("redeemed {}", redeem(ticket));
// CHECK:STDERR:    |                                        ------ value moved here
// CHECK:STDERR: 15 |     }
// CHECK:STDERR: 16 |     println!("seat {}", ticket.seat);
// CHECK:STDERR:    |                         ^^^^^^^^^^^ value borrowed here after move
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0382`.
