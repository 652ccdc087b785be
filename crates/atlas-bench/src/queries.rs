//! The query mix: classes of queries (single word, compound, misspelling, two words, filters
//! only, filters with text, near a postcode, and suggestions while typing), each drawn
//! deterministically from a pool, and their two spellings: a `SearchRequest` for in-process
//! calls and a URL for HTTP (suggestions are not part of the HTTP mix).

use anyhow::{Context, Result};
use atlas_app::{Atlas, SearchRequest, Sort};
use atlas_model::{Ags, FieldOfAction, Postcode, TargetGroup};

use crate::generate::World;
use crate::rng::Rng;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Single,
    Compound,
    Misspelt,
    TwoWords,
    Filters,
    FiltersText,
    Near,
    NearText,
    Suggest,
}

impl Class {
    pub const ALL: [Class; 9] = [
        Class::Single,
        Class::Compound,
        Class::Misspelt,
        Class::TwoWords,
        Class::Filters,
        Class::FiltersText,
        Class::Near,
        Class::NearText,
        Class::Suggest,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Class::Single => "single word",
            Class::Compound => "compound",
            Class::Misspelt => "misspelt",
            Class::TwoWords => "two words",
            Class::Filters => "filters only",
            Class::FiltersText => "filters + text",
            Class::Near => "near postcode",
            Class::NearText => "near + text",
            Class::Suggest => "suggest",
        }
    }

    pub fn example(self) -> &'static str {
        match self {
            Class::Single => "`deutschkurs`",
            Class::Compound => "`Hausaufgabenhilfe`",
            Class::Misspelt => "`Migratonsberatung`",
            Class::TwoWords => "`Sprachkurs Frauen`",
            Class::Filters => "field + group + Kreis, no text",
            Class::FiltersText => "`beratung` + field + group + Kreis",
            Class::Near => "near=PLZ, radius 10–25 km, sort=distance, no text",
            Class::NearText => "`sprachcafé` near=PLZ, radius 25 km, sort=distance",
            Class::Suggest => {
                "`Hausaufg`: `Atlas::suggest` of the opening 3–9 letters, 8 suggestions"
            }
        }
    }

    /// Text classes are also run against FTS5.
    pub fn is_text_only(self) -> bool {
        matches!(
            self,
            Class::Single | Class::Compound | Class::Misspelt | Class::TwoWords
        )
    }
}

const SINGLE: &[&str] = &[
    "deutschkurs",
    "beratung",
    "kurs",
    "sprachcafé",
    "integrationskurs",
    "frauen",
    "sport",
    "dolmetscher",
    "bewerbung",
    "schwimmkurs",
    "elterncafe",
    "hausaufgaben",
    "anerkennung",
    "senioren",
    "nähcafé",
];

const COMPOUND: &[&str] = &[
    "Hausaufgabenhilfe",
    "Migrationsberatung",
    "Anerkennungsberatung",
    "Jugendmigrationsdienst",
    "Frauentreff",
    "Dolmetscherpool",
    "Elterncafé",
    "Integrationskurs",
    "Sprachkurs",
    "Sportverein",
    "Flüchtlingsberatung",
    "Bewerbungstraining",
    "Gesundheitslotsen",
    "Seniorentreff",
    "Frauencafé",
];

const MISSPELT: &[&str] = &[
    "Migratonsberatung",
    "Intergrationskurs",
    "Hausaufgabehilfe",
    "Dolmetscherpol",
    "Anerkenungsberatung",
    "Jugendmigrationsdinst",
    "Frauentref",
    "Bewerbungstrainig",
    "Deutschkurz",
    "Schwimkurs",
    "Sprachkaffee",
    "Elterncafee",
];

const TWO_WORDS: &[&str] = &[
    "Sprachkurs Frauen",
    "Beratung Kassel",
    "Deutschkurs Offenbach",
    "Hausaufgabenhilfe Grundschule",
    "Sport Jugendliche",
    "Migrationsberatung arabisch",
    "Elterncafé Kita",
    "Anerkennung Abschluss",
    "Integrationskurs Kinderbetreuung",
    "Schwimmkurs Frauen",
    "Beratung Wohnung",
    "Deutsch Beruf",
];

const FILTER_TEXT: &[&str] = &[
    "beratung", "kurs", "deutsch", "treff", "café", "hilfe", "training",
];

const FIELD_GROUPS: &[(&str, &str)] = &[
    ("sprachfoerderung", "frauen"),
    ("sprachfoerderung", "neuzugewanderte"),
    ("bildung", "kinder"),
    ("arbeit", "fachkraefte"),
    ("jugend-soziales", "gefluechtete"),
    ("teilhabe", "alle"),
    ("sport", "jugendliche"),
    ("gesundheit", "frauen"),
    ("bildung", "eltern"),
    ("kultur-religion", "alle"),
];

