//! `atlas-bench`: the benchmark of the Integrationsatlas. For each requested size it generates
//! realistic offers, loads them through `Atlas::import`, builds the index, measures query
//! latency (against an SQLite FTS5 baseline), HTTP throughput, sync freshness and memory, and
//! prints a Markdown report that it also writes into `BENCHMARKS.md`.

/// mimalloc instead of the system allocator: searches and index builds allocate and free many
/// small buffers (postings, bit sets, strings), which glibc's malloc made ≈ 10 % of their time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod fts;
mod generate;
mod http;
mod phases;
mod queries;
mod report;
mod rng;
mod stats;
mod vocab;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::Parser;

use crate::generate::{Generator, World};
use crate::phases::{Settings, log};
use crate::report::SizeReport;

/// Benchmark of the Integrationsatlas (see BENCHMARKS.md).
#[derive(Debug, Parser)]
#[command(name = "atlas-bench")]
struct Args {
    /// Numbers of offers to benchmark, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "10000,100000")]
    sizes: Vec<usize>,
    /// A small run (2,000 offers, 2 s of HTTP) that finishes in under a minute; prints the
    /// report but writes no file unless --report is given.
    #[arg(long)]
    quick: bool,
    /// Seed of the generator and the query mix.
    #[arg(long, default_value_t = 20_260_302)]
    seed: u64,
    /// Offers per imported HSDS page.
    #[arg(long, default_value_t = 10_000)]
    chunk: usize,
    /// Queries per class (at least 200 for the report).
    #[arg(long, default_value_t = 300)]
    queries: usize,
    /// Warm-up queries per class before measuring.
    #[arg(long, default_value_t = 50)]
    warmup: usize,
    /// Cap on the seconds spent measuring one query class.
    #[arg(long, default_value_t = 60)]
    class_cap_seconds: u64,
    /// Cap on the seconds spent loading the store.
    #[arg(long, default_value_t = 600)]
    load_cap_seconds: u64,
    /// Seconds of measured HTTP load (each for the API and the floor).
    #[arg(long, default_value_t = 20.0)]
    http_seconds: f64,
    /// Concurrent HTTP connections.
    #[arg(long, default_value_t = 16)]
    concurrency: usize,
    /// Samples of sync freshness.
    #[arg(long, default_value_t = 50)]
    sync_samples: usize,
    /// Phases to leave out: queries, fts, http, render, sync.
    #[arg(long, value_delimiter = ',')]
    skip: Vec<String>,
    /// Directory for the data (default: a temporary directory, removed at the end).
    #[arg(long)]
    work_dir: Option<PathBuf>,
    /// Reuse a store loaded by an earlier run in --work-dir (same size and seed).
    #[arg(long)]
    reuse: bool,
    /// Where to write the report (default: BENCHMARKS.md of the workspace; none with --quick).
    #[arg(long)]
    report: Option<PathBuf>,
    /// Do not write any report file.
    #[arg(long)]
    no_write: bool,
    /// Run nothing: rewrite the report file's introduction and overview from its sections.
    #[arg(long)]
    rewrite: bool,
    /// Before measuring a query class (by its label, e.g. "two words"), run its queries
    /// over and over for --loop-seconds and print how many ran: a steady load for `perf`,
    /// and a throughput to compare two binaries run at the same time on one core each.
    #[arg(long)]
    loop_class: Option<String>,
    /// Seconds of --loop-class.
    #[arg(long, default_value_t = 8)]
    loop_seconds: u64,
}

fn main() -> Result<()> {
    let mut args = Args::parse();
    let command = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let command = format!("cargo run --release -p atlas-bench -- {command}")
        .trim_end()
        .to_owned();
    if args.quick {
        args.sizes = vec![2_000];
        args.http_seconds = args.http_seconds.min(2.0);
        args.queries = args.queries.min(200);
        args.sync_samples = args.sync_samples.min(20);
    }
    let report_path = match (&args.report, args.quick, args.no_write) {
        (_, _, true) => None,
        (Some(p), _, _) => Some(p.clone()),
        (None, true, _) => None,
        (None, false, _) => {
            let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
            Some(root.canonicalize().unwrap_or(root).join("BENCHMARKS.md"))
        }
    };
    if args.rewrite {
        let path = report_path.context("--rewrite needs a report file")?;
        report::write(&path, &[])?;
        log(format!("rewrote {}", path.display()));
        return Ok(());
    }
    let settings = Settings {
        seed: args.seed,
        today: chrono::NaiveDate::from_ymd_opt(2026, 3, 2).context("date")?,
        chunk: args.chunk.max(1),
        queries: args.queries.max(1),
        warmup: args.warmup,
        class_cap: Duration::from_secs(args.class_cap_seconds),
        load_cap: Duration::from_secs(args.load_cap_seconds),
        http_seconds: args.http_seconds,
        http_warmup: if args.quick { 0.5 } else { 2.0 },
        concurrency: args.concurrency.max(1),
        sync_samples: args.sync_samples,
        loop_class: match &args.loop_class {
            None => None,
            Some(label) => Some(
                queries::Class::ALL
                    .into_iter()
                    .find(|c| c.label() == label)
                    .with_context(|| {
                        let labels: Vec<&str> =
                            queries::Class::ALL.iter().map(|c| c.label()).collect();
                        format!("--loop-class {label:?}: not one of {labels:?}")
                    })?,
            ),
        },
        loop_for: Duration::from_secs(args.loop_seconds),
    };
    if settings.loop_class.is_some() && args.skip.iter().any(|p| p == "queries") {
        anyhow::bail!("--loop-class runs in the queries phase, which --skip leaves out");
    }
    let temp;
    let work_dir = match &args.work_dir {
        Some(d) => d.clone(),
        None => {
            temp = tempfile::Builder::new().prefix("atlas-bench-").tempdir()?;
            temp.path().to_owned()
        }
    };
    let machine = stats::machine();
    log(format!("machine: {machine}"));
    let world = World::embedded()?;
    log(format!(
        "{} Gemeinden with {} postcode places",
        world.towns.len(),
        world.place_count()
    ));

    let mut reports = Vec::new();
    for &size in &args.sizes {
        log(format!("=== {size} offers ==="));
        let r = run_size(
            size, &args, &settings, &world, &work_dir, &command, &machine,
        )
        .with_context(|| format!("benchmark of {size} offers"))?;
        reports.push(r);
    }
    let refs: Vec<&SizeReport> = reports.iter().collect();
    let text = match &report_path {
        Some(p) => {
            let doc = report::write(p, &refs)?;
            log(format!("report written to {}", p.display()));
            doc
        }
        None => report::document("", &refs),
    };
    println!("{text}");
    Ok(())
}

