//! What the index holds about one record (`IndexDoc`), and its encoding into a tantivy
//! document: text fields by role and language, plus compact fast fields.

use atlas_model::{Ags, FieldOfAction, Id, LanguageCode, TargetGroup, Weekday};
use chrono::{Datelike, NaiveDate};
use tantivy::TantivyDocument;

use crate::schema::{Fields, OTHER_LANGUAGES};

/// The three kinds of searchable records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Offer,
    Provider,
    Network,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Offer, Kind::Provider, Kind::Network];

    pub fn code(self) -> &'static str {
        match self {
            Self::Offer => "offer",
            Self::Provider => "provider",
            Self::Network => "network",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    pub(crate) fn bit(self) -> u64 {
        1 << (self as u64)
    }
}

/// A record as the index sees it. Built by `atlas-sync` from the store.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexDoc {
    pub kind: Kind,
    pub id: Id,
    pub name: String,
    pub alternate_names: Vec<String>,
    pub description: String,
    /// The provider of an offer, the coordinator of a network.
    pub provider: Option<(Id, String)>,
    /// Names of the places (towns, districts) where it is, so that "… offenbach" finds it.
    pub places: Vec<String>,
    pub fields: Vec<FieldOfAction>,
    pub groups: Vec<TargetGroup>,
    pub languages: Vec<LanguageCode>,
    /// Texts in other languages (name and description of a translation).
    pub translations: Vec<(LanguageCode, String)>,
    pub free: bool,
    pub accessible: bool,
    pub days: Vec<Weekday>,
    pub evening: bool,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
    /// Every region it is in or serves, with all their ancestors (Gemeinde, Kreis, Bezirk, Land).
    pub regions: Vec<Ags>,
    /// The regions its service areas name, exactly (a Kreis-wide offer serves every Gemeinde).
    pub areas: Vec<Ags>,
    /// Coordinates of its locations.
    pub coords: Vec<(f64, f64)>,
    /// Last change, seconds since the Unix epoch.
    pub updated: i64,
}

impl IndexDoc {
    /// A document with a name and description and nothing else yet.
    pub fn new(kind: Kind, id: Id, name: String, description: String) -> Self {
        Self {
            kind,
            id,
            name,
            alternate_names: Vec::new(),
            description,
            provider: None,
            places: Vec::new(),
            fields: Vec::new(),
            groups: Vec::new(),
            languages: Vec::new(),
            translations: Vec::new(),
            free: false,
            accessible: false,
            days: Vec::new(),
            evening: false,
            valid_from: None,
            valid_to: None,
            regions: Vec::new(),
            areas: Vec::new(),
            coords: Vec::new(),
            updated: 0,
        }
    }

    pub(crate) fn key(&self) -> String {
        key(self.kind, self.id)
    }

    pub(crate) fn to_document(&self, f: &Fields) -> TantivyDocument {
        let mut d = TantivyDocument::default();
        d.add_text(f.key, self.key());
        d.add_text(f.id, self.id.to_string());
        d.add_text(f.kind, self.kind.code());
        d.add_text(f.name, &self.name);
        d.add_text(f.name_exact, &self.name);
        d.add_text(f.description, &self.description);
        if let Some((pid, pname)) = &self.provider {
            d.add_text(f.provider, pname);
            d.add_text(f.provider_id, pid.to_string());
        }
        // The words a record is filed under: alternate names, fields of action, target groups.
        let mut keywords: Vec<&str> = self.alternate_names.iter().map(String::as_str).collect();
        keywords.extend(self.fields.iter().map(|x| x.label_de()));
        keywords.extend(self.groups.iter().map(|x| x.label_de()));
        let keywords = keywords.join(" · ");
        let places = self.places.join(" · ");
        for (text, weight) in [
            (self.name.as_str(), WEIGHT_NAME),
            (&keywords, WEIGHT_KEYWORDS),
            (&places, WEIGHT_PLACES),
            (&self.description, WEIGHT_DESCRIPTION),
        ] {
            if text.is_empty() {
                continue;
            }
            for _ in 0..weight {
                d.add_text(f.all, text);
                d.add_text(f.all_exact, text);
            }
        }
        // The provider's name weighs less than the description: it has a field of its own,
        // searched besides `all`; `all_exact` has it for the exact word and prefixes.
        if let Some((_, pname)) = &self.provider {
            d.add_text(f.all_exact, pname);
        }
        // English labels of the taxonomies are searchable in English.
        let english: Vec<&str> = self
            .fields
            .iter()
            .map(|x| x.label_en())
            .chain(self.groups.iter().map(|x| x.label_en()))
            .collect();
        d.add_text(f.other[0], english.join(" · "));
        for (lang, text) in &self.translations {
            if let Some(i) = OTHER_LANGUAGES.iter().position(|l| *l == lang.as_str()) {
                d.add_text(f.other[i], text);
            }
        }
        d.add_u64(f.f_kind, self.kind as u64);
        d.add_u64(
            f.f_fields,
            self.fields.iter().fold(0, |m, x| m | 1 << (*x as u64)),
        );
        d.add_u64(
            f.f_groups,
            self.groups.iter().fold(0, |m, x| m | 1 << (*x as u64)),
        );
        d.add_u64(f.f_flags, flags(self));
        d.add_i64(f.f_valid_from, self.valid_from.map_or(i64::MIN, day_number));
        d.add_i64(f.f_valid_to, self.valid_to.map_or(i64::MAX, day_number));
        d.add_u64(f.f_name_key, name_key(&self.name));
        d.add_i64(f.f_updated, self.updated);
        for l in &self.languages {
            d.add_u64(f.f_langs, encode_lang(l.as_str()));
        }
        for r in &self.regions {
            d.add_u64(f.f_regions, encode_ags(r));
        }
        for a in &self.areas {
            d.add_u64(f.f_areas, encode_ags(a));
        }
        for (lat, lon) in &self.coords {
            d.add_u64(f.f_coords, encode_coords(*lat, *lon));
        }
        d
    }
}

