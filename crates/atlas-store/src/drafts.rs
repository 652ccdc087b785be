//! Providers' drafts — proposed versions of records waiting to be written, reviewed and
//! published — and the audit trail of who changed what. A record has at most one open draft
//! (`draft`, `in_review` or `rejected`); an approved draft stays as history.

use atlas_model::{ChangeStatus, Id};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use crate::accounts::{id_of, ts};
use crate::records::Tx;
use crate::texts;
use crate::{Result, StoreError};

/// The kinds of record a draft can propose.
pub const DRAFT_ENTITIES: [&str; 4] = ["organization", "location", "service", "network"];

/// A stored draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub id: Id,
    /// `organization`, `location`, `service` or `network`.
    pub entity: String,
    pub entity_id: Id,
    /// The organisation the record belongs to (whose members may edit it).
    pub organization_id: Id,
    /// The proposed record as JSON.
    pub doc: serde_json::Value,
    pub status: ChangeStatus,
    /// AGS keys of the regions the record lies in (whose moderators review it).
    pub regions: Vec<String>,
    /// Why a moderator rejected it.
    pub reason: Option<String>,
    pub author_id: Id,
    pub created_at: String,
    pub updated_at: String,
    pub submitted_at: Option<String>,
    pub decided_by: Option<Id>,
    pub decided_at: Option<String>,
}

/// One entry of the audit trail.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: String,
    /// `None` for the system (an import, the nightly freshness sweep).
    pub actor_id: Option<Id>,
    /// The account's display name (`None` for the system or a deleted account).
    pub actor_name: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub old: Option<serde_json::Value>,
    pub new: Option<serde_json::Value>,
    pub detail: Option<String>,
}

const DRAFT_COLS: &str = "id, entity, entity_id, organization_id, doc, status, regions, reason, \
     author_id, created_at, updated_at, submitted_at, decided_by, decided_at";

fn draft_from(row: [Option<String>; 14]) -> Result<Draft> {
    let [
        id,
        entity,
        entity_id,
        org,
        doc,
        status,
        regions,
        reason,
        author,
        created_at,
        updated_at,
        submitted_at,
        decided_by,
        decided_at,
    ] = row;
    let id_s = id.unwrap_or_default();
    let bad = |reason: String| StoreError::Corrupt {
        entity: "draft",
        id: id_s.clone(),
        reason,
    };
    Ok(Draft {
        id: id_of("draft", &id_s)?,
        entity: entity.unwrap_or_default(),
        entity_id: id_of("draft", &entity_id.unwrap_or_default())?,
        organization_id: id_of("draft", &org.unwrap_or_default())?,
        doc: serde_json::from_str(&doc.unwrap_or_default()).map_err(|e| bad(e.to_string()))?,
        status: ChangeStatus::parse(&status.unwrap_or_default()).map_err(|e| bad(e.to_string()))?,
        regions: regions
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        reason,
        author_id: id_of("draft", &author.unwrap_or_default())?,
        created_at: created_at.unwrap_or_default(),
        updated_at: updated_at.unwrap_or_default(),
        submitted_at,
        decided_by: decided_by
            .as_deref()
            .map(|b| id_of("draft", b))
            .transpose()?,
        decided_at,
    })
}

/// What to write into a draft.
#[derive(Debug, Clone)]
pub struct DraftInput<'a> {
    pub entity: &'a str,
    pub entity_id: Id,
    pub organization_id: Id,
    pub doc: &'a serde_json::Value,
    pub regions: &'a [String],
    pub author_id: Id,
    /// Straight into the review queue (`in_review`) instead of `draft`.
    pub submit: bool,
}

