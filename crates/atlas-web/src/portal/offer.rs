//! The offer form: every field of an offer (texts, status, ages, validity, taxonomies, the
//! organisation's locations, service areas, schedules, phones, languages, cost options with
//! "free of charge", required documents and the translations of name and description), as a
//! plain form without script: each list shows its rows and one empty row to add another.
//! Saving writes a draft through the facade; the published offer stays as it is until a
//! moderator approves.

use atlas_app::{AppError, FieldError, RecordKind, Session};
use atlas_model::{
    Ags, ClockTime, Contact, CostOption, Email, FieldOfAction, Id, Language, LanguageCode, Phone,
    RequiredDocument, Schedule, ScheduleFreq, Service, ServiceArea, ServiceAtLocation,
    ServiceStatus, TargetGroup, Translation, Weekday,
};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use maud::{Markup, html};

use super::form::{Errors, Form, TEXT, checkbox, checkboxes, input, select, summary, textarea};
use super::work::{csrf_field, state_label};
use super::{frame, konto, respond, see_other, signed_in, signed_in_post};
use crate::i18n::{Lang, Tr};
use crate::pages::parse_id;
use crate::{Ctx, ErrorPage, WebError, WebState};

type Params = Query<std::collections::HashMap<String, String>>;

/// The languages an offer's name and description are translated into.
pub const TRANSLATIONS: [&str; 6] = ["en", "tr", "ar", "ru", "uk", "fa"];

const STATUSES: [ServiceStatus; 4] = [
    ServiceStatus::Active,
    ServiceStatus::Inactive,
    ServiceStatus::TemporarilyClosed,
    ServiceStatus::Defunct,
];

// --- parsing helpers, shared with the other forms ---

pub(crate) fn parse_email(tr: &Tr<'_>, f: &Form, name: &str, errors: &mut Errors) -> Option<Email> {
    let raw = f.text(name)?;
    match Email::parse(&raw) {
        Ok(e) => Some(e),
        Err(_) => {
            errors.add(name, tr.t("field-error-invalid-email"));
            None
        }
    }
}

pub(crate) fn parse_number(tr: &Tr<'_>, f: &Form, name: &str, errors: &mut Errors) -> Option<f64> {
    let raw = f.text(name)?;
    match raw.replace(',', ".").parse::<f64>() {
        Ok(n) if n.is_finite() => Some(n),
        _ => {
            errors.add(name, tr.t("field-error-invalid-number"));
            None
        }
    }
}

fn parse_date(tr: &Tr<'_>, f: &Form, name: &str, errors: &mut Errors) -> Option<NaiveDate> {
    let raw = f.text(name)?;
    match NaiveDate::parse_from_str(&raw, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(&raw, "%d.%m.%Y"))
    {
        Ok(d) => Some(d),
        Err(_) => {
            errors.add(name, tr.t("field-error-invalid-date"));
            None
        }
    }
}

fn parse_time(tr: &Tr<'_>, f: &Form, name: &str, errors: &mut Errors) -> Option<ClockTime> {
    let raw = f.text(name)?;
    match ClockTime::parse(&raw) {
        Ok(t) => Some(t),
        Err(_) => {
            errors.add(name, tr.t("field-error-invalid-time"));
            None
        }
    }
}

/// The sub-record of `base` whose id the row names, to keep what the form does not show.
fn base_row<'a, T>(f: &Form, row: &str, base: &'a [T], id_of: impl Fn(&T) -> Id) -> Option<&'a T> {
    let id = Id::parse(f.get(&format!("{row}.id"))).ok()?;
    base.iter().find(|x| id_of(x) == id)
}

/// Whether every named field of a row is empty.
fn blank(f: &Form, row: &str, fields: &[&str]) -> bool {
    fields
        .iter()
        .all(|k| f.get(&format!("{row}.{k}")).trim().is_empty())
}

pub(crate) fn phones_to_form(f: &mut Form, prefix: &str, phones: &[Phone]) {
    for (i, p) in phones.iter().enumerate() {
        f.set(&format!("{prefix}.{i}.id"), p.id.to_string());
        f.set(&format!("{prefix}.{i}.number"), &p.number);
        f.set_opt(&format!("{prefix}.{i}.description"), p.description.as_ref());
    }
}

pub(crate) fn phones_from_form(f: &Form, prefix: &str, base: &[Phone]) -> Vec<Phone> {
    let mut out = Vec::new();
    for i in 0..f.rows(prefix) {
        let row = format!("{prefix}.{i}");
        if blank(f, &row, &["number", "description"]) {
            continue;
        }
        let mut p = base_row(f, &row, base, |p: &Phone| p.id)
            .cloned()
            .unwrap_or(Phone {
                id: Id::random(),
                number: String::new(),
                kind: Some("voice".into()),
                description: None,
                extra: Default::default(),
            });
        p.number = f.get(&format!("{row}.number")).trim().to_owned();
        p.description = f.text(&format!("{row}.description"));
        out.push(p);
    }
    out
}

