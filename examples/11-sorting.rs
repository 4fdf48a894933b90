// Sorting: insertion sort and bubble sort on mutable slices.
fn insertion_sort(a: &mut [i32]) {
    for i in 1..a.len() {
        let mut j = i;
        while j > 0 && a[j - 1] > a[j] {
            a.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn bubble_sort(a: &mut [i32]) -> u32 {
    let mut swaps = 0;
    for pass in 0..a.len() {
        let mut swapped = false;
        for j in 0..a.len() - 1 - pass {
            if a[j] > a[j + 1] {
                a.swap(j, j + 1);
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

fn is_sorted(a: &[i32]) -> bool {
    for i in 1..a.len() {
        if a[i - 1] > a[i] {
            return false;
        }
    }
    true
}

fn main() {
    let mut a = [38, 27, 43, 3, 9, 82, 10, -5, 0, 17];
    let mut b = a;
    println!("before:    {:?}", a);
    insertion_sort(&mut a);
    println!("insertion: {:?} sorted: {}", a, is_sorted(&a));
    let swaps = bubble_sort(&mut b);
    println!("bubble:    {:?} after {} swaps", b, swaps);
    println!("smallest three: {} {} {}", a[0], a[1], a[2]);
}
