//! The records of the atlas. Sub-objects (phones, schedules, addresses, ...) have the field
//! names of HSDS 3.0, so they serialize to HSDS as they are; fields we do not interpret are kept
//! in `extra` and written back unchanged. Our own additions carry an `x_` prefix in HSDS.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::numbers;
use crate::{
    Ags, ClockTime, Email, Extra, FieldOfAction, Id, LanguageCode, TargetGroup, ValueError,
};

fn is_false(b: &bool) -> bool {
    !*b
}

/// A provider (Träger): welfare association, migrant organisation, club, city office, ...
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub id: Id,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Email>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_organization_id: Option<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// HSDS `service.status`: whether the offer is running. Independent of moderation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ServiceStatus {
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "inactive")]
    Inactive,
    #[serde(rename = "defunct")]
    Defunct,
    #[serde(rename = "temporarily closed")]
    TemporarilyClosed,
}

impl ServiceStatus {
    pub fn code(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Defunct => "defunct",
            Self::TemporarilyClosed => "temporarily closed",
        }
    }
}

/// An offer (Angebot): what a provider does for people. HSDS `service`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: Id,
    pub organization_id: Id,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Email>,
    pub status: ServiceStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpretation_services: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_process: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "numbers::serialize_opt",
        deserialize_with = "numbers::deserialize_opt"
    )]
    pub minimum_age: Option<f64>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "numbers::serialize_opt",
        deserialize_with = "numbers::deserialize_opt"
    )]
    pub maximum_age: Option<f64>,
    /// HSDS `assured_date`: when the information was last checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assured_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_areas: Vec<ServiceArea>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_at_locations: Vec<ServiceAtLocation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cost_options: Vec<CostOption>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub required_documents: Vec<RequiredDocument>,
    /// Handlungsfelder (HSDS attributes of taxonomy `integrationsatlas:handlungsfeld`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields_of_action: Vec<FieldOfAction>,
    /// Zielgruppen (HSDS attributes of taxonomy `integrationsatlas:zielgruppe`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_groups: Vec<TargetGroup>,
    /// HSDS attributes of other taxonomies, kept verbatim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_attributes: Vec<serde_json::Value>,
    /// First day of the offer (projects start and end). HSDS extension `x_valid_from`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<NaiveDate>,
    /// Last day of the offer. HSDS extension `x_valid_to`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<NaiveDate>,
    /// Name and description in other languages. HSDS extension `x_translations`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<LanguageCode, Translation>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Service {
    /// Whether the offer runs on `day` according to its validity period.
    pub fn is_valid_on(&self, day: NaiveDate) -> bool {
        self.valid_from.is_none_or(|from| from <= day) && self.valid_to.is_none_or(|to| day <= to)
    }

    /// Free of charge: it has cost options and every one has amount 0.
    pub fn is_free(&self) -> bool {
        !self.cost_options.is_empty() && self.cost_options.iter().all(|c| c.amount == Some(0.0))
    }

    pub fn location_ids(&self) -> impl Iterator<Item = Id> + '_ {
        self.service_at_locations.iter().map(|s| s.location_id)
    }
}