/// Contact persons as form rows: name, role, department, e-mail and one phone number (further
/// numbers of an imported contact are kept as they are).
fn contacts_to_form(f: &mut Form, contacts: &[Contact]) {
    for (i, c) in contacts.iter().enumerate() {
        let row = format!("contacts.{i}");
        f.set(&format!("{row}.id"), c.id.to_string());
        f.set_opt(&format!("{row}.name"), c.name.as_ref());
        f.set_opt(&format!("{row}.title"), c.title.as_ref());
        f.set_opt(&format!("{row}.department"), c.department.as_ref());
        f.set_opt(&format!("{row}.email"), c.email.as_ref().map(Email::as_str));
        f.set_opt(&format!("{row}.phone"), c.phones.first().map(|p| &p.number));
    }
}

fn contacts_from_form(
    tr: &Tr<'_>,
    f: &Form,
    base: &[Contact],
    errors: &mut Errors,
) -> Vec<Contact> {
    let mut out = Vec::new();
    for i in 0..f.rows("contacts") {
        let row = format!("contacts.{i}");
        if blank(f, &row, &["name", "title", "department", "email", "phone"]) {
            continue;
        }
        let mut c = base_row(f, &row, base, |c: &Contact| c.id)
            .cloned()
            .unwrap_or(Contact {
                id: Id::random(),
                name: None,
                title: None,
                department: None,
                email: None,
                phones: Vec::new(),
                extra: Default::default(),
            });
        c.name = f.text(&format!("{row}.name"));
        c.title = f.text(&format!("{row}.title"));
        c.department = f.text(&format!("{row}.department"));
        c.email = parse_email(tr, f, &format!("{row}.email"), errors);
        match f.text(&format!("{row}.phone")) {
            Some(number) => match c.phones.first_mut() {
                Some(p) => p.number = number,
                None => c.phones.push(Phone {
                    id: Id::random(),
                    number,
                    kind: Some("voice".into()),
                    description: None,
                    extra: Default::default(),
                }),
            },
            None if !c.phones.is_empty() => {
                c.phones.remove(0);
            }
            None => {}
        }
        out.push(c);
    }
    out
}

fn contacts_rows(tr: &Tr<'_>, errors: &Errors, f: &Form) -> Markup {
    html! {
        fieldset.group {
            legend { (tr.t("label-contacts")) }
            p.hint { (tr.t("contacts-hint")) }
            @for i in 0..f.rows("contacts") + 1 {
                @let row = format!("contacts.{i}");
                @let v = |k: &str| f.get(&format!("{row}.{k}")).to_owned();
                (row_fieldset(&tr.ta("row-contact", &[("n", (i + 1).into())]), html! {
                    input type="hidden" name={ (row) ".id" } value=(v("id"));
                    (input(errors, &format!("{row}.name"), &tr.t("label-contact-name"), &v("name"), TEXT.max(200), None))
                    (input(errors, &format!("{row}.title"), &tr.t("label-contact-title"), &v("title"), TEXT.max(200), None))
                    (input(errors, &format!("{row}.department"), &tr.t("label-contact-department"), &v("department"), TEXT.max(200), None))
                    (input(errors, &format!("{row}.email"), &tr.t("label-email"), &v("email"), TEXT.kind("email").max(254), None))
                    (input(errors, &format!("{row}.phone"), &tr.t("label-phone-number"), &v("phone"), TEXT.kind("tel").max(50), None))
                }))
            }
        }
    }
}

fn row_fieldset(legend: &str, body: Markup) -> Markup {
    html! { fieldset.row { legend { (legend) } (body) } }
}

pub(crate) fn phones_rows(tr: &Tr<'_>, errors: &Errors, f: &Form, prefix: &str) -> Markup {
    let n = f.rows(prefix) + 1;
    html! {
        fieldset.group {
            legend { (tr.t("label-phones")) }
            p.hint { (tr.t("rows-hint")) }
            @for i in 0..n {
                @let row = format!("{prefix}.{i}");
                (row_fieldset(&tr.ta("row-phone", &[("n", (i + 1).into())]), html! {
                    input type="hidden" name={ (row) ".id" } value=(f.get(&format!("{row}.id")));
                    (input(errors, &format!("{row}.number"), &tr.t("label-phone-number"), f.get(&format!("{row}.number")), TEXT.kind("tel").auto("tel").max(50), None))
                    (input(errors, &format!("{row}.description"), &tr.t("label-phone-description"), f.get(&format!("{row}.description")), TEXT.max(200), None))
                }))
            }
        }
    }
}

// --- offer <-> form ---

