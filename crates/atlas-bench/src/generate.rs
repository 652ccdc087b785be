//! The deterministic data generator: realistic integration offers in real Hessian towns
//! (regions and postcodes from the data `atlas-geo` embeds), written as HSDS pages that go
//! through `Atlas::import` like any import. Offer `i` depends only on the seed and `i`, so a
//! chunk can be generated on its own, and the FTS5 comparison gets exactly the same texts.

use std::collections::HashMap;
use std::ops::Range;

use anyhow::{Context, Result};
use atlas_geo::Gazetteer;
use atlas_model::{Region, RegionLevel};
use serde_json::{Value, json};

use crate::rng::Rng;
use crate::vocab::{
    CONTACT_NAMES, GENERAL_SENTENCES, LANGUAGES, NETWORK_KINDS, OFFER_KINDS, PLACE_NAMES,
    PROVIDER_KINDS, PROVIDER_SUFFIXES, STREETS,
};

/// Offers per provider.
pub const OFFERS_PER_PROVIDER: usize = 20;
/// Providers per network.
const PROVIDERS_PER_NETWORK: usize = 40;

const S_PROVIDER: u64 = 1;
const S_OFFER: u64 = 2;
const S_NETWORK: u64 = 3;
const S_FRESH: u64 = 4;

// Id tags: the first group of a generated UUID says what it names.
const T_ORG: u32 = 0x0a71_0001;
const T_LOCATION: u32 = 0x0a71_0002;
const T_SERVICE: u32 = 0x0a71_0003;
const T_SUB: u32 = 0x0a71_0004;
const T_NETWORK: u32 = 0x0a71_0005;
const T_FRESH: u32 = 0x0a71_0006;

/// A deterministic UUID (version-4 layout) for item `n`, sub-object `sub`.
fn uuid(tag: u32, sub: u32, n: u64) -> String {
    format!(
        "{tag:08x}-{:04x}-4{:03x}-8000-{n:012x}",
        sub >> 12,
        sub & 0xfff
    )
}

/// A postcode area of a town, as the postcode list has it.
#[derive(Debug, Clone)]
pub struct Place {
    pub postcode: String,
    pub city: String,
    pub lat: f64,
    pub lon: f64,
}

/// A Gemeinde with the postcode places that resolve to it.
#[derive(Debug, Clone)]
pub struct Town {
    pub name: String,
    pub gemeinde: String,
    pub kreis: String,
    pub kreis_name: String,
    pub places: Vec<Place>,
}

/// The towns of Hessen, weighted by population.
#[derive(Debug)]
pub struct World {
    pub towns: Vec<Town>,
    cumulative: Vec<u64>,
    /// (AGS, short name) of every Kreis and kreisfreie Stadt.
    pub kreise: Vec<(String, String)>,
}

impl World {
    pub fn embedded() -> Result<Self> {
        let (gazetteer, regions) = Gazetteer::embedded().context("embedded regions")?;
        let places =
            atlas_geo::parse_postcodes(atlas_geo::embedded::POSTCODES_DE).context("postcodes")?;
        let by_ags: HashMap<&str, &Region> = regions.iter().map(|r| (r.ags.as_str(), r)).collect();
        let mut towns: HashMap<String, Town> = HashMap::new();
        for p in places.iter().filter(|p| p.kreis.as_str().starts_with("06")) {
            let Some(gemeinde) = gazetteer.resolve_gemeinde(&p.postcode, &p.place) else {
                continue;
            };
            let Some(region) = by_ags.get(gemeinde.as_str()) else {
                continue;
            };
            let Some(kreis) = region.parent.as_ref().and_then(|k| by_ags.get(k.as_str())) else {
                continue;
            };
            let town = towns
                .entry(gemeinde.as_str().to_owned())
                .or_insert_with(|| Town {
                    name: region.short_name().to_owned(),
                    gemeinde: gemeinde.as_str().to_owned(),
                    kreis: kreis.ags.as_str().to_owned(),
                    kreis_name: kreis.short_name().to_owned(),
                    places: Vec::new(),
                });
            town.places.push(Place {
                postcode: p.postcode.as_str().to_owned(),
                city: p.place.clone(),
                lat: p.latitude,
                lon: p.longitude,
            });
        }
        let mut towns: Vec<Town> = towns.into_values().collect();
        towns.sort_by(|a, b| a.gemeinde.cmp(&b.gemeinde));
        for t in &mut towns {
            t.places
                .sort_by(|a, b| (&a.postcode, &a.city).cmp(&(&b.postcode, &b.city)));
            t.places
                .dedup_by(|a, b| a.postcode == b.postcode && a.city == b.city);
        }
        anyhow::ensure!(
            !towns.is_empty(),
            "no Hessian postcode resolves to a Gemeinde"
        );
        let mut cumulative = Vec::with_capacity(towns.len());
        let mut sum = 0u64;
        for t in &towns {
            let population = by_ags
                .get(t.gemeinde.as_str())
                .and_then(|r| r.population)
                .unwrap_or(1000);
            sum += population.max(1);
            cumulative.push(sum);
        }
        let mut kreise: Vec<(String, String)> = regions
            .iter()
            .filter(|r| r.level == RegionLevel::Kreis)
            .map(|r| (r.ags.as_str().to_owned(), r.short_name().to_owned()))
            .collect();
        kreise.sort();
        Ok(Self {
            towns,
            cumulative,
            kreise,
        })
    }

