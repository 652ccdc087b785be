//! `/{lang}/angebote/{id}`: what, for whom, cost, languages, where, when (in words, with
//! "open now"), how to apply, documents, contact, provider, networks, validity, last check;
//! schema.org JSON-LD; a link to report a mistake.

use atlas_app::{LocationView, OfferView};
use atlas_model::{Schedule, Weekday};
use axum::extract::{Path, State};
use axum::response::Response;
use chrono::{NaiveDateTime, Timelike};
use fluent_bundle::FluentValue;
use maud::{Markup, html};
use serde_json::json;

use crate::i18n::{Lang, Tr};
use crate::pages::{
    date, german_attrs, network_url, parse_id, provider_url, record_page, region_url, translated,
    untranslated_note,
};
use crate::{Ctx, ErrorPage, WebState, lang_of, render};

pub(crate) async fn offer(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    render(&state, lang, move |ctx| {
        let id = parse_id(&id)?;
        let view = ctx.atlas.offer(id)?;
        Ok(offer_page(ctx, &view, chrono::Local::now().naive_local()))
    })
    .await
}

fn weekday_code(d: Weekday) -> String {
    d.code().to_ascii_lowercase()
}

/// One schedule in words: "Tuesday, Thursday: 10:00 to 15:00".
fn schedule_words(tr: &Tr<'_>, s: &Schedule) -> String {
    let days: Vec<String> = s
        .weekdays()
        .into_iter()
        .map(|d| tr.label("day", &weekday_code(d)))
        .collect();
    let hours = match (&s.opens_at, &s.closes_at) {
        (Some(o), Some(c)) => Some(tr.ta(
            "hours-range",
            &[
                ("from", FluentValue::from(o.as_str())),
                ("to", FluentValue::from(c.as_str())),
            ],
        )),
        _ => None,
    };
    let mut out = days.join(", ");
    if let Some(h) = hours {
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&h);
    }
    out
}

/// Whether any weekly schedule is open at `now` (local time). `None` when no schedule says.
fn open_now(schedules: &[Schedule], now: NaiveDateTime) -> Option<bool> {
    let mut known = false;
    for s in schedules {
        let (Some(o), Some(c)) = (&s.opens_at, &s.closes_at) else {
            continue;
        };
        let days = s.weekdays();
        if days.is_empty() {
            continue;
        }
        known = true;
        let today = Weekday::of(now.date());
        let t = now.time().with_nanosecond(0).unwrap_or(now.time());
        let in_period = s.valid_from.is_none_or(|f| f <= now.date())
            && s.valid_to.is_none_or(|u| u >= now.date());
        if in_period && days.contains(&today) && o.time() <= t && t < c.time() {
            return Some(true);
        }
    }
    known.then_some(false)
}

fn location_block(tr: &Tr<'_>, l: &LocationView) -> Markup {
    let loc = &l.location;
    html! {
        div.place {
            @if let Some(name) = &loc.name {
                h3 { (name) }
            }
            @if let Some(a) = loc.main_address() {
                address {
                    (a.address_1) br;
                    @if let Some(a2) = &a.address_2 { (a2) br; }
                    (a.postal_code) " " (a.city)
                }
            }
            p {
                @if l.step_free { (tr.t("offer-step-free")) } @else { (tr.t("offer-not-step-free")) }
            }
            @if let Some(t) = &loc.transportation {
                p { strong { (tr.t("offer-transport")) ": " } (german(tr, t)) }
            }
            @if !l.regions.is_empty() {
                p {
                    @for (i, r) in l.regions.iter().enumerate() {
                        @if i > 0 { ", " }
                        a href=(region_url(tr.lang, &r.ags)) { (r.name) }
                    }
                }
            }
        }
    }
}

/// German free text of a record, marked `lang="de"` on pages in other languages (and
/// `dir="ltr"` on rtl pages).
fn german(tr: &Tr<'_>, text: &str) -> Markup {
    let (de, ltr) = german_attrs(tr.lang);
    html! {
        @if tr.lang == Lang::De { (text) } @else { span lang=[de] dir=[ltr] { (text) } }
    }
}

