//! A search, per segment: from the segment's document sets, the documents passing each filter
//! and so those failing at most one — the only ones that count anywhere. The text query runs
//! over those alone and keeps the best hits. A document that passes all filters is a hit and is
//! counted in every facet; one that fails exactly one filter is counted in that filter's facet
//! only. So each facet is counted on the result of all *other* filters.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use atlas_model::{Ags, FieldOfAction, Id, LanguageCode, TargetGroup, Weekday};
use chrono::NaiveDate;
use tantivy::query::EnableScoring;
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{
    DocAddress, DocId, DocSet, Score, SegmentOrdinal, SegmentReader, TantivyDocument, Term,
};

use crate::attrs::{Bits, Coord, KREIS_MANY, KREIS_NONE, SegmentAttrs, grid_row};
use crate::doc::{
    DAY_SHIFT, FLAG_ACCESSIBLE, FLAG_EVENING, FLAG_FREE, Kind, day_number, decode_ags, decode_lang,
    encode_ags, encode_lang,
};
use crate::plan::Prepared;
use crate::query::Combine;
use crate::snippet::Snippets;
use crate::{Result, SearchIndex};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Relevance,
    Distance,
    Name,
    Updated,
}

/// An opening-time filter value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenFilter {
    Day(Weekday),
    Evening,
    Weekend,
}

/// A region filter: the region and its ancestors (from the region table, so territorial
/// changes apply at once). A document matches when it lies in the region or serves an area
/// that contains it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionFilter {
    pub ags: Ags,
    pub ancestors: Vec<Ags>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchRequest {
    pub text: String,
    pub kinds: Vec<Kind>,
    pub fields: Vec<FieldOfAction>,
    pub groups: Vec<TargetGroup>,
    pub langs: Vec<LanguageCode>,
    pub free: bool,
    pub regions: Vec<RegionFilter>,
    pub near: Option<(f64, f64)>,
    pub radius_km: Option<f64>,
    pub open: Vec<OpenFilter>,
    pub accessible: bool,
    pub sort: Sort,
    pub offset: usize,
    pub limit: usize,
    /// Offers outside their validity period on this day are not found.
    pub today: Option<NaiveDate>,
    /// Treat the last word as a prefix (search as you type).
    pub prefix_last: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: Kind,
    pub id: Id,
    pub name: String,
    /// HTML: the text escaped, matches in `<b>`.
    pub snippet_html: String,
    pub provider: Option<(Id, String)>,
    pub distance_km: Option<f64>,
    pub score: f32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    pub value: String,
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Facets {
    pub kind: Vec<FacetCount>,
    pub field: Vec<FacetCount>,
    pub group: Vec<FacetCount>,
    pub lang: Vec<FacetCount>,
    pub free: Vec<FacetCount>,
    /// Counts per Kreis / kreisfreie Stadt (5-digit AGS).
    pub region: Vec<FacetCount>,
    pub open: Vec<FacetCount>,
    pub accessible: Vec<FacetCount>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchResult {
    pub total: u64,
    pub hits: Vec<Hit>,
    pub facets: Facets,
}

// Filter dimensions; a bit each in a fail mask.
const D_KIND: u16 = 1;
const D_FIELD: u16 = 1 << 1;
const D_GROUP: u16 = 1 << 2;
const D_LANG: u16 = 1 << 3;
const D_FREE: u16 = 1 << 4;
const D_REGION: u16 = 1 << 5;
const D_RADIUS: u16 = 1 << 6;
const D_OPEN: u16 = 1 << 7;
const D_ACCESSIBLE: u16 = 1 << 8;

/// The request's filters in the form the per-document check needs.
#[derive(Debug)]
struct Filters {
    kinds: u8,
    fields: u16,
    groups: u16,
    langs: Vec<u64>,
    free: bool,
    /// Per region filter: (the region, its ancestors-or-self).
    regions: Vec<crate::attrs::RegionKey>,
    near: Option<Coord>,
    radius_km: Option<f64>,
    /// Half-widths in degrees (latitude, longitude) of a box that holds the radius circle.
    bbox: Option<(f64, f64)>,
    /// Squared chords (see `Coord::chord2`) below which a point is surely inside the radius
    /// and above which surely outside; between them the haversine decides.
    chord_limits: Option<(f64, f64)>,
    /// Days bit mask in flag positions, plus evening.
    open_days: u16,
    open_evening: bool,
    accessible: bool,
    today: Option<i64>,
    sort: Sort,
    has_text: bool,
    window: usize,
    /// Count facets (suggestions need only the hits).
    facets: bool,
}

impl Filters {
    fn new(r: &SearchRequest, has_text: bool) -> Self {
        let mut open_days = 0u16;
        let mut open_evening = false;
        for o in &r.open {
            match o {
                OpenFilter::Day(d) => open_days |= 1 << (DAY_SHIFT as u16 + *d as u16),
                OpenFilter::Weekend => {
                    open_days |= (1 << (DAY_SHIFT as u16 + Weekday::Sa as u16))
                        | (1 << (DAY_SHIFT as u16 + Weekday::Su as u16))
                }
                OpenFilter::Evening => open_evening = true,
            }
        }
        Self {
            kinds: r.kinds.iter().fold(0, |m, k| m | k.bit() as u8),
            fields: r.fields.iter().fold(0, |m, x| m | 1 << (*x as u16)),
            groups: r.groups.iter().fold(0, |m, x| m | 1 << (*x as u16)),
            langs: r.langs.iter().map(|l| encode_lang(l.as_str())).collect(),
            free: r.free,
            regions: r
                .regions
                .iter()
                .map(|rf| {
                    let mut up: Vec<u64> = rf.ancestors.iter().map(encode_ags).collect();
                    up.push(encode_ags(&rf.ags));
                    (encode_ags(&rf.ags), up)
                })
                .collect(),
            near: r.near.map(Coord::new),
            radius_km: r.radius_km,
            bbox: r.near.zip(r.radius_km).map(|((lat, _), km)| {
                // 1° latitude ≈ 111.2 km; longitude degrees shrink with cos(latitude). A 1 %
                // margin keeps the exact haversine as the only judge at the boundary.
                let dlat = km / 111.195 * 1.01 + 1e-6;
                let cos = lat.to_radians().cos().abs().max(0.01);
                (dlat, dlat / cos)
            }),
            chord_limits: r.radius_km.map(chord_limits),
            open_days,
            open_evening,
            accessible: r.accessible,
            today: r.today.map(day_number),
            sort: r.sort,
            has_text,
            window: (r.offset + r.limit).max(1),
            facets: true,
        }
    }

    /// The coordinates inside the radius's bounding box (all of them without a radius).
    fn in_box<'c>(&self, p: &Coord, coords: &'c [Coord]) -> impl Iterator<Item = &'c Coord> {
        let (bbox, lat, lon) = (self.bbox, p.lat, p.lon);
        coords.iter().filter(move |c| {
            bbox.is_none_or(|(dlat, dlon)| {
                (c.lat - lat).abs() <= dlat && (c.lon - lon).abs() <= dlon
            })
        })
    }

    /// The squared chord (see `Coord::chord2`) from `p` to the nearest of the coordinates;
    /// `None` without any, or (with a radius) when every one lies outside the radius's
    /// bounding box. It orders distances as the kilometres do, without trigonometry.
    fn nearest(&self, p: &Coord, coords: &[Coord]) -> Option<f64> {
        self.in_box(p, coords).map(|c| p.chord2(c)).reduce(f64::min)
    }

    /// The shortest haversine distance from `p` to any of the coordinates, in km, as
    /// `nearest` chooses them (the distance shown, and the judge at the radius boundary).
    fn distance_km(&self, p: &Coord, coords: &[Coord]) -> Option<f64> {
        self.in_box(p, coords)
            .map(|c| atlas_distance(p, c))
            .reduce(f64::min)
    }

    /// Bounds of the squared chord from the place to the document's nearest coordinate, read
    /// from `SegmentAttrs::units`; `None` without a place or a coordinate.
    #[inline]
    fn chord2_bounds(&self, a: &SegmentAttrs, doc: DocId) -> Option<(f64, f64)> {
        let p = self.near?;
        a.units
            .of(doc)
            .iter()
            .map(|rough| p.chord2_bounds(rough))
            .reduce(|(lo, hi), (l, h)| (lo.min(l), hi.min(h)))
    }

    /// Whether a document whose squared chord is at least `lo` lies outside the radius (as
    /// `inside` would find).
    fn surely_outside(&self, lo: f64) -> bool {
        self.chord_limits.is_some_and(|(_, hi)| lo > hi)
    }

    /// Whether a document whose squared chord is at most `hi` lies inside the radius, if any
    /// (as `inside` would find).
    fn surely_inside(&self, hi: f64) -> bool {
        self.chord_limits.is_none_or(|(lo, _)| hi < lo)
    }

    /// Whether coordinates whose nearest squared chord from `p` is `chord2` lie inside the
    /// radius: the chord decides clear cases, the haversine (as shown) those at the boundary.
    fn inside(&self, p: &Coord, coords: &[Coord], chord2: f64) -> bool {
        match (self.chord_limits, self.radius_km) {
            (Some((lo, hi)), Some(radius)) => {
                chord2 < lo
                    || (chord2 <= hi && self.distance_km(p, coords).is_some_and(|km| km <= radius))
            }
            _ => true,
        }
    }

    /// Bigger is better.
    /// `chord2`: the squared chord to the nearest place (see `nearest`).
    fn sort_key(&self, a: &SegmentAttrs, doc: DocId, score: Score, chord2: Option<f64>) -> u64 {
        let d = doc as usize;
        // A non-negative float's bits order as its value.
        let by_distance = || u64::MAX - chord2.map_or(u64::MAX, f64::to_bits);
        let by_name = || u64::MAX - a.name_key[d];
        match self.sort {
            Sort::Relevance if self.has_text => {
                // Relevance first; a given place weighs in gently (halved at 50 km).
                let factor = chord2.map_or(1.0, |c| 1.0 / (1.0 + chord_km(c) / 50.0)) as f32;
                u64::from((score * factor).max(0.0).to_bits())
            }
            Sort::Relevance if self.near.is_some() => by_distance(),
            Sort::Relevance | Sort::Name => by_name(),
            Sort::Distance => by_distance(),
            Sort::Updated => (a.updated[d] as u64) ^ (1 << 63),
        }
    }
}

