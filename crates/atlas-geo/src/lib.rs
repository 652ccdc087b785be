//! Regions and postcodes: parses the official region directory (Destatis GV100AD, Hessen) and
//! the GeoNames postcode list, resolves a postcode and town to its Gemeinde, and measures
//! distances. The data files ship in `data/` and are compiled into the binary.
//!
//! Architecture invariant: this crate reads no files and opens no database; it parses text it
//! is given (or the embedded copies) and answers questions about it.

use std::collections::HashMap;

use atlas_model::{Ags, Postcode, Region, RegionLevel};
use serde::Deserialize;

/// The embedded data files, with their sources in `data/*/SOURCE.md`.
pub mod embedded {
    pub const HESSEN_KREISE: &str =
        include_str!("../../../data/regions/hessen_kreise_30112025.csv");
    pub const HESSEN_GEMEINDEN: &str =
        include_str!("../../../data/regions/hessen_gemeinden_30112025.csv");
    pub const POSTCODES_DE: &str = include_str!("../../../data/geo/zipcodes.de.csv");
}

#[derive(Debug, thiserror::Error)]
pub enum GeoError {
    #[error("{file}, line {line}: {reason}")]
    Parse {
        file: &'static str,
        line: u64,
        reason: String,
    },
}

fn parse_err(file: &'static str, line: u64, reason: impl ToString) -> GeoError {
    GeoError::Parse {
        file,
        line,
        reason: reason.to_string(),
    }
}

#[derive(Deserialize)]
struct KreisRow {
    kreis_ags: String,
    name: String,
    typ: String,
    rb_code: String,
    rb_name: String,
    population: u64,
}

#[derive(Deserialize)]
struct GemeindeRow {
    ags: String,
    name: String,
    typ: String,
    kreis_ags: String,
    area_ha: u64,
    population: u64,
}

/// All regions of Hessen: the Land, its Regierungsbezirke, Kreise and Gemeinden (without the
/// four uninhabited gemeindefreie Gebiete).
pub fn parse_hessen_regions(
    kreise_csv: &str,
    gemeinden_csv: &str,
) -> Result<Vec<Region>, GeoError> {
    const KF: &str = "hessen_kreise.csv";
    const GF: &str = "hessen_gemeinden.csv";
    let ags = |file, line, s: &str| Ags::parse(s).map_err(|e| parse_err(file, line, e));
    let mut regions = vec![Region {
        ags: ags(KF, 0, "06")?,
        level: RegionLevel::Land,
        name: "Hessen".into(),
        kind: "Land".into(),
        parent: None,
        population: None,
        area_ha: None,
    }];
    let mut bezirke: Vec<(String, String)> = Vec::new();
    let mut kreise = Vec::new();
    let mut reader = csv::Reader::from_reader(kreise_csv.as_bytes());
    for (i, row) in reader.deserialize::<KreisRow>().enumerate() {
        let line = i as u64 + 2;
        let row = row.map_err(|e| parse_err(KF, line, e))?;
        if !bezirke.iter().any(|(c, _)| *c == row.rb_code) {
            bezirke.push((row.rb_code.clone(), row.rb_name.clone()));
        }
        kreise.push(Region {
            ags: ags(KF, line, &row.kreis_ags)?,
            level: RegionLevel::Kreis,
            name: row.name,
            kind: row.typ,
            parent: Some(ags(KF, line, &row.rb_code)?),
            population: Some(row.population),
            area_ha: None,
        });
    }
    for (code, name) in bezirke {
        regions.push(Region {
            ags: ags(KF, 0, &code)?,
            level: RegionLevel::Regierungsbezirk,
            name: name.replace("Reg.-Bez.", "Regierungsbezirk"),
            kind: "Regierungsbezirk".into(),
            parent: Some(ags(KF, 0, "06")?),
            population: None,
            area_ha: None,
        });
    }
    let mut reader = csv::Reader::from_reader(gemeinden_csv.as_bytes());
    let mut area_by_kreis: HashMap<String, u64> = HashMap::new();
    let mut gemeinden = Vec::new();
    for (i, row) in reader.deserialize::<GemeindeRow>().enumerate() {
        let line = i as u64 + 2;
        let row = row.map_err(|e| parse_err(GF, line, e))?;
        if row.typ.starts_with("Gemeindefreies Gebiet") {
            // Unincorporated forest areas: no inhabitants, no offers, not a municipality.
            continue;
        }
        let parent = ags(GF, line, &row.kreis_ags)?;
        if !kreise.iter().any(|k| k.ags == parent) {
            return Err(parse_err(
                GF,
                line,
                format!("unknown Kreis {}", row.kreis_ags),
            ));
        }
        *area_by_kreis.entry(row.kreis_ags.clone()).or_default() += row.area_ha;
        gemeinden.push(Region {
            ags: ags(GF, line, &row.ags)?,
            level: RegionLevel::Gemeinde,
            name: row.name,
            kind: row.typ,
            parent: Some(parent),
            population: Some(row.population),
            area_ha: Some(row.area_ha),
        });
    }
    for k in &mut kreise {
        k.area_ha = area_by_kreis.get(k.ags.as_str()).copied();
    }
    regions.extend(kreise);
    regions.extend(gemeinden);
    Ok(regions)
}

