//! Index documents from store records: an offer with its provider's name, its places and
//! regions (from the region table, so territorial changes show), opening days, languages and
//! translations; a provider summed up from its public offers; a network with its coordinator.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use std::sync::Arc;

use atlas_index::{IndexDoc, Kind};
use atlas_model::{
    Ags, FieldOfAction, Id, LanguageCode, Region, RegionLevel, Service, ServiceStatus, TargetGroup,
    Weekday,
};
use atlas_store::{StoreError, Stored, Tx};

/// Builds documents within one read transaction, remembering what several documents share
/// (region paths, organization names, offers summed up into their provider), so that a batch
/// or a rebuild reads each of them once.
pub(crate) struct Builder<'a, 'tx> {
    tx: &'a Tx<'tx>,
    regions: RefCell<HashMap<Ags, Rc<[Region]>>>,
    org_names: RefCell<HashMap<Id, Option<String>>>,
    places: RefCell<HashMap<Id, Option<Rc<Place>>>>,
    /// What each offer built so far adds to its provider (not the whole document: a rebuild
    /// keeps one per offer until the providers are built).
    offers: RefCell<HashMap<Id, Option<Rc<OfferSummary>>>>,
}

/// The parts of an offer's document that its provider's document sums up.
struct OfferSummary {
    places: Vec<String>,
    fields: Vec<FieldOfAction>,
    groups: Vec<TargetGroup>,
    languages: Vec<LanguageCode>,
    days: Vec<Weekday>,
    regions: Vec<Ags>,
    areas: Vec<Ags>,
    coords: Vec<(f64, f64)>,
    free: bool,
    accessible: bool,
    evening: bool,
}

impl OfferSummary {
    fn of(doc: &IndexDoc) -> Self {
        Self {
            places: doc.places.clone(),
            fields: doc.fields.clone(),
            groups: doc.groups.clone(),
            languages: doc.languages.clone(),
            days: doc.days.clone(),
            regions: doc.regions.clone(),
            areas: doc.areas.clone(),
            coords: doc.coords.clone(),
            free: doc.free,
            accessible: doc.accessible,
            evening: doc.evening,
        }
    }
}

/// What an offer's document takes from one of its locations (many offers share a location).
struct Place {
    coords: Option<(f64, f64)>,
    step_free: bool,
    city: Option<String>,
    gemeinde: Option<Ags>,
}

impl<'a, 'tx> Builder<'a, 'tx> {
    pub fn new(tx: &'a Tx<'tx>) -> Self {
        Self {
            tx,
            regions: RefCell::default(),
            org_names: RefCell::default(),
            places: RefCell::default(),
            offers: RefCell::default(),
        }
    }

    fn region_path(&self, ags: &Ags) -> Result<Rc<[Region]>, StoreError> {
        if let Some(p) = self.regions.borrow().get(ags) {
            return Ok(p.clone());
        }
        let path: Rc<[Region]> = self.tx.region_path(ags)?.into();
        self.regions.borrow_mut().insert(ags.clone(), path.clone());
        Ok(path)
    }

    fn org_name(&self, id: Id) -> Result<Option<String>, StoreError> {
        if let Some(n) = self.org_names.borrow().get(&id) {
            return Ok(n.clone());
        }
        let name = self.tx.published_organization_name(id)?;
        self.org_names.borrow_mut().insert(id, name.clone());
        Ok(name)
    }

    fn place(&self, id: Id) -> Result<Option<Rc<Place>>, StoreError> {
        if let Some(p) = self.places.borrow().get(&id) {
            return Ok(p.clone());
        }
        let place = self.tx.location(id)?.map(|(l, gemeinde)| {
            Rc::new(Place {
                coords: l.coordinates(),
                step_free: l.is_step_free(),
                city: l.main_address().map(|a| a.city.clone()),
                gemeinde,
            })
        });
        self.places.borrow_mut().insert(id, place.clone());
        Ok(place)
    }

    /// The offer's document; what its provider sums up of it is kept.
    pub fn offer(&self, id: Id) -> Result<Option<Arc<IndexDoc>>, StoreError> {
        let doc = build_offer(self, id)?;
        Ok(self.keep_summary(id, doc))
    }

