//! The commands: each owns its arguments and orchestrates the pipeline.

pub mod build;
pub mod check;
pub mod init;
pub mod new;
pub mod serve;

use clap::{Parser, Subcommand};

/// twinpress builds the website and print publications of a town's
/// international partnerships.
#[derive(Debug, Parser)]
#[command(name = "twinpress", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder.
    Build(build::BuildArgs),
    /// Check the site without writing it: errors, translations, visits.
    Check(check::CheckArgs),
    /// Make a new site in a folder, ready to build.
    Init(init::InitArgs),
    /// Serve the site on this computer, rebuilt and reloaded on every save.
    Serve(serve::ServeArgs),
    /// Add a partner, an activity, a page or a report to a site.
    New(new::NewArgs),
}

impl Cli {
    pub fn run(self) -> crate::Result<()> {
        match self.command {
            Command::Build(args) => build::run(args),
            Command::Check(args) => check::run(args),
            Command::Init(args) => init::run(args),
            Command::New(args) => new::run(args),
            Command::Serve(args) => serve::run(args),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_valid() {
        Cli::command().debug_assert();
    }
}