impl Tx<'_> {
    /// Writes the open draft of a record: updates it when there is one (a rejected draft
    /// becomes a draft again and loses its reason), creates it otherwise. Returns its id.
    pub fn save_draft(&self, d: &DraftInput<'_>, at: DateTime<Utc>) -> Result<Id> {
        if !DRAFT_ENTITIES.contains(&d.entity) {
            return Err(StoreError::Conflict(format!(
                "no drafts of {} records",
                d.entity
            )));
        }
        let doc = serde_json::to_string(d.doc)
            .map_err(|e| StoreError::Conflict(format!("cannot serialize draft: {e}")))?;
        let status = if d.submit {
            ChangeStatus::InReview
        } else {
            ChangeStatus::Draft
        };
        let submitted = d.submit.then(|| ts(at));
        let regions = d.regions.join(" ");
        if let Some(open) = self.open_draft(d.entity, d.entity_id)? {
            self.conn().execute(
                "UPDATE drafts SET doc = ?2, status = ?3, regions = ?4, reason = NULL, author_id = ?5,
                     updated_at = ?6, submitted_at = coalesce(?7, CASE WHEN ?3 = 'in_review' THEN submitted_at END),
                     decided_by = NULL, decided_at = NULL
                 WHERE id = ?1",
                params![
                    open.id.to_string(),
                    doc,
                    status.code(),
                    regions,
                    d.author_id.to_string(),
                    ts(at),
                    submitted
                ],
            )?;
            return Ok(open.id);
        }
        let id = Id::random();
        self.conn().execute(
            "INSERT INTO drafts (id, entity, entity_id, organization_id, doc, status, regions, author_id,
                 created_at, updated_at, submitted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10)",
            params![
                id.to_string(),
                d.entity,
                d.entity_id.to_string(),
                d.organization_id.to_string(),
                doc,
                status.code(),
                regions,
                d.author_id.to_string(),
                ts(at),
                submitted
            ],
        )?;
        Ok(id)
    }

    pub fn draft(&self, id: Id) -> Result<Option<Draft>> {
        self.conn()
            .prepare_cached(&format!("SELECT {DRAFT_COLS} FROM drafts WHERE id = ?1"))?
            .query_row(params![id.to_string()], texts::<14>)
            .optional()?
            .map(draft_from)
            .transpose()
    }

    /// The open draft of a record, if any.
    pub fn open_draft(&self, entity: &str, entity_id: Id) -> Result<Option<Draft>> {
        self.conn()
            .prepare_cached(&format!(
                "SELECT {DRAFT_COLS} FROM drafts WHERE entity = ?1 AND entity_id = ?2 AND status <> 'approved'"
            ))?
            .query_row(params![entity, entity_id.to_string()], texts::<14>)
            .optional()?
            .map(draft_from)
            .transpose()
    }

    /// The open drafts of an organisation's records, newest change first.
    pub fn open_drafts_of(&self, org: Id) -> Result<Vec<Draft>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {DRAFT_COLS} FROM drafts WHERE organization_id = ?1 AND status <> 'approved'
             ORDER BY updated_at DESC"
        ))?;
        let rows = stmt.query_map(params![org.to_string()], texts::<14>)?;
        rows.map(|r| draft_from(r?)).collect()
    }

    /// Drafts waiting for review, oldest submission first.
    pub fn drafts_in_review(&self) -> Result<Vec<Draft>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {DRAFT_COLS} FROM drafts WHERE status = 'in_review' ORDER BY submitted_at, id"
        ))?;
        let rows = stmt.query_map([], texts::<14>)?;
        rows.map(|r| draft_from(r?)).collect()
    }

    /// Moves a draft to `status` (submitting, approving, rejecting), noting who decided.
    pub fn set_draft_status(
        &self,
        id: Id,
        status: ChangeStatus,
        by: Option<Id>,
        reason: Option<&str>,
        at: DateTime<Utc>,
    ) -> Result<()> {
        let (sql, decided) = match status {
            ChangeStatus::InReview => (
                "UPDATE drafts SET status = ?2, submitted_at = ?3, updated_at = ?3, reason = NULL WHERE id = ?1",
                false,
            ),
            ChangeStatus::Draft => (
                "UPDATE drafts SET status = ?2, updated_at = ?3, submitted_at = NULL WHERE id = ?1",
                false,
            ),
            ChangeStatus::Approved | ChangeStatus::Rejected => (
                "UPDATE drafts SET status = ?2, decided_at = ?3, decided_by = ?4, reason = ?5 WHERE id = ?1",
                true,
            ),
        };
        let n = if decided {
            self.conn().execute(
                sql,
                params![
                    id.to_string(),
                    status.code(),
                    ts(at),
                    by.map(|b| b.to_string()),
                    reason
                ],
            )?
        } else {
            self.conn()
                .execute(sql, params![id.to_string(), status.code(), ts(at)])?
        };
        if n != 1 {
            return Err(StoreError::Conflict(format!("no draft {id}")));
        }
        Ok(())
    }

    /// Removes an open draft (the provider discards it).
    pub fn delete_open_draft(&self, id: Id) -> Result<bool> {
        Ok(self.conn().execute(
            "DELETE FROM drafts WHERE id = ?1 AND status <> 'approved'",
            params![id.to_string()],
        )? == 1)
    }

    // --- audit trail ---

    /// Appends to the audit trail.
    #[allow(clippy::too_many_arguments)]
    pub fn audit(
        &self,
        actor: Option<Id>,
        action: &str,
        entity: &str,
        entity_id: &str,
        old: Option<&serde_json::Value>,
        new: Option<&serde_json::Value>,
        detail: Option<&str>,
        at: DateTime<Utc>,
    ) -> Result<()> {
        let json = |v: Option<&serde_json::Value>| v.map(serde_json::Value::to_string);
        self.conn().execute(
            "INSERT INTO audit_log (at, actor_id, action, entity, entity_id, old, new, detail)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                ts(at),
                actor.map(|a| a.to_string()),
                action,
                entity,
                entity_id,
                json(old),
                json(new),
                detail
            ],
        )?;
        Ok(())
    }

    /// The audit trail of one record, oldest first.
    pub fn audit_of(&self, entity: &str, entity_id: &str) -> Result<Vec<AuditEntry>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT l.seq, l.at, l.actor_id, l.action, l.entity, l.entity_id, l.old, l.new,
                    l.detail, a.display_name
             FROM audit_log l LEFT JOIN accounts a ON a.id = l.actor_id
             WHERE l.entity = ?1 AND l.entity_id = ?2 ORDER BY l.seq",
        )?;
        let rows = stmt.query_map(params![entity, entity_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, Option<String>>(6)?,
                r.get::<_, Option<String>>(7)?,
                r.get::<_, Option<String>>(8)?,
                r.get::<_, Option<String>>(9)?,
            ))
        })?;
        rows.map(|r| {
            let (seq, at, actor, action, entity, entity_id, old, new, detail, actor_name) = r?;
            let parse = |s: Option<String>| -> Result<Option<serde_json::Value>> {
                s.map(|s| {
                    serde_json::from_str(&s).map_err(|e| StoreError::Corrupt {
                        entity: "audit",
                        id: seq.to_string(),
                        reason: e.to_string(),
                    })
                })
                .transpose()
            };
            Ok(AuditEntry {
                seq,
                at,
                actor_id: actor.as_deref().map(|a| id_of("audit", a)).transpose()?,
                actor_name,
                action,
                entity,
                entity_id,
                old: parse(old)?,
                new: parse(new)?,
                detail,
            })
        })
        .collect()
    }
}