fn offer_to_form(s: &Service) -> Form {
    let mut f = Form::default();
    f.set("name", &s.name);
    f.set_opt("alternate_name", s.alternate_name.as_ref());
    f.set_opt("description", s.description.as_ref());
    f.set_opt("url", s.url.as_ref());
    f.set_opt("email", s.email.as_ref().map(|e| e.as_str()));
    f.set("status", s.status.code());
    f.set_opt(
        "interpretation_services",
        s.interpretation_services.as_ref(),
    );
    f.set_opt("application_process", s.application_process.as_ref());
    f.set_opt("fees_description", s.fees_description.as_ref());
    f.set_opt(
        "eligibility_description",
        s.eligibility_description.as_ref(),
    );
    f.set_opt("minimum_age", s.minimum_age);
    f.set_opt("maximum_age", s.maximum_age);
    f.set_opt("valid_from", s.valid_from);
    f.set_opt("valid_to", s.valid_to);
    for x in &s.fields_of_action {
        f.set("fields_of_action", x.code());
    }
    for x in &s.target_groups {
        f.set("target_groups", x.code());
    }
    for l in s.location_ids() {
        f.set("locations", l.to_string());
    }
    for (i, a) in s.service_areas.iter().enumerate() {
        f.set(&format!("service_areas.{i}.id"), a.id.to_string());
        f.set_opt(
            &format!("service_areas.{i}.ags"),
            a.ags.as_ref().map(Ags::as_str),
        );
        f.set_opt(&format!("service_areas.{i}.name"), a.name.as_ref());
        f.set_opt(
            &format!("service_areas.{i}.description"),
            a.description.as_ref(),
        );
    }
    for (i, sc) in s.schedules.iter().enumerate() {
        let row = format!("schedules.{i}");
        f.set(&format!("{row}.id"), sc.id.to_string());
        for d in sc.weekdays() {
            f.set(&format!("{row}.byday"), d.code());
        }
        f.set_opt(
            &format!("{row}.opens_at"),
            sc.opens_at.as_ref().map(ClockTime::as_str),
        );
        f.set_opt(
            &format!("{row}.closes_at"),
            sc.closes_at.as_ref().map(ClockTime::as_str),
        );
        f.set_opt(&format!("{row}.valid_from"), sc.valid_from);
        f.set_opt(&format!("{row}.valid_to"), sc.valid_to);
        f.set_opt(&format!("{row}.description"), sc.description.as_ref());
    }
    phones_to_form(&mut f, "phones", &s.phones);
    contacts_to_form(&mut f, &s.contacts);
    for (i, l) in s.languages.iter().enumerate() {
        f.set(&format!("languages.{i}.id"), l.id.to_string());
        f.set_opt(
            &format!("languages.{i}.code"),
            l.code.as_ref().map(LanguageCode::as_str),
        );
        f.set_opt(&format!("languages.{i}.name"), l.name.as_ref());
        f.set_opt(&format!("languages.{i}.note"), l.note.as_ref());
    }
    if s.is_free() {
        f.set("free", "1");
    } else {
        for (i, c) in s.cost_options.iter().enumerate() {
            let row = format!("cost_options.{i}");
            f.set(&format!("{row}.id"), c.id.to_string());
            f.set_opt(&format!("{row}.option"), c.option.as_ref());
            f.set_opt(&format!("{row}.amount"), c.amount);
            f.set_opt(&format!("{row}.currency"), c.currency.as_ref());
            f.set_opt(
                &format!("{row}.amount_description"),
                c.amount_description.as_ref(),
            );
        }
    }
    for (i, d) in s.required_documents.iter().enumerate() {
        f.set(&format!("required_documents.{i}.id"), d.id.to_string());
        f.set_opt(
            &format!("required_documents.{i}.document"),
            d.document.as_ref(),
        );
        f.set_opt(&format!("required_documents.{i}.uri"), d.uri.as_ref());
    }
    for (code, t) in &s.translations {
        f.set_opt(
            &format!("translations.{}.name", code.as_str()),
            t.name.as_ref(),
        );
        f.set_opt(
            &format!("translations.{}.description", code.as_str()),
            t.description.as_ref(),
        );
    }
    f
}