/// Mean Earth radius in km (as `atlas_geo::haversine_km`).
const EARTH_KM: f64 = 6371.0088;

/// The kilometres of a squared chord on the unit sphere.
fn chord_km(chord2: f64) -> f64 {
    2.0 * EARTH_KM * (chord2.sqrt() / 2.0).min(1.0).asin()
}

/// The squared chords that bound a radius (see `Filters::chord_limits`): `4·sin²(r / 2R)`,
/// widened by more than the rounding error of a chord computed from unit vectors (about
/// 7·10⁻¹⁶ times the chord) and of the haversine.
fn chord_limits(radius_km: f64) -> (f64, f64) {
    let half = (radius_km.max(0.0) / (2.0 * EARTH_KM)).min(std::f64::consts::FRAC_PI_2);
    let limit = 4.0 * half.sin().powi(2);
    let margin = 1e-9 * limit + 1e-14 * limit.sqrt() + 1e-18;
    (limit - margin, limit + margin)
}

/// The haversine distance in km, from the radians and cosines each `Coord` carries.
fn atlas_distance(a: &Coord, b: &Coord) -> f64 {
    const R: f64 = EARTH_KM;
    let h = ((b.lat_rad - a.lat_rad) / 2.0).sin().powi(2)
        + a.cos_lat * b.cos_lat * ((b.lon_rad - a.lon_rad) / 2.0).sin().powi(2);
    2.0 * R * h.sqrt().min(1.0).asin()
}

