// The numbers that `sum`, `product` and ranges work with: each numeric
// type implements `WasmNum` (declared in iter.rs) with its own arithmetic,
// so overflow panics as the type's `+` and `*` do.

impl WasmNum for i8 {
    fn wasm_zero() -> i8 {
        0
    }
    fn wasm_one() -> i8 {
        1
    }
    fn wasm_add(self, other: i8) -> i8 {
        self + other
    }
    fn wasm_sub(self, other: i8) -> i8 {
        self - other
    }
    fn wasm_mul(self, other: i8) -> i8 {
        self * other
    }
}

impl WasmNum for i16 {
    fn wasm_zero() -> i16 {
        0
    }
    fn wasm_one() -> i16 {
        1
    }
    fn wasm_add(self, other: i16) -> i16 {
        self + other
    }
    fn wasm_sub(self, other: i16) -> i16 {
        self - other
    }
    fn wasm_mul(self, other: i16) -> i16 {
        self * other
    }
}

impl WasmNum for i32 {
    fn wasm_zero() -> i32 {
        0
    }
    fn wasm_one() -> i32 {
        1
    }
    fn wasm_add(self, other: i32) -> i32 {
        self + other
    }
    fn wasm_sub(self, other: i32) -> i32 {
        self - other
    }
    fn wasm_mul(self, other: i32) -> i32 {
        self * other
    }
}

impl WasmNum for i64 {
    fn wasm_zero() -> i64 {
        0
    }
    fn wasm_one() -> i64 {
        1
    }
    fn wasm_add(self, other: i64) -> i64 {
        self + other
    }
    fn wasm_sub(self, other: i64) -> i64 {
        self - other
    }
    fn wasm_mul(self, other: i64) -> i64 {
        self * other
    }
}

impl WasmNum for isize {
    fn wasm_zero() -> isize {
        0
    }
    fn wasm_one() -> isize {
        1
    }
    fn wasm_add(self, other: isize) -> isize {
        self + other
    }
    fn wasm_sub(self, other: isize) -> isize {
        self - other
    }
    fn wasm_mul(self, other: isize) -> isize {
        self * other
    }
}

impl WasmNum for u8 {
    fn wasm_zero() -> u8 {
        0
    }
    fn wasm_one() -> u8 {
        1
    }
    fn wasm_add(self, other: u8) -> u8 {
        self + other
    }
    fn wasm_sub(self, other: u8) -> u8 {
        self - other
    }
    fn wasm_mul(self, other: u8) -> u8 {
        self * other
    }
}

impl WasmNum for u16 {
    fn wasm_zero() -> u16 {
        0
    }
    fn wasm_one() -> u16 {
        1
    }
    fn wasm_add(self, other: u16) -> u16 {
        self + other
    }
    fn wasm_sub(self, other: u16) -> u16 {
        self - other
    }
    fn wasm_mul(self, other: u16) -> u16 {
        self * other
    }
}

impl WasmNum for u32 {
    fn wasm_zero() -> u32 {
        0
    }
    fn wasm_one() -> u32 {
        1
    }
    fn wasm_add(self, other: u32) -> u32 {
        self + other
    }
    fn wasm_sub(self, other: u32) -> u32 {
        self - other
    }
    fn wasm_mul(self, other: u32) -> u32 {
        self * other
    }
}

impl WasmNum for u64 {
    fn wasm_zero() -> u64 {
        0
    }
    fn wasm_one() -> u64 {
        1
    }
    fn wasm_add(self, other: u64) -> u64 {
        self + other
    }
    fn wasm_sub(self, other: u64) -> u64 {
        self - other
    }
    fn wasm_mul(self, other: u64) -> u64 {
        self * other
    }
}

impl WasmNum for usize {
    fn wasm_zero() -> usize {
        0
    }
    fn wasm_one() -> usize {
        1
    }
    fn wasm_add(self, other: usize) -> usize {
        self + other
    }
    fn wasm_sub(self, other: usize) -> usize {
        self - other
    }
    fn wasm_mul(self, other: usize) -> usize {
        self * other
    }
}

impl WasmNum for f32 {
    fn wasm_zero() -> f32 {
        0.0
    }
    fn wasm_one() -> f32 {
        1.0
    }
    fn wasm_add(self, other: f32) -> f32 {
        self + other
    }
    fn wasm_sub(self, other: f32) -> f32 {
        self - other
    }
    fn wasm_mul(self, other: f32) -> f32 {
        self * other
    }
}

impl WasmNum for f64 {
    fn wasm_zero() -> f64 {
        0.0
    }
    fn wasm_one() -> f64 {
        1.0
    }
    fn wasm_add(self, other: f64) -> f64 {
        self + other
    }
    fn wasm_sub(self, other: f64) -> f64 {
        self - other
    }
    fn wasm_mul(self, other: f64) -> f64 {
        self * other
    }
}