/// One place row of the postcode list.
#[derive(Debug, Clone, PartialEq)]
pub struct PostcodePlace {
    pub postcode: Postcode,
    pub place: String,
    /// The Kreis the postcode data puts the place in (may be outdated after territorial changes).
    pub kreis: Ags,
    pub latitude: f64,
    pub longitude: f64,
}

#[derive(Deserialize)]
struct PostcodeRow {
    zipcode: String,
    place: String,
    state_code: String,
    community_code: String,
    latitude: f64,
    longitude: f64,
}

/// Place rows of the GeoNames postcode list. Rows of companies and PO boxes (numeric state code)
/// and rows without a Kreis key are left out.
pub fn parse_postcodes(csv_text: &str) -> Result<Vec<PostcodePlace>, GeoError> {
    const F: &str = "zipcodes.de.csv";
    let mut out = Vec::new();
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    for (i, row) in reader.deserialize::<PostcodeRow>().enumerate() {
        let line = i as u64 + 2;
        let row = row.map_err(|e| parse_err(F, line, e))?;
        let is_place =
            row.state_code.len() == 2 && row.state_code.bytes().all(|b| b.is_ascii_uppercase());
        if !is_place {
            continue;
        }
        let (Ok(postcode), Ok(kreis)) = (
            Postcode::parse(&row.zipcode),
            Ags::parse(&row.community_code),
        ) else {
            continue;
        };
        out.push(PostcodePlace {
            postcode,
            place: row.place,
            kreis,
            latitude: row.latitude,
            longitude: row.longitude,
        });
    }
    Ok(out)
}

/// Great-circle distance in kilometres (haversine, mean Earth radius 6371.0088 km).
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    const R: f64 = 6371.0088;
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * R * h.sqrt().min(1.0).asin()
}

