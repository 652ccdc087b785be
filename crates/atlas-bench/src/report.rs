//! The Markdown report: one section per data size (with a machine-readable summary line), an
//! overview table rebuilt from every section in the file, and the static introduction.
//! `BENCHMARKS.md` keeps the sections of sizes not run this time.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::Result;
use serde_json::{Value, json};

use crate::http::Load;
use crate::queries::Class;
use crate::stats::{CpuUse, Memory, Summary};

/// Everything measured for one size.
#[derive(Debug, Default)]
pub struct SizeReport {
    pub size: usize,
    pub started: String,
    pub command: String,
    pub machine: String,
    /// When the benchmark binary was built (other crates change under it).
    pub built: String,
    pub load_start: f64,
    pub load_end: f64,
    pub seed: u64,
    pub offers: usize,
    pub providers: usize,
    pub networks: usize,
    pub locations: usize,
    pub towns: usize,
    pub reused: bool,
    pub load_records: usize,
    pub load_chunks: usize,
    pub load_seconds: f64,
    pub gen_seconds: f64,
    pub load_capped: bool,
    pub store_mib: f64,
    pub index_seconds: f64,
    pub index_docs: u64,
    pub index_mib: f64,
    pub queries: Vec<ClassResult>,
    pub fts_build: Option<crate::fts::Build>,
    pub fts_mib: f64,
    pub recall: Vec<Recall>,
    pub http: Option<Load>,
    pub floor: Option<Load>,
    pub http_concurrency: usize,
    pub sync: Option<Fresh>,
    /// Server render of the results page and of the offer page.
    pub render: Option<(Summary, Summary)>,
    pub cpu_load: CpuUse,
    pub cpu_index: CpuUse,
    pub cpu_queries: CpuUse,
    pub cpu_fts: CpuUse,
    pub cpu_http: CpuUse,
    pub cpu_floor: CpuUse,
    pub cpu_sync: CpuUse,
    pub cpu_render: CpuUse,
    pub mem_load: Memory,
    pub mem_index: Memory,
    pub mem_queries: Memory,
    pub mem_end: Memory,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct ClassResult {
    pub class: Class,
    pub atlas: Summary,
    pub mean_total: f64,
    pub capped: bool,
    pub fts: Option<Summary>,
    pub fts_mean_total: Option<f64>,
}

/// Recall of one text class: mean offers found by each engine over the distinct pool queries.
#[derive(Debug, Clone)]
pub struct Recall {
    pub class: Class,
    pub queries: usize,
    pub atlas_mean: f64,
    pub fts_mean: f64,
    pub fts_zero: usize,
    pub atlas_zero: Vec<String>,
    pub examples: Vec<(String, u64, u64)>,
}

#[derive(Debug, Clone, Copy)]
pub struct Fresh {
    pub samples: usize,
    pub timeouts: usize,
    pub visible: Summary,
    pub import: Summary,
}

fn int(n: f64) -> String {
    let s = format!("{:.0}", n.max(0.0));
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn ms(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0}")
    } else if v >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

fn cpu(c: &CpuUse) -> String {
    format!("{:.2} / {:.2}", c.ours, c.others)
}

fn mark(ok: bool) -> &'static str {
    if ok { "✅ met" } else { "❌ missed" }
}

/// The p99 target for in-process queries at this size, ms.
pub fn query_target_ms(size: usize) -> f64 {
    if size >= 1_000_000 { 50.0 } else { 10.0 }
}

pub const INDEX_TARGET: f64 = 20_000.0;
pub const HTTP_TARGET: f64 = 3_000.0;
pub const SYNC_TARGET_MS: f64 = 1_000.0;

impl SizeReport {
    pub fn index_rate(&self) -> f64 {
        self.offers as f64 / self.index_seconds.max(1e-9)
    }

