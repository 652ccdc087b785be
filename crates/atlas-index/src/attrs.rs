//! Per-segment arrays of the fast fields that filters, facets, sorting and distance need,
//! loaded once per segment (segments never change) so that a search evaluates a document's
//! filters with a few array reads and bit operations.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tantivy::columnar::Column;
use tantivy::index::SegmentId;
use tantivy::{DocId, SegmentReader};

use crate::Result;
use crate::doc::decode_coords;

/// Values of one multi-valued field for all documents of a segment.
#[derive(Debug, Default)]
pub(crate) struct Multi<T> {
    starts: Vec<u32>,
    values: Vec<T>,
}

impl<T> Multi<T> {
    pub fn of(&self, doc: DocId) -> &[T] {
        let d = doc as usize;
        match (self.starts.get(d), self.starts.get(d + 1)) {
            (Some(&a), Some(&b)) => &self.values[a as usize..b as usize],
            _ => &[],
        }
    }
}

fn multi<T>(column: &Column<u64>, max_doc: DocId, map: impl Fn(u64) -> T) -> Multi<T> {
    let mut starts = Vec::with_capacity(max_doc as usize + 1);
    let mut values = Vec::new();
    for doc in 0..max_doc {
        starts.push(values.len() as u32);
        values.extend(column.values_for_doc(doc).map(&map));
    }
    starts.push(values.len() as u32);
    Multi { starts, values }
}

/// A coordinate with what the haversine needs of it precomputed (the same floating-point
/// operations as computing them per search, so distances come out bit for bit the same).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Coord {
    pub lat: f64,
    pub lon: f64,
    pub lat_rad: f64,
    pub lon_rad: f64,
    pub cos_lat: f64,
}

impl Coord {
    pub fn new((lat, lon): (f64, f64)) -> Self {
        let lat_rad = lat.to_radians();
        Self {
            lat,
            lon,
            lat_rad,
            lon_rad: lon.to_radians(),
            cos_lat: lat_rad.cos(),
        }
    }
}

/// Values of a multi-valued field as small indices into the segment's distinct values, so
/// that facets count into arrays instead of maps.
#[derive(Debug, Default)]
pub(crate) struct Dense {
    pub keys: Vec<u64>,
    pub of_doc: Multi<u16>,
}

fn dense(values: &Multi<u64>, keep: impl Fn(u64) -> bool) -> Dense {
    let mut keys: Vec<u64> = values.values.iter().copied().filter(|v| keep(*v)).collect();
    keys.sort_unstable();
    keys.dedup();
    let mut starts = Vec::with_capacity(values.starts.len());
    let mut out = Vec::new();
    for w in values.starts.windows(2) {
        starts.push(out.len() as u32);
        for v in &values.values[w[0] as usize..w[1] as usize] {
            if let Ok(i) = keys.binary_search(v) {
                out.push(i as u16);
            }
        }
    }
    starts.push(out.len() as u32);
    Dense {
        keys,
        of_doc: Multi {
            starts,
            values: out,
        },
    }
}

#[derive(Debug, Default)]
pub(crate) struct SegmentAttrs {
    pub kind: Vec<u8>,
    pub fields: Vec<u16>,
    pub groups: Vec<u16>,
    pub flags: Vec<u16>,
    pub valid_from: Vec<i64>,
    pub valid_to: Vec<i64>,
    pub name_key: Vec<u64>,
    pub updated: Vec<i64>,
    pub langs: Multi<u64>,
    pub regions: Multi<u64>,
    pub areas: Multi<u64>,
    pub coords: Multi<Coord>,
    /// Languages, densely numbered (for the facet).
    pub lang_ids: Dense,
    /// The Kreise (5-digit AGS) among the regions, densely numbered (for the facet).
    pub kreis_ids: Dense,
    /// Every (latitude, longitude, document) of the coordinates, by latitude: the candidates
    /// of a radius search without text.
    pub by_lat: Vec<(f64, f64, DocId)>,
}

impl SegmentAttrs {
    fn load(reader: &SegmentReader) -> Result<Self> {
        let ff = reader.fast_fields();
        let max = reader.max_doc();
        let single_u64 = |name: &str| -> Result<Vec<u64>> {
            let c = ff.u64(name)?;
            Ok((0..max).map(|d| c.first(d).unwrap_or(0)).collect())
        };
        let single_i64 = |name: &str, default: i64| -> Result<Vec<i64>> {
            let c = ff.i64(name)?;
            Ok((0..max).map(|d| c.first(d).unwrap_or(default)).collect())
        };
        let langs = multi(&ff.u64("f_langs")?, max, |v| v);
        let regions = multi(&ff.u64("f_regions")?, max, |v| v);
        let coords = multi(&ff.u64("f_coords")?, max, |v| Coord::new(decode_coords(v)));
        let lang_ids = dense(&langs, |_| true);
        let kreis_ids = dense(&regions, |r| r >> 56 == 5);
        let mut by_lat = Vec::with_capacity(coords.values.len());
        for doc in 0..max {
            by_lat.extend(coords.of(doc).iter().map(|c| (c.lat, c.lon, doc)));
        }
        by_lat.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.2.cmp(&b.2)));
        Ok(Self {
            kind: single_u64("f_kind")?.into_iter().map(|v| v as u8).collect(),
            fields: single_u64("f_fields")?
                .into_iter()
                .map(|v| v as u16)
                .collect(),
            groups: single_u64("f_groups")?
                .into_iter()
                .map(|v| v as u16)
                .collect(),
            flags: single_u64("f_flags")?
                .into_iter()
                .map(|v| v as u16)
                .collect(),
            valid_from: single_i64("f_valid_from", i64::MIN)?,
            valid_to: single_i64("f_valid_to", i64::MAX)?,
            name_key: single_u64("f_name_key")?,
            updated: single_i64("f_updated", 0)?,
            langs,
            regions,
            areas: multi(&ff.u64("f_areas")?, max, |v| v),
            coords,
            lang_ids,
            kreis_ids,
            by_lat,
        })
    }
}

/// Loaded segments by id. Segments are immutable, so an entry never goes stale; entries of
/// segments that left the index (merged away) are dropped.
#[derive(Debug, Default)]
pub(crate) struct AttrCache {
    segments: Mutex<HashMap<SegmentId, Arc<SegmentAttrs>>>,
}

impl AttrCache {
    pub fn get(&self, reader: &SegmentReader) -> Result<Arc<SegmentAttrs>> {
        let id = reader.segment_id();
        if let Some(a) = self.segments.lock().ok().and_then(|m| m.get(&id).cloned()) {
            return Ok(a);
        }
        let attrs = Arc::new(SegmentAttrs::load(reader)?);
        if let Ok(mut m) = self.segments.lock() {
            m.insert(id, attrs.clone());
        }
        Ok(attrs)
    }

    /// Forgets segments not in `live`.
    pub fn retain(&self, live: &[SegmentId]) {
        if let Ok(mut m) = self.segments.lock()
            && m.len() > live.len()
        {
            m.retain(|id, _| live.contains(id));
        }
    }
}
