//! `twinpress serve`: the site in a browser while it is edited, rebuilt
//! and reloaded on every save.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Args;

use super::build::{make_photos, render_site_again};
use super::ui::Ui;
use crate::config::BuildConfig;
use crate::error::Result;
use crate::model::Site;
use crate::serve::{Server, problems_text, watch};
use crate::{assets, render};

/// How long the folders must be quiet after a change before rebuilding:
/// one save is often several events.
const QUIET: Duration = Duration::from_millis(30);

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The site folder (the one that holds content/).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The port to serve on.
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// The address to serve on; the default is seen only from this
    /// computer, 0.0.0.0 shows the site to the whole network.
    #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    pub bind: IpAddr,
    /// Open the site in the default browser.
    #[arg(long)]
    pub open: bool,
}

/// A site being served and watched; dropping it stops both.
pub struct Running {
    server: Arc<Server>,
    _watching: watch::Watching,
}

impl Running {
    /// The address of the site (`http://127.0.0.1:1111/`).
    pub fn url(&self) -> String {
        shown_url(self.server.addr())
    }
}

pub fn run(args: ServeArgs, ui: &Ui) -> Result<()> {
    let running = start_with(&args, *ui)?;
    let url = running.url();
    ui.info(format_args!(
        "serving {url} — edits in content/, themes/ and locales/ reload the page; Ctrl+C stops"
    ));
    if !args.bind.is_loopback() {
        ui.warn(format_args!(
            "--bind {} shows the site to other computers on the network",
            args.bind
        ));
    }
    if args.open
        && let Err(e) = open::that_detached(&url)
    {
        ui.warn(format_args!(
            "cannot open a browser ({e}); open {url} yourself"
        ));
    }
    loop {
        std::thread::park();
    }
}

/// Builds the site, serves it, and rebuilds it on every change to the
/// content, the theme or the locales; says nothing.
pub fn start(args: &ServeArgs) -> Result<Running> {
    start_with(args, Ui::silent())
}

/// [`start`], telling `ui` about each rebuild.
pub fn start_with(args: &ServeArgs, ui: Ui) -> Result<Running> {
    let server = Arc::new(Server::bind(SocketAddr::new(args.bind, args.port))?);
    let mut config = BuildConfig::new(&args.root);
    config.base_url = Some(shown_url(server.addr()));
    let mut earlier = rebuild(&config, &server, &[], None, &ui);
    let folders: Vec<PathBuf> = ["content", "themes", "locales"]
        .iter()
        .map(|f| args.root.join(f))
        .collect();
    let watched = Arc::clone(&server);
    let watching = watch::watch(&folders, QUIET, move |changed| {
        earlier = rebuild(&config, &watched, &changed, earlier.take(), &ui);
    })?;
    Ok(Running {
        server,
        _watching: watching,
    })
}

/// Renders the site in memory and serves it, or keeps the last good one
/// and shows what is wrong. Given the model of the last site served, and
/// the files changed since, it renders again only what they show when it
/// can (see [`crate::model::Site::bodies_changed`]). Returns the model of
/// the site now served, or None when it failed: the next rebuild then
/// makes everything, since it is not told what changed before.
fn rebuild(
    config: &BuildConfig,
    server: &Server,
    changed: &[PathBuf],
    earlier: Option<Site>,
    ui: &Ui,
) -> Option<Site> {
    let started = Instant::now();
    let relative = crate::source::relative_all(&config.root, changed);
    let built = render_site_again(
        config,
        render::Options::default(),
        earlier.as_ref().map(|site| (site, relative.as_slice())),
    )
    .and_then(|mut again| {
        // A render after a save may make only some pages: the cache's
        // other copies stay, for `build` to sort out.
        make_photos(&mut again.rendered.files, config, assets::Unused::Keep, ui)?;
        // Served from memory: the documents are read now.
        assets::read_copies(&mut again.rendered.files)?;
        Ok(again)
    });
    match built {
        Ok(again) => {
            for w in &again.summary.warnings {
                ui.warn(w);
            }
            let pages: usize = again.summary.pages.values().sum();
            let made = match &again.partners {
                Some(_) => {
                    let made = again.rendered.files.len();
                    server.update(again.rendered.files);
                    format!("made again only the {made} files that show the text")
                }
                None => {
                    server.publish(again.rendered.files);
                    format!("built {pages} pages")
                }
            };
            ui.info(format_args!(
                "{}{made} in {} ms",
                what_changed(&relative),
                started.elapsed().as_millis()
            ));
            Some(again.site)
        }
        Err(e) => {
            let problems = problems_text(&e);
            ui.error(&problems);
            server.fail(problems);
            None
        }
    }
}

/// The address to open: a server on every address of this computer
/// (`--bind 0.0.0.0`) is opened and linked as `localhost`.
fn shown_url(addr: SocketAddr) -> String {
    if addr.ip().is_unspecified() {
        format!("http://localhost:{}/", addr.port())
    } else {
        format!("http://{addr}/")
    }
}

fn what_changed(changed: &[PathBuf]) -> String {
    match changed {
        [] => String::new(),
        [one] => format!("{} changed: ", one.display()),
        many => format!("{} files changed: ", many.len()),
    }
}