    fn summary(&self) -> Value {
        let worst = self.queries.iter().map(|q| q.atlas.p99).fold(0.0, f64::max);
        json!({
            "size": self.size,
            "date": self.started,
            // None when the store was reused (not loaded in this run).
            "load_records_per_s": (!self.reused)
                .then(|| (self.load_records as f64 / self.load_seconds.max(1e-9)).round()),
            "index_offers_per_s": self.index_rate().round(),
            "query_p99_worst_ms": (worst * 100.0).round() / 100.0,
            "http_rps": self.http.map(|h| h.per_second.round()),
            "http_p99_ms": self.http.map(|h| (h.latency.p99 * 100.0).round() / 100.0),
            "floor_rps": self.floor.map(|h| h.per_second.round()),
            "sync_p99_ms": self.sync.map(|s| (s.visible.p99 * 10.0).round() / 10.0),
            "rss_mib": self.mem_end.rss.round(),
            "load1": self.load_start,
        })
    }

    /// The section of this size, between markers.
    pub fn section(&self) -> String {
        let mut s = String::new();
        let n = self.size;
        let _ = writeln!(s, "<!-- bench:size={n} -->");
        let _ = writeln!(s, "<!-- bench:summary {} -->", self.summary());
        let _ = writeln!(s, "## {} offers\n", int(n as f64));
        let _ = writeln!(
            s,
            "Run {} · `{}` · binary built {} · seed {} · machine: {} · load average (1 min) {:.2} at start, {:.2} at end.\n",
            self.started,
            self.command,
            self.built,
            self.seed,
            self.machine,
            self.load_start,
            self.load_end
        );
        let _ = writeln!(
            s,
            "Data: {} offers, {} providers, {} networks, {} locations in {} Gemeinden of Hessen; store {:.0} MiB, tantivy index {:.0} MiB{}.\n",
            int(self.offers as f64),
            int(self.providers as f64),
            int(self.networks as f64),
            int(self.locations as f64),
            self.towns,
            self.store_mib,
            self.index_mib,
            self.fts_build
                .map(|_| format!(", FTS5 file {:.0} MiB", self.fts_mib))
                .unwrap_or_default()
        );
        let _ = writeln!(
            s,
            "| phase | result | CPU cores used: ours / others' | target |\n|---|---|---|---|"
        );
        if self.reused {
            let _ = writeln!(
                s,
                "| store load (`Atlas::import`) | reused the store of an earlier run (`--reuse`); not measured | – | – |"
            );
        } else {
            let _ = writeln!(
                s,
                "| store load (`Atlas::import`, {} pages of ≤ 10k offers) | {} records/s ({} offers/s): {} records in {:.1} s; generating the HSDS text took another {:.1} s{} | {} | – |",
                self.load_chunks,
                int(self.load_records as f64 / self.load_seconds.max(1e-9)),
                int(self.offers as f64 / self.load_seconds.max(1e-9)),
                int(self.load_records as f64),
                self.load_seconds,
                self.gen_seconds,
                if self.load_capped {
                    " (**stopped at the load cap**)"
                } else {
                    ""
                },
                cpu(&self.cpu_load),
            );
        }
        let _ = writeln!(
            s,
            "| index build (`Atlas::start_search` on a store without index) | **{} offers/s**: {} documents (offers, providers, networks) in {:.2} s; {} offers per CPU-second of this process | {} | ≥ 20,000 offers/s {} |",
            int(self.index_rate()),
            int(self.index_docs as f64),
            self.index_seconds,
            int(self.index_rate() / self.cpu_index.ours.max(1e-9)),
            cpu(&self.cpu_index),
            mark(self.index_rate() >= INDEX_TARGET)
        );
        let worst = self.queries.iter().map(|q| q.atlas.p99).fold(0.0, f64::max);
        if !self.queries.is_empty() {
            let target = query_target_ms(n);
            let _ = writeln!(
                s,
                "| in-process query p99, worst class | {} ms | {} | ≤ {target:.0} ms {} |",
                ms(worst),
                cpu(&self.cpu_queries),
                mark(worst <= target)
            );
        }
        if let Some(h) = &self.http {
            let _ = writeln!(
                s,
                "| HTTP `/api/v1/search`, {} connections | **{} req/s**, p50 {} ms, p99 {} ms, {} errors, {} requests, mean answer {:.1} KiB; {} requests per CPU-second of server and client | {} | ≥ 3,000 req/s {}{} |",
                self.http_concurrency,
                int(h.per_second),
                ms(h.latency.p50),
                ms(h.latency.p99),
                h.errors,
                int(h.requests as f64),
                h.mean_body_bytes / 1024.0,
                int(h.per_second / self.cpu_http.ours.max(1e-9)),
                cpu(&self.cpu_http),
                mark(h.per_second >= HTTP_TARGET),
                if h.errors > 0 {
                    ", **errors ≠ 0**"
                } else {
                    ""
                }
            );
        }
        if let Some((pages, offers)) = &self.render {
            let worst = pages.p99.max(offers.p99);
            let _ = writeln!(
                s,
                "| server render of web pages (router, no socket), one at a time | results page `/de/suche?…` p50 {} ms, p99 {} ms (n={}); offer page p50 {} ms, p99 {} ms (n={}) | {} | p99 ≤ 10 ms {} |",
                ms(pages.p50),
                ms(pages.p99),
                pages.n,
                ms(offers.p50),
                ms(offers.p99),
                offers.n,
                cpu(&self.cpu_render),
                mark(worst <= 10.0)
            );
        }
        if let Some(h) = &self.floor {
            let _ = writeln!(
                s,
                "| HTTP floor: trivial axum `GET /` → `ok`, {} connections | {} req/s, p50 {} ms, p99 {} ms, {} errors | {} | – |",
                self.http_concurrency,
                int(h.per_second),
                ms(h.latency.p50),
                ms(h.latency.p99),
                h.errors,
                cpu(&self.cpu_floor)
            );
        }
        if let Some(f) = &self.sync {
            let _ = writeln!(
                s,
                "| sync freshness: import of one offer → found by `Atlas::search` (sync every 100 ms) | p50 {} ms, p99 {} ms, max {} ms over {} samples{}; the import itself p50 {} ms | {} | p99 ≤ 1 s {} |",
                ms(f.visible.p50),
                ms(f.visible.p99),
                ms(f.visible.max),
                f.samples,
                if f.timeouts > 0 {
                    format!(", **{} not found within 10 s**", f.timeouts)
                } else {
                    String::new()
                },
                ms(f.import.p50),
                cpu(&self.cpu_sync),
                mark(f.visible.p99 <= SYNC_TARGET_MS && f.timeouts == 0)
            );
        }
        if let Some(b) = &self.fts_build {
            let _ = writeln!(
                s,
                "| FTS5 build (name, description; `unicode61 remove_diacritics 2`) | {} rows/s: {} rows in {:.2} s | {} | – |",
                int(b.rows as f64 / b.seconds.max(1e-9)),
                int(b.rows as f64),
                b.seconds,
                cpu(&self.cpu_fts)
            );
        }
        let _ = writeln!(
            s,
            "| resident memory (VmRSS) | after load {:.0} MiB · after index build {:.0} MiB · after queries {:.0} MiB · at the end {:.0} MiB · peak (VmHWM) {:.0} MiB | – | – |",
            self.mem_load.rss,
            self.mem_index.rss,
            self.mem_queries.rss,
            self.mem_end.rss,
            self.mem_end.peak
        );

        if !self.queries.is_empty() {
            let _ = writeln!(
                s,
                "\n### Query latency, in process\n\n`Atlas::search` with 20 hits per page; every answer includes the total and all facets. FTS5 runs the same text with `MATCH` + `ORDER BY bm25 LIMIT 20` and a second `SELECT count(*)` for the total, no facets and no filters. Milliseconds.\n"
            );
            let _ = writeln!(
                s,
                "| class | example | n | mean | p50 | p99 | max | mean total | p99 target | FTS5 p50 | FTS5 p99 | FTS5 mean total |\n|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|"
            );
            let target = query_target_ms(n);
            for q in &self.queries {
                let (fp50, fp99, ftot) = match (&q.fts, q.fts_mean_total) {
                    (Some(f), Some(t)) => (ms(f.p50), ms(f.p99), int(t)),
                    _ => ("–".into(), "–".into(), "–".into()),
                };
                let _ = writeln!(
                    s,
                    "| {} | {} | {}{} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                    q.class.label(),
                    q.class.example(),
                    q.atlas.n,
                    if q.capped { " (capped)" } else { "" },
                    ms(q.atlas.mean),
                    ms(q.atlas.p50),
                    ms(q.atlas.p99),
                    ms(q.atlas.max),
                    int(q.mean_total),
                    mark(q.atlas.p99 <= target),
                    fp50,
                    fp99,
                    ftot
                );
            }
        }
        if !self.recall.is_empty() {
            let _ = writeln!(
                s,
                "\n### Recall: atlas vs. FTS5\n\nOver the distinct texts of each pool: offers found (atlas: offers among its hits, counted by the `kind` facet; ended offers are not found by the atlas but are in the FTS5 table).\n"
            );
            let _ = writeln!(
                s,
                "| class | texts | atlas: mean offers found | FTS5: mean offers found | texts FTS5 finds nothing for | texts the atlas finds nothing for |\n|---|---:|---:|---:|---:|---:|"
            );
            for r in &self.recall {
                let _ = writeln!(
                    s,
                    "| {} | {} | {} | {} | {} | {} |",
                    r.class.label(),
                    r.queries,
                    int(r.atlas_mean),
                    int(r.fts_mean),
                    r.fts_zero,
                    if r.atlas_zero.is_empty() {
                        "0".to_owned()
                    } else {
                        format!("{} ({})", r.atlas_zero.len(), r.atlas_zero.join(", "))
                    }
                );
            }
            let examples: Vec<String> = self
                .recall
                .iter()
                .flat_map(|r| r.examples.iter())
                .map(|(t, a, f)| {
                    format!("“{t}”: atlas {}, FTS5 {}", int(*a as f64), int(*f as f64))
                })
                .collect();
            if !examples.is_empty() {
                let _ = writeln!(s, "\nExamples (offers found): {}.", examples.join(" · "));
            }
        }
        if !self.notes.is_empty() {
            let _ = writeln!(s);
            for note in &self.notes {
                let _ = writeln!(s, "- {note}");
            }
        }
        let _ = writeln!(s, "<!-- /bench:size={n} -->");
        s
    }
}

