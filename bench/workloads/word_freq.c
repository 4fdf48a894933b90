/* word_freq: counts the words of a generated text in a hash table and
 * prints the ten most frequent (count descending, then word ascending). The
 * text is WORDS words from a fixed 64-word vocabulary, separated by spaces,
 * picked by a 32-bit linear congruential generator so that low indices are
 * more frequent: a = r % 64, then the word index is r' % (a + 1).
 * C has no hash table: this one is open addressing with linear probing on
 * FNV-1a hashes, doubled at half full; its keys point into the text.
 * malloc, realloc, qsort and memcpy are wasi-libc's (see bench/README.md).
 * bench-libc: wasi-libc
 */
#include <stdlib.h>
#include <string.h>

#include "common/env.h"

#define WORDS 1500000

static const char *const vocabulary[] = {
    "the",   "of",    "and",  "to",   "in",    "is",   "that",  "it",    "was",  "for",  "on",
    "are",   "as",    "with", "his",  "they",  "at",   "be",    "this",  "from", "have", "or",
    "by",    "one",   "had",  "not",  "but",   "what", "all",   "were",  "when", "we",   "there",
    "can",   "an",    "your", "which", "their", "said", "if",   "do",    "will", "each", "about",
    "how",   "up",    "out",  "them", "then",  "she",  "many",  "some",  "so",   "these", "would",
    "other", "into",  "has",  "more", "her",   "two",  "like",  "him",   "see",
};
#define VOCABULARY_LEN (sizeof vocabulary / sizeof vocabulary[0])

static unsigned rng_state = 2024;

/* The high bits: the low ones of a power-of-two LCG have short periods. */
static unsigned next_random(void) {
  rng_state = rng_state * 1664525u + 1013904223u;
  return rng_state >> 8;
}

/* A growable byte buffer, doubled when full. */
struct buffer {
  char *data;
  size_t len, cap;
};

static void buffer_append(struct buffer *b, const char *s, size_t n) {
  if (b->len + n > b->cap) {
    b->cap = b->cap ? b->cap * 2 : 64;
    while (b->len + n > b->cap) b->cap *= 2;
    b->data = realloc(b->data, b->cap);
  }
  memcpy(b->data + b->len, s, n);
  b->len += n;
}

static struct buffer generate_text(int words) {
  struct buffer text = {0};
  for (int i = 0; i < words; i++) {
    if (i > 0) buffer_append(&text, " ", 1);
    unsigned a = next_random() % VOCABULARY_LEN;
    const char *word = vocabulary[next_random() % (a + 1)];
    buffer_append(&text, word, strlen(word));
  }
  return text;
}

struct entry {
  const char *word; /* NULL: an empty slot */
  size_t len;
  unsigned count;
};

struct table {
  struct entry *slots;
  size_t cap, used; /* cap is a power of two */
};

static unsigned hash(const char *s, size_t n) {
  unsigned h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static struct entry *find_slot(struct entry *slots, size_t cap, const char *s, size_t n) {
  size_t i = hash(s, n) & (cap - 1);
  while (slots[i].word && (slots[i].len != n || memcmp(slots[i].word, s, n) != 0))
    i = (i + 1) & (cap - 1);
  return &slots[i];
}

static void table_grow(struct table *t) {
  size_t cap = t->cap ? t->cap * 2 : 16;
  struct entry *slots = calloc(cap, sizeof *slots);
  for (size_t i = 0; i < t->cap; i++)
    if (t->slots[i].word) *find_slot(slots, cap, t->slots[i].word, t->slots[i].len) = t->slots[i];
  free(t->slots);
  t->slots = slots;
  t->cap = cap;
}

static void table_count(struct table *t, const char *s, size_t n) {
  if (2 * (t->used + 1) > t->cap) table_grow(t);
  struct entry *e = find_slot(t->slots, t->cap, s, n);
  if (!e->word) {
    e->word = s;
    e->len = n;
    t->used++;
  }
  e->count++;
}

/* Count descending, then word ascending (bytewise, a prefix first). */
static int compare_entries(const void *pa, const void *pb) {
  const struct entry *a = pa, *b = pb;
  if (a->count != b->count) return a->count > b->count ? -1 : 1;
  int c = memcmp(a->word, b->word, a->len < b->len ? a->len : b->len);
  if (c != 0) return c;
  return (a->len > b->len) - (a->len < b->len);
}

BENCH_MAIN {
  struct buffer text = generate_text(WORDS);

  struct table counts = {0};
  for (size_t i = 0; i < text.len;) {
    while (i < text.len && text.data[i] == ' ') i++;
    size_t start = i;
    while (i < text.len && text.data[i] != ' ') i++;
    if (i > start) table_count(&counts, text.data + start, i - start);
  }

  struct entry *ranked = malloc(counts.used * sizeof *ranked);
  size_t n = 0;
  for (size_t i = 0; i < counts.cap; i++)
    if (counts.slots[i].word) ranked[n++] = counts.slots[i];
  qsort(ranked, n, sizeof *ranked, compare_entries);

  print_u32(WORDS);
  print_str(" words, ");
  print_u32((unsigned)n);
  print_str(" distinct\n");
  for (size_t i = 0; i < n && i < 10; i++) {
    env_write(1, ranked[i].word, (int)ranked[i].len);
    print_str(" ");
    println_u32(ranked[i].count);
  }
  free(ranked);
  free(counts.slots);
  free(text.data);
}
