// Structured concurrency: wasm::thread::{scope, Scope, ScopedJoinHandle,
// TaskPanic, SharedSlice} and wasm::sync::atomic (docs/threads.md). These
// modules are reached only through `wasm::` paths (resolve.cpp), never as
// `std::thread` or `std::sync`: they are the dialect's, not Rust's.
//
// This is the in-order mode, the one every host supports: `s.spawn(f)`
// runs `f` to completion at once, on the caller's stack, and tells the host
// that a task ran in order (`wasm::task::ran_in_order`, the host import
// `env.task_in_order`), so the runtime can report it. A task's panic ends
// the program as any panic does, so `scope` and `join` always return Ok in
// this mode. The threaded mode will keep these signatures: spawn will hand
// the closure to a worker and `scope` will join every task before it
// returns; the thread-safety checker (check_threads.cpp) already holds
// programs to what that mode needs.
//
// SharedSlice is a (pointer, length) view of memory the caller lends for
// the scope; `chunks` and `chunks_mut` cut it into disjoint views, one per
// task. The atomics are 32-bit cells whose operations are the
// `wasm::atomic` intrinsics on a reference to the cell: plain loads and stores today, the Wasm atomic
// opcodes once memory is shared.

pub mod thread {
    // A task panicked. In the in-order mode a panic ends the program, so no
    // value of this type is ever made; programs handle it already so that
    // the threaded mode changes nothing in them.
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct TaskPanic {
        task: usize,
    }

    impl TaskPanic {
        // The number of the task that panicked, counted from 0 in its scope.
        pub fn task(&self) -> usize {
            self.task
        }
    }

    impl super::fmt::Display for TaskPanic {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            write!(f, "task {} panicked", self.task)
        }
    }

    // The scope tasks are spawned in; `scope` lends it to its closure.
    pub struct Scope {
        _private: (),
    }

    // A spawned task's result, taken with `join`.
    pub struct ScopedJoinHandle<T> {
        result: Option<T>,
    }

    // Runs `f` with a scope; every task spawned in it has finished when
    // `scope` returns. Returns f's value, or the first task panic.
    pub fn scope<R, F: FnOnce(&Scope) -> R>(f: F) -> Result<R, TaskPanic> {
        let s = Scope { _private: () };
        let value = f(&s);
        Ok(value)
    }

    impl Scope {
        // Starts a task running `f`, joined at the end of the scope at the
        // latest. In the in-order mode it runs now, to completion.
        pub fn spawn<T, F: FnOnce() -> T>(&self, f: F) -> ScopedJoinHandle<T> {
            wasm::task::ran_in_order();
            ScopedJoinHandle { result: Some(f()) }
        }
    }

    impl<T> ScopedJoinHandle<T> {
        // Waits for the task and returns its value, or its panic.
        pub fn join(self) -> Result<T, TaskPanic> {
            match self.result {
                Some(v) => Ok(v),
                None => Err(TaskPanic { task: 0 }),
            }
        }

        pub fn is_finished(&self) -> bool {
            true
        }
    }

    // A view of `len` Ts at `ptr`, lent by the caller for a scope. It reads
    // as a slice (`len`, indexing, `iter`) through Deref.
    pub struct SharedSlice<T> {
        ptr: usize,
        len: usize,
    }

    impl<T> SharedSlice<T> {
        pub fn new(data: &mut [T]) -> SharedSlice<T> {
            SharedSlice { ptr: wasm::mem::addr_of(data), len: data.len() }
        }

        pub fn len(&self) -> usize {
            self.len
        }

        pub fn is_empty(&self) -> bool {
            self.len == 0
        }

        // Disjoint read-only views of `size` elements (the last may be
        // shorter).
        #[track_caller]
        pub fn chunks(&self, size: usize) -> Chunks<T> {
            assert!(size != 0, "chunk size must be non-zero");
            Chunks { ptr: self.ptr, left: self.len, size: size }
        }

        // Disjoint mutable views of `size` elements, one per task.
        #[track_caller]
        pub fn chunks_mut(&mut self, size: usize) -> ChunksMut<T> {
            assert!(size != 0, "chunk size must be non-zero");
            ChunksMut { ptr: self.ptr, left: self.len, size: size }
        }
    }

    impl<T> Deref for SharedSlice<T> {
        type Target = [T];
        fn deref(&self) -> &[T] {
            wasm::mem::slice_at::<T>(self.ptr, self.len)
        }
    }

    impl<T> DerefMut for SharedSlice<T> {
        fn deref_mut(&mut self) -> &mut [T] {
            wasm::mem::slice_mut_at::<T>(self.ptr, self.len)
        }
    }

    pub struct Chunks<T> {
        ptr: usize,
        left: usize,
        size: usize,
    }

    impl<T> Iterator for Chunks<T> {
        type Item = &'static [T];
        fn next(&mut self) -> Option<&'static [T]> {
            if self.left == 0 {
                return None;
            }
            let n = if self.left < self.size { self.left } else { self.size };
            let chunk = wasm::mem::slice_at::<T>(self.ptr, n);
            self.ptr = self.ptr + n * wasm::mem::size_of::<T>();
            self.left = self.left - n;
            Some(chunk)
        }
    }

    pub struct ChunksMut<T> {
        ptr: usize,
        left: usize,
        size: usize,
    }

    impl<T> Iterator for ChunksMut<T> {
        type Item = &'static mut [T];
        fn next(&mut self) -> Option<&'static mut [T]> {
            if self.left == 0 {
                return None;
            }
            let n = if self.left < self.size { self.left } else { self.size };
            let chunk = wasm::mem::slice_mut_at::<T>(self.ptr, n);
            self.ptr = self.ptr + n * wasm::mem::size_of::<T>();
            self.left = self.left - n;
            Some(chunk)
        }
    }
}

