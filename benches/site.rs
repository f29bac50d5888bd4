//! How fast twinpress builds, on a synthetic site and on the example.
//!
//!     cargo bench --bench site                      # 10,000 pages
//!     cargo bench --bench site -- --pages 100000    # 100,000 pages
//!     cargo bench --bench site -- --no-hugo         # without Hugo beside it
//!     cargo bench --bench site -- generate DIR [--pages N] [--seed S]
//!     cargo bench --bench site -- generate-hugo DIR [--pages N] [--seed S]
//!
//! For the given number of partner pages (one per partner and language,
//! 8 languages; the site's other pages come on top) it writes a synthetic
//! site (`synth/mod.rs`) into a temporary folder on tmpfs (`/dev/shm`,
//! else the system's temporary folder) and runs the release binary on it:
//!
//! - the full build into an empty output, `--runs` times (default 5): the
//!   median wall time and the largest peak memory (resident set size);
//! - the rebuild with nothing changed, as many times (the output is kept
//!   as it is);
//! - the rebuild after one partner's profile changed, as many times (every
//!   page is rendered; those made alike are linked from the last output);
//! - one build with `--timings`, whose phases it prints;
//! - `serve` on the example site: the time from saving a partner's profile
//!   to the new text being served, debounce included (median of 10);
//! - start-up: the whole build of a site with no partners (median of 10);
//! - when `hugo` is on the PATH, the same partner pages built by Hugo
//!   (`synth/hugo.rs`), `--runs` times, unless `--no-hugo` is given (at
//!   100,000 pages Hugo needs more memory than many machines have).
//!
//! `generate` only writes the site, to build it by hand or with another
//! tool; `generate-hugo` writes the Hugo site of its partner pages. docs/performance.md has the figures and how to compare them.

#[path = "../tests/common/mod.rs"]
mod common;
mod synth;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const BINARY: &str = env!("CARGO_BIN_EXE_twinpress");

struct Options {
    pages: usize,
    seed: u64,
    runs: usize,
    generate: Option<PathBuf>,
    hugo: Option<PathBuf>,
    /// Whether to build the same pages with Hugo too, when it is there.
    compare: bool,
}

fn options() -> Options {
    let mut options = Options {
        pages: 10_000,
        seed: 1,
        runs: 5,
        generate: None,
        hugo: None,
        compare: true,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut number = |what: &str| -> usize {
            args.next()
                .and_then(|n| n.replace('_', "").parse().ok())
                .unwrap_or_else(|| panic!("{what} needs a number"))
        };
        match arg.as_str() {
            "--pages" => options.pages = number("--pages"),
            "--seed" => options.seed = number("--seed") as u64,
            "--runs" => options.runs = number("--runs").max(1),
            "generate" => {
                options.generate = Some(PathBuf::from(
                    args.next().expect("generate needs a folder to write into"),
                ))
            }
            "--no-hugo" => options.compare = false,
            "generate-hugo" => {
                options.hugo = Some(PathBuf::from(
                    args.next()
                        .expect("generate-hugo needs a folder to write into"),
                ))
            }
            // cargo bench passes --bench to every benchmark binary.
            "--bench" => {}
            other => panic!("unknown argument {other}"),
        }
    }
    options
}

/// Runs the binary with `args` on the site `root`; its wall time, peak
/// memory in bytes and standard output.
fn run(args: &[&str], root: &Path) -> (Duration, u64, String) {
    let mut command = Command::new(BINARY);
    command
        .args(args)
        .arg("--root")
        .arg(root)
        .env("SOURCE_DATE_EPOCH", "1763596800");
    measure(command)
}

/// Runs `command`; its wall time, peak memory in bytes and standard
/// output.
// The child is waited for with wait4, which also gives its peak memory.
#[allow(clippy::zombie_processes)]
fn measure(mut command: Command) -> (Duration, u64, String) {
    let started = Instant::now();
    let child = command
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the program starts");
    let pid = child.id() as libc::pid_t;
    let (mut out, mut err) = (child.stdout.expect("piped"), child.stderr.expect("piped"));
    let errors = std::thread::spawn(move || {
        let mut stderr = String::new();
        let _ = err.read_to_string(&mut stderr);
        stderr
    });
    let mut stdout = String::new();
    out.read_to_string(&mut stdout).expect("its output");
    let stderr = errors.join().unwrap_or_default();
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value to be filled in, and
    // `pid` is our own child, not yet waited for.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let took = started.elapsed();
    assert_eq!(waited, pid, "waiting for the program failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{command:?} failed:\n{stderr}"
    );
    // Linux gives the peak resident set in KiB.
    (took, usage.ru_maxrss as u64 * 1024, stdout)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn scratch() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        tempfile::tempdir_in(shm).expect("a folder on tmpfs")
    } else {
        tempfile::tempdir().expect("a temporary folder")
    }
}