thread_local! {
    /// Per document, the squared chord to the nearest coordinate inside a radius's box (see
    /// `Filters::passing`): scratch space of a search thread, valid only where written.
    static NEAREST: std::cell::RefCell<Vec<f64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Facet counts of one segment: languages and Kreise by the segment's dense numbering.
#[derive(Debug)]
struct SegCounts {
    kind: [u64; 3],
    field: [u64; 16],
    group: [u64; 16],
    lang: Vec<u64>,
    free: u64,
    region: Vec<u64>,
    open: [u64; 9],
    accessible: u64,
}

impl SegCounts {
    fn new(a: &SegmentAttrs) -> Self {
        Self {
            kind: [0; 3],
            field: [0; 16],
            group: [0; 16],
            lang: vec![0; a.lang_ids.keys.len()],
            free: 0,
            region: vec![0; a.kreis_ids.keys.len()],
            open: [0; 9],
            accessible: 0,
        }
    }

    #[inline]
    fn add(&mut self, a: &SegmentAttrs, doc: DocId, dims: u16) {
        let r = a.facets[doc as usize];
        if dims & D_KIND != 0 {
            self.kind[usize::from(r.kind).min(2)] += 1;
        }
        if dims & D_FIELD != 0 {
            add_bits(&mut self.field, r.fields);
        }
        if dims & D_GROUP != 0 {
            add_bits(&mut self.group, r.groups);
        }
        if dims & D_LANG != 0 {
            if a.lang_bits {
                let mut m = r.langs;
                while m != 0 {
                    self.lang[m.trailing_zeros() as usize] += 1;
                    m &= m - 1;
                }
            } else {
                for &l in a.lang_ids.of_doc.of(doc) {
                    self.lang[usize::from(l)] += 1;
                }
            }
        }
        let flags = u64::from(r.flags);
        if dims & D_FREE != 0 && flags & FLAG_FREE != 0 {
            self.free += 1;
        }
        if dims & D_REGION != 0 {
            match r.kreis {
                KREIS_NONE => {}
                KREIS_MANY => {
                    for &k in a.kreis_ids.of_doc.of(doc) {
                        self.region[usize::from(k)] += 1;
                    }
                }
                k => self.region[usize::from(k)] += 1,
            }
        }
        if dims & D_OPEN != 0 {
            let mut days = (flags >> DAY_SHIFT) & 0x7f;
            while days != 0 {
                self.open[days.trailing_zeros() as usize] += 1;
                days &= days - 1;
            }
            if flags & FLAG_EVENING != 0 {
                self.open[7] += 1;
            }
            if flags & (0b11 << (DAY_SHIFT + 5)) != 0 {
                self.open[8] += 1;
            }
        }
        if dims & D_ACCESSIBLE != 0 && flags & FLAG_ACCESSIBLE != 0 {
            self.accessible += 1;
        }
    }

    /// The counts keyed by value, for merging across segments.
    fn into_counts(self, a: &SegmentAttrs) -> Counts {
        let keyed = |keys: &[u64], counts: Vec<u64>| -> HashMap<u64, u64> {
            keys.iter()
                .zip(counts)
                .filter(|(_, c)| *c > 0)
                .map(|(k, c)| (*k, c))
                .collect()
        };
        Counts {
            kind: self.kind,
            field: self.field,
            group: self.group,
            lang: keyed(&a.lang_ids.keys, self.lang),
            free: self.free,
            region: keyed(&a.kreis_ids.keys, self.region),
            open: self.open,
            accessible: self.accessible,
        }
    }
}

#[derive(Debug, Default)]
struct Counts {
    kind: [u64; 3],
    field: [u64; 16],
    group: [u64; 16],
    lang: HashMap<u64, u64>,
    free: u64,
    region: HashMap<u64, u64>,
    open: [u64; 9],
    accessible: u64,
}

impl Counts {
    fn merge(&mut self, o: Counts) {
        for (a, b) in self.kind.iter_mut().zip(o.kind) {
            *a += b;
        }
        for (a, b) in self.field.iter_mut().zip(o.field) {
            *a += b;
        }
        for (a, b) in self.group.iter_mut().zip(o.group) {
            *a += b;
        }
        for (k, v) in o.lang {
            *self.lang.entry(k).or_default() += v;
        }
        self.free += o.free;
        for (k, v) in o.region {
            *self.region.entry(k).or_default() += v;
        }
        for (a, b) in self.open.iter_mut().zip(o.open) {
            *a += b;
        }
        self.accessible += o.accessible;
    }
}

fn add_bits(counts: &mut [u64; 16], mask: u16) {
    let mut m = mask;
    while m != 0 {
        let i = m.trailing_zeros() as usize;
        counts[i] += 1;
        m &= m - 1;
    }
}

const ALL_DIMS: u16 = u16::MAX;

/// What counting one document's facets costs, in words of set intersection (see `add_docs`).
const VISIT_WORDS: usize = 64;

/// (sort key, tie-break, doc, squared chord to the place as bits or `NO_DISTANCE`), smallest
/// on top. Key and doc order the entries; the chord only travels with them.
type TopHeap = BinaryHeap<Reverse<(u64, Reverse<u32>, u64)>>;

const NO_DISTANCE: u64 = u64::MAX;

struct SegmentFruit {
    total: u64,
    top: Vec<(u64, u32, u32, Option<f64>, Score)>,
    counts: Counts,
}

/// The best `window` hits of a segment by sort key (ties: lower document first).
struct Top {
    heap: TopHeap,
    window: usize,
}

impl Top {
    fn new(window: usize) -> Self {
        Self {
            heap: BinaryHeap::with_capacity(window + 1),
            window,
        }
    }

    /// Whether a document with a sort key up to `bound`, later in document order than every
    /// one pushed so far, could still enter (equal keys keep the earlier document).
    #[inline]
    fn may_take(&self, bound: u64) -> bool {
        self.heap.len() < self.window || self.heap.peek().is_some_and(|min| bound > min.0.0)
    }

    #[inline]
    fn push(&mut self, key: u64, doc: DocId, distance: Option<f64>) {
        if self.heap.len() < self.window {
            let km = distance.map_or(NO_DISTANCE, f64::to_bits);
            self.heap.push(Reverse((key, Reverse(doc), km)));
        } else if let Some(mut min) = self.heap.peek_mut()
            && (key, Reverse(doc)) > (min.0.0, min.0.1)
        {
            let km = distance.map_or(NO_DISTANCE, f64::to_bits);
            *min = Reverse((key, Reverse(doc), km));
        }
    }

    fn harvest(self, seg: SegmentOrdinal) -> Vec<(u64, u32, u32, Option<f64>, Score)> {
        self.heap
            .into_iter()
            .map(|Reverse((key, Reverse(doc), km))| {
                let km = (km != NO_DISTANCE).then(|| f64::from_bits(km));
                (key, seg, doc, km, 0.0)
            })
            .collect()
    }
}

/// The documents of a segment that pass one filter.
fn union_of(sets: &[Bits], mask: u64, max: DocId) -> Bits {
    let mut out = Bits::empty(max);
    let mut m = mask;
    while m != 0 {
        let i = m.trailing_zeros() as usize;
        if let Some(s) = sets.get(i) {
            out.or(s);
        }
        m &= m - 1;
    }
    out
}

/// The documents whose postings for `field` hold any of `values`.
fn postings_of(
    reader: &SegmentReader,
    field: Field,
    values: &[u64],
    into: &mut Bits,
) -> tantivy::Result<()> {
    let inverted = reader.inverted_index(field)?;
    for v in values {
        let Some(mut postings) =
            inverted.read_postings(&Term::from_field_u64(field, *v), IndexRecordOption::Basic)?
        else {
            continue;
        };
        let mut doc = postings.doc();
        while doc != tantivy::TERMINATED {
            into.insert(doc);
            doc = postings.advance();
        }
    }
    Ok(())
}

impl SegCounts {
    /// Counts the facets `dims` of every document in `docs` by intersecting it with the
    /// segment's value sets (cheaper than visiting each document once they are many).
    fn add_set(&mut self, a: &SegmentAttrs, docs: &Bits, dims: u16) {
        let v = &a.sets;
        if dims & D_KIND != 0 {
            for (k, s) in v.kind.iter().enumerate() {
                self.kind[k.min(2)] += docs.count_and(s);
            }
        }
        if dims & D_FIELD != 0 {
            for (c, s) in self.field.iter_mut().zip(&v.field) {
                *c += docs.count_and(s);
            }
        }
        if dims & D_GROUP != 0 {
            for (c, s) in self.group.iter_mut().zip(&v.group) {
                *c += docs.count_and(s);
            }
        }
        if dims & D_LANG != 0 {
            for (c, s) in self.lang.iter_mut().zip(&v.lang) {
                *c += docs.count_and(s);
            }
        }
        if dims & D_FREE != 0 {
            self.free += docs.count_and(&v.free);
        }
        if dims & D_REGION != 0 {
            for (c, s) in self.region.iter_mut().zip(&v.kreis) {
                *c += docs.count_and(s);
            }
        }
        if dims & D_OPEN != 0 {
            for (c, s) in self.open.iter_mut().zip(&v.open) {
                *c += docs.count_and(s);
            }
        }
        if dims & D_ACCESSIBLE != 0 {
            self.accessible += docs.count_and(&v.accessible);
        }
    }

    /// Counts the facets `dims` of the documents in `docs`: one by one when they are few, by
    /// intersecting sets when they are many.
    fn add_docs(&mut self, a: &SegmentAttrs, docs: &Bits, dims: u16) {
        let v = &a.sets;
        let sets = |d: u16, n: usize| if dims & d != 0 { n } else { 0 };
        let sets = sets(D_KIND, v.kind.len())
            + sets(D_FIELD, 16)
            + sets(D_GROUP, 16)
            + sets(D_LANG, v.lang.len())
            + sets(D_FREE, 1)
            + sets(D_REGION, v.kreis.len())
            + sets(D_OPEN, 9)
            + sets(D_ACCESSIBLE, 1);
        // Visiting a document (a handful of cache misses in the per-document arrays) costs
        // about as much as intersecting 64 words of 64 documents (one POPCNT each, in order).
        if docs.count() as usize * VISIT_WORDS > docs.words.len() * sets {
            self.add_set(a, docs, dims);
        } else {
            for doc in docs.iter() {
                self.add(a, doc, dims);
            }
        }
    }
}

impl Filters {
    /// Per active filter, its dimension and the segment's documents that pass it; with a
    /// radius, also the squared chord to each document inside it (by document).
    #[allow(clippy::type_complexity)]
    fn passing(
        &self,
        reader: &SegmentReader,
        a: &SegmentAttrs,
        f: &crate::schema::Fields,
        with_radius: bool,
    ) -> tantivy::Result<(Vec<(u16, Bits)>, Vec<(DocId, f64)>)> {
        let max = reader.max_doc();
        let v = &a.sets;
        let mut dims = Vec::new();
        if self.kinds != 0 {
            dims.push((D_KIND, union_of(&v.kind, u64::from(self.kinds), max)));
        }
        if self.fields != 0 {
            dims.push((D_FIELD, union_of(&v.field, u64::from(self.fields), max)));
        }
        if self.groups != 0 {
            dims.push((D_GROUP, union_of(&v.group, u64::from(self.groups), max)));
        }
        if self.free {
            dims.push((D_FREE, v.free.clone()));
        }
        if self.open_days != 0 || self.open_evening {
            let mut b = union_of(&v.open, u64::from(self.open_days) >> DAY_SHIFT, max);
            if self.open_evening {
                b.or(&v.open[7]);
            }
            dims.push((D_OPEN, b));
        }
        if self.accessible {
            dims.push((D_ACCESSIBLE, v.accessible.clone()));
        }
        if !self.langs.is_empty() {
            let mut b = Bits::empty(max);
            for l in &self.langs {
                if let Ok(i) = a.lang_ids.keys.binary_search(l) {
                    b.or(&v.lang[i]);
                }
            }
            dims.push((D_LANG, b));
        }
        if !self.regions.is_empty() {
            let mut b = Bits::empty(max);
            for key in &self.regions {
                let set = a.region_set(key, || {
                    let (ags, up) = key;
                    let mut set = Bits::empty(max);
                    postings_of(reader, f.f_regions, std::slice::from_ref(ags), &mut set)?;
                    postings_of(reader, f.f_areas, up, &mut set)?;
                    Ok::<_, tantivy::TantivyError>(set)
                })?;
                b.or(&set);
            }
            dims.push((D_REGION, b));
        }
        let mut distances = Vec::new();
        if let (true, Some(p), Some(_), Some((dlat, dlon))) =
            (with_radius, self.near, self.radius_km, self.bbox)
        {
            // The rows of the grid the box spans (with a margin: the box decides), and in
            // each the run of longitudes inside it: per document with a coordinate in the
            // box, the squared chord to its nearest one there — as `nearest` finds it,
            // without visiting the documents.
            let (mlat, mlon) = (dlat * 1.001 + 1e-6, dlon * 1.001 + 1e-6);
            let rows = grid_row(p.lat - mlat)..=grid_row(p.lat + mlat);
            let mut boxed = Bits::empty(max);
            let mut inside = Bits::empty(max);
            NEAREST.with_borrow_mut(|best| {
                // An entry is valid for the documents in `boxed` only (written first there).
                if best.len() < max as usize {
                    best.resize(max as usize, 0.0);
                }
                for row in rows {
                    let from = a
                        .grid
                        .partition_point(|c| (c.row, c.lon) < (row, p.lon - mlon));
                    let to = a
                        .grid
                        .partition_point(|c| (c.row, c.lon) <= (row, p.lon + mlon));
                    for c in &a.grid[from..to.max(from)] {
                        if (c.lat - p.lat).abs() > dlat || (c.lon - p.lon).abs() > dlon {
                            continue;
                        }
                        let chord2 = c.chord2(&p);
                        let slot = &mut best[c.doc as usize];
                        if !boxed.contains(c.doc) {
                            boxed.insert(c.doc);
                            *slot = chord2;
                        } else if chord2 < *slot {
                            *slot = chord2;
                        }
                    }
                }
                for doc in boxed.iter() {
                    let chord2 = best[doc as usize];
                    if self.inside(&p, a.coords.of(doc), chord2) {
                        inside.insert(doc);
                        distances.push((doc, chord2));
                    }
                }
            });
            dims.push((D_RADIUS, inside));
        }
        Ok((dims, distances))
    }
}

fn counts_of(values: impl Iterator<Item = (String, u64)>) -> Vec<FacetCount> {
    let mut v: Vec<FacetCount> = values
        .filter(|(_, c)| *c > 0)
        .map(|(value, count)| FacetCount { value, count })
        .collect();
    v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    v
}

impl Counts {
    fn into_facets(self) -> Facets {
        Facets {
            kind: counts_of(
                Kind::ALL
                    .iter()
                    .map(|k| (k.code().to_owned(), self.kind[*k as usize])),
            ),
            field: counts_of(
                FieldOfAction::ALL
                    .iter()
                    .map(|f| (f.code().to_owned(), self.field[*f as usize])),
            ),
            group: counts_of(
                TargetGroup::ALL
                    .iter()
                    .map(|g| (g.code().to_owned(), self.group[*g as usize])),
            ),
            lang: counts_of(self.lang.into_iter().map(|(k, v)| (decode_lang(k), v))),
            free: counts_of(std::iter::once(("true".to_owned(), self.free))),
            region: counts_of(
                self.region
                    .into_iter()
                    .filter_map(|(k, v)| decode_ags(k).map(|a| (a.to_string(), v))),
            ),
            open: counts_of(
                Weekday::ALL
                    .iter()
                    .map(|d| (d.code().to_ascii_lowercase(), self.open[*d as usize]))
                    .chain([
                        ("evening".to_owned(), self.open[7]),
                        ("weekend".to_owned(), self.open[8]),
                    ]),
            ),
            accessible: counts_of(std::iter::once(("true".to_owned(), self.accessible))),
        }
    }
}

/// The text query of a search: the tree the search runs itself, with tantivy's BM25 weights
/// when it ranks by relevance, and then the proximity bonus.
struct Text<'a> {
    plan: Prepared,
    /// Only when ranking by relevance (it never changes what matches).
    bonus: Vec<Prepared>,
    scoring: EnableScoring<'a>,
}

