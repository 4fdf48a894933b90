// Structured concurrency: wasm::thread::{scope, Scope, ScopedJoinHandle,
// TaskPanic, SharedSlice} and wasm::sync::atomic (docs/threads.md). These
// modules are reached only through `wasm::` paths (resolve.cpp), never as
// `std::thread` or `std::sync`: they are the dialect's, not Rust's.
//
// Where the runtime has workers (`wasm::task::workers()`), `s.spawn(f)`
// moves the task into a record on the heap and hands it to the runtime's
// queue as a `dyn TaskBody`; the workers run it over the shared memory,
// and `scope`/`join` run queued tasks themselves while they wait. Without
// workers (no shared memory), each task runs at its spawn, to completion,
// and tells the host (`wasm::task::ran_in_order`) so the run can say so.
// The thread-safety checker (check_threads.cpp) holds programs to what
// running tasks at once needs.
//
// SharedSlice is a (pointer, length) view of memory the caller lends for
// the scope; `chunks` and `chunks_mut` cut it into disjoint views, one per
// task. The atomics are 32-bit cells whose operations are the
// `wasm::atomic` intrinsics: the Wasm threads opcodes.

pub mod thread {
    // A task panicked. (In the in-order mode a panic ends the program, so
    // no value of this type is made there.)
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

    // The scope tasks are spawned in; `scope` lends it to its closure. Its
    // counters are cells the tasks' threads update with atomics.
    pub struct Scope {
        pending: usize,  // tasks given to the workers and not finished yet
        spawned: usize,  // tasks spawned so far: the next one's number
        panics: usize,   // tasks that panicked and were not joined
        panicked: usize, // 1 + the number of the first of them, or 0
    }

    // A spawned task's result, taken with `join`. In the in-order mode it
    // holds the value; in the threaded mode, the task's record.
    pub struct ScopedJoinHandle<T> {
        result: Option<T>,
        task: usize,   // the record's address (0: the task ran in order)
        vtable: usize, // its `dyn TaskBody` vtable
    }

    // Runs `f` with a scope; every task spawned in it has finished when
    // `scope` returns. Returns f's value, or the panic of a task whose
    // handle was not joined (`join` hands a panic to its caller instead).
    // While tasks are still running, this thread runs queued ones too.
    pub fn scope<R, F: FnOnce(&Scope) -> R>(f: F) -> Result<R, TaskPanic> {
        let s = Scope { pending: 0, spawned: 0, panics: 0, panicked: 0 };
        let value = f(&s);
        while wasm::atomic::load(&s.pending) != 0 {
            wasm::task::help();
        }
        if wasm::atomic::load(&s.panics) != 0 {
            let first = wasm::atomic::load(&s.panicked);
            return Err(TaskPanic { task: if first == 0 { 0 } else { first - 1 } });
        }
        Ok(value)
    }

    impl Scope {
        // Starts a task running `f`, joined at the end of the scope at the
        // latest. Where the runtime has workers, the task goes to their
        // queue (moved to the heap with its closure); otherwise it runs
        // now, to completion.
        pub fn spawn<T, F: FnOnce() -> T>(&self, f: F) -> ScopedJoinHandle<T> {
            let number = wasm::atomic::fetch_add(&self.spawned, 1);
            if wasm::task::workers() == 0 {
                wasm::task::ran_in_order();
                return ScopedJoinHandle { result: Some(f()), task: 0, vtable: 0 };
            }
            wasm::atomic::fetch_add(&self.pending, 1);
            let head = TaskHead { state: RUNNING, scope: wasm::mem::addr_of(self), number: number, result: None };
            let record: Task<T, F> = Task { head: head, f: Some(f) };
            let task: Box<dyn TaskBody> = Box::new(record);
            // A Box<dyn> is its block's address, then the vtable's.
            let at = wasm::mem::addr_of(&task);
            let data = wasm::mem::read::<usize>(at);
            let vtable = wasm::mem::read::<usize>(at + 4);
            wasm::mem::forget(task);
            wasm::task::spawn(data, vtable);
            ScopedJoinHandle { result: None, task: data, vtable: vtable }
        }
    }