fn count_files(dir: &Path, ext: &str) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == ext))
        .count()
}

fn builds(options: &Options) {
    let tmp = scratch();
    let site = tmp.path().join("site");
    let shape = synth::Shape::pages(options.pages, options.seed);
    let started = Instant::now();
    synth::write(&site, shape).expect("the synthetic site");
    println!(
        "synthetic site: {} partners in {} languages, {} Markdown files, written in {:.1} s",
        shape.partners,
        shape.languages,
        count_files(&site, "md"),
        started.elapsed().as_secs_f64()
    );
    // As if written a while ago: a build does not trust a file changed
    // within moments of its start to have a time of its own.
    common::age(&site);
    let out = tmp.path().join("out");
    let out_arg = out.to_str().expect("a UTF-8 path");
    let build = ["build", "--output", out_arg];
    let cache = site.join(".twinpress");

    let (full, peak) = runs(options.runs, &build, &site, |_| {
        forget_last_build(&out, &cache)
    });
    let pages = count_files(&out, "html");
    println!(
        "full build:        {:>8.0} ms  (median of {}), peak memory {:.0} MiB, {pages} HTML files",
        full.as_secs_f64() * 1000.0,
        options.runs,
        mib(peak)
    );

    let (again, peak) = runs(options.runs, &build, &site, |_| {});
    print_rebuild("no-change rebuild:  ", again, full, peak);

    let profile = site.join("content/partners/town-0/en.md");
    let (changed, peak) = runs(options.runs, &build, &site, |run_number| {
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .open(&profile)
            .expect("a partner's profile");
        writeln!(file, "\nA new paragraph, number {run_number}.").expect("the profile changed");
    });
    print_rebuild("one partner changed:", changed, full, peak);

    std::fs::remove_dir_all(&out).expect("the last output removed");
    let (_, _, timings) = run(&["build", "--timings", "--output", out_arg], &site);
    println!("phases (build --timings):");
    for line in timings.lines().filter(|l| l.starts_with("  ")) {
        println!("  {}", line.trim());
    }
    if options.compare {
        hugo(options, &shape, &site, tmp.path());
    }
}

/// The same partner pages built by Hugo, when it is on the PATH: the
/// median wall time of `--runs` builds into an empty folder, and the
/// largest peak memory.
fn hugo(options: &Options, shape: &synth::Shape, site: &Path, tmp: &Path) {
    let Ok(version) = Command::new("hugo").arg("version").output() else {
        println!("hugo: not on the PATH, so not compared");
        return;
    };
    let version = String::from_utf8_lossy(&version.stdout);
    let version = version.split_whitespace().nth(1).unwrap_or("?");
    let source = tmp.join("hugo");
    synth::hugo::write(site, &source, shape.languages()).expect("the Hugo site");
    let out = tmp.join("hugo-out");
    let mut times = Vec::new();
    let mut peak = 0;
    for _ in 0..options.runs {
        if out.exists() {
            std::fs::remove_dir_all(&out).expect("the last output removed");
        }
        let mut command = Command::new("hugo");
        command
            .arg("--quiet")
            .arg("--source")
            .arg(&source)
            .arg("--destination")
            .arg(&out);
        let (took, memory, _) = measure(command);
        times.push(took);
        peak = peak.max(memory);
    }
    println!(
        "Hugo {version}, the partner pages only: {:>6.0} ms  (median of {}), peak memory {:.0} MiB, {} HTML files",
        median(times).as_secs_f64() * 1000.0,
        options.runs,
        mib(peak),
        count_files(&out, "html")
    );
}

