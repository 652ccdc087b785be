//! A search: one pass over the documents the text query matches, evaluating every filter from
//! the segment attribute arrays. A document that passes all filters is a hit and is counted in
//! every facet; one that fails exactly one filter is counted in that filter's facet only. So
//! each facet is counted on the result of all *other* filters, in the same pass.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet};
use std::sync::Arc;

use atlas_model::{Ags, FieldOfAction, Id, LanguageCode, TargetGroup, Weekday};
use chrono::NaiveDate;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::query::AllQuery;
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{
    DocAddress, DocId, DocSet, Score, SegmentOrdinal, SegmentReader, TantivyDocument, Term,
};

use crate::attrs::{Coord, SegmentAttrs};
use crate::doc::{
    DAY_SHIFT, FLAG_ACCESSIBLE, FLAG_EVENING, FLAG_FREE, Kind, day_number, decode_ags, decode_lang,
    encode_ags, encode_lang,
};
use crate::query::Combine;
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
    regions: Vec<(u64, Vec<u64>)>,
    near: Option<Coord>,
    radius_km: Option<f64>,
    /// Half-widths in degrees (latitude, longitude) of a box that holds the radius circle.
    bbox: Option<(f64, f64)>,
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

    /// Which filters the document fails (once it fails two, perhaps not all of them: it counts
    /// nowhere then), and its distance when a place is given.
    fn check(&self, a: &SegmentAttrs, doc: DocId) -> (u16, Option<f64>) {
        let d = doc as usize;
        let mut fail = 0u16;
        // The array and bit checks first; a document failing two filters counts nowhere, so
        // the costlier checks are left out for it.
        if self.kinds != 0 && self.kinds & (1 << a.kind[d]) == 0 {
            fail |= D_KIND;
        }
        if self.fields != 0 && self.fields & a.fields[d] == 0 {
            fail |= D_FIELD;
        }
        if self.groups != 0 && self.groups & a.groups[d] == 0 {
            fail |= D_GROUP;
        }
        let flags = u64::from(a.flags[d]);
        if self.free && flags & FLAG_FREE == 0 {
            fail |= D_FREE;
        }
        if self.open_days != 0 || self.open_evening {
            let days_ok = flags as u16 & self.open_days != 0;
            let evening_ok = self.open_evening && flags & FLAG_EVENING != 0;
            if !days_ok && !evening_ok {
                fail |= D_OPEN;
            }
        }
        if self.accessible && flags & FLAG_ACCESSIBLE == 0 {
            fail |= D_ACCESSIBLE;
        }
        if fail & fail.wrapping_sub(1) != 0 {
            return (fail, None);
        }
        if !self.langs.is_empty() && !a.langs.of(doc).iter().any(|l| self.langs.contains(l)) {
            fail |= D_LANG;
        }
        if !self.regions.is_empty() {
            let regions = a.regions.of(doc);
            let areas = a.areas.of(doc);
            let inside = self
                .regions
                .iter()
                .any(|(ags, up)| regions.contains(ags) || areas.iter().any(|x| up.contains(x)));
            if !inside {
                fail |= D_REGION;
            }
        }
        // The distance last, and only where it matters: for a hit (sorting, scoring, the
        // radius) or, with a radius, for a document that fails one other filter (it counts in
        // that filter's facet only if it lies inside the radius). It is the costliest check.
        let mut distance = None;
        if let Some(p) = self.near
            && (fail == 0 || (fail.is_power_of_two() && self.radius_km.is_some()))
        {
            distance = self.distance(&p, a.coords.of(doc));
            if let Some(radius) = self.radius_km
                && distance.is_none_or(|dist| dist > radius)
            {
                fail |= D_RADIUS;
            }
        }
        (fail, distance)
    }

    /// The shortest distance from `p` to any of the coordinates, in km; `None` without any, or
    /// (with a radius) when every one lies outside the radius's bounding box.
    fn distance(&self, p: &Coord, coords: &[Coord]) -> Option<f64> {
        let mut best: Option<f64> = None;
        for c in coords {
            if let Some((dlat, dlon)) = self.bbox
                && ((c.lat - p.lat).abs() > dlat || (c.lon - p.lon).abs() > dlon)
            {
                continue;
            }
            let d = atlas_distance(p, c);
            if best.is_none_or(|b| d < b) {
                best = Some(d);
            }
        }
        best
    }

    /// Bigger is better.
    fn sort_key(&self, a: &SegmentAttrs, doc: DocId, score: Score, distance: Option<f64>) -> u64 {
        let d = doc as usize;
        let by_distance = || u64::MAX - distance.map_or(u64::MAX, |km| (km * 1000.0) as u64);
        let by_name = || u64::MAX - a.name_key[d];
        match self.sort {
            Sort::Relevance if self.has_text => {
                // Relevance first; a given place weighs in gently (halved at 50 km).
                let factor = distance.map_or(1.0, |km| 1.0 / (1.0 + km / 50.0)) as f32;
                u64::from((score * factor).max(0.0).to_bits())
            }
            Sort::Relevance if self.near.is_some() => by_distance(),
            Sort::Relevance | Sort::Name => by_name(),
            Sort::Distance => by_distance(),
            Sort::Updated => (a.updated[d] as u64) ^ (1 << 63),
        }
    }
}

