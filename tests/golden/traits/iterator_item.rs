// `I::Item` for std's Iterator in a generic fn's signature, beside a
// binding `Iterator<Item = T>`.
fn first<I: Iterator>(mut it: I) -> Option<I::Item> {
    it.next()
}

fn last_two<I>(it: I) -> Vec<I::Item>
where
    I: Iterator,
{
    let mut out = Vec::new();
    for x in it {
        out.push(x);
        if out.len() > 2 {
            out.remove(0);
        }
    }
    out
}

fn main() {
    let v = vec![3, 4, 5];
    println!("{:?}", first(v.iter()));
    println!("{:?}", first(10..14));
    println!("{:?}", first("héllo".chars().skip(1)));
    println!("{:?}", last_two(v.iter().map(|x| x * 10)));
    println!("{:?}", last_two(0..0));
}

// CHECK:STDOUT: Some(3)
// CHECK:STDOUT: Some(10)
// CHECK:STDOUT: Some('é')
// CHECK:STDOUT: [40, 50]
// CHECK:STDOUT: []