/// A translation of an offer's texts into one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The link of an offer to a place where it is delivered (HSDS `service_at_location`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceAtLocation {
    pub id: Id,
    pub location_id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A place (HSDS `location`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub id: Id,
    /// HSDS `location_type`: `physical`, `postal` or `virtual`.
    pub location_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// How to get there by public transport.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transportation: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "numbers::serialize_opt",
        deserialize_with = "numbers::deserialize_opt"
    )]
    pub latitude: Option<f64>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "numbers::serialize_opt",
        deserialize_with = "numbers::deserialize_opt"
    )]
    pub longitude: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<Address>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accessibility: Vec<Accessibility>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Location {
    /// The physical address if there is one, else the first.
    pub fn main_address(&self) -> Option<&Address> {
        self.addresses
            .iter()
            .find(|a| a.address_type == "physical")
            .or_else(|| self.addresses.first())
    }

    /// Step-free access: some accessibility entry says so.
    pub fn is_step_free(&self) -> bool {
        self.accessibility.iter().any(|a| a.step_free)
    }

    /// Latitude and longitude when both are given and on Earth. HSDS does not constrain them
    /// (its own example has latitude 100), so out-of-range values are kept but not used.
    pub fn coordinates(&self) -> Option<(f64, f64)> {
        let (lat, lon) = (self.latitude?, self.longitude?);
        ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some((lat, lon))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Address {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attention: Option<String>,
    pub address_1: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_2: Option<String>,
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    pub state_province: String,
    /// Kept as text: HSDS data from abroad has other postcode formats. See `german_postcode`.
    pub postal_code: String,
    /// ISO 3166-1 alpha-2, e.g. `DE`.
    pub country: String,
    /// `physical`, `postal` or `virtual`.
    pub address_type: String,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Address {
    pub fn german_postcode(&self) -> Option<crate::Postcode> {
        if self.country.eq_ignore_ascii_case("DE") {
            crate::Postcode::parse(&self.postal_code).ok()
        } else {
            None
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Accessibility {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Step-free access (no steps, or a ramp or lift). HSDS extension.
    #[serde(default, rename = "x_step_free", skip_serializing_if = "is_false")]
    pub step_free: bool,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Phone {
    pub id: Id,
    pub number: String,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Email>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ScheduleFreq {
    #[serde(rename = "WEEKLY")]
    Weekly,
    #[serde(rename = "MONTHLY")]
    Monthly,
}

/// A day of the week as iCalendar writes it (`MO` .. `SU`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weekday {
    Mo,
    Tu,
    We,
    Th,
    Fr,
    Sa,
    Su,
}

impl Weekday {
    pub const ALL: [Self; 7] = [
        Self::Mo,
        Self::Tu,
        Self::We,
        Self::Th,
        Self::Fr,
        Self::Sa,
        Self::Su,
    ];
    pub fn code(self) -> &'static str {
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][self as usize]
    }
    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.code() == code)
    }
    pub fn of(date: NaiveDate) -> Self {
        Self::ALL[date.weekday().num_days_from_monday() as usize]
    }
    pub fn is_weekend(self) -> bool {
        matches!(self, Self::Sa | Self::Su)
    }
}

impl fmt::Display for Weekday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Opening hours as an iCalendar RRULE subset. We interpret `FREQ=WEEKLY;BYDAY=..` with
/// `opens_at`/`closes_at`; other rules are kept and exported but not interpreted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub freq: Option<ScheduleFreq>,
    /// Comma-separated days, e.g. `MO,WE`; for MONTHLY rules with ordinals (`2MO`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byday: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<ClockTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<ClockTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Schedule {
    /// Checks the rules we interpret: a WEEKLY rule names plain days, and a schedule that
    /// opens also closes later that day.
    pub fn check(&self) -> Result<(), ValueError> {
        if self.freq == Some(ScheduleFreq::Weekly)
            && let Some(byday) = &self.byday
        {
            for part in byday.split(',') {
                if Weekday::parse(part.trim()).is_none() {
                    return Err(ValueError::new(
                        "byday",
                        byday,
                        "expected comma-separated days MO,TU,WE,TH,FR,SA,SU",
                    ));
                }
            }
        }
        if let (Some(o), Some(c)) = (&self.opens_at, &self.closes_at)
            && o.time() >= c.time()
        {
            return Err(ValueError::new(
                "closes_at",
                c.as_str(),
                "must be later than opens_at",
            ));
        }
        if let (Some(f), Some(t)) = (self.valid_from, self.valid_to)
            && f > t
        {
            return Err(ValueError::new(
                "valid_to",
                &t.to_string(),
                "must not be before valid_from",
            ));
        }
        Ok(())
    }

    /// The weekdays of a WEEKLY rule; empty for rules we do not interpret.
    pub fn weekdays(&self) -> Vec<Weekday> {
        if self.freq != Some(ScheduleFreq::Weekly) {
            return Vec::new();
        }
        self.byday
            .as_deref()
            .unwrap_or("")
            .split(',')
            .filter_map(|d| Weekday::parse(d.trim()))
            .collect()
    }

    /// Open in the evening: closes after 18:00 (or opens at 17:00 or later).
    pub fn is_evening(&self) -> bool {
        let six_pm = chrono::NaiveTime::from_hms_opt(18, 0, 0).unwrap_or_default();
        let five_pm = chrono::NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default();
        self.closes_at.as_ref().is_some_and(|c| c.time() > six_pm)
            || self.opens_at.as_ref().is_some_and(|o| o.time() >= five_pm)
    }
}

/// The area an offer serves (HSDS `service_area`). `x_ags` names a region of ours.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceArea {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, rename = "x_ags", skip_serializing_if = "Option::is_none")]
    pub ags: Option<Ags>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A language an offer is held in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<LanguageCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CostOption {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// 0 means free of charge.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "numbers::serialize_opt",
        deserialize_with = "numbers::deserialize_opt"
    )]
    pub amount: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<NaiveDate>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequiredDocument {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A network (Netzwerk) of providers: an Arbeitskreis, a Runder Tisch, a Verbund.
/// Our extension; HSDS has no networks. Exported under `x_networks`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Network {
    pub id: Id,
    pub name: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinator_organization_id: Option<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<NetworkMember>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_rhythm: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields_of_action: Vec<FieldOfAction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_ags: Option<Ags>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Email>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkMember {
    pub organization_id: Id,
    pub role: MemberRole,
}

/// A member's role in a network. Data uses the German words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MemberRole {
    #[serde(rename = "Koordination")]
    Coordinator,
    #[serde(rename = "Mitglied")]
    Member,
    #[serde(rename = "Partner")]
    Partner,
}

impl MemberRole {
    pub fn code(self) -> &'static str {
        match self {
            Self::Coordinator => "Koordination",
            Self::Member => "Mitglied",
            Self::Partner => "Partner",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schedule(byday: &str, opens: &str, closes: &str) -> Schedule {
        serde_json::from_value(serde_json::json!({
            "id": "48102e86-bb50-41c4-8f1e-e269368c41d1", "freq": "WEEKLY",
            "byday": byday, "opens_at": opens, "closes_at": closes
        }))
        .unwrap()
    }

    #[test]
    fn weekly_schedules() {
        let s = schedule("MO,WE", "17:30", "19:00");
        assert!(s.check().is_ok());
        assert_eq!(s.weekdays(), [Weekday::Mo, Weekday::We]);
        assert!(s.is_evening());
        assert!(!schedule("SA", "09:00", "12:00").is_evening());
        assert!(schedule("MO,XX", "09:00", "12:00").check().is_err());
        assert!(schedule("MO", "12:00", "09:00").check().is_err());
    }

    #[test]
    fn unknown_fields_are_kept() {
        let v = serde_json::json!({
            "id": "48102e86-bb50-41c4-8f1e-e269368c41d1", "number": "0000 1", "extension": 100,
            "languages": [{"id": "2989d3ed-c547-48f8-8f9d-432d81c7892e", "code": "ur"}]
        });
        let p: Phone = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(serde_json::to_value(&p).unwrap(), v);
    }

    #[test]
    fn integral_numbers_stay_integers() {
        let v = serde_json::json!({"id": "1fdf4d39-3d80-484d-9f92-a8ffa08621e7", "amount": 35, "currency": "EUR"});
        let c: CostOption = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(serde_json::to_value(&c).unwrap(), v);
        let v = serde_json::json!({"id": "1fdf4d39-3d80-484d-9f92-a8ffa08621e7", "amount": 2.2});
        let c: CostOption = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(serde_json::to_value(&c).unwrap(), v);
    }
}
