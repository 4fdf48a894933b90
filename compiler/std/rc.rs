// Shared ownership and interior mutability: std::rc::{Rc, Weak} and
// std::cell::{Cell, RefCell} with RefCell's Ref/RefMut guards.
//
// An Rc is the address of a heap block holding the strong and weak counts
// and the value; the last Rc drops the value, the last of all (Rc or Weak)
// frees the block. A RefCell keeps its borrow state beside the value: 0
// free, n > 0 shared borrows, -1 borrowed mutably. The guards update it
// when they are dropped. Changing a count or the state through `&self` is
// what interior mutability means; the state is written through its
// address (wasm::mem), which the borrow checker does not see.

pub mod rc {
    struct RcBox<T> {
        strong: usize,
        weak: usize,
        value: T,
    }

    pub struct Rc<T> {
        ptr: usize,
    }

    pub struct Weak<T> {
        ptr: usize,
    }

    fn counts<T>(ptr: usize) -> &'static mut RcBox<T> {
        wasm::mem::ref_mut_at::<RcBox<T>>(ptr)
    }

    impl<T> Rc<T> {
        pub fn new(value: T) -> Rc<T> {
            let ptr = wasm::heap::alloc_array::<RcBox<T>>(1);
            wasm::mem::write::<RcBox<T>>(ptr, RcBox { strong: 1, weak: 1, value: value });
            Rc { ptr: ptr }
        }

        pub fn strong_count(this: &Rc<T>) -> usize {
            counts::<T>(this.ptr).strong
        }

        // Weak references alive (the block's own implicit one not counted).
        pub fn weak_count(this: &Rc<T>) -> usize {
            counts::<T>(this.ptr).weak - 1
        }

        pub fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool {
            this.ptr == other.ptr
        }

        pub fn downgrade(this: &Rc<T>) -> Weak<T> {
            counts::<T>(this.ptr).weak += 1;
            Weak { ptr: this.ptr }
        }

        // The value when this is the only Rc, else the Rc back.
        pub fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>> {
            let b = counts::<T>(this.ptr);
            if b.strong != 1 {
                return Err(this);
            }
            let ptr = this.ptr;
            wasm::mem::forget(this);
            let value = wasm::mem::read::<T>(wasm::mem::addr_of(&b.value));
            b.strong = 0;
            b.weak -= 1;
            if b.weak == 0 {
                wasm::heap::dealloc_array::<RcBox<T>>(ptr, 1);
            }
            Ok(value)
        }

        pub fn get_mut(this: &mut Rc<T>) -> Option<&mut T> {
            let b = counts::<T>(this.ptr);
            if b.strong == 1 && b.weak == 1 {
                Some(&mut b.value)
            } else {
                None
            }
        }
    }

    impl<T> Deref for Rc<T> {
        type Target = T;
        fn deref(&self) -> &T {
            &counts::<T>(self.ptr).value
        }
    }

    impl<T> Clone for Rc<T> {
        fn clone(&self) -> Rc<T> {
            counts::<T>(self.ptr).strong += 1;
            Rc { ptr: self.ptr }
        }
    }

    impl<T> Drop for Rc<T> {
        fn drop(&mut self) {
            let b = counts::<T>(self.ptr);
            b.strong -= 1;
            if b.strong == 0 {
                wasm::mem::drop_in_place::<T>(wasm::mem::addr_of(&b.value));
                b.weak -= 1;
                if b.weak == 0 {
                    wasm::heap::dealloc_array::<RcBox<T>>(self.ptr, 1);
                }
            }
        }
    }

    impl<T: PartialEq> PartialEq for Rc<T> {
        fn eq(&self, other: &Rc<T>) -> bool {
            **self == **other
        }
    }

    impl<T: super::fmt::Display> super::fmt::Display for Rc<T> {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            write!(f, "{}", **self)
        }
    }

    impl<T: super::fmt::Debug> super::fmt::Debug for Rc<T> {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            if f.alternate() {
                write!(f, "{:#?}", **self)
            } else {
                write!(f, "{:?}", **self)
            }
        }
    }

    impl<T> Weak<T> {
        // A Weak that never upgrades.
        pub fn new() -> Weak<T> {
            Weak { ptr: 0 }
        }

        pub fn upgrade(&self) -> Option<Rc<T>> {
            if self.ptr == 0 {
                return None;
            }
            let b = counts::<T>(self.ptr);
            if b.strong == 0 {
                None
            } else {
                b.strong += 1;
                Some(Rc { ptr: self.ptr })
            }
        }

        pub fn strong_count(&self) -> usize {
            if self.ptr == 0 {
                0
            } else {
                counts::<T>(self.ptr).strong
            }
        }
    }

    impl<T> Clone for Weak<T> {
        fn clone(&self) -> Weak<T> {
            if self.ptr != 0 {
                counts::<T>(self.ptr).weak += 1;
            }
            Weak { ptr: self.ptr }
        }
    }

    impl<T> Drop for Weak<T> {
        fn drop(&mut self) {
            if self.ptr == 0 {
                return;
            }
            let b = counts::<T>(self.ptr);
            b.weak -= 1;
            if b.weak == 0 {
                wasm::heap::dealloc_array::<RcBox<T>>(self.ptr, 1);
            }
        }
    }

    impl<T> super::fmt::Debug for Weak<T> {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            write!(f, "(Weak)")
        }
    }
}

