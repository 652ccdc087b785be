//! Search in the facade: starting the index follower, keeping it in step with the store, and
//! answering searches and suggestions with labels for every facet value.

use std::sync::{Mutex, RwLock};

use atlas_analysis::GermanAnalysis;
use atlas_index::{SearchIndex, SearchRequest, SearchResult, Suggestion};
use atlas_model::Ags;
use atlas_sync::{Follower, IndexHome, Tick};

use crate::{AppError, Atlas, STORE_FILE};

/// The index directory inside the data directory.
pub const INDEX_DIR: &str = "index";

/// What `check_index` found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndexReport {
    pub generation: Option<String>,
    pub committed_seq: Option<i64>,
    pub store_seq: i64,
    pub documents: u64,
    pub expected: u64,
    pub problems: Vec<String>,
}

pub(crate) struct SearchService {
    follower: Mutex<Follower>,
    index: RwLock<SearchIndex>,
}

impl std::fmt::Debug for SearchService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SearchService")
    }
}

fn sync_err(e: atlas_sync::SyncError) -> AppError {
    AppError::Internal(format!("search index: {e}"))
}

fn index_err(e: atlas_index::IndexError) -> AppError {
    AppError::Internal(e.to_string())
}

impl Atlas {
    /// Opens the search index (rebuilding it from the store if it is missing, unreadable or
    /// outdated), takes the index writer and catches up with the store. Call once, in the
    /// process that serves; `sync` keeps it current afterwards.
    pub fn start_search(&self) -> Result<(), AppError> {
        if self.search.get().is_some() {
            return Ok(());
        }
        let home = IndexHome::new(&self.data_dir.join(INDEX_DIR));
        let follower = Follower::start(
            &self.data_dir.join(STORE_FILE),
            home,
            GermanAnalysis::embedded(),
        )
        .map_err(sync_err)?;
        let index = follower.index();
        let _ = self.search.set(SearchService {
            follower: Mutex::new(follower),
            index: RwLock::new(index),
        });
        Ok(())
    }

    fn search_service(&self) -> Result<&SearchService, AppError> {
        self.search
            .get()
            .ok_or_else(|| AppError::Internal("search is not started in this process".into()))
    }

    /// Applies store changes to the index (and takes over a rebuilt index). Cheap when
    /// nothing changed: one query of the change log.
    pub fn sync(&self) -> Result<Tick, AppError> {
        let service = self.search_service()?;
        let mut follower = service
            .follower
            .lock()
            .map_err(|_| AppError::Internal("index follower lock poisoned".into()))?;
        let tick = follower.tick().map_err(sync_err)?;
        if tick.switched
            && let Ok(mut index) = service.index.write()
        {
            *index = follower.index();
        }
        Ok(tick)
    }

    fn current_index(&self) -> Result<SearchIndex, AppError> {
        let service = self.search_service()?;
        service
            .index
            .read()
            .map(|i| i.clone())
            .map_err(|_| AppError::Internal("index lock poisoned".into()))
    }

    /// Runs a search over what the public can see today.
    pub fn search(&self, mut req: SearchRequest) -> Result<SearchResult, AppError> {
        req.today = Some(self.today());
        self.current_index()?.search(&req).map_err(index_err)
    }

    /// Replaces the relevance weights of the running index (relevance experiments).
    pub fn set_search_tuning(&self, tuning: atlas_index::Tuning) -> Result<(), AppError> {
        self.current_index()?.set_tuning(tuning);
        Ok(())
    }

    pub fn suggest(&self, text: &str, limit: usize) -> Result<Vec<Suggestion>, AppError> {
        self.current_index()?
            .suggest(text, limit, Some(self.today()))
            .map_err(index_err)
    }

    /// The region and its ancestors, for a region filter; `None` if there is no such region.
    pub fn region_filter(&self, ags: &Ags) -> Result<Option<atlas_index::RegionFilter>, AppError> {
        let path = self.regions.path(ags);
        if path.is_empty() {
            return Ok(None);
        }
        Ok(Some(atlas_index::RegionFilter {
            ags: ags.clone(),
            ancestors: path.into_iter().skip(1).collect(),
        }))
    }

    /// The name of a region (short form), for facet labels.
    pub fn region_name(&self, ags: &Ags) -> Result<Option<String>, AppError> {
        Ok(self.regions.short_name(ags))
    }

    /// The index half of `atlas check`: is there an index, does it reflect the newest change,
    /// and does it hold exactly the documents the store makes public.
    pub fn check_index(&self) -> Result<IndexReport, AppError> {
        let home = IndexHome::new(&self.data_dir.join(INDEX_DIR));
        let mut report = IndexReport {
            store_seq: self.last_change()?,
            ..IndexReport::default()
        };
        let Some(generation) = home.current().map_err(sync_err)? else {
            report.problems.push(
                "there is no search index; `atlas serve` builds it at start, or run `atlas reindex`".into(),
            );
            return Ok(report);
        };
        let index = match SearchIndex::open_or_create(
            &home.path_of(&generation),
            GermanAnalysis::embedded(),
        ) {
            Ok(index) => index,
            Err(e) => {
                report.problems.push(format!(
                    "the search index is unreadable ({e}); run `atlas reindex`"
                ));
                return Ok(report);
            }
        };
        report.generation = Some(generation);
        report.committed_seq = index.committed_seq().map_err(index_err)?;
        report.documents = index.num_docs();
        report.expected = atlas_sync::expected_documents(&mut *self.store()?).map_err(sync_err)?;
        let behind = report.store_seq - report.committed_seq.unwrap_or(0);
        if behind > 0 {
            report.problems.push(format!(
                "the search index is {behind} change(s) behind the store (a running `atlas serve` catches up within a second; otherwise run `atlas reindex`)"
            ));
        } else if report.documents != report.expected {
            report.problems.push(format!(
                "the search index holds {} documents, the store makes {} public; run `atlas reindex`",
                report.documents, report.expected
            ));
        }
        Ok(report)
    }

    /// Rebuilds the index into a new generation and publishes it; a serving process switches
    /// over on its next sync.
    pub fn reindex(&self) -> Result<atlas_sync::Applied, AppError> {
        let home = IndexHome::new(&self.data_dir.join(INDEX_DIR));
        let (_, applied) = atlas_sync::reindex(
            &self.data_dir.join(STORE_FILE),
            &home,
            &GermanAnalysis::embedded(),
        )
        .map_err(sync_err)?;
        if self.search.get().is_some() {
            self.sync()?;
        }
        Ok(applied)
    }
}
