//! Per-segment arrays of the fast fields that filters, facets, sorting and distance need,
//! loaded once per segment (segments never change) so that a search evaluates a document's
//! filters with a few array reads and bit operations.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tantivy::columnar::Column;
use tantivy::index::SegmentId;
use tantivy::{DocId, SegmentReader};

use crate::Result;
use crate::doc::{DAY_SHIFT, FLAG_ACCESSIBLE, FLAG_EVENING, FLAG_FREE, decode_coords};

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
/// operations as computing them per search, so distances come out bit for bit the same), and
/// its point on the unit sphere, whose chord to another point orders and bounds distances
/// without trigonometry.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Coord {
    pub lat: f64,
    pub lon: f64,
    pub lat_rad: f64,
    pub lon_rad: f64,
    pub cos_lat: f64,
    pub unit: [f64; 3],
}

/// The squared distance of two unit vectors.
#[inline]
fn unit_chord2([a, b, c]: &[f64; 3], [x, y, z]: &[f64; 3]) -> f64 {
    (a - x) * (a - x) + (b - y) * (b - y) + (c - z) * (c - z)
}

/// The most a chord computed from a unit vector rounded to `f32` (see `SegmentAttrs::units`)
/// can differ from the exact one: each component is off by at most 2⁻²⁴ (the vector's length,
/// √3 of that, is 1.04·10⁻⁷), widened for the `f64` arithmetic. About 1.3 m on the ground.
pub(crate) const ROUGH_CHORD_ERROR: f64 = 2e-7;

impl Coord {
    /// Bounds of the squared chord to the point whose unit vector, rounded to `f32`, is
    /// `rough` (see `ROUGH_CHORD_ERROR`).
    #[inline]
    pub fn chord2_bounds(&self, rough: &[f32; 3]) -> (f64, f64) {
        let [a, b, c] = rough.map(f64::from);
        let chord = unit_chord2(&self.unit, &[a, b, c]).sqrt();
        (
            (chord - ROUGH_CHORD_ERROR).max(0.0).powi(2),
            (chord + ROUGH_CHORD_ERROR).powi(2),
        )
    }

    /// The squared chord to `other` on the unit sphere: grows with the great-circle
    /// distance (`4·sin²(d / 2R)`), so it orders and bounds distances exactly.
    #[inline]
    pub fn chord2(&self, other: &Coord) -> f64 {
        unit_chord2(&self.unit, &other.unit)
    }

    pub fn new((lat, lon): (f64, f64)) -> Self {
        let lat_rad = lat.to_radians();
        let lon_rad = lon.to_radians();
        let cos_lat = lat_rad.cos();
        Self {
            lat,
            lon,
            lat_rad,
            lon_rad,
            cos_lat,
            unit: [
                cos_lat * lon_rad.cos(),
                cos_lat * lon_rad.sin(),
                lat_rad.sin(),
            ],
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
        let start = out.len();
        starts.push(start as u32);
        for v in &values.values[w[0] as usize..w[1] as usize] {
            if let Ok(i) = keys.binary_search(v) {
                out.push(i as u16);
            }
        }
        // A value named twice counts once (as in the value sets).
        out[start..].sort_unstable();
        let distinct = start + dedup_sorted(&mut out[start..]);
        out.truncate(distinct);
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

/// Moves the distinct values of a sorted slice to its front; returns how many there are.
fn dedup_sorted(values: &mut [u16]) -> usize {
    let mut n = 0;
    for i in 0..values.len() {
        if n == 0 || values[i] != values[n - 1] {
            values[n] = values[i];
            n += 1;
        }
    }
    n
}

/// A set of documents of one segment, one bit each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Bits {
    pub words: Vec<u64>,
}

impl Bits {
    /// No document of a segment of `max_doc` documents.
    pub fn empty(max_doc: DocId) -> Self {
        Self {
            words: vec![0; (max_doc as usize).div_ceil(64)],
        }
    }

    /// Every document of a segment of `max_doc` documents.
    pub fn full(max_doc: DocId) -> Self {
        let mut b = Self {
            words: vec![u64::MAX; (max_doc as usize).div_ceil(64)],
        };
        let rest = max_doc % 64;
        if rest != 0
            && let Some(last) = b.words.last_mut()
        {
            *last = (1u64 << rest) - 1;
        }
        b
    }

    #[inline]
    pub fn insert(&mut self, doc: DocId) {
        self.words[(doc / 64) as usize] |= 1 << (doc % 64);
    }

    #[inline]
    pub fn contains(&self, doc: DocId) -> bool {
        self.words
            .get((doc / 64) as usize)
            .is_some_and(|w| w & (1 << (doc % 64)) != 0)
    }

    pub fn count(&self) -> u64 {
        self.words.iter().map(|w| u64::from(w.count_ones())).sum()
    }

    /// How many documents are in both.
    pub fn count_and(&self, other: &Bits) -> u64 {
        self.words
            .iter()
            .zip(&other.words)
            .map(|(a, b)| u64::from((a & b).count_ones()))
            .sum()
    }

    pub fn and(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    pub fn and_not(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= !b;
        }
    }

    pub fn or(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    /// The documents, in increasing order.
    pub fn iter(&self) -> impl Iterator<Item = DocId> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            let base = (i as u32) * 64;
            let mut w = w;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let bit = w.trailing_zeros();
                    w &= w - 1;
                    base + bit
                })
            })
        })
    }
}