    /// The offer's document from its record, already read (a rebuild reads all in one pass).
    pub fn offer_from(
        &self,
        id: Id,
        stored: Stored<Service>,
    ) -> Result<Option<Arc<IndexDoc>>, StoreError> {
        let doc = offer_doc_from(self, stored)?;
        Ok(self.keep_summary(id, doc))
    }

    fn keep_summary(&self, id: Id, doc: Option<IndexDoc>) -> Option<Arc<IndexDoc>> {
        let summary = doc.as_ref().map(|d| Rc::new(OfferSummary::of(d)));
        self.offers.borrow_mut().insert(id, summary);
        doc.map(Arc::new)
    }

    /// What the offer adds to its provider (from the offer built before, or built now).
    fn offer_summary(&self, id: Id) -> Result<Option<Rc<OfferSummary>>, StoreError> {
        if let Some(s) = self.offers.borrow().get(&id) {
            return Ok(s.clone());
        }
        self.offer(id)?;
        Ok(self.offers.borrow().get(&id).cloned().flatten())
    }

    pub fn provider(&self, id: Id) -> Result<Option<IndexDoc>, StoreError> {
        build_provider(self, id)
    }

    pub fn network(&self, id: Id) -> Result<Option<IndexDoc>, StoreError> {
        build_network(self, id)
    }
}

fn timestamp(rfc3339: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(rfc3339).map_or(0, |t| t.timestamp())
}

/// Adds a region and its ancestors to `regions`, and the names worth searching to `places`.
fn add_region(
    b: &Builder<'_, '_>,
    ags: &Ags,
    regions: &mut Vec<Ags>,
    places: &mut Vec<String>,
) -> Result<(), StoreError> {
    for r in b.region_path(ags)?.iter() {
        if matches!(r.level, RegionLevel::Gemeinde | RegionLevel::Kreis) {
            let name = r.short_name();
            if !places.iter().any(|p| p == name) {
                places.push(name.to_owned());
            }
        }
        if !regions.contains(&r.ags) {
            regions.push(r.ags.clone());
        }
    }
    Ok(())
}

/// The document of a public offer; `None` when the public cannot see it (unpublished,
/// defunct, or its provider unpublished). Offers outside their validity period are indexed;
/// the search hides them by date.
pub fn offer_doc(tx: &Tx<'_>, id: Id) -> Result<Option<IndexDoc>, StoreError> {
    build_offer(&Builder::new(tx), id)
}

fn build_offer(b: &Builder<'_, '_>, id: Id) -> Result<Option<IndexDoc>, StoreError> {
    match b.tx.service(id)? {
        Some(stored) => offer_doc_from(b, stored),
        None => Ok(None),
    }
}

