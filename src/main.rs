//! The twinpress command line: parse, run, print the error, exit.

use std::process::ExitCode;

use clap::Parser;
use twinpress::commands::Cli;

fn main() -> ExitCode {
    match Cli::parse().run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
