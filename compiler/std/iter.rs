// Iterators as values: the sources (`iter()`, `iter_mut()`, `into_iter()`
// of slices and Vecs, `chars()`, `bytes()`, `split_whitespace()` and
// `lines()` of str, ranges), the adapters (`map`, `filter`, ...) and the
// consumers (`sum`, `collect`, ...). The Iterator trait itself is known to
// the checker; everything an iterator can do beyond `next` is a method of
// `IteratorMethods<T>`, implemented once for every `I: Iterator<Item = T>`,
// so `it.map(f)` works on the program's own iterators too. The checker
// solves an adapter's item type from its impl's bounds (check_iter.cpp);
// like all generic prelude code, only what a program uses is lowered.
// `for` loops over a plain `v.iter()`, `&v`, `s.chars()` or a range keep
// their own lowering (lower_control.cpp) and never reach these.

// ----------------------------------------------------------------- traits

// Iterators that can also be advanced from the back (for `rev`).
pub trait DoubleEndedIterator<T> {
    fn next_back(&mut self) -> Option<T>;
}

// Iterators that know how many items are left (for `rev` of `enumerate`
// and `zip`, which count or trim from the back).
pub trait ExactSizeIterator {
    fn len(&self) -> usize;
}

// What `collect` can build.
pub trait FromIterator<A> {
    fn from_iter<I: Iterator<Item = A>>(iter: I) -> Self;
}

// What `sum` and `product` can produce from items of type A.
pub trait Sum<A> {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}

pub trait Product<A> {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}

// The numbers `sum` and `product` and ranges work with.
pub trait WasmNum: Copy + PartialOrd {
    fn wasm_zero() -> Self;
    fn wasm_one() -> Self;
    fn wasm_add(self, other: Self) -> Self;
    fn wasm_sub(self, other: Self) -> Self;
    fn wasm_mul(self, other: Self) -> Self;
}

impl<T: WasmNum> Sum<T> for T {
    fn sum<I: Iterator<Item = T>>(mut iter: I) -> T {
        let mut acc = T::wasm_zero();
        while let Some(x) = iter.next() {
            acc = acc.wasm_add(x);
        }
        acc
    }
}

impl<'a, T: WasmNum> Sum<&'a T> for T {
    fn sum<I: Iterator<Item = &'a T>>(mut iter: I) -> T {
        let mut acc = T::wasm_zero();
        while let Some(x) = iter.next() {
            acc = acc.wasm_add(*x);
        }
        acc
    }
}

impl<T: WasmNum> Product<T> for T {
    fn product<I: Iterator<Item = T>>(mut iter: I) -> T {
        let mut acc = T::wasm_one();
        while let Some(x) = iter.next() {
            acc = acc.wasm_mul(x);
        }
        acc
    }
}

impl<'a, T: WasmNum> Product<&'a T> for T {
    fn product<I: Iterator<Item = &'a T>>(mut iter: I) -> T {
        let mut acc = T::wasm_one();
        while let Some(x) = iter.next() {
            acc = acc.wasm_mul(*x);
        }
        acc
    }
}

impl<A> FromIterator<A> for Vec<A> {
    fn from_iter<I: Iterator<Item = A>>(mut iter: I) -> Vec<A> {
        let mut v = Vec::new();
        while let Some(x) = iter.next() {
            v.push(x);
        }
        v
    }
}

impl FromIterator<char> for String {
    fn from_iter<I: Iterator<Item = char>>(mut iter: I) -> String {
        let mut s = String::new();
        while let Some(c) = iter.next() {
            s.push(c);
        }
        s
    }
}

impl<'a> FromIterator<&'a char> for String {
    fn from_iter<I: Iterator<Item = &'a char>>(mut iter: I) -> String {
        let mut s = String::new();
        while let Some(c) = iter.next() {
            s.push(*c);
        }
        s
    }
}

impl<'a> FromIterator<&'a str> for String {
    fn from_iter<I: Iterator<Item = &'a str>>(mut iter: I) -> String {
        let mut s = String::new();
        while let Some(t) = iter.next() {
            s.push_str(t);
        }
        s
    }
}

