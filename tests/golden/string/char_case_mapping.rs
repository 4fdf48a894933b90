// char::to_uppercase / to_lowercase as iterators (one or two chars: 'ß'
// is "SS"), collected and displayed, and Chars::as_str: the capitalize
// idiom of exercise sets.
fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn main() {
    let words: Vec<String> = "hello émile ßtraße".split(' ').map(capitalize).collect();
    println!("{}", words.join(" "));
    println!("{} {}", 'a'.to_uppercase(), 'Ж'.to_lowercase());
    println!("{:?}", 'ß'.to_uppercase().collect::<Vec<char>>());
    println!("{} {}", 'ß'.to_uppercase().len(), 'x'.to_uppercase().rev().count());
    let shout: String = "Grüße, Ωμέγα".chars().flat_map(|c| c.to_uppercase()).collect();
    println!("{}", shout);
    println!("{}", "ςΆΈΌΏ".chars().flat_map(|c| c.to_uppercase()).collect::<String>());
    println!("{}", "ΆΈΉΊΌΎΏΣ".chars().flat_map(|c| c.to_lowercase()).collect::<String>());
    let quiet: String = "ÀÉÎ ΑΒΓ ЁЖ".chars().map(|c| c.to_lowercase().next().unwrap()).collect();
    println!("{}", quiet);
    let mut it = "abc".chars();
    it.next();
    println!("{:?} {}", it.as_str(), '7'.to_uppercase());
}

// CHECK:STDOUT: Hello Émile SStraße
// CHECK:STDOUT: A ж
// CHECK:STDOUT: ['S', 'S']
// CHECK:STDOUT: 2 1
// CHECK:STDOUT: GRÜSSE, ΩΜΈΓΑ
// CHECK:STDOUT: ΣΆΈΌΏ
// CHECK:STDOUT: άέήίόύώσ
// CHECK:STDOUT: àéî αβγ ёж
// CHECK:STDOUT: "bc" 7
