//! The twinpress command line: parse, run, print the error, exit.

use std::process::ExitCode;

use clap::Parser;
use twinpress::commands::Cli;

fn main() -> ExitCode {
    match Cli::parse().run() {
        Ok(()) => ExitCode::SUCCESS,
        // Already reported in the check's own output.
        Err(twinpress::Error::Failed) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
