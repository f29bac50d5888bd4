//! cargo-fuzz target: see `dates` in checks.rs for what it holds.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|text: &str| checks::dates::check(text));
