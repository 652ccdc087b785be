//! Self-service editing and moderation. Providers write drafts of their organisations' records
//! (organisation profile, locations, offers, network memberships) and submit them; moderators
//! of the regions a record lies in approve them (the draft becomes the published record, which
//! the search index follows within a second) or reject them with a reason. Editing a published
//! record never touches it: the published version stays public until its draft is approved.
//! Every step is written to the audit trail with old and new values.
//!
//! Who may do what is decided here and only here:
//! - a provider reads and writes only records and drafts of organisations it is an active member of;
//! - only moderators (for a region the record lies in) and administrators approve or reject;
//! - nobody publishes without a review, not even an administrator's own draft.

use std::collections::BTreeMap;

use atlas_model::{
    Ags, ChangeStatus, Id, Location, ModerationStatus, Network, NetworkMember, Organization,
    Service,
};
use atlas_store::{Draft, DraftInput, StoreError, Tx};
use chrono::{DateTime, Months, NaiveDate, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::accounts::Actor;
use crate::error::Problems;
use crate::{AppError, Atlas, Report};

/// Offers unconfirmed for this many months are flagged and their providers reminded.
pub const STALE_MONTHS: u32 = 12;
/// Offers unconfirmed for this many months leave the public search (archived).
pub const EXPIRED_MONTHS: u32 = 15;

/// Delivery attempts per mail before the mail thread gives up (the mail stays in the outbox,
/// marked failed, and an administrator can send it again). With [`mail_retry_delay`] the
/// attempts span about two days, so an SMTP outage of a day loses nothing.
pub const MAX_MAIL_ATTEMPTS: i64 = 16;

/// How long after its `attempts`-th failed attempt a mail is tried again: 30 s, doubling, at
/// most 6 hours.
pub fn mail_retry_delay(attempts: i64) -> chrono::Duration {
    let secs = 30i64.saturating_mul(1i64 << attempts.clamp(0, 20));
    chrono::Duration::seconds(secs.min(6 * 3600))
}

/// The kinds of record providers edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    Organization,
    Location,
    Service,
    Network,
}

impl RecordKind {
    pub const ALL: [Self; 4] = [
        Self::Organization,
        Self::Location,
        Self::Service,
        Self::Network,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Organization => "organization",
            Self::Location => "location",
            Self::Service => "service",
            Self::Network => "network",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// A draft as its readers see it.
#[derive(Debug, Clone, Serialize)]
pub struct DraftView {
    pub id: Id,
    pub kind: RecordKind,
    pub entity_id: Id,
    pub organization_id: Id,
    pub organization_name: String,
    /// The record's name in the draft.
    pub name: String,
    pub status: ChangeStatus,
    pub reason: Option<String>,
    pub regions: Vec<String>,
    pub author_id: Id,
    pub created_at: String,
    pub updated_at: String,
    pub submitted_at: Option<String>,
    /// Whether a published version exists (an edit) or not (a new record).
    pub is_new: bool,
    pub doc: serde_json::Value,
}

/// One changed value between the published record and a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// The JSON path, e.g. `name` or `schedules.0.opens_at`.
    pub path: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// What a moderator sees of a draft: it, the published version, what changed and the
/// record's history.
#[derive(Debug, Clone, Serialize)]
pub struct Review {
    pub draft: DraftView,
    pub published: Option<serde_json::Value>,
    pub changes: Vec<FieldChange>,
    /// Changed locations an offer's approval publishes with it, each with its changed values.
    pub locations: Vec<(DraftView, Vec<FieldChange>)>,
    /// The author's display name and e-mail address, to ask them about the change.
    pub author: Option<(String, String)>,
    pub history: Vec<atlas_store::AuditEntry>,
}

/// A claim of an organisation by an account, waiting for a moderator.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimView {
    pub account_id: Id,
    pub account_email: String,
    pub account_name: String,
    pub organization_id: Id,
    pub organization_name: String,
    pub note: Option<String>,
    pub status: String,
    pub reason: Option<String>,
    pub created_at: String,
}

/// An open report from the public, with the offer's name.
#[derive(Debug, Clone, Serialize)]
pub struct ReportView {
    pub id: Id,
    pub offer_id: Id,
    pub offer_name: String,
    pub message: String,
    pub email: Option<String>,
    pub created_at: String,
}

/// The moderators' queue: everything waiting in their regions, oldest first in each part.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Queue {
    pub changes: Vec<DraftView>,
    pub claims: Vec<ClaimView>,
    pub reports: Vec<ReportView>,
}

/// An offer in a provider's workspace.
#[derive(Debug, Clone, Serialize)]
pub struct WorkspaceOffer {
    pub id: Id,
    pub name: String,
    /// `None`: never published (only a draft exists).
    pub moderation: Option<ModerationStatus>,
    pub draft: Option<DraftView>,
    /// The day the provider last confirmed the offer (or it was last approved).
    pub confirmed_on: Option<NaiveDate>,
    /// Unconfirmed for [`STALE_MONTHS`] or more.
    pub stale: bool,
}

/// An organisation in a provider's workspace, with its offers, locations and open drafts.
#[derive(Debug, Clone, Serialize)]
pub struct WorkspaceOrg {
    pub id: Id,
    pub name: String,
    pub moderation: ModerationStatus,
    pub offers: Vec<WorkspaceOffer>,
    pub locations: Vec<(Id, String)>,
    pub drafts: Vec<DraftView>,
}

/// What a signed-in provider works on.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Workspace {
    pub organizations: Vec<WorkspaceOrg>,
    /// Claims of this account that are pending or were rejected.
    pub claims: Vec<ClaimView>,
}

/// A published organisation a provider may claim, found by the search.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimCandidate {
    pub id: Id,
    pub name: String,
    /// HTML: escaped, matches in `<b>`.
    pub snippet_html: String,
    /// The account's membership of it: `active`, `pending`, `rejected` or none.
    pub membership: Option<String>,
}

/// A stale or expired offer, for the administrators' freshness page.
#[derive(Debug, Clone, Serialize)]
pub struct StaleOffer {
    pub id: Id,
    pub name: String,
    pub organization_id: Id,
    pub organization_name: String,
    pub regions: Vec<String>,
    /// The Kreise (and kreisfreie Städte) of those regions: AGS and name.
    pub kreise: Vec<(String, String)>,
    pub confirmed_on: Option<NaiveDate>,
    /// Past [`EXPIRED_MONTHS`]: archived, out of the search.
    pub expired: bool,
}

/// What the freshness sweep did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SweepReport {
    pub reminded: usize,
    pub archived_unconfirmed: usize,
    pub archived_ended: usize,
}

fn not_found(kind: RecordKind, id: Id) -> AppError {
    AppError::NotFound {
        entity: kind.code(),
        id: id.to_string(),
    }
}

fn to_value<T: Serialize>(v: &T) -> Result<serde_json::Value, AppError> {
    serde_json::to_value(v).map_err(|e| AppError::Internal(format!("cannot serialize record: {e}")))
}

fn from_value<T: DeserializeOwned>(v: &serde_json::Value) -> Result<T, AppError> {
    serde_json::from_value(v.clone()).map_err(|e| {
        AppError::Invalid(vec![crate::FieldError::new(
            "record",
            "invalid_record",
            e.to_string(),
        )])
    })
}

fn doc_name(doc: &serde_json::Value) -> String {
    doc.get("name")
        .and_then(|n| n.as_str())
        .unwrap_or_default()
        .to_owned()
}

/// The day an offer was last confirmed: its `assured_date`, else the day it was last written.
fn confirmed_on(s: &Service, updated_at: &str) -> Option<NaiveDate> {
    s.assured_date.or_else(|| {
        DateTime::parse_from_rfc3339(updated_at)
            .ok()
            .map(|d| d.date_naive())
    })
}

/// Flattens JSON into path → scalar text, for the side-by-side diff.
fn flatten(prefix: &str, v: &serde_json::Value, out: &mut BTreeMap<String, String>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                // Sub-record ids change nothing a reader sees.
                if k == "id" && !prefix.is_empty() {
                    continue;
                }
                let p = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&p, v, out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                flatten(&format!("{prefix}.{i}"), v, out);
            }
        }
        serde_json::Value::Null => {}
        serde_json::Value::String(s) => {
            out.insert(prefix.to_owned(), s.clone());
        }
        other => {
            out.insert(prefix.to_owned(), other.to_string());
        }
    }
}

/// The changed values between two versions of a record, by path.
pub fn diff(old: Option<&serde_json::Value>, new: &serde_json::Value) -> Vec<FieldChange> {
    let mut a = BTreeMap::new();
    if let Some(old) = old {
        flatten("", old, &mut a);
    }
    let mut b = BTreeMap::new();
    flatten("", new, &mut b);
    let mut paths: Vec<&String> = a.keys().chain(b.keys()).collect();
    paths.sort();
    paths.dedup();
    paths
        .into_iter()
        .filter(|p| a.get(*p) != b.get(*p))
        .map(|p| FieldChange {
            path: p.clone(),
            old: a.get(p).cloned(),
            new: b.get(p).cloned(),
        })
        .collect()
}

