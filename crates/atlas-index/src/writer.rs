//! Writing the index: add, replace and delete documents, and commit with the change-log
//! sequence they reflect as the commit payload, so that after a crash the follower resumes
//! exactly after the last change that is durably in the index.

use serde::{Deserialize, Serialize};
use tantivy::indexer::UserOperation;
use tantivy::{Index, IndexWriter, TantivyDocument, Term};

use crate::doc::{Kind, key};
use crate::{IndexDoc, Result, SearchIndex};
use atlas_model::Id;

/// Bump when the schema or the analysis changes in a way that needs a rebuild.
pub const SCHEMA_VERSION: u32 = 5;

/// What a commit records about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitPayload {
    /// The last change-log sequence whose effects the commit contains.
    pub seq: i64,
    pub schema: u32,
}

pub(crate) fn read_payload(index: &Index) -> Result<Option<CommitPayload>> {
    let metas = index.load_metas()?;
    Ok(metas
        .payload
        .as_deref()
        .and_then(|p| serde_json::from_str(p).ok()))
}

/// One change to the index, for [`IndexWriterHandle::apply`].
#[derive(Debug, Clone, Copy)]
pub enum Change<'a> {
    /// Adds a document, replacing any earlier one of the same kind and id.
    Upsert(&'a IndexDoc),
    /// Adds a document without looking for an earlier one of the same kind and id: only for
    /// an index known to hold none (a rebuild after `delete_all`).
    Add(&'a IndexDoc),
    /// Removes a document (nothing happens if there is none).
    Delete(Kind, Id),
}

/// The one writer of an index.
pub struct IndexWriterHandle {
    index: SearchIndex,
    writer: IndexWriter<TantivyDocument>,
}

impl std::fmt::Debug for IndexWriterHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IndexWriterHandle")
            .field("index", &self.index)
            .finish()
    }
}

impl IndexWriterHandle {
    pub(crate) fn new(index: SearchIndex, heap_bytes: usize) -> Result<Self> {
        let writer = index.inner.index.writer(heap_bytes.max(15_000_000))?;
        Ok(Self { index, writer })
    }

    /// Applies changes in their order, handing their documents to one indexing thread
    /// together: one hand-over (and wake-up) per batch instead of one per document.
    pub fn apply<'a>(&mut self, changes: impl IntoIterator<Item = Change<'a>>) -> Result<()> {
        let f = &self.index.inner.fields;
        let delete = |kind, id| UserOperation::Delete(Term::from_field_text(f.key, &key(kind, id)));
        let mut ops = Vec::new();
        for change in changes {
            match change {
                Change::Upsert(doc) => {
                    ops.push(delete(doc.kind, doc.id));
                    ops.push(UserOperation::Add(doc.to_document(f)));
                }
                Change::Add(doc) => ops.push(UserOperation::Add(doc.to_document(f))),
                Change::Delete(kind, id) => ops.push(delete(kind, id)),
            }
        }
        self.writer.run(ops)?;
        Ok(())
    }

    /// Removes a document (no error if there is none).
    pub fn delete(&mut self, kind: Kind, id: Id) -> Result<()> {
        self.apply([Change::Delete(kind, id)])
    }

    /// Removes every document (before a rebuild into the same index).
    pub fn delete_all(&mut self) -> Result<()> {
        self.writer.delete_all_documents()?;
        Ok(())
    }

    /// Commits everything added since the last commit, records `seq`, and makes it searchable.
    pub fn commit(&mut self, seq: i64) -> Result<()> {
        let payload = serde_json::to_string(&CommitPayload {
            seq,
            schema: SCHEMA_VERSION,
        })
        .unwrap_or_default();
        let mut prepared = self.writer.prepare_commit()?;
        prepared.set_payload(&payload);
        prepared.commit()?;
        self.index.reload()?;
        Ok(())
    }

    /// Merges all segments into one (after a rebuild: fewer segments, faster searches).
    pub fn merge_all(&mut self) -> Result<()> {
        let ids = self.index.inner.index.searchable_segment_ids()?;
        if ids.len() > 1 {
            self.writer.merge(&ids).wait()?;
            self.index.reload()?;
        }
        Ok(())
    }

    /// Waits for background merges to finish (before the process exits or a directory is
    /// handed over).
    pub fn wait_merging_threads(self) -> Result<()> {
        self.writer.wait_merging_threads()?;
        Ok(())
    }

    pub fn index(&self) -> &SearchIndex {
        &self.index
    }
}
