// An exercise-style program: word statistics over a text with iterator
// chains (split_whitespace, lines, map, filter, collect, max_by_key, sum).
fn main() {
    let text = "the quick brown fox\njumps over the lazy dog\nthe end";
    let words: Vec<&str> = text.split_whitespace().collect();
    println!("words: {}", words.len());
    let total_letters: usize = words.iter().map(|w| w.len()).sum();
    println!("letters: {}", total_letters);
    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    println!("longest: {}", longest);
    let the_count = words.iter().filter(|&&w| w == "the").count();
    println!("'the' appears {} times", the_count);
    for (n, line) in text.lines().enumerate() {
        let caps: Vec<String> = line
            .split_whitespace()
            .map(|w| {
                let mut c = w.chars();
                match c.next() {
                    Some(f) => f.to_ascii_uppercase().to_string() + &c.collect::<String>(),
                    None => String::new(),
                }
            })
            .collect();
        println!("{}: {}", n + 1, caps.join(" "));
    }
    let vowels = text.chars().filter(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')).count();
    println!("vowels: {}", vowels);
    let short: Vec<&str> = words.iter().copied().filter(|w| w.len() <= 3).collect();
    println!("{:?}", short);
}

// CHECK:STDOUT: words: 11
// CHECK:STDOUT: letters: 41
// CHECK:STDOUT: longest: jumps
// CHECK:STDOUT: 'the' appears 3 times
// CHECK:STDOUT: 1: The Quick Brown Fox
// CHECK:STDOUT: 2: Jumps Over The Lazy Dog
// CHECK:STDOUT: 3: The End
// CHECK:STDOUT: vowels: 13
// CHECK:STDOUT: ["the", "fox", "the", "dog", "the", "end"]