/// The offer the form describes, on top of `base` (what the form does not show is kept);
/// parse mistakes go into `errors`.
fn offer_from_form(tr: &Tr<'_>, base: &Service, f: &Form, errors: &mut Errors) -> Service {
    let mut s = base.clone();
    s.name = f.get("name").trim().to_owned();
    s.alternate_name = f.text("alternate_name");
    s.description = f.text("description");
    s.url = f.text("url");
    s.email = parse_email(tr, f, "email", errors);
    match STATUSES.into_iter().find(|x| x.code() == f.get("status")) {
        Some(st) => s.status = st,
        None => errors.add("status", tr.t("field-error-invalid-choice")),
    }
    s.interpretation_services = f.text("interpretation_services");
    s.application_process = f.text("application_process");
    s.fees_description = f.text("fees_description");
    s.eligibility_description = f.text("eligibility_description");
    s.minimum_age = parse_number(tr, f, "minimum_age", errors);
    s.maximum_age = parse_number(tr, f, "maximum_age", errors);
    s.valid_from = parse_date(tr, f, "valid_from", errors);
    s.valid_to = parse_date(tr, f, "valid_to", errors);
    s.fields_of_action = f
        .all("fields_of_action")
        .into_iter()
        .filter_map(|c| FieldOfAction::parse(c).ok())
        .collect();
    s.target_groups = f
        .all("target_groups")
        .into_iter()
        .filter_map(|c| TargetGroup::parse(c).ok())
        .collect();
    let mut sal = Vec::new();
    for raw in f.all("locations") {
        match Id::parse(raw) {
            Ok(id) => sal.push(
                base.service_at_locations
                    .iter()
                    .find(|x| x.location_id == id)
                    .cloned()
                    .unwrap_or(ServiceAtLocation {
                        id: Id::random(),
                        location_id: id,
                        description: None,
                        extra: Default::default(),
                    }),
            ),
            Err(_) => errors.add("locations", tr.t("field-error-invalid-choice")),
        }
    }
    s.service_at_locations = sal;

    let mut areas = Vec::new();
    for i in 0..f.rows("service_areas") {
        let row = format!("service_areas.{i}");
        if blank(f, &row, &["ags", "name", "description"]) {
            continue;
        }
        let mut a = base_row(f, &row, &base.service_areas, |a: &ServiceArea| a.id)
            .cloned()
            .unwrap_or(ServiceArea {
                id: Id::random(),
                name: None,
                description: None,
                ags: None,
                extra: Default::default(),
            });
        a.name = f.text(&format!("{row}.name"));
        a.description = f.text(&format!("{row}.description"));
        a.ags = match f.text(&format!("{row}.ags")) {
            None => None,
            Some(raw) => match Ags::parse(&raw) {
                Ok(x) => Some(x),
                Err(_) => {
                    errors.add(&format!("{row}.ags"), tr.t("field-error-invalid-ags"));
                    None
                }
            },
        };
        areas.push(a);
    }
    s.service_areas = areas;

    let mut schedules = Vec::new();
    for i in 0..f.rows("schedules") {
        let row = format!("schedules.{i}");
        let days: Vec<&str> = f
            .all(&format!("{row}.byday"))
            .into_iter()
            .filter(|d| Weekday::parse(d).is_some())
            .collect();
        if days.is_empty()
            && blank(
                f,
                &row,
                &[
                    "opens_at",
                    "closes_at",
                    "valid_from",
                    "valid_to",
                    "description",
                ],
            )
        {
            continue;
        }
        let mut sc = base_row(f, &row, &base.schedules, |x: &Schedule| x.id)
            .cloned()
            .unwrap_or(Schedule {
                id: Id::random(),
                freq: None,
                byday: None,
                opens_at: None,
                closes_at: None,
                valid_from: None,
                valid_to: None,
                description: None,
                extra: Default::default(),
            });
        let interpreted = sc.freq.is_none() || sc.freq == Some(ScheduleFreq::Weekly);
        if !days.is_empty() {
            sc.freq = Some(ScheduleFreq::Weekly);
            sc.byday = Some(days.join(","));
        } else if interpreted {
            sc.freq = None;
            sc.byday = None;
        }
        sc.opens_at = parse_time(tr, f, &format!("{row}.opens_at"), errors);
        sc.closes_at = parse_time(tr, f, &format!("{row}.closes_at"), errors);
        sc.valid_from = parse_date(tr, f, &format!("{row}.valid_from"), errors);
        sc.valid_to = parse_date(tr, f, &format!("{row}.valid_to"), errors);
        sc.description = f.text(&format!("{row}.description"));
        schedules.push(sc);
    }
    s.schedules = schedules;

    s.phones = phones_from_form(f, "phones", &base.phones);
    s.contacts = contacts_from_form(tr, f, &base.contacts, errors);

    let mut languages = Vec::new();
    for i in 0..f.rows("languages") {
        let row = format!("languages.{i}");
        if blank(f, &row, &["code", "name", "note"]) {
            continue;
        }
        let mut l = base_row(f, &row, &base.languages, |x: &Language| x.id)
            .cloned()
            .unwrap_or(Language {
                id: Id::random(),
                name: None,
                code: None,
                note: None,
                extra: Default::default(),
            });
        l.code = match f.text(&format!("{row}.code")) {
            None => None,
            Some(raw) => match LanguageCode::parse(&raw.to_lowercase()) {
                Ok(c) => Some(c),
                Err(_) => {
                    errors.add(&format!("{row}.code"), tr.t("field-error-invalid-language"));
                    None
                }
            },
        };
        l.name = f.text(&format!("{row}.name"));
        l.note = f.text(&format!("{row}.note"));
        languages.push(l);
    }
    s.languages = languages;

    if f.get("free") == "1" {
        let mut c = base
            .cost_options
            .iter()
            .find(|c| c.amount == Some(0.0))
            .cloned()
            .unwrap_or(CostOption {
                id: Id::random(),
                option: None,
                currency: Some("EUR".into()),
                amount: Some(0.0),
                amount_description: None,
                valid_from: None,
                valid_to: None,
                extra: Default::default(),
            });
        c.amount = Some(0.0);
        s.cost_options = vec![c];
    } else {
        let mut costs = Vec::new();
        for i in 0..f.rows("cost_options") {
            let row = format!("cost_options.{i}");
            if blank(f, &row, &["option", "amount", "amount_description"]) {
                continue;
            }
            let mut c = base_row(f, &row, &base.cost_options, |x: &CostOption| x.id)
                .cloned()
                .unwrap_or(CostOption {
                    id: Id::random(),
                    option: None,
                    currency: None,
                    amount: None,
                    amount_description: None,
                    valid_from: None,
                    valid_to: None,
                    extra: Default::default(),
                });
            c.option = f.text(&format!("{row}.option"));
            c.amount = parse_number(tr, f, &format!("{row}.amount"), errors);
            c.currency = f
                .text(&format!("{row}.currency"))
                .or_else(|| c.amount.map(|_| "EUR".to_owned()));
            c.amount_description = f.text(&format!("{row}.amount_description"));
            costs.push(c);
        }
        s.cost_options = costs;
    }

    let mut docs = Vec::new();
    for i in 0..f.rows("required_documents") {
        let row = format!("required_documents.{i}");
        if blank(f, &row, &["document", "uri"]) {
            continue;
        }
        let mut d = base_row(f, &row, &base.required_documents, |x: &RequiredDocument| {
            x.id
        })
        .cloned()
        .unwrap_or(RequiredDocument {
            id: Id::random(),
            document: None,
            uri: None,
            extra: Default::default(),
        });
        d.document = f.text(&format!("{row}.document"));
        d.uri = f.text(&format!("{row}.uri"));
        docs.push(d);
    }
    s.required_documents = docs;

    let mut translations = base.translations.clone();
    for code in TRANSLATIONS {
        let Ok(lc) = LanguageCode::parse(code) else {
            continue;
        };
        let name = f.text(&format!("translations.{code}.name"));
        let description = f.text(&format!("translations.{code}.description"));
        if name.is_none() && description.is_none() {
            translations.remove(&lc);
        } else {
            translations.insert(lc, Translation { name, description });
        }
    }
    s.translations = translations;
    s
}