/// Ranked by relevance, the proximity bonus is added to the scores of this many of the best
/// matches of a segment by their score without it, and of every match scoring as much as the
/// last of them: a rescoring window, as search engines keep one for their costlier signals. A
/// document further down would need a bonus bigger than its distance to the window's end to
/// reach the first page. The window does not depend on the page asked for, so that a score,
/// and with it the order, is the same on every page and for every page size. (Measured: the
/// relevance figures of `atlas eval` are the same as with the bonus for every match.)
const BONUS_WINDOW: usize = 160;

impl Text<'_> {
    /// For each of `docs` (ascending), whether the query matches it and its score with the
    /// bonus, seeking them.
    fn score_docs(
        &self,
        reader: &SegmentReader,
        docs: &[DocId],
    ) -> tantivy::Result<Vec<Option<f32>>> {
        let mut scored = self.plan.score_docs(reader, 1.0, docs)?;
        self.add_bonus(reader, docs, |i, _, x| {
            if let Some(s) = scored[i].as_mut() {
                *s += x;
            }
        })?;
        Ok(scored)
    }

    /// Calls `add(index, doc, bonus)` for each of `docs` (ascending) that a bonus clause
    /// matches.
    fn add_bonus(
        &self,
        reader: &SegmentReader,
        docs: &[DocId],
        mut add: impl FnMut(usize, DocId, f32),
    ) -> tantivy::Result<()> {
        for b in &self.bonus {
            for (i, (&doc, x)) in docs
                .iter()
                .zip(b.score_docs(reader, 1.0, docs)?)
                .enumerate()
            {
                if let Some(x) = x {
                    add(i, doc, x);
                }
            }
        }
        Ok(())
    }
}