/// Runs the binary with `args` `count` times, calling `before` with the
/// run's number first: the median wall time and the largest peak memory.
fn runs(
    count: usize,
    args: &[&str],
    root: &Path,
    mut before: impl FnMut(usize),
) -> (Duration, u64) {
    let mut times = Vec::new();
    let mut peak = 0;
    for n in 0..count {
        before(n);
        let (took, memory, _) = run(args, root);
        times.push(took);
        peak = peak.max(memory);
    }
    (median(times), peak)
}

/// A rebuild's line: its time, as a share of the full build's too.
fn print_rebuild(what: &str, took: Duration, full: Duration, peak: u64) {
    println!(
        "{what} {:>6.0} ms  ({:.0}% of the full build), peak memory {:.0} MiB",
        took.as_secs_f64() * 1000.0,
        100.0 * took.as_secs_f64() / full.as_secs_f64(),
        mib(peak)
    );
}

/// A copy of the example site (content, theme, locales) in `to`.
fn get(host: &str, path: &str) -> String {
    let Ok(mut stream) = TcpStream::connect(host) else {
        return String::new();
    };
    let _ = write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    );
    let mut body = String::new();
    let _ = stream.read_to_string(&mut body);
    body
}

fn serve() {
    let tmp = scratch();
    let site = tmp.path().join("site");
    common::copy_example(&site);
    let running = twinpress::commands::serve::start(&twinpress::commands::serve::ServeArgs {
        root: site.clone(),
        port: 0,
        bind: std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
        open: false,
    })
    .expect("serve starts");
    let host = running
        .url()
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let profile = site.join("content/partners/poissy/pl.md");
    let original = std::fs::read_to_string(&profile).expect("the profile");
    let mut times = Vec::new();
    for i in 0..10 {
        let marker = format!("Zmiana numer {i} w tekście");
        let saved = Instant::now();
        std::fs::write(&profile, format!("{original}\n{marker}\n")).expect("saved");
        while !get(&host, "/partners/poissy/").contains(&marker) {
            assert!(
                saved.elapsed() < Duration::from_secs(10),
                "the change never showed"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        times.push(saved.elapsed());
        std::thread::sleep(Duration::from_millis(200));
    }
    println!(
        "serve, one profile saved to its page served: {:>5.0} ms (median of 10)",
        median(times).as_secs_f64() * 1000.0
    );
}

/// Removes the last build's output and its record, for a whole build.
fn forget_last_build(out: &Path, cache: &Path) {
    for previous in [out, cache] {
        if previous.exists() {
            std::fs::remove_dir_all(previous).expect("the last build's output removed");
        }
    }
}

fn start_up() {
    let tmp = scratch();
    let site = tmp.path().join("site");
    std::fs::create_dir_all(site.join("content")).expect("a site");
    std::fs::write(
        site.join("content/site.yaml"),
        "base_url: https://example.org/\ndefault_language: en\nlanguages: [en]\n\
         title: Twin towns\ndescription: Soon.\nhome: {name: Exampleton, country: GB}\n",
    )
    .expect("site.yaml");
    let out = tmp.path().join("out");
    let args = ["build", "--output", out.to_str().expect("a UTF-8 path")];
    // Each a whole build: no output and no record of one to link from.
    let cache = site.join(".twinpress");
    let times = (0..10)
        .map(|_| {
            forget_last_build(&out, &cache);
            run(&args, &site).0
        })
        .collect();
    println!(
        "start-up, a whole build of a site without partners: {:>5.1} ms (median of 10)",
        median(times).as_secs_f64() * 1000.0
    );
}

fn main() {
    let options = options();
    if let Some(folder) = &options.generate {
        let shape = synth::Shape::pages(options.pages, options.seed);
        synth::write(folder, shape).expect("the synthetic site");
        println!(
            "wrote {} partners in {} languages to {}",
            shape.partners,
            shape.languages,
            folder.display()
        );
        return;
    }
    if let Some(folder) = &options.hugo {
        let shape = synth::Shape::pages(options.pages, options.seed);
        let site = scratch();
        synth::write(site.path(), shape).expect("the synthetic site");
        synth::hugo::write(site.path(), folder, shape.languages()).expect("the Hugo site");
        println!(
            "wrote the Hugo site of the partner pages to {}",
            folder.display()
        );
        return;
    }
    builds(&options);
    serve();
    start_up();
}