const INTRO: &str = "# Benchmarks

Measured by `atlas-bench` (`crates/atlas-bench`), a binary of this workspace. It generates
realistic integration offers with a fixed seed — names and descriptions composed from the
vocabulary of the field (Deutschkurs, Integrationskurs, Migrationsberatung, Hausaufgabenhilfe,
Elterncafé, Sprachcafé, Anerkennungsberatung, Sportverein, Jugendmigrationsdienst, Frauentreff,
Dolmetscherpool, …), one provider per 20 offers, locations at real Hessian postcodes and
coordinates from the embedded GeoNames and Destatis data (towns drawn by population), weekly
schedules, languages, fields of action, target groups, costs, about a third of the locations
step-free, 2 % ended offers, 8 % with an English translation — and then, per size:

1. **store load**: HSDS pages of ≤ 10,000 offers through `Atlas::import`, the real import path
   (parse, reference checks, Gemeinde resolution, one transaction per page); records are
   organizations, locations and services (and networks);
2. **index build**: `Atlas::start_search()` on that data directory without an index, which
   builds the tantivy index from the store (offers, providers, networks);
3. **query latency in process**: `Atlas::search` with 20 hits per page (totals and all facets
   are always computed), ≥ 200 queries per class drawn deterministically from a pool, after a
   warm-up; single word, compound, misspelling, two words, filters only (field + group +
   Kreis), filters + text, near a postcode (radius, sorted by distance) with and without text;
   and suggestions while typing (`Atlas::suggest`, the opening 3–9 letters of a word; not in the
   HTTP mix);