/// The haversine distance in km, from the radians and cosines each `Coord` carries.
fn atlas_distance(a: &Coord, b: &Coord) -> f64 {
    const R: f64 = 6371.0088;
    let h = ((b.lat_rad - a.lat_rad) / 2.0).sin().powi(2)
        + a.cos_lat * b.cos_lat * ((b.lon_rad - a.lon_rad) / 2.0).sin().powi(2);
    2.0 * R * h.sqrt().min(1.0).asin()
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
        let d = doc as usize;
        if dims & D_KIND != 0 {
            self.kind[usize::from(a.kind[d]).min(2)] += 1;
        }
        if dims & D_FIELD != 0 {
            add_bits(&mut self.field, a.fields[d]);
        }
        if dims & D_GROUP != 0 {
            add_bits(&mut self.group, a.groups[d]);
        }
        if dims & D_LANG != 0 {
            for &l in a.lang_ids.of_doc.of(doc) {
                self.lang[usize::from(l)] += 1;
            }
        }
        let flags = u64::from(a.flags[d]);
        if dims & D_FREE != 0 && flags & FLAG_FREE != 0 {
            self.free += 1;
        }
        if dims & D_REGION != 0 {
            for &r in a.kreis_ids.of_doc.of(doc) {
                self.region[usize::from(r)] += 1;
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

struct AtlasCollector<'a> {
    index: &'a SearchIndex,
    filters: Arc<Filters>,
}

/// (sort key, tie-break, doc, distance as bits or `NO_DISTANCE`), smallest on top. Key and
/// doc order the entries; the distance only travels with them.
type TopHeap = BinaryHeap<Reverse<(u64, Reverse<u32>, u64)>>;

const NO_DISTANCE: u64 = u64::MAX;

struct AtlasSegmentCollector {
    segment: SegmentOrdinal,
    attrs: Arc<SegmentAttrs>,
    filters: Arc<Filters>,
    total: u64,
    /// Min-heap of the best `window` (key, tie-break, distance).
    top: TopHeap,
    counts: SegCounts,
}

struct SegmentFruit {
    total: u64,
    top: Vec<(u64, u32, u32, Option<f64>, Score)>,
    counts: Counts,
}

impl Collector for AtlasCollector<'_> {
    type Fruit = Fruit;
    type Child = AtlasSegmentCollector;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        let attrs = self
            .index
            .inner
            .attrs
            .get(reader)
            .map_err(|e| tantivy::TantivyError::InternalError(e.to_string()))?;
        Ok(AtlasSegmentCollector {
            segment,
            counts: SegCounts::new(&attrs),
            attrs,
            filters: self.filters.clone(),
            total: 0,
            top: BinaryHeap::with_capacity(self.filters.window + 1),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.filters.has_text
    }

    fn merge_fruits(&self, fruits: Vec<SegmentFruit>) -> tantivy::Result<Self::Fruit> {
        let mut total = 0;
        let mut counts = Counts::default();
        let mut all = Vec::new();
        for f in fruits {
            total += f.total;
            counts.merge(f.counts);
            all.extend(f.top);
        }
        all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        all.truncate(self.filters.window);
        let top = all
            .into_iter()
            .map(|(key, seg, doc, dist, score)| (key, DocAddress::new(seg, doc), dist, score))
            .collect();
        Ok((total, top, counts))
    }
}

impl SegmentCollector for AtlasSegmentCollector {
    type Fruit = SegmentFruit;

    fn collect(&mut self, doc: DocId, score: Score) {
        let a = &*self.attrs;
        let d = doc as usize;
        if let Some(today) = self.filters.today
            && (a.valid_from[d] > today || a.valid_to[d] < today)
        {
            return;
        }
        let (fail, distance) = self.filters.check(a, doc);
        if fail == 0 {
            self.total += 1;
            if self.filters.facets {
                self.counts.add(a, doc, ALL_DIMS);
            }
            let key = self.filters.sort_key(a, doc, score, distance);
            if self.top.len() < self.filters.window {
                let km = distance.map_or(NO_DISTANCE, f64::to_bits);
                self.top.push(Reverse((key, Reverse(doc), km)));
            } else if let Some(mut min) = self.top.peek_mut()
                && (key, Reverse(doc)) > (min.0.0, min.0.1)
            {
                let km = distance.map_or(NO_DISTANCE, f64::to_bits);
                *min = Reverse((key, Reverse(doc), km));
            }
        } else if fail.is_power_of_two() && self.filters.facets {
            self.counts.add(a, doc, fail);
        }
    }

    fn harvest(self) -> SegmentFruit {
        let seg = self.segment;
        let top = self
            .top
            .into_iter()
            .map(|Reverse((key, Reverse(doc), km))| {
                let km = (km != NO_DISTANCE).then(|| f64::from_bits(km));
                (key, seg, doc, km, 0.0)
            })
            .collect();
        SegmentFruit {
            total: self.total,
            top,
            counts: self.counts.into_counts(&self.attrs),
        }
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

type Fruit = (u64, Vec<(u64, DocAddress, Option<f64>, Score)>, Counts);

impl SearchIndex {
    /// One pass of the collector over what the query matches. A radius search without text
    /// visits only the documents with a coordinate in the radius's bounding box (from the
    /// segment's coordinates sorted by latitude) instead of every document: the others fail
    /// the radius and so count nowhere.
    fn run(
        &self,
        searcher: &tantivy::Searcher,
        built: &crate::query::Built,
        filters: Arc<Filters>,
    ) -> tantivy::Result<Fruit> {
        let collector = AtlasCollector {
            index: self,
            filters: filters.clone(),
        };
        let geo = match (filters.near, filters.radius_km.is_some(), filters.bbox) {
            (Some(p), true, Some(bbox)) if built.query.is::<AllQuery>() => Some((p, bbox)),
            _ => None,
        };
        let Some((p, (dlat, dlon))) = geo else {
            return searcher.search(&*built.query, &collector);
        };
        // A margin beyond the box: the collector's own check decides.
        let (dlat, dlon) = (dlat * 1.001 + 1e-6, dlon * 1.001 + 1e-6);
        let mut fruits = Vec::new();
        let mut docs: Vec<DocId> = Vec::new();
        for (ord, reader) in searcher.segment_readers().iter().enumerate() {
            let mut child = collector.for_segment(ord as SegmentOrdinal, reader)?;
            let attrs = child.attrs.clone();
            let lo = attrs.by_lat.partition_point(|c| c.0 < p.lat - dlat);
            let hi = attrs.by_lat.partition_point(|c| c.0 <= p.lat + dlat);
            docs.clear();
            docs.extend(
                attrs.by_lat[lo..hi]
                    .iter()
                    .filter(|c| (c.1 - p.lon).abs() <= dlon)
                    .map(|c| c.2),
            );
            docs.sort_unstable();
            docs.dedup();
            let alive = reader.alive_bitset();
            for &doc in &docs {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    child.collect(doc, 0.0);
                }
            }
            fruits.push(child.harvest());
        }
        collector.merge_fruits(fruits)
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
        let prefix = req.prefix_last && !req.text.ends_with(char::is_whitespace);
        let mut built = self.build_query(&req.text, prefix, false);
        let mut filters = Arc::new(Filters {
            facets: full,
            ..Filters::new(req, built.has_text)
        });
        let mut fruit = self.run(&searcher, &built, filters.clone())?;
        let strict = built.combine == Combine::All || built.phrases > 0;
        if fruit.0 == 0 && built.has_text && strict {
            // Nothing has every word (or the exact phrase): take what has some of them.
            built = self.build_query(&req.text, prefix, true);
            filters = Arc::new(Filters {
                facets: full,
                ..Filters::new(req, built.has_text)
            });
            fruit = self.run(&searcher, &built, filters.clone())?;
        }
        let (total, top, counts) = fruit;
        let f = &self.inner.fields;
        let snippets = if built.has_text && full {
            SnippetGenerator::create(&searcher, &*built.query, f.description)
                .map(|mut g| {
                    g.set_max_num_chars(200);
                    g
                })
                .ok()
        } else {
            None
        };
        let shown: Vec<_> = top.into_iter().skip(req.offset).take(req.limit).collect();
        // A snippet comes from analysing the whole description; for a hit whose description
        // holds none of the query's terms it would come out empty, so those are left out.
        let described = match &snippets {
            Some(_) => {
                let addrs: Vec<DocAddress> = shown.iter().map(|h| h.1).collect();
                Some(docs_with_terms(
                    &searcher,
                    f.description,
                    &*built.query,
                    &addrs,
                )?)
            }
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
            let snippet_html = match &snippets {
                _ if !full => Some(String::new()),
                Some(_) if described.as_ref().is_some_and(|d| !d.contains(&addr)) => None,
                Some(g) => {
                    let s = g.snippet_from_doc(&doc);
                    if s.is_empty() {
                        None
                    } else {
                        Some(s.to_html())
                    }
                }
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

/// Which of `docs` hold, in `field`, a term the query looks for there (the terms a snippet
/// generator highlights: the field's analysis folds every token to lower case, so a token
/// matches such a term exactly when the document's postings hold it).
fn docs_with_terms(
    searcher: &tantivy::Searcher,
    field: Field,
    query: &dyn tantivy::query::Query,
    docs: &[DocAddress],
) -> tantivy::Result<HashSet<DocAddress>> {
    let mut terms: BTreeSet<Term> = BTreeSet::new();
    query.query_terms(&mut |term, _| {
        if term.field() == field {
            terms.insert(term.clone());
        }
    });
    let mut by_segment: BTreeMap<SegmentOrdinal, Vec<DocId>> = BTreeMap::new();
    for a in docs {
        by_segment.entry(a.segment_ord).or_default().push(a.doc_id);
    }
    let mut found = HashSet::new();
    for (segment, mut ids) in by_segment {
        ids.sort_unstable();
        let inverted = searcher.segment_reader(segment).inverted_index(field)?;
        for term in &terms {
            let Some(mut postings) = inverted.read_postings(term, IndexRecordOption::Basic)? else {
                continue;
            };
            for &doc in &ids {
                if postings.doc() < doc {
                    postings.seek(doc);
                }
                if postings.doc() == doc {
                    found.insert(DocAddress::new(segment, doc));
                }
            }
        }
    }
    Ok(found)
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
