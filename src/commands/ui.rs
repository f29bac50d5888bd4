//! What the commands tell the person at the terminal: a summary at the
//! end, warnings, progress bars for long steps, colour — the bars and the
//! colour only on a terminal, so logs and pipes get plain text.

use std::fmt::Display;
use std::io::IsTerminal as _;

use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// `--quiet` and `--verbose`, taken by every command.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct Verbosity {
    /// Print errors only: no summary, no warnings, no progress.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print more: how long each step took, every missing string.
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Quiet,
    Normal,
    Verbose,
}

/// How much to say, and whether the outputs are terminals.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    pub level: Level,
    color_out: bool,
    color_err: bool,
    bars: bool,
}

impl Ui {
    /// For a command run by a person: colour and bars where the output
    /// is a terminal (and `NO_COLOR` is not set).
    pub fn new(v: Verbosity) -> Ui {
        let level = if v.quiet {
            Level::Quiet
        } else if v.verbose {
            Level::Verbose
        } else {
            Level::Normal
        };
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let err_terminal = std::io::stderr().is_terminal();
        Ui {
            level,
            color_out: !no_color && std::io::stdout().is_terminal(),
            color_err: !no_color && err_terminal,
            bars: err_terminal && level > Level::Quiet,
        }
    }

    /// Says nothing: for builds run from code.
    pub fn silent() -> Ui {
        Ui {
            level: Level::Quiet,
            color_out: false,
            color_err: false,
            bars: false,
        }
    }

    /// A line of the result (the summary), on stdout.
    pub fn info(&self, text: impl Display) {
        if self.level >= Level::Normal {
            println!("{}", paint(&text.to_string(), self.color_out));
        }
    }

    /// More detail, with `--verbose` only.
    pub fn detail(&self, text: impl Display) {
        if self.level >= Level::Verbose {
            println!("{}", paint(&text.to_string(), self.color_out));
        }
    }

    pub fn warn(&self, text: impl Display) {
        if self.level >= Level::Normal {
            eprintln!("{}", paint(&format!("warning: {text}"), self.color_err));
        }
    }

    /// An error: always shown.
    pub fn error(&self, text: impl Display) {
        eprintln!("{}", paint(&text.to_string(), self.color_err));
    }

    /// A report printed as a whole on stdout (what `check` found).
    pub fn report(&self, text: &str) {
        print!("{}", paint(text, self.color_out));
    }

    /// A progress bar for `len` steps of `what`; drawn only on a terminal.
    pub fn progress(&self, len: usize, what: &str) -> ProgressBar {
        if !self.bars || len == 0 {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template("{msg:>12} [{bar:30}] {pos}/{len} {elapsed}")
            .map(|s| s.progress_chars("=> "))
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        bar.set_message(what.to_string());
        bar
    }
}

const RED: &str = "\x1b[1;31m";
const YELLOW: &str = "\x1b[1;33m";
const CYAN: &str = "\x1b[1;36m";
const RESET: &str = "\x1b[0m";

/// Colours the `error:`, `warning:` and `help:` that start lines.
pub fn paint(text: &str, color: bool) -> String {
    if !color {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 32);
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let colored = [("error:", RED), ("warning:", YELLOW), ("help:", CYAN)]
            .into_iter()
            .find_map(|(word, color)| {
                trimmed
                    .strip_prefix(word)
                    .map(|rest| format!("{indent}{color}{word}{RESET}{rest}"))
            });
        out.push_str(&colored.unwrap_or_else(|| line.to_string()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_only_when_asked() {
        let text = "error: a.yaml:1:2: bad\n  help: fix it\nplain\n";
        assert_eq!(paint(text, false), text);
        let painted = paint(text, true);
        assert!(painted.starts_with("\x1b[1;31merror:\x1b[0m a.yaml"));
        assert!(painted.contains("  \x1b[1;36mhelp:\x1b[0m fix it\n"));
        assert!(painted.ends_with("plain\n"));
    }

    #[test]
    fn a_silent_ui_draws_no_bar() {
        assert!(Ui::silent().progress(10, "PDFs").is_hidden());
    }
}
