// outer/nested.rs: the file of `mod nested;` inside the inline `mod outer`;
// it uses its parent's private fn.
pub fn answer() -> i32 {
    super::secret() + 2
}
