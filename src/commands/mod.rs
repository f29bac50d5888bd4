//! The commands: each owns its arguments and orchestrates the pipeline.

pub mod build;
pub mod check;
pub mod init;
pub mod new;
pub mod serve;
pub mod ui;

use clap::{Parser, Subcommand};

/// twinpress builds the website and print publications of a town's
/// international partnerships.
#[derive(Debug, Parser)]
#[command(name = "twinpress", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[command(flatten)]
    pub verbosity: ui::Verbosity,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder.
    Build(build::BuildArgs),
    /// Serve the site on this computer, rebuilt and reloaded on every save.
    Serve(serve::ServeArgs),
    /// Check the site without writing it: errors, links, translations, visits.
    Check(check::CheckArgs),
    /// Make a new site in a folder, ready to build.
    Init(init::InitArgs),
    /// Add a partner, an activity, a page or a report to a site.
    New(new::NewArgs),
}

/// The stack of each thread a command's parallel work runs on. Minifying
/// a page descends once per level of its elements: the deepest page the
/// limits let through (`MARKDOWN_DEPTH` levels in a text, within the
/// theme's own) needs a fraction of this, in an optimised build or not.
pub const WORKER_STACK: usize = 16 << 20;

/// Sets up the threads that parallel work runs on: as many as there are
/// cores, each with a [`WORKER_STACK`]. Done once, before the first
/// parallel work of the process; a later call changes nothing.
pub fn workers() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Fails only when the threads were set up already; they are kept.
        let _ = rayon::ThreadPoolBuilder::new()
            .stack_size(WORKER_STACK)
            .build_global();
    });
}

impl Cli {
    /// How the command talks to the person running it.
    pub fn ui(&self) -> ui::Ui {
        ui::Ui::new(self.verbosity)
    }

    pub fn run(self, ui: &ui::Ui) -> crate::Result<()> {
        workers();
        match self.command {
            Command::Build(args) => build::run(args, ui),
            Command::Check(args) => check::run(args, ui),
            Command::Init(args) => init::run(args, ui),
            Command::New(args) => new::run(args, ui),
            Command::Serve(args) => serve::run(args, ui),
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
