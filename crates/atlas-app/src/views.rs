//! What the public sees of a record: the record with names of what it points at, regions,
//! labels of taxonomy codes, and whether it currently runs. Only published records are shown.

use atlas_model::{
    Contact, CostOption, FieldOfAction, Id, Language, Location, Network, Organization, Phone,
    RequiredDocument, Schedule, Service, TargetGroup, Translation,
};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

use crate::{AppError, Atlas};

/// Counts of what the public can see.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Stats {
    pub offers: u64,
    pub providers: u64,
    pub networks: u64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NamedRef {
    pub id: Id,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// A taxonomy term with its labels.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TermView {
    pub code: &'static str,
    pub label_de: &'static str,
    pub label_en: &'static str,
}

impl From<FieldOfAction> for TermView {
    fn from(f: FieldOfAction) -> Self {
        Self {
            code: f.code(),
            label_de: f.label_de(),
            label_en: f.label_en(),
        }
    }
}

impl From<TargetGroup> for TermView {
    fn from(g: TargetGroup) -> Self {
        Self {
            code: g.code(),
            label_de: g.label_de(),
            label_en: g.label_en(),
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RegionRef {
    pub ags: String,
    pub name: String,
    pub level: &'static str,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LocationView {
    #[serde(flatten)]
    pub location: Location,
    pub step_free: bool,
    /// Gemeinde, Kreis (from the region table, so territorial changes show at once).
    pub regions: Vec<RegionRef>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OfferView {
    pub id: Id,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub status: &'static str,
    pub provider: NamedRef,
    pub fields_of_action: Vec<TermView>,
    pub target_groups: Vec<TermView>,
    pub languages: Vec<Language>,
    pub free_of_charge: bool,
    pub cost_options: Vec<CostOption>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fees_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_age: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum_age: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_process: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interpretation_services: Option<String>,
    pub required_documents: Vec<RequiredDocument>,
    pub locations: Vec<LocationView>,
    pub service_areas: Vec<RegionRef>,
    pub schedules: Vec<Schedule>,
    pub phones: Vec<Phone>,
    pub contacts: Vec<Contact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub networks: Vec<NamedRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<NaiveDate>,
    /// Inside its validity period today.
    pub current: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_checked: Option<NaiveDate>,
    pub translations: BTreeMap<String, Translation>,
    pub updated_at: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ProviderView {
    #[serde(flatten)]
    pub organization: Organization,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<NamedRef>,
    pub offers: Vec<NamedRef>,
    pub networks: Vec<NamedRef>,
    pub updated_at: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NetworkView {
    #[serde(flatten)]
    pub network: Network,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coordinator: Option<NamedRef>,
    pub member_organizations: Vec<NamedRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionRef>,
    pub fields_of_action_labels: Vec<TermView>,
    pub updated_at: String,
}

fn not_found(entity: &'static str, id: Id) -> AppError {
    AppError::NotFound {
        entity,
        id: id.to_string(),
    }
}

fn region_ref(r: &atlas_model::Region) -> RegionRef {
    RegionRef {
        ags: r.ags.to_string(),
        name: r.short_name().to_owned(),
        level: r.level.code(),
    }
}

impl Atlas {
    pub fn stats(&self) -> Result<Stats, AppError> {
        let today = self.today();
        let c = self.store()?.read(|tx| tx.public_counts(today))?;
        Ok(Stats {
            offers: c.offers,
            providers: c.providers,
            networks: c.networks,
        })
    }

    /// A published offer (also one that has ended: `current` says so).
    pub fn offer(&self, id: Id) -> Result<OfferView, AppError> {
        let today = self.today();
        let mut store = self.store()?;
        store.read(|tx| {
            let Some(stored) = tx.service(id)? else {
                return Err(not_found("offer", id));
            };
            if !stored.moderation.is_public() {
                return Err(not_found("offer", id));
            }
            let s: Service = stored.record;
            let provider_name = tx
                .published_organization_name(s.organization_id)?
                .unwrap_or_default();
            let mut locations = Vec::new();
            for loc_id in s.location_ids() {
                if let Some((location, gemeinde)) = tx.location(loc_id)? {
                    let regions = match gemeinde {
                        Some(g) => tx
                            .region_path(&g)?
                            .iter()
                            .filter(|r| {
                                matches!(
                                    r.level,
                                    atlas_model::RegionLevel::Gemeinde
                                        | atlas_model::RegionLevel::Kreis
                                )
                            })
                            .map(region_ref)
                            .collect(),
                        None => Vec::new(),
                    };
                    locations.push(LocationView {
                        step_free: location.is_step_free(),
                        location,
                        regions,
                    });
                }
            }
            let mut service_areas = Vec::new();
            for ags in s.service_areas.iter().filter_map(|a| a.ags.as_ref()) {
                if let Some(r) = tx.region(ags)? {
                    service_areas.push(region_ref(&r));
                }
            }
            let networks = tx
                .networks_of_organization(s.organization_id)?
                .into_iter()
                .map(|(id, name, _)| NamedRef {
                    id,
                    name,
                    role: None,
                })
                .collect();
            Ok::<_, AppError>(OfferView {
                id: s.id,
                current: s.is_valid_on(today),
                free_of_charge: s.is_free(),
                name: s.name,
                alternate_name: s.alternate_name,
                description: s.description,
                status: s.status.code(),
                provider: NamedRef {
                    id: s.organization_id,
                    name: provider_name,
                    role: None,
                },
                fields_of_action: s.fields_of_action.into_iter().map(TermView::from).collect(),
                target_groups: s.target_groups.into_iter().map(TermView::from).collect(),
                languages: s.languages,
                cost_options: s.cost_options,
                fees_description: s.fees_description,
                eligibility_description: s.eligibility_description,
                minimum_age: s.minimum_age,
                maximum_age: s.maximum_age,
                application_process: s.application_process,
                interpretation_services: s.interpretation_services,
                required_documents: s.required_documents,
                locations,
                service_areas,
                schedules: s.schedules,
                phones: s.phones,
                contacts: s.contacts,
                url: s.url,
                email: s.email.map(|e| e.to_string()),
                networks,
                valid_from: s.valid_from,
                valid_to: s.valid_to,
                last_checked: s.assured_date,
                translations: s
                    .translations
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), v))
                    .collect(),
                updated_at: stored.updated_at,
            })
        })
    }

    pub fn provider(&self, id: Id) -> Result<ProviderView, AppError> {
        let today = self.today();
        let mut store = self.store()?;
        store.read(|tx| {
            let Some(stored) = tx.organization(id)? else {
                return Err(not_found("provider", id));
            };
            if !stored.moderation.is_public() {
                return Err(not_found("provider", id));
            }
            let o = stored.record;
            let parent = match o.parent_organization_id {
                Some(p) => tx.published_organization_name(p)?.map(|name| NamedRef {
                    id: p,
                    name,
                    role: None,
                }),
                None => None,
            };
            let offers = tx
                .public_offers_of_organization(id, today)?
                .into_iter()
                .map(|(id, name)| NamedRef {
                    id,
                    name,
                    role: None,
                })
                .collect();
            let networks = tx
                .networks_of_organization(id)?
                .into_iter()
                .map(|(id, name, role)| NamedRef {
                    id,
                    name,
                    role: Some(role),
                })
                .collect();
            Ok::<_, AppError>(ProviderView {
                organization: o,
                parent,
                offers,
                networks,
                updated_at: stored.updated_at,
            })
        })
    }

    pub fn network(&self, id: Id) -> Result<NetworkView, AppError> {
        let mut store = self.store()?;
        store.read(|tx| {
            let Some(stored) = tx.network(id)? else {
                return Err(not_found("network", id));
            };
            if !stored.moderation.is_public() {
                return Err(not_found("network", id));
            }
            let n = stored.record;
            let name_of = |org: Id| tx.published_organization_name(org);
            let coordinator = match n.coordinator_organization_id {
                Some(c) => name_of(c)?.map(|name| NamedRef {
                    id: c,
                    name,
                    role: None,
                }),
                None => None,
            };
            let mut member_organizations = Vec::new();
            for m in &n.members {
                if let Some(name) = name_of(m.organization_id)? {
                    member_organizations.push(NamedRef {
                        id: m.organization_id,
                        name,
                        role: Some(m.role.code().to_owned()),
                    });
                }
            }
            let region = match &n.region_ags {
                Some(a) => tx.region(a)?.as_ref().map(region_ref),
                None => None,
            };
            Ok::<_, AppError>(NetworkView {
                fields_of_action_labels: n
                    .fields_of_action
                    .iter()
                    .copied()
                    .map(TermView::from)
                    .collect(),
                network: n,
                coordinator,
                member_organizations,
                region,
                updated_at: stored.updated_at,
            })
        })
    }
}

/// What a result list shows of an offer beside the index hit: place, languages, cost, target
/// groups, and translated names.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OfferCard {
    pub id: Id,
    pub free_of_charge: bool,
    /// Language codes the offer is held in.
    pub languages: Vec<String>,
    pub target_groups: Vec<TermView>,
    /// Towns of its places, without repeats.
    pub places: Vec<String>,
    pub translations: BTreeMap<String, Translation>,
}

/// A region with its offers grouped by field of action (an offer counts in each of its fields).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RegionView {
    pub region: RegionRef,
    /// Official kind, e.g. "Landkreis", "Stadt".
    pub kind: String,
    pub parent: Option<RegionRef>,
    /// Regions one level below (the Gemeinden of a Kreis).
    pub children: Vec<RegionRef>,
    pub offers_by_field: Vec<(TermView, Vec<NamedRef>)>,
}

impl Atlas {
    /// Result-list details of published offers, in the order asked; unknown or non-public
    /// ids are left out.
    pub fn offer_cards(&self, ids: &[Id]) -> Result<Vec<OfferCard>, AppError> {
        let mut store = self.store()?;
        store.read(|tx| {
            let mut out = Vec::with_capacity(ids.len());
            for &id in ids {
                let Some(stored) = tx.service(id)? else {
                    continue;
                };
                if !stored.moderation.is_public() {
                    continue;
                }
                let s = stored.record;
                let mut places: Vec<String> = Vec::new();
                for loc_id in s.location_ids() {
                    if let Some((location, _)) = tx.location(loc_id)?
                        && let Some(address) = location.main_address()
                        && !places.contains(&address.city)
                    {
                        places.push(address.city.clone());
                    }
                }
                out.push(OfferCard {
                    id,
                    free_of_charge: s.is_free(),
                    languages: s
                        .languages
                        .iter()
                        .filter_map(|l| l.code.as_ref().map(|c| c.as_str().to_owned()))
                        .collect(),
                    target_groups: s
                        .target_groups
                        .iter()
                        .copied()
                        .map(TermView::from)
                        .collect(),
                    places,
                    translations: s
                        .translations
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect(),
                });
            }
            Ok::<_, AppError>(out)
        })
    }

