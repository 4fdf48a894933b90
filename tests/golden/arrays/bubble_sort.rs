// Bubble sort and insertion sort on arrays passed as &mut [i32], counting swaps.
fn bubble_sort(a: &mut [i32]) -> u32 {
    let mut swaps = 0;
    let n = a.len();
    for i in 0..n {
        let mut swapped = false;
        for j in 0..n - 1 - i {
            if a[j] > a[j + 1] {
                let t = a[j];
                a[j] = a[j + 1];
                a[j + 1] = t;
                swaps += 1;
                swapped = true;
            }
        }
        if !swapped {
            break;
        }
    }
    swaps
}

fn insertion_sort(a: &mut [i32]) {
    for i in 1..a.len() {
        let key = a[i];
        let mut j = i;
        while j > 0 && a[j - 1] > key {
            a[j] = a[j - 1];
            j -= 1;
        }
        a[j] = key;
    }
}

fn is_sorted(a: &[i32]) -> bool {
    for i in 1..a.len() {
        if a[i - 1] > a[i] {
            return false;
        }
    }
    true
}

fn main() {
    let mut data = [64, 34, 25, 12, 22, 11, 90, -5];
    println!("before: {:?} sorted={}", data, is_sorted(&data));
    let swaps = bubble_sort(&mut data);
    println!("after:  {:?} sorted={} swaps={}", data, is_sorted(&data), swaps);
    println!("sorted input swaps: {}", bubble_sort(&mut data));

    let mut other = [5, 4, 3, 2, 1, 0, -1, -2, -3, -4];
    insertion_sort(&mut other);
    println!("{:?}", other);
}

// CHECK:STDOUT: before: [64, 34, 25, 12, 22, 11, 90, -5] sorted=false
// CHECK:STDOUT: after:  [-5, 11, 12, 22, 25, 34, 64, 90] sorted=true swaps=21
// CHECK:STDOUT: sorted input swaps: 0
// CHECK:STDOUT: [-4, -3, -2, -1, 0, 1, 2, 3, 4, 5]