impl FromIterator<String> for String {
    fn from_iter<I: Iterator<Item = String>>(mut iter: I) -> String {
        let mut s = String::new();
        while let Some(t) = iter.next() {
            s.push_str(&t);
        }
        s
    }
}

// `collect` into `Result<V, E>` (and `Option<V>`): the items' values go
// into V until the first `Err` (or `None`), which is then the result. The
// shunt hands V the values and keeps that first error where the caller
// reads it afterwards.
pub struct WasmResultShunt<'a, I, E> {
    iter: I,
    error: &'a mut Option<E>,
}

impl<'a, T, E, I: Iterator<Item = Result<T, E>>> Iterator for WasmResultShunt<'a, I, E> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some(Ok(v)) => Some(v),
            Some(Err(e)) => {
                *self.error = Some(e);
                None
            }
            None => None,
        }
    }
}

impl<T, E, V: FromIterator<T>> FromIterator<Result<T, E>> for Result<V, E> {
    fn from_iter<I: Iterator<Item = Result<T, E>>>(iter: I) -> Result<V, E> {
        let mut error: Option<E> = None;
        let v = V::from_iter(WasmResultShunt { iter: iter, error: &mut error });
        match error {
            Some(e) => Err(e),
            None => Ok(v),
        }
    }
}

pub struct WasmOptionShunt<'a, I> {
    iter: I,
    failed: &'a mut bool,
}

impl<'a, T, I: Iterator<Item = Option<T>>> Iterator for WasmOptionShunt<'a, I> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some(Some(v)) => Some(v),
            Some(None) => {
                *self.failed = true;
                None
            }
            None => None,
        }
    }
}

impl<T, V: FromIterator<T>> FromIterator<Option<T>> for Option<V> {
    fn from_iter<I: Iterator<Item = Option<T>>>(iter: I) -> Option<V> {
        let mut failed = false;
        let v = V::from_iter(WasmOptionShunt { iter: iter, failed: &mut failed });
        if failed { None } else { Some(v) }
    }
}

// What `zip`, `chain` and `Vec::extend` accept: an iterator, or a Vec or
// slice they iterate (`&v` by reference, `v` by value). Rust names the
// iterator with an associated type; here it is the parameter J, and the
// method has a name of its own so that it never meets Vec's inherent
// `into_iter` (which wins on a `&Vec` receiver). The impl for every
// iterator comes last: the checker takes the first impl whose self type
// fits.
pub trait IntoIterator<J> {
    fn wasm_into_iter(self) -> J;
}

impl<'a, T> IntoIterator<Iter<'a, T>> for &'a Vec<T> {
    fn wasm_into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator<Iter<'a, T>> for &'a [T] {
    fn wasm_into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator<IterMut<'a, T>> for &'a mut Vec<T> {
    fn wasm_into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

impl<'a, T> IntoIterator<IterMut<'a, T>> for &'a mut [T] {
    fn wasm_into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

impl<T> IntoIterator<IntoIter<T>> for Vec<T> {
    fn wasm_into_iter(self) -> IntoIter<T> {
        self.into_iter()
    }
}

impl<T> IntoIterator<WasmOptionIter<T>> for Option<T> {
    fn wasm_into_iter(self) -> WasmOptionIter<T> {
        WasmOptionIter { value: self }
    }
}

impl<'a, T> IntoIterator<vec_deque::Iter<'a, T>> for &'a vec_deque::VecDeque<T> {
    fn wasm_into_iter(self) -> vec_deque::Iter<'a, T> {
        self.iter()
    }
}

impl<T> IntoIterator<vec_deque::IntoIter<T>> for vec_deque::VecDeque<T> {
    fn wasm_into_iter(self) -> vec_deque::IntoIter<T> {
        self.into_iter()
    }
}

impl<T, I: Iterator<Item = T>> IntoIterator<I> for I {
    fn wasm_into_iter(self) -> I {
        self
    }
}

