// More iterator methods, a trait of their own beside IteratorMethods
// (iter.rs) so that each stays readable: `max_by`/`min_by` with a
// comparing closure, `scan`, `inspect`, `flat_map` and `flatten` (of
// anything iterable: Vecs, ranges, Options), and the short-circuiting
// `try_fold`/`try_for_each`, which stop at the first `None` or `Err` the
// closure returns (WasmTry stands in for Rust's unstable Try trait).

// What `try_fold` can fold into: an Option or a Result, which either goes
// on with a value or stops with itself.
pub trait WasmTry<B> {
    fn wasm_branch(self) -> Result<B, Self>;
    fn wasm_from_output(value: B) -> Self;
}

impl<B> WasmTry<B> for Option<B> {
    fn wasm_branch(self) -> Result<B, Option<B>> {
        match self {
            Some(b) => Ok(b),
            None => Err(None),
        }
    }

    fn wasm_from_output(value: B) -> Option<B> {
        Some(value)
    }
}

impl<B, E> WasmTry<B> for Result<B, E> {
    fn wasm_branch(self) -> Result<B, Result<B, E>> {
        match self {
            Ok(b) => Ok(b),
            Err(e) => Err(Err(e)),
        }
    }

    fn wasm_from_output(value: B) -> Result<B, E> {
        Ok(value)
    }
}

pub trait IteratorMoreMethods<T> {
    fn max_by<F: FnMut(&T, &T) -> cmp::Ordering>(self, compare: F) -> Option<T>;
    fn min_by<F: FnMut(&T, &T) -> cmp::Ordering>(self, compare: F) -> Option<T>;
    fn scan<S, B, F: FnMut(&mut S, T) -> Option<B>>(self, state: S, f: F) -> Scan<Self, S, F>;
    fn inspect<F: FnMut(&T)>(self, f: F) -> Inspect<Self, F>;
    fn flat_map<J: Iterator, K: IntoIterator<J>, F: FnMut(T) -> K>(self, f: F) -> FlatMap<Self, F, J>;
    fn try_fold<B, R: WasmTry<B>, F: FnMut(B, T) -> R>(&mut self, init: B, f: F) -> R;
    fn try_for_each<R: WasmTry<()>, F: FnMut(T) -> R>(&mut self, f: F) -> R;
}

impl<T, I: Iterator<Item = T>> IteratorMoreMethods<T> for I {
    // Of equal items, `max_by` keeps the last and `min_by` the first.
    fn max_by<F: FnMut(&T, &T) -> cmp::Ordering>(mut self, mut compare: F) -> Option<T> {
        let mut best = self.next()?;
        while let Some(x) = self.next() {
            if compare(&best, &x) != cmp::Ordering::Greater {
                best = x;
            }
        }
        Some(best)
    }

    fn min_by<F: FnMut(&T, &T) -> cmp::Ordering>(mut self, mut compare: F) -> Option<T> {
        let mut best = self.next()?;
        while let Some(x) = self.next() {
            if compare(&best, &x) == cmp::Ordering::Greater {
                best = x;
            }
        }
        Some(best)
    }

    fn scan<S, B, F: FnMut(&mut S, T) -> Option<B>>(self, state: S, f: F) -> Scan<I, S, F> {
        Scan { iter: self, state: state, f: f }
    }

    fn inspect<F: FnMut(&T)>(self, f: F) -> Inspect<I, F> {
        Inspect { iter: self, f: f }
    }

    fn flat_map<J: Iterator, K: IntoIterator<J>, F: FnMut(T) -> K>(self, f: F) -> FlatMap<I, F, J> {
        FlatMap { iter: self, f: f, inner: None }
    }

    fn try_fold<B, R: WasmTry<B>, F: FnMut(B, T) -> R>(&mut self, init: B, mut f: F) -> R {
        let mut acc = init;
        while let Some(x) = self.next() {
            match f(acc, x).wasm_branch() {
                Ok(b) => acc = b,
                Err(stop) => return stop,
            }
        }
        R::wasm_from_output(acc)
    }

    fn try_for_each<R: WasmTry<()>, F: FnMut(T) -> R>(&mut self, mut f: F) -> R {
        while let Some(x) = self.next() {
            match f(x).wasm_branch() {
                Ok(_) => {}
                Err(stop) => return stop,
            }
        }
        R::wasm_from_output(())
    }
}