    /// A region (Land, Kreis or Gemeinde) with its current public offers by field of action:
    /// those located in it or serving it, anywhere in its subtree.
    pub fn region(&self, ags: &atlas_model::Ags) -> Result<RegionView, AppError> {
        let today = self.today();
        let mut store = self.store()?;
        store.read(|tx| {
            let Some(region) = tx.region(ags)? else {
                return Err(AppError::NotFound {
                    entity: "region",
                    id: ags.to_string(),
                });
            };
            let parent = match &region.parent {
                Some(p) => tx.region(p)?.as_ref().map(region_ref),
                None => None,
            };
            let mut children: Vec<RegionRef> = tx
                .regions()?
                .iter()
                .filter(|r| r.parent.as_ref() == Some(ags))
                .map(region_ref)
                .collect();
            children.sort_by(|a, b| a.name.cmp(&b.name));
            let mut ids: Vec<Id> = Vec::new();
            for a in tx.region_subtree(ags)? {
                ids.extend(tx.service_ids_in_region(&a)?);
            }
            ids.sort();
            ids.dedup();
            let mut by_field: BTreeMap<usize, (TermView, Vec<NamedRef>)> = BTreeMap::new();
            for id in ids {
                let Some(stored) = tx.service(id)? else {
                    continue;
                };
                if !stored.moderation.is_public() || !stored.record.is_valid_on(today) {
                    continue;
                }
                let s = stored.record;
                for f in &s.fields_of_action {
                    let position = FieldOfAction::ALL
                        .iter()
                        .position(|x| x == f)
                        .unwrap_or(usize::MAX);
                    by_field
                        .entry(position)
                        .or_insert_with(|| (TermView::from(*f), Vec::new()))
                        .1
                        .push(NamedRef {
                            id: s.id,
                            name: s.name.clone(),
                            role: None,
                        });
                }
            }
            let mut offers_by_field: Vec<_> = by_field.into_values().collect();
            for (_, offers) in &mut offers_by_field {
                offers.sort_by(|a, b| a.name.cmp(&b.name));
            }
            Ok::<_, AppError>(RegionView {
                region: region_ref(&region),
                kind: region.kind.clone(),
                parent,
                children,
                offers_by_field,
            })
        })
    }
}

impl Atlas {
    /// Paths (after `/{lang}/`) of every public record page, for the sitemaps: current offers,
    /// the regions that have offers (and their ancestors), providers, networks. Computed from ids
    /// only, and kept until the store changes or the day turns (a crawler fetching every
    /// sitemap file in turn computes it once).
    pub fn public_page_paths(&self) -> Result<std::sync::Arc<Vec<String>>, AppError> {
        let today = self.today();
        let seq = self.last_change()?;
        let mut cache = self
            .sitemap_paths
            .lock()
            .map_err(|_| AppError::Internal("sitemap cache poisoned".into()))?;
        if let Some((s, d, paths)) = cache.as_ref()
            && *s == seq
            && *d == today
        {
            return Ok(paths.clone());
        }
        // The sequence number read with the ids: what is cached is exactly that state.
        let (seq, ids, regions) = self
            .store()?
            .read(|tx| Ok::<_, AppError>((tx.last_seq()?, tx.public_ids(today)?, tx.regions()?)))?;
        // A region with an offer lists its ancestors too (through the region table, so
        // territorial changes apply).
        let parent: std::collections::HashMap<&atlas_model::Ags, &atlas_model::Ags> = regions
            .iter()
            .filter_map(|r| r.parent.as_ref().map(|p| (&r.ags, p)))
            .collect();
        let mut with_offers = std::collections::BTreeSet::new();
        for ags in &ids.offer_regions {
            let mut at = Some(ags);
            while let Some(a) = at {
                if !with_offers.insert(a.to_string()) {
                    break;
                }
                at = parent.get(a).copied();
            }
        }
        let mut out = Vec::with_capacity(
            ids.offers.len() + with_offers.len() + ids.organizations.len() + ids.networks.len(),
        );
        out.extend(ids.offers.iter().map(|id| format!("angebote/{id}")));
        out.extend(with_offers.iter().map(|ags| format!("regionen/{ags}")));
        out.extend(ids.organizations.iter().map(|id| format!("traeger/{id}")));
        out.extend(ids.networks.iter().map(|id| format!("netzwerke/{id}")));
        let out = std::sync::Arc::new(out);
        *cache = Some((seq, today, out.clone()));
        Ok(out)
    }
}
