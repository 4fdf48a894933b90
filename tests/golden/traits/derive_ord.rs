// Cards: #[derive(PartialOrd, Ord)] on an enum and a struct, sort, max,
// min_by_key, cmp on derived types, anagrams, a Caesar shift, FNV hashing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Suit { Clubs, Diamonds, Hearts, Spades }
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Card { rank: u8, suit: Suit }
fn main() {
    let mut hand = vec![Card { rank: 12, suit: Suit::Hearts }, Card { rank: 3, suit: Suit::Spades }, Card { rank: 12, suit: Suit::Clubs }, Card { rank: 7, suit: Suit::Diamonds }];
    hand.sort();
    println!("{:?}", hand);
    hand.sort_by(|a, b| b.suit.cmp(&a.suit).then(a.rank.cmp(&b.rank)));
    for c in &hand { print!("{}{:?} ", c.rank, c.suit); }
    println!();
    let max = hand.iter().max().unwrap();
    let min = hand.iter().min_by_key(|c| c.rank).unwrap();
    println!("{:?} {:?} {}", max, min, Card { rank: 2, suit: Suit::Clubs } < Card { rank: 2, suit: Suit::Hearts });
    let mut s: Vec<char> = "listen".chars().collect(); s.sort();
    let mut t: Vec<char> = "silent".chars().collect(); t.sort_unstable();
    println!("{} {:?}", s == t, s.iter().collect::<String>());
    let caesar: String = "Hello, World!".chars().map(|c| if c.is_ascii_lowercase() { (((c as u8 - b'a' + 3) % 26) + b'a') as char } else if c.is_ascii_uppercase() { (((c as u8 - b'A' + 3) % 26) + b'A') as char } else { c }).collect();
    println!("{}", caesar);
    let mut h: u32 = 2166136261;
    for b in "hash me".bytes() { h ^= b as u32; h = h.wrapping_mul(16777619); }
    println!("{:08x}", h);
}

// CHECK:STDOUT: [Card { rank: 3, suit: Spades }, Card { rank: 7, suit: Diamonds }, Card { rank: 12, suit: Clubs }, Card { rank: 12, suit: Hearts }]
// CHECK:STDOUT: 3Spades 12Hearts 7Diamonds 12Clubs 
// CHECK:STDOUT: Card { rank: 12, suit: Hearts } Card { rank: 3, suit: Spades } true
// CHECK:STDOUT: true "eilnst"
// CHECK:STDOUT: Khoor, Zruog!
// CHECK:STDOUT: 8d6ba0bd