// An Option as an iterable (`flatten` of Options): its value, if any.
pub struct WasmOptionIter<T> {
    value: Option<T>,
}

impl<T> Iterator for WasmOptionIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.value.take()
    }
}

// The items `Vec<T>::extend` takes: T itself or, when T is Copy, `&T`
// (Rust's `Extend<T>` and `Extend<&T>` impls for Vec).
pub trait WasmExtendItem<T> {
    fn wasm_item(self) -> T;
}

impl<T> WasmExtendItem<T> for T {
    fn wasm_item(self) -> T {
        self
    }
}

impl<'a, T: Copy> WasmExtendItem<T> for &'a T {
    fn wasm_item(self) -> T {
        *self
    }
}

impl<T> Vec<T> {
    pub fn extend<A: WasmExtendItem<T>, J: Iterator<Item = A>, K: IntoIterator<J>>(
        &mut self,
        iter: K,
    ) {
        let mut it = iter.wasm_into_iter();
        while let Some(x) = it.next() {
            self.push(A::wasm_item(x));
        }
    }
}

// ------------------------------------------------ adapters and consumers

pub trait IteratorMethods<T> {
    fn map<B, F: FnMut(T) -> B>(self, f: F) -> Map<Self, F>;
    fn filter<P: FnMut(&T) -> bool>(self, predicate: P) -> Filter<Self, P>;
    fn filter_map<B, F: FnMut(T) -> Option<B>>(self, f: F) -> FilterMap<Self, F>;
    fn enumerate(self) -> Enumerate<Self>;
    fn skip(self, n: usize) -> Skip<Self>;
    fn take(self, n: usize) -> Take<Self>;
    fn step_by(self, step: usize) -> StepBy<Self>;
    fn zip<J: Iterator, K: IntoIterator<J>>(self, other: K) -> Zip<Self, J>;
    fn chain<J: Iterator<Item = T>, K: IntoIterator<J>>(self, other: K) -> Chain<Self, J>;
    fn take_while<P: FnMut(&T) -> bool>(self, predicate: P) -> TakeWhile<Self, P>;
    fn skip_while<P: FnMut(&T) -> bool>(self, predicate: P) -> SkipWhile<Self, P>;
    fn peekable(self) -> Peekable<Self, T>;
    fn cloned(self) -> Cloned<Self>;
    fn copied(self) -> Copied<Self>;

    fn count(self) -> usize;
    fn last(self) -> Option<T>;
    fn nth(&mut self, n: usize) -> Option<T>;
    fn fold<B, F: FnMut(B, T) -> B>(self, init: B, f: F) -> B;
    fn for_each<F: FnMut(T)>(self, f: F);
    fn any<P: FnMut(T) -> bool>(&mut self, predicate: P) -> bool;
    fn all<P: FnMut(T) -> bool>(&mut self, predicate: P) -> bool;
    fn find<P: FnMut(&T) -> bool>(&mut self, predicate: P) -> Option<T>;
    fn find_map<B, F: FnMut(T) -> Option<B>>(&mut self, f: F) -> Option<B>;
    fn position<P: FnMut(T) -> bool>(&mut self, predicate: P) -> Option<usize>;
    fn max_by_key<B: Ord, F: FnMut(&T) -> B>(self, f: F) -> Option<T>;
    fn min_by_key<B: Ord, F: FnMut(&T) -> B>(self, f: F) -> Option<T>;
    fn sum<S: Sum<T>>(self) -> S;
    fn product<S: Product<T>>(self) -> S;
    fn collect<B: FromIterator<T>>(self) -> B;
}

impl<T, I: Iterator<Item = T>> IteratorMethods<T> for I {
    fn map<B, F: FnMut(T) -> B>(self, f: F) -> Map<I, F> {
        Map { iter: self, f: f }
    }

    fn filter<P: FnMut(&T) -> bool>(self, predicate: P) -> Filter<I, P> {
        Filter { iter: self, predicate: predicate }
    }

    fn filter_map<B, F: FnMut(T) -> Option<B>>(self, f: F) -> FilterMap<I, F> {
        FilterMap { iter: self, f: f }
    }