    /// A town drawn by population.
    pub fn town(&self, rng: &mut Rng) -> &Town {
        &self.towns[self.rng_town(rng)]
    }

    fn rng_town(&self, rng: &mut Rng) -> usize {
        rng.weighted(&self.cumulative).min(self.towns.len() - 1)
    }

    /// Number of postcode places (for the report).
    pub fn place_count(&self) -> usize {
        self.towns.iter().map(|t| t.places.len()).sum()
    }
}

/// A generated location of a provider.
#[derive(Debug, Clone)]
struct LocationSpec {
    id: String,
    json: Value,
}

/// A generated provider.
#[derive(Debug, Clone)]
struct Provider {
    id: String,
    name: String,
    town: usize,
    kind: usize,
    locations: Vec<LocationSpec>,
    json: Value,
}

/// Generates offers `0..n` (and their providers and networks) for one seed.
#[derive(Debug)]
pub struct Generator<'w> {
    world: &'w World,
    seed: u64,
    offers: usize,
}

impl<'w> Generator<'w> {
    pub fn new(world: &'w World, seed: u64, offers: usize) -> Self {
        Self {
            world,
            seed,
            offers,
        }
    }

    pub fn offers(&self) -> usize {
        self.offers
    }

    pub fn providers(&self) -> usize {
        self.offers.div_ceil(OFFERS_PER_PROVIDER)
    }

    pub fn networks(&self) -> usize {
        (self.providers() / PROVIDERS_PER_NETWORK).max(1)
    }