/// The facade's mistakes with the fields of this form (an offer's location links are the
/// location checkboxes).
fn form_errors(tr: &Tr<'_>, errs: &[FieldError]) -> Errors {
    let mapped: Vec<FieldError> = errs
        .iter()
        .map(|e| {
            let mut e = e.clone();
            if e.field.starts_with("service_at_locations") {
                e.field = "locations".into();
            }
            // A contact's first phone number is the row's `phone` field.
            if let Some(rest) = e.field.strip_prefix("contacts.")
                && let Some((row, tail)) = rest.split_once('.')
                && tail.starts_with("phones.")
            {
                e.field = format!("contacts.{row}.phone");
            }
            e
        })
        .collect();
    Errors::of(tr, &mapped)
}

fn field_label_list<T: Copy>(
    tr: &Tr<'_>,
    prefix: &str,
    all: &[T],
    code: impl Fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|x| (code(*x).to_owned(), tr.label(prefix, code(*x))))
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn offer_page(
    ctx: &Ctx<'_>,
    s: &Session,
    action: &str,
    path: &str,
    f: &Form,
    errors: &Errors,
    locations: &[(Id, String)],
    notice: Option<Markup>,
) -> Markup {
    let tr = &ctx.tr;
    let title = tr.t("offer-form-heading");
    let statuses: Vec<(String, String)> = STATUSES
        .iter()
        .map(|x| {
            (
                x.code().to_owned(),
                tr.label("service-status", &x.code().replace(' ', "-")),
            )
        })
        .collect();
    let fields = field_label_list(tr, "field", FieldOfAction::ALL, FieldOfAction::code);
    let groups = field_label_list(tr, "group", TargetGroup::ALL, TargetGroup::code);
    let locs: Vec<(String, String)> = locations
        .iter()
        .map(|(id, l)| (id.to_string(), l.clone()))
        .collect();
    let days: Vec<(String, String)> = Weekday::ALL
        .iter()
        .map(|d| {
            (
                d.code().to_owned(),
                tr.label("day", &d.code().to_lowercase()),
            )
        })
        .collect();
    let v = |k: &str| f.get(k).to_owned();
    let body = html! {
        h1 { (title) }
        @if let Some(n) = notice { (n) }
        (summary(tr, errors))
        form.offer-form method="post" action=(action) novalidate {
            (csrf_field(s))
            fieldset.group {
                legend { (tr.t("offer-section-basics")) }
                (input(errors, "name", &tr.t("label-name"), &v("name"), TEXT.required().max(200), None))
                (input(errors, "alternate_name", &tr.t("label-alternate-name"), &v("alternate_name"), TEXT.max(200), None))
                (textarea(errors, "description", &tr.t("label-description"), &v("description"), false, None))
                (select(errors, "status", &tr.t("label-status"), f.opt("status").unwrap_or("active"), &statuses, None))
                (input(errors, "url", &tr.t("label-website"), &v("url"), TEXT.kind("url").auto("url").max(500), Some(&tr.t("url-hint"))))
                (input(errors, "email", &tr.t("label-email"), &v("email"), TEXT.kind("email").auto("email").max(254), None))
            }
            fieldset.group {
                legend { (tr.t("offer-section-access")) }
                (textarea(errors, "application_process", &tr.t("label-application-process"), &v("application_process"), false, None))
                (textarea(errors, "eligibility_description", &tr.t("label-eligibility"), &v("eligibility_description"), false, None))
                (input(errors, "minimum_age", &tr.t("label-minimum-age"), &v("minimum_age"), TEXT.max(5), None))
                (input(errors, "maximum_age", &tr.t("label-maximum-age"), &v("maximum_age"), TEXT.max(5), None))
                (textarea(errors, "interpretation_services", &tr.t("label-interpretation"), &v("interpretation_services"), false, None))
                (input(errors, "valid_from", &tr.t("label-valid-from"), &v("valid_from"), TEXT.kind("date"), Some(&tr.t("date-hint"))))
                (input(errors, "valid_to", &tr.t("label-valid-to"), &v("valid_to"), TEXT.kind("date"), Some(&tr.t("date-hint"))))
            }
            (checkboxes(errors, "fields_of_action", &tr.t("label-fields-of-action"), &fields, &f.all("fields_of_action")))
            (checkboxes(errors, "target_groups", &tr.t("label-target-groups"), &groups, &f.all("target_groups")))
            @if locs.is_empty() {
                fieldset.checks #f-locations {
                    legend { (tr.t("label-locations")) }
                    p { (tr.t("offer-no-locations")) }
                }
            } @else {
                (checkboxes(errors, "locations", &tr.t("label-locations"), &locs, &f.all("locations")))
            }
            fieldset.group {
                legend { (tr.t("label-service-areas")) }
                p.hint { (tr.t("service-area-hint")) }
                @for i in 0..f.rows("service_areas") + 1 {
                    @let row = format!("service_areas.{i}");
                    (row_fieldset(&tr.ta("row-area", &[("n", (i + 1).into())]), html! {
                        input type="hidden" name={ (row) ".id" } value=(v(&format!("{row}.id")));
                        (input(errors, &format!("{row}.ags"), &tr.t("label-ags"), &v(&format!("{row}.ags")), TEXT.max(12), None))
                        (input(errors, &format!("{row}.name"), &tr.t("label-name"), &v(&format!("{row}.name")), TEXT.max(200), None))
                        (input(errors, &format!("{row}.description"), &tr.t("label-description"), &v(&format!("{row}.description")), TEXT.max(500), None))
                    }))
                }
            }
            fieldset.group {
                legend { (tr.t("label-schedules")) }
                p.hint { (tr.t("rows-hint")) }
                @for i in 0..f.rows("schedules") + 1 {
                    @let row = format!("schedules.{i}");
                    (row_fieldset(&tr.ta("row-schedule", &[("n", (i + 1).into())]), html! {
                        input type="hidden" name={ (row) ".id" } value=(v(&format!("{row}.id")));
                        (checkboxes(errors, &format!("{row}.byday"), &tr.t("label-days"), &days, &f.all(&format!("{row}.byday"))))
                        (input(errors, &format!("{row}.opens_at"), &tr.t("label-opens"), &v(&format!("{row}.opens_at")), TEXT.kind("time"), None))
                        (input(errors, &format!("{row}.closes_at"), &tr.t("label-closes"), &v(&format!("{row}.closes_at")), TEXT.kind("time"), None))
                        (input(errors, &format!("{row}.valid_from"), &tr.t("label-valid-from"), &v(&format!("{row}.valid_from")), TEXT.kind("date"), None))
                        (input(errors, &format!("{row}.valid_to"), &tr.t("label-valid-to"), &v(&format!("{row}.valid_to")), TEXT.kind("date"), None))
                        (input(errors, &format!("{row}.description"), &tr.t("label-description"), &v(&format!("{row}.description")), TEXT.max(500), None))
                    }))
                }
            }
            (phones_rows(tr, errors, f, "phones"))
            (contacts_rows(tr, errors, f))
            fieldset.group {
                legend { (tr.t("label-languages")) }
                p.hint { (tr.t("language-hint")) }
                @for i in 0..f.rows("languages") + 1 {
                    @let row = format!("languages.{i}");
                    (row_fieldset(&tr.ta("row-language", &[("n", (i + 1).into())]), html! {
                        input type="hidden" name={ (row) ".id" } value=(v(&format!("{row}.id")));
                        (input(errors, &format!("{row}.code"), &tr.t("label-language-code"), &v(&format!("{row}.code")), TEXT.max(12), None))
                        (input(errors, &format!("{row}.name"), &tr.t("label-name"), &v(&format!("{row}.name")), TEXT.max(100), None))
                        (input(errors, &format!("{row}.note"), &tr.t("label-note"), &v(&format!("{row}.note")), TEXT.max(500), None))
                    }))
                }
            }
            fieldset.group {
                legend { (tr.t("label-costs")) }
                (checkbox("free", &tr.t("label-free"), f.get("free") == "1"))
                p.hint { (tr.t("cost-hint")) }
                @for i in 0..f.rows("cost_options") + 1 {
                    @let row = format!("cost_options.{i}");
                    (row_fieldset(&tr.ta("row-cost", &[("n", (i + 1).into())]), html! {
                        input type="hidden" name={ (row) ".id" } value=(v(&format!("{row}.id")));
                        (input(errors, &format!("{row}.option"), &tr.t("label-cost-option"), &v(&format!("{row}.option")), TEXT.max(200), None))
                        (input(errors, &format!("{row}.amount"), &tr.t("label-amount"), &v(&format!("{row}.amount")), TEXT.max(12), None))
                        (input(errors, &format!("{row}.currency"), &tr.t("label-currency"), &v(&format!("{row}.currency")), TEXT.max(3), None))
                        (input(errors, &format!("{row}.amount_description"), &tr.t("label-description"), &v(&format!("{row}.amount_description")), TEXT.max(500), None))
                    }))
                }
                (textarea(errors, "fees_description", &tr.t("label-fees"), &v("fees_description"), false, None))
            }
            fieldset.group {
                legend { (tr.t("label-documents")) }
                @for i in 0..f.rows("required_documents") + 1 {
                    @let row = format!("required_documents.{i}");
                    (row_fieldset(&tr.ta("row-document", &[("n", (i + 1).into())]), html! {
                        input type="hidden" name={ (row) ".id" } value=(v(&format!("{row}.id")));
                        (input(errors, &format!("{row}.document"), &tr.t("label-document"), &v(&format!("{row}.document")), TEXT.max(200), None))
                        (input(errors, &format!("{row}.uri"), &tr.t("label-document-link"), &v(&format!("{row}.uri")), TEXT.kind("url").max(500), None))
                    }))
                }
            }
            fieldset.group {
                legend { (tr.t("label-translations")) }
                p.hint { (tr.t("translation-hint")) }
                @for code in TRANSLATIONS {
                    @let l = Lang::parse(code);
                    fieldset.row lang=[l.map(|l| l.code())] dir=[l.map(|l| l.dir())] {
                        legend lang=(tr.lang.code()) dir=(tr.lang.dir()) { (tr.label("lang", code)) }
                        (input(errors, &format!("translations.{code}.name"), &tr.t("label-name"), &v(&format!("translations.{code}.name")), TEXT.max(200), None))
                        (textarea(errors, &format!("translations.{code}.description"), &tr.t("label-description"), &v(&format!("translations.{code}.description")), false, None))
                    }
                }
            }
            p.buttons {
                button type="submit" name="action" value="save" { (tr.t("save-draft")) } " "
                button type="submit" name="action" value="submit" { (tr.t("submit-review")) }
            }
        }
    };
    frame(ctx, Some(s), &title, path, body)
}