    fn enumerate(self) -> Enumerate<I> {
        Enumerate { iter: self, count: 0 }
    }

    fn skip(self, n: usize) -> Skip<I> {
        Skip { iter: self, n: n }
    }

    fn take(self, n: usize) -> Take<I> {
        Take { iter: self, n: n }
    }

    #[track_caller]
    fn step_by(self, step: usize) -> StepBy<I> {
        if step == 0 {
            panic!("assertion failed: step != 0");
        }
        StepBy { iter: self, step: step - 1, first: true }
    }

    fn zip<J: Iterator, K: IntoIterator<J>>(self, other: K) -> Zip<I, J> {
        Zip { a: self, b: other.wasm_into_iter() }
    }

    fn chain<J: Iterator<Item = T>, K: IntoIterator<J>>(self, other: K) -> Chain<I, J> {
        Chain { a: self, b: other.wasm_into_iter(), a_done: false }
    }

    fn take_while<P: FnMut(&T) -> bool>(self, predicate: P) -> TakeWhile<I, P> {
        TakeWhile { iter: self, predicate: predicate, done: false }
    }

    fn skip_while<P: FnMut(&T) -> bool>(self, predicate: P) -> SkipWhile<I, P> {
        SkipWhile { iter: self, predicate: predicate, started: false }
    }

    fn peekable(self) -> Peekable<I, T> {
        Peekable { iter: self, peeked: None }
    }

    fn cloned(self) -> Cloned<I> {
        Cloned { iter: self }
    }

    fn copied(self) -> Copied<I> {
        Copied { iter: self }
    }

    fn count(mut self) -> usize {
        let mut n = 0;
        while let Some(_) = self.next() {
            n += 1;
        }
        n
    }

    fn last(mut self) -> Option<T> {
        let mut last = None;
        while let Some(x) = self.next() {
            last = Some(x);
        }
        last
    }

    fn nth(&mut self, n: usize) -> Option<T> {
        let mut left = n;
        while let Some(x) = self.next() {
            if left == 0 {
                return Some(x);
            }
            left -= 1;
        }
        None
    }

    fn fold<B, F: FnMut(B, T) -> B>(mut self, init: B, mut f: F) -> B {
        let mut acc = init;
        while let Some(x) = self.next() {
            acc = f(acc, x);
        }
        acc
    }

    fn for_each<F: FnMut(T)>(mut self, mut f: F) {
        while let Some(x) = self.next() {
            f(x);
        }
    }

    fn any<P: FnMut(T) -> bool>(&mut self, mut predicate: P) -> bool {
        while let Some(x) = self.next() {
            if predicate(x) {
                return true;
            }
        }
        false
    }

    fn all<P: FnMut(T) -> bool>(&mut self, mut predicate: P) -> bool {
        while let Some(x) = self.next() {
            if !predicate(x) {
                return false;
            }
        }
        true
    }

    fn find<P: FnMut(&T) -> bool>(&mut self, mut predicate: P) -> Option<T> {
        while let Some(x) = self.next() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }

    fn find_map<B, F: FnMut(T) -> Option<B>>(&mut self, mut f: F) -> Option<B> {
        while let Some(x) = self.next() {
            let r = f(x);
            if r.is_some() {
                return r;
            }
        }
        None
    }