type Fruit = (u64, Vec<(u64, DocAddress, Option<f64>, Score)>, Counts);

impl SearchIndex {
    /// Every segment in turn (see `segment`), then the best hits of all.
    fn run(
        &self,
        searcher: &tantivy::Searcher,
        built: &crate::query::Built,
        filters: &Filters,
    ) -> tantivy::Result<Fruit> {
        let text = if built.plan.is_all() {
            None
        } else {
            // Scores matter only to a ranking by relevance.
            let scoring = if filters.has_text && filters.sort == Sort::Relevance {
                EnableScoring::enabled_from_searcher(searcher)
            } else {
                EnableScoring::disabled_from_searcher(searcher)
            };
            let bonus = if scoring.is_scoring_enabled() {
                built
                    .bonus
                    .iter()
                    .map(|n| n.prepare(searcher, scoring))
                    .collect::<tantivy::Result<_>>()?
            } else {
                Vec::new()
            };
            Some(Text {
                plan: built.plan.prepare(searcher, scoring)?,
                bonus,
                scoring,
            })
        };
        let mut total = 0;
        let mut counts = Counts::default();
        let mut all_top = Vec::new();
        for (ord, reader) in searcher.segment_readers().iter().enumerate() {
            let fruit = self.segment(ord as SegmentOrdinal, reader, text.as_ref(), filters)?;
            total += fruit.total;
            counts.merge(fruit.counts);
            all_top.extend(fruit.top);
        }
        all_top.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        all_top.truncate(filters.window);
        let top = all_top
            .into_iter()
            .map(|(key, seg, doc, dist, score)| (key, DocAddress::new(seg, doc), dist, score))
            .collect();
        Ok((total, top, counts))
    }

