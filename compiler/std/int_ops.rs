// Integer arithmetic that reports overflow instead of panicking:
// checked_* (None on overflow or division by zero), overflowing_* (the
// wrapped result and whether it wrapped), saturating_mul/pow and
// wrapping_pow. One impl per integer type, each written out the same way
// (the dialect has no macros); overflow is detected from the wrapped
// result, which costs a compare or a division, never a trap.

impl i8 {
    pub fn checked_add(self, other: i8) -> Option<i8> {
        let r = self.wrapping_add(other);
        if (other < 0) != (r < self) {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_sub(self, other: i8) -> Option<i8> {
        let r = self.wrapping_sub(other);
        if (other < 0) != (r > self) {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_mul(self, other: i8) -> Option<i8> {
        if self == 0 || other == 0 {
            return Some(0);
        }
        if (self == -1 && other == i8::MIN) || (other == -1 && self == i8::MIN) {
            return None;
        }
        let r = self.wrapping_mul(other);
        if r / other != self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_div(self, other: i8) -> Option<i8> {
        if other == 0 || (self == i8::MIN && other == -1) {
            None
        } else {
            Some(self / other)
        }
    }

    pub fn checked_rem(self, other: i8) -> Option<i8> {
        if other == 0 || (self == i8::MIN && other == -1) {
            None
        } else {
            Some(self % other)
        }
    }

    pub fn checked_neg(self) -> Option<i8> {
        if self == i8::MIN {
            None
        } else {
            Some(-self)
        }
    }

    pub fn checked_abs(self) -> Option<i8> {
        if self == i8::MIN {
            None
        } else {
            Some(self.abs())
        }
    }

    pub fn checked_pow(self, exp: u32) -> Option<i8> {
        let mut r: i8 = 1;
        let mut k = 0;
        while k < exp {
            match r.checked_mul(self) {
                Some(v) => r = v,
                None => return None,
            }
            k += 1;
        }
        Some(r)
    }

    pub fn wrapping_pow(self, exp: u32) -> i8 {
        let mut r: i8 = 1;
        let mut k = 0;
        while k < exp {
            r = r.wrapping_mul(self);
            k += 1;
        }
        r
    }

    pub fn overflowing_add(self, other: i8) -> (i8, bool) {
        (self.wrapping_add(other), self.checked_add(other).is_none())
    }

    pub fn overflowing_sub(self, other: i8) -> (i8, bool) {
        (self.wrapping_sub(other), self.checked_sub(other).is_none())
    }

    pub fn overflowing_mul(self, other: i8) -> (i8, bool) {
        (self.wrapping_mul(other), self.checked_mul(other).is_none())
    }

    pub fn saturating_mul(self, other: i8) -> i8 {
        match self.checked_mul(other) {
            Some(r) => r,
            None => {
                if (self < 0) != (other < 0) {
                    i8::MIN
                } else {
                    i8::MAX
                }
            }
        }
    }

    pub fn saturating_pow(self, exp: u32) -> i8 {
        match self.checked_pow(exp) {
            Some(r) => r,
            None => {
                if self < 0 && exp % 2 == 1 {
                    i8::MIN
                } else {
                    i8::MAX
                }
            }
        }
    }
}

impl i16 {
    pub fn checked_add(self, other: i16) -> Option<i16> {
        let r = self.wrapping_add(other);
        if (other < 0) != (r < self) {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_sub(self, other: i16) -> Option<i16> {
        let r = self.wrapping_sub(other);
        if (other < 0) != (r > self) {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_mul(self, other: i16) -> Option<i16> {
        if self == 0 || other == 0 {
            return Some(0);
        }
        if (self == -1 && other == i16::MIN) || (other == -1 && self == i16::MIN) {
            return None;
        }
        let r = self.wrapping_mul(other);
        if r / other != self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_div(self, other: i16) -> Option<i16> {
        if other == 0 || (self == i16::MIN && other == -1) {
            None
        } else {
            Some(self / other)
        }
    }

    pub fn checked_rem(self, other: i16) -> Option<i16> {
        if other == 0 || (self == i16::MIN && other == -1) {
            None
        } else {
            Some(self % other)
        }
    }

    pub fn checked_neg(self) -> Option<i16> {
        if self == i16::MIN {
            None
        } else {
            Some(-self)
        }
    }

    pub fn checked_abs(self) -> Option<i16> {
        if self == i16::MIN {
            None
        } else {
            Some(self.abs())
        }
    }

    pub fn checked_pow(self, exp: u32) -> Option<i16> {
        let mut r: i16 = 1;
        let mut k = 0;
        while k < exp {
            match r.checked_mul(self) {
                Some(v) => r = v,
                None => return None,
            }
            k += 1;
        }
        Some(r)
    }

    pub fn wrapping_pow(self, exp: u32) -> i16 {
        let mut r: i16 = 1;
        let mut k = 0;
        while k < exp {
            r = r.wrapping_mul(self);
            k += 1;
        }
        r
    }

    pub fn overflowing_add(self, other: i16) -> (i16, bool) {
        (self.wrapping_add(other), self.checked_add(other).is_none())
    }

    pub fn overflowing_sub(self, other: i16) -> (i16, bool) {
        (self.wrapping_sub(other), self.checked_sub(other).is_none())
    }

    pub fn overflowing_mul(self, other: i16) -> (i16, bool) {
        (self.wrapping_mul(other), self.checked_mul(other).is_none())
    }

    pub fn saturating_mul(self, other: i16) -> i16 {
        match self.checked_mul(other) {
            Some(r) => r,
            None => {
                if (self < 0) != (other < 0) {
                    i16::MIN
                } else {
                    i16::MAX
                }
            }
        }
    }

    pub fn saturating_pow(self, exp: u32) -> i16 {
        match self.checked_pow(exp) {
            Some(r) => r,
            None => {
                if self < 0 && exp % 2 == 1 {
                    i16::MIN
                } else {
                    i16::MAX
                }
            }
        }
    }
}

impl i32 {
    pub fn checked_add(self, other: i32) -> Option<i32> {
        let r = self.wrapping_add(other);
        if (other < 0) != (r < self) {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_sub(self, other: i32) -> Option<i32> {
        let r = self.wrapping_sub(other);
        if (other < 0) != (r > self) {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_mul(self, other: i32) -> Option<i32> {
        if self == 0 || other == 0 {
            return Some(0);
        }
        if (self == -1 && other == i32::MIN) || (other == -1 && self == i32::MIN) {
            return None;
        }
        let r = self.wrapping_mul(other);
        if r / other != self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_div(self, other: i32) -> Option<i32> {
        if other == 0 || (self == i32::MIN && other == -1) {
            None
        } else {
            Some(self / other)
        }
    }

    pub fn checked_rem(self, other: i32) -> Option<i32> {
        if other == 0 || (self == i32::MIN && other == -1) {
            None
        } else {
            Some(self % other)
        }
    }

    pub fn checked_neg(self) -> Option<i32> {
        if self == i32::MIN {
            None
        } else {
            Some(-self)
        }
    }

    pub fn checked_abs(self) -> Option<i32> {
        if self == i32::MIN {
            None
        } else {
            Some(self.abs())
        }
    }

    pub fn checked_pow(self, exp: u32) -> Option<i32> {
        let mut r: i32 = 1;
        let mut k = 0;
        while k < exp {
            match r.checked_mul(self) {
                Some(v) => r = v,
                None => return None,
            }
            k += 1;
        }
        Some(r)
    }

    pub fn wrapping_pow(self, exp: u32) -> i32 {
        let mut r: i32 = 1;
        let mut k = 0;
        while k < exp {
            r = r.wrapping_mul(self);
            k += 1;
        }
        r
    }

    pub fn overflowing_add(self, other: i32) -> (i32, bool) {
        (self.wrapping_add(other), self.checked_add(other).is_none())
    }

    pub fn overflowing_sub(self, other: i32) -> (i32, bool) {
        (self.wrapping_sub(other), self.checked_sub(other).is_none())
    }

    pub fn overflowing_mul(self, other: i32) -> (i32, bool) {
        (self.wrapping_mul(other), self.checked_mul(other).is_none())
    }

    pub fn saturating_mul(self, other: i32) -> i32 {
        match self.checked_mul(other) {
            Some(r) => r,
            None => {
                if (self < 0) != (other < 0) {
                    i32::MIN
                } else {
                    i32::MAX
                }
            }
        }
    }

    pub fn saturating_pow(self, exp: u32) -> i32 {
        match self.checked_pow(exp) {
            Some(r) => r,
            None => {
                if self < 0 && exp % 2 == 1 {
                    i32::MIN
                } else {
                    i32::MAX
                }
            }
        }
    }
}

impl i64 {
    pub fn checked_add(self, other: i64) -> Option<i64> {
        let r = self.wrapping_add(other);
        if (other < 0) != (r < self) {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_sub(self, other: i64) -> Option<i64> {
        let r = self.wrapping_sub(other);
        if (other < 0) != (r > self) {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_mul(self, other: i64) -> Option<i64> {
        if self == 0 || other == 0 {
            return Some(0);
        }
        if (self == -1 && other == i64::MIN) || (other == -1 && self == i64::MIN) {
            return None;
        }
        let r = self.wrapping_mul(other);
        if r / other != self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_div(self, other: i64) -> Option<i64> {
        if other == 0 || (self == i64::MIN && other == -1) {
            None
        } else {
            Some(self / other)
        }
    }

    pub fn checked_rem(self, other: i64) -> Option<i64> {
        if other == 0 || (self == i64::MIN && other == -1) {
            None
        } else {
            Some(self % other)
        }
    }

    pub fn checked_neg(self) -> Option<i64> {
        if self == i64::MIN {
            None
        } else {
            Some(-self)
        }
    }

    pub fn checked_abs(self) -> Option<i64> {
        if self == i64::MIN {
            None
        } else {
            Some(self.abs())
        }
    }

    pub fn checked_pow(self, exp: u32) -> Option<i64> {
        let mut r: i64 = 1;
        let mut k = 0;
        while k < exp {
            match r.checked_mul(self) {
                Some(v) => r = v,
                None => return None,
            }
            k += 1;
        }
        Some(r)
    }

    pub fn wrapping_pow(self, exp: u32) -> i64 {
        let mut r: i64 = 1;
        let mut k = 0;
        while k < exp {
            r = r.wrapping_mul(self);
            k += 1;
        }
        r
    }

    pub fn overflowing_add(self, other: i64) -> (i64, bool) {
        (self.wrapping_add(other), self.checked_add(other).is_none())
    }

    pub fn overflowing_sub(self, other: i64) -> (i64, bool) {
        (self.wrapping_sub(other), self.checked_sub(other).is_none())
    }

    pub fn overflowing_mul(self, other: i64) -> (i64, bool) {
        (self.wrapping_mul(other), self.checked_mul(other).is_none())
    }

    pub fn saturating_mul(self, other: i64) -> i64 {
        match self.checked_mul(other) {
            Some(r) => r,
            None => {
                if (self < 0) != (other < 0) {
                    i64::MIN
                } else {
                    i64::MAX
                }
            }
        }
    }

    pub fn saturating_pow(self, exp: u32) -> i64 {
        match self.checked_pow(exp) {
            Some(r) => r,
            None => {
                if self < 0 && exp % 2 == 1 {
                    i64::MIN
                } else {
                    i64::MAX
                }
            }
        }
    }
}

impl isize {
    pub fn checked_add(self, other: isize) -> Option<isize> {
        let r = self.wrapping_add(other);
        if (other < 0) != (r < self) {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_sub(self, other: isize) -> Option<isize> {
        let r = self.wrapping_sub(other);
        if (other < 0) != (r > self) {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_mul(self, other: isize) -> Option<isize> {
        if self == 0 || other == 0 {
            return Some(0);
        }
        if (self == -1 && other == isize::MIN) || (other == -1 && self == isize::MIN) {
            return None;
        }
        let r = self.wrapping_mul(other);
        if r / other != self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_div(self, other: isize) -> Option<isize> {
        if other == 0 || (self == isize::MIN && other == -1) {
            None
        } else {
            Some(self / other)
        }
    }

    pub fn checked_rem(self, other: isize) -> Option<isize> {
        if other == 0 || (self == isize::MIN && other == -1) {
            None
        } else {
            Some(self % other)
        }
    }

    pub fn checked_neg(self) -> Option<isize> {
        if self == isize::MIN {
            None
        } else {
            Some(-self)
        }
    }

    pub fn checked_abs(self) -> Option<isize> {
        if self == isize::MIN {
            None
        } else {
            Some(self.abs())
        }
    }

    pub fn checked_pow(self, exp: u32) -> Option<isize> {
        let mut r: isize = 1;
        let mut k = 0;
        while k < exp {
            match r.checked_mul(self) {
                Some(v) => r = v,
                None => return None,
            }
            k += 1;
        }
        Some(r)
    }

    pub fn wrapping_pow(self, exp: u32) -> isize {
        let mut r: isize = 1;
        let mut k = 0;
        while k < exp {
            r = r.wrapping_mul(self);
            k += 1;
        }
        r
    }

    pub fn overflowing_add(self, other: isize) -> (isize, bool) {
        (self.wrapping_add(other), self.checked_add(other).is_none())
    }

    pub fn overflowing_sub(self, other: isize) -> (isize, bool) {
        (self.wrapping_sub(other), self.checked_sub(other).is_none())
    }

    pub fn overflowing_mul(self, other: isize) -> (isize, bool) {
        (self.wrapping_mul(other), self.checked_mul(other).is_none())
    }

    pub fn saturating_mul(self, other: isize) -> isize {
        match self.checked_mul(other) {
            Some(r) => r,
            None => {
                if (self < 0) != (other < 0) {
                    isize::MIN
                } else {
                    isize::MAX
                }
            }
        }
    }

    pub fn saturating_pow(self, exp: u32) -> isize {
        match self.checked_pow(exp) {
            Some(r) => r,
            None => {
                if self < 0 && exp % 2 == 1 {
                    isize::MIN
                } else {
                    isize::MAX
                }
            }
        }
    }
}

impl u8 {
    pub fn checked_add(self, other: u8) -> Option<u8> {
        let r = self.wrapping_add(other);
        if r < self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_sub(self, other: u8) -> Option<u8> {
        let r = self.wrapping_sub(other);
        if other > self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_mul(self, other: u8) -> Option<u8> {
        if self == 0 || other == 0 {
            return Some(0);
        }
        let r = self.wrapping_mul(other);
        if r / other != self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_div(self, other: u8) -> Option<u8> {
        if other == 0 {
            None
        } else {
            Some(self / other)
        }
    }

    pub fn checked_rem(self, other: u8) -> Option<u8> {
        if other == 0 {
            None
        } else {
            Some(self % other)
        }
    }

    pub fn checked_neg(self) -> Option<u8> {
        if self == 0 {
            Some(0)
        } else {
            None
        }
    }

    pub fn checked_pow(self, exp: u32) -> Option<u8> {
        let mut r: u8 = 1;
        let mut k = 0;
        while k < exp {
            match r.checked_mul(self) {
                Some(v) => r = v,
                None => return None,
            }
            k += 1;
        }
        Some(r)
    }

    pub fn wrapping_pow(self, exp: u32) -> u8 {
        let mut r: u8 = 1;
        let mut k = 0;
        while k < exp {
            r = r.wrapping_mul(self);
            k += 1;
        }
        r
    }

    pub fn overflowing_add(self, other: u8) -> (u8, bool) {
        (self.wrapping_add(other), self.checked_add(other).is_none())
    }

    pub fn overflowing_sub(self, other: u8) -> (u8, bool) {
        (self.wrapping_sub(other), self.checked_sub(other).is_none())
    }

    pub fn overflowing_mul(self, other: u8) -> (u8, bool) {
        (self.wrapping_mul(other), self.checked_mul(other).is_none())
    }

    pub fn saturating_mul(self, other: u8) -> u8 {
        match self.checked_mul(other) {
            Some(r) => r,
            None => u8::MAX,
        }
    }

    pub fn saturating_pow(self, exp: u32) -> u8 {
        match self.checked_pow(exp) {
            Some(r) => r,
            None => u8::MAX,
        }
    }
}

impl u16 {
    pub fn checked_add(self, other: u16) -> Option<u16> {
        let r = self.wrapping_add(other);
        if r < self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_sub(self, other: u16) -> Option<u16> {
        let r = self.wrapping_sub(other);
        if other > self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_mul(self, other: u16) -> Option<u16> {
        if self == 0 || other == 0 {
            return Some(0);
        }
        let r = self.wrapping_mul(other);
        if r / other != self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_div(self, other: u16) -> Option<u16> {
        if other == 0 {
            None
        } else {
            Some(self / other)
        }
    }

    pub fn checked_rem(self, other: u16) -> Option<u16> {
        if other == 0 {
            None
        } else {
            Some(self % other)
        }
    }

    pub fn checked_neg(self) -> Option<u16> {
        if self == 0 {
            Some(0)
        } else {
            None
        }
    }

    pub fn checked_pow(self, exp: u32) -> Option<u16> {
        let mut r: u16 = 1;
        let mut k = 0;
        while k < exp {
            match r.checked_mul(self) {
                Some(v) => r = v,
                None => return None,
            }
            k += 1;
        }
        Some(r)
    }

    pub fn wrapping_pow(self, exp: u32) -> u16 {
        let mut r: u16 = 1;
        let mut k = 0;
        while k < exp {
            r = r.wrapping_mul(self);
            k += 1;
        }
        r
    }

    pub fn overflowing_add(self, other: u16) -> (u16, bool) {
        (self.wrapping_add(other), self.checked_add(other).is_none())
    }

    pub fn overflowing_sub(self, other: u16) -> (u16, bool) {
        (self.wrapping_sub(other), self.checked_sub(other).is_none())
    }

    pub fn overflowing_mul(self, other: u16) -> (u16, bool) {
        (self.wrapping_mul(other), self.checked_mul(other).is_none())
    }

    pub fn saturating_mul(self, other: u16) -> u16 {
        match self.checked_mul(other) {
            Some(r) => r,
            None => u16::MAX,
        }
    }

    pub fn saturating_pow(self, exp: u32) -> u16 {
        match self.checked_pow(exp) {
            Some(r) => r,
            None => u16::MAX,
        }
    }
}

impl u32 {
    pub fn checked_add(self, other: u32) -> Option<u32> {
        let r = self.wrapping_add(other);
        if r < self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_sub(self, other: u32) -> Option<u32> {
        let r = self.wrapping_sub(other);
        if other > self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_mul(self, other: u32) -> Option<u32> {
        if self == 0 || other == 0 {
            return Some(0);
        }
        let r = self.wrapping_mul(other);
        if r / other != self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_div(self, other: u32) -> Option<u32> {
        if other == 0 {
            None
        } else {
            Some(self / other)
        }
    }

    pub fn checked_rem(self, other: u32) -> Option<u32> {
        if other == 0 {
            None
        } else {
            Some(self % other)
        }
    }

    pub fn checked_neg(self) -> Option<u32> {
        if self == 0 {
            Some(0)
        } else {
            None
        }
    }

    pub fn checked_pow(self, exp: u32) -> Option<u32> {
        let mut r: u32 = 1;
        let mut k = 0;
        while k < exp {
            match r.checked_mul(self) {
                Some(v) => r = v,
                None => return None,
            }
            k += 1;
        }
        Some(r)
    }

    pub fn wrapping_pow(self, exp: u32) -> u32 {
        let mut r: u32 = 1;
        let mut k = 0;
        while k < exp {
            r = r.wrapping_mul(self);
            k += 1;
        }
        r
    }

    pub fn overflowing_add(self, other: u32) -> (u32, bool) {
        (self.wrapping_add(other), self.checked_add(other).is_none())
    }

    pub fn overflowing_sub(self, other: u32) -> (u32, bool) {
        (self.wrapping_sub(other), self.checked_sub(other).is_none())
    }

    pub fn overflowing_mul(self, other: u32) -> (u32, bool) {
        (self.wrapping_mul(other), self.checked_mul(other).is_none())
    }

    pub fn saturating_mul(self, other: u32) -> u32 {
        match self.checked_mul(other) {
            Some(r) => r,
            None => u32::MAX,
        }
    }

    pub fn saturating_pow(self, exp: u32) -> u32 {
        match self.checked_pow(exp) {
            Some(r) => r,
            None => u32::MAX,
        }
    }
}

impl u64 {
    pub fn checked_add(self, other: u64) -> Option<u64> {
        let r = self.wrapping_add(other);
        if r < self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_sub(self, other: u64) -> Option<u64> {
        let r = self.wrapping_sub(other);
        if other > self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_mul(self, other: u64) -> Option<u64> {
        if self == 0 || other == 0 {
            return Some(0);
        }
        let r = self.wrapping_mul(other);
        if r / other != self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_div(self, other: u64) -> Option<u64> {
        if other == 0 {
            None
        } else {
            Some(self / other)
        }
    }

    pub fn checked_rem(self, other: u64) -> Option<u64> {
        if other == 0 {
            None
        } else {
            Some(self % other)
        }
    }

    pub fn checked_neg(self) -> Option<u64> {
        if self == 0 {
            Some(0)
        } else {
            None
        }
    }

    pub fn checked_pow(self, exp: u32) -> Option<u64> {
        let mut r: u64 = 1;
        let mut k = 0;
        while k < exp {
            match r.checked_mul(self) {
                Some(v) => r = v,
                None => return None,
            }
            k += 1;
        }
        Some(r)
    }

    pub fn wrapping_pow(self, exp: u32) -> u64 {
        let mut r: u64 = 1;
        let mut k = 0;
        while k < exp {
            r = r.wrapping_mul(self);
            k += 1;
        }
        r
    }

    pub fn overflowing_add(self, other: u64) -> (u64, bool) {
        (self.wrapping_add(other), self.checked_add(other).is_none())
    }

    pub fn overflowing_sub(self, other: u64) -> (u64, bool) {
        (self.wrapping_sub(other), self.checked_sub(other).is_none())
    }

    pub fn overflowing_mul(self, other: u64) -> (u64, bool) {
        (self.wrapping_mul(other), self.checked_mul(other).is_none())
    }

    pub fn saturating_mul(self, other: u64) -> u64 {
        match self.checked_mul(other) {
            Some(r) => r,
            None => u64::MAX,
        }
    }

    pub fn saturating_pow(self, exp: u32) -> u64 {
        match self.checked_pow(exp) {
            Some(r) => r,
            None => u64::MAX,
        }
    }
}

impl usize {
    pub fn checked_add(self, other: usize) -> Option<usize> {
        let r = self.wrapping_add(other);
        if r < self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_sub(self, other: usize) -> Option<usize> {
        let r = self.wrapping_sub(other);
        if other > self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_mul(self, other: usize) -> Option<usize> {
        if self == 0 || other == 0 {
            return Some(0);
        }
        let r = self.wrapping_mul(other);
        if r / other != self {
            None
        } else {
            Some(r)
        }
    }

    pub fn checked_div(self, other: usize) -> Option<usize> {
        if other == 0 {
            None
        } else {
            Some(self / other)
        }
    }

    pub fn checked_rem(self, other: usize) -> Option<usize> {
        if other == 0 {
            None
        } else {
            Some(self % other)
        }
    }

    pub fn checked_neg(self) -> Option<usize> {
        if self == 0 {
            Some(0)
        } else {
            None
        }
    }

    pub fn checked_pow(self, exp: u32) -> Option<usize> {
        let mut r: usize = 1;
        let mut k = 0;
        while k < exp {
            match r.checked_mul(self) {
                Some(v) => r = v,
                None => return None,
            }
            k += 1;
        }
        Some(r)
    }

    pub fn wrapping_pow(self, exp: u32) -> usize {
        let mut r: usize = 1;
        let mut k = 0;
        while k < exp {
            r = r.wrapping_mul(self);
            k += 1;
        }
        r
    }

    pub fn overflowing_add(self, other: usize) -> (usize, bool) {
        (self.wrapping_add(other), self.checked_add(other).is_none())
    }

    pub fn overflowing_sub(self, other: usize) -> (usize, bool) {
        (self.wrapping_sub(other), self.checked_sub(other).is_none())
    }

    pub fn overflowing_mul(self, other: usize) -> (usize, bool) {
        (self.wrapping_mul(other), self.checked_mul(other).is_none())
    }

    pub fn saturating_mul(self, other: usize) -> usize {
        match self.checked_mul(other) {
            Some(r) => r,
            None => usize::MAX,
        }
    }

    pub fn saturating_pow(self, exp: u32) -> usize {
        match self.checked_pow(exp) {
            Some(r) => r,
            None => usize::MAX,
        }
    }
}
