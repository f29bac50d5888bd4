//! The twinpress command line: parse, run, print the error, exit.

use std::process::ExitCode;

use clap::Parser;
use twinpress::commands::Cli;

/// A faster allocator than the system's for the many small strings and
/// values a build makes on every thread (mimalloc 2, see Cargo.toml).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let ui = cli.ui();
    match cli.run(&ui) {
        Ok(()) => ExitCode::SUCCESS,
        // Already reported in the check's own output.
        Err(twinpress::Error::Failed) => ExitCode::FAILURE,
        Err(e) => {
            ui.error(e);
            ExitCode::FAILURE
        }
    }
}