pub mod cell {
    pub struct Cell<T> {
        value: T,
    }

    impl<T: Copy> Cell<T> {
        pub fn new(value: T) -> Cell<T> {
            Cell { value: value }
        }

        pub fn get(&self) -> T {
            self.value
        }

        pub fn set(&self, value: T) {
            *wasm::mem::ref_mut_at::<T>(wasm::mem::addr_of(&self.value)) = value;
        }

        pub fn replace(&self, value: T) -> T {
            let old = self.value;
            self.set(value);
            old
        }

        pub fn into_inner(self) -> T {
            self.value
        }
    }

    impl<T: Copy + super::fmt::Debug> super::fmt::Debug for Cell<T> {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            let value = self.value;
            f.debug_struct("Cell").field("value", &value).finish()
        }
    }

    pub struct RefCell<T> {
        borrow: isize,
        value: T,
    }

    pub struct Ref<'b, T> {
        value: &'b T,
        state: usize,
    }

    pub struct RefMut<'b, T> {
        value: &'b mut T,
        state: usize,
    }

    impl<T> RefCell<T> {
        pub fn new(value: T) -> RefCell<T> {
            RefCell { borrow: 0, value: value }
        }

        fn state(&self) -> &mut isize {
            wasm::mem::ref_mut_at::<isize>(wasm::mem::addr_of(&self.borrow))
        }

        #[track_caller]
        pub fn borrow(&self) -> Ref<T> {
            let state = self.state();
            if *state < 0 {
                panic!("already mutably borrowed: BorrowError");
            }
            *state += 1;
            Ref { value: &self.value, state: wasm::mem::addr_of(&self.borrow) }
        }

        #[track_caller]
        pub fn borrow_mut(&self) -> RefMut<T> {
            let state = self.state();
            if *state != 0 {
                panic!("already borrowed: BorrowMutError");
            }
            *state = -1;
            RefMut {
                value: wasm::mem::ref_mut_at::<T>(wasm::mem::addr_of(&self.value)),
                state: wasm::mem::addr_of(&self.borrow),
            }
        }

        pub fn try_borrow(&self) -> Result<Ref<T>, ()> {
            if *self.state() < 0 {
                Err(())
            } else {
                Ok(self.borrow())
            }
        }

        pub fn try_borrow_mut(&self) -> Result<RefMut<T>, ()> {
            if *self.state() != 0 {
                Err(())
            } else {
                Ok(self.borrow_mut())
            }
        }

        pub fn get_mut(&mut self) -> &mut T {
            &mut self.value
        }

        pub fn into_inner(self) -> T {
            self.value
        }

        #[track_caller]
        pub fn replace(&self, value: T) -> T {
            let mut guard = self.borrow_mut();
            std::mem::replace(&mut *guard, value)
        }
    }

    impl<'b, T> Deref for Ref<'b, T> {
        type Target = T;
        fn deref(&self) -> &T {
            self.value
        }
    }

    impl<'b, T> Drop for Ref<'b, T> {
        fn drop(&mut self) {
            *wasm::mem::ref_mut_at::<isize>(self.state) -= 1;
        }
    }

    impl<'b, T> Deref for RefMut<'b, T> {
        type Target = T;
        fn deref(&self) -> &T {
            self.value
        }
    }

    impl<'b, T> DerefMut for RefMut<'b, T> {
        fn deref_mut(&mut self) -> &mut T {
            self.value
        }
    }

    impl<'b, T> Drop for RefMut<'b, T> {
        fn drop(&mut self) {
            *wasm::mem::ref_mut_at::<isize>(self.state) = 0;
        }
    }

    impl<T: Clone> Clone for RefCell<T> {
        fn clone(&self) -> RefCell<T> {
            RefCell::new(self.borrow().clone())
        }
    }

    impl<T: super::fmt::Debug> super::fmt::Debug for RefCell<T> {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            if *self.state() >= 0 {
                f.debug_struct("RefCell").field("value", &self.value).finish()
            } else if f.alternate() {
                write!(f, "RefCell {{\n    value: <borrowed>,\n}}")
            } else {
                write!(f, "RefCell {{ value: <borrowed> }}")
            }
        }
    }

    impl<'b, T: super::fmt::Debug> super::fmt::Debug for Ref<'b, T> {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            if f.alternate() {
                write!(f, "{:#?}", *self.value)
            } else {
                write!(f, "{:?}", *self.value)
            }
        }
    }

    impl<'b, T: super::fmt::Display> super::fmt::Display for Ref<'b, T> {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            write!(f, "{}", *self.value)
        }
    }
}