    fn provider(&self, p: usize) -> Provider {
        let mut rng = Rng::for_item(self.seed, S_PROVIDER, p as u64);
        let weights: Vec<u64> = PROVIDER_KINDS
            .iter()
            .scan(0, |s, k| {
                *s += k.weight;
                Some(*s)
            })
            .collect();
        let kind_index = rng.weighted(&weights).min(PROVIDER_KINDS.len() - 1);
        let kind = &PROVIDER_KINDS[kind_index];
        let town_index = self.world.rng_town(&mut rng);
        let town = &self.world.towns[town_index];
        let prefix = rng.pick(kind.prefixes);
        let name = format!(
            "{}{}",
            kind.pattern
                .replace("{prefix}", prefix)
                .replace("{town}", &town.name),
            rng.pick(PROVIDER_SUFFIXES)
        );
        let id = uuid(T_ORG, 0, p as u64);
        let host = format!("traeger-{p}.example.org");
        let n_locations = rng.range(1, 3);
        let mut locations = Vec::with_capacity(n_locations);
        for j in 0..n_locations {
            let place = rng.pick(&town.places);
            let street = rng.pick(STREETS);
            let number = rng.range(1, 120);
            let lat = place.lat + (rng.unit() - 0.5) * 0.01;
            let lon = place.lon + (rng.unit() - 0.5) * 0.015;
            let n = (p * 4 + j) as u64;
            let lid = uuid(T_LOCATION, 0, n);
            let step_free = rng.chance(0.35);
            let mut loc = json!({
                "id": lid,
                "location_type": "physical",
                "name": format!("{} {}", rng.pick(PLACE_NAMES), town.name),
                "latitude": (lat * 1e6).round() / 1e6,
                "longitude": (lon * 1e6).round() / 1e6,
                "transportation": format!("Bus {}, Haltestelle {}", rng.range(1, 60), street),
                "addresses": [{
                    "id": uuid(T_LOCATION, 1, n),
                    "address_1": format!("{street} {number}"),
                    "city": place.city,
                    "state_province": "Hessen",
                    "postal_code": place.postcode,
                    "country": "DE",
                    "address_type": "physical",
                }],
            });
            if step_free {
                loc["accessibility"] = json!([{
                    "id": uuid(T_LOCATION, 2, n),
                    "description": "Stufenloser Zugang, Aufzug vorhanden",
                    "x_step_free": true,
                }]);
            }
            locations.push(LocationSpec { id: lid, json: loc });
        }
        let json = json!({
            "id": id,
            "name": name,
            "description": format!("{} Sitz ist {}.", kind.description, town.name),
            "email": format!("info@{host}"),
            "website": format!("https://{host}/"),
            "phones": [{"id": uuid(T_ORG, 1, p as u64), "number": format!("0000 {:06}", p % 1_000_000)}],
        });
        Provider {
            id,
            name,
            town: town_index,
            kind: kind_index,
            locations,
            json,
        }
    }

    /// Name and description of offer `i` (also what the FTS5 table holds).
    pub fn offer_text(&self, i: usize) -> (String, String) {
        let provider = self.provider(i / OFFERS_PER_PROVIDER);
        let v = self.offer_with(i, &provider);
        (
            v["name"].as_str().unwrap_or_default().to_owned(),
            v["description"].as_str().unwrap_or_default().to_owned(),
        )
    }

