// Loaded through `#[path = "extra/renamed_file.rs"] mod renamed;`.
pub fn greeting() -> &'static str {
    "hello from a #[path] module"
}
