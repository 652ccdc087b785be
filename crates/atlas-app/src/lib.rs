//! The application facade: the one place that knows how the parts fit. It opens the store in a
//! data directory, fills the region table, loads the demo data into an empty store, imports and
//! exports HSDS, and builds the views the API and the pages show.
//!
//! Architecture invariant: no HTTP, no HTML and no command line here; the `atlas-api` crate and
//! the `atlas` binary translate requests into calls of this facade.

mod accounts;
mod editing;
mod error;
mod import;
mod regions;
mod reports;
mod search;
mod views;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, OnceLock};

use atlas_geo::Gazetteer;
use atlas_hsds::Dataset;
use atlas_model::ModerationStatus;
use atlas_store::{IntegrityReport, Store, StoreError};
use chrono::NaiveDate;

pub use accounts::{
    ACCOUNT_MAILS_PER_HOUR, Actor, LOCKOUT_FAILURES, LOCKOUT_WINDOW_MINUTES, LinkBase, NewSession,
    RESET_MINUTES, SESSION_HOURS, Session, THROTTLE_FAILURES, THROTTLE_WINDOW_SECS, VERIFY_HOURS,
};
pub use atlas_index::{
    FacetCount, Facets, Hit, Kind, OpenFilter, RegionFilter, SearchRequest, SearchResult, Sort,
    Suggestion, Tuning,
};
pub use atlas_model::{Ags, ChangeStatus, Role};
pub use atlas_store::{Account, ApiTokenInfo, AuditEntry, Mail};
pub use editing::*;
pub use error::{AppError, ErrorClass, FieldError};
pub use import::ImportReport;
pub use reports::{MAX_REPORT_CHARS, Report};
pub use search::{INDEX_DIR, IndexReport};
pub use views::{
    LocationView, NamedRef, NetworkView, OfferCard, OfferView, ProviderView, RegionRef, RegionView,
    Stats, TermView,
};

/// The HSDS file of the demo data, built from the brochure (see `data/demo/README.md`).
pub const DEMO_DATA: &str = include_str!("../../../data/demo/demo.hsds.json");

/// The store's file name inside the data directory.
pub const STORE_FILE: &str = "atlas.db";

/// The running application over one data directory.
#[derive(Debug)]
pub struct Atlas {
    store: Mutex<Store>,
    gazetteer: Gazetteer,
    data_dir: PathBuf,
    today: Option<NaiveDate>,
    search: OnceLock<search::SearchService>,
    /// The region table in memory (read on every search with a region); reloaded when the
    /// index follower applies changes.
    regions: regions::RegionCache,
    /// A fixed clock for tests (`set_clock`); `None`: the real time.
    clock: Mutex<Option<chrono::DateTime<chrono::Utc>>>,
    /// The store holds the demo data (asked by every API answer).
    demo: std::sync::atomic::AtomicBool,
    /// The sitemaps' page paths with the change sequence number and day they were made for.
    sitemap_paths: Mutex<Option<SitemapPaths>>,
}

type SitemapPaths = (i64, NaiveDate, std::sync::Arc<Vec<String>>);

impl Atlas {
    /// Opens the data directory (creating it and the store if needed) and makes sure the
    /// region table is filled.
    pub fn open(data_dir: &Path) -> Result<Self, AppError> {
        std::fs::create_dir_all(data_dir).map_err(|e| {
            AppError::Internal(format!(
                "cannot create data directory {}: {e}",
                data_dir.display()
            ))
        })?;
        let mut store = Store::open(&data_dir.join(STORE_FILE))?;
        let (gazetteer, regions) = Gazetteer::embedded()?;
        if store.read(|tx| tx.region_count())? == 0 {
            store.write(|tx| {
                for r in &regions {
                    tx.upsert_region(r)?;
                }
                Ok::<_, StoreError>(())
            })?;
            tracing::info!(regions = regions.len(), "region table filled");
        }
        let demo = store.meta("demo")?.as_deref() == Some("true");
        let regions = regions::RegionCache::load(&mut store)?;
        Ok(Self {
            store: Mutex::new(store),
            gazetteer,
            data_dir: data_dir.to_owned(),
            today: None,
            search: OnceLock::new(),
            regions,
            clock: Mutex::new(None),
            demo: std::sync::atomic::AtomicBool::new(demo),
            sitemap_paths: Mutex::new(None),
        })
    }