// `partition` into two Vecs of the items or, for `&T` items of a Copy T,
// of their values (Rust's is into any `Default + Extend` collection). A
// trait of its own: its bound on the item type is for this method only.
pub trait IteratorPartition<A, U> {
    fn partition<F: FnMut(&A) -> bool>(self, f: F) -> (Vec<U>, Vec<U>);
}

impl<U, A: WasmExtendItem<U>, I: Iterator<Item = A>> IteratorPartition<A, U> for I {
    fn partition<F: FnMut(&A) -> bool>(mut self, mut f: F) -> (Vec<U>, Vec<U>) {
        let mut yes: Vec<U> = Vec::new();
        let mut no: Vec<U> = Vec::new();
        while let Some(x) = self.next() {
            if f(&x) {
                yes.push(A::wasm_item(x));
            } else {
                no.push(A::wasm_item(x));
            }
        }
        (yes, no)
    }
}

// `flatten` needs items that are themselves iterable: an impl of its own.
pub trait IteratorFlatten<J> {
    fn flatten(self) -> Flatten<Self, J>;
}

impl<J: Iterator, K: IntoIterator<J>, I: Iterator<Item = K>> IteratorFlatten<J> for I {
    fn flatten(self) -> Flatten<I, J> {
        Flatten { iter: self, inner: None }
    }
}

pub struct Scan<I, S, F> {
    iter: I,
    state: S,
    f: F,
}

impl<A, B, S, I: Iterator<Item = A>, F: FnMut(&mut S, A) -> Option<B>> Iterator for Scan<I, S, F> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        let x = self.iter.next()?;
        (self.f)(&mut self.state, x)
    }
}

pub struct Inspect<I, F> {
    iter: I,
    f: F,
}

impl<A, I: Iterator<Item = A>, F: FnMut(&A)> Iterator for Inspect<I, F> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        let x = self.iter.next()?;
        (self.f)(&x);
        Some(x)
    }
}

pub struct FlatMap<I, F, J> {
    iter: I,
    f: F,
    inner: Option<J>,
}

impl<A, B, J: Iterator<Item = B>, K: IntoIterator<J>, I: Iterator<Item = A>, F: FnMut(A) -> K> Iterator
    for FlatMap<I, F, J>
{
    type Item = B;
    fn next(&mut self) -> Option<B> {
        loop {
            if let Some(inner) = &mut self.inner {
                if let Some(x) = inner.next() {
                    return Some(x);
                }
            }
            match self.iter.next() {
                Some(a) => self.inner = Some((self.f)(a).wasm_into_iter()),
                None => return None,
            }
        }
    }
}

pub struct Flatten<I, J> {
    iter: I,
    inner: Option<J>,
}

impl<B, J: Iterator<Item = B>, K: IntoIterator<J>, I: Iterator<Item = K>> Iterator for Flatten<I, J> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        loop {
            if let Some(inner) = &mut self.inner {
                if let Some(x) = inner.next() {
                    return Some(x);
                }
            }
            match self.iter.next() {
                Some(k) => self.inner = Some(k.wasm_into_iter()),
                None => return None,
            }
        }
    }
}

// `rposition` searches from the back, so it needs an iterator that can be
// advanced from there and knows how many items are left.
pub trait IteratorRposition<T> {
    fn rposition<P: FnMut(T) -> bool>(&mut self, predicate: P) -> Option<usize>;
}

impl<T, I: Iterator<Item = T> + DoubleEndedIterator<T> + ExactSizeIterator> IteratorRposition<T>
    for I
{
    fn rposition<P: FnMut(T) -> bool>(&mut self, mut predicate: P) -> Option<usize> {
        let mut i = self.len();
        while let Some(x) = self.next_back() {
            i -= 1;
            if predicate(x) {
                return Some(i);
            }
        }
        None
    }
}

// Two iterators compared item by item (`w.chars().eq(w.chars().rev())`):
// the items must compare, so an impl of its own. Rust takes any
// IntoIterator as the other side; here it is an iterator.
pub trait IteratorEq<T> {
    fn eq<J: Iterator<Item = T>>(self, other: J) -> bool;
    fn ne<J: Iterator<Item = T>>(self, other: J) -> bool;
}

impl<T: PartialEq, I: Iterator<Item = T>> IteratorEq<T> for I {
    fn eq<J: Iterator<Item = T>>(mut self, mut other: J) -> bool {
        loop {
            match (self.next(), other.next()) {
                (None, None) => return true,
                (Some(a), Some(b)) => {
                    if a != b {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }

    fn ne<J: Iterator<Item = T>>(self, other: J) -> bool {
        !self.eq(other)
    }
}