fn check_text(p: &mut Problems, field: &str, value: &str, required: bool, max: usize) {
    let n = value.trim().chars().count();
    if required && n == 0 {
        p.add(field, "required", "this field is required");
    } else if n > max {
        p.add(field, "too_long", format!("at most {max} characters"));
    }
}

fn check_opt(p: &mut Problems, field: &str, value: Option<&String>, max: usize) {
    if let Some(v) = value {
        check_text(p, field, v, false, max);
    }
}

/// The rules an offer must meet beyond its types (which the parsers already enforce).
pub fn validate_service(s: &Service) -> Result<(), AppError> {
    let mut p = Problems::default();
    check_text(&mut p, "name", &s.name, true, 200);
    check_opt(&mut p, "alternate_name", s.alternate_name.as_ref(), 200);
    check_opt(&mut p, "description", s.description.as_ref(), 10_000);
    check_opt(
        &mut p,
        "application_process",
        s.application_process.as_ref(),
        5_000,
    );
    check_opt(
        &mut p,
        "fees_description",
        s.fees_description.as_ref(),
        2_000,
    );
    check_opt(
        &mut p,
        "eligibility_description",
        s.eligibility_description.as_ref(),
        2_000,
    );
    check_opt(&mut p, "url", s.url.as_ref(), 500);
    if let Some(url) = &s.url
        && !(url.starts_with("https://") || url.starts_with("http://"))
    {
        p.add("url", "invalid_url", "must start with https:// or http://");
    }
    if let (Some(from), Some(to)) = (s.valid_from, s.valid_to)
        && to < from
    {
        p.add(
            "valid_to",
            "ends_before_start",
            "the last day is before the first day",
        );
    }
    if let (Some(min), Some(max)) = (s.minimum_age, s.maximum_age)
        && max < min
    {
        p.add(
            "maximum_age",
            "max_below_min",
            "the highest age is below the lowest",
        );
    }
    for (field, age) in [
        ("minimum_age", s.minimum_age),
        ("maximum_age", s.maximum_age),
    ] {
        if age.is_some_and(|a| !(0.0..=120.0).contains(&a)) {
            p.add(field, "out_of_range", "an age from 0 to 120");
        }
    }
    for (i, sch) in s.schedules.iter().enumerate() {
        if let (Some(o), Some(c)) = (&sch.opens_at, &sch.closes_at)
            && c.time() <= o.time()
        {
            p.add(
                format!("schedules.{i}.closes_at"),
                "closes_before_opens",
                "closes before it opens",
            );
        }
    }
    for (i, c) in s.cost_options.iter().enumerate() {
        if c.amount.is_some_and(|a| !(0.0..=100_000.0).contains(&a)) {
            p.add(
                format!("cost_options.{i}.amount"),
                "out_of_range",
                "an amount from 0 to 100000",
            );
        }
    }
    check_phones(&mut p, "phones", &s.phones);
    for (i, c) in s.contacts.iter().enumerate() {
        for (field, value) in [
            ("name", &c.name),
            ("title", &c.title),
            ("department", &c.department),
        ] {
            check_opt(
                &mut p,
                &format!("contacts.{i}.{field}"),
                value.as_ref(),
                200,
            );
        }
        if c.name.is_none() && c.email.is_none() && c.phones.is_empty() {
            p.add(
                format!("contacts.{i}.name"),
                "contact_empty",
                "a contact needs a name, an e-mail address or a phone number",
            );
        }
        check_phones(&mut p, &format!("contacts.{i}.phones"), &c.phones);
    }
    for (lang, t) in &s.translations {
        check_opt(
            &mut p,
            &format!("translations.{lang}.name"),
            t.name.as_ref(),
            200,
        );
        check_opt(
            &mut p,
            &format!("translations.{lang}.description"),
            t.description.as_ref(),
            10_000,
        );
    }
    p.finish()
}

/// Phone numbers: present, at most 50 characters, and made of digits and the usual separators.
fn check_phones(p: &mut Problems, path: &str, phones: &[atlas_model::Phone]) {
    for (i, ph) in phones.iter().enumerate() {
        let field = format!("{path}.{i}.number");
        check_text(p, &field, &ph.number, true, 50);
        if !ph
            .number
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '/' | '(' | ')' | '.'))
        {
            p.add(field, "invalid_phone", "digits, spaces and + - / ( ) only");
        } else if !ph.number.chars().any(|c| c.is_ascii_digit()) {
            p.add(field, "invalid_phone", "a phone number needs digits");
        }
        check_opt(
            p,
            &format!("{path}.{i}.description"),
            ph.description.as_ref(),
            200,
        );
    }
}

pub fn validate_organization(o: &Organization) -> Result<(), AppError> {
    let mut p = Problems::default();
    check_text(&mut p, "name", &o.name, true, 200);
    check_text(&mut p, "description", &o.description, true, 10_000);
    check_opt(&mut p, "alternate_name", o.alternate_name.as_ref(), 200);
    check_opt(&mut p, "website", o.website.as_ref(), 500);
    if let Some(url) = &o.website
        && !(url.starts_with("https://") || url.starts_with("http://"))
    {
        p.add(
            "website",
            "invalid_url",
            "must start with https:// or http://",
        );
    }
    check_phones(&mut p, "phones", &o.phones);
    p.finish()
}

pub fn validate_location(l: &Location) -> Result<(), AppError> {
    let mut p = Problems::default();
    check_opt(&mut p, "name", l.name.as_ref(), 200);
    check_opt(&mut p, "description", l.description.as_ref(), 5_000);
    check_opt(&mut p, "transportation", l.transportation.as_ref(), 2_000);
    if l.organization_id.is_none() {
        p.add(
            "organization_id",
            "required",
            "a location belongs to an organisation",
        );
    }
    for (field, v, range) in [
        ("latitude", l.latitude, -90.0..=90.0),
        ("longitude", l.longitude, -180.0..=180.0),
    ] {
        if v.is_some_and(|v| !range.contains(&v)) {
            p.add(field, "out_of_range", "not a coordinate");
        }
    }
    p.finish()
}

impl Atlas {
    /// Whether a moderator covers one of `regions` (a region or one of its ancestors is theirs).
    fn covers(&self, actor: &Actor, regions: &[String]) -> bool {
        if actor.is_admin() {
            return true;
        }
        if actor.role != atlas_model::Role::Moderator {
            return false;
        }
        regions.iter().any(|r| {
            Ags::parse(r).is_ok_and(|ags| {
                self.regions
                    .path(&ags)
                    .iter()
                    .any(|a| actor.regions.iter().any(|m| m == a.as_str()))
            })
        })
    }

    /// The organisation a stored record belongs to (`None`: no such record).
    fn owner_of(&self, tx: &Tx<'_>, kind: RecordKind, id: Id) -> Result<Option<Id>, AppError> {
        Ok(match kind {
            RecordKind::Organization => tx.organization(id)?.map(|_| id),
            RecordKind::Service => tx.service(id)?.map(|s| s.record.organization_id),
            RecordKind::Location => tx.location(id)?.and_then(|(l, _)| l.organization_id),
            RecordKind::Network => tx
                .network(id)?
                .and_then(|n| n.record.coordinator_organization_id),
        })
    }

    /// The stored (published or pending) version of a record as JSON.
    fn stored_doc(
        &self,
        tx: &Tx<'_>,
        kind: RecordKind,
        id: Id,
    ) -> Result<Option<(serde_json::Value, Option<ModerationStatus>)>, AppError> {
        Ok(match kind {
            RecordKind::Organization => tx
                .organization(id)?
                .map(|s| Ok::<_, AppError>((to_value(&s.record)?, Some(s.moderation))))
                .transpose()?,
            RecordKind::Service => tx
                .service(id)?
                .map(|s| Ok::<_, AppError>((to_value(&s.record)?, Some(s.moderation))))
                .transpose()?,
            RecordKind::Network => tx
                .network(id)?
                .map(|s| Ok::<_, AppError>((to_value(&s.record)?, Some(s.moderation))))
                .transpose()?,
            RecordKind::Location => tx
                .location(id)?
                .map(|(l, _)| Ok::<_, AppError>((to_value(&l)?, None)))
                .transpose()?,
        })
    }

    /// The AGS keys of the Gemeinden and areas an offer lies in.
    fn service_regions(&self, tx: &Tx<'_>, s: &Service) -> Result<Vec<String>, AppError> {
        let mut out = Vec::new();
        for loc in s.location_ids() {
            let location = match tx.open_draft("location", loc)? {
                Some(d) => Some(from_value::<Location>(&d.doc)?),
                None => tx.location(loc)?.map(|(l, _)| l),
            };
            if let Some(l) = location
                && let Some(ags) = self.gemeinde_of(tx, &l)?
            {
                out.push(ags.as_str().to_owned());
            }
        }
        out.extend(
            s.service_areas
                .iter()
                .filter_map(|a| a.ags.as_ref())
                .map(|a| a.as_str().to_owned()),
        );
        out.sort();
        out.dedup();
        Ok(out)
    }

