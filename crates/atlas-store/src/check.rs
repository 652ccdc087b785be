//! `atlas check`, store half: SQLite's own checks, foreign keys, every record readable and
//! consistent with its columns and link tables, and every record present in the change log.

use std::collections::BTreeSet;

use atlas_model::{Location, Network, Organization, Service};
use serde::de::DeserializeOwned;

use crate::{Result, Store};

/// What `check` found. `problems` empty means the store is sound.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct IntegrityReport {
    pub problems: Vec<String>,
    /// Facts worth knowing that are not errors (e.g. an HSDS parent organization not in the store).
    pub notes: Vec<String>,
    pub counts: Vec<(&'static str, u64)>,
}

impl IntegrityReport {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

impl Store {
    pub fn check(&mut self) -> Result<IntegrityReport> {
        let mut report = IntegrityReport::default();
        let conn = &self.conn;
        let quick: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if quick != "ok" {
            report
                .problems
                .push(format!("SQLite integrity_check: {quick}"));
        }
        {
            let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })?;
            for row in rows {
                let (table, rowid, parent) = row?;
                report.problems.push(format!(
                    "{table} row {rowid} points at a missing {parent} record"
                ));
            }
        }
        let logged: BTreeSet<(String, String)> = {
            let mut stmt = conn.prepare(
                "SELECT entity, entity_id FROM change_log c WHERE seq = (
                    SELECT max(seq) FROM change_log d WHERE d.entity = c.entity AND d.entity_id = c.entity_id)
                 AND op = 'upsert'",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<Result<_, _>>()?
        };

        let mut docs = |table: &str, entity: &str| -> Result<Vec<(String, String, String)>> {
            let name_col = if table == "locations" {
                "coalesce(name, '')"
            } else {
                "name"
            };
            let mut stmt = conn.prepare(&format!("SELECT id, {name_col}, doc FROM {table}"))?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            let rows: Vec<(String, String, String)> = rows.collect::<Result<_, _>>()?;
            for (id, _, _) in &rows {
                if !logged.contains(&(entity.to_owned(), id.clone())) {
                    report
                        .problems
                        .push(format!("{entity} {id} is missing from the change log"));
                }
            }
            Ok(rows)
        };
        let orgs = docs("organizations", "organization")?;
        let locs = docs("locations", "location")?;
        let services = docs("services", "service")?;
        let networks = docs("networks", "network")?;

        fn parse<T: DeserializeOwned>(
            problems: &mut Vec<String>,
            entity: &str,
            id: &str,
            doc: &str,
        ) -> Option<T> {
            match serde_json::from_str(doc) {
                Ok(v) => Some(v),
                Err(e) => {
                    problems.push(format!("{entity} {id}: stored record unreadable: {e}"));
                    None
                }
            }
        }
        let org_ids: BTreeSet<&str> = orgs.iter().map(|(id, _, _)| id.as_str()).collect();
        for (id, name, doc) in &orgs {
            if let Some(o) = parse::<Organization>(&mut report.problems, "organization", id, doc) {
                if o.id.to_string() != *id || o.name != *name {
                    report
                        .problems
                        .push(format!("organization {id}: columns differ from the record"));
                }
                if let Some(p) = o.parent_organization_id
                    && !org_ids.contains(p.to_string().as_str())
                {
                    report
                        .notes
                        .push(format!("organization {id}: parent {p} is not in the store"));
                }
            }
        }
        for (id, name, doc) in &locs {
            if let Some(l) = parse::<Location>(&mut report.problems, "location", id, doc)
                && (l.id.to_string() != *id || l.name.clone().unwrap_or_default() != *name)
            {
                report
                    .problems
                    .push(format!("location {id}: columns differ from the record"));
            }
        }
        for (id, name, doc) in &services {
            let Some(s) = parse::<Service>(&mut report.problems, "service", id, doc) else {
                continue;
            };
            if s.id.to_string() != *id || s.name != *name {
                report
                    .problems
                    .push(format!("service {id}: columns differ from the record"));
            }
            let linked: BTreeSet<String> = {
                let mut stmt = conn
                    .prepare("SELECT location_id FROM service_locations WHERE service_id = ?1")?;
                let rows = stmt.query_map([id], |r| r.get(0))?;
                rows.collect::<Result<_, _>>()?
            };
            let expected: BTreeSet<String> = s.location_ids().map(|l| l.to_string()).collect();
            if linked != expected {
                report.problems.push(format!(
                    "service {id}: location links differ from the record"
                ));
            }
            let terms: i64 = conn.query_row(
                "SELECT count(*) FROM service_terms WHERE service_id = ?1",
                [id],
                |r| r.get(0),
            )?;
            let mut want: Vec<&str> = s.fields_of_action.iter().map(|f| f.code()).collect();
            want.extend(s.target_groups.iter().map(|g| g.code()));
            want.sort();
            want.dedup();
            if terms as usize != want.len() {
                report.problems.push(format!(
                    "service {id}: taxonomy links differ from the record"
                ));
            }
        }
        for (id, name, doc) in &networks {
            if let Some(n) = parse::<Network>(&mut report.problems, "network", id, doc)
                && (n.id.to_string() != *id || n.name != *name)
            {
                report
                    .problems
                    .push(format!("network {id}: columns differ from the record"));
            }
        }
        {
            let mut stmt = conn.prepare(
                "SELECT DISTINCT a.ags FROM service_areas a LEFT JOIN regions r ON r.ags = a.ags WHERE r.ags IS NULL",
            )?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            for ags in rows {
                report
                    .notes
                    .push(format!("service area AGS {} is not a known region", ags?));
            }
        }
        report.counts = self.read(|tx| tx.table_counts())?;
        Ok(report)
    }
}
