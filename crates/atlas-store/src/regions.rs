//! The region table: Land → Regierungsbezirk → Kreis → Gemeinde, keyed by AGS. Locations point
//! at their Gemeinde; which Kreis that is comes from the parent link here, so a territorial
//! change (a town leaving its county) is an edit of this table and no offer is touched.

use atlas_model::{Ags, Region, RegionLevel};
use rusqlite::{OptionalExtension, params};

use crate::records::{Change, Tx};
use crate::{Result, StoreError};

type RegionRow = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<i64>,
    Option<i64>,
);

fn to_region(row: RegionRow) -> Result<Region> {
    let (ags, level, name, kind, parent, population, area_ha) = row;
    let corrupt = |reason: String| StoreError::Corrupt {
        entity: "region",
        id: ags.clone(),
        reason,
    };
    Ok(Region {
        ags: Ags::parse(&ags).map_err(|e| corrupt(e.to_string()))?,
        level: RegionLevel::parse(&level)
            .ok_or_else(|| corrupt(format!("unknown level {level}")))?,
        name,
        kind,
        parent: parent
            .map(|p| Ags::parse(&p))
            .transpose()
            .map_err(|e| corrupt(e.to_string()))?,
        population: population.map(|p| p as u64),
        area_ha: area_ha.map(|a| a as u64),
    })
}

const REGION_COLUMNS: &str = "ags, level, name, kind, parent_ags, population, area_ha";

impl Tx<'_> {
    /// Inserts or changes a region. Its parent must exist already.
    pub fn upsert_region(&self, r: &Region) -> Result<Change> {
        let existing = self.region(&r.ags)?;
        let change = match existing {
            None => Change::Inserted,
            Some(old) if old == *r => return Ok(Change::Unchanged),
            Some(_) => Change::Updated,
        };
        if let Some(parent) = &r.parent
            && (parent == &r.ags || self.region(parent)?.is_none())
        {
            return Err(StoreError::Conflict(format!(
                "region {} names parent {parent} which does not exist",
                r.ags
            )));
        }
        self.conn().execute(
            "INSERT INTO regions (ags, level, name, kind, parent_ags, population, area_ha)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT(ags) DO UPDATE SET level = excluded.level, name = excluded.name,
                 kind = excluded.kind, parent_ags = excluded.parent_ags,
                 population = excluded.population, area_ha = excluded.area_ha",
            params![
                r.ags.as_str(),
                r.level.code(),
                r.name,
                r.kind,
                r.parent.as_ref().map(Ags::as_str),
                r.population.map(|p| p as i64),
                r.area_ha.map(|a| a as i64)
            ],
        )?;
        self.log("region", r.ags.as_str(), "upsert")?;
        Ok(change)
    }

    pub fn region(&self, ags: &Ags) -> Result<Option<Region>> {
        let row = self
            .conn()
            .prepare_cached(&format!(
                "SELECT {REGION_COLUMNS} FROM regions WHERE ags = ?1"
            ))?
            .query_row(params![ags.as_str()], |r| RegionRow::try_from(r))
            .optional()?;
        row.map(to_region).transpose()
    }

    /// All regions, parents before children.
    pub fn regions(&self) -> Result<Vec<Region>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {REGION_COLUMNS} FROM regions ORDER BY
               CASE level WHEN 'land' THEN 0 WHEN 'regierungsbezirk' THEN 1 WHEN 'kreis' THEN 2
                          WHEN 'gemeinde' THEN 3 ELSE 4 END, ags"
        ))?;
        let rows = stmt.query_map([], |r| RegionRow::try_from(r))?;
        let mut out = Vec::new();
        for row in rows {
            out.push(to_region(row?)?);
        }
        Ok(out)
    }

    pub fn region_count(&self) -> Result<u64> {
        let n: i64 = self
            .conn()
            .query_row("SELECT count(*) FROM regions", [], |r| r.get(0))?;
        Ok(n as u64)
    }

    /// The chain from a region up to the Land: `[Gemeinde, Kreis, Regierungsbezirk, Land]`.
    pub fn region_path(&self, ags: &Ags) -> Result<Vec<Region>> {
        let mut out = Vec::new();
        let mut next = Some(ags.clone());
        while let Some(a) = next {
            let Some(r) = self.region(&a)? else { break };
            if out.iter().any(|x: &Region| x.ags == r.ags) {
                break; // a cycle would be corrupt data; stop rather than loop
            }
            next = r.parent.clone();
            out.push(r);
        }
        Ok(out)
    }

    /// A region and everything below it.
    pub fn region_subtree(&self, ags: &Ags) -> Result<Vec<Ags>> {
        let mut out = vec![ags.clone()];
        let mut i = 0;
        while i < out.len() {
            let mut stmt = self
                .conn()
                .prepare_cached("SELECT ags FROM regions WHERE parent_ags = ?1")?;
            let rows = stmt.query_map(params![out[i].as_str()], |r| r.get::<_, String>(0))?;
            for row in rows {
                let child = row?;
                let child = Ags::parse(&child).map_err(|e| StoreError::Corrupt {
                    entity: "region",
                    id: child.clone(),
                    reason: e.to_string(),
                })?;
                if !out.contains(&child) {
                    out.push(child);
                }
            }
            i += 1;
        }
        Ok(out)
    }

    /// The Kreis or kreisfreie Stadt a region lies in (itself for a Kreis).
    pub fn kreis_of(&self, ags: &Ags) -> Result<Option<Region>> {
        Ok(self
            .region_path(ags)?
            .into_iter()
            .find(|r| r.level == RegionLevel::Kreis))
    }
}
