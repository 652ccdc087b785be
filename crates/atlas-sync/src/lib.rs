//! The one writer of the search index. `Syncer` follows the store's change log: it reads the
//! changes after the sequence recorded in the index's last commit, works out which index
//! documents they touch (an organization's new name touches its offers; a territorial change
//! touches every offer in the region), builds those documents from the store, and commits them
//! together with the sequence of the last change applied. After a crash it resumes from the
//! committed sequence; re-applying a change is harmless (documents are replaced by key).
//!
//! Architecture invariant: nothing else writes the index. The syncer reads the store through
//! its own connection and never writes it.

mod build;
mod home;

use std::collections::BTreeSet;
use std::ops::ControlFlow;
use std::path::Path;
use std::sync::Arc;

use atlas_index::{Change, IndexDoc, IndexWriterHandle, Kind, SearchIndex};
use atlas_model::{Ags, Id};
use atlas_store::{ChangeEntry, Store, StoreError, Tx};

pub use build::{network_doc, offer_doc, provider_doc};
pub use home::{Follower, IndexHome, Tick, reindex};

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Index(#[from] atlas_index::IndexError),
    #[error("index directory {path}: {source}")]
    Io {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
}

pub type Result<T, E = SyncError> = std::result::Result<T, E>;

/// Change-log entries read per batch.
const BATCH: usize = 2000;

/// Follows the change log into one index.
pub struct Syncer {
    store: Store,
    writer: IndexWriterHandle,
    applied: i64,
}

impl std::fmt::Debug for Syncer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Syncer")
            .field("applied", &self.applied)
            .finish()
    }
}

/// What one `catch_up` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Applied {
    pub changes: usize,
    pub documents: usize,
    pub seq: i64,
}

impl Syncer {
    /// A syncer over the store at `store_path` writing into `index` (taking its writer lock).
    pub fn new(store_path: &Path, index: &SearchIndex, heap_bytes: usize) -> Result<Self> {
        let store = Store::open(store_path)?;
        let writer = index.writer(heap_bytes)?;
        let applied = index.committed_seq()?.unwrap_or(0);
        Ok(Self {
            store,
            writer,
            applied,
        })
    }

    /// The sequence the index reflects.
    pub fn applied(&self) -> i64 {
        self.applied
    }

    pub fn index(&self) -> &SearchIndex {
        self.writer.index()
    }

    /// Applies all changes after the committed sequence, committing once per batch.
    pub fn catch_up(&mut self) -> Result<Applied> {
        let mut total = Applied {
            seq: self.applied,
            ..Applied::default()
        };
        loop {
            let applied = self.applied;
            let writer = &mut self.writer;
            let step = self.store.read(|tx| {
                let changes = tx.changes_since(applied, BATCH)?;
                let Some(last) = changes.last().map(|c| c.seq) else {
                    return Ok::<_, SyncError>(None);
                };
                let targets = affected(tx, &changes)?;
                let n = apply(tx, writer, &targets, false)?;
                Ok(Some((changes.len(), n, last)))
            })?;
            let Some((changes, documents, last)) = step else {
                break;
            };
            self.writer.commit(last)?;
            self.applied = last;
            total.changes += changes;
            total.documents += documents;
            total.seq = last;
            tracing::debug!(changes, documents, seq = last, "index caught up");
        }
        Ok(total)
    }

    /// Rebuilds the whole index from the store: removes every document, indexes every public
    /// record, commits with the store's newest sequence.
    pub fn rebuild(&mut self) -> Result<Applied> {
        let writer = &mut self.writer;
        let (documents, seq) = self.store.read(|tx| {
            let seq = tx.last_seq()?;
            let targets = Targets {
                all_services: true,
                services: BTreeSet::new(),
                organizations: tx.all_ids("organizations")?.into_iter().collect(),
                networks: tx.all_ids("networks")?.into_iter().collect(),
            };
            writer.delete_all()?;
            let n = apply(tx, writer, &targets, true)?;
            Ok::<_, SyncError>((n, seq))
        })?;
        self.writer.commit(seq)?;
        self.writer.merge_all()?;
        self.applied = seq;
        Ok(Applied {
            changes: 0,
            documents,
            seq,
        })
    }

    /// Hands the writer back (waiting for merges), e.g. before the index directory is swapped.
    pub fn finish(self) -> Result<()> {
        self.writer.wait_merging_threads()?;
        Ok(())
    }
}

/// How many documents an index in step with the store holds: every public offer, provider
/// and network.
pub fn expected_documents(store: &mut Store) -> Result<u64> {
    store.read(|tx| {
        let b = build::Builder::new(tx);
        let mut n = 0u64;
        for id in tx.all_ids("services")? {
            n += u64::from(b.offer(id)?.is_some());
        }
        for id in tx.all_ids("organizations")? {
            n += u64::from(b.provider(id)?.is_some());
        }
        for id in tx.all_ids("networks")? {
            n += u64::from(b.network(id)?.is_some());
        }
        Ok(n)
    })
}

/// The documents a batch of changes touches.
#[derive(Debug, Default)]
struct Targets {
    /// Every service (a rebuild): read in one pass over the table.
    all_services: bool,
    services: BTreeSet<Id>,
    organizations: BTreeSet<Id>,
    networks: BTreeSet<Id>,
}

