//! The index's home directory: generations of the index side by side, and a `CURRENT` file
//! naming the one in use. A rebuild writes a new generation and then replaces `CURRENT`
//! atomically (write a temporary file, rename it), so a reader sees the old or the new
//! index, never half of one. The `Follower` of a running server notices the switch, opens
//! the new generation, catches up and lets the old one go.

use std::path::{Path, PathBuf};

use atlas_analysis::GermanAnalysis;
use atlas_index::SearchIndex;

use crate::{Applied, Result, SyncError, Syncer};

/// Memory for the index writer (tantivy splits it among its indexing threads).
const WRITER_HEAP: usize = 64 * 1024 * 1024;
/// A rebuild writes every document at once: with more memory the indexing threads flush
/// fewer, larger segments, and the merge at its end has less to do.
const REBUILD_HEAP: usize = 512 * 1024 * 1024;

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> SyncError + '_ {
    move |source| SyncError::Io {
        path: path.to_owned(),
        source,
    }
}

/// `data_dir/index/`: generations and the `CURRENT` pointer.
#[derive(Debug, Clone)]
pub struct IndexHome {
    dir: PathBuf,
}

impl IndexHome {
    pub fn new(dir: &Path) -> Self {
        Self {
            dir: dir.to_owned(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The generation in use, if any.
    pub fn current(&self) -> Result<Option<String>> {
        let path = self.dir.join("CURRENT");
        match std::fs::read_to_string(&path) {
            Ok(s) if !s.trim().is_empty() && self.dir.join(s.trim()).is_dir() => {
                Ok(Some(s.trim().to_owned()))
            }
            Ok(_) => Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io(&path)(e)),
        }
    }

    /// A fresh, empty generation directory.
    pub fn new_generation(&self) -> Result<String> {
        std::fs::create_dir_all(&self.dir).map_err(io(&self.dir))?;
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.6f");
        let name = format!("gen-{stamp}-{}", std::process::id());
        std::fs::create_dir_all(self.dir.join(&name)).map_err(io(&self.dir))?;
        Ok(name)
    }

    /// Makes `generation` the one in use, atomically.
    pub fn publish(&self, generation: &str) -> Result<()> {
        let tmp = self.dir.join(format!("CURRENT.{}.tmp", std::process::id()));
        std::fs::write(&tmp, format!("{generation}\n")).map_err(io(&tmp))?;
        let target = self.dir.join("CURRENT");
        std::fs::rename(&tmp, &target).map_err(io(&target))?;
        Ok(())
    }

    pub fn path_of(&self, generation: &str) -> PathBuf {
        self.dir.join(generation)
    }

    /// Removes every generation except `keep` (and anything not looking like a generation).
    pub fn remove_others(&self, keep: &str) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with("gen-")
                && name != keep
                && let Err(err) = std::fs::remove_dir_all(e.path())
            {
                tracing::warn!(generation = %name, error = %err, "cannot remove old index generation");
            }
        }
    }
}

/// Builds a new generation from the store and publishes it. Safe while a server follows the
/// old generation: it switches over on its next tick.
pub fn reindex(
    store_path: &Path,
    home: &IndexHome,
    analysis: &GermanAnalysis,
) -> Result<(String, Applied)> {
    let generation = home.new_generation()?;
    let index = SearchIndex::open_or_create(&home.path_of(&generation), analysis.clone())?;
    let mut syncer = Syncer::new(store_path, &index, REBUILD_HEAP)?;
    let mut applied = syncer.rebuild()?;
    // Changes written while we rebuilt.
    let more = syncer.catch_up()?;
    applied.changes += more.changes;
    applied.documents += more.documents;
    applied.seq = syncer.applied();
    syncer.finish()?;
    home.publish(&generation)?;
    tracing::info!(%generation, documents = applied.documents, seq = applied.seq, "index rebuilt");
    Ok((generation, applied))
}

/// What a `Follower::tick` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tick {
    /// A new generation was taken over.
    pub switched: bool,
    pub applied: Applied,
}

/// Keeps the current generation in step with the store and switches to a new generation
/// when one is published.
pub struct Follower {
    home: IndexHome,
    store_path: PathBuf,
    analysis: GermanAnalysis,
    generation: String,
    syncer: Syncer,
}

impl std::fmt::Debug for Follower {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Follower")
            .field("generation", &self.generation)
            .finish()
    }
}

impl Follower {
    /// Opens the current generation and catches up, or — when there is none, or it is
    /// unreadable or of an older schema — rebuilds one from the store.
    pub fn start(store_path: &Path, home: IndexHome, analysis: GermanAnalysis) -> Result<Self> {
        let opened = match home.current()? {
            Some(generation) => {
                match SearchIndex::open_or_create(&home.path_of(&generation), analysis.clone()) {
                    Ok(index) => match Syncer::new(store_path, &index, WRITER_HEAP) {
                        Ok(syncer) => Some((generation, syncer)),
                        Err(e) => {
                            tracing::warn!(error = %e, "index unusable; rebuilding from the store");
                            None
                        }
                    },
                    Err(e) => {
                        tracing::warn!(error = %e, "index unreadable; rebuilding from the store");
                        None
                    }
                }
            }
            None => None,
        };
        let (generation, syncer) = match opened {
            Some(found) => found,
            None => {
                let (generation, _) = reindex(store_path, &home, &analysis)?;
                let index =
                    SearchIndex::open_or_create(&home.path_of(&generation), analysis.clone())?;
                (generation, Syncer::new(store_path, &index, WRITER_HEAP)?)
            }
        };
        home.remove_others(&generation);
        let mut follower = Self {
            home,
            store_path: store_path.to_owned(),
            analysis,
            generation,
            syncer,
        };
        follower.syncer.catch_up()?;
        Ok(follower)
    }

    pub fn index(&self) -> SearchIndex {
        self.syncer.index().clone()
    }

    pub fn generation(&self) -> &str {
        &self.generation
    }

    /// Switches to a newly published generation if there is one, then applies pending changes.
    pub fn tick(&mut self) -> Result<Tick> {
        let mut tick = Tick::default();
        if let Some(published) = self.home.current()?
            && published != self.generation
        {
            let index =
                SearchIndex::open_or_create(&self.home.path_of(&published), self.analysis.clone())?;
            let syncer = Syncer::new(&self.store_path, &index, WRITER_HEAP)?;
            let old = std::mem::replace(&mut self.syncer, syncer);
            if let Err(e) = old.finish() {
                tracing::warn!(error = %e, "old index writer did not finish cleanly");
            }
            self.generation = published;
            self.home.remove_others(&self.generation);
            tick.switched = true;
            tracing::info!(generation = %self.generation, "switched to the rebuilt index");
        }
        tick.applied = self.syncer.catch_up()?;
        Ok(tick)
    }
}