/// Per facet value, the documents that have it (for counting facets of many hits by
/// intersecting sets instead of visiting each hit, and for the filters' sets).
#[derive(Debug, Default)]
pub(crate) struct ValueSets {
    /// By kind number.
    pub kind: Vec<Bits>,
    /// By bit of the fields-of-action mask.
    pub field: Vec<Bits>,
    /// By bit of the target-groups mask.
    pub group: Vec<Bits>,
    /// By dense language number.
    pub lang: Vec<Bits>,
    pub free: Bits,
    /// By dense Kreis number.
    pub kreis: Vec<Bits>,
    /// Monday … Sunday, evening, weekend.
    pub open: Vec<Bits>,
    pub accessible: Bits,
}

fn bit_sets(max: DocId, n: usize, values: impl Fn(usize) -> u64) -> Vec<Bits> {
    let mut sets = vec![Bits::empty(max); n];
    for d in 0..max as usize {
        let mut m = values(d);
        while m != 0 {
            let i = m.trailing_zeros() as usize;
            if i < n {
                sets[i].insert(d as DocId);
            }
            m &= m - 1;
        }
    }
    sets
}

fn dense_sets(max: DocId, dense: &Dense) -> Vec<Bits> {
    let mut sets = vec![Bits::empty(max); dense.keys.len()];
    for doc in 0..max {
        for &i in dense.of_doc.of(doc) {
            sets[usize::from(i)].insert(doc);
        }
    }
    sets
}

impl ValueSets {
    fn new(a: &SegmentAttrs, max: DocId) -> Self {
        let f = &a.facets;
        let kinds = f.iter().map(|r| usize::from(r.kind) + 1).max().unwrap_or(0);
        let flag = |bit: u64| {
            let mut b = Bits::empty(max);
            for (d, r) in f.iter().enumerate() {
                if u64::from(r.flags) & bit != 0 {
                    b.insert(d as DocId);
                }
            }
            b
        };
        let mut open = bit_sets(max, 7, |d| (u64::from(f[d].flags) >> DAY_SHIFT) & 0x7f);
        open.push(flag(FLAG_EVENING));
        open.push(flag(0b11 << (DAY_SHIFT + 5)));
        Self {
            kind: bit_sets(max, kinds, |d| 1 << f[d].kind),
            field: bit_sets(max, 16, |d| u64::from(f[d].fields)),
            group: bit_sets(max, 16, |d| u64::from(f[d].groups)),
            lang: dense_sets(max, &a.lang_ids),
            free: flag(FLAG_FREE),
            kreis: dense_sets(max, &a.kreis_ids),
            open,
            accessible: flag(FLAG_ACCESSIBLE),
        }
    }
}

/// Height in degrees of latitude of a row of `SegmentAttrs::grid` (about 11 km).
const ROW_DEGREES: f64 = 0.1;

/// The row of `SegmentAttrs::grid` a latitude lies in.
pub(crate) fn grid_row(lat: f64) -> i32 {
    (lat / ROW_DEGREES).floor() as i32
}

