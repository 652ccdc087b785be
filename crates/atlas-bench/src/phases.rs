//! The phases of one benchmark size: load the store through `Atlas::import`, build the index,
//! time in-process queries, build and query the FTS5 baseline, drive the HTTP API, measure sync
//! freshness, and time the server render of the resident web pages. Each phase is bounded in
//! count and time.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use atlas_app::{Atlas, Kind, SearchRequest};
use chrono::NaiveDate;

use crate::fts::Fts;
use crate::generate::{Generator, World};
use crate::queries::{self, Class, Query};
use crate::report::{ClassResult, Fresh, Recall, SizeReport};
use crate::rng::Rng;
use crate::stats::{self, CpuWindow, Summary};

/// Settings every phase reads.
#[derive(Debug, Clone)]
pub struct Settings {
    pub seed: u64,
    pub today: NaiveDate,
    pub chunk: usize,
    pub queries: usize,
    pub warmup: usize,
    pub class_cap: Duration,
    pub load_cap: Duration,
    pub http_seconds: f64,
    pub http_warmup: f64,
    pub concurrency: usize,
    pub sync_samples: usize,
    /// A class to run over and over for `loop_for` before it is measured.
    pub loop_class: Option<Class>,
    pub loop_for: Duration,
}

pub fn log(msg: impl AsRef<str>) {
    eprintln!(
        "[{}] {}",
        chrono::Local::now().format("%H:%M:%S"),
        msg.as_ref()
    );
}

pub fn open(data_dir: &Path, s: &Settings) -> Result<Atlas> {
    Ok(Atlas::open(data_dir)?.with_today(s.today))
}

/// Loads the generated offers in pages through `Atlas::import`.
pub fn load(atlas: &Atlas, g: &Generator<'_>, s: &Settings, r: &mut SizeReport) -> Result<()> {
    let cpu = CpuWindow::start();
    let started = Instant::now();
    let n = g.offers();
    let mut start = 0;
    let mut last_log = Instant::now();
    while start < n {
        if started.elapsed() > s.load_cap {
            r.load_capped = true;
            r.notes.push(format!(
                "Loading stopped at the load cap of {} s after {} of {} offers; everything after used what was loaded.",
                s.load_cap.as_secs(),
                start,
                n
            ));
            break;
        }
        let end = (start + s.chunk).min(n);
        let t = Instant::now();
        let page = g.page(start..end);
        r.gen_seconds += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let report = atlas
            .import(&format!("bench-{start}.json"), &page, &mut |_, _| {})
            .with_context(|| format!("import of offers {start}..{end}"))?;
        r.load_seconds += t.elapsed().as_secs_f64();
        r.load_records += report.records;
        r.load_chunks += 1;
        r.offers = end;
        start = end;
        if last_log.elapsed() > Duration::from_secs(10) {
            log(format!(
                "  loaded {end} offers, {:.0} records/s",
                r.load_records as f64 / r.load_seconds
            ));
            last_log = Instant::now();
        }
    }
    let page = g.networks_page();
    let t = Instant::now();
    let report = atlas.import("bench-networks.json", &page, &mut |_, _| {})?;
    r.load_seconds += t.elapsed().as_secs_f64();
    r.load_records += report.records;
    r.load_chunks += 1;
    r.cpu_load = cpu.finish();
    Ok(())
}

/// Drops any index and times `Atlas::start_search`, which builds it from the store.
pub fn build_index(data_dir: &Path, s: &Settings, r: &mut SizeReport) -> Result<Atlas> {
    let index_dir = data_dir.join(atlas_app::INDEX_DIR);
    if index_dir.exists() {
        std::fs::remove_dir_all(&index_dir)?;
    }
    let atlas = open(data_dir, s)?;
    let cpu = CpuWindow::start();
    let t = Instant::now();
    atlas.start_search()?;
    r.index_seconds = t.elapsed().as_secs_f64();
    r.cpu_index = cpu.finish();
    let all = atlas.search(SearchRequest {
        limit: 1,
        ..SearchRequest::default()
    })?;
    r.index_docs = all.total;
    r.index_mib = stats::mib(stats::disk_size(&index_dir));
    Ok(atlas)
}

fn offers_found(result: &atlas_app::SearchResult) -> u64 {
    result
        .facets
        .kind
        .iter()
        .find(|f| f.value == Kind::Offer.code())
        .map_or(0, |f| f.count)
}