    /// One segment. From the segment's value sets (and the region postings, and the radius
    /// from the grid of coordinates): per filter the documents passing it, and so the
    /// documents failing at most one filter — the only ones that count anywhere. The text
    /// query (`None`: every document) runs over those alone and keeps the best hits, scoring
    /// only documents that may be hits; the facets are then counted from sets: a hit counts in
    /// every facet, a document failing exactly one filter in that filter's facet only.
    fn segment(
        &self,
        seg: SegmentOrdinal,
        reader: &SegmentReader,
        text: Option<&Text>,
        filters: &Filters,
    ) -> tantivy::Result<SegmentFruit> {
        let a = self
            .inner
            .attrs
            .get(reader)
            .map_err(|e| tantivy::TantivyError::InternalError(e.to_string()))?;
        let a = &*a;
        let max = reader.max_doc();
        let valid = a.valid(reader, filters.today);
        // Without a text query the radius is a set from the grid of coordinates; with one, it
        // is checked for the documents the query matches only (measured faster: a radius of
        // 25 km around a city holds a third of all coordinates, more than a word matches).
        let (dims, distances) = filters.passing(reader, a, &self.inner.fields, text.is_none())?;
        // Documents failing at least one filter, and at least two.
        let (mut one, mut two) = (Bits::empty(max), Bits::empty(max));
        for (_, pass) in &dims {
            for ((o, t), p) in one.words.iter_mut().zip(&mut two.words).zip(&pass.words) {
                let fail = !p;
                *t |= *o & fail;
                *o |= fail;
            }
        }
        let mut candidates = (*valid).clone();
        candidates.and_not(&two);
        let mut top = Top::new(filters.window);
        let mut total = 0u64;
        // The candidates the query matches (that lie inside the radius, if any).
        let matched = match text {
            None => {
                let mut hits = candidates.clone();
                hits.and_not(&one);
                let mut next = 0;
                for doc in hits.iter() {
                    total += 1;
                    let distance = match filters.near {
                        Some(_) if filters.radius_km.is_some() => {
                            // Both in document order.
                            while distances.get(next).is_some_and(|e| e.0 < doc) {
                                next += 1;
                            }
                            distances.get(next).filter(|e| e.0 == doc).map(|e| e.1)
                        }
                        Some(p) => {
                            if filters.chord2_bounds(a, doc).is_some_and(|(lo, _)| {
                                !top.may_take(filters.sort_key(a, doc, 0.0, Some(lo)))
                            }) {
                                // It cannot be a hit: its distance is not needed.
                                continue;
                            }
                            filters.nearest(&p, a.coords.of(doc))
                        }
                        None => None,
                    };
                    top.push(filters.sort_key(a, doc, 0.0, distance), doc, distance);
                }
                candidates
            }
            Some(text) => {
                let mut matched = Bits::empty(max);
                let mut on_doc = |doc: DocId, score: Score| {
                    if !candidates.contains(doc) {
                        return;
                    }
                    let in_one = one.contains(doc);
                    let radius = filters.radius_km.is_some();
                    // Most documents are settled by the bounds of their distance: outside the
                    // radius, or inside it and unable to be a hit (its exact distance is not
                    // needed).
                    if let Some((lo, hi)) = filters.chord2_bounds(a, doc) {
                        if filters.surely_outside(lo) {
                            // Outside the radius: it counts nowhere (the radius has no facet,
                            // and failing another filter too is failing two).
                            return;
                        }
                        if filters.surely_inside(hi)
                            && (in_one || !top.may_take(filters.sort_key(a, doc, score, Some(lo))))
                        {
                            matched.insert(doc);
                            total += u64::from(!in_one);
                            return;
                        }
                    }
                    let distance = match filters.near {
                        Some(p) if radius => {
                            let coords = a.coords.of(doc);
                            let c = filters.nearest(&p, coords);
                            if c.is_none_or(|c| !filters.inside(&p, coords, c)) {
                                return;
                            }
                            c
                        }
                        Some(p) if !in_one => filters.nearest(&p, a.coords.of(doc)),
                        _ => None,
                    };
                    matched.insert(doc);
                    if in_one {
                        return;
                    }
                    total += 1;
                    top.push(filters.sort_key(a, doc, score, distance), doc, distance);
                };
                let few = candidates.count() < u64::from(max / 16);
                // The documents that may be hits: candidates failing no filter. Only their
                // scores matter (a document failing one filter counts in a facet, unranked).
                let scorable = if dims.is_empty() || !text.scoring.is_scoring_enabled() {
                    None
                } else {
                    let mut s = candidates.clone();
                    s.and_not(&one);
                    Some(s)
                };
                let few_hits = scorable
                    .as_ref()
                    .is_some_and(|s| s.count() < u64::from(max / 16));
                if few && !dims.is_empty() {
                    // Few candidates (strict filters): the query's postings and scorers seek
                    // them instead of being read through.
                    let docs: Vec<DocId> = candidates.iter().collect();
                    let scored = text.score_docs(reader, &docs)?;
                    for (&doc, score) in docs.iter().zip(scored) {
                        if let Some(score) = score {
                            on_doc(doc, score);
                        }
                    }
                } else if let Some(scorable) = scorable.as_ref().filter(|_| few_hits) {
                    // Ranked by relevance, few documents pass every filter: the matches as a
                    // set (nothing scored), then the scores of those documents alone, seeking
                    // them.
                    let mut found = text.plan.eval(reader, 1.0, None, false, None)?;
                    found.and(&candidates);
                    let mut hits = found.clone();
                    hits.and(scorable);
                    let docs: Vec<DocId> = hits.iter().collect();
                    let mut scored = docs.iter().zip(text.score_docs(reader, &docs)?).peekable();
                    for doc in found.iter() {
                        let score = match scored.next_if(|(d, _)| **d == doc) {
                            Some((_, score)) => score.unwrap_or(0.0),
                            None => 0.0,
                        };
                        on_doc(doc, score);
                    }
                } else if text.scoring.is_scoring_enabled() {
                    // Ranked by relevance: the tree's scores, term at a time, added up only
                    // for the documents that may be hits (measured faster than tantivy's
                    // union of scorers for one word as for several, since the tree reads
                    // postings a block of 128 documents at a time).
                    let mut scores = vec![0.0f32; max as usize];
                    let restrict = scorable.as_ref().unwrap_or(&candidates);
                    let mut found =
                        text.plan
                            .eval(reader, 1.0, Some(&mut scores), false, Some(restrict))?;
                    found.and(&candidates);
                    if !text.bonus.is_empty() {
                        // The bonus for the best matches that may be hits (see
                        // `BONUS_WINDOW`), seeking them.
                        let mut best: Vec<(f32, DocId)> = found
                            .iter()
                            .filter(|d| restrict.contains(*d))
                            .map(|d| (scores[d as usize], d))
                            .collect();
                        if best.len() > BONUS_WINDOW {
                            // The window's last score, and every match scoring as much (ties
                            // all get the bonus: it may be what tells them apart).
                            let (_, last, _) = best
                                .select_nth_unstable_by(BONUS_WINDOW - 1, |a, b| {
                                    b.0.total_cmp(&a.0)
                                });
                            let last = last.0;
                            best.retain(|(s, _)| *s >= last);
                        }
                        let mut docs: Vec<DocId> = best.into_iter().map(|(_, d)| d).collect();
                        docs.sort_unstable();
                        text.add_bonus(reader, &docs, |_, doc, x| scores[doc as usize] += x)?;
                    }
                    if filters.near.is_none() {
                        // Nothing to compute per match: every match counts, and those failing
                        // no filter are hits (as `on_doc` decides, with set operations).
                        let mut hits = found.clone();
                        hits.and_not(&one);
                        total += hits.count();
                        for doc in hits.iter() {
                            let key = filters.sort_key(a, doc, scores[doc as usize], None);
                            top.push(key, doc, None);
                        }
                        matched = found;
                    } else {
                        for doc in found.iter() {
                            on_doc(doc, scores[doc as usize]);
                        }
                    }
                } else {
                    // Sorted otherwise: the matches as a set, read from the postings one term
                    // at a time, nothing scored.
                    let mut found = text.plan.eval(reader, 1.0, None, false, None)?;
                    found.and(&candidates);
                    for doc in found.iter() {
                        on_doc(doc, 0.0);
                    }
                }
                matched
            }
        };
        let mut counts = SegCounts::new(a);
        if filters.facets {
            // A hit counts in every facet.
            let mut hits = matched.clone();
            hits.and_not(&one);
            counts.add_docs(a, &hits, ALL_DIMS);
            // A document failing exactly one filter counts in that filter's facet (the radius
            // has none).
            let mut failing = matched;
            failing.and(&one);
            for (dim, pass) in dims.iter().filter(|(d, _)| *d != D_RADIUS) {
                let mut fails_here = failing.clone();
                fails_here.and_not(pass);
                counts.add_docs(a, &fails_here, *dim);
            }
        }
        // The shown distance of the best hits: the haversine, not the chord that ordered them.
        let mut top = top.harvest(seg);
        if let Some(p) = filters.near {
            for hit in &mut top {
                if hit.3.is_some() {
                    hit.3 = filters.distance_km(&p, a.coords.of(hit.2));
                }
            }
        }
        Ok(SegmentFruit {
            total,
            top,
            counts: counts.into_counts(a),
        })
    }