/// The locations an offer of `org` may be held at: the organisation's, as the workspace lists them.
fn org_locations(ctx: &Ctx<'_>, s: &Session, org: Id) -> Result<Vec<(Id, String)>, WebError> {
    Ok(ctx
        .atlas
        .workspace(&s.actor)?
        .organizations
        .into_iter()
        .find(|o| o.id == org)
        .map(|o| o.locations)
        .unwrap_or_default())
}

fn new_offer(id: Id, org: Id) -> Service {
    Service {
        id,
        organization_id: org,
        name: String::new(),
        alternate_name: None,
        description: None,
        url: None,
        email: None,
        status: ServiceStatus::Active,
        interpretation_services: None,
        application_process: None,
        fees_description: None,
        eligibility_description: None,
        minimum_age: None,
        maximum_age: None,
        assured_date: None,
        phones: Vec::new(),
        contacts: Vec::new(),
        schedules: Vec::new(),
        service_areas: Vec::new(),
        service_at_locations: Vec::new(),
        languages: Vec::new(),
        cost_options: Vec::new(),
        required_documents: Vec::new(),
        fields_of_action: Vec::new(),
        target_groups: Vec::new(),
        other_attributes: Vec::new(),
        valid_from: None,
        valid_to: None,
        translations: Default::default(),
        extra: Default::default(),
    }
}