/// The query mix without measuring it.
pub fn mixes(world: &World, s: &Settings) -> Vec<(Class, Vec<Query>)> {
    Class::ALL
        .into_iter()
        .map(|c| (c, queries::draw(c, world, s.seed, s.queries)))
        .collect()
}

/// Suggestions asked for per suggest query.
const SUGGESTIONS: usize = 8;

/// In-process latency per class.
pub fn query_latency(
    atlas: &Atlas,
    world: &World,
    s: &Settings,
    r: &mut SizeReport,
) -> Result<Vec<(Class, Vec<Query>)>> {
    let cpu = CpuWindow::start();
    let mut mixes = Vec::new();
    for (class, drawn) in self::mixes(world, s) {
        let requests: Vec<SearchRequest> = drawn
            .iter()
            .map(|q| q.request(atlas))
            .collect::<Result<_>>()?;
        if s.loop_class == Some(class) {
            let started = Instant::now();
            let mut n = 0u64;
            while started.elapsed() < s.loop_for {
                for req in &requests {
                    if class == Class::Suggest {
                        atlas.suggest(&req.text, SUGGESTIONS)?;
                    } else {
                        atlas.search(req.clone())?;
                    }
                    n += 1;
                }
            }
            let seconds = started.elapsed().as_secs_f64();
            log(format!(
                "  {}: {n} queries in {seconds:.1} s, {:.0} per second (--loop-class)",
                class.label(),
                n as f64 / seconds
            ));
        }
        for req in requests.iter().take(s.warmup) {
            if class == Class::Suggest {
                atlas.suggest(&req.text, SUGGESTIONS)?;
            } else {
                atlas.search(req.clone())?;
            }
        }
        let started = Instant::now();
        let mut samples = Vec::with_capacity(requests.len());
        let mut totals = 0u64;
        let mut capped = false;
        for req in &requests {
            if started.elapsed() > s.class_cap {
                capped = true;
                break;
            }
            let req = req.clone();
            let t = Instant::now();
            if class == Class::Suggest {
                let found = atlas.suggest(&req.text, SUGGESTIONS)?;
                samples.push(t.elapsed());
                totals += found.len() as u64;
                continue;
            }
            let result = atlas.search(req)?;
            samples.push(t.elapsed());
            totals += result.total;
        }
        let summary = Summary::of(&samples);
        log(format!(
            "  {:<15} n={} p50={:.2} ms p99={:.2} ms",
            class.label(),
            summary.n,
            summary.p50,
            summary.p99
        ));
        r.queries.push(ClassResult {
            class,
            atlas: summary,
            mean_total: totals as f64 / samples.len().max(1) as f64,
            capped,
            fts: None,
            fts_mean_total: None,
        });
        mixes.push((class, drawn));
    }
    r.cpu_queries = cpu.finish();
    Ok(mixes)
}

/// Builds the FTS5 table and runs the text classes against it; fills in recall.
pub fn fts(
    atlas: &Atlas,
    g: &Generator<'_>,
    path: &Path,
    mixes: &[(Class, Vec<Query>)],
    s: &Settings,
    r: &mut SizeReport,
) -> Result<()> {
    let cpu = CpuWindow::start();
    let (fts, build) = Fts::build(path, g, r.offers, s.chunk)?;
    r.fts_mib = stats::mib(build.bytes);
    r.fts_build = Some(build);
    log(format!(
        "  FTS5 built: {} rows in {:.2} s",
        build.rows, build.seconds
    ));
    for (class, drawn) in mixes.iter().filter(|(c, _)| c.is_text_only()) {
        for q in drawn.iter().take(s.warmup) {
            fts.search(&q.text)?;
        }
        let started = Instant::now();
        let mut samples = Vec::new();
        let mut totals = 0u64;
        for q in drawn {
            if started.elapsed() > s.class_cap {
                break;
            }
            let t = Instant::now();
            let found = fts.search(&q.text)?;
            samples.push(t.elapsed());
            totals += found.map_or(0, |(_, total)| total);
        }
        let summary = Summary::of(&samples);
        if let Some(c) = r.queries.iter_mut().find(|c| c.class == *class) {
            c.fts = Some(summary);
            c.fts_mean_total = Some(totals as f64 / samples.len().max(1) as f64);
        }
        // Recall over the distinct texts of the pool.
        let pool = queries::pool(*class);
        let mut recall = Recall {
            class: *class,
            queries: pool.len(),
            atlas_mean: 0.0,
            fts_mean: 0.0,
            fts_zero: 0,
            atlas_zero: Vec::new(),
            examples: Vec::new(),
        };
        for text in pool {
            let a = offers_found(&atlas.search(SearchRequest {
                text: (*text).to_owned(),
                limit: 20,
                ..SearchRequest::default()
            })?);
            let f = fts.search(text)?.map_or(0, |(_, t)| t);
            recall.atlas_mean += a as f64;
            recall.fts_mean += f as f64;
            if f == 0 && a > 0 {
                recall.fts_zero += 1;
            }
            if a == 0 {
                recall.atlas_zero.push((*text).to_owned());
            }
            if EXAMPLES.contains(text) {
                recall.examples.push(((*text).to_owned(), a, f));
            }
        }
        recall.atlas_mean /= pool.len().max(1) as f64;
        recall.fts_mean /= pool.len().max(1) as f64;
        r.recall.push(recall);
    }
    r.cpu_fts = cpu.finish();
    Ok(())
}