    /// Runs a search. Any text is valid; there is no query syntax to get wrong.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResult> {
        self.search_with(req, true)
    }

    /// A search; `full: false` leaves out what only a result page needs — the facets (left
    /// empty) and the snippets (left empty) — as suggestions do.
    pub(crate) fn search_with(&self, req: &SearchRequest, full: bool) -> Result<SearchResult> {
        let searcher = self.inner.reader.searcher();
        let live: Vec<_> = searcher
            .segment_readers()
            .iter()
            .map(|s| s.segment_id())
            .collect();
        self.inner.attrs.retain(&live);
        self.inner.phrases.retain(&live);
        let prefix = req.prefix_last && !req.text.ends_with(char::is_whitespace);
        let mut built = self.build_query(&req.text, prefix, false);
        let mut filters = Filters {
            facets: full,
            ..Filters::new(req, built.has_text)
        };
        let mut fruit = self.run(&searcher, &built, &filters)?;
        let strict = built.combine == Combine::All || built.phrases > 0;
        if fruit.0 == 0 && built.has_text && strict {
            // Nothing has every word (or the exact phrase): take what has some of them.
            built = self.build_query(&req.text, prefix, true);
            filters = Filters {
                facets: full,
                ..Filters::new(req, built.has_text)
            };
            fruit = self.run(&searcher, &built, &filters)?;
        }
        let (total, top, counts) = fruit;
        let f = &self.inner.fields;
        let snippets = if built.has_text && full {
            Some(Snippets::new(
                &searcher,
                &self.inner.analysis,
                &built.plan,
                f.description,
                f.all,
                200,
            )?)
        } else {
            None
        };
        let shown: Vec<_> = top.into_iter().skip(req.offset).take(req.limit).collect();
        let described = match &snippets {
            Some(g) => Some(g.holding(&searcher, &shown.iter().map(|h| h.1).collect::<Vec<_>>())?),
            None => None,
        };
        let mut hits = Vec::new();
        for (_, addr, distance, _) in shown {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let text = |field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or("")
                    .to_owned()
            };
            let Ok(id) = Id::parse(&text(f.id)) else {
                continue;
            };
            let Some(kind) = Kind::parse(&text(f.kind)) else {
                continue;
            };
            let provider = Id::parse(&text(f.provider_id))
                .ok()
                .map(|pid| (pid, text(f.provider)));
            // A description holding none of the query's terms is shown from its start.
            let snippet_html = match &snippets {
                _ if !full => Some(String::new()),
                Some(_) if described.as_ref().is_some_and(|d| !d.contains(&addr)) => None,
                Some(g) => doc
                    .get_first(f.description)
                    .and_then(|v| v.as_str())
                    .and_then(|d| g.html(d.trim())),
                None => None,
            }
            .unwrap_or_else(|| escape_html(&cut(&text(f.description), 200)));
            hits.push(Hit {
                kind,
                id,
                name: text(f.name),
                snippet_html,
                provider,
                distance_km: distance,
                score: 0.0,
            });
        }
        Ok(SearchResult {
            total,
            hits,
            facets: counts.into_facets(),
        })
    }
}

/// At most `max` characters, cut at a word boundary, with "…" when cut.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max).collect();
    if let Some(space) = out.rfind(' ') {
        out.truncate(space);
    }
    out.push('…');
    out
}