4. **FTS5 baseline**: the same names and descriptions in an SQLite FTS5 table (bundled SQLite,
   `unicode61 remove_diacritics 2`) in a separate file; the same text queries with every word
   quoted, `MATCH … ORDER BY bm25 LIMIT 20` plus a `count(*)` for the total;
5. **HTTP**: `atlas_api::router` served by axum on 127.0.0.1 inside the benchmark process
   (multi-thread tokio runtime), driven by the benchmark's own keep-alive HTTP/1.1 client on a
   single-threaded runtime with 16 connections cycling through the query mix as
   `/api/v1/search?…` URLs; then the same against a trivial axum `GET /` → `ok` handler as the
   floor. **Server and client share the machine's 2 cores**, so these are lower bounds for a
   server with the machine to itself;
6. **sync freshness**: with the index running and a thread calling `Atlas::sync()` every
   100 ms (as `atlas serve` does), import one new offer and poll `Atlas::search` until it is
   found; 50 samples started at pseudo-random points of the sync cycle;
7. **memory**: resident set size (VmRSS, and the peak VmHWM) of the benchmark process, which
   holds the store connection, the index and the generator.

Latencies are given as mean, p50 (the median) and p99 over all samples of the run (nearest
rank), in milliseconds. Every phase is bounded (number of queries, seconds per class, seconds
of HTTP load, samples, a time cap on loading). The machine is a shared 2-core VM on which
other engineers compile at the same time; each section gives the load average at its start
and end — read figures taken under load as pessimistic.

