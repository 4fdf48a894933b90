#[path = "first.rs"]
mod again;
