//! Reading and writing records inside a transaction. Every write appends to the change log.

use atlas_model::{Ags, Id, Location, ModerationStatus, Network, Organization, Service, Taxonomy};
use std::ops::ControlFlow;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};
use serde::de::DeserializeOwned;

use crate::{Result, StoreError, now};

/// What a write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Inserted,
    Updated,
    /// The stored record was already exactly this; nothing was written or logged.
    Unchanged,
}

/// A record with the store's bookkeeping.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored<T> {
    pub record: T,
    pub moderation: ModerationStatus,
    pub created_at: String,
    pub updated_at: String,
}

/// One entry of the change log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeEntry {
    pub seq: i64,
    pub entity: String,
    pub entity_id: String,
    pub op: String,
    pub at: String,
}

/// The published records, for export.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Published {
    pub organizations: Vec<Organization>,
    pub locations: Vec<Location>,
    pub services: Vec<Service>,
    pub networks: Vec<Network>,
}

/// The ids behind the public record pages (for the sitemaps), without loading the records.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PublicIds {
    /// Published offers valid on the day asked for, by id.
    pub offers: Vec<Id>,
    /// Gemeinden and areas (AGS) where one of those offers is held or delivered, sorted.
    pub offer_regions: Vec<Ags>,
    pub organizations: Vec<Id>,
    pub networks: Vec<Id>,
}

/// What the public can see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub offers: u64,
    pub providers: u64,
    pub networks: u64,
}

/// A transaction on the store: reads see one snapshot; writes are all-or-nothing.
#[derive(Debug)]
pub struct Tx<'a> {
    tx: &'a Transaction<'a>,
}

/// SQL condition for a service the public can see on `?today`: published, running, and
/// inside its validity period.
const PUBLIC_SERVICE: &str = "s.moderation = 'published' AND s.status <> 'defunct'
     AND (s.valid_from IS NULL OR s.valid_from <= :today)
     AND (s.valid_to IS NULL OR s.valid_to >= :today)";

fn to_json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v)
        .map_err(|e| StoreError::Conflict(format!("cannot serialize record: {e}")))
}

fn from_json<T: DeserializeOwned>(entity: &'static str, id: &str, doc: &str) -> Result<T> {
    serde_json::from_str(doc).map_err(|e| StoreError::Corrupt {
        entity,
        id: id.to_owned(),
        reason: e.to_string(),
    })
}

fn parse_moderation(entity: &'static str, id: &str, s: &str) -> Result<ModerationStatus> {
    ModerationStatus::parse(s).map_err(|e| StoreError::Corrupt {
        entity,
        id: id.to_owned(),
        reason: e.to_string(),
    })
}

/// A stored record from its row's columns.
fn stored_record<T: DeserializeOwned>(
    entity: &'static str,
    id: &str,
    doc: &str,
    moderation: &str,
    created_at: String,
    updated_at: String,
) -> Result<Stored<T>> {
    Ok(Stored {
        record: from_json(entity, id, doc)?,
        moderation: parse_moderation(entity, id, moderation)?,
        created_at,
        updated_at,
    })
}

fn parse_id(entity: &'static str, id: &str) -> Result<Id> {
    Id::parse(id).map_err(|e| StoreError::Corrupt {
        entity,
        id: id.to_owned(),
        reason: e.to_string(),
    })
}

fn id_name_rows(
    entity: &'static str,
    rows: impl Iterator<Item = rusqlite::Result<(String, String)>>,
) -> Result<Vec<(Id, String)>> {
    let mut out = Vec::new();
    for row in rows {
        let (id, name) = row?;
        out.push((parse_id(entity, &id)?, name));
    }
    Ok(out)
}

impl<'a> Tx<'a> {
    pub(crate) fn new(tx: &'a Transaction<'a>) -> Self {
        Self { tx }
    }

    pub(crate) fn conn(&self) -> &rusqlite::Connection {
        self.tx
    }