/// One coordinate of a document, as a radius search reads it (see `SegmentAttrs::grid`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Located {
    /// `grid_row(lat)`.
    pub row: i32,
    pub doc: DocId,
    pub lat: f64,
    pub lon: f64,
    /// As `Coord::unit`.
    pub unit: [f64; 3],
}

impl Located {
    /// As `Coord::chord2`.
    #[inline]
    pub fn chord2(&self, other: &Coord) -> f64 {
        unit_chord2(&self.unit, &other.unit)
    }
}

/// Documents alive and valid on a day: (the day, the segment's deleted documents then, the set).
type ValidOn = (Option<i64>, u32, Arc<Bits>);

/// A document's facet values in one record of 12 bytes: counting a document's facets reads
/// one record (documents in order: memory in order) instead of an array per facet.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FacetRecord {
    pub fields: u16,
    pub groups: u16,
    /// `FLAG_*` bits and the days (`DAY_SHIFT`).
    pub flags: u16,
    pub kind: u8,
    /// The dense number of the document's Kreis when it has exactly one (most documents);
    /// `KREIS_NONE` or `KREIS_MANY` (then `SegmentAttrs::kreis_ids` has them).
    pub kreis: u8,
    /// Bit i: the document is held in the segment's language i — when the segment has at
    /// most 32 languages (`SegmentAttrs::lang_bits`); otherwise `lang_ids` has them.
    pub langs: u32,
}

pub(crate) const KREIS_NONE: u8 = u8::MAX;
pub(crate) const KREIS_MANY: u8 = u8::MAX - 1;

#[derive(Debug, Default)]
pub(crate) struct SegmentAttrs {
    /// By document.
    pub facets: Vec<FacetRecord>,
    /// Whether `FacetRecord::langs` holds the languages (at most 32 in the segment).
    pub lang_bits: bool,
    pub valid_from: Vec<i64>,
    pub valid_to: Vec<i64>,
    pub name_key: Vec<u64>,
    pub updated: Vec<i64>,
    pub coords: Multi<Coord>,
    /// The unit vectors of `coords` rounded to `f32`. Read in document order, these small
    /// arrays bound the distance of a document (see `Coord::chord2_bounds`) without a cache
    /// miss on its `coords`, which is enough to count most documents within a radius or to
    /// see they cannot be among the best hits.
    pub units: Multi<[f32; 3]>,
    /// Languages, densely numbered (for the facet).
    pub lang_ids: Dense,
    /// The Kreise (5-digit AGS) among the regions, densely numbered (for the facet).
    pub kreis_ids: Dense,
    /// Every coordinate with its document, by row of latitude (`grid_row`), then longitude:
    /// a radius search reads, per row its box spans, the run of longitudes inside the box,
    /// without visiting the documents.
    pub grid: Vec<Located>,
    /// Per facet value, its documents.
    pub sets: ValueSets,
    /// The documents alive and valid on a day: (day, deleted documents then, the set).
    /// A segment's deletions only grow, so their number tells one state from another.
    valid: Mutex<Option<ValidOn>>,
    /// The documents of region filters asked for so far, by (region, its ancestors-or-self):
    /// read from the postings once per segment instead of once per search (a segment never
    /// changes, so an entry never goes stale). Bounded by `REGION_SETS_BYTES`.
    regions: Mutex<HashMap<RegionKey, Arc<Bits>>>,
}

/// A region filter as the region sets are keyed: the region and its ancestors-or-self, encoded.
pub(crate) type RegionKey = (u64, Vec<u64>);

