;; The hand-written baseline of the interop benchmark
;; (bench/interop/README.md): the least a module can do for `add` and for a
;; loop that calls a host function, written directly in WebAssembly text.
(module
  (import "host" "step" (func $step (param i32 i32) (result i32)))
  (memory (export "memory") 1)

  (func (export "add") (param $a i32) (param $b i32) (result i32)
    (i32.add (local.get $a) (local.get $b)))

  ;; acc = step(acc, i) for i in 0..n; returns acc.
  (func (export "call_host") (param $n i32) (result i32)
    (local $acc i32) (local $i i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $acc (call $step (local.get $acc) (local.get $i)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $acc)))
