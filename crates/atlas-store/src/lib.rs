//! The SQLite master store: the one truth of the atlas. Records (organizations, locations,
//! services, networks) are kept as rows with the columns we look things up by plus the full
//! model record as JSON (`doc`); link tables (service ↔ location, terms, languages, areas,
//! network members) are derived from the record on every write.
//!
//! Every write runs in one transaction that also appends to `change_log` (a monotonic
//! sequence of entity, id and operation). A write that changes nothing appends nothing.
//!
//! Architecture invariant: this crate knows nothing of tantivy, HTTP or HTML. It never decides
//! who may write; callers do.

mod accounts;
mod check;
mod drafts;
mod migrations;
mod records;
mod regions;
mod reports;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

pub use accounts::{
    Account, ApiTokenInfo, Mail, Membership, SessionRow, TokenPurpose, email_key, ts,
};
pub use check::IntegrityReport;
pub use drafts::{AuditEntry, DRAFT_ENTITIES, Draft, DraftInput};
pub use records::{Change, ChangeEntry, Counts, PublicIds, Published, Stored, Tx};
pub use reports::Report;

/// Errors of the store. `Conflict` is a caller's mistake (e.g. a reference to a record that does
/// not exist); the others are internal.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("cannot open database {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error(
        "database {path} has schema version {found}, newer than this program knows ({known}); upgrade the program"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("stored {entity} {id} is unreadable: {reason}")]
    Corrupt {
        entity: &'static str,
        id: String,
        reason: String,
    },
    #[error("{0}")]
    Conflict(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A connection to the store. Open one per thread; SQLite in WAL mode lets readers and one
/// writer work at the same time, across processes.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the store at `path` and applies pending migrations.
    pub fn open(path: &Path) -> Result<Self> {
        Self::open_at_version(path, migrations::MIGRATIONS.len())
    }

    /// Opens the store applying only the first `version` migrations (tests of upgrades).
    #[doc(hidden)]
    pub fn open_at_version(path: &Path, version: usize) -> Result<Self> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open {
            path: path.to_owned(),
            source,
        })?;
        conn.busy_timeout(Duration::from_secs(10))?;
        // Reads by id (documents for the index, views) run thousands of times per batch:
        // keep their prepared statements instead of parsing the SQL on every call.
        conn.set_prepared_statement_cache_capacity(64);
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Self {
            conn,
            path: path.to_owned(),
        };
        store.migrate(version)?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The number of migrations applied.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    fn migrate(&mut self, target: usize) -> Result<()> {
        let known = migrations::MIGRATIONS.len() as i64;
        let current = self.schema_version()?;
        if current > known {
            return Err(StoreError::TooNew {
                path: self.path.clone(),
                found: current,
                known,
            });
        }
        for (i, sql) in migrations::MIGRATIONS
            .iter()
            .enumerate()
            .take(target)
            .skip(current as usize)
        {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// Runs `f` in one write transaction. Commits if `f` returns `Ok`, rolls back otherwise:
    /// nothing of a failed write is left behind, and neither is its change log entry.
    pub fn write<T, E>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(StoreError::from)?;
        let out = f(&Tx::new(&tx))?;
        tx.commit().map_err(StoreError::from)?;
        Ok(out)
    }

    /// Runs `f` on a read snapshot (a deferred transaction that is never committed).
    pub fn read<T, E>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        let tx = self.conn.transaction().map_err(StoreError::from)?;
        f(&Tx::new(&tx))
    }

    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", params![key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    /// Writes the WAL back into the main file (e.g. before copying the file).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

/// The first `N` columns of a row as optional texts (readers of wide rows destructure them).
fn texts<const N: usize>(r: &rusqlite::Row<'_>) -> rusqlite::Result<[Option<String>; N]> {
    let mut out = [const { None }; N];
    for (i, v) in out.iter_mut().enumerate() {
        *v = r.get(i)?;
    }
    Ok(out)
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