Run it with

```sh
cargo run --release -p atlas-bench -- --sizes 10000,100000          # this file's sections
cargo run --release -p atlas-bench -- --sizes 1000000 --http-seconds 20
cargo run --release -p atlas-bench -- --quick                       # 2,000 offers, < 1 min, prints only
```

Targets: index build ≥ 20,000 offers/s; in-process p99 ≤ 10 ms per class at 100k offers and
≤ 50 ms at 1M; HTTP ≥ 3,000 search requests/s at 100k with 0 errors; sync freshness p99 ≤ 1 s.

The column “CPU cores used” says how many of the 2 cores this process (ours) and everything
else on the machine (others') kept busy during the phase, from `/proc/self/stat` and
`/proc/stat`; others' use well above 0 means the figure was taken on a disturbed machine (the
load average in each section's header counts the benchmark's own threads too, so it says less). The
overview and the size sections are rewritten by each run (sizes not run are kept); the findings
block is written by hand and kept as it is.
";

fn overview(sections: &BTreeMap<usize, String>) -> String {
    let mut s = String::from(
        "## Overview\n\n| offers | run | load records/s | index offers/s | worst class p99 ms | HTTP search req/s | HTTP p99 ms | floor req/s | sync p99 ms | RSS at end MiB | others' CPU, max of phases |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for text in sections.values() {
        let Some(v) = text
            .lines()
            .find_map(|l| l.strip_prefix("<!-- bench:summary "))
            .and_then(|l| l.strip_suffix(" -->"))
            .and_then(|j| serde_json::from_str::<Value>(j).ok())
        else {
            continue;
        };
        let num = |k: &str| v[k].as_f64().map_or("–".to_owned(), int);
        let dec = |k: &str| v[k].as_f64().map_or("–".to_owned(), ms);
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            num("size"),
            v["date"].as_str().unwrap_or(""),
            num("load_records_per_s"),
            num("index_offers_per_s"),
            dec("query_p99_worst_ms"),
            num("http_rps"),
            dec("http_p99_ms"),
            num("floor_rps"),
            dec("sync_p99_ms"),
            num("rss_mib"),
            others_max(text).map_or("–".to_owned(), |l| format!("{l:.2}")),
        );
    }
    s
}

