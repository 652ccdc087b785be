//! The search index (tantivy) over offers, providers and networks.
//!
//! `SearchIndex` opens or creates an index directory, registers the German-aware tokenizers of
//! `atlas-analysis`, and answers `SearchRequest`s: a text query (stems, exact words, compound
//! parts, synonyms, typo tolerance, prefix of the last word, phrases, exclusions) combined with
//! filters, counted into facets in the same pass (each facet counted on the result of all
//! *other* filters). `IndexWriterHandle` adds and removes documents and commits with the
//! store's change-log sequence as payload.
//!
//! Architecture invariant: this crate never opens SQLite and knows nothing of the store; it is
//! fed `IndexDoc`s. Only `atlas-sync` holds an `IndexWriterHandle`.

mod attrs;
mod doc;
mod error;
mod plan;
mod query;
mod schema;
mod search;
mod snippet;
mod suggest;
mod writer;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use atlas_analysis::GermanAnalysis;
use tantivy::directory::MmapDirectory;
use tantivy::{Index, IndexReader, ReloadPolicy};

pub use doc::{IndexDoc, Kind, decode_ags, encode_ags};
pub use error::IndexError;
pub use query::Tuning;
pub use search::{
    FacetCount, Facets, Hit, OpenFilter, RegionFilter, SearchRequest, SearchResult, Sort,
};
pub use suggest::Suggestion;
pub use writer::{Change, CommitPayload, IndexWriterHandle, SCHEMA_VERSION};

use crate::attrs::AttrCache;
use crate::schema::Fields;

/// Bytes per document-store block (tantivy's default is 16 KiB).
const DOCSTORE_BLOCK_BYTES: usize = 4096;

pub type Result<T, E = IndexError> = std::result::Result<T, E>;

/// An open index: a reader that reloads only when told (after each commit), the analysis
/// used for queries, and the per-segment attribute cache used for filters and facets.
#[derive(Clone)]
pub struct SearchIndex {
    inner: Arc<Inner>,
}

struct Inner {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    analysis: GermanAnalysis,
    attrs: AttrCache,
    /// Multi-word synonyms read once per segment.
    phrases: Arc<crate::plan::PhraseCache>,
    tuning: std::sync::RwLock<Tuning>,
    dir: PathBuf,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("dir", &self.inner.dir)
            .finish()
    }
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it if the directory is empty. Fails with
    /// `IndexError::Incompatible` when the directory holds an index of another schema version
    /// and with `IndexError::Tantivy` when it is unreadable; callers rebuild in both cases.
    pub fn open_or_create(dir: &Path, analysis: GermanAnalysis) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| IndexError::Io {
            path: dir.to_owned(),
            source: e,
        })?;
        let (schema, fields) = schema::build();
        let mmap = MmapDirectory::open(dir).map_err(|e| IndexError::Tantivy(e.to_string()))?;
        let exists = Index::exists(&mmap).map_err(|e| IndexError::Tantivy(e.to_string()))?;
        let index = if exists {
            let index = Index::open(mmap)?;
            let payload = writer::read_payload(&index)?;
            if payload.is_some_and(|p| p.schema != SCHEMA_VERSION) || index.schema() != schema {
                return Err(IndexError::Incompatible(dir.to_owned()));
            }
            index
        } else {
            // Small document-store blocks, uncompressed: a shown hit copies a block of about
            // 4 KiB (a few documents) instead of decompressing 16 KiB of lz4. The store takes
            // 2.3 times the space (48 instead of 21 MB at 100,000 offers).
            let settings = tantivy::IndexSettings {
                docstore_blocksize: DOCSTORE_BLOCK_BYTES,
                docstore_compression: tantivy::store::Compressor::None,
                ..tantivy::IndexSettings::default()
            };
            Index::create(mmap, schema, settings)?
        };
        atlas_analysis::register_tokenizers(index.tokenizers(), &analysis);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            // No cache of blocks: copying an uncompressed block costs less than keeping an
            // LRU cache (behind a lock) in order.
            .doc_store_cache_num_blocks(0)
            .try_into()?;
        Ok(Self {
            inner: Arc::new(Inner {
                index,
                reader,
                fields,
                analysis,
                attrs: AttrCache::default(),
                phrases: Arc::default(),
                tuning: std::sync::RwLock::new(Tuning::default()),
                dir: dir.to_owned(),
            }),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    /// The writer. There is one per index (tantivy holds a lock file); `atlas-sync` owns it.
    pub fn writer(&self, heap_bytes: usize) -> Result<IndexWriterHandle> {
        IndexWriterHandle::new(self.clone(), heap_bytes)
    }

    /// Makes the newest commit visible to searches.
    pub fn reload(&self) -> Result<()> {
        self.inner.reader.reload()?;
        Ok(())
    }

    /// The change-log sequence of the last commit, if any.
    pub fn committed_seq(&self) -> Result<Option<i64>> {
        Ok(writer::read_payload(&self.inner.index)?.map(|p| p.seq))
    }

    /// Number of searchable documents.
    pub fn num_docs(&self) -> u64 {
        self.inner.reader.searcher().num_docs()
    }
}