    fn offer_with(&self, i: usize, provider: &Provider) -> Value {
        let mut rng = Rng::for_item(self.seed, S_OFFER, i as u64);
        let pk = &PROVIDER_KINDS[provider.kind];
        let kind = &OFFER_KINDS[*rng.pick(pk.offers)];
        let town = &self.world.towns[provider.town];
        let n = i as u64;
        let mut name = format!("{}{}", rng.pick(kind.names), rng.pick(kind.qualifiers));
        if rng.chance(0.5) {
            name = format!("{name} {}", town.name);
        }
        let k = rng.range(2, 3);
        let mut sentences: Vec<String> = rng
            .sample(kind.sentences, k)
            .into_iter()
            .map(|s| (*s).to_owned())
            .collect();
        let k = rng.range(1, 2);
        for s in rng.sample(GENERAL_SENTENCES, k) {
            sentences.push(
                s.replace("{town}", &town.name)
                    .replace("{provider}", &provider.name),
            );
        }
        let description = sentences.join(" ");

        let mut fields = vec![kind.fields[0]];
        for f in &kind.fields[1..] {
            if rng.chance(0.4) {
                fields.push(f);
            }
        }
        let k = rng.range(1, 2.min(kind.groups.len()));
        let groups = rng.sample(kind.groups, k);
        let mut attributes = Vec::new();
        for (k, code) in fields.iter().enumerate() {
            attributes.push(json!({
                "id": uuid(T_SUB, 0x100 + k as u32, n),
                "taxonomy_term": {"id": uuid(T_SUB, 0x200 + k as u32, n), "code": code,
                    "taxonomy": "integrationsatlas:handlungsfeld"},
            }));
        }
        for (k, code) in groups.iter().enumerate() {
            attributes.push(json!({
                "id": uuid(T_SUB, 0x300 + k as u32, n),
                "taxonomy_term": {"id": uuid(T_SUB, 0x400 + k as u32, n), "code": code,
                    "taxonomy": "integrationsatlas:zielgruppe"},
            }));
        }

        let mut languages =
            vec![json!({"id": uuid(T_SUB, 0x500, n), "code": "de", "name": "Deutsch"})];
        let extra = rng.below(4);
        for (k, (code, lname)) in rng.sample(LANGUAGES, extra).into_iter().enumerate() {
            languages
                .push(json!({"id": uuid(T_SUB, 0x501 + k as u32, n), "code": code, "name": lname}));
        }

        let days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
        let k = rng.range(1, 3);
        let mut byday: Vec<&str> = rng.sample(&days[..5], k).into_iter().copied().collect();
        if rng.chance(0.1) {
            byday.push(*rng.pick(&days[5..]));
        }
        let (opens, closes) = if rng.chance(0.15) {
            (
                format!("{}:30", rng.range(17, 18)),
                format!("{}:00", rng.range(20, 21)),
            )
        } else {
            let o = rng.range(8, 14);
            (
                format!("{o:02}:00"),
                format!("{:02}:30", o + rng.range(1, 3)),
            )
        };
        let schedules = json!([{
            "id": uuid(T_SUB, 0x600, n), "freq": "WEEKLY", "byday": byday.join(","),
            "opens_at": opens, "closes_at": closes,
        }]);

        let cost_options = if rng.chance(kind.paid) {
            json!([{"id": uuid(T_SUB, 0x700, n), "option": "Teilnahmebeitrag",
                "amount": rng.range(5, 150), "currency": "EUR"}])
        } else if rng.chance(0.8) {
            json!([{"id": uuid(T_SUB, 0x700, n), "option": "Teilnahme", "amount": 0, "currency": "EUR"}])
        } else {
            json!([])
        };

        let mut sals = vec![&provider.locations[0]];
        if provider.locations.len() > 1 && rng.chance(0.4) {
            sals = vec![rng.pick(&provider.locations)];
            if rng.chance(0.25) {
                sals = provider.locations.iter().take(2).collect();
            }
        }
        let service_at_locations: Vec<Value> = sals
            .iter()
            .enumerate()
            .map(|(k, l)| json!({"id": uuid(T_SUB, 0x800 + k as u32, n), "location": l.json}))
            .collect();

        let contact = rng.pick(CONTACT_NAMES);
        let mut v = json!({
            "id": uuid(T_SERVICE, 0, n),
            "organization_id": provider.id,
            "name": name,
            "description": description,
            "status": "active",
            "url": format!("https://traeger-{}.example.org/angebote/{i}", i / OFFERS_PER_PROVIDER),
            "application_process": "Anmeldung telefonisch, per E-Mail oder persönlich zu den Öffnungszeiten.",
            "phones": [{"id": uuid(T_SUB, 0x900, n), "number": format!("0000 {:06}", i % 1_000_000)}],
            "contacts": [{"id": uuid(T_SUB, 0xa00, n), "name": contact}],
            "schedules": schedules,
            "service_at_locations": service_at_locations,
            "languages": languages,
            "cost_options": cost_options,
            "attributes": attributes,
        });
        if rng.chance(0.4) {
            v["service_areas"] = json!([{"id": uuid(T_SUB, 0xb00, n), "name": town.kreis_name,
                "x_ags": town.kreis}]);
        }
        let validity = rng.unit();
        if validity < 0.02 {
            // A project that has ended.
            v["x_valid_from"] = json!("2023-01-01");
            v["x_valid_to"] = json!(if rng.chance(0.5) {
                "2024-12-31"
            } else {
                "2025-06-30"
            });
        } else if validity < 0.12 {
            v["x_valid_from"] = json!("2025-01-01");
            v["x_valid_to"] = json!("2027-12-31");
        }
        if rng.chance(0.08) {
            v["x_translations"] = json!({"en": {
                "name": format!("{} in {}", kind.english, town.name),
                "description": format!("{} offered by {} in {}.", kind.english, provider.name, town.name),
            }});
        }
        v
    }

    /// The HSDS page with offers `range` and their providers (locations nested in the offers).
    pub fn page(&self, range: Range<usize>) -> String {
        let first = range.start / OFFERS_PER_PROVIDER;
        let last = (range.end.max(1) - 1) / OFFERS_PER_PROVIDER;
        let providers: Vec<Provider> = (first..=last).map(|p| self.provider(p)).collect();
        let contents: Vec<Value> = range
            .clone()
            .map(|i| self.offer_with(i, &providers[i / OFFERS_PER_PROVIDER - first]))
            .collect();
        let orgs: Vec<&Value> = providers.iter().map(|p| &p.json).collect();
        let page = json!({
            "total_items": contents.len(),
            "contents": contents,
            "x_organizations": orgs,
        });
        page.to_string()
    }