/// Memory for the region sets of one segment (about 300 sets of a segment of 100,000
/// documents; keys and map overhead aside), so at most this much per segment of the index;
/// when full, the sets are dropped and read again as needed.
const REGION_SETS_BYTES: usize = 4 << 20;

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
        let mut grid = Vec::with_capacity(coords.values.len());
        for doc in 0..max {
            grid.extend(coords.of(doc).iter().map(|c| Located {
                row: grid_row(c.lat),
                doc,
                lat: c.lat,
                lon: c.lon,
                unit: c.unit,
            }));
        }
        grid.sort_unstable_by(|a, b| {
            (a.row.cmp(&b.row))
                .then(a.lon.total_cmp(&b.lon))
                .then(a.doc.cmp(&b.doc))
        });
        let units = Multi {
            starts: coords.starts.clone(),
            values: coords
                .values
                .iter()
                .map(|c| c.unit.map(|x| x as f32))
                .collect(),
        };
        let (kind, fields) = (single_u64("f_kind")?, single_u64("f_fields")?);
        let (groups, flags) = (single_u64("f_groups")?, single_u64("f_flags")?);
        let lang_bits = lang_ids.keys.len() <= 32;
        let facets = (0..max)
            .map(|doc| {
                let d = doc as usize;
                let kreis = match kreis_ids.of_doc.of(doc) {
                    [] => KREIS_NONE,
                    [one] if *one < u16::from(KREIS_MANY) => *one as u8,
                    _ => KREIS_MANY,
                };
                let langs = if lang_bits {
                    lang_ids.of_doc.of(doc).iter().fold(0, |m, l| m | 1 << l)
                } else {
                    0
                };
                FacetRecord {
                    fields: fields[d] as u16,
                    groups: groups[d] as u16,
                    flags: flags[d] as u16,
                    kind: kind[d] as u8,
                    kreis,
                    langs,
                }
            })
            .collect();
        let mut attrs = Self {
            facets,
            lang_bits,
            valid_from: single_i64("f_valid_from", i64::MIN)?,
            valid_to: single_i64("f_valid_to", i64::MAX)?,
            name_key: single_u64("f_name_key")?,
            updated: single_i64("f_updated", 0)?,
            coords,
            units,
            lang_ids,
            kreis_ids,
            grid,
            sets: ValueSets::default(),
            valid: Mutex::new(None),
            regions: Mutex::new(HashMap::new()),
        };
        attrs.sets = ValueSets::new(&attrs, max);
        Ok(attrs)
    }

    /// The documents of a region filter, from `read` the first time.
    pub fn region_set<E>(
        &self,
        key: &RegionKey,
        read: impl FnOnce() -> std::result::Result<Bits, E>,
    ) -> std::result::Result<Arc<Bits>, E> {
        if let Ok(m) = self.regions.lock()
            && let Some(set) = m.get(key)
        {
            return Ok(set.clone());
        }
        let set = Arc::new(read()?);
        if let Ok(mut m) = self.regions.lock() {
            let per_set = set.words.len() * 8 + 64;
            if (m.len() + 1) * per_set > REGION_SETS_BYTES {
                m.clear();
            }
            m.insert(key.clone(), set.clone());
        }
        Ok(set)
    }

    /// The documents of the segment that are alive and, with a day given, valid on it.
    pub fn valid(&self, reader: &SegmentReader, today: Option<i64>) -> Arc<Bits> {
        let deleted = reader.num_deleted_docs();
        if let Ok(v) = self.valid.lock()
            && let Some((day, n, bits)) = v.as_ref()
            && *day == today
            && *n == deleted
        {
            return bits.clone();
        }
        let max = reader.max_doc();
        let mut bits = Bits::full(max);
        if let Some(today) = today {
            for d in 0..max as usize {
                if self.valid_from[d] > today || self.valid_to[d] < today {
                    bits.words[d / 64] &= !(1 << (d % 64));
                }
            }
        }
        if let Some(alive) = reader.alive_bitset() {
            for d in 0..max {
                if !alive.is_alive(d) {
                    bits.words[(d / 64) as usize] &= !(1 << (d % 64));
                }
            }
        }
        let bits = Arc::new(bits);
        if let Ok(mut v) = self.valid.lock() {
            *v = Some((today, deleted, bits.clone()));
        }
        bits
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

#[cfg(test)]
mod tests {
    use super::Bits;

    #[test]
    fn bits_hold_exactly_their_documents() {
        let full = Bits::full(130);
        assert_eq!(full.count(), 130);
        assert!(full.contains(129) && !full.contains(130));
        let mut some = Bits::empty(130);
        for d in [0, 63, 64, 129] {
            some.insert(d);
        }
        assert_eq!(some.iter().collect::<Vec<_>>(), vec![0, 63, 64, 129]);
        assert_eq!(some.count_and(&full), 4);
        let mut rest = full.clone();
        rest.and_not(&some);
        assert_eq!(rest.count(), 126);
        rest.or(&some);
        assert_eq!(rest, full);
        rest.and(&some);
        assert_eq!(rest, some);
    }
}
