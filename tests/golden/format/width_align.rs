// Width, alignment and fill characters for numbers, strings and chars.
fn main() {
    println!("[{:>8}]", 42);
    println!("[{:<8}]", 42);
    println!("[{:^8}]", 42);
    println!("[{:8}]", 42);
    println!("[{:8}]", "text");
    println!("[{:>8}]", "text");
    println!("[{:^9}]", "odd");
    println!("[{:*^9}]", "mid");
    println!("[{:-<10}]", 3.5);
    println!("[{:#>6}]", 'c');
    println!("[{:08}]", -42);
    println!("[{:+08}]", 42);
    println!("[{:2}]", 12345);
    println!("[{:>5}] [{:<5}] [{:^5}]", true, false, true);
    println!("[{:_^11}]", "é✓");
    println!("[{:>4}{:>4}{:>4}]", 1, 22, 333);
}

// CHECK:STDOUT: [      42]
// CHECK:STDOUT: [42      ]
// CHECK:STDOUT: [   42   ]
// CHECK:STDOUT: [      42]
// CHECK:STDOUT: [text    ]
// CHECK:STDOUT: [    text]
// CHECK:STDOUT: [   odd   ]
// CHECK:STDOUT: [***mid***]
// CHECK:STDOUT: [3.5-------]
// CHECK:STDOUT: [#####c]
// CHECK:STDOUT: [-0000042]
// CHECK:STDOUT: [+0000042]
// CHECK:STDOUT: [12345]
// CHECK:STDOUT: [ true] [false] [true ]
// CHECK:STDOUT: [____é✓_____]
// CHECK:STDOUT: [   1  22 333]