    /// Fixes "today" (for tests and reproducible runs); by default the local date is used.
    pub fn with_today(mut self, today: NaiveDate) -> Self {
        self.today = Some(today);
        self
    }

    pub fn today(&self) -> NaiveDate {
        self.today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    pub(crate) fn store(&self) -> Result<MutexGuard<'_, Store>, AppError> {
        // A panic while the lock was held left no half-written data behind (SQLite rolled its
        // transaction back), so the store stays usable instead of failing every request after.
        Ok(self
            .store
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner))
    }

    /// Fills an empty store with the demo data and marks the store as a demo. Returns whether
    /// it did. A store that holds any offer is left alone.
    pub fn load_demo_if_empty(&self) -> Result<bool, AppError> {
        if self.store()?.read(|tx| tx.has_services())? {
            return Ok(false);
        }
        let demo = demo_dated(DEMO_DATA, self.today())?;
        let report = self.import("data/demo/demo.hsds.json", &demo, &mut |_, _| {})?;
        self.store()?.set_meta("demo", "true")?;
        self.demo.store(true, std::sync::atomic::Ordering::Relaxed);
        tracing::info!(records = report.records, "demo data loaded");
        Ok(true)
    }

    /// Whether the store runs on the demo data.
    pub fn is_demo(&self) -> Result<bool, AppError> {
        Ok(self.demo.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// All published records as a dataset, for HSDS export.
    pub fn export(&self) -> Result<Dataset, AppError> {
        let p = self.store()?.read(|tx| tx.published())?;
        Ok(Dataset {
            organizations: p.organizations,
            locations: p.locations,
            services: p.services,
            networks: p.networks,
            ..Dataset::default()
        })
    }

    /// Store integrity (SQLite checks, foreign keys, records vs. columns and change log).
    pub fn check(&self) -> Result<IntegrityReport, AppError> {
        Ok(self.store()?.check()?)
    }

    /// The sequence number of the newest change.
    pub fn last_change(&self) -> Result<i64, AppError> {
        Ok(self.store()?.read(|tx| tx.last_seq())?)
    }
}

/// The demo data with its "last checked" days moved relative to `today`: spread over the last
/// 13 months in their original order, so that a fresh demo shows a few offers flagged as
/// unconfirmed for a year but none that the freshness sweep archives.
fn demo_dated(text: &str, today: NaiveDate) -> Result<String, AppError> {
    let bad = |e: serde_json::Error| AppError::Internal(format!("demo data: {e}"));
    let mut v: serde_json::Value = serde_json::from_str(text).map_err(bad)?;
    let date = |s: &serde_json::Value| {
        s.get("assured_date")
            .and_then(|d| d.as_str())
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    };
    let Some(items) = v.get_mut("contents").and_then(|c| c.as_array_mut()) else {
        return Ok(text.to_owned());
    };
    let dates: Vec<NaiveDate> = items.iter().filter_map(date).collect();
    let (Some(&oldest), Some(&newest)) = (dates.iter().min(), dates.iter().max()) else {
        return Ok(text.to_owned());
    };
    let span = (newest - oldest).num_days().max(1) as f64;
    let window = (today
        - today
            .checked_sub_months(chrono::Months::new(13))
            .unwrap_or(today))
    .num_days() as f64;
    for item in items.iter_mut() {
        if let Some(d) = date(item) {
            let age = ((newest - d).num_days() as f64 / span * window).round() as i64;
            let moved = today - chrono::Duration::days(age);
            item["assured_date"] = serde_json::Value::String(moved.format("%Y-%m-%d").to_string());
        }
    }
    serde_json::to_string(&v).map_err(bad)
}

/// Records written by a bulk import are public right away: an administrator's load.
const IMPORTED: ModerationStatus = ModerationStatus::Published;