pub(crate) fn offer_page(ctx: &Ctx<'_>, v: &OfferView, now: NaiveDateTime) -> Response {
    let tr = &ctx.tr;
    let lang = tr.lang;
    let translation = v.translations.get(lang.code());
    let t_name = translation.and_then(|t| t.name.as_deref());
    let t_desc = translation.and_then(|t| t.description.as_deref());
    let has_translation = lang == Lang::De || t_name.is_some() || t_desc.is_some();
    let title = t_name.unwrap_or(&v.name).to_owned();
    let open = open_now(&v.schedules, now);
    let phones: Vec<_> = v
        .phones
        .iter()
        .chain(v.contacts.iter().flat_map(|c| c.phones.iter()))
        .collect();
    let emails: Vec<String> = v
        .email
        .iter()
        .cloned()
        .chain(
            v.contacts
                .iter()
                .filter_map(|c| c.email.as_ref().map(|e| e.as_str().to_owned())),
        )
        .fold(Vec::new(), |mut seen, e| {
            if !seen.contains(&e) {
                seen.push(e);
            }
            seen
        });
    let (de, ltr) = german_attrs(lang);
    let body = html! {
        article.offer {
            h1 { (translated(tr, &v.name, t_name)) }
            (untranslated_note(tr, has_translation))
            @if !v.current {
                p.ended role="note" { (tr.t("offer-ended")) }
            }
            section aria-labelledby="what-h" {
                h2 #what-h { (tr.t("offer-what")) }
                @if let Some(d) = t_desc {
                    p { (d) }
                } @else if let Some(d) = &v.description {
                    p { (german(tr, d)) }
                }
                @if !v.fields_of_action.is_empty() {
                    p { strong { (tr.t("offer-fields")) ": " }
                        (v.fields_of_action.iter().map(|f| tr.label("field", f.code)).collect::<Vec<_>>().join(", ")) }
                }
            }
            section aria-labelledby="whom-h" {
                h2 #whom-h { (tr.t("offer-for-whom")) }
                @if !v.target_groups.is_empty() {
                    p { (v.target_groups.iter().map(|g| tr.label("group", g.code)).collect::<Vec<_>>().join(", ")) }
                }
                @match (v.minimum_age, v.maximum_age) {
                    (Some(a), Some(b)) => p { (tr.ta("offer-age", &[("from", FluentValue::from(a)), ("to", FluentValue::from(b))])) },
                    (Some(a), None) => p { (tr.ta("offer-age-from", &[("from", FluentValue::from(a))])) },
                    (None, Some(b)) => p { (tr.ta("offer-age-to", &[("to", FluentValue::from(b))])) },
                    (None, None) => {},
                }
                @if let Some(e) = &v.eligibility_description { p { (german(tr, e)) } }
            }
            section aria-labelledby="cost-h" {
                h2 #cost-h { (tr.t("offer-cost")) }
                @if v.free_of_charge {
                    p { span.badge { (tr.t("free-badge")) } " " (tr.t("offer-free")) }
                } @else {
                    ul.plain {
                        @for c in &v.cost_options {
                            li {
                                @if let Some(o) = &c.option { (german(tr, o)) ": " }
                                @if let Some(a) = c.amount { (format!("{a:.2}")) " " (c.currency.as_deref().unwrap_or("EUR")) }
                                @if let Some(d) = &c.amount_description { " " (german(tr, d)) }
                            }
                        }
                    }
                }
                @if let Some(f) = &v.fees_description { p { (german(tr, f)) } }
            }
            @if !v.languages.is_empty() || v.interpretation_services.is_some() {
                section aria-labelledby="lang-h" {
                    h2 #lang-h { (tr.t("offer-languages")) }
                    @if !v.languages.is_empty() {
                        ul.plain {
                            @for l in &v.languages {
                                li {
                                    @if let Some(code) = &l.code { (tr.label("lang", code.as_str())) }
                                    @else if let Some(n) = &l.name { (german(tr, n)) }
                                }
                            }
                        }
                    }
                    @if let Some(i) = &v.interpretation_services {
                        p { strong { (tr.t("offer-interpretation")) ": " } (german(tr, i)) }
                    }
                }
            }
            @if !v.locations.is_empty() || !v.service_areas.is_empty() {
                section aria-labelledby="where-h" {
                    h2 #where-h { (tr.t("offer-where")) }
                    @for l in &v.locations { (location_block(tr, l)) }
                    @if !v.service_areas.is_empty() {
                        p { strong { (tr.t("offer-area")) ": " }
                            @for (i, r) in v.service_areas.iter().enumerate() {
                                @if i > 0 { ", " }
                                a href=(region_url(lang, &r.ags)) { (r.name) }
                            }
                        }
                    }
                }
            }
            @if !v.schedules.is_empty() {
                section aria-labelledby="when-h" {
                    h2 #when-h { (tr.t("offer-when")) }
                    @match open {
                        Some(true) => p.open-now { (tr.t("offer-open-now")) },
                        Some(false) => p.closed-now { (tr.t("offer-closed-now")) },
                        None => {},
                    }
                    ul.plain {
                        @for s in &v.schedules {
                            @let words = schedule_words(tr, s);
                            @if !words.is_empty() || s.description.is_some() {
                                li {
                                    (words)
                                    @if let Some(d) = &s.description { @if !words.is_empty() { " – " } (german(tr, d)) }
                                }
                            }
                        }
                    }
                }
            }
            @if let Some(a) = &v.application_process {
                section aria-labelledby="apply-h" {
                    h2 #apply-h { (tr.t("offer-how-to-apply")) }
                    p { (german(tr, a)) }
                }
            }
            @if !v.required_documents.is_empty() {
                section aria-labelledby="docs-h" {
                    h2 #docs-h { (tr.t("offer-documents")) }
                    ul.plain {
                        @for d in &v.required_documents {
                            @if let Some(doc) = &d.document { li { (german(tr, doc)) } }
                        }
                    }
                }
            }
            @if !phones.is_empty() || !emails.is_empty() || v.url.is_some() || !v.contacts.is_empty() {
                section aria-labelledby="contact-h" {
                    h2 #contact-h { (tr.t("offer-contact")) }
                    dl {
                        @for c in &v.contacts {
                            @if let Some(n) = &c.name {
                                dt { (tr.t("offer-contact-person")) }
                                dd {
                                    (n)
                                    @let role: Vec<&str> = [&c.title, &c.department].into_iter().flatten().map(String::as_str).collect();
                                    @if !role.is_empty() { " (" (role.join(", ")) ")" }
                                }
                            }
                        }
                        @for p in &phones {
                            dt { (tr.t("offer-phone")) }
                            dd { a href={ "tel:" (p.number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>()) } dir="ltr" { (p.number) } }
                        }
                        @for e in &emails {
                            dt { (tr.t("offer-email")) }
                            dd { a href={ "mailto:" (e) } dir="ltr" { (e) } }
                        }
                        @if let Some(u) = &v.url {
                            @if u.starts_with("https://") || u.starts_with("http://") {
                                dt { (tr.t("offer-website")) }
                                dd { a href=(u) rel="external noopener noreferrer" dir="ltr" { (u) } }
                            }
                        }
                    }
                }
            }
            section aria-labelledby="provider-h" {
                h2 #provider-h { (tr.t("offer-provider")) }
                p { a href=(provider_url(lang, &v.provider.id)) lang=[de] dir=[ltr] { (v.provider.name) } }
                @if !v.networks.is_empty() {
                    h3 { (tr.t("offer-networks")) }
                    ul.plain {
                        @for n in &v.networks { li { a href=(network_url(lang, &n.id)) lang=[de] dir=[ltr] { (n.name) } } }
                    }
                }
            }
            @if v.valid_from.is_some() || v.valid_to.is_some() {
                section aria-labelledby="valid-h" {
                    h2 #valid-h { (tr.t("offer-validity")) }
                    p {
                        @match (v.valid_from, v.valid_to) {
                            (Some(f), Some(t)) => (tr.ta("offer-valid-from-to", &[("from", FluentValue::from(date(tr, f))), ("to", FluentValue::from(date(tr, t)))])),
                            (Some(f), None) => (tr.ta("offer-valid-from", &[("from", FluentValue::from(date(tr, f)))])),
                            (None, Some(t)) => (tr.ta("offer-valid-to", &[("to", FluentValue::from(date(tr, t)))])),
                            (None, None) => "",
                        }
                    }
                }
            }
            @if let Some(d) = v.last_checked {
                p.note { (tr.ta("offer-last-checked", &[("date", FluentValue::from(date(tr, d)))])) }
            }
            p {
                button type="button" data-print hidden { (tr.t("offer-print")) }
            }
            p.report-link {
                a href={ "/" (lang.code()) "/angebote/" (v.id) "/fehler-melden" } { (tr.t("offer-report")) }
            }
        }
    };
    let ld = offer_json_ld(lang, v);
    record_page(ctx, &title, &format!("angebote/{}", v.id), &ld, body)
}

