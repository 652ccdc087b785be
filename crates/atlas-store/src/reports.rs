//! Residents' reports of mistakes in an offer ("Fehler melden"), kept for moderators. Each is
//! written with a change-log entry like every other write.

use atlas_model::Id;
use rusqlite::{OptionalExtension, params};

use crate::records::Tx;
use crate::{Result, StoreError, now};

/// A stored report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub id: Id,
    pub service_id: Id,
    pub message: String,
    pub email: Option<String>,
    pub status: String,
    pub created_at: String,
}

impl Tx<'_> {
    /// Stores a new open report on an offer and logs it. The offer must exist.
    pub fn insert_report(&self, service_id: Id, message: &str, email: Option<&str>) -> Result<Id> {
        let exists: bool = self.conn().query_row(
            "SELECT EXISTS(SELECT 1 FROM services WHERE id = ?1)",
            params![service_id.to_string()],
            |r| r.get(0),
        )?;
        if !exists {
            return Err(StoreError::Conflict(format!(
                "report on unknown offer {service_id}"
            )));
        }
        let id = Id::random();
        self.conn().execute(
            "INSERT INTO reports (id, service_id, message, email, status, created_at)
             VALUES (?1, ?2, ?3, ?4, 'open', ?5)",
            params![
                id.to_string(),
                service_id.to_string(),
                message,
                email,
                now()
            ],
        )?;
        self.log("report", &id.to_string(), "upsert")?;
        Ok(id)
    }

    /// Reports, newest first (for moderators).
    pub fn reports(&self, limit: usize) -> Result<Vec<Report>> {
        let mut stmt = self.conn().prepare(
            "SELECT id, service_id, message, email, status, created_at FROM reports
             ORDER BY created_at DESC, id LIMIT ?1",
        )?;
        let rows = stmt.query_map(params![limit as i64], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, service_id, message, email, status, created_at) = row?;
            let parse = |s: &str| {
                Id::parse(s).map_err(|e| StoreError::Corrupt {
                    entity: "report",
                    id: s.to_owned(),
                    reason: e.to_string(),
                })
            };
            out.push(Report {
                id: parse(&id)?,
                service_id: parse(&service_id)?,
                message,
                email,
                status,
                created_at,
            });
        }
        Ok(out)
    }

    /// One report.
    pub fn report(&self, id: Id) -> Result<Option<Report>> {
        let row = self
            .conn()
            .query_row(
                "SELECT service_id, message, email, status, created_at FROM reports WHERE id = ?1",
                params![id.to_string()],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                    ))
                },
            )
            .optional()?;
        row.map(|(service_id, message, email, status, created_at)| {
            Ok(Report {
                id,
                service_id: Id::parse(&service_id).map_err(|e| StoreError::Corrupt {
                    entity: "report",
                    id: id.to_string(),
                    reason: e.to_string(),
                })?,
                message,
                email,
                status,
                created_at,
            })
        })
        .transpose()
    }

    /// Sets a report's status (`open` or `done`) and logs it.
    pub fn set_report_status(&self, id: Id, status: &str) -> Result<bool> {
        let n = self.conn().execute(
            "UPDATE reports SET status = ?2 WHERE id = ?1",
            params![id.to_string(), status],
        )?;
        if n == 1 {
            self.log("report", &id.to_string(), "upsert")?;
        }
        Ok(n == 1)
    }
}
