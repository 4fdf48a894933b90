// The host side of js_string.rs: JS strings with non-ASCII text, a
// character outside the BMP (a surrogate pair), a lone surrogate, an empty
// string and a long one.
const LINES = ["plain", "lone \ud800 surrogate", "", "ab".repeat(3000), "\u{1F980}\u{1F980}"];
export default {
  page: {
    title: () => "Grüße, 世界 🦀",
    line: (i) => LINES[i],
    lines: () => LINES.length,
  },
};