fn offer_json_ld(lang: Lang, v: &OfferView) -> serde_json::Value {
    let places: Vec<_> = v
        .locations
        .iter()
        .map(|l| {
            let a = l.location.main_address();
            json!({
                "@type": "Place",
                "name": l.location.name,
                "address": a.map(|a| json!({
                    "@type": "PostalAddress",
                    "streetAddress": a.address_1,
                    "postalCode": a.postal_code,
                    "addressLocality": a.city,
                    "addressCountry": a.country,
                })),
                "geo": l.location.coordinates().map(|(lat, lon)| json!({
                    "@type": "GeoCoordinates", "latitude": lat, "longitude": lon
                })),
            })
        })
        .collect();
    json!({
        "@context": "https://schema.org",
        "@type": "Service",
        "name": v.name,
        "description": v.description,
        "url": format!("/{}/angebote/{}", lang.code(), v.id),
        "provider": {
            "@type": "Organization",
            "name": v.provider.name,
            "url": format!("/{}/traeger/{}", lang.code(), v.provider.id),
        },
        "availableLanguage": v.languages.iter().filter_map(|l| l.code.as_ref().map(|c| c.as_str().to_owned())).collect::<Vec<_>>(),
        "areaServed": v.service_areas.iter().map(|r| json!({"@type": "AdministrativeArea", "name": r.name})).collect::<Vec<_>>(),
        "availableChannel": { "@type": "ServiceChannel", "serviceLocation": places },
        "isAccessibleForFree": v.free_of_charge,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_now_follows_weekday_and_hours() {
        let s: Schedule = serde_json::from_value(json!({
            "id": "2a74fb4d-d211-5a93-b851-27ac4649e2f7", "freq": "WEEKLY", "byday": "TU,TH",
            "opens_at": "10:00", "closes_at": "15:00"
        }))
        .unwrap();
        let at = |d: &str| NaiveDateTime::parse_from_str(d, "%Y-%m-%d %H:%M").unwrap();
        // 2026-12-01 is a Tuesday.
        assert_eq!(
            open_now(std::slice::from_ref(&s), at("2026-12-01 11:00")),
            Some(true)
        );
        assert_eq!(
            open_now(std::slice::from_ref(&s), at("2026-12-01 15:00")),
            Some(false)
        );
        assert_eq!(
            open_now(std::slice::from_ref(&s), at("2026-12-02 11:00")),
            Some(false)
        );
        assert_eq!(open_now(&[], at("2026-12-02 11:00")), None);
    }
}
