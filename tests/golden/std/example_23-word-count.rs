// Strings and vectors: split a text into words by hand, count each word in
// a Vec of (String, count) pairs, sort the counts and report with format!.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            current.push(c.to_ascii_lowercase());
        } else if !current.is_empty() {
            out.push(current.clone());
            current.clear();
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn count(words: &[String]) -> Vec<(String, u32)> {
    let mut counts: Vec<(String, u32)> = Vec::new();
    for w in words {
        let mut found = false;
        for entry in counts.iter_mut() {
            if entry.0 == *w {
                entry.1 += 1;
                found = true;
            }
        }
        if !found {
            counts.push((w.clone(), 1));
        }
    }
    counts
}

fn main() {
    let text = "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!";
    let all = words(text);
    println!("{} words: {:?}", all.len(), &all[..4]);
    let mut counts = count(&all);
    // Most frequent first, then alphabetical: a simple insertion sort.
    for i in 1..counts.len() {
        let mut j = i;
        while j > 0
            && (counts[j].1 > counts[j - 1].1
                || (counts[j].1 == counts[j - 1].1 && counts[j].0 < counts[j - 1].0))
        {
            counts.swap(j, j - 1);
            j -= 1;
        }
    }
    let mut report = String::new();
    for (word, n) in &counts {
        if *n > 1 {
            report += &format!("{}={} ", word, n);
        }
    }
    println!("repeated: {}", report.trim_end());
    let mut longest = &all[0];
    for w in &all {
        if w.len() > longest.len() {
            longest = w;
        }
    }
    println!("longest word: {} ({} letters)", longest, longest.len());
}

// CHECK:STDOUT: 15 words: ["the", "quick", "brown", "fox"]
// CHECK:STDOUT: repeated: the=4 dog=2 fox=2
// CHECK:STDOUT: longest word: sleeps (6 letters)