fn save_offer(
    ctx: &Ctx<'_>,
    s: &Session,
    base: &Service,
    action: &str,
    path: &str,
    f: &Form,
) -> Result<Response, WebError> {
    let tr = &ctx.tr;
    let locations = org_locations(ctx, s, base.organization_id)?;
    let mut errors = Errors::default();
    let offer = offer_from_form(tr, base, f, &mut errors);
    if !errors.is_empty() {
        // Show every mistake at once: the facade's rules on what could be read, too.
        if let Err(AppError::Invalid(errs)) = atlas_app::validate_service(&offer) {
            errors.merge(form_errors(tr, &errs));
        }
        return Ok(respond(
            StatusCode::BAD_REQUEST,
            offer_page(ctx, s, action, path, f, &errors, &locations, None),
        ));
    }
    match ctx
        .atlas
        .save_offer(&s.actor, &offer, f.get("action") == "submit")
    {
        Ok(_) => Ok(see_other(&konto(
            tr.lang,
            &format!("angebote/{}?gespeichert", offer.id),
        ))),
        Err(AppError::Invalid(errs)) => Ok(respond(
            StatusCode::BAD_REQUEST,
            offer_page(
                ctx,
                s,
                action,
                path,
                f,
                &form_errors(tr, &errs),
                &locations,
                None,
            ),
        )),
        Err(e) => Err(e.into()),
    }
}

