//! `/{lang}/traeger/{id}`: a provider's profile, its current offers and its networks.

use axum::extract::{Path, State};
use axum::response::Response;
use maud::html;
use serde_json::json;

use crate::i18n::Lang;
use crate::pages::{german_attrs, network_url, offer_url, parse_id, provider_url, record_page};
use crate::{ErrorPage, WebState, lang_of, render};

pub(crate) async fn provider(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    render(&state, lang, move |ctx| {
        let id = parse_id(&id)?;
        let v = ctx.atlas.provider(id)?;
        let tr = &ctx.tr;
        let o = &v.organization;
        let (de, ltr) = german_attrs(lang);
        let body = html! {
            article.record {
                h1 { (o.name) }
                @if let Some(a) = &o.alternate_name { p { (a) } }
                section aria-labelledby="profile-h" {
                    h2 #profile-h { (tr.t("provider-profile")) }
                    @if lang != Lang::De { p.note { (tr.t("untranslated-note")) } }
                    p lang=[de] dir=[ltr] { (o.description) }
                    dl {
                        @if let Some(p) = &v.parent {
                            dt { (tr.t("provider-parent")) }
                            dd { a href=(provider_url(lang, &p.id)) { (p.name) } }
                        }
                        @for p in &o.phones {
                            dt { (tr.t("offer-phone")) }
                            dd { a href={ "tel:" (p.number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>()) } { (p.number) } }
                        }
                        @if let Some(e) = &o.email {
                            dt { (tr.t("offer-email")) }
                            dd { a href={ "mailto:" (e.as_str()) } { (e.as_str()) } }
                        }
                        @if let Some(u) = o.website.as_ref().filter(|u| u.starts_with("https://") || u.starts_with("http://")) {
                            dt { (tr.t("offer-website")) }
                            dd { a href=(u) rel="external noopener noreferrer" { (u) } }
                        }
                    }
                }
                section aria-labelledby="offers-h" {
                    h2 #offers-h { (tr.t("provider-offers")) }
                    @if v.offers.is_empty() {
                        p { (tr.t("provider-no-offers")) }
                    } @else {
                        ul.plain {
                            @for x in &v.offers { li { a href=(offer_url(lang, &x.id)) lang=[de] dir=[ltr] { (x.name) } } }
                        }
                    }
                }
                p.claim {
                    a href={ "/" (lang.code()) "/konto/organisationen/" (o.id) "/beanspruchen" } rel="nofollow" { (tr.t("provider-claim")) }
                }
                @if !v.networks.is_empty() {
                    section aria-labelledby="networks-h" {
                        h2 #networks-h { (tr.t("provider-networks")) }
                        ul.plain {
                            @for n in &v.networks { li { a href=(network_url(lang, &n.id)) { (n.name) } } }
                        }
                    }
                }
            }
        };
        let ld = json!({
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": o.name,
            "description": o.description,
            "url": provider_url(lang, &o.id),
            "email": o.email.as_ref().map(|e| e.as_str()),
            "telephone": o.phones.first().map(|p| p.number.clone()),
        });
        Ok(record_page(ctx, &o.name, &format!("traeger/{}", o.id), &ld, body))
    })
    .await
}
