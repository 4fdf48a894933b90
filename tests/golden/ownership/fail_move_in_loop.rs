// E0382: a value moved in one iteration of a loop is gone in the next.
struct Job {
    id: u32,
}

fn run(job: Job) -> u32 {
    job.id
}

fn main() {
    let job = Job { id: 7 };
    let mut done = 0;
    while done < 3 {
        done += run(job);
    }
    println!("{}", done);
}

// CHECK:STDERR: error[E0382]: use of moved value: `job`
// CHECK:STDERR:   --> tests/golden/ownership/fail_move_in_loop.rs:14:21
// CHECK:STDERR:    |
// CHECK:STDERR: 11 |     let job = Job { id: 7 };
// CHECK:STDERR:    |         --- move occurs because `job` has type `Job`, which does not implement the `Copy` trait
// CHECK:STDERR: ...
// CHECK:STDERR: 14 |         done += run(job);
// CHECK:STDERR:    |                     ^^^ value moved here, in previous iteration of loop
// CHECK:STDERR:
// CHECK:STDERR: error: aborting due to 1 previous error
// CHECK:STDERR:
// CHECK:STDERR: For more information about this error, try `wasmrust explain E0382`.