    pub(crate) fn log(&self, entity: &str, id: &str, op: &str) -> Result<()> {
        self.tx.execute(
            "INSERT INTO change_log (entity, entity_id, op, at) VALUES (?1, ?2, ?3, ?4)",
            params![entity, id, op, now()],
        )?;
        Ok(())
    }

    /// The stored `doc` and extra state of a row, to decide whether a write changes anything.
    fn current(
        &self,
        table: &str,
        id: &str,
        state_col: &str,
    ) -> Result<Option<(String, Option<String>)>> {
        Ok(self
            .tx
            .prepare_cached(&format!(
                "SELECT doc, {state_col} FROM {table} WHERE id = ?1"
            ))?
            .query_row(params![id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    fn decide(
        existing: Option<(String, Option<String>)>,
        doc: &str,
        state: Option<&str>,
    ) -> Change {
        match existing {
            None => Change::Inserted,
            Some((d, s)) if d == doc && s.as_deref() == state => Change::Unchanged,
            Some(_) => Change::Updated,
        }
    }

    pub fn upsert_organization(
        &self,
        o: &Organization,
        moderation: ModerationStatus,
    ) -> Result<Change> {
        let id = o.id.to_string();
        let doc = to_json(o)?;
        let change = Self::decide(
            self.current("organizations", &id, "moderation")?,
            &doc,
            Some(moderation.code()),
        );
        if change == Change::Unchanged {
            return Ok(change);
        }
        let t = now();
        self.tx.execute(
            "INSERT INTO organizations (id, name, parent_id, moderation, doc, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
             ON CONFLICT(id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id,
                 moderation = excluded.moderation, doc = excluded.doc, updated_at = excluded.updated_at",
            params![id, o.name, o.parent_organization_id.map(|p| p.to_string()), moderation.code(), doc, t],
        )?;
        self.log("organization", &id, "upsert")?;
        Ok(change)
    }

    /// Writes a location with the Gemeinde its address lies in (resolved by the caller).
    pub fn upsert_location(&self, l: &Location, gemeinde: Option<&Ags>) -> Result<Change> {
        let id = l.id.to_string();
        let doc = to_json(l)?;
        let change = Self::decide(
            self.current("locations", &id, "gemeinde_ags")?,
            &doc,
            gemeinde.map(Ags::as_str),
        );
        if change == Change::Unchanged {
            return Ok(change);
        }
        let address = l.main_address();
        let (lat, lon) = l.coordinates().unzip();
        self.tx.execute(
            "INSERT INTO locations (id, name, postal_code, city, latitude, longitude, gemeinde_ags,
                 step_free, doc, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)
             ON CONFLICT(id) DO UPDATE SET name = excluded.name, postal_code = excluded.postal_code,
                 city = excluded.city, latitude = excluded.latitude, longitude = excluded.longitude,
                 gemeinde_ags = excluded.gemeinde_ags, step_free = excluded.step_free,
                 doc = excluded.doc, updated_at = excluded.updated_at",
            params![
                id,
                l.name,
                address.map(|a| a.postal_code.as_str()),
                address.map(|a| a.city.as_str()),
                lat,
                lon,
                gemeinde.map(Ags::as_str),
                l.is_step_free(),
                doc,
                now()
            ],
        )?;
        self.log("location", &id, "upsert")?;
        Ok(change)
    }

    /// Writes an offer. Its organization and locations must already be stored.
    pub fn upsert_service(&self, s: &Service, moderation: ModerationStatus) -> Result<Change> {
        let id = s.id.to_string();
        let doc = to_json(s)?;
        let change = Self::decide(
            self.current("services", &id, "moderation")?,
            &doc,
            Some(moderation.code()),
        );
        if change == Change::Unchanged {
            return Ok(change);
        }
        if !self.exists("organizations", s.organization_id)? {
            return Err(StoreError::Conflict(format!(
                "offer {id} names organization {} which does not exist",
                s.organization_id
            )));
        }
        for loc in s.location_ids() {
            if !self.exists("locations", loc)? {
                return Err(StoreError::Conflict(format!(
                    "offer {id} names location {loc} which does not exist"
                )));
            }
        }
        self.tx.execute(
            "INSERT INTO services (id, organization_id, name, status, moderation, valid_from, valid_to,
                 assured_date, doc, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)
             ON CONFLICT(id) DO UPDATE SET organization_id = excluded.organization_id,
                 name = excluded.name, status = excluded.status, moderation = excluded.moderation,
                 valid_from = excluded.valid_from, valid_to = excluded.valid_to,
                 assured_date = excluded.assured_date, doc = excluded.doc,
                 updated_at = excluded.updated_at",
            params![
                id,
                s.organization_id.to_string(),
                s.name,
                s.status.code(),
                moderation.code(),
                s.valid_from.map(|d| d.to_string()),
                s.valid_to.map(|d| d.to_string()),
                s.assured_date.map(|d| d.to_string()),
                doc,
                now()
            ],
        )?;
        for table in [
            "service_locations",
            "service_terms",
            "service_languages",
            "service_areas",
        ] {
            self.tx.execute(
                &format!("DELETE FROM {table} WHERE service_id = ?1"),
                params![id],
            )?;
        }
        for loc in s.location_ids() {
            self.tx.execute(
                "INSERT OR IGNORE INTO service_locations (service_id, location_id) VALUES (?1, ?2)",
                params![id, loc.to_string()],
            )?;
        }
        let terms = s
            .fields_of_action
            .iter()
            .map(|f| (Taxonomy::FieldOfAction, f.code()))
            .chain(
                s.target_groups
                    .iter()
                    .map(|g| (Taxonomy::TargetGroup, g.code())),
            );
        for (taxonomy, code) in terms {
            let taxonomy = match taxonomy {
                Taxonomy::FieldOfAction => "handlungsfeld",
                Taxonomy::TargetGroup => "zielgruppe",
            };
            self.tx.execute(
                "INSERT OR IGNORE INTO service_terms (service_id, taxonomy, code) VALUES (?1, ?2, ?3)",
                params![id, taxonomy, code],
            )?;
        }
        for code in s.languages.iter().filter_map(|l| l.code.as_ref()) {
            self.tx.execute(
                "INSERT OR IGNORE INTO service_languages (service_id, code) VALUES (?1, ?2)",
                params![id, code.as_str()],
            )?;
        }
        for ags in s.service_areas.iter().filter_map(|a| a.ags.as_ref()) {
            self.tx.execute(
                "INSERT OR IGNORE INTO service_areas (service_id, ags) VALUES (?1, ?2)",
                params![id, ags.as_str()],
            )?;
        }
        self.log("service", &id, "upsert")?;
        Ok(change)
    }

    /// Writes a network. Its coordinator and members must already be stored.
    pub fn upsert_network(&self, n: &Network, moderation: ModerationStatus) -> Result<Change> {
        let id = n.id.to_string();
        let doc = to_json(n)?;
        let change = Self::decide(
            self.current("networks", &id, "moderation")?,
            &doc,
            Some(moderation.code()),
        );
        if change == Change::Unchanged {
            return Ok(change);
        }
        for org in n
            .coordinator_organization_id
            .iter()
            .chain(n.members.iter().map(|m| &m.organization_id))
        {
            if !self.exists("organizations", *org)? {
                return Err(StoreError::Conflict(format!(
                    "network {id} names organization {org} which does not exist"
                )));
            }
        }
        self.tx.execute(
            "INSERT INTO networks (id, name, coordinator_id, region_ags, moderation, doc, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
             ON CONFLICT(id) DO UPDATE SET name = excluded.name, coordinator_id = excluded.coordinator_id,
                 region_ags = excluded.region_ags, moderation = excluded.moderation,
                 doc = excluded.doc, updated_at = excluded.updated_at",
            params![
                id,
                n.name,
                n.coordinator_organization_id.map(|c| c.to_string()),
                n.region_ags.as_ref().map(Ags::as_str),
                moderation.code(),
                doc,
                now()
            ],
        )?;
        self.tx.execute(
            "DELETE FROM network_members WHERE network_id = ?1",
            params![id],
        )?;
        for m in &n.members {
            self.tx.execute(
                "INSERT INTO network_members (network_id, organization_id, role) VALUES (?1, ?2, ?3)",
                params![id, m.organization_id.to_string(), m.role.code()],
            )?;
        }
        self.log("network", &id, "upsert")?;
        Ok(change)
    }

    /// Deletes an offer; `false` if there was none.
    pub fn delete_service(&self, id: Id) -> Result<bool> {
        let n = self.tx.execute(
            "DELETE FROM services WHERE id = ?1",
            params![id.to_string()],
        )?;
        if n > 0 {
            self.log("service", &id.to_string(), "delete")?;
        }
        Ok(n > 0)
    }

    fn exists(&self, table: &str, id: Id) -> Result<bool> {
        Ok(self
            .tx
            .prepare_cached(&format!("SELECT 1 FROM {table} WHERE id = ?1"))?
            .query_row(params![id.to_string()], |_| Ok(()))
            .optional()?
            .is_some())
    }

    pub fn organization_exists(&self, id: Id) -> Result<bool> {
        self.exists("organizations", id)
    }

    pub fn location_exists(&self, id: Id) -> Result<bool> {
        self.exists("locations", id)
    }

    fn stored<T: DeserializeOwned>(
        &self,
        table: &str,
        entity: &'static str,
        id: Id,
    ) -> Result<Option<Stored<T>>> {
        let row: Option<(String, String, String, String)> = self
            .tx
            .prepare_cached(&format!(
                "SELECT doc, moderation, created_at, updated_at FROM {table} WHERE id = ?1"
            ))?
            .query_row(params![id.to_string()], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()?;
        let Some((doc, moderation, created_at, updated_at)) = row else {
            return Ok(None);
        };
        stored_record(
            entity,
            &id.to_string(),
            &doc,
            &moderation,
            created_at,
            updated_at,
        )
        .map(Some)
    }

    /// Every service, in id order, in one pass over the table (a rebuild reads them all; one
    /// query per id costs an index lookup each). Stops when `each` breaks or fails.
    pub fn each_service<E: From<StoreError>>(
        &self,
        mut each: impl FnMut(Id, Stored<Service>) -> std::result::Result<ControlFlow<()>, E>,
    ) -> std::result::Result<(), E> {
        let mut stmt = self
            .tx
            .prepare("SELECT id, doc, moderation, created_at, updated_at FROM services ORDER BY id")
            .map_err(StoreError::from)?;
        let mut rows = stmt.query([]).map_err(StoreError::from)?;
        while let Some(r) = rows.next().map_err(StoreError::from)? {
            let text = |i| r.get::<_, String>(i).map_err(StoreError::from);
            let id = text(0)?;
            let stored = stored_record("service", &id, &text(1)?, &text(2)?, text(3)?, text(4)?)?;
            if each(parse_id("service", &id)?, stored)?.is_break() {
                break;
            }
        }
        Ok(())
    }

    pub fn organization(&self, id: Id) -> Result<Option<Stored<Organization>>> {
        self.stored("organizations", "organization", id)
    }

    pub fn service(&self, id: Id) -> Result<Option<Stored<Service>>> {
        self.stored("services", "service", id)
    }

    pub fn network(&self, id: Id) -> Result<Option<Stored<Network>>> {
        self.stored("networks", "network", id)
    }

    /// A location and the Gemeinde it lies in.
    pub fn location(&self, id: Id) -> Result<Option<(Location, Option<Ags>)>> {
        let row: Option<(String, Option<String>)> = self
            .tx
            .prepare_cached("SELECT doc, gemeinde_ags FROM locations WHERE id = ?1")?
            .query_row(params![id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((doc, gemeinde)) = row else {
            return Ok(None);
        };
        let id = id.to_string();
        let gemeinde =
            gemeinde
                .map(|g| Ags::parse(&g))
                .transpose()
                .map_err(|e| StoreError::Corrupt {
                    entity: "location",
                    id: id.clone(),
                    reason: e.to_string(),
                })?;
        Ok(Some((from_json("location", &id, &doc)?, gemeinde)))
    }

    fn docs<T: DeserializeOwned>(
        &self,
        entity: &'static str,
        sql: &str,
        args: &[(&str, &dyn rusqlite::ToSql)],
    ) -> Result<Vec<T>> {
        let mut stmt = self.tx.prepare(sql)?;
        let rows = stmt.query_map(args, |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, doc) = row?;
            out.push(from_json(entity, &id, &doc)?);
        }
        Ok(out)
    }

    /// Published records in a stable order (by id): services (including expired ones: their
    /// validity travels with them), all published organizations (also parents and network
    /// members without offers, so no reference in the export dangles), the locations of the
    /// services, and published networks.
    pub fn published(&self) -> Result<Published> {
        let services: Vec<Service> = self.docs(
            "service",
            "SELECT id, doc FROM services WHERE moderation = 'published' ORDER BY id",
            &[],
        )?;
        let networks: Vec<Network> = self.docs(
            "network",
            "SELECT id, doc FROM networks WHERE moderation = 'published' ORDER BY id",
            &[],
        )?;
        let organizations: Vec<Organization> = self.docs(
            "organization",
            "SELECT o.id, o.doc FROM organizations o WHERE o.moderation = 'published'
             ORDER BY o.id",
            &[],
        )?;
        let locations: Vec<Location> = self.docs(
            "location",
            "SELECT l.id, l.doc FROM locations l WHERE EXISTS (
                 SELECT 1 FROM service_locations sl JOIN services s ON s.id = sl.service_id
                 WHERE sl.location_id = l.id AND s.moderation = 'published')
             ORDER BY l.id",
            &[],
        )?;
        Ok(Published {
            organizations,
            locations,
            services,
            networks,
        })
    }

    /// What the public can see on `today`.
    pub fn public_counts(&self, today: NaiveDate) -> Result<Counts> {
        let offers: i64 = self.tx.query_row(
            &format!("SELECT count(*) FROM services s WHERE {PUBLIC_SERVICE}"),
            rusqlite::named_params! { ":today": today.to_string() },
            |r| r.get(0),
        )?;
        let count = |table: &str| -> Result<u64> {
            let n: i64 = self.tx.query_row(
                &format!("SELECT count(*) FROM {table} WHERE moderation = 'published'"),
                [],
                |r| r.get(0),
            )?;
            Ok(n as u64)
        };
        Ok(Counts {
            offers: offers as u64,
            providers: count("organizations")?,
            networks: count("networks")?,
        })
    }

    /// Ids and names of the offers of an organization that the public can see on `today`.
    pub fn public_offers_of_organization(
        &self,
        org: Id,
        today: NaiveDate,
    ) -> Result<Vec<(Id, String)>> {
        let mut stmt = self.tx.prepare(&format!(
            "SELECT s.id, s.name FROM services s WHERE s.organization_id = :org AND {PUBLIC_SERVICE}
             ORDER BY s.name, s.id"
        ))?;
        let rows = stmt.query_map(
            rusqlite::named_params! { ":org": org.to_string(), ":today": today.to_string() },
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
        )?;
        id_name_rows("service", rows)
    }

    /// Published networks an organization belongs to, with its role there.
    pub fn networks_of_organization(&self, org: Id) -> Result<Vec<(Id, String, String)>> {
        let mut stmt = self.tx.prepare(
            "SELECT n.id, n.name, m.role FROM network_members m JOIN networks n ON n.id = m.network_id
             WHERE m.organization_id = ?1 AND n.moderation = 'published' ORDER BY n.name, n.id",
        )?;
        let rows = stmt.query_map(params![org.to_string()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, name, role) = row?;
            out.push((parse_id("network", &id)?, name, role));
        }
        Ok(out)
    }

    /// The name of a published organization.
    pub fn published_organization_name(&self, id: Id) -> Result<Option<String>> {
        Ok(self
            .tx
            .prepare_cached(
                "SELECT name FROM organizations WHERE id = ?1 AND moderation = 'published'",
            )?
            .query_row(params![id.to_string()], |r| r.get(0))
            .optional()?)
    }

    fn ids(&self, entity: &'static str, sql: &str, arg: &str) -> Result<Vec<Id>> {
        self.ids_with(entity, sql, params![arg])
    }

    fn ids_with(
        &self,
        entity: &'static str,
        sql: &str,
        args: impl rusqlite::Params,
    ) -> Result<Vec<Id>> {
        let mut stmt = self.tx.prepare_cached(sql)?;
        let rows = stmt.query_map(args, |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for row in rows {
            out.push(parse_id(entity, &row?)?);
        }
        Ok(out)
    }

    /// The ids of the public record pages on `day` (see [`PublicIds`]): four queries over ids
    /// and dates, no documents parsed.
    pub fn public_ids(&self, day: NaiveDate) -> Result<PublicIds> {
        // Dates are stored as ISO `YYYY-MM-DD`, so text order is date order.
        const VALID: &str = "s.moderation = 'published'
             AND (s.valid_from IS NULL OR s.valid_from <= ?1)
             AND (s.valid_to IS NULL OR s.valid_to >= ?1)";
        let day = day.to_string();
        let offers = self.ids(
            "service",
            &format!("SELECT s.id FROM services s WHERE {VALID} ORDER BY s.id"),
            &day,
        )?;
        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT l.gemeinde_ags FROM service_locations sl
                 JOIN locations l ON l.id = sl.location_id
                 JOIN services s ON s.id = sl.service_id
             WHERE {VALID} AND l.gemeinde_ags IS NOT NULL
             UNION
             SELECT sa.ags FROM service_areas sa JOIN services s ON s.id = sa.service_id
             WHERE {VALID}
             ORDER BY 1"
        ))?;
        let rows = stmt.query_map(params![day], |r| r.get::<_, String>(0))?;
        let mut offer_regions = Vec::new();
        for row in rows {
            let raw = row?;
            offer_regions.push(Ags::parse(&raw).map_err(|e| StoreError::Corrupt {
                entity: "region",
                id: raw.clone(),
                reason: e.to_string(),
            })?);
        }
        let organizations = self.ids_with(
            "organization",
            "SELECT id FROM organizations WHERE moderation = 'published' ORDER BY id",
            [],
        )?;
        let networks = self.ids_with(
            "network",
            "SELECT id FROM networks WHERE moderation = 'published' ORDER BY id",
            [],
        )?;
        Ok(PublicIds {
            offers,
            offer_regions,
            organizations,
            networks,
        })
    }

    /// Ids of all offers of an organization (any status).
    pub fn service_ids_of_organization(&self, org: Id) -> Result<Vec<Id>> {
        self.ids(
            "service",
            "SELECT id FROM services WHERE organization_id = ?1 ORDER BY id",
            &org.to_string(),
        )
    }

    /// Offers for the freshness sweep and the stale list: those in `moderation` whose last check
    /// (`assured_date`, else the day of the last write) is on or before `checked_by`, or whose
    /// last day is before `ended_before`. One scan of the services table.
    pub fn freshness_candidates(
        &self,
        moderation: ModerationStatus,
        checked_by: NaiveDate,
        ended_before: NaiveDate,
    ) -> Result<Vec<Id>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT id FROM services WHERE moderation = ?1
               AND (coalesce(assured_date, substr(updated_at, 1, 10)) <= ?2
                    OR (valid_to IS NOT NULL AND valid_to < ?3))
             ORDER BY id",
        )?;
        let rows = stmt.query_map(
            params![
                moderation.code(),
                checked_by.to_string(),
                ended_before.to_string()
            ],
            |r| r.get::<_, String>(0),
        )?;
        let mut out = Vec::new();
        for row in rows {
            out.push(parse_id("service", &row?)?);
        }
        Ok(out)
    }

    /// Ids of the locations of an organisation.
    pub fn location_ids_of_organization(&self, org: Id) -> Result<Vec<Id>> {
        self.ids(
            "location",
            "SELECT id FROM locations WHERE json_extract(doc, '$.organization_id') = ?1 ORDER BY id",
            &org.to_string(),
        )
    }

    /// Ids of all offers held at a location (any status).
    pub fn service_ids_at_location(&self, loc: Id) -> Result<Vec<Id>> {
        self.ids(
            "service",
            "SELECT service_id FROM service_locations WHERE location_id = ?1 ORDER BY service_id",
            &loc.to_string(),
        )
    }

    /// Ids of networks an organization coordinates or belongs to (any status).
    pub fn network_ids_of_organization(&self, org: Id) -> Result<Vec<Id>> {
        self.ids(
            "network",
            "SELECT id FROM networks WHERE coordinator_id = ?1
             UNION SELECT network_id FROM network_members WHERE organization_id = ?1",
            &org.to_string(),
        )
    }

    /// Ids of offers located in a region or serving it (by the region's own key; callers pass
    /// each region of a subtree).
    pub fn service_ids_in_region(&self, ags: &Ags) -> Result<Vec<Id>> {
        self.ids(
            "service",
            "SELECT sl.service_id FROM service_locations sl JOIN locations l ON l.id = sl.location_id
             WHERE l.gemeinde_ags = ?1
             UNION SELECT service_id FROM service_areas WHERE ags = ?1",
            ags.as_str(),
        )
    }

    /// Ids of every record of a kind (`services`, `organizations`, `networks`), any status.
    pub fn all_ids(&self, table: &str) -> Result<Vec<Id>> {
        let entity = match table {
            "services" => "service",
            "organizations" => "organization",
            "networks" => "network",
            _ => return Err(StoreError::Conflict(format!("no such table {table}"))),
        };
        let mut stmt = self
            .tx
            .prepare(&format!("SELECT id FROM {table} ORDER BY id"))?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for row in rows {
            out.push(parse_id(entity, &row?)?);
        }
        Ok(out)
    }

    /// Whether the store holds any offer at all (in any status).
    pub fn has_services(&self) -> Result<bool> {
        Ok(self
            .tx
            .query_row("SELECT 1 FROM services LIMIT 1", [], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Change log entries after `seq`, oldest first, at most `limit`.
    pub fn changes_since(&self, seq: i64, limit: usize) -> Result<Vec<ChangeEntry>> {
        let mut stmt = self.tx.prepare(
            "SELECT seq, entity, entity_id, op, at FROM change_log WHERE seq > ?1 ORDER BY seq LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![seq, limit as i64], |r| {
            Ok(ChangeEntry {
                seq: r.get(0)?,
                entity: r.get(1)?,
                entity_id: r.get(2)?,
                op: r.get(3)?,
                at: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The sequence number of the newest change, 0 for none.
    pub fn last_seq(&self) -> Result<i64> {
        Ok(self
            .tx
            .query_row("SELECT coalesce(max(seq), 0) FROM change_log", [], |r| {
                r.get(0)
            })?)
    }

    /// Number of records per table (all statuses), for reports.
    pub fn table_counts(&self) -> Result<Vec<(&'static str, u64)>> {
        let mut out = Vec::new();
        for table in [
            "organizations",
            "locations",
            "services",
            "networks",
            "regions",
            "change_log",
        ] {
            let n: i64 = self
                .tx
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            out.push((table, n as u64));
        }
        Ok(out)
    }
}