    /// The regions of an organisation: where its locations are, else its home region (given
    /// when it was created).
    fn organization_regions(&self, tx: &Tx<'_>, org: Id) -> Result<Vec<String>, AppError> {
        let mut out = Vec::new();
        for sid in tx.service_ids_of_organization(org)? {
            if let Some(s) = tx.service(sid)? {
                out.extend(self.service_regions(tx, &s.record)?);
            }
        }
        if let Some(o) = tx.organization(org)?
            && let Some(home) = o.record.extra.get(HOME_REGION).and_then(|v| v.as_str())
        {
            out.push(home.to_owned());
        }
        out.sort();
        out.dedup();
        Ok(out)
    }

    fn draft_view(&self, tx: &Tx<'_>, d: Draft) -> Result<DraftView, AppError> {
        let kind = RecordKind::parse(&d.entity).ok_or_else(|| {
            AppError::Internal(format!("draft {} of unknown kind {}", d.id, d.entity))
        })?;
        let organization_name = tx
            .organization(d.organization_id)?
            .map(|o| o.record.name)
            .unwrap_or_default();
        let is_new = self
            .stored_doc(tx, kind, d.entity_id)?
            .is_none_or(|(_, m)| {
                // A record that was never published counts as new.
                m.is_some_and(|m| m == ModerationStatus::Draft)
            });
        let name = match kind {
            RecordKind::Location => d
                .doc
                .get("name")
                .and_then(|n| n.as_str())
                .map(str::to_owned)
                .unwrap_or_else(|| {
                    from_value::<Location>(&d.doc)
                        .ok()
                        .and_then(|l| {
                            l.main_address()
                                .map(|a| format!("{}, {}", a.address_1, a.city))
                        })
                        .unwrap_or_default()
                }),
            _ => doc_name(&d.doc),
        };
        Ok(DraftView {
            id: d.id,
            kind,
            entity_id: d.entity_id,
            organization_id: d.organization_id,
            organization_name,
            name,
            status: d.status,
            reason: d.reason,
            regions: d.regions,
            author_id: d.author_id,
            created_at: d.created_at,
            updated_at: d.updated_at,
            submitted_at: d.submitted_at,
            is_new,
            doc: d.doc,
        })
    }

    // --- providers ---

    /// What a signed-in account works on: its organisations with offers, locations and drafts,
    /// and its claims.
    pub fn workspace(&self, actor: &Actor) -> Result<Workspace, AppError> {
        let today = self.today();
        self.store()?.read(|tx| {
            let mut ws = Workspace::default();
            for &org in &actor.organizations {
                let Some(o) = tx.organization(org)? else {
                    continue;
                };
                let drafts: Vec<DraftView> = tx
                    .open_drafts_of(org)?
                    .into_iter()
                    .map(|d| self.draft_view(tx, d))
                    .collect::<Result<_, _>>()?;
                let mut offers = Vec::new();
                for sid in tx.service_ids_of_organization(org)? {
                    let Some(s) = tx.service(sid)? else { continue };
                    let confirmed = confirmed_on(&s.record, &s.updated_at);
                    offers.push(WorkspaceOffer {
                        id: sid,
                        name: s.record.name.clone(),
                        moderation: Some(s.moderation),
                        draft: drafts.iter().find(|d| d.entity_id == sid).cloned(),
                        confirmed_on: confirmed,
                        stale: is_older(confirmed, today, STALE_MONTHS),
                    });
                }
                for d in drafts.iter().filter(|d| d.kind == RecordKind::Service) {
                    if !offers.iter().any(|o| o.id == d.entity_id) {
                        offers.push(WorkspaceOffer {
                            id: d.entity_id,
                            name: d.name.clone(),
                            moderation: None,
                            draft: Some(d.clone()),
                            confirmed_on: None,
                            stale: false,
                        });
                    }
                }
                offers.sort_by_key(|o| o.name.to_lowercase());
                let mut locations = Vec::new();
                for lid in tx.location_ids_of_organization(org)? {
                    if let Some((l, _)) = tx.location(lid)? {
                        locations.push((lid, location_label(&l)));
                    }
                }
                for d in drafts.iter().filter(|d| d.kind == RecordKind::Location) {
                    if !locations.iter().any(|(id, _)| *id == d.entity_id) {
                        locations.push((d.entity_id, d.name.clone()));
                    }
                }
                ws.organizations.push(WorkspaceOrg {
                    id: org,
                    name: o.record.name,
                    moderation: o.moderation,
                    offers,
                    locations,
                    drafts,
                });
            }
            for m in tx.memberships_of(actor.id)? {
                if m.status != "active" {
                    ws.claims.push(self.claim_view(tx, m)?);
                }
            }
            Ok(ws)
        })
    }

    fn claim_view(&self, tx: &Tx<'_>, m: atlas_store::Membership) -> Result<ClaimView, AppError> {
        let account = tx.account(m.account_id)?;
        Ok(ClaimView {
            account_id: m.account_id,
            account_email: account
                .as_ref()
                .map(|a| a.email.clone())
                .unwrap_or_default(),
            account_name: account.map(|a| a.display_name).unwrap_or_default(),
            organization_id: m.organization_id,
            organization_name: tx
                .organization(m.organization_id)?
                .map(|o| o.record.name)
                .unwrap_or_default(),
            note: m.note,
            status: m.status,
            reason: m.reason,
            created_at: m.created_at,
        })
    }

    /// A provider registers a new organisation: it is stored unpublished, the provider becomes
    /// its member at once (and can prepare offers), and a moderator of `home` reviews it.
    pub fn create_organization(
        &self,
        actor: &Actor,
        mut org: Organization,
        home: &Ags,
    ) -> Result<Id, AppError> {
        validate_organization(&org)?;
        org.id = Id::random();
        org.extra.insert(
            HOME_REGION.to_owned(),
            serde_json::Value::String(home.as_str().to_owned()),
        );
        let now = self.now();
        let doc = to_value(&org)?;
        self.store()?.write(|tx| {
            if tx.region(home)?.is_none() {
                return Err(AppError::Invalid(vec![crate::FieldError::new(
                    "region",
                    "unknown_region",
                    "not a region of the atlas",
                )]));
            }
            tx.upsert_organization(&org, ModerationStatus::Draft)?;
            let regions = vec![home.as_str().to_owned()];
            tx.put_membership(actor.id, org.id, "active", None, &regions, now)?;
            tx.save_draft(
                &DraftInput {
                    entity: "organization",
                    entity_id: org.id,
                    organization_id: org.id,
                    doc: &doc,
                    regions: &regions,
                    author_id: actor.id,
                    submit: true,
                },
                now,
            )?;
            tx.audit(
                Some(actor.id),
                "create",
                "organization",
                &org.id.to_string(),
                None,
                Some(&doc),
                None,
                now,
            )?;
            Ok(())
        })?;
        tracing::info!(organization.id = %org.id, account.id = %actor.id, "organisation created");
        Ok(org.id)
    }

    /// Published organisations matching `text` (the public search over providers), with this
    /// account's membership of each, for finding the organisation to claim.
    pub fn claim_candidates(
        &self,
        actor: &Actor,
        text: &str,
    ) -> Result<Vec<ClaimCandidate>, AppError> {
        let text = text.trim();
        let mut p = Problems::default();
        check_text(&mut p, "q", text, false, 200);
        p.finish()?;
        if text.is_empty() {
            return Ok(Vec::new());
        }
        let found = self.search(atlas_index::SearchRequest {
            text: text.to_owned(),
            kinds: vec![atlas_index::Kind::Provider],
            limit: 20,
            ..Default::default()
        })?;
        self.store()?.read(|tx| {
            found
                .hits
                .into_iter()
                .map(|h| {
                    Ok(ClaimCandidate {
                        membership: tx.membership(actor.id, h.id)?.map(|m| m.status),
                        id: h.id,
                        name: h.name,
                        snippet_html: h.snippet_html,
                    })
                })
                .collect()
        })
    }