    fn position<P: FnMut(T) -> bool>(&mut self, mut predicate: P) -> Option<usize> {
        let mut i = 0;
        while let Some(x) = self.next() {
            if predicate(x) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    fn max_by_key<B: Ord, F: FnMut(&T) -> B>(mut self, mut f: F) -> Option<T> {
        let mut best = self.next()?;
        let mut best_key = f(&best);
        while let Some(x) = self.next() {
            let key = f(&x);
            if best_key <= key {
                best = x;
                best_key = key;
            }
        }
        Some(best)
    }

    fn min_by_key<B: Ord, F: FnMut(&T) -> B>(mut self, mut f: F) -> Option<T> {
        let mut best = self.next()?;
        let mut best_key = f(&best);
        while let Some(x) = self.next() {
            let key = f(&x);
            if key < best_key {
                best = x;
                best_key = key;
            }
        }
        Some(best)
    }

    fn sum<S: Sum<T>>(self) -> S {
        S::sum(self)
    }

    fn product<S: Product<T>>(self) -> S {
        S::product(self)
    }

    fn collect<B: FromIterator<T>>(self) -> B {
        B::from_iter(self)
    }
}

// `rev` needs an iterator that can be advanced from the back: an impl of
// its own, so that other iterators do not offer it.
pub trait IteratorRev<T> {
    fn rev(self) -> Rev<Self>;
}

impl<T, I: Iterator<Item = T> + DoubleEndedIterator<T>> IteratorRev<T> for I {
    fn rev(self) -> Rev<I> {
        Rev { iter: self }
    }
}

// `max` and `min` need `Ord` items: an impl of their own, so that the
// bound does not reach the other methods.
pub trait IteratorMinMax<T> {
    fn max(self) -> Option<T>;
    fn min(self) -> Option<T>;
}

impl<T: Ord, I: Iterator<Item = T>> IteratorMinMax<T> for I {
    // Of equal items, `max` keeps the last and `min` the first, as Rust's do.
    fn max(mut self) -> Option<T> {
        let mut best = self.next()?;
        while let Some(x) = self.next() {
            if best <= x {
                best = x;
            }
        }
        Some(best)
    }

    fn min(mut self) -> Option<T> {
        let mut best = self.next()?;
        while let Some(x) = self.next() {
            if x < best {
                best = x;
            }
        }
        Some(best)
    }
}

pub struct Map<I, F> {
    iter: I,
    f: F,
}

impl<A, B, I: Iterator<Item = A>, F: FnMut(A) -> B> Iterator for Map<I, F> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        match self.iter.next() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}

impl<A, B, I: Iterator<Item = A> + DoubleEndedIterator<A>, F: FnMut(A) -> B> DoubleEndedIterator<B>
    for Map<I, F>
{
    fn next_back(&mut self) -> Option<B> {
        match self.iter.next_back() {
            Some(x) => Some((self.f)(x)),
            None => None,
        }
    }
}

impl<I: ExactSizeIterator, F> ExactSizeIterator for Map<I, F> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}

pub struct Filter<I, P> {
    iter: I,
    predicate: P,
}

impl<T, I: Iterator<Item = T>, P: FnMut(&T) -> bool> Iterator for Filter<I, P> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        while let Some(x) = self.iter.next() {
            if (self.predicate)(&x) {
                return Some(x);
            }
        }
        None
    }
}

impl<T, I: Iterator<Item = T> + DoubleEndedIterator<T>, P: FnMut(&T) -> bool> DoubleEndedIterator<T>
    for Filter<I, P>
{
    fn next_back(&mut self) -> Option<T> {
        while let Some(x) = self.iter.next_back() {
            if (self.predicate)(&x) {
                return Some(x);
            }
        }
        None
    }
}

pub struct FilterMap<I, F> {
    iter: I,
    f: F,
}

impl<A, B, I: Iterator<Item = A>, F: FnMut(A) -> Option<B>> Iterator for FilterMap<I, F> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        while let Some(x) = self.iter.next() {
            let r = (self.f)(x);
            if r.is_some() {
                return r;
            }
        }
        None
    }
}

pub struct Enumerate<I> {
    iter: I,
    count: usize,
}

impl<T, I: Iterator<Item = T>> Iterator for Enumerate<I> {
    type Item = (usize, T);
    fn next(&mut self) -> Option<(usize, T)> {
        match self.iter.next() {
            Some(x) => {
                let i = self.count;
                self.count += 1;
                Some((i, x))
            }
            None => None,
        }
    }
}

