//! cargo-fuzz target: see `front_matter` in checks.rs for what it holds.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|text: &str| checks::front_matter::check(text));
