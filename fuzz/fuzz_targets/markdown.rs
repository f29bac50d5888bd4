//! cargo-fuzz target: see `markdown` in checks.rs for what it holds.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|text: &str| checks::markdown::check(text));