fn offer_doc_from(
    b: &Builder<'_, '_>,
    stored: Stored<Service>,
) -> Result<Option<IndexDoc>, StoreError> {
    let s = stored.record;
    if !stored.moderation.is_public() || s.status == ServiceStatus::Defunct {
        return Ok(None);
    }
    let Some(provider_name) = b.org_name(s.organization_id)? else {
        return Ok(None);
    };
    let mut regions = Vec::new();
    let mut places = Vec::new();
    let mut coords = Vec::new();
    let mut accessible = false;
    for loc in s.location_ids() {
        if let Some(p) = b.place(loc)? {
            if let Some(c) = p.coords {
                coords.push(c);
            }
            accessible |= p.step_free;
            if let Some(city) = &p.city
                && !places.contains(city)
            {
                places.push(city.clone());
            }
            if let Some(g) = &p.gemeinde {
                add_region(b, g, &mut regions, &mut places)?;
            }
        }
    }
    let mut areas = Vec::new();
    for area in &s.service_areas {
        if let Some(a) = &area.ags {
            areas.push(a.clone());
            add_region(b, a, &mut regions, &mut places)?;
        } else if let Some(name) = &area.name {
            places.push(name.clone());
        }
    }
    let mut days = BTreeSet::new();
    let mut evening = false;
    for sch in &s.schedules {
        days.extend(sch.weekdays());
        evening |= sch.is_evening();
    }
    let translations = s
        .translations
        .iter()
        .map(|(lang, t)| {
            let text = [t.name.as_deref(), t.description.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("\n");
            (lang.clone(), text)
        })
        .collect();
    let mut languages = Vec::new();
    for l in s.languages.iter().filter_map(|l| l.code.clone()) {
        if !languages.contains(&l) {
            languages.push(l);
        }
    }
    Ok(Some(IndexDoc {
        kind: Kind::Offer,
        id: s.id,
        free: s.is_free(),
        alternate_names: s.alternate_name.clone().into_iter().collect(),
        description: s.description.clone().unwrap_or_default(),
        provider: Some((s.organization_id, provider_name)),
        places,
        fields: s.fields_of_action.clone(),
        groups: s.target_groups.clone(),
        languages,
        translations,
        accessible,
        days: days.into_iter().collect(),
        evening,
        valid_from: s.valid_from,
        valid_to: s.valid_to,
        regions,
        areas,
        coords,
        updated: timestamp(&stored.updated_at),
        name: s.name,
    }))
}

/// The document of a published provider, summing up its public offers (their fields, groups,
/// languages, places) so that filters apply to providers too.
pub fn provider_doc(tx: &Tx<'_>, id: Id) -> Result<Option<IndexDoc>, StoreError> {
    Builder::new(tx).provider(id)
}

fn build_provider(b: &Builder<'_, '_>, id: Id) -> Result<Option<IndexDoc>, StoreError> {
    let tx = b.tx;
    let Some(stored) = tx.organization(id)? else {
        return Ok(None);
    };
    if !stored.moderation.is_public() {
        return Ok(None);
    }
    let o = stored.record;
    let parent = match o.parent_organization_id {
        Some(p) => b.org_name(p)?.map(|name| (p, name)),
        None => None,
    };
    let mut doc = IndexDoc {
        alternate_names: o.alternate_name.into_iter().collect(),
        provider: parent,
        updated: timestamp(&stored.updated_at),
        ..IndexDoc::new(Kind::Provider, o.id, o.name, o.description)
    };
    for sid in tx.service_ids_of_organization(id)? {
        let Some(offer) = b.offer_summary(sid)? else {
            continue;
        };
        fn merge<T: PartialEq + Clone>(into: &mut Vec<T>, from: &[T]) {
            for x in from {
                if !into.contains(x) {
                    into.push(x.clone());
                }
            }
        }
        merge(&mut doc.places, &offer.places);
        merge(&mut doc.fields, &offer.fields);
        merge(&mut doc.groups, &offer.groups);
        merge(&mut doc.languages, &offer.languages);
        merge(&mut doc.days, &offer.days);
        merge(&mut doc.regions, &offer.regions);
        merge(&mut doc.areas, &offer.areas);
        merge(&mut doc.coords, &offer.coords);
        doc.free |= offer.free;
        doc.accessible |= offer.accessible;
        doc.evening |= offer.evening;
    }
    Ok(Some(doc))
}

/// The document of a published network.
pub fn network_doc(tx: &Tx<'_>, id: Id) -> Result<Option<IndexDoc>, StoreError> {
    Builder::new(tx).network(id)
}

fn build_network(b: &Builder<'_, '_>, id: Id) -> Result<Option<IndexDoc>, StoreError> {
    let tx = b.tx;
    let Some(stored) = tx.network(id)? else {
        return Ok(None);
    };
    if !stored.moderation.is_public() {
        return Ok(None);
    }
    let n = stored.record;
    let coordinator = match n.coordinator_organization_id {
        Some(c) => b.org_name(c)?.map(|name| (c, name)),
        None => None,
    };
    let mut regions = Vec::new();
    let mut places = Vec::new();
    if let Some(a) = &n.region_ags {
        add_region(b, a, &mut regions, &mut places)?;
    }
    let mut description = n.description.clone();
    for goal in &n.goals {
        description.push('\n');
        description.push_str(goal);
    }
    Ok(Some(IndexDoc {
        provider: coordinator,
        places,
        fields: n.fields_of_action,
        regions,
        areas: n.region_ags.into_iter().collect(),
        updated: timestamp(&stored.updated_at),
        ..IndexDoc::new(Kind::Network, n.id, n.name, description)
    }))
}