    /// A provider claims a published organisation; a moderator of its regions confirms.
    pub fn claim_organization(&self, actor: &Actor, org: Id, note: &str) -> Result<(), AppError> {
        let note = note.trim();
        let mut p = Problems::default();
        check_text(&mut p, "note", note, true, 2_000);
        p.finish()?;
        let now = self.now();
        self.store()?.write(|tx| {
            let o = tx
                .organization(org)?
                .filter(|o| o.moderation.is_public())
                .ok_or_else(|| not_found(RecordKind::Organization, org))?;
            if let Some(m) = tx.membership(actor.id, org)?
                && m.status != "rejected"
            {
                return Err(AppError::Conflict {
                    code: "already_claimed",
                    message: format!("you are a member of {} or have claimed it", o.record.name),
                });
            }
            let regions = self.organization_regions(tx, org)?;
            tx.put_membership(actor.id, org, "pending", Some(note), &regions, now)?;
            // The organisation's members hear of it before anyone decides.
            self.notify_org(
                tx,
                org,
                "Integrationsatlas: Antrag auf Zugang / access requested",
                &format!(
                    "{} ({}) hat Zugang zu „{}“ beantragt. Die Redaktion entscheidet; kennen Sie die Person nicht, antworten Sie bitte der Redaktion.\n\n                     {} ({}) asked for access to \"{}\". The editorial team decides; if you do not know them, please tell the team.\n",
                    actor.display_name, actor.email, o.record.name,
                    actor.display_name, actor.email, o.record.name
                ),
                now,
            )?;
            tx.audit(
                Some(actor.id),
                "claim",
                "organization",
                &org.to_string(),
                None,
                None,
                Some(note),
                now,
            )?;
            Ok(())
        })
    }

    /// The record to edit: the open draft if there is one, else the stored record. Only for
    /// members of its organisation (and administrators); for anyone else it does not exist.
    pub fn record_for_edit(
        &self,
        actor: &Actor,
        kind: RecordKind,
        id: Id,
    ) -> Result<(serde_json::Value, Option<DraftView>), AppError> {
        self.store()?.read(|tx| {
            let owner = match tx.open_draft(kind.code(), id)? {
                Some(d) => Some(d.organization_id),
                None => self.owner_of(tx, kind, id)?,
            };
            let Some(owner) = owner.filter(|o| actor.is_member_of(*o) || actor.is_admin()) else {
                return Err(not_found(kind, id));
            };
            let _ = owner;
            if let Some(d) = tx.open_draft(kind.code(), id)? {
                let view = self.draft_view(tx, d)?;
                return Ok((view.doc.clone(), Some(view)));
            }
            let (doc, _) = self
                .stored_doc(tx, kind, id)?
                .ok_or_else(|| not_found(kind, id))?;
            Ok((doc, None))
        })
    }

    /// Saves a provider's version of an offer as its draft (`submit`: straight into review).
    /// The published offer, if any, is untouched.
    pub fn save_offer(&self, actor: &Actor, offer: &Service, submit: bool) -> Result<Id, AppError> {
        validate_service(offer)?;
        // The day of the last check is not the provider's to write: it is set by "confirm as
        // current" and by an approval.
        let mut offer = offer.clone();
        offer.assured_date = self
            .store()?
            .read(|tx| tx.service(offer.id))?
            .and_then(|s| s.record.assured_date);
        let offer = &offer;
        let doc = to_value(offer)?;
        self.save_draft(
            actor,
            RecordKind::Service,
            offer.id,
            offer.organization_id,
            &doc,
            submit,
            |tx| {
                for (i, loc) in offer.location_ids().enumerate() {
                    let owner = match tx.open_draft("location", loc)? {
                        Some(d) => Some(d.organization_id),
                        None => tx.location(loc)?.and_then(|(l, _)| l.organization_id),
                    };
                    if owner != Some(offer.organization_id) {
                        return Err(AppError::Invalid(vec![crate::FieldError::new(
                            format!("service_at_locations.{i}.location_id"),
                            "foreign_location",
                            "not a location of this organisation",
                        )]));
                    }
                }
                // Moderators of the published version's regions decide an edit (adding an
                // area cannot hand it to another region's moderators); a new offer goes by its
                // places, an offer without any by its organisation's.
                let mut regions = match tx.service(offer.id)? {
                    Some(p) if p.moderation.is_public() => self.service_regions(tx, &p.record)?,
                    _ => Vec::new(),
                };
                if regions.is_empty() {
                    regions = self.service_regions(tx, offer)?;
                }
                if regions.is_empty() {
                    regions = self.organization_regions(tx, offer.organization_id)?;
                }
                if submit {
                    self.submit_new_locations(tx, actor, offer, self.now())?;
                }
                Ok(regions)
            },
        )
    }

    /// Saves a provider's version of a location as its draft.
    pub fn save_location(&self, actor: &Actor, l: &Location, submit: bool) -> Result<Id, AppError> {
        validate_location(l)?;
        let org = l.organization_id.ok_or_else(|| {
            AppError::Invalid(vec![crate::FieldError::new(
                "organization_id",
                "required",
                "missing",
            )])
        })?;
        let doc = to_value(l)?;
        self.save_draft(actor, RecordKind::Location, l.id, org, &doc, submit, |tx| {
            // As for offers: the published location's Gemeinde decides who reviews an edit.
            let published = tx.location(l.id)?.map(|(p, _)| p);
            let mut regions: Vec<String> = match published {
                Some(p) => self.gemeinde_of(tx, &p)?,
                None => None,
            }
            .or(self.gemeinde_of(tx, l)?)
            .map(|a| a.as_str().to_owned())
            .into_iter()
            .collect();
            if regions.is_empty() {
                regions = self.organization_regions(tx, org)?;
            }
            Ok(regions)
        })
    }

    /// Saves a provider's version of its organisation's profile as a draft.
    pub fn save_organization(
        &self,
        actor: &Actor,
        o: &Organization,
        submit: bool,
    ) -> Result<Id, AppError> {
        validate_organization(o)?;
        let mut o = o.clone();
        let doc = {
            // The home region is ours, not the provider's to change.
            let home = self.store()?.read(|tx| {
                Ok::<_, StoreError>(
                    tx.organization(o.id)?
                        .and_then(|x| x.record.extra.get(HOME_REGION).cloned()),
                )
            })?;
            match home {
                Some(h) => {
                    o.extra.insert(HOME_REGION.to_owned(), h);
                }
                None => {
                    o.extra.remove(HOME_REGION);
                }
            }
            to_value(&o)?
        };
        self.save_draft(
            actor,
            RecordKind::Organization,
            o.id,
            o.id,
            &doc,
            submit,
            |tx| self.organization_regions(tx, o.id),
        )
    }

    /// Asks to add (`join`) or remove an organisation as a member of a network: a draft of the
    /// network with the membership changed, straight into review.
    pub fn set_network_membership(
        &self,
        actor: &Actor,
        network: Id,
        org: Id,
        join: bool,
    ) -> Result<Id, AppError> {
        if !actor.is_member_of(org) && !actor.is_admin() {
            return Err(not_found(RecordKind::Organization, org));
        }
        let now = self.now();
        self.store()?.write(|tx| {
            let mut open = tx.open_draft("network", network)?;
            // A rejected request is over (its reason was mailed and is in the history): it
            // blocks nobody, and a new request starts from the published network.
            if let Some(d) = open.take_if(|d| d.status == ChangeStatus::Rejected) {
                tx.delete_open_draft(d.id)?;
            }
            let base: Network = match open {
                // One open change per network: another organisation's request waits first.
                Some(d) if d.organization_id != org => {
                    return Err(AppError::Conflict {
                        code: "network_change_pending",
                        message: "another change to this network is waiting for review; try again once it is decided".into(),
                    });
                }
                Some(d) => from_value(&d.doc)?,
                None => {
                    tx.network(network)?
                        .filter(|n| n.moderation.is_public())
                        .ok_or_else(|| not_found(RecordKind::Network, network))?
                        .record
                }
            };
            let mut n = base.clone();
            let is_member = n.members.iter().any(|m| m.organization_id == org);
            match (join, is_member) {
                (true, false) => n.members.push(NetworkMember {
                    organization_id: org,
                    role: atlas_model::MemberRole::Member,
                }),
                (false, true) => n.members.retain(|m| m.organization_id != org),
                _ => {
                    return Err(AppError::Conflict {
                        code: "membership_unchanged",
                        message: if join {
                            "the organisation is a member already".into()
                        } else {
                            "the organisation is not a member".into()
                        },
                    });
                }
            }
            if !join && n.coordinator_organization_id == Some(org) {
                return Err(AppError::Conflict {
                    code: "coordinator_cannot_leave",
                    message: "the coordinating organisation cannot leave its network".into(),
                });
            }
            let doc = to_value(&n)?;
            let regions: Vec<String> = match &n.region_ags {
                Some(a) => vec![a.as_str().to_owned()],
                None => self.organization_regions(tx, org)?,
            };
            let id = tx.save_draft(
                &DraftInput {
                    entity: "network",
                    entity_id: network,
                    organization_id: org,
                    doc: &doc,
                    regions: &regions,
                    author_id: actor.id,
                    submit: true,
                },
                now,
            )?;
            tx.audit(
                Some(actor.id),
                if join {
                    "request_join"
                } else {
                    "request_leave"
                },
                "network",
                &network.to_string(),
                Some(&to_value(&base)?),
                Some(&doc),
                Some(&org.to_string()),
                now,
            )?;
            Ok(id)
        })
    }

