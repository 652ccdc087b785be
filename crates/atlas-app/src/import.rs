//! HSDS import: parse everything first, then check references and write all records in one
//! transaction. On any error nothing is written.

use std::collections::HashSet;
use std::time::Instant;

use atlas_hsds::{Dataset, HsdsError};
use atlas_model::{Ags, Id, Location};
use atlas_store::{Change, Tx};

use crate::{AppError, Atlas, IMPORTED};

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportReport {
    pub records: usize,
    pub services: usize,
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub seconds: f64,
}

impl Atlas {
    /// Imports HSDS text (page, array or NDJSON). `file` names it in error messages;
    /// `progress(done, total)` is called as records are written.
    pub fn import(
        &self,
        file: &str,
        text: &str,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<ImportReport, AppError> {
        let started = Instant::now();
        let data = atlas_hsds::parse(file, text)?;
        let total = data.record_count();
        let mut report = ImportReport {
            records: total,
            services: data.services.len(),
            ..ImportReport::default()
        };
        let mut store = self.store()?;
        store.write(|tx| {
            check_references(tx, file, &data)?;
            let mut done = 0;
            let mut count = |c: Change, done: &mut usize| {
                match c {
                    Change::Inserted => report.inserted += 1,
                    Change::Updated => report.updated += 1,
                    Change::Unchanged => report.unchanged += 1,
                }
                *done += 1;
                if (*done).is_multiple_of(64) || *done == total {
                    progress(*done, total);
                }
            };
            // Every record the import writes gets an entry in its audit trail (who: the
            // system; what: the file), so a record's history shows where a value came from.
            let now = self.now();
            let audit = |c: Change, entity: &str, id: Id| -> Result<Change, AppError> {
                let action = match c {
                    Change::Inserted => "import_insert",
                    Change::Updated => "import_update",
                    Change::Unchanged => return Ok(c),
                };
                tx.audit(
                    None,
                    action,
                    entity,
                    &id.to_string(),
                    None,
                    None,
                    Some(file),
                    now,
                )?;
                Ok(c)
            };
            for o in &data.organizations {
                let c = audit(tx.upsert_organization(o, IMPORTED)?, "organization", o.id)?;
                count(c, &mut done);
            }
            for l in &data.locations {
                let gemeinde = self.gemeinde_of(tx, l)?;
                let c = audit(tx.upsert_location(l, gemeinde.as_ref())?, "location", l.id)?;
                count(c, &mut done);
            }
            for s in &data.services {
                count(
                    audit(tx.upsert_service(s, IMPORTED)?, "service", s.id)?,
                    &mut done,
                );
            }
            for n in &data.networks {
                count(
                    audit(tx.upsert_network(n, IMPORTED)?, "network", n.id)?,
                    &mut done,
                );
            }
            Ok::<_, AppError>(())
        })?;
        report.seconds = started.elapsed().as_secs_f64();
        tracing::info!(
            file,
            records = report.records,
            inserted = report.inserted,
            updated = report.updated,
            unchanged = report.unchanged,
            seconds = report.seconds,
            "import finished"
        );
        Ok(report)
    }

    /// The Gemeinde a location's address lies in, if it is one of our regions.
    pub(crate) fn gemeinde_of(&self, tx: &Tx<'_>, l: &Location) -> Result<Option<Ags>, AppError> {
        let Some(address) = l.main_address() else {
            return Ok(None);
        };
        let Some(postcode) = address.german_postcode() else {
            return Ok(None);
        };
        let Some(ags) = self.gazetteer.resolve_gemeinde(&postcode, &address.city) else {
            return Ok(None);
        };
        Ok(tx.region(&ags)?.map(|_| ags))
    }
}

/// Every id a record points at must be in the file or already in the store.
fn check_references(tx: &Tx<'_>, file: &str, data: &Dataset) -> Result<(), AppError> {
    let orgs: HashSet<Id> = data.organizations.iter().map(|o| o.id).collect();
    let locs: HashSet<Id> = data.locations.iter().map(|l| l.id).collect();
    let err = |record: &str, id: Id, field: String, what: &str, target: Id| {
        AppError::Import(HsdsError::Record {
            file: file.to_owned(),
            record: record.to_owned(),
            id: Some(id.to_string()),
            field,
            reason: format!("{what} {target} is neither in the file nor in the store"),
        })
    };
    let origin = |list: &[String], i: usize| {
        list.get(i)
            .cloned()
            .unwrap_or_else(|| format!("record {i}"))
    };
    for (i, s) in data.services.iter().enumerate() {
        if !orgs.contains(&s.organization_id) && !tx.organization_exists(s.organization_id)? {
            let r = origin(&data.service_origins, i);
            return Err(err(
                &r,
                s.id,
                "organization_id".into(),
                "organization",
                s.organization_id,
            ));
        }
        for (j, sal) in s.service_at_locations.iter().enumerate() {
            if !locs.contains(&sal.location_id) && !tx.location_exists(sal.location_id)? {
                let r = origin(&data.service_origins, i);
                return Err(err(
                    &r,
                    s.id,
                    format!("service_at_locations[{j}].location_id"),
                    "location",
                    sal.location_id,
                ));
            }
        }
    }
    for (i, n) in data.networks.iter().enumerate() {
        let r = origin(&data.network_origins, i);
        if let Some(c) = n.coordinator_organization_id
            && !orgs.contains(&c)
            && !tx.organization_exists(c)?
        {
            return Err(err(
                &r,
                n.id,
                "coordinator_organization_id".into(),
                "organization",
                c,
            ));
        }
        for (j, m) in n.members.iter().enumerate() {
            if !orgs.contains(&m.organization_id) && !tx.organization_exists(m.organization_id)? {
                return Err(err(
                    &r,
                    n.id,
                    format!("members[{j}].organization_id"),
                    "organization",
                    m.organization_id,
                ));
            }
        }
    }
    Ok(())
}