const EXAMPLES: &[&str] = &[
    "kurs",
    "beratung",
    "Sprachkurs",
    "Elterncafé",
    "Frauentreff",
    "Migratonsberatung",
    "Deutschkurz",
    "Sprachkurs Frauen",
];

/// The query mix as URLs, classes interleaved.
pub fn urls(mixes: &[(Class, Vec<Query>)]) -> Vec<String> {
    let longest = mixes.iter().map(|(_, q)| q.len()).max().unwrap_or(0);
    let mut out = Vec::new();
    for i in 0..longest {
        for (_, qs) in mixes.iter().filter(|(c, _)| *c != Class::Suggest) {
            if let Some(q) = qs.get(i) {
                out.push(q.url());
            }
        }
    }
    out
}

/// HTTP throughput of the API and of the trivial floor handler.
pub fn http(atlas: Arc<Atlas>, paths: Vec<String>, s: &Settings, r: &mut SizeReport) -> Result<()> {
    let server = crate::http::Server::start(atlas)?;
    // Every distinct kind of URL must answer 200 before we measure.
    for p in paths.iter().take(16) {
        let (status, body) = crate::http::get_once(server.api, p)?;
        anyhow::ensure!(
            status == 200,
            "{p} answered {status}: {}",
            String::from_utf8_lossy(&body)
        );
    }
    let warmup = Duration::from_secs_f64(s.http_warmup);
    let duration = Duration::from_secs_f64(s.http_seconds);
    log(format!(
        "  HTTP search: {} connections for {} s",
        s.concurrency, s.http_seconds
    ));
    let cpu = CpuWindow::start();
    let api = crate::http::load(server.api, paths, s.concurrency, warmup, duration)?;
    r.cpu_http = cpu.finish();
    log(format!(
        "  {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms, {} errors; CPU ours {:.2}, others {:.2}",
        api.per_second,
        api.latency.p50,
        api.latency.p99,
        api.errors,
        r.cpu_http.ours,
        r.cpu_http.others
    ));
    log("  HTTP floor (GET / → ok)");
    let cpu = CpuWindow::start();
    let floor = crate::http::load(
        server.floor,
        vec!["/".to_owned()],
        s.concurrency,
        warmup,
        duration,
    )?;
    r.cpu_floor = cpu.finish();
    log(format!(
        "  {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms, {} errors",
        floor.per_second, floor.latency.p50, floor.latency.p99, floor.errors
    ));
    server.stop();
    r.http = Some(api);
    r.floor = Some(floor);
    r.http_concurrency = s.concurrency;
    Ok(())
}