    /// A page with all networks (members are providers already in the store).
    pub fn networks_page(&self) -> String {
        let providers = self.providers();
        let mut nets = Vec::new();
        for k in 0..self.networks() {
            let mut rng = Rng::for_item(self.seed, S_NETWORK, k as u64);
            let first = (k * PROVIDERS_PER_NETWORK).min(providers - 1);
            let coordinator = self.provider(first);
            let town = &self.world.towns[coordinator.town];
            let mut members =
                vec![json!({"organization_id": coordinator.id, "role": "Koordination"})];
            let count = rng.range(3, 8);
            for m in 1..=count {
                let p = first + m * 3;
                if p < providers {
                    members.push(
                        json!({"organization_id": uuid(T_ORG, 0, p as u64), "role": "Mitglied"}),
                    );
                }
            }
            let kind = rng.pick(NETWORK_KINDS);
            nets.push(json!({
                "id": uuid(T_NETWORK, 0, k as u64),
                "name": format!("{kind} {}", town.kreis_name),
                "description": format!("Im {kind} {} stimmen sich Träger, Verwaltung und Initiativen über Angebote und Bedarfe ab.", town.kreis_name),
                "coordinator_organization_id": coordinator.id,
                "members": members,
                "meeting_rhythm": "viermal im Jahr",
                "fields_of_action": ["teilhabe"],
                "region_ags": town.kreis,
            }));
        }
        json!({"contents": [], "x_networks": nets}).to_string()
    }

    /// Locations of all providers.
    pub fn location_count(&self) -> usize {
        (0..self.providers())
            .map(|p| self.provider(p).locations.len())
            .sum()
    }

    /// A new offer for the freshness test: provider 0, its first location, a unique word.
    /// `salt` makes ids and words differ between runs over the same store.
    pub fn fresh_offer(&self, k: usize, salt: u64) -> (String, String, String) {
        let k = (salt << 16) ^ k as u64;
        let mut rng = Rng::for_item(self.seed, S_FRESH, k);
        let consonants = b"bdfgklmnprstvz";
        let vowels = b"aeiou";
        let mut word = String::from("Q");
        for j in 0..9 {
            let set: &[u8] = if j % 2 == 0 { vowels } else { consonants };
            word.push(char::from(*rng.pick(set)));
        }
        let id = uuid(T_FRESH, 0, k);
        let provider = self.provider(0);
        let page = json!({"contents": [{
            "id": id,
            "organization_id": provider.id,
            "name": format!("Sprachcafé {word}"),
            "description": format!("Neues Angebot {word}: Deutsch üben im Gespräch."),
            "status": "active",
            "service_at_locations": [{"id": uuid(T_FRESH, 1, k), "location_id": provider.locations[0].id}],
            "attributes": [{"id": uuid(T_FRESH, 2, k), "taxonomy_term": {
                "code": "sprachfoerderung", "taxonomy": "integrationsatlas:handlungsfeld"}}],
        }]});
        (id, word, page.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_parse_and_are_deterministic() {
        let world = World::embedded().unwrap();
        let g = Generator::new(&world, 42, 100);
        let a = g.page(0..50);
        let b = g.page(0..50);
        assert_eq!(a, b);
        let data = atlas_hsds::parse("gen.json", &a).unwrap();
        assert_eq!(data.services.len(), 50);
        assert_eq!(data.organizations.len(), 3);
        let (name, description) = g.offer_text(7);
        assert_eq!(data.services[7].name, name);
        assert_eq!(
            data.services[7].description.as_deref(),
            Some(description.as_str())
        );
        atlas_hsds::parse("nets.json", &g.networks_page()).unwrap();
        let (_, _, fresh) = g.fresh_offer(0, 1);
        atlas_hsds::parse("fresh.json", &fresh).unwrap();
    }
}
