// word_freq: counts the words of a generated text in a Map and prints the
// ten most frequent (count descending, then word ascending). The text is
// WORDS words from a fixed 64-word vocabulary, separated by spaces, picked
// by a 32-bit linear congruential generator so that low indices are more
// frequent: a = r % 64, then the word index is r' % (a + 1).
// The stub runtime never frees: this one needs the collector.
// bench-flags: --runtime incremental
import { print } from "./common/env";

const WORDS: i32 = 1_500_000;

const VOCABULARY: StaticArray<string> = [
  "the", "of", "and", "to", "in", "is", "that", "it", "was", "for", "on", "are", "as", "with",
  "his", "they", "at", "be", "this", "from", "have", "or", "by", "one", "had", "not", "but",
  "what", "all", "were", "when", "we", "there", "can", "an", "your", "which", "their", "said",
  "if", "do", "will", "each", "about", "how", "up", "out", "them", "then", "she", "many",
  "some", "so", "these", "would", "other", "into", "has", "more", "her", "two", "like", "him",
  "see",
];

let rngState: u32 = 2024;

// The high bits: the low ones of a power-of-two LCG have short periods.
function nextRandom(): u32 {
  rngState = rngState * 1664525 + 1013904223;
  return rngState >> 8;
}

// Not `parts.join(" ")`: when asc optimizes for size (-Oz, -Os), its
// standard library joins strings by repeated concatenation, which takes
// minutes for 1.5 M words. So the words' ASCII bytes are copied into one
// buffer and decoded into a string once.
function generateText(words: i32): string {
  const parts = new Array<string>(words);
  let bytes = words - 1; // the spaces
  for (let i = 0; i < words; i++) {
    const a = nextRandom() % <u32>VOCABULARY.length;
    const word = VOCABULARY[nextRandom() % (a + 1)];
    parts[i] = word;
    bytes += word.length;
  }
  const buffer = new Uint8Array(bytes);
  let pos = 0;
  for (let i = 0; i < words; i++) {
    if (i > 0) buffer[pos++] = 0x20;
    const word = parts[i];
    for (let j = 0; j < word.length; j++) buffer[pos++] = <u8>word.charCodeAt(j);
  }
  return String.UTF8.decode(buffer.buffer);
}

class WordCount {
  constructor(
    public word: string,
    public count: i32,
  ) {}
}

export function main(): void {
  const text = generateText(WORDS);

  const counts = new Map<string, i32>();
  const words = text.split(" ");
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.length == 0) continue;
    counts.set(word, counts.has(word) ? counts.get(word) + 1 : 1);
  }

  const keys = counts.keys();
  const ranked = new Array<WordCount>(keys.length);
  for (let i = 0; i < keys.length; i++) ranked[i] = new WordCount(keys[i], counts.get(keys[i]));
  ranked.sort((a: WordCount, b: WordCount): i32 => {
    if (a.count != b.count) return b.count - a.count;
    return a.word < b.word ? -1 : a.word > b.word ? 1 : 0;
  });

  let out = `${WORDS} words, ${ranked.length} distinct\n`;
  for (let i = 0; i < min(10, ranked.length); i++) out += `${ranked[i].word} ${ranked[i].count}\n`;
  print(out);
}