    /// The common part of saving a draft: who may, which organisation, which regions.
    #[allow(clippy::too_many_arguments)]
    fn save_draft(
        &self,
        actor: &Actor,
        kind: RecordKind,
        id: Id,
        org: Id,
        doc: &serde_json::Value,
        submit: bool,
        regions: impl FnOnce(&Tx<'_>) -> Result<Vec<String>, AppError>,
    ) -> Result<Id, AppError> {
        let now = self.now();
        self.store()?.write(|tx| {
            // The organisation of the record as stored (or of its open draft) must be the
            // actor's, and so must the one the new version names: nobody moves a record into
            // or out of an organisation they are not a member of.
            let current_owner = match tx.open_draft(kind.code(), id)? {
                Some(d) => Some(d.organization_id),
                None => self.owner_of(tx, kind, id)?,
            };
            let allowed = |o: Id| actor.is_member_of(o) || actor.is_admin();
            if let Some(owner) = current_owner
                && !allowed(owner)
            {
                return Err(not_found(kind, id));
            }
            if !allowed(org) {
                return Err(AppError::Forbidden {
                    what: "edit records of an organisation you are not a member of",
                });
            }
            if tx.organization(org)?.is_none() {
                return Err(not_found(RecordKind::Organization, org));
            }
            if let Some(d) = tx.open_draft(kind.code(), id)?
                && d.status == ChangeStatus::InReview
                && !submit
            {
                // Editing a submitted draft takes it back out of the queue.
                tracing::debug!(draft.id = %d.id, "draft withdrawn from review by an edit");
            }
            let regions = regions(tx)?;
            let old = tx.open_draft(kind.code(), id)?.map(|d| d.doc);
            let draft = tx.save_draft(
                &DraftInput {
                    entity: kind.code(),
                    entity_id: id,
                    organization_id: org,
                    doc,
                    regions: &regions,
                    author_id: actor.id,
                    submit,
                },
                now,
            )?;
            tx.audit(
                Some(actor.id),
                if submit { "submit" } else { "save_draft" },
                kind.code(),
                &id.to_string(),
                old.as_ref(),
                Some(doc),
                None,
                now,
            )?;
            Ok(draft)
        })
    }

    /// Loads a draft for a provider who is a member of its organisation (else: not found).
    fn own_draft(&self, tx: &Tx<'_>, actor: &Actor, draft: Id) -> Result<Draft, AppError> {
        tx.draft(draft)?
            .filter(|d| actor.is_member_of(d.organization_id) || actor.is_admin())
            .ok_or(AppError::NotFound {
                entity: "draft",
                id: draft.to_string(),
            })
    }

    /// A draft, for members of its organisation and for moderators of its regions.
    pub fn draft(&self, actor: &Actor, draft: Id) -> Result<DraftView, AppError> {
        self.store()?.read(|tx| {
            let d = tx
                .draft(draft)?
                .filter(|d| actor.is_member_of(d.organization_id) || self.covers(actor, &d.regions))
                .ok_or(AppError::NotFound {
                    entity: "draft",
                    id: draft.to_string(),
                })?;
            self.draft_view(tx, d)
        })
    }

    /// Sends a draft to review.
    pub fn submit_draft(&self, actor: &Actor, draft: Id) -> Result<(), AppError> {
        let now = self.now();
        self.store()?.write(|tx| {
            let d = self.own_draft(tx, actor, draft)?;
            if !matches!(d.status, ChangeStatus::Draft | ChangeStatus::Rejected) {
                return Err(AppError::Conflict {
                    code: "not_a_draft",
                    message: format!("this change is {} already", d.status.code()),
                });
            }
            tx.set_draft_status(draft, ChangeStatus::InReview, None, None, now)?;
            tx.audit(
                Some(actor.id),
                "submit",
                &d.entity,
                &d.entity_id.to_string(),
                None,
                None,
                None,
                now,
            )?;
            if d.entity == RecordKind::Service.code() {
                self.submit_new_locations(tx, actor, &from_value(&d.doc)?, now)?;
            }
            Ok(())
        })
    }

    /// Submitting an offer submits its locations that exist only as unsubmitted drafts: a new
    /// place goes to review with the offer that uses it (and the review shows it).
    fn submit_new_locations(
        &self,
        tx: &Tx<'_>,
        actor: &Actor,
        offer: &Service,
        now: DateTime<Utc>,
    ) -> Result<(), AppError> {
        for loc in offer.location_ids() {
            if let Some(ld) = tx.open_draft("location", loc)?
                && matches!(ld.status, ChangeStatus::Draft | ChangeStatus::Rejected)
                && tx.location(loc)?.is_none()
            {
                tx.set_draft_status(ld.id, ChangeStatus::InReview, None, None, now)?;
                tx.audit(
                    Some(actor.id),
                    "submit",
                    "location",
                    &loc.to_string(),
                    None,
                    None,
                    None,
                    now,
                )?;
            }
        }
        Ok(())
    }

    /// Throws an open draft away. A record that was never published goes with it.
    pub fn discard_draft(&self, actor: &Actor, draft: Id) -> Result<(), AppError> {
        let now = self.now();
        self.store()?.write(|tx| {
            let d = self.own_draft(tx, actor, draft)?;
            if d.status == ChangeStatus::Approved {
                return Err(AppError::Conflict {
                    code: "already_approved",
                    message: "an approved change cannot be discarded".into(),
                });
            }
            tx.delete_open_draft(draft)?;
            tx.audit(
                Some(actor.id),
                "discard",
                &d.entity,
                &d.entity_id.to_string(),
                Some(&d.doc),
                None,
                None,
                now,
            )?;
            Ok(())
        })
    }

    /// Confirms with one click that a published offer is still current: sets its `assured_date`
    /// to today. An offer archived for being unconfirmed comes back.
    pub fn confirm_current(&self, actor: &Actor, offer: Id) -> Result<(), AppError> {
        let today = self.today();
        let now = self.now();
        self.store()?.write(|tx| {
            let s = tx
                .service(offer)?
                .filter(|s| actor.is_member_of(s.record.organization_id) || actor.is_admin())
                .ok_or_else(|| not_found(RecordKind::Service, offer))?;
            let revive = s.moderation == ModerationStatus::Archived
                && s.record.valid_to.is_none_or(|to| to >= today);
            if !s.moderation.is_public() && !revive {
                return Err(AppError::Conflict {
                    code: "not_published",
                    message: "only a published offer can be confirmed".into(),
                });
            }
            let mut record = s.record.clone();
            let old = s.record.assured_date;
            record.assured_date = Some(today);
            tx.upsert_service(&record, ModerationStatus::Published)?;
            tx.audit(
                Some(actor.id),
                "confirm_current",
                "service",
                &offer.to_string(),
                Some(&serde_json::json!({"assured_date": old, "moderation": s.moderation.code()})),
                Some(&serde_json::json!({"assured_date": today, "moderation": "published"})),
                None,
                now,
            )?;
            Ok(())
        })
    }

    // --- moderators ---

    /// Everything waiting for this moderator: submitted changes in their regions, claims of
    /// organisations in their regions and the public's reports on offers there.
    pub fn review_queue(&self, actor: &Actor) -> Result<Queue, AppError> {
        if !actor.is_moderator() {
            return Err(AppError::Forbidden {
                what: "review changes",
            });
        }
        self.store()?.read(|tx| {
            let mut q = Queue::default();
            for d in tx.drafts_in_review()? {
                if self.covers(actor, &d.regions) {
                    q.changes.push(self.draft_view(tx, d)?);
                }
            }
            for m in tx.pending_claims()? {
                if self.covers(actor, &m.regions) {
                    q.claims.push(self.claim_view(tx, m)?);
                }
            }
            let mut reports: Vec<Report> = tx
                .reports(10_000)?
                .into_iter()
                .filter(|r| r.status == "open")
                .collect();
            reports.reverse(); // oldest first
            for r in reports {
                let Some(s) = tx.service(r.service_id)? else {
                    continue;
                };
                if self.covers(actor, &self.service_regions(tx, &s.record)?) {
                    q.reports.push(ReportView {
                        id: r.id,
                        offer_id: r.service_id,
                        offer_name: s.record.name,
                        message: r.message,
                        email: r.email,
                        created_at: r.created_at,
                    });
                }
            }
            Ok(q)
        })
    }

    /// A draft with the published version, the changed values and the record's history.
    /// Moderators get 403 for a change outside their regions, as from `approve`.
    pub fn review(&self, actor: &Actor, draft: Id) -> Result<Review, AppError> {
        self.store()?.read(|tx| {
            let d = self.moderated(tx, actor, draft)?;
            let view = self.draft_view(tx, d)?;
            let published = self
                .stored_doc(tx, view.kind, view.entity_id)?
                .filter(|(_, m)| m.is_none_or(|m| m != ModerationStatus::Draft))
                .map(|(doc, _)| doc);
            let changes = diff(published.as_ref(), &view.doc);
            let mut locations = Vec::new();
            if view.kind == RecordKind::Service {
                let offer: Service = from_value(&view.doc)?;
                for ld in self.location_changes(tx, actor, &offer)? {
                    let old = tx
                        .location(ld.entity_id)?
                        .map(|(l, _)| to_value(&l))
                        .transpose()?;
                    let changed = diff(old.as_ref(), &ld.doc);
                    locations.push((self.draft_view(tx, ld)?, changed));
                }
            }
            let author = tx
                .account(view.author_id)?
                .map(|a| (a.display_name, a.email));
            let history = tx.audit_of(view.kind.code(), &view.entity_id.to_string())?;
            Ok(Review {
                draft: view,
                published,
                changes,
                locations,
                author,
                history,
            })
        })
    }

    /// Approves a submitted change: its content becomes the published record (an offer's new
    /// locations with it), in one transaction with the audit entries; the search index follows
    /// the change log. Only moderators of the change's regions and administrators may.
    ///
    /// `seen` is the `updated_at` of the version the moderator reviewed: a change saved again
    /// since is not approved (409 `changed_since_review`) but shown anew.
    pub fn approve(&self, actor: &Actor, draft: Id, seen: &str) -> Result<(), AppError> {
        let now = self.now();
        let author = self.store()?.write(|tx| {
            let d = self.decidable(tx, actor, draft, seen)?;
            let kind = RecordKind::parse(&d.entity)
                .ok_or_else(|| AppError::Internal(format!("draft of kind {}", d.entity)))?;
            self.apply(tx, actor, kind, &d, now)?;
            tx.set_draft_status(d.id, ChangeStatus::Approved, Some(actor.id), None, now)?;
            self.notify_org(
                tx,
                d.organization_id,
                "Integrationsatlas: Änderung freigegeben / change approved",
                &format!(
                    "Ihre Änderung an „{}“ ist freigegeben und öffentlich.\n\nYour change to \"{}\" was approved and is public.\n",
                    doc_name(&d.doc),
                    doc_name(&d.doc)
                ),
                now,
            )?;
            Ok::<_, AppError>(d.author_id)
        })?;
        tracing::info!(draft.id = %draft, moderator.id = %actor.id, author.id = %author, "change approved");
        Ok(())
    }

    /// Rejects a submitted change with a reason the provider sees; the published record stays.
    pub fn reject(
        &self,
        actor: &Actor,
        draft: Id,
        seen: &str,
        reason: &str,
    ) -> Result<(), AppError> {
        let reason = reason.trim();
        let mut p = Problems::default();
        check_text(&mut p, "reason", reason, true, 2_000);
        p.finish()?;
        let now = self.now();
        self.store()?.write(|tx| {
            let d = self.decidable(tx, actor, draft, seen)?;
            tx.set_draft_status(
                d.id,
                ChangeStatus::Rejected,
                Some(actor.id),
                Some(reason),
                now,
            )?;
            tx.audit(
                Some(actor.id),
                "reject",
                &d.entity,
                &d.entity_id.to_string(),
                None,
                None,
                Some(reason),
                now,
            )?;
            self.notify_org(
                tx,
                d.organization_id,
                "Integrationsatlas: Änderung abgelehnt / change rejected",
                &format!(
                    "Ihre Änderung an „{}“ wurde nicht freigegeben. Grund:\n{reason}\n\n\
                     Your change to \"{}\" was not approved. Reason: see above.\n",
                    doc_name(&d.doc),
                    doc_name(&d.doc)
                ),
                now,
            )?;
            Ok(())
        })
    }

    /// A draft this actor moderates: the actor is a moderator (else 403), the draft exists
    /// (else 404) and lies in one of their regions (else 403: moderators are staff and may learn
    /// that a change exists elsewhere; providers get 404 for other organisations' records).
    fn moderated(&self, tx: &Tx<'_>, actor: &Actor, draft: Id) -> Result<Draft, AppError> {
        if !actor.is_moderator() {
            return Err(AppError::Forbidden {
                what: "review changes",
            });
        }
        let d = tx.draft(draft)?.ok_or(AppError::NotFound {
            entity: "draft",
            id: draft.to_string(),
        })?;
        if !self.covers(actor, &d.regions) {
            return Err(AppError::Forbidden {
                what: "review changes outside your regions",
            });
        }
        Ok(d)
    }

    /// A draft this actor may decide: moderated by them, waiting for review, not their own or
    /// their organisation's (nobody publishes their own change, not even an administrator),
    /// and unchanged since they saw it.
    fn decidable(
        &self,
        tx: &Tx<'_>,
        actor: &Actor,
        draft: Id,
        seen: &str,
    ) -> Result<Draft, AppError> {
        let d = self.moderated(tx, actor, draft)?;
        if d.author_id == actor.id || actor.is_member_of(d.organization_id) {
            return Err(AppError::Forbidden {
                what: "decide your own or your organisation's changes (another moderator does)",
            });
        }
        if d.status != ChangeStatus::InReview {
            return Err(AppError::Conflict {
                code: "not_in_review",
                message: format!("this change is {}, not waiting for review", d.status.code()),
            });
        }
        if d.updated_at != seen.trim() {
            return Err(AppError::Conflict {
                code: "changed_since_review",
                message: "the change was saved again after you opened it; review it anew".into(),
            });
        }
        Ok(d)
    }

    /// The location drafts an offer's approval publishes with it: those submitted for review.
    /// A location that exists only as an unsubmitted or rejected draft, or whose change lies
    /// outside the moderator's regions, stops the approval (409): nothing unseen goes public.
    fn location_changes(
        &self,
        tx: &Tx<'_>,
        actor: &Actor,
        offer: &Service,
    ) -> Result<Vec<Draft>, AppError> {
        let mut out = Vec::new();
        for loc in offer.location_ids() {
            let Some(ld) = tx.open_draft("location", loc)? else {
                continue;
            };
            let published = tx.location(loc)?.is_some();
            match ld.status {
                ChangeStatus::InReview if self.covers(actor, &ld.regions) => out.push(ld),
                ChangeStatus::InReview => {
                    return Err(AppError::Conflict {
                        code: "location_outside_regions",
                        message: format!(
                            "the offer's location \"{}\" changes outside your regions; its moderators decide it first",
                            doc_name(&ld.doc)
                        ),
                    });
                }
                // The published location stays as it is; its draft waits.
                _ if published => {}
                _ => {
                    return Err(AppError::Conflict {
                        code: "location_not_submitted",
                        message: format!(
                            "the offer's new location \"{}\" is not submitted for review",
                            doc_name(&ld.doc)
                        ),
                    });
                }
            }
        }
        Ok(out)
    }

    /// Writes a draft's content as the published record, with its audit entry.
    fn apply(
        &self,
        tx: &Tx<'_>,
        actor: &Actor,
        kind: RecordKind,
        d: &Draft,
        now: DateTime<Utc>,
    ) -> Result<(), AppError> {
        let old = self.stored_doc(tx, kind, d.entity_id)?.map(|(doc, _)| doc);
        match kind {
            RecordKind::Organization => {
                let o: Organization = from_value(&d.doc)?;
                tx.upsert_organization(&o, ModerationStatus::Published)?;
            }
            RecordKind::Location => {
                let l: Location = from_value(&d.doc)?;
                let gemeinde = self.gemeinde_of(tx, &l)?;
                tx.upsert_location(&l, gemeinde.as_ref())?;
            }
            RecordKind::Service => {
                let mut s: Service = from_value(&d.doc)?;
                let org_public = tx
                    .organization(s.organization_id)?
                    .is_some_and(|o| o.moderation.is_public());
                if !org_public {
                    return Err(AppError::Conflict {
                        code: "organization_not_published",
                        message:
                            "approve the organisation first: its offers cannot be public before it"
                                .into(),
                    });
                }
                // Submitted changes of the offer's locations are part of the change (the review
                // shows them).
                for ld in self.location_changes(tx, actor, &s)? {
                    self.apply(tx, actor, RecordKind::Location, &ld, now)?;
                    tx.set_draft_status(ld.id, ChangeStatus::Approved, Some(actor.id), None, now)?;
                }
                // A moderator has just checked it.
                s.assured_date = Some(self.today());
                tx.upsert_service(&s, ModerationStatus::Published)?;
            }
            RecordKind::Network => {
                let n: Network = from_value(&d.doc)?;
                tx.upsert_network(&n, ModerationStatus::Published)?;
            }
        }
        tx.audit(
            Some(actor.id),
            "approve",
            kind.code(),
            &d.entity_id.to_string(),
            old.as_ref(),
            Some(&d.doc),
            Some(&d.id.to_string()),
            now,
        )?;
        Ok(())
    }

    /// Mails every active member of an organisation.
    fn notify_org(
        &self,
        tx: &Tx<'_>,
        org: Id,
        subject: &str,
        body: &str,
        now: DateTime<Utc>,
    ) -> Result<(), AppError> {
        for member in tx.active_members(org)? {
            if let Some(a) = tx.account(member)? {
                tx.queue_mail(&a.email, subject, body, now)?;
            }
        }
        Ok(())
    }

    /// Confirms or refuses a claim. Only moderators of the organisation's regions.
    pub fn decide_claim(
        &self,
        actor: &Actor,
        account: Id,
        org: Id,
        approve: bool,
        reason: &str,
    ) -> Result<(), AppError> {
        if !actor.is_moderator() {
            return Err(AppError::Forbidden {
                what: "decide claims",
            });
        }
        let reason = reason.trim();
        if !approve {
            let mut p = Problems::default();
            check_text(&mut p, "reason", reason, true, 2_000);
            p.finish()?;
        }
        if account == actor.id {
            return Err(AppError::Forbidden {
                what: "confirm your own claim (another moderator does)",
            });
        }
        let now = self.now();
        self.store()?.write(|tx| {
            let m = tx
                .membership(account, org)?
                .filter(|m| m.status == "pending")
                .ok_or(AppError::NotFound {
                    entity: "claim",
                    id: format!("{account}/{org}"),
                })?;
            if !self.covers(actor, &m.regions) {
                return Err(AppError::Forbidden {
                    what: "decide claims outside your regions",
                });
            }
            let status = if approve { "active" } else { "rejected" };
            if approve && let Some(a) = tx.account(account)? {
                // Told before the new member is one of them.
                self.notify_org(
                    tx,
                    org,
                    "Integrationsatlas: neues Mitglied / new member",
                    &format!(
                        "{} ({}) kann die Angaben Ihrer Organisation jetzt bearbeiten.\n\n{} ({}) can now edit your organisation's records.\n",
                        a.display_name, a.email, a.display_name, a.email
                    ),
                    now,
                )?;
            }
            tx.decide_membership(account, org, status, actor.id, (!approve).then_some(reason), now)?;
            tx.audit(
                Some(actor.id),
                if approve { "confirm_claim" } else { "reject_claim" },
                "organization",
                &org.to_string(),
                None,
                Some(&serde_json::json!({"account": account, "membership": status})),
                (!reason.is_empty()).then_some(reason),
                now,
            )?;
            if let Some(a) = tx.account(account)? {
                tx.queue_mail(
                    &a.email,
                    if approve {
                        "Integrationsatlas: Zugang bestätigt / access confirmed"
                    } else {
                        "Integrationsatlas: Zugang abgelehnt / access refused"
                    },
                    &if approve {
                        "Sie können die Angaben Ihrer Organisation jetzt bearbeiten.\nYou can now edit your organisation's records.\n".to_owned()
                    } else {
                        format!("Ihr Antrag wurde abgelehnt. Grund:\n{reason}\n\nYour claim was refused; the reason is above.\n")
                    },
                    now,
                )?;
            }
            Ok(())
        })
    }

    /// Marks a public report as dealt with.
    pub fn close_report(&self, actor: &Actor, report: Id) -> Result<(), AppError> {
        if !actor.is_moderator() {
            return Err(AppError::Forbidden {
                what: "close reports",
            });
        }
        let now = self.now();
        self.store()?.write(|tx| {
            let r = tx.report(report)?.ok_or(AppError::NotFound {
                entity: "report",
                id: report.to_string(),
            })?;
            let regions = match tx.service(r.service_id)? {
                Some(s) => self.service_regions(tx, &s.record)?,
                None => Vec::new(),
            };
            if !self.covers(actor, &regions) {
                return Err(AppError::Forbidden {
                    what: "close reports outside your regions",
                });
            }
            tx.set_report_status(report, "done")?;
            tx.audit(
                Some(actor.id),
                "close_report",
                "service",
                &r.service_id.to_string(),
                None,
                None,
                Some(&report.to_string()),
                now,
            )?;
            Ok(())
        })
    }

    /// A moderator of the offer's regions takes a reported offer offline: it leaves the public
    /// search and pages at once (status `rejected`), the report is closed, and the
    /// organisation's members get the reason. The provider brings it back by editing it and
    /// submitting the change for review (confirming it as current does not).
    pub fn withdraw_reported(
        &self,
        actor: &Actor,
        report: Id,
        reason: &str,
    ) -> Result<(), AppError> {
        if !actor.is_moderator() {
            return Err(AppError::Forbidden {
                what: "take offers offline",
            });
        }
        let reason = reason.trim();
        let mut p = Problems::default();
        check_text(&mut p, "reason", reason, true, 2_000);
        p.finish()?;
        let now = self.now();
        self.store()?.write(|tx| {
            let r = tx.report(report)?.ok_or(AppError::NotFound {
                entity: "report",
                id: report.to_string(),
            })?;
            let s = tx
                .service(r.service_id)?
                .ok_or_else(|| not_found(RecordKind::Service, r.service_id))?;
            if !self.covers(actor, &self.service_regions(tx, &s.record)?) {
                return Err(AppError::Forbidden {
                    what: "take offers outside your regions offline",
                });
            }
            if actor.is_member_of(s.record.organization_id) {
                return Err(AppError::Forbidden {
                    what: "decide about your own organisation's offers (another moderator does)",
                });
            }
            tx.upsert_service(&s.record, ModerationStatus::Rejected)?;
            tx.set_report_status(report, "done")?;
            tx.audit(
                Some(actor.id),
                "withdraw",
                "service",
                &s.record.id.to_string(),
                Some(&serde_json::json!({"moderation": s.moderation.code()})),
                Some(&serde_json::json!({"moderation": "rejected"})),
                Some(reason),
                now,
            )?;
            self.notify_org(
                tx,
                s.record.organization_id,
                "Integrationsatlas: Angebot offline genommen / offer taken offline",
                &format!(
                    "Die Redaktion hat „{}“ offline genommen. Grund:\n{reason}\n\n                     Bitte korrigieren Sie das Angebot und reichen Sie es zur Prüfung ein.\n                     The editorial team took \"{}\" offline (reason above). Please correct it and submit it for review.\n",
                    s.record.name, s.record.name
                ),
                now,
            )?;
            Ok(())
        })?;
        tracing::info!(report.id = %report, moderator.id = %actor.id, "reported offer taken offline");
        Ok(())
    }

    /// The audit trail of a record, for moderators of its regions, administrators, and members
    /// of its organisation.
    pub fn history(
        &self,
        actor: &Actor,
        kind: RecordKind,
        id: Id,
    ) -> Result<Vec<atlas_store::AuditEntry>, AppError> {
        self.store()?.read(|tx| {
            let owner = match self.owner_of(tx, kind, id)? {
                Some(o) => Some(o),
                // A record that exists only as a draft so far.
                None => tx.open_draft(kind.code(), id)?.map(|d| d.organization_id),
            };
            let regions = match kind {
                RecordKind::Service => match tx.service(id)? {
                    Some(s) => self.service_regions(tx, &s.record)?,
                    None => Vec::new(),
                },
                _ => owner
                    .map(|o| self.organization_regions(tx, o))
                    .transpose()?
                    .unwrap_or_default(),
            };
            let member = owner.is_some_and(|o| actor.is_member_of(o));
            let moderates = actor.is_moderator() && self.covers(actor, &regions);
            if !(member || moderates) {
                // As with changes: a moderator learns that a record outside their regions
                // exists (403); anybody else does not (404).
                return Err(if actor.is_moderator() && owner.is_some() {
                    AppError::Forbidden {
                        what: "see the history of records outside your regions",
                    }
                } else {
                    not_found(kind, id)
                });
            }
            Ok(tx.audit_of(kind.code(), &id.to_string())?)
        })
    }

    // --- freshness ---

    /// The nightly sweep: archives offers past their end date and offers unconfirmed for
    /// [`EXPIRED_MONTHS`]; reminds the providers of offers unconfirmed for [`STALE_MONTHS`]
    /// (once per offer and month). Returns what it did.
    pub fn freshness_sweep(&self) -> Result<SweepReport, AppError> {
        let today = self.today();
        let now = self.now();
        let month = today.format("%Y-%m").to_string();
        let stale_by = today
            .checked_sub_months(Months::new(STALE_MONTHS))
            .unwrap_or(today);
        self.store()?.write(|tx| {
            let mut report = SweepReport::default();
            for sid in tx.freshness_candidates(ModerationStatus::Published, stale_by, today)? {
                let Some(s) = tx.service(sid)? else { continue };
                if s.moderation != ModerationStatus::Published {
                    continue;
                }
                let confirmed = confirmed_on(&s.record, &s.updated_at);
                let ended = s.record.valid_to.is_some_and(|to| to < today);
                let expired = is_older(confirmed, today, EXPIRED_MONTHS);
                if ended || expired {
                    // Keep the day of the last confirmation (or write) it was judged by: the
                    // archive write itself must not make it look freshly confirmed.
                    let mut record = s.record.clone();
                    if record.assured_date.is_none() {
                        record.assured_date = confirmed;
                    }
                    tx.upsert_service(&record, ModerationStatus::Archived)?;
                    let why = if ended { "ended" } else { "unconfirmed" };
                    tx.audit(
                        None,
                        "archive",
                        "service",
                        &sid.to_string(),
                        Some(&serde_json::json!({"moderation": "published"})),
                        Some(&serde_json::json!({"moderation": "archived"})),
                        Some(why),
                        now,
                    )?;
                    if ended {
                        report.archived_ended += 1;
                    } else {
                        report.archived_unconfirmed += 1;
                    }
                } else if is_older(confirmed, today, STALE_MONTHS) {
                    let marker = format!("reminder {month}");
                    let reminded = tx
                        .audit_of("service", &sid.to_string())?
                        .iter()
                        .any(|e| e.action == "remind" && e.detail.as_deref() == Some(&marker));
                    if !reminded {
                        self.notify_org(
                            tx,
                            s.record.organization_id,
                            "Integrationsatlas: Ist Ihr Angebot noch aktuell? / Is your offer current?",
                            &format!(
                                "Das Angebot „{}“ wurde seit über {STALE_MONTHS} Monaten nicht bestätigt. \
                                 Bitte prüfen und bestätigen Sie es; nach {EXPIRED_MONTHS} Monaten verschwindet es aus der Suche.\n\n\
                                 The offer \"{}\" has not been confirmed for {STALE_MONTHS} months. Please check and confirm it.\n",
                                s.record.name, s.record.name
                            ),
                            now,
                        )?;
                        tx.audit(None, "remind", "service", &sid.to_string(), None, None, Some(&marker), now)?;
                        report.reminded += 1;
                    }
                }
            }
            Ok::<_, AppError>(report)
        })
    }

    /// Offers unconfirmed for [`STALE_MONTHS`] (flagged) or archived for being unconfirmed, by
    /// organisation; for administrators.
    pub fn stale_offers(&self, actor: &Actor) -> Result<Vec<StaleOffer>, AppError> {
        if !actor.is_admin() {
            return Err(AppError::Forbidden {
                what: "see stale offers",
            });
        }
        let today = self.today();
        let stale_by = today
            .checked_sub_months(Months::new(STALE_MONTHS))
            .unwrap_or(today);
        self.store()?.read(|tx| {
            let mut out = Vec::new();
            let mut candidates =
                tx.freshness_candidates(ModerationStatus::Published, stale_by, NaiveDate::MIN)?;
            candidates.extend(tx.freshness_candidates(
                ModerationStatus::Archived,
                stale_by,
                NaiveDate::MIN,
            )?);
            for sid in candidates {
                let Some(s) = tx.service(sid)? else { continue };
                let confirmed = confirmed_on(&s.record, &s.updated_at);
                let flagged = s.moderation == ModerationStatus::Published
                    && is_older(confirmed, today, STALE_MONTHS);
                let expired = s.moderation == ModerationStatus::Archived
                    && is_older(confirmed, today, EXPIRED_MONTHS)
                    && s.record.valid_to.is_none_or(|to| to >= today);
                if !(flagged || expired) {
                    continue;
                }
                let regions = self.service_regions(tx, &s.record)?;
                let mut kreise: Vec<(String, String)> = regions
                    .iter()
                    .filter_map(|r| Ags::parse(r).ok())
                    .filter_map(|r| {
                        let kreis = self
                            .regions
                            .path(&r)
                            .into_iter()
                            .find(|a| a.as_str().len() == 5)?;
                        let name = self.regions.short_name(&kreis)?;
                        Some((kreis.as_str().to_owned(), name))
                    })
                    .collect();
                kreise.sort();
                kreise.dedup();
                out.push(StaleOffer {
                    id: sid,
                    name: s.record.name.clone(),
                    organization_id: s.record.organization_id,
                    organization_name: tx
                        .organization(s.record.organization_id)?
                        .map(|o| o.record.name)
                        .unwrap_or_default(),
                    regions,
                    kreise,
                    confirmed_on: confirmed,
                    expired,
                });
            }
            out.sort_by(|a, b| {
                (a.organization_name.to_lowercase(), a.confirmed_on)
                    .cmp(&(b.organization_name.to_lowercase(), b.confirmed_on))
            });
            Ok(out)
        })
    }

    /// Unsent mails due for the mail thread, oldest first: those that failed
    /// [`MAX_MAIL_ATTEMPTS`] times (they stay in the outbox with their error) and those waiting
    /// for their next try are left out in the query, so they never hold up newer mail.
    pub fn pending_mails(&self, limit: usize) -> Result<Vec<atlas_store::Mail>, AppError> {
        let now = self.now();
        Ok(self
            .store()?
            .read(|tx| tx.due_mails(now, MAX_MAIL_ATTEMPTS, limit))?)
    }

    /// Notes a delivery attempt of the mail thread: sent, or failed with `error` (tried again
    /// after [`mail_retry_delay`]).
    pub fn record_mail_attempt(&self, mail: Id, error: Option<&str>) -> Result<(), AppError> {
        let now = self.now();
        self.store()?.write(|tx| {
            let attempts = tx.mail_attempts(mail)?.unwrap_or(0);
            let retry_at = now + mail_retry_delay(attempts);
            if error.is_some() && attempts + 1 >= MAX_MAIL_ATTEMPTS {
                tracing::error!(mail.id = %mail, "mail given up after {MAX_MAIL_ATTEMPTS} attempts; it stays in the outbox");
            }
            Ok::<_, AppError>(tx.mail_attempt(mail, now, error, retry_at)?)
        })
    }

    /// An administrator sends a mail that failed again from the start.
    pub fn retry_mail(&self, actor: &Actor, mail: Id) -> Result<(), AppError> {
        if !actor.is_admin() {
            return Err(AppError::Forbidden {
                what: "send mails again",
            });
        }
        if self.store()?.write(|tx| tx.retry_mail(mail))? {
            Ok(())
        } else {
            Err(AppError::NotFound {
                entity: "unsent mail",
                id: mail.to_string(),
            })
        }
    }

    /// The outbox, newest first (administrators).
    pub fn outbox(&self, actor: &Actor, limit: usize) -> Result<Vec<atlas_store::Mail>, AppError> {
        if !actor.is_admin() {
            return Err(AppError::Forbidden {
                what: "read the outbox",
            });
        }
        Ok(self.store()?.read(|tx| tx.mails(false, limit))?)
    }
}

/// The HSDS extension field holding an organisation's home region (AGS), set when a provider
/// creates it; moderators of that region review it while it has no locations.
pub const HOME_REGION: &str = "x_home_region";

fn is_older(confirmed: Option<NaiveDate>, today: NaiveDate, months: u32) -> bool {
    match (confirmed, today.checked_sub_months(Months::new(months))) {
        (Some(c), Some(limit)) => c <= limit,
        (None, _) => true,
        _ => false,
    }
}

fn location_label(l: &Location) -> String {
    let address = l
        .main_address()
        .map(|a| format!("{}, {} {}", a.address_1, a.postal_code, a.city));
    match (&l.name, address) {
        (Some(n), Some(a)) => format!("{n} ({a})"),
        (Some(n), None) => n.clone(),
        (None, Some(a)) => a,
        (None, None) => l.id.to_string(),
    }
}

/// A region to choose in a form: its key, its short name and its level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegionChoice {
    pub ags: String,
    pub name: String,
    pub level: atlas_model::RegionLevel,
}

