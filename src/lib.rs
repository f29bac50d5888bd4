//! twinpress: a static site generator for the international partnerships
//! of towns, counties and regions.
//!
//! Data flows one way, each module using only those before it:
//!
//! ```text
//! config → source → model → i18n → render → assets → output → pdf → serve
//!                                   commands on top
//! ```
//!
//! - [`config`]: where the site is and what the command line overrides.
//! - [`source`]: reading content files, front matter and YAML; theme and
//!   locale files.
//! - [`model`]: the typed, validated, immutable site.
//! - [`i18n`]: interface strings (Fluent), dates, numbers and plurals (ICU4X).
//! - [`render`]: Markdown and Tera templates into files in memory.
//! - [`assets`]: the resized copies of photos, made once and cached.
//! - [`output`]: minifying and writing the output folder atomically.
//! - [`pdf`]: printing the publications to PDF with a headless Chromium.
//! - [`serve`]: the site from memory over HTTP, with live reload.
//! - [`commands`]: `build` and friends, the only orchestrators.

pub mod assets;
pub mod commands;
pub mod config;
pub mod error;
pub mod i18n;
pub mod model;
pub mod output;
pub mod pdf;
pub mod render;
pub mod serve;
pub mod source;

pub use error::{Diagnostic, Error, Result, Warning};