pub mod sync {
    pub mod atomic {
        // Accepted for the familiar signatures; every operation is
        // sequentially consistent.
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub enum Ordering {
            Relaxed,
            Release,
            Acquire,
            AcqRel,
            SeqCst,
        }

        pub struct AtomicU32 {
            v: u32,
        }

        pub struct AtomicI32 {
            v: i32,
        }

        pub struct AtomicUsize {
            v: usize,
        }

        impl AtomicU32 {
            pub fn new(v: u32) -> AtomicU32 {
                AtomicU32 { v: v }
            }
            pub fn load(&self, _order: Ordering) -> u32 {
                wasm::atomic::load(&self.v) as u32
            }
            pub fn store(&self, v: u32, _order: Ordering) {
                wasm::atomic::store(&self.v, v as usize);
            }
            pub fn swap(&self, v: u32, _order: Ordering) -> u32 {
                wasm::atomic::swap(&self.v, v as usize) as u32
            }
            pub fn fetch_add(&self, v: u32, _order: Ordering) -> u32 {
                wasm::atomic::fetch_add(&self.v, v as usize) as u32
            }
            pub fn fetch_sub(&self, v: u32, _order: Ordering) -> u32 {
                wasm::atomic::fetch_sub(&self.v, v as usize) as u32
            }
            pub fn compare_exchange(&self, current: u32, new: u32, _success: Ordering,
                                    _failure: Ordering) -> Result<u32, u32> {
                let old = wasm::atomic::compare_exchange(&self.v, current as usize, new as usize) as u32;
                if old == current { Ok(old) } else { Err(old) }
            }
            pub fn into_inner(self) -> u32 {
                self.v
            }
        }

        impl AtomicI32 {
            pub fn new(v: i32) -> AtomicI32 {
                AtomicI32 { v: v }
            }
            pub fn load(&self, _order: Ordering) -> i32 {
                wasm::atomic::load(&self.v) as i32
            }
            pub fn store(&self, v: i32, _order: Ordering) {
                wasm::atomic::store(&self.v, v as usize);
            }
            pub fn swap(&self, v: i32, _order: Ordering) -> i32 {
                wasm::atomic::swap(&self.v, v as usize) as i32
            }
            pub fn fetch_add(&self, v: i32, _order: Ordering) -> i32 {
                wasm::atomic::fetch_add(&self.v, v as usize) as i32
            }
            pub fn fetch_sub(&self, v: i32, _order: Ordering) -> i32 {
                wasm::atomic::fetch_sub(&self.v, v as usize) as i32
            }
            pub fn compare_exchange(&self, current: i32, new: i32, _success: Ordering,
                                    _failure: Ordering) -> Result<i32, i32> {
                let old = wasm::atomic::compare_exchange(&self.v, current as usize, new as usize) as i32;
                if old == current { Ok(old) } else { Err(old) }
            }
            pub fn into_inner(self) -> i32 {
                self.v
            }
        }

        impl AtomicUsize {
            pub fn new(v: usize) -> AtomicUsize {
                AtomicUsize { v: v }
            }
            pub fn load(&self, _order: Ordering) -> usize {
                wasm::atomic::load(&self.v)
            }
            pub fn store(&self, v: usize, _order: Ordering) {
                wasm::atomic::store(&self.v, v);
            }
            pub fn swap(&self, v: usize, _order: Ordering) -> usize {
                wasm::atomic::swap(&self.v, v)
            }
            pub fn fetch_add(&self, v: usize, _order: Ordering) -> usize {
                wasm::atomic::fetch_add(&self.v, v)
            }
            pub fn fetch_sub(&self, v: usize, _order: Ordering) -> usize {
                wasm::atomic::fetch_sub(&self.v, v)
            }
            pub fn compare_exchange(&self, current: usize, new: usize, _success: Ordering,
                                    _failure: Ordering) -> Result<usize, usize> {
                let old = wasm::atomic::compare_exchange(&self.v, current, new);
                if old == current { Ok(old) } else { Err(old) }
            }
            pub fn into_inner(self) -> usize {
                self.v
            }
        }
    }
}