fn run_size(
    size: usize,
    args: &Args,
    s: &Settings,
    world: &World,
    work_dir: &std::path::Path,
    command: &str,
    machine: &str,
) -> Result<SizeReport> {
    let dir = work_dir.join(format!("n{size}"));
    let data_dir = dir.join("atlas");
    let marker = dir.join(format!("loaded-{size}-{}", s.seed));
    let g = Generator::new(world, s.seed, size);
    let mut r = SizeReport {
        size,
        started: chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string(),
        command: command.to_owned(),
        machine: machine.to_owned(),
        built: built(),
        load_start: stats::load1(),
        seed: s.seed,
        offers: size,
        providers: g.providers(),
        networks: g.networks(),
        ..SizeReport::default()
    };
    r.towns = world.towns.len();

    // 1. Store load through the real import path.
    if args.reuse && marker.exists() {
        log("reusing the loaded store");
        r.reused = true;
    } else {
        if dir.exists() {
            std::fs::remove_dir_all(&dir)?;
        }
        std::fs::create_dir_all(&dir)?;
        log("loading the store through Atlas::import");
        let atlas = phases::open(&data_dir, s)?;
        phases::load(&atlas, &g, s, &mut r)?;
        drop(atlas);
        if !r.load_capped {
            std::fs::write(&marker, "")?;
        }
        log(format!(
            "  {} records in {:.1} s ({:.0} records/s); generating took {:.1} s",
            r.load_records,
            r.load_seconds,
            r.load_records as f64 / r.load_seconds,
            r.gen_seconds
        ));
    }
    r.mem_load = stats::memory();
    r.store_mib = stats::mib(
        stats::disk_size(&data_dir.join(atlas_app::STORE_FILE))
            + stats::disk_size(&data_dir.join(format!("{}-wal", atlas_app::STORE_FILE))),
    );
    r.locations = g.location_count();

    // 2. Index build from the store.
    log("building the index (Atlas::start_search)");
    let atlas = Arc::new(phases::build_index(&data_dir, s, &mut r)?);
    r.mem_index = stats::memory();
    log(format!(
        "  {} documents in {:.2} s = {:.0} offers/s; CPU ours {:.2}, others {:.2}",
        r.index_docs,
        r.index_seconds,
        r.index_rate(),
        r.cpu_index.ours,
        r.cpu_index.others
    ));

    // 3. In-process query latency.
    let mixes = if args.skip.iter().any(|p| p == "queries") {
        phases::mixes(world, s)
    } else {
        log("in-process queries");
        phases::query_latency(&atlas, world, s, &mut r)?
    };
    r.mem_queries = stats::memory();

    // 4. FTS5 baseline.
    if !args.skip.iter().any(|p| p == "fts") {
        log("FTS5 baseline");
        phases::fts(&atlas, &g, &dir.join("fts5.db"), &mixes, s, &mut r)?;
    }

    // 5. HTTP.
    if !args.skip.iter().any(|p| p == "http") {
        log("HTTP throughput");
        phases::http(atlas.clone(), phases::urls(&mixes), s, &mut r)?;
    }

    // 6. Server render of the web pages.
    if !args.skip.iter().any(|p| p == "render") {
        log("web page render");
        phases::render(atlas.clone(), &mixes, s, &mut r)?;
    }

    // 7. Sync freshness (writes to the store: last).
    if !args.skip.iter().any(|p| p == "sync") && s.sync_samples > 0 {
        log("sync freshness");
        phases::freshness(atlas.clone(), &g, s, &mut r)?;
    }
    r.mem_end = stats::memory();
    r.load_end = stats::load1();
    drop(atlas);
    if args.work_dir.is_none() {
        std::fs::remove_dir_all(&dir).ok();
    }
    Ok(r)
}

/// The modification time of this executable, i.e. which state of the workspace is measured.
fn built() -> String {
    std::env::current_exe()
        .and_then(std::fs::metadata)
        .and_then(|m| m.modified())
        .map(|t| {
            chrono::DateTime::<chrono::Utc>::from(t)
                .format("%Y-%m-%d %H:%M UTC")
                .to_string()
        })
        .unwrap_or_else(|_| "unknown".into())
}
