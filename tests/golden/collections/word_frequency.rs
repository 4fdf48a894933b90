// Word frequencies with the entry API: `*counts.entry(w).or_insert(0) += 1`
// over a HashMap<String, usize>, then the words sorted by count (and by
// word among equal counts), since a HashMap's own order is unspecified.
use std::collections::HashMap;

fn normalize(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn count_words(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for raw in text.split_whitespace() {
        let word = normalize(raw);
        if word.is_empty() {
            continue;
        }
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let text = "The quick brown fox jumps over the lazy dog. The dog sleeps; \
                the fox runs! A quick fox, a lazy dog, and THE end.";
    let counts = count_words(text);
    println!("distinct words: {}", counts.len());
    println!("the: {:?}", counts.get("the"));
    println!("fox: {}", counts["fox"]);
    println!("cat: {:?}", counts.get("cat"));
    println!("has dog: {}", counts.contains_key("dog"));

    let mut ranked: Vec<(&String, &usize)> = counts.iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (word, n) in ranked.iter().take(5) {
        println!("{:>6} {}", word, n);
    }

    let total: usize = counts.values().sum();
    println!("total words: {}", total);
    let once = counts.values().filter(|&&n| n == 1).count();
    println!("words seen once: {}", once);

    let mut longest: Vec<&str> = counts.keys().map(|w| w.as_str()).filter(|w| w.len() >= 5).collect();
    longest.sort();
    println!("long words: {:?}", longest);
}

// CHECK:STDOUT: distinct words: 13
// CHECK:STDOUT: the: Some(5)
// CHECK:STDOUT: fox: 3
// CHECK:STDOUT: cat: None
// CHECK:STDOUT: has dog: true
// CHECK:STDOUT:    the 5
// CHECK:STDOUT:    dog 3
// CHECK:STDOUT:    fox 3
// CHECK:STDOUT:      a 2
// CHECK:STDOUT:   lazy 2
// CHECK:STDOUT: total words: 24
// CHECK:STDOUT: words seen once: 7
// CHECK:STDOUT: long words: ["brown", "jumps", "quick", "sleeps"]