/// One query of the mix.
#[derive(Debug, Clone)]
pub struct Query {
    pub text: String,
    pub field: Option<&'static str>,
    pub group: Option<&'static str>,
    pub region: Option<String>,
    pub near: Option<String>,
    pub radius_km: Option<f64>,
}

impl Query {
    /// The request `Atlas::search` gets (as the API would build it), 20 per page.
    pub fn request(&self, atlas: &Atlas) -> Result<SearchRequest> {
        let mut req = SearchRequest {
            text: self.text.clone(),
            limit: 20,
            ..SearchRequest::default()
        };
        if let Some(f) = self.field {
            req.fields.push(FieldOfAction::parse(f)?);
        }
        if let Some(g) = self.group {
            req.groups.push(TargetGroup::parse(g)?);
        }
        if let Some(r) = &self.region {
            let ags = Ags::parse(r)?;
            req.regions.push(
                atlas
                    .region_filter(&ags)?
                    .with_context(|| format!("unknown region {r}"))?,
            );
        }
        if let Some(p) = &self.near {
            let pc = Postcode::parse(p)?;
            req.near = Some(
                atlas
                    .gazetteer()
                    .postcode_centre(&pc)
                    .with_context(|| format!("unknown postcode {p}"))?,
            );
            req.radius_km = self.radius_km;
            req.sort = Sort::Distance;
        }
        Ok(req)
    }

    /// The path and query of the same search through the API.
    pub fn url(&self) -> String {
        let mut s = String::from("/api/v1/search?per_page=20");
        let mut add = |k: &str, v: &str| {
            s.push('&');
            s.push_str(k);
            s.push('=');
            s.push_str(&urlencode(v));
        };
        if !self.text.is_empty() {
            add("q", &self.text);
        }
        if let Some(f) = self.field {
            add("field", f);
        }
        if let Some(g) = self.group {
            add("group", g);
        }
        if let Some(r) = &self.region {
            add("region", r);
        }
        if let Some(p) = &self.near {
            add("near", p);
            if let Some(km) = self.radius_km {
                add("radius_km", &km.to_string());
            }
            add("sort", "distance");
        }
        s
    }
}

fn urlencode(v: &str) -> String {
    let mut out = String::new();
    for b in v.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `count` queries of `class`, drawn deterministically from its pool.
pub fn draw(class: Class, world: &World, seed: u64, count: usize) -> Vec<Query> {
    let mut rng = Rng::for_item(seed, 100, class as u64);
    (0..count).map(|_| one(class, world, &mut rng)).collect()
}

fn one(class: Class, world: &World, rng: &mut Rng) -> Query {
    let mut q = Query {
        text: String::new(),
        field: None,
        group: None,
        region: None,
        near: None,
        radius_km: None,
    };
    let filters = |q: &mut Query, rng: &mut Rng| {
        let (f, g) = *rng.pick(FIELD_GROUPS);
        q.field = Some(f);
        q.group = Some(g);
        q.region = Some(rng.pick(&world.kreise).0.clone());
    };
    let near = |q: &mut Query, rng: &mut Rng, radius: f64| {
        let town = world.town(rng);
        q.near = Some(rng.pick(&town.places).postcode.clone());
        q.radius_km = Some(radius);
    };
    match class {
        Class::Single => q.text = (*rng.pick(SINGLE)).to_owned(),
        Class::Compound => q.text = (*rng.pick(COMPOUND)).to_owned(),
        Class::Misspelt => q.text = (*rng.pick(MISSPELT)).to_owned(),
        Class::TwoWords => q.text = (*rng.pick(TWO_WORDS)).to_owned(),
        Class::Filters => filters(&mut q, rng),
        Class::FiltersText => {
            filters(&mut q, rng);
            q.text = (*rng.pick(FILTER_TEXT)).to_owned();
        }
        Class::Near => {
            let radius = *rng.pick(&[10.0, 25.0]);
            near(&mut q, rng, radius);
        }
        Class::NearText => {
            near(&mut q, rng, 25.0);
            q.text = (*rng.pick(SINGLE)).to_owned();
        }
        Class::Suggest => {
            let word = if rng.chance(0.5) {
                *rng.pick(SINGLE)
            } else {
                *rng.pick(COMPOUND)
            };
            let letters = word.chars().count();
            let typed = rng.range(3.min(letters), 9.min(letters));
            q.text = word.chars().take(typed).collect();
        }
    }
    q
}

/// The distinct texts of a text class's pool (for the recall comparison).
pub fn pool(class: Class) -> &'static [&'static str] {
    match class {
        Class::Single => SINGLE,
        Class::Compound => COMPOUND,
        Class::Misspelt => MISSPELT,
        Class::TwoWords => TWO_WORDS,
        _ => &[],
    }
}
