//! cargo-fuzz target: see `slugs` in checks.rs for what it holds.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|text: &str| checks::slugs::check(text));