/// Time from writing a new offer until a search finds it, with a follower thread syncing
/// every 100 ms as the server does.
pub fn freshness(
    atlas: Arc<Atlas>,
    g: &Generator<'_>,
    s: &Settings,
    r: &mut SizeReport,
) -> Result<()> {
    const INTERVAL: Duration = Duration::from_millis(100);
    const SAMPLE_TIMEOUT: Duration = Duration::from_secs(10);
    const PHASE_CAP: Duration = Duration::from_secs(180);
    let stop = Arc::new(AtomicBool::new(false));
    let follower = {
        let atlas = atlas.clone();
        let stop = stop.clone();
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                if let Err(e) = atlas.sync() {
                    eprintln!("sync failed: {e}");
                }
                std::thread::sleep(INTERVAL);
            }
        })
    };
    let mut rng = Rng::for_item(s.seed, 200, r.size as u64);
    let mut visible = Vec::new();
    let mut imports = Vec::new();
    let mut timeouts = 0;
    let phase = Instant::now();
    let cpu = CpuWindow::start();
    // Ids and words differ between runs, so that a reused store gets new offers.
    let salt = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() & 0xff_ffff);
    for k in 0..s.sync_samples {
        if phase.elapsed() > PHASE_CAP {
            break;
        }
        std::thread::sleep(Duration::from_millis(rng.range(0, 100) as u64));
        let (id, word, text) = g.fresh_offer(k, salt);
        let t = Instant::now();
        atlas.import("fresh.json", &text, &mut |_, _| {})?;
        imports.push(t.elapsed());
        let req = SearchRequest {
            text: word,
            limit: 20,
            ..SearchRequest::default()
        };
        loop {
            let found = atlas
                .search(req.clone())?
                .hits
                .iter()
                .any(|h| h.id.to_string() == id);
            if found {
                visible.push(t.elapsed());
                break;
            }
            if t.elapsed() > SAMPLE_TIMEOUT {
                timeouts += 1;
                break;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
    }
    stop.store(true, Ordering::Relaxed);
    let _ = follower.join();
    r.cpu_sync = cpu.finish();
    let f = Fresh {
        samples: visible.len() + timeouts,
        timeouts,
        visible: Summary::of(&visible),
        import: Summary::of(&imports),
    };
    log(format!(
        "  freshness p50 {:.1} ms, p99 {:.1} ms, {} timeouts",
        f.visible.p50, f.visible.p99, f.timeouts
    ));
    r.sync = Some(f);
    Ok(())
}

/// Server render time of the resident web pages, one request at a time through the real
/// router without a socket (`tower::ServiceExt::oneshot`): the results page for every search of
/// the mix (`/de/suche?…`, facets and snippets included) and the offer pages of their first
/// hits. Each page must answer 200.
pub fn render(
    atlas: Arc<Atlas>,
    mixes: &[(Class, Vec<Query>)],
    s: &Settings,
    r: &mut SizeReport,
) -> Result<()> {
    use tower::ServiceExt;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("render runtime")?;
    let state = atlas_web::WebState::new(atlas.clone()).map_err(|e| anyhow::anyhow!("{e}"))?;
    let router = atlas_web::router(state);
    let results: Vec<String> = urls(mixes)
        .into_iter()
        .map(|u| u.replacen("/api/v1/search?", "/de/suche?", 1))
        .collect();
    let mut offers = Vec::new();
    for (class, queries) in mixes.iter().filter(|(c, _)| *c != Class::Suggest) {
        for q in queries.iter().take(20) {
            let found = atlas.search(q.request(&atlas)?)?;
            let first = found.hits.iter().find(|h| h.kind == Kind::Offer);
            if let Some(hit) = first {
                offers.push(format!("/de/angebote/{}", hit.id));
            } else {
                log(format!("  no offer hit for a {} query", class.label()));
            }
        }
    }
    let time = |paths: &[String]| -> Result<Summary> {
        let mut samples = Vec::with_capacity(paths.len());
        let started = Instant::now();
        for (i, path) in paths.iter().enumerate() {
            if started.elapsed() > s.class_cap {
                break;
            }
            let request = axum::http::Request::get(path.as_str()).body(axum::body::Body::empty())?;
            let t = Instant::now();
            let (status, bytes) = runtime.block_on(async {
                let response = router.clone().oneshot(request).await?;
                let status = response.status();
                let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await?;
                anyhow::Ok((status, bytes))
            })?;
            let elapsed = t.elapsed();
            anyhow::ensure!(status == 200, "{path} answered {status}");
            anyhow::ensure!(!bytes.is_empty(), "{path} answered an empty page");
            if i >= s.warmup.min(paths.len() / 4) {
                samples.push(elapsed);
            }
        }
        Ok(Summary::of(&samples))
    };
    let cpu = CpuWindow::start();
    let pages = time(&results)?;
    let offer_pages = time(&offers)?;
    r.cpu_render = cpu.finish();
    log(format!(
        "  results page p50 {:.2} ms p99 {:.2} ms (n={}); offer page p50 {:.2} ms p99 {:.2} ms (n={})",
        pages.p50, pages.p99, pages.n, offer_pages.p50, offer_pages.p99, offer_pages.n
    ));
    r.render = Some((pages, offer_pages));
    Ok(())
}
