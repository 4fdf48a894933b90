// licm computes the address of row i once per row, before the loop over j
// (which changes neither i nor the grid's address); the loads, and the
// division by `d` that may be zero, stay in the loop, and the last call
// still panics.
// PASSES: const-fold,copy-prop,dse,licm,copy-prop,dse,unused-locals
// ARGS: --release
// FUNCS: row_sums
fn row_sums(cells: &[[u32; 4]; 3], out: &mut [u32; 3], d: u32) {
    for i in 0..3 {
        let mut s = 0;
        for j in 0..4 {
            s += cells[i][j] / d;
        }
        out[i] = s;
    }
}

fn main() {
    let cells = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]];
    let mut out = [0; 3];
    row_sums(&cells, &mut out, 1);
    println!("{:?}", out);
    row_sums(&cells, &mut out, 0);
    println!("{:?}", out);
}

// WAT:   (func $row_sums (;3;) (type 3) (param $cells i32) (param $out i32) (param $d i32)
// WAT:     (local $s i32) (local i32 i32 i32 i32 i32 i32 i32)
// WAT:     i32.const 0
// WAT:     local.set 4
// WAT:     block
// WAT:       loop
// WAT:         local.get 4
// WAT:         i32.const 3
// WAT:         i32.ge_u
// WAT:         br_if 1
// WAT:         block
// WAT:           i32.const 0
// WAT:           local.set $s
// WAT:           i32.const 0
// WAT:           local.set 5
// WAT:           block
// WAT:             local.get $cells
// WAT:             local.get 4
// WAT:             i32.const 16
// WAT:             i32.mul
// WAT:             i32.add
// WAT:             local.set 10
// WAT:             loop
// WAT:               local.get 5
// WAT:               i32.const 4
// WAT:               i32.ge_u
// WAT:               br_if 1
// WAT:               block
// WAT:                 local.get 10
// WAT:                 local.get 5
// WAT:                 i32.const 4
// WAT:                 i32.mul
// WAT:                 i32.add
// WAT:                 local.set 6
// WAT:                 local.get 6
// WAT:                 i32.load
// WAT:                 local.set 7
// WAT:                 local.get $d
// WAT:                 i32.eqz
// WAT:                 if
// WAT:                   i32.const 12
// WAT:                   i32.const 18
// WAT:                   i32.const 21
// WAT:                   i32.const 25
// WAT:                   call $__panic
// WAT:                   unreachable
// WAT:                 end
// WAT:                 local.get 7
// WAT:                 local.get $d
// WAT:                 i32.div_u
// WAT:                 local.set 8
// WAT:                 local.get $s
// WAT:                 local.get 8
// WAT:                 i32.add
// WAT:                 local.set $s
// WAT:               end
// WAT:               local.get 5
// WAT:               i32.const 1
// WAT:               i32.add
// WAT:               local.set 5
// WAT:               br 0
// WAT:             end
// WAT:           end
// WAT:           local.get $out
// WAT:           local.get 4
// WAT:           i32.const 4
// WAT:           i32.mul
// WAT:           i32.add
// WAT:           local.set 9
// WAT:           local.get 9
// WAT:           local.get $s
// WAT:           i32.store
// WAT:         end
// WAT:         local.get 4
// WAT:         i32.const 1
// WAT:         i32.add
// WAT:         local.set 4
// WAT:         br 0
// WAT:       end
// WAT:     end
// WAT:   )
