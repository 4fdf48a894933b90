// std::cmp: Ordering, the result of comparing two values, with `cmp` on
// the primitive types and str, and `max`/`min` as free functions. Slices
// sort by it (`sort_by`, `sort_by_key` in slice.rs).

pub mod cmp {
    #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
    pub enum Ordering {
        Less,
        Equal,
        Greater,
    }

    impl Ordering {
        pub fn reverse(self) -> Ordering {
            match self {
                Ordering::Less => Ordering::Greater,
                Ordering::Equal => Ordering::Equal,
                Ordering::Greater => Ordering::Less,
            }
        }

        pub fn then(self, other: Ordering) -> Ordering {
            match self {
                Ordering::Equal => other,
                _ => self,
            }
        }

        pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering {
            match self {
                Ordering::Equal => f(),
                _ => self,
            }
        }

        pub fn is_eq(self) -> bool {
            self == Ordering::Equal
        }

        pub fn is_ne(self) -> bool {
            self != Ordering::Equal
        }

        pub fn is_lt(self) -> bool {
            self == Ordering::Less
        }

        pub fn is_gt(self) -> bool {
            self == Ordering::Greater
        }

        pub fn is_le(self) -> bool {
            self != Ordering::Greater
        }

        pub fn is_ge(self) -> bool {
            self != Ordering::Less
        }
    }

    // `Reverse(x)` orders the other way round: a BinaryHeap of them is a
    // min-heap, and `sort_by_key(|x| Reverse(..))` sorts descending.
    #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
    pub struct Reverse<T>(pub T);

    impl<T: Ord> Ord for Reverse<T> {
        fn cmp(&self, other: &Reverse<T>) -> Ordering {
            other.0.cmp(&self.0)
        }
    }

    impl<T: PartialOrd> PartialOrd for Reverse<T> {
        fn partial_cmp(&self, other: &Reverse<T>) -> Option<Ordering> {
            other.0.partial_cmp(&self.0)
        }
    }

    pub fn max<T: Ord>(a: T, b: T) -> T {
        if b < a {
            a
        } else {
            b
        }
    }

    pub fn min<T: Ord>(a: T, b: T) -> T {
        if b < a {
            b
        } else {
            a
        }
    }

    // `a.partial_cmp(&b)` of anything `<` compares: None when neither is
    // smaller and they are not equal (a NaN).
    pub fn wasm_partial_compare<T: PartialOrd>(a: &T, b: &T) -> Option<Ordering> {
        if *a < *b {
            Some(Ordering::Less)
        } else if *b < *a {
            Some(Ordering::Greater)
        } else if *a == *b {
            Some(Ordering::Equal)
        } else {
            None
        }
    }

    // `a.cmp(&b)` of anything `<` compares.
    pub fn compare<T: PartialOrd>(a: &T, b: &T) -> Ordering {
        if *a < *b {
            Ordering::Less
        } else if *b < *a {
            Ordering::Greater
        } else {
            Ordering::Equal
        }
    }
}

impl i8 {
    pub fn cmp(&self, other: &i8) -> cmp::Ordering {
        cmp::compare(self, other)
    }
}

impl i16 {
    pub fn cmp(&self, other: &i16) -> cmp::Ordering {
        cmp::compare(self, other)
    }
}

impl i32 {
    pub fn cmp(&self, other: &i32) -> cmp::Ordering {
        cmp::compare(self, other)
    }
}

impl i64 {
    pub fn cmp(&self, other: &i64) -> cmp::Ordering {
        cmp::compare(self, other)
    }
}

impl isize {
    pub fn cmp(&self, other: &isize) -> cmp::Ordering {
        cmp::compare(self, other)
    }
}

impl u8 {
    pub fn cmp(&self, other: &u8) -> cmp::Ordering {
        cmp::compare(self, other)
    }
}

impl u16 {
    pub fn cmp(&self, other: &u16) -> cmp::Ordering {
        cmp::compare(self, other)
    }
}

impl u32 {
    pub fn cmp(&self, other: &u32) -> cmp::Ordering {
        cmp::compare(self, other)
    }
}

impl u64 {
    pub fn cmp(&self, other: &u64) -> cmp::Ordering {
        cmp::compare(self, other)
    }
}

impl usize {
    pub fn cmp(&self, other: &usize) -> cmp::Ordering {
        cmp::compare(self, other)
    }
}

impl char {
    pub fn cmp(&self, other: &char) -> cmp::Ordering {
        cmp::compare(self, other)
    }
}

impl bool {
    pub fn cmp(&self, other: &bool) -> cmp::Ordering {
        cmp::compare(self, other)
    }
}

impl f32 {
    pub fn partial_cmp(&self, other: &f32) -> Option<cmp::Ordering> {
        if *self < *other {
            Some(cmp::Ordering::Less)
        } else if *other < *self {
            Some(cmp::Ordering::Greater)
        } else if *self == *other {
            Some(cmp::Ordering::Equal)
        } else {
            None
        }
    }

    pub fn total_cmp(&self, other: &f32) -> cmp::Ordering {
        cmp::compare(self, other)
    }
}

impl f64 {
    pub fn partial_cmp(&self, other: &f64) -> Option<cmp::Ordering> {
        if *self < *other {
            Some(cmp::Ordering::Less)
        } else if *other < *self {
            Some(cmp::Ordering::Greater)
        } else if *self == *other {
            Some(cmp::Ordering::Equal)
        } else {
            None
        }
    }

    pub fn total_cmp(&self, other: &f64) -> cmp::Ordering {
        cmp::compare(self, other)
    }
}

impl str {
    pub fn cmp(&self, other: &str) -> cmp::Ordering {
        cmp::compare(&self, &other)
    }
}