impl<T, I: Iterator<Item = T> + DoubleEndedIterator<T> + ExactSizeIterator> DoubleEndedIterator<(usize, T)>
    for Enumerate<I>
{
    fn next_back(&mut self) -> Option<(usize, T)> {
        let x = self.iter.next_back()?;
        let len = self.iter.len();
        Some((self.count + len, x))
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Enumerate<I> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}

pub struct Rev<I> {
    iter: I,
}

impl<T, I: Iterator<Item = T> + DoubleEndedIterator<T>> Iterator for Rev<I> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.iter.next_back()
    }
}

impl<T, I: Iterator<Item = T> + DoubleEndedIterator<T>> DoubleEndedIterator<T> for Rev<I> {
    fn next_back(&mut self) -> Option<T> {
        self.iter.next()
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Rev<I> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}

pub struct Skip<I> {
    iter: I,
    n: usize,
}

impl<T, I: Iterator<Item = T>> Iterator for Skip<I> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        while self.n > 0 {
            self.n -= 1;
            if self.iter.next().is_none() {
                self.n = 0;
                return None;
            }
        }
        self.iter.next()
    }
}

impl<T, I: Iterator<Item = T> + DoubleEndedIterator<T> + ExactSizeIterator> DoubleEndedIterator<T>
    for Skip<I>
{
    // The front's skipped items are never reached from the back.
    fn next_back(&mut self) -> Option<T> {
        if self.iter.len() > self.n {
            self.iter.next_back()
        } else {
            None
        }
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Skip<I> {
    fn len(&self) -> usize {
        let len = self.iter.len();
        if len > self.n {
            len - self.n
        } else {
            0
        }
    }
}

pub struct Take<I> {
    iter: I,
    n: usize,
}

impl<T, I: Iterator<Item = T>> Iterator for Take<I> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.n == 0 {
            return None;
        }
        self.n -= 1;
        self.iter.next()
    }
}

impl<T, I: Iterator<Item = T> + DoubleEndedIterator<T> + ExactSizeIterator> DoubleEndedIterator<T>
    for Take<I>
{
    // From the back, the items past the first n are dropped first.
    fn next_back(&mut self) -> Option<T> {
        if self.n == 0 {
            return None;
        }
        let mut excess = self.iter.len();
        excess = if excess > self.n { excess - self.n } else { 0 };
        while excess > 0 {
            self.iter.next_back();
            excess -= 1;
        }
        self.n -= 1;
        self.iter.next_back()
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Take<I> {
    fn len(&self) -> usize {
        let len = self.iter.len();
        if len < self.n {
            len
        } else {
            self.n
        }
    }
}

pub struct StepBy<I> {
    iter: I,
    step: usize, // the items skipped between two taken
    first: bool,
}

impl<T, I: Iterator<Item = T>> Iterator for StepBy<I> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.first {
            self.first = false;
            return self.iter.next();
        }
        let mut left = self.step;
        while left > 0 {
            left -= 1;
            if self.iter.next().is_none() {
                return None;
            }
        }
        self.iter.next()
    }
}

pub struct Zip<I, J> {
    a: I,
    b: J,
}

impl<A, B, I: Iterator<Item = A>, J: Iterator<Item = B>> Iterator for Zip<I, J> {
    type Item = (A, B);
    fn next(&mut self) -> Option<(A, B)> {
        let x = self.a.next()?;
        let y = self.b.next()?;
        Some((x, y))
    }
}

// From the back, the longer iterator is first cut to the other's length.
impl<
        A,
        B,
        I: Iterator<Item = A> + DoubleEndedIterator<A> + ExactSizeIterator,
        J: Iterator<Item = B> + DoubleEndedIterator<B> + ExactSizeIterator,
    > DoubleEndedIterator<(A, B)> for Zip<I, J>
{
    fn next_back(&mut self) -> Option<(A, B)> {
        let a_len = self.a.len();
        let b_len = self.b.len();
        let mut extra = if a_len > b_len { a_len - b_len } else { 0 };
        while extra > 0 {
            self.a.next_back();
            extra -= 1;
        }
        extra = if b_len > a_len { b_len - a_len } else { 0 };
        while extra > 0 {
            self.b.next_back();
            extra -= 1;
        }
        let x = self.a.next_back()?;
        let y = self.b.next_back()?;
        Some((x, y))
    }
}

