//! `/{lang}/netzwerke/{id}`: a network's goals, coordinator, members and meeting rhythm.

use axum::extract::{Path, State};
use axum::response::Response;
use maud::html;
use serde_json::json;

use crate::i18n::Lang;
use crate::pages::{german_attrs, network_url, parse_id, provider_url, record_page, region_url};
use crate::{ErrorPage, WebState, lang_of, render};

fn role_id(role: &str) -> &'static str {
    match role {
        "Koordination" => "role-coordinator",
        "Partner" => "role-partner",
        _ => "role-member",
    }
}

pub(crate) async fn network(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    render(&state, lang, move |ctx| {
        let id = parse_id(&id)?;
        let v = ctx.atlas.network(id)?;
        let tr = &ctx.tr;
        let n = &v.network;
        let (de, ltr) = german_attrs(lang);
        let body = html! {
            article.record {
                h1 { (n.name) }
                @if lang != Lang::De { p.note { (tr.t("untranslated-note")) } }
                p lang=[de] dir=[ltr] { (n.description) }
                @if !v.fields_of_action_labels.is_empty() {
                    p { strong { (tr.t("offer-fields")) ": " }
                        (v.fields_of_action_labels.iter().map(|f| tr.label("field", f.code)).collect::<Vec<_>>().join(", ")) }
                }
                @if !n.goals.is_empty() {
                    section aria-labelledby="goals-h" {
                        h2 #goals-h { (tr.t("network-goals")) }
                        ul.plain lang=[de] dir=[ltr] { @for g in &n.goals { li { (g) } } }
                    }
                }
                section aria-labelledby="people-h" {
                    h2 #people-h { (tr.t("network-members")) }
                    dl {
                        @if let Some(c) = &v.coordinator {
                            dt { (tr.t("network-coordinator")) }
                            dd { a href=(provider_url(lang, &c.id)) { (c.name) } }
                        }
                        @if let Some(r) = &n.meeting_rhythm {
                            dt { (tr.t("network-rhythm")) }
                            dd lang=[de] dir=[ltr] { (r) }
                        }
                        @if let Some(r) = &v.region {
                            dt { (tr.t("network-region")) }
                            dd { a href=(region_url(lang, &r.ags)) { (r.name) } }
                        }
                        @if let Some(e) = &n.email {
                            dt { (tr.t("offer-email")) }
                            dd { a href={ "mailto:" (e.as_str()) } { (e.as_str()) } }
                        }
                    }
                    ul.plain {
                        @for m in &v.member_organizations {
                            li {
                                a href=(provider_url(lang, &m.id)) { (m.name) }
                                @if let Some(role) = &m.role { " (" (tr.t(role_id(role))) ")" }
                            }
                        }
                    }
                }
            }
        };
        let ld = json!({
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": n.name,
            "description": n.description,
            "url": network_url(lang, &n.id),
            "member": v.member_organizations.iter().map(|m| json!({
                "@type": "Organization", "name": m.name, "url": provider_url(lang, &m.id)
            })).collect::<Vec<_>>(),
        });
        Ok(record_page(ctx, &n.name, &format!("netzwerke/{}", n.id), &ld, body))
    })
    .await
}
