//! `/{lang}/regionen/{ags}`: a Kreis or Gemeinde with its offers by field of action.

use atlas_app::AppError;
use atlas_model::Ags;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::html;
use serde_json::json;

use crate::pages::{german_attrs, offer_url, record_page, region_url};
use crate::{ErrorPage, WebError, WebState, lang_of, render};

pub(crate) async fn region(
    State(state): State<WebState>,
    Path((lang, ags)): Path<(String, String)>,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    render(&state, lang, move |ctx| {
        let ags = Ags::parse(&ags).map_err(|e| {
            WebError::App(AppError::InvalidParameter {
                parameter: "ags".into(),
                message: e.to_string(),
            })
        })?;
        let v = ctx.atlas.region(&ags)?;
        let tr = &ctx.tr;
        let (de, ltr) = german_attrs(lang);
        let level = match v.region.level {
            "gemeinde" => Some(tr.t("level-gemeinde")),
            "kreis" => Some(tr.t("level-kreis")),
            _ => None,
        };
        let body = html! {
            article.record {
                h1 { (v.region.name) }
                p {
                    span lang=[de] dir=[ltr] { (v.kind) }
                    @if let Some(l) = &level { " · " (l) }
                    @if let Some(p) = &v.parent {
                        " · " (tr.t("region-part-of")) " " a href=(region_url(lang, &p.ags)) { (p.name) }
                    }
                }
                p { a href={ "/" (lang.code()) "/suche?region=" (v.region.ags) } { (tr.t("region-search")) } }
                section aria-labelledby="offers-h" {
                    h2 #offers-h { (tr.t("region-offers")) }
                    @if v.offers_by_field.is_empty() {
                        p { (tr.t("region-no-offers")) }
                    }
                    @for (field, offers) in &v.offers_by_field {
                        h3 { (tr.label("field", field.code)) " (" (offers.len()) ")" }
                        ul.plain {
                            @for o in offers { li { a href=(offer_url(lang, &o.id)) lang=[de] dir=[ltr] { (o.name) } } }
                        }
                    }
                }
                @if !v.children.is_empty() {
                    section aria-labelledby="places-h" {
                        h2 #places-h { (tr.t("region-places")) }
                        ul.plain {
                            @for c in &v.children { li { a href=(region_url(lang, &c.ags)) { (c.name) } } }
                        }
                    }
                }
            }
        };
        let ld = json!({
            "@context": "https://schema.org",
            "@type": "AdministrativeArea",
            "name": v.region.name,
            "identifier": v.region.ags,
            "url": region_url(lang, &v.region.ags),
        });
        Ok(record_page(ctx, &v.region.name, &format!("regionen/{}", v.region.ags), &ld, body))
    })
    .await
}
