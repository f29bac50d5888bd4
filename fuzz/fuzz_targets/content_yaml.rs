//! cargo-fuzz target: see `content_yaml` in checks.rs for what it holds.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::content_yaml::check(data));
