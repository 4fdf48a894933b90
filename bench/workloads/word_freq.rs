// word_freq: counts the words of a generated text in a HashMap and prints
// the ten most frequent (count descending, then word ascending). The text
// is WORDS words from a fixed 64-word vocabulary, separated by spaces,
// picked by a 32-bit linear congruential generator so that low indices are
// more frequent: a = r % 64, then the word index is r' % (a + 1).

use std::collections::HashMap;

const WORDS: usize = 1_500_000;

const VOCABULARY: [&str; 64] = [
    "the", "of", "and", "to", "in", "is", "that", "it", "was", "for", "on", "are", "as", "with",
    "his", "they", "at", "be", "this", "from", "have", "or", "by", "one", "had", "not", "but",
    "what", "all", "were", "when", "we", "there", "can", "an", "your", "which", "their", "said",
    "if", "do", "will", "each", "about", "how", "up", "out", "them", "then", "she", "many",
    "some", "so", "these", "would", "other", "into", "has", "more", "her", "two", "like", "him",
    "see",
];

struct Lcg {
    state: u32,
}

impl Lcg {
    fn next(&mut self) -> u32 {
        self.state = self.state.wrapping_mul(1664525).wrapping_add(1013904223);
        // The high bits: the low ones of a power-of-two LCG have short periods.
        self.state >> 8
    }
}

fn generate_text(words: usize) -> String {
    let mut rng = Lcg { state: 2024 };
    let mut text = String::new();
    for i in 0..words {
        if i > 0 {
            text.push(' ');
        }
        let a = rng.next() % VOCABULARY.len() as u32;
        let index = rng.next() % (a + 1);
        text.push_str(VOCABULARY[index as usize]);
    }
    text
}

fn main() {
    let text = generate_text(WORDS);

    let mut counts: HashMap<&str, u32> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }

    let mut ranked: Vec<(&str, u32)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));

    println!("{} words, {} distinct", WORDS, ranked.len());
    for (word, count) in ranked.iter().take(10) {
        println!("{} {}", word, count);
    }
}