pub(crate) async fn new_form(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    Query(q): Params,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        let org = parse_id(q.get("org").map_or("", String::as_str))?;
        let locations = org_locations(ctx, s, org)?;
        let action = konto(ctx.tr.lang, &format!("angebote/neu?org={org}"));
        let mut f = Form::default();
        f.set("status", "active");
        Ok(offer_page(
            ctx,
            s,
            &action,
            "angebote/neu",
            &f,
            &Errors::default(),
            &locations,
            None,
        )
        .into_response())
    })
    .await
}

pub(crate) async fn create(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    Query(q): Params,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, f| {
        let org = parse_id(q.get("org").map_or("", String::as_str))?;
        let action = konto(ctx.tr.lang, &format!("angebote/neu?org={org}"));
        save_offer(
            ctx,
            s,
            &new_offer(Id::random(), org),
            &action,
            "angebote/neu",
            f,
        )
    })
    .await
}

fn load(
    ctx: &Ctx<'_>,
    s: &Session,
    id: Id,
) -> Result<(Service, Option<atlas_app::DraftView>), WebError> {
    let (doc, draft) = ctx
        .atlas
        .record_for_edit(&s.actor, RecordKind::Service, id)?;
    let offer = serde_json::from_value(doc)
        .map_err(|e| AppError::Internal(format!("offer record: {e}")))?;
    Ok((offer, draft))
}

pub(crate) async fn edit_form(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
    Query(q): Params,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        let tr = &ctx.tr;
        let id = parse_id(&id)?;
        let (offer, draft) = load(ctx, s, id)?;
        let locations = org_locations(ctx, s, offer.organization_id)?;
        let notice = html! {
            @if q.contains_key("gespeichert") { p.thanks role="status" { (tr.t("saved-notice")) } }
            @if let Some(d) = &draft {
                p.note {
                    (tr.t("offer-has-draft")) " "
                    a href=(konto(tr.lang, &format!("entwuerfe/{}", d.id))) { (state_label(tr, d.status.code())) }
                    @if let Some(r) = &d.reason { " – " (tr.t("draft-reason")) ": " (r) }
                }
            }
            p { a href=(konto(tr.lang, &format!("verlauf/service/{id}"))) { (tr.t("history-link")) } }
        };
        let action = konto(tr.lang, &format!("angebote/{id}"));
        Ok(offer_page(
            ctx,
            s,
            &action,
            &format!("angebote/{id}"),
            &offer_to_form(&offer),
            &Errors::default(),
            &locations,
            Some(notice),
        )
        .into_response())
    })
    .await
}

pub(crate) async fn save(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, f| {
        let id = parse_id(&id)?;
        let (base, _) = load(ctx, s, id)?;
        let action = konto(ctx.tr.lang, &format!("angebote/{id}"));
        save_offer(ctx, s, &base, &action, &format!("angebote/{id}"), f)
    })
    .await
}
