//! `/{lang}/`: one large search box with suggestions, the fields of action as tiles with
//! counts, a "near me" postcode box, and what the atlas is.

use atlas_app::{Kind, SearchRequest};
use atlas_model::FieldOfAction;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{Markup, html};

use crate::layout::{Page, json_ld, page};
use crate::pages::html_response;
use crate::{Ctx, ErrorPage, WebError, WebState, lang_of, render};

pub(crate) async fn home(
    State(state): State<WebState>,
    Path(lang): Path<String>,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    render(&state, lang, home_page).await
}

/// The search form of the home page and the results page (a plain GET form).
pub(crate) fn search_box(ctx: &Ctx<'_>, value: &str, large: bool) -> Markup {
    let tr = &ctx.tr;
    html! {
        form.search-form.large[large] role="search" method="get" action={ "/" (tr.lang.code()) "/suche" } {
            label for="q" { (tr.t("search-label")) }
            div.row {
                input #q type="search" name="q" value=(value) list="q-suggestions"
                    autocomplete="off" data-suggest maxlength="500"
                    placeholder=(tr.t("search-placeholder"));
                datalist #q-suggestions {}
                button type="submit" { (tr.t("search-button")) }
            }
        }
    }
}

fn home_page(ctx: &Ctx<'_>) -> Result<Response, WebError> {
    let tr = &ctx.tr;
    let lang = tr.lang.code();
    let counts = ctx
        .atlas
        .search(SearchRequest {
            kinds: vec![Kind::Offer],
            limit: 0,
            ..SearchRequest::default()
        })?
        .facets
        .field;
    let count_of = |code: &str| {
        counts
            .iter()
            .find(|c| c.value == code)
            .map_or(0, |c| c.count)
    };
    let title = tr.t("home-title");
    let body = html! {
        h1 { (tr.t("home-heading")) }
        (search_box(ctx, "", true))
        section aria-labelledby="fields-h" {
            h2 #fields-h { (tr.t("fields-heading")) }
            ul.tiles {
                @for f in FieldOfAction::ALL {
                    li {
                        a href={ "/" (lang) "/suche?field=" (f.code()) } {
                            span.name { (tr.label("field", f.code())) }
                            span.count { (tr.count("field-offers", count_of(f.code()))) }
                        }
                    }
                }
            }
        }
        section aria-labelledby="near-h" {
            h2 #near-h { (tr.t("near-heading")) }
            form.near-form method="get" action={ "/" (lang) "/suche" } {
                div.row {
                    div {
                        label for="near" { (tr.t("near-label")) }
                        input #near type="text" name="near" inputmode="numeric" autocomplete="postal-code"
                            pattern="[0-9]{5}" maxlength="5" required;
                    }
                    div {
                        label for="radius" { (tr.t("near-radius")) }
                        select #radius name="radius_km" {
                            @for km in [5, 10, 25, 50] {
                                option value=(km) selected[km == 10] { (tr.ta("km", &[("km", km.into())])) }
                            }
                        }
                    }
                    input type="hidden" name="sort" value="distance";
                    button type="submit" { (tr.t("near-button")) }
                }
            }
        }
        section aria-labelledby="about-h" {
            h2 #about-h { (tr.t("about-heading")) }
            p { (tr.t("about-text")) }
            p { (tr.t("about-text-2")) }
        }
    };
    let ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": tr.t("site-name"),
        "url": format!("/{lang}/"),
        "potentialAction": {
            "@type": "SearchAction",
            "target": format!("/{lang}/suche?q={{q}}"),
            "query-input": "required name=q"
        }
    });
    Ok(html_response(page(
        tr,
        &Page {
            title: &title,
            path: "",
            query: "",
            demo: ctx.demo,
            noindex: false,
            json_ld: Some(json_ld(&ld)),
        },
        body,
    )))
}
