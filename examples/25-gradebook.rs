// A gradebook: a Vec of structs that own Strings and Vecs, derived Clone,
// PartialEq and Debug, sorting names, format! with widths and precision,
// and `{:#?}` of nested data.
#[derive(Debug, Clone, PartialEq)]
struct Student {
    name: String,
    scores: Vec<u32>,
}

impl Student {
    fn new(name: &str, scores: &[u32]) -> Student {
        Student { name: name.to_string(), scores: scores.to_vec() }
    }

    fn average(&self) -> f64 {
        if self.scores.is_empty() {
            return 0.0;
        }
        let mut total = 0;
        for s in &self.scores {
            total += s;
        }
        total as f64 / self.scores.len() as f64
    }

    fn grade(&self) -> char {
        let avg = self.average();
        if avg >= 90.0 {
            'A'
        } else if avg >= 80.0 {
            'B'
        } else if avg >= 70.0 {
            'C'
        } else {
            'F'
        }
    }
}

fn main() {
    let mut book = vec![
        Student::new("Grace", &[95, 88, 92]),
        Student::new("Alan", &[72, 65, 80]),
        Student::new("Ada", &[99, 100, 97]),
        Student::new("Edsger", &[85, 79, 91]),
    ];
    let snapshot = book.clone();
    book[1].scores.push(100);
    println!("changed since snapshot: {}", book != snapshot);

    let mut names: Vec<String> = Vec::new();
    for s in &book {
        names.push(s.name.clone());
    }
    names.sort();
    println!("roster: {}", names.join(", "));

    println!("{:<8}|{:>7}|{:^7}", "name", "average", "grade");
    for s in &book {
        let line = format!("{:<8}|{:>7.2}|{:^7}", s.name, s.average(), s.grade());
        println!("{}", line);
    }
    let best = {
        let mut best = &book[0];
        for s in &book {
            if s.average() > best.average() {
                best = s;
            }
        }
        best
    };
    println!("top: {:#?}", best);
}