fn affected(tx: &Tx<'_>, changes: &[ChangeEntry]) -> Result<Targets, StoreError> {
    let mut t = Targets::default();
    let mut regions: BTreeSet<String> = BTreeSet::new();
    for c in changes {
        if c.entity == "region" {
            regions.insert(c.entity_id.clone());
            continue;
        }
        let Ok(id) = Id::parse(&c.entity_id) else {
            continue;
        };
        match c.entity.as_str() {
            "service" => {
                t.services.insert(id);
                // The provider's document sums up its offers.
                if let Some(s) = tx.service(id)? {
                    t.organizations.insert(s.record.organization_id);
                }
            }
            "organization" => {
                t.organizations.insert(id);
                t.services.extend(tx.service_ids_of_organization(id)?);
                t.networks.extend(tx.network_ids_of_organization(id)?);
            }
            "location" => {
                for s in tx.service_ids_at_location(id)? {
                    t.services.insert(s);
                    if let Some(s) = tx.service(s)? {
                        t.organizations.insert(s.record.organization_id);
                    }
                }
            }
            "network" => {
                t.networks.insert(id);
            }
            _ => {}
        }
    }
    if !regions.is_empty() && tx.has_services()? {
        // A territorial change: everything in the changed regions and below them.
        let mut seen = BTreeSet::new();
        for r in regions {
            let Ok(ags) = Ags::parse(&r) else { continue };
            for sub in tx.region_subtree(&ags)? {
                if seen.insert(sub.clone()) {
                    for s in tx.service_ids_in_region(&sub)? {
                        t.services.insert(s);
                        if let Some(s) = tx.service(s)? {
                            t.organizations.insert(s.record.organization_id);
                        }
                    }
                }
            }
        }
        // Networks name their region too.
        t.networks.extend(tx.all_ids("networks")?);
    }
    Ok(t)
}

/// One write to the index.
enum Op {
    Upsert(Arc<IndexDoc>),
    Delete(Kind, Id),
}

/// Documents handed from the builder to the writer at once. Tantivy's queue to its indexing
/// threads holds 10,000 hand-overs, however many documents each has, so this also bounds the
/// documents that wait in memory (160,000; the builder runs ahead of indexing). At 1M offers
/// 64 peaked at 2.4 GiB and 16 at 1.5 GiB, equally fast (BENCHMARKS.md).
const HAND_OVER: usize = 16;

/// Replaces or removes each target's document; returns how many documents were written.
/// `fresh`: the index holds none of them (a rebuild after `delete_all`), so nothing needs
/// replacing. Documents are built here (the store transaction stays on this thread) while a
/// second thread turns them into tantivy documents and hands them to the writer, in order and
/// in batches of [`HAND_OVER`].
fn apply(tx: &Tx<'_>, writer: &mut IndexWriterHandle, t: &Targets, fresh: bool) -> Result<usize> {
    let b = build::Builder::new(tx);
    std::thread::scope(|scope| {
        let (send, recv) = std::sync::mpsc::sync_channel::<Vec<Op>>(16);
        let worker = scope.spawn(move || -> Result<()> {
            for batch in recv {
                writer.apply(batch.iter().filter_map(|op| match op {
                    Op::Upsert(doc) if fresh => Some(Change::Add(doc)),
                    Op::Upsert(doc) => Some(Change::Upsert(doc)),
                    // Nothing to remove from a fresh index.
                    Op::Delete(..) if fresh => None,
                    Op::Delete(kind, id) => Some(Change::Delete(*kind, *id)),
                }))?;
            }
            Ok(())
        });
        let built = (|| -> Result<usize> {
            let mut n = 0;
            let mut batch = Vec::with_capacity(HAND_OVER);
            // A send fails only when the worker stopped on an error, which `join` reports.
            let mut put = |op: Op, batch: &mut Vec<Op>| {
                n += 1;
                batch.push(op);
                batch.len() < HAND_OVER
                    || send
                        .send(std::mem::replace(batch, Vec::with_capacity(HAND_OVER)))
                        .is_ok()
            };
            if t.all_services {
                let mut stopped = false;
                tx.each_service(|id, stored| -> Result<ControlFlow<()>> {
                    let op = match b.offer_from(id, stored)? {
                        Some(doc) => Op::Upsert(doc),
                        None => Op::Delete(Kind::Offer, id),
                    };
                    stopped = !put(op, &mut batch);
                    Ok(if stopped {
                        ControlFlow::Break(())
                    } else {
                        ControlFlow::Continue(())
                    })
                })?;
                if stopped {
                    return Ok(0);
                }
            }
            for id in &t.services {
                let op = match b.offer(*id)? {
                    Some(doc) => Op::Upsert(doc),
                    None => Op::Delete(Kind::Offer, *id),
                };
                if !put(op, &mut batch) {
                    return Ok(0);
                }
            }
            for id in &t.organizations {
                let op = match b.provider(*id)? {
                    Some(doc) => Op::Upsert(Arc::new(doc)),
                    None => Op::Delete(Kind::Provider, *id),
                };
                if !put(op, &mut batch) {
                    return Ok(0);
                }
            }
            for id in &t.networks {
                let op = match b.network(*id)? {
                    Some(doc) => Op::Upsert(Arc::new(doc)),
                    None => Op::Delete(Kind::Network, *id),
                };
                if !put(op, &mut batch) {
                    return Ok(0);
                }
            }
            if !batch.is_empty() && send.send(batch).is_err() {
                return Ok(0);
            }
            Ok(n)
        })();
        drop(send);
        let written = match worker.join() {
            Ok(r) => r,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        written?;
        built
    })
}