/// Folds a place name for comparison: lower case, umlauts and ß spelled out, only letters and
/// digits, and the text before the first comma ("Hanau, Brüder-Grimm-Stadt" → "hanau").
pub fn fold_place(name: &str) -> String {
    let head = name.split(',').next().unwrap_or(name);
    let mut out = String::with_capacity(head.len());
    for c in head.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

/// Answers "which Gemeinde is this address in" and "where is this postcode".
#[derive(Debug)]
pub struct Gazetteer {
    places: HashMap<Postcode, Vec<PostcodePlace>>,
    /// Gemeinden by Kreis key as the postcode data names it.
    gemeinden_by_kreis: HashMap<Ags, Vec<(String, Ags)>>,
}

impl Gazetteer {
    pub fn new(regions: &[Region], places: Vec<PostcodePlace>) -> Self {
        let mut by_code: HashMap<Postcode, Vec<PostcodePlace>> = HashMap::new();
        for p in places {
            by_code.entry(p.postcode.clone()).or_default().push(p);
        }
        let mut gemeinden_by_kreis: HashMap<Ags, Vec<(String, Ags)>> = HashMap::new();
        for r in regions.iter().filter(|r| r.level == RegionLevel::Gemeinde) {
            if let Some(k) = r.ags.kreis_prefix() {
                gemeinden_by_kreis
                    .entry(k)
                    .or_default()
                    .push((fold_place(&r.name), r.ags.clone()));
            }
        }
        Self {
            places: by_code,
            gemeinden_by_kreis,
        }
    }

    /// The gazetteer over the embedded data files.
    pub fn embedded() -> Result<(Self, Vec<Region>), GeoError> {
        let regions = parse_hessen_regions(embedded::HESSEN_KREISE, embedded::HESSEN_GEMEINDEN)?;
        let places = parse_postcodes(embedded::POSTCODES_DE)?;
        Ok((Self::new(&regions, places), regions))
    }

    /// The centre of a postcode area: the mean of its place rows.
    pub fn postcode_centre(&self, postcode: &Postcode) -> Option<(f64, f64)> {
        let rows = self.places.get(postcode)?;
        let n = rows.len() as f64;
        let lat = rows.iter().map(|r| r.latitude).sum::<f64>() / n;
        let lon = rows.iter().map(|r| r.longitude).sum::<f64>() / n;
        Some((lat, lon))
    }

    pub fn knows_postcode(&self, postcode: &Postcode) -> bool {
        self.places.contains_key(postcode)
    }

    /// The Gemeinde (8-digit AGS) of an address, from its postcode and town. `None` when the
    /// postcode is unknown, lies outside the loaded regions, or the town matches no Gemeinde
    /// of the postcode's Kreis.
    pub fn resolve_gemeinde(&self, postcode: &Postcode, city: &str) -> Option<Ags> {
        let rows = self.places.get(postcode)?;
        let city = fold_place(city);
        let mut best: Option<(usize, &Ags)> = None;
        let mut tie = false;
        for row in rows {
            let Some(gemeinden) = self.gemeinden_by_kreis.get(&row.kreis) else {
                continue;
            };
            if gemeinden.len() == 1 {
                // A kreisfreie Stadt is its own only Gemeinde.
                return Some(gemeinden[0].1.clone());
            }
            for (name, ags) in gemeinden {
                let score = [city.as_str(), &fold_place(&row.place)]
                    .iter()
                    .map(|c| common_prefix(c, name))
                    .max()
                    .unwrap_or(0);
                let whole = score == name.len() || score == city.len();
                if score < 5 && !whole {
                    continue;
                }
                match best {
                    Some((s, a)) if s == score && a != ags => tie = true,
                    Some((s, _)) if s >= score => {}
                    _ => {
                        best = Some((score, ags));
                        tie = false;
                    }
                }
            }
        }
        if tie {
            None
        } else {
            best.map(|(_, a)| a.clone())
        }
    }
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer() -> (Gazetteer, Vec<Region>) {
        Gazetteer::embedded().unwrap()
    }

    #[test]
    fn hessen_has_the_official_counts() {
        let (_, regions) = gazetteer();
        let count = |l| regions.iter().filter(|r| r.level == l).count();
        assert_eq!(count(RegionLevel::Land), 1);
        assert_eq!(count(RegionLevel::Regierungsbezirk), 3);
        assert_eq!(count(RegionLevel::Kreis), 26);
        assert_eq!(count(RegionLevel::Gemeinde), 421);
        let mkk = regions.iter().find(|r| r.ags.as_str() == "06435").unwrap();
        assert_eq!(mkk.name, "Main-Kinzig-Kreis");
        assert_eq!(mkk.population, Some(420_914));
    }

    #[test]
    fn addresses_resolve_to_their_gemeinde() {
        let (g, regions) = gazetteer();
        let name = |ags: &Ags| {
            regions
                .iter()
                .find(|r| &r.ags == ags)
                .map(|r| r.short_name().to_owned())
                .unwrap()
        };
        for (plz, city, expect) in [
            ("63450", "Hanau", "Hanau"),
            ("63477", "Maintal", "Maintal"),
            ("63571", "Gelnhausen", "Gelnhausen"),
            ("63065", "Offenbach am Main", "Offenbach am Main"),
            ("34117", "Kassel", "Kassel"),
            ("35578", "Wetzlar", "Wetzlar"),
            ("65183", "Wiesbaden", "Wiesbaden"),
            (
                "61348",
                "Bad Homburg vor der Höhe",
                "Bad Homburg v. d. Höhe",
            ),
            ("63526", "Erlensee", "Erlensee"),
        ] {
            let ags = g
                .resolve_gemeinde(&Postcode::parse(plz).unwrap(), city)
                .unwrap_or_else(|| panic!("{plz} {city} unresolved"));
            assert_eq!(name(&ags), expect, "{plz} {city}");
        }
        // Outside Hessen: no Gemeinde of ours.
        assert_eq!(
            g.resolve_gemeinde(&Postcode::parse("10115").unwrap(), "Berlin"),
            None
        );
    }

    #[test]
    fn distances() {
        let hanau = (50.1316, 8.9208);
        let gelnhausen = (50.2013, 9.1877);
        let d = haversine_km(hanau, gelnhausen);
        assert!((d - 20.3).abs() < 0.5, "{d}");
        assert_eq!(haversine_km(hanau, hanau), 0.0);
    }

    #[test]
    fn place_folding() {
        assert_eq!(fold_place("Hanau, Brüder-Grimm-Stadt"), "hanau");
        assert_eq!(fold_place("Groß-Gerau"), "grossgerau");
        assert_eq!(fold_place("Bad Homburg v. d. Höhe"), "badhomburgvdhoehe");
    }
}