// How often each text goes into `all` and `all_exact`: field weights at index time, as in
// BM25F (a field's weight multiplies its term frequencies and its length before BM25
// saturates them). Searching one field instead of one per role reads each word's postings
// once. The name weighs most, through its own field besides (see `query.rs`).
const WEIGHT_NAME: usize = 1;
const WEIGHT_KEYWORDS: usize = 2;
const WEIGHT_PLACES: usize = 2;
const WEIGHT_DESCRIPTION: usize = 1;

pub(crate) fn key(kind: Kind, id: Id) -> String {
    format!("{}:{id}", kind.code())
}

pub(crate) const FLAG_FREE: u64 = 1;
pub(crate) const FLAG_ACCESSIBLE: u64 = 1 << 1;
pub(crate) const FLAG_EVENING: u64 = 1 << 2;
/// Days occupy bits 8..15 (Monday = bit 8).
pub(crate) const DAY_SHIFT: u64 = 8;

fn flags(d: &IndexDoc) -> u64 {
    let mut m = 0;
    if d.free {
        m |= FLAG_FREE;
    }
    if d.accessible {
        m |= FLAG_ACCESSIBLE;
    }
    if d.evening {
        m |= FLAG_EVENING;
    }
    for day in &d.days {
        m |= 1 << (DAY_SHIFT + *day as u64);
    }
    m
}

pub(crate) fn day_number(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

/// An AGS as a number that keeps its length: `06` and `006` must not meet.
pub fn encode_ags(a: &Ags) -> u64 {
    let s = a.as_str();
    let value: u64 = s.parse().unwrap_or(0);
    ((s.len() as u64) << 56) | value
}

pub fn decode_ags(v: u64) -> Option<Ags> {
    let len = (v >> 56) as usize;
    let value = v & ((1 << 56) - 1);
    Ags::parse(&format!("{value:0len$}")).ok()
}

/// A language code (2–3 letters a–z) packed into a number, 5 bits per letter.
pub(crate) fn encode_lang(code: &str) -> u64 {
    code.bytes().take(3).fold(0, |acc, b| {
        (acc << 5) | u64::from(b.to_ascii_lowercase().saturating_sub(b'a' - 1) & 31)
    })
}

pub(crate) fn decode_lang(v: u64) -> String {
    let mut out = Vec::new();
    let mut v = v;
    while v > 0 {
        out.push(b'a' - 1 + (v & 31) as u8);
        v >>= 5;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn encode_coords(lat: f64, lon: f64) -> u64 {
    (u64::from((lat as f32).to_bits()) << 32) | u64::from((lon as f32).to_bits())
}

pub(crate) fn decode_coords(v: u64) -> (f64, f64) {
    (
        f64::from(f32::from_bits((v >> 32) as u32)),
        f64::from(f32::from_bits(v as u32)),
    )
}

/// A sort key for names: the first eight bytes of the folded name, big-endian.
pub(crate) fn name_key(name: &str) -> u64 {
    let folded = atlas_analysis::fold(name.trim());
    let mut bytes = [0u8; 8];
    for (slot, b) in bytes.iter_mut().zip(folded.bytes()) {
        *slot = b;
    }
    u64::from_be_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ags_and_languages_round_trip() {
        for s in ["06", "064", "06435", "06435014"] {
            let a = Ags::parse(s).unwrap();
            assert_eq!(decode_ags(encode_ags(&a)), Some(a));
        }
        assert_ne!(
            encode_ags(&Ags::parse("064").unwrap()),
            encode_ags(&Ags::parse("06").unwrap())
        );
        for l in ["de", "tr", "uk", "fa", "deu"] {
            assert_eq!(decode_lang(encode_lang(l)), l);
        }
        let (lat, lon) = decode_coords(encode_coords(50.1316, 8.9208));
        assert!((lat - 50.1316).abs() < 1e-5 && (lon - 8.9208).abs() < 1e-5);
        assert!(name_key("Ärztehaus") < name_key("Beratung"));
    }
}