pub(crate) fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chord decides clear cases only: at every distance around the radius, `inside`
    /// says what the haversine says.
    #[test]
    fn the_chord_agrees_with_the_haversine_at_the_radius() {
        let hanau = (50.1316, 8.9208);
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            (rng >> 11) as f64 / (1u64 << 53) as f64
        };
        for radius in [0.0, 0.001, 0.5, 5.0, 20.33, 100.0, 25_000.0] {
            let req = SearchRequest {
                near: Some(hanau),
                radius_km: Some(radius),
                ..SearchRequest::default()
            };
            let f = Filters::new(&req, false);
            let p = Coord::new(hanau);
            for _ in 0..2_000 {
                // Points at about the radius (within ± 10 m or ± 0.01 %), in any direction.
                let bearing = next() * std::f64::consts::TAU;
                let km = (radius + (next() - 0.5) * 0.02).max(0.0) * (1.0 + (next() - 0.5) * 2e-4);
                let dlat = km / 111.195 * bearing.cos();
                let dlon = km / (111.195 * hanau.0.to_radians().cos()) * bearing.sin();
                let c = Coord::new((hanau.0 + dlat, hanau.1 + dlon));
                let coords = [c];
                let exact = f.distance_km(&p, &coords).is_some_and(|d| d <= radius);
                let by_chord = f
                    .nearest(&p, &coords)
                    .is_some_and(|c2| f.inside(&p, &coords, c2));
                assert_eq!(
                    by_chord,
                    exact,
                    "radius {radius} km, point {:?}",
                    (c.lat, c.lon)
                );
                // Bounds from the unit vector in `f32` hold the chord, and settle only what
                // the haversine says too.
                let (lo, hi) = p.chord2_bounds(&c.unit.map(|x| x as f32));
                assert!(lo <= p.chord2(&c) && p.chord2(&c) <= hi, "{radius} km");
                assert!(!f.surely_outside(lo) || !exact, "{radius} km, {km} km");
                assert!(!f.surely_inside(hi) || exact, "{radius} km, {km} km");
            }
        }
        // Anywhere on Earth, the bounds hold the chord; up to 5,000 km away they are no more
        // than a few metres apart (near the antipode a chord stands for more kilometres).
        for _ in 0..10_000 {
            let c = Coord::new((next() * 180.0 - 90.0, next() * 360.0 - 180.0));
            let p = Coord::new((next() * 180.0 - 90.0, next() * 360.0 - 180.0));
            let (lo, hi) = p.chord2_bounds(&c.unit.map(|x| x as f32));
            let exact = p.chord2(&c);
            assert!(
                lo <= exact && exact <= hi,
                "{:?} {:?}",
                (c.lat, c.lon),
                (p.lat, p.lon)
            );
            assert!(chord_km(hi) > 5_000.0 || chord_km(hi) - chord_km(lo) < 0.003);
        }
        // The same place is at distance 0 and inside any radius.
        assert_eq!(Coord::new(hanau).chord2(&Coord::new(hanau)), 0.0);
        let gelnhausen = Coord::new((50.2013, 9.1877));
        let km = chord_km(Coord::new(hanau).chord2(&gelnhausen));
        assert!((km - atlas_distance(&Coord::new(hanau), &gelnhausen)).abs() < 1e-9);
        assert!((km - 20.53).abs() < 0.01, "{km}");
    }

    /// Segments of offers with every facet: 0–3 Kreise, 0–4 languages (33 languages in the
    /// second segment, more than a record's bits hold), fields, groups, days, flags.
    fn facet_index(dir: &std::path::Path) -> SearchIndex {
        use atlas_model::{Ags, FieldOfAction, Id, LanguageCode, TargetGroup, Weekday};
        let index =
            SearchIndex::open_or_create(dir, atlas_analysis::GermanAnalysis::embedded()).unwrap();
        let mut writer = index.writer(15_000_000).unwrap();
        let kreise = ["06435", "06413", "06438", "06411", "06412"];
        let few = ["de", "en", "tr", "ar"];
        let many: Vec<String> = (b'a'..=b'z')
            .flat_map(|a| [format!("{}a", a as char), format!("{}e", a as char)])
            .take(33)
            .collect();
        let mut rng = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |n: u64| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng % n
        };
        for (seq, langs) in [few.map(String::from).to_vec(), many].iter().enumerate() {
            let mut docs = Vec::new();
            for i in 0..700 {
                let mut d = crate::IndexDoc::new(
                    Kind::ALL[next(3) as usize],
                    Id::random(),
                    format!("Angebot {i}"),
                    String::new(),
                );
                let pick = |n: u64, k: u64, next: &mut dyn FnMut(u64) -> u64| {
                    (0..k).map(|_| next(n) as usize).collect::<Vec<_>>()
                };
                let k = next(4);
                for x in pick(kreise.len() as u64, k, &mut next) {
                    d.regions.push(Ags::parse(kreise[x]).unwrap());
                }
                let k = next(5);
                for x in pick(langs.len() as u64, k, &mut next) {
                    d.languages.push(LanguageCode::parse(&langs[x]).unwrap());
                }
                let k = next(3);
                for x in pick(FieldOfAction::ALL.len() as u64, k, &mut next) {
                    d.fields.push(FieldOfAction::ALL[x]);
                }
                let k = next(3);
                for x in pick(TargetGroup::ALL.len() as u64, k, &mut next) {
                    d.groups.push(TargetGroup::ALL[x]);
                }
                let k = next(4);
                for x in pick(7, k, &mut next) {
                    d.days.push(Weekday::ALL[x]);
                }
                d.free = next(2) == 0;
                d.accessible = next(3) == 0;
                d.evening = next(4) == 0;
                docs.push(d);
            }
            writer
                .apply(docs.iter().map(crate::writer::Change::Add))
                .unwrap();
            writer.commit(seq as i64 + 1).unwrap();
        }
        index.reload().unwrap();
        index
    }

    /// Counting a document at a time (from its facet record, or the per-document lists where
    /// the record cannot hold the values) and intersecting value sets give the same counts.
    #[test]
    fn facet_counts_agree_by_document_and_by_set() {
        let dir = tempfile::tempdir().unwrap();
        let index = facet_index(dir.path());
        let searcher = index.inner.reader.searcher();
        assert_eq!(searcher.segment_readers().len(), 2);
        let mut many_langs = false;
        for reader in searcher.segment_readers() {
            let a = index.inner.attrs.get(reader).unwrap();
            many_langs |= !a.lang_bits;
            assert!(a.facets.iter().any(|r| r.kreis == KREIS_MANY));
            assert!(a.facets.iter().any(|r| r.kreis == KREIS_NONE));
            let max = reader.max_doc();
            for step in [1, 2, 3, 7] {
                let mut docs = Bits::empty(max);
                for d in (0..max).step_by(step) {
                    docs.insert(d);
                }
                for dims in [ALL_DIMS, D_LANG, D_REGION, D_FIELD | D_OPEN] {
                    let mut visited = SegCounts::new(&a);
                    for d in docs.iter() {
                        visited.add(&a, d, dims);
                    }
                    let mut by_sets = SegCounts::new(&a);
                    by_sets.add_set(&a, &docs, dims);
                    assert_eq!(
                        format!("{visited:?}"),
                        format!("{by_sets:?}"),
                        "step {step}, dims {dims:#x}"
                    );
                    assert!(dims != ALL_DIMS || visited.region.iter().sum::<u64>() > 0);
                }
            }
        }
        assert!(
            many_langs,
            "no segment with more languages than a record holds"
        );
    }
}
