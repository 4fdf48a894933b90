// Box<T>: one T in its own heap block. `*b`, `b.field` and `b.method()`
// reach the T through Deref (the checker inserts the calls); dropping the
// box drops the T and frees the block.

#[lang(owned_box)]
pub struct Box<T> {
    ptr: usize,
}

impl<T> Box<T> {
    pub fn new(value: T) -> Box<T> {
        let ptr = wasm::heap::alloc_array::<T>(1);
        wasm::mem::write::<T>(ptr, value);
        Box { ptr: ptr }
    }
}

impl<T> Deref for Box<T> {
    type Target = T;
    fn deref(&self) -> &T {
        wasm::mem::ref_at::<T>(self.ptr)
    }
}

impl<T> DerefMut for Box<T> {
    fn deref_mut(&mut self) -> &mut T {
        wasm::mem::ref_mut_at::<T>(self.ptr)
    }
}

impl<T> Drop for Box<T> {
    fn drop(&mut self) {
        wasm::mem::drop_in_place::<T>(self.ptr);
        wasm::heap::dealloc_array::<T>(self.ptr, 1);
    }
}

impl<T: Clone> Clone for Box<T> {
    fn clone(&self) -> Box<T> {
        Box::new((**self).clone())
    }
}

impl<T: PartialEq> PartialEq for Box<T> {
    fn eq(&self, other: &Box<T>) -> bool {
        **self == **other
    }
}