impl<I: ExactSizeIterator, J: ExactSizeIterator> ExactSizeIterator for Zip<I, J> {
    fn len(&self) -> usize {
        let a_len = self.a.len();
        let b_len = self.b.len();
        if a_len < b_len {
            a_len
        } else {
            b_len
        }
    }
}

pub struct Chain<I, J> {
    a: I,
    b: J,
    a_done: bool,
}

impl<T, I: Iterator<Item = T>, J: Iterator<Item = T>> Iterator for Chain<I, J> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if !self.a_done {
            match self.a.next() {
                Some(x) => return Some(x),
                None => self.a_done = true,
            }
        }
        self.b.next()
    }
}

impl<T, I: Iterator<Item = T> + DoubleEndedIterator<T>, J: Iterator<Item = T> + DoubleEndedIterator<T>>
    DoubleEndedIterator<T> for Chain<I, J>
{
    fn next_back(&mut self) -> Option<T> {
        match self.b.next_back() {
            Some(x) => Some(x),
            None => self.a.next_back(),
        }
    }
}

pub struct TakeWhile<I, P> {
    iter: I,
    predicate: P,
    done: bool,
}

impl<T, I: Iterator<Item = T>, P: FnMut(&T) -> bool> Iterator for TakeWhile<I, P> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.done {
            return None;
        }
        let x = self.iter.next()?;
        if (self.predicate)(&x) {
            Some(x)
        } else {
            self.done = true;
            None
        }
    }
}

pub struct SkipWhile<I, P> {
    iter: I,
    predicate: P,
    started: bool,
}

impl<T, I: Iterator<Item = T>, P: FnMut(&T) -> bool> Iterator for SkipWhile<I, P> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.started {
            return self.iter.next();
        }
        while let Some(x) = self.iter.next() {
            if !(self.predicate)(&x) {
                self.started = true;
                return Some(x);
            }
        }
        None
    }
}

// Rust's Peekable<I> names its item type through I; here it is a second
// parameter.
pub struct Peekable<I, T> {
    iter: I,
    peeked: Option<Option<T>>,
}

impl<T, I: Iterator<Item = T>> Iterator for Peekable<I, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.peeked.take() {
            Some(v) => v,
            None => self.iter.next(),
        }
    }
}

impl<T, I: Iterator<Item = T>> Peekable<I, T> {
    pub fn peek(&mut self) -> Option<&T> {
        if self.peeked.is_none() {
            self.peeked = Some(self.iter.next());
        }
        match &self.peeked {
            Some(Some(v)) => Some(v),
            _ => None,
        }
    }

    pub fn next_if<P: FnOnce(&T) -> bool>(&mut self, predicate: P) -> Option<T> {
        let next = self.next()?;
        if predicate(&next) {
            Some(next)
        } else {
            self.peeked = Some(Some(next));
            None
        }
    }
}

pub struct Cloned<I> {
    iter: I,
}

impl<'a, T: Clone + 'a, I: Iterator<Item = &'a T>> Iterator for Cloned<I> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}

impl<'a, T: Clone + 'a, I: Iterator<Item = &'a T> + DoubleEndedIterator<&'a T>> DoubleEndedIterator<T>
    for Cloned<I>
{
    fn next_back(&mut self) -> Option<T> {
        match self.iter.next_back() {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Cloned<I> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}

pub struct Copied<I> {
    iter: I,
}

impl<'a, T: Copy + 'a, I: Iterator<Item = &'a T>> Iterator for Copied<I> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some(x) => Some(*x),
            None => None,
        }
    }
}

impl<'a, T: Copy + 'a, I: Iterator<Item = &'a T> + DoubleEndedIterator<&'a T>> DoubleEndedIterator<T>
    for Copied<I>
{
    fn next_back(&mut self) -> Option<T> {
        match self.iter.next_back() {
            Some(x) => Some(*x),
            None => None,
        }
    }
}

impl<I: ExactSizeIterator> ExactSizeIterator for Copied<I> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}