    // A task's states; a handle dropped before its task ends detaches it,
    // and the task then frees its own record.
    const RUNNING: usize = 0;
    const DONE: usize = 1;
    const PANICKED: usize = 2;
    const DETACHED: usize = 3;

    // What the runtime's queue holds: a task as a `dyn TaskBody`, whose
    // vtable's first two methods the runtime's workers call (through the
    // module's exports __wasmrust_task_run and __wasmrust_task_fail).
    trait TaskBody {
        // Runs the task.
        fn run(&mut self);
        // `run` trapped (the task panicked): the record says so.
        fn fail(&mut self);
    }

    // The part of a task's record a handle reads, knowing only T.
    struct TaskHead<T> {
        state: usize,
        scope: usize,
        number: usize,
        result: Option<T>,
    }

    // A task's record on the heap: the head first, then the closure.
    struct Task<T, F> {
        head: TaskHead<T>,
        f: Option<F>,
    }

    impl<T, F: FnOnce() -> T> TaskBody for Task<T, F> {
        fn run(&mut self) {
            let f = self.f.take().unwrap();
            self.head.result = Some(f());
            self.finish(DONE);
        }

        fn fail(&mut self) {
            let scope = wasm::mem::ref_at::<Scope>(self.head.scope);
            wasm::atomic::fetch_add(&scope.panics, 1);
            wasm::atomic::compare_exchange(&scope.panicked, 0, self.head.number + 1);
            self.finish(PANICKED);
        }
    }

    impl<T, F> Task<T, F> {
        // The task has ended: its handle may take the result now, or the
        // task frees its record if the handle is gone. The scope's count
        // goes down last: once it is 0 the scope may end.
        fn finish(&mut self, state: usize) {
            let scope = self.head.scope;
            if wasm::atomic::swap(&self.head.state, state) == DETACHED {
                let at = wasm::mem::addr_of(self);
                wasm::mem::drop_in_place::<Task<T, F>>(at);
                wasm::heap::dealloc_array::<Task<T, F>>(at, 1);
            }
            wasm::atomic::fetch_sub(&wasm::mem::ref_at::<Scope>(scope).pending, 1);
        }
    }

    impl<T> ScopedJoinHandle<T> {
        // Waits for the task (running queued tasks meanwhile) and returns
        // its value, or its panic.
        pub fn join(mut self) -> Result<T, TaskPanic> {
            if self.task == 0 {
                let v = self.result.take().unwrap();
                wasm::mem::forget(self);
                return Ok(v);
            }
            let head = wasm::mem::ref_mut_at::<TaskHead<T>>(self.task);
            while wasm::atomic::load(&head.state) == RUNNING {
                wasm::task::help();
            }
            let outcome = match head.result.take() {
                Some(v) => Ok(v),
                None => {
                    // Joined: the panic is the caller's now, not the scope's.
                    let scope = wasm::mem::ref_at::<Scope>(head.scope);
                    wasm::atomic::fetch_sub(&scope.panics, 1);
                    wasm::atomic::compare_exchange(&scope.panicked, head.number + 1, 0);
                    Err(TaskPanic { task: head.number })
                }
            };
            self.free_task();
            wasm::mem::forget(self);
            outcome
        }

        pub fn is_finished(&self) -> bool {
            self.task == 0
                || wasm::atomic::load(&wasm::mem::ref_at::<TaskHead<T>>(self.task).state) != RUNNING
        }

        // Frees an ended task's record through its vtable (the handle
        // knows T but not the closure's type), as a Box<dyn TaskBody>.
        fn free_task(&self) {
            let words = [self.task, self.vtable];
            let task = wasm::mem::read::<Box<dyn TaskBody>>(wasm::mem::addr_of(&words));
            drop(task);
        }
    }

    impl<T> Drop for ScopedJoinHandle<T> {
        // Not joined: a running task is detached (it frees its own record
        // when it ends); an ended one is freed now.
        fn drop(&mut self) {
            if self.task == 0 {
                return;
            }
            let head = wasm::mem::ref_at::<TaskHead<T>>(self.task);
            if wasm::atomic::compare_exchange(&head.state, RUNNING, DETACHED) != RUNNING {
                self.free_task();
            }
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