/// The largest share of the CPU others used in any phase of a section (from its table cells
/// “ours / others'”).
fn others_max(section: &str) -> Option<f64> {
    section
        .split('|')
        .filter_map(|cell| {
            let (ours, others) = cell.trim().split_once(" / ")?;
            ours.parse::<f64>().ok()?;
            others.parse::<f64>().ok()
        })
        .reduce(f64::max)
}

/// The size sections found in an existing file.
fn sections_of(text: &str) -> BTreeMap<usize, String> {
    let mut out = BTreeMap::new();
    let mut rest = text;
    while let Some(start) = rest.find("<!-- bench:size=") {
        let after = &rest[start + "<!-- bench:size=".len()..];
        let Some(end_num) = after.find(" -->") else {
            break;
        };
        let Ok(size) = after[..end_num].parse::<usize>() else {
            break;
        };
        let close = format!("<!-- /bench:size={size} -->");
        let Some(close_at) = rest.find(&close) else {
            break;
        };
        let block = &rest[start..close_at + close.len()];
        out.insert(size, format!("{block}\n"));
        rest = &rest[close_at + close.len()..];
    }
    out
}

const NOTES_OPEN: &str = "<!-- bench:notes -->";
const NOTES_CLOSE: &str = "<!-- /bench:notes -->";

/// The hand-written findings block of an existing file, kept as it is.
fn notes_of(text: &str) -> Option<&str> {
    let start = text.find(NOTES_OPEN)?;
    let end = text[start..].find(NOTES_CLOSE)? + start + NOTES_CLOSE.len();
    Some(&text[start..end])
}

/// The whole document: intro, overview, hand-written notes (kept), sections (old ones kept,
/// new ones replacing).
pub fn document(existing: &str, new: &[&SizeReport]) -> String {
    let mut sections = sections_of(existing);
    for r in new {
        sections.insert(r.size, r.section());
    }
    let mut s = String::from(INTRO);
    s.push('\n');
    s.push_str(&overview(&sections));
    if let Some(notes) = notes_of(existing) {
        s.push('\n');
        s.push_str(notes);
        s.push('\n');
    }
    for text in sections.values() {
        s.push('\n');
        s.push_str(text);
    }
    s
}

pub fn write(path: &Path, new: &[&SizeReport]) -> Result<String> {
    let existing = std::fs::read_to_string(path).unwrap_or_default();
    let doc = document(&existing, new);
    std::fs::write(path, &doc)?;
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_replaced_and_kept() {
        let a = SizeReport {
            size: 10,
            started: "first".into(),
            ..SizeReport::default()
        };
        let b = SizeReport {
            size: 20,
            ..SizeReport::default()
        };
        let doc = document("", &[&a, &b]);
        assert_eq!(sections_of(&doc).len(), 2);
        let a2 = SizeReport {
            size: 10,
            started: "second".into(),
            ..SizeReport::default()
        };
        let doc = doc.replace(
            "## Overview",
            "<!-- bench:notes -->\nkept\n<!-- /bench:notes -->\n## Overview",
        );
        let doc2 = document(&doc, &[&a2]);
        assert!(doc2.contains("<!-- bench:notes -->\nkept\n<!-- /bench:notes -->"));
        let sections = sections_of(&doc2);
        assert_eq!(sections.len(), 2);
        assert!(sections[&10].contains("second"));
        assert!(!doc2.contains("first"));
        assert_eq!(int(1234567.0), "1,234,567");
        assert_eq!(int(123.0), "123");
        assert_eq!(
            others_max("| a | 1.00 / 0.25 | x |\n| b | 0.50 / 0.75 |"),
            Some(0.75)
        );
        assert_eq!(others_max("| a | – |"), None);
    }
}