impl Atlas {
    /// The Kreise, kreisfreie Städte and Gemeinden, by name: the choices of a region select
    /// (an organisation's home region, a moderator's regions).
    pub fn region_choices(&self) -> Result<Vec<RegionChoice>, AppError> {
        let mut out: Vec<RegionChoice> = self
            .store()?
            .read(|tx| tx.regions())?
            .into_iter()
            .filter(|r| {
                matches!(
                    r.level,
                    atlas_model::RegionLevel::Kreis | atlas_model::RegionLevel::Gemeinde
                )
            })
            .map(|r| RegionChoice {
                ags: r.ags.as_str().to_owned(),
                name: r.short_name().to_owned(),
                level: r.level,
            })
            .collect();
        out.sort_by_key(|a| (a.name.to_lowercase(), a.level));
        Ok(out)
    }

    /// The published networks (id and name, by name): what an organisation may ask to join.
    pub fn network_choices(&self) -> Result<Vec<(Id, String)>, AppError> {
        let mut out = self.store()?.read(|tx| {
            let mut out = Vec::new();
            for id in tx.all_ids("networks")? {
                if let Some(n) = tx.network(id)?
                    && n.moderation.is_public()
                {
                    out.push((id, n.record.name));
                }
            }
            Ok::<_, AppError>(out)
        })?;
        out.sort_by_key(|(_, n)| n.to_lowercase());
        Ok(out)
    }
}
