//! The twinpress command line: parse, run, print the error, exit.

use std::process::ExitCode;

use clap::Parser;
use twinpress::commands::Cli;

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
