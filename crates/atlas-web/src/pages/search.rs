//! `/{lang}/suche`: the results page. It takes exactly the parameters of `/api/v1/search`
//! (parsed by `atlas-api`), so the URL holds the whole search state: facet filters with
//! counts, sort and pagination are links and GET forms over that URL.

use atlas_api::{ParsedSearch, parse_search};
use atlas_app::{Facets, Hit, Kind, OfferCard};
use atlas_model::{Ags, Id};
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;
use fluent_bundle::FluentValue;
use maud::{Markup, PreEscaped, html};

use crate::i18n::{Lang, Tr};
use crate::layout::{Page, page};
use crate::pages::home::search_box;
use crate::pages::{german_attrs, html_response, network_url, offer_url, provider_url, translated};
use crate::{Ctx, ErrorPage, WebError, WebState, lang_of, render};

/// Filters that narrow a search (each can be dropped on its own).
const FILTER_KEYS: &[&str] = &[
    "type",
    "field",
    "group",
    "lang",
    "free",
    "region",
    "radius_km",
    "open",
    "accessible",
];

pub(crate) async fn search(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    render(&state, lang, move |ctx| results_page(ctx, raw.as_deref())).await
}

/// The search state as query pairs, comma-separated values split into pairs of their own.
#[derive(Debug, Clone)]
pub(crate) struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    pub fn parse(raw: Option<&str>) -> Self {
        let mut pairs = Vec::new();
        for (k, v) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
            if FILTER_KEYS.contains(&k.as_ref()) && v.contains(',') {
                for part in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                    pairs.push((k.to_string(), part.to_owned()));
                }
            } else if !v.is_empty() {
                pairs.push((k.into_owned(), v.into_owned()));
            }
        }
        Self { pairs }
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn has(&self, key: &str, value: &str) -> bool {
        self.pairs.iter().any(|(k, v)| k == key && v == value)
    }

    pub fn encode(&self) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in &self.pairs {
            s.append_pair(k, v);
        }
        s.finish()
    }

    /// Without paging: a changed filter starts again at page 1.
    fn fresh(&self) -> Self {
        Self {
            pairs: self
                .pairs
                .iter()
                .filter(|(k, _)| k != "page")
                .cloned()
                .collect(),
        }
    }

    pub fn toggled(&self, key: &str, value: &str) -> Self {
        let mut q = self.fresh();
        if q.has(key, value) {
            q.pairs.retain(|(k, v)| !(k == key && v == value));
        } else {
            q.pairs.push((key.to_owned(), value.to_owned()));
        }
        q
    }

    pub fn without(&self, key: &str) -> Self {
        let mut q = self.fresh();
        q.pairs.retain(|(k, _)| k != key);
        if key == "near" {
            q.pairs
                .retain(|(k, v)| k != "radius_km" && !(k == "sort" && v == "distance"));
        }
        q
    }

    pub fn with(&self, key: &str, value: &str) -> Self {
        let mut q = self.without(key);
        q.pairs.push((key.to_owned(), value.to_owned()));
        q
    }

    fn with_page(&self, page: usize) -> Self {
        let mut q = self.fresh();
        if page > 1 {
            q.pairs.push(("page".into(), page.to_string()));
        }
        q
    }

    fn without_filters(&self) -> Self {
        let mut q = self.fresh();
        q.pairs.retain(|(k, _)| !FILTER_KEYS.contains(&k.as_str()));
        q
    }

    fn active_filters(&self) -> impl Iterator<Item = &(String, String)> {
        self.pairs
            .iter()
            .filter(|(k, _)| FILTER_KEYS.contains(&k.as_str()))
    }
}

fn search_url(lang: Lang, q: &Query) -> String {
    let query = q.encode();
    if query.is_empty() {
        format!("/{}/suche", lang.code())
    } else {
        format!("/{}/suche?{query}", lang.code())
    }
}

/// The label of a filter value in the reader's language.
fn value_label(ctx: &Ctx<'_>, key: &str, value: &str) -> String {
    let tr = &ctx.tr;
    match key {
        "type" => tr.label("type", value),
        "field" => tr.label("field", value),
        "group" => tr.label("group", value),
        "lang" => tr.label("lang", value),
        "free" => tr.t("free-badge"),
        "accessible" => tr.t("accessible-label"),
        "open" => match value {
            "evening" => tr.t("open-evening"),
            "weekend" => tr.t("open-weekend"),
            day => tr.label("day", day),
        },
        "region" => Ags::parse(value)
            .ok()
            .and_then(|a| ctx.atlas.region_name(&a).ok().flatten())
            .unwrap_or_else(|| value.to_owned()),
        "radius_km" => tr.ta("km", &[("km", FluentValue::from(value))]),
        _ => value.to_owned(),
    }
}

fn kind_path(lang: Lang, kind: Kind, id: &Id) -> String {
    match kind {
        Kind::Offer => offer_url(lang, id),
        Kind::Provider => provider_url(lang, id),
        Kind::Network => network_url(lang, id),
    }
}

fn results_page(ctx: &Ctx<'_>, raw: Option<&str>) -> Result<Response, WebError> {
    let tr = &ctx.tr;
    let parsed: ParsedSearch = parse_search(ctx.atlas, raw)?;
    let query = Query::parse(raw);
    let result = ctx.atlas.search(parsed.request.clone())?;
    let offer_ids: Vec<Id> = result
        .hits
        .iter()
        .filter(|h| h.kind == Kind::Offer)
        .map(|h| h.id)
        .collect();
    let cards = ctx.atlas.offer_cards(&offer_ids)?;
    let text = parsed.request.text.trim().to_owned();
    let heading = if text.is_empty() {
        tr.t("results-heading")
    } else {
        tr.ta("results-for", &[("q", FluentValue::from(text.as_str()))])
    };
    let count_text = tr.count("results-count", result.total);
    let title = format!("{heading} ({count_text})");
    let pages = result.total.div_ceil(parsed.per_page as u64).max(1) as usize;
    let body = html! {
        h1 { (heading) }
        (search_box(ctx, &text, false))
        div.layout {
            (filters(ctx, &query, &result.facets))
            div {
                p #count role="status" { (count_text) }
                (active_filters(ctx, &query))
                @if result.total > 0 {
                    (sort_form(ctx, &query))
                    ol.results aria-labelledby="count" {
                        @for hit in &result.hits {
                            (hit_item(ctx, hit, cards.iter().find(|c| c.id == hit.id)))
                        }
                    }
                    (pagination(tr, &query, parsed.page, pages))
                } @else {
                    (no_results(ctx, &parsed, &query, &text)?)
                }
            }
        }
    };
    Ok(html_response(page(
        tr,
        &Page {
            title: &title,
            path: "suche",
            query: &query.encode(),
            demo: ctx.demo,
            noindex: false,
            json_ld: None,
        },
        body,
    )))
}

fn hit_item(ctx: &Ctx<'_>, hit: &Hit, card: Option<&OfferCard>) -> Markup {
    let tr = &ctx.tr;
    let lang = tr.lang;
    let translation = card.and_then(|c| c.translations.get(lang.code()));
    let name = translated(tr, &hit.name, translation.and_then(|t| t.name.as_deref()));
    html! {
        li {
            h2 { a href=(kind_path(lang, hit.kind, &hit.id)) { (name) } }
            @if hit.kind != Kind::Offer {
                span.kind { (tr.label("type", hit.kind.code())) }
            }
            @if let Some((pid, pname)) = &hit.provider {
                p.provider {
                    (tr.t("provider-label")) ": "
                    a href=(provider_url(lang, pid)) lang=[german_attrs(lang).0] dir=[german_attrs(lang).1] { (pname) }
                }
            }
            @if !hit.snippet_html.is_empty() {
                // The index escapes the text and marks matches with <b>: safe HTML.
                @if lang == Lang::De {
                    p.snippet { (PreEscaped(&hit.snippet_html)) }
                } @else {
                    p.snippet lang="de" dir=[german_attrs(lang).1] { (PreEscaped(&hit.snippet_html)) }
                }
            }
            ul.meta {
                @if let Some(c) = card {
                    @if !c.places.is_empty() {
                        li { (tr.t("place-label")) ": " (c.places.join(", ")) }
                    }
                }
                @if let Some(d) = hit.distance_km {
                    li { (tr.ta("distance-km", &[("km", FluentValue::from(format!("{d:.1}")))])) }
                }
                @if let Some(c) = card {
                    @if !c.languages.is_empty() {
                        li { (tr.t("languages-label")) ": "
                            (c.languages.iter().map(|l| tr.label("lang", l)).collect::<Vec<_>>().join(", ")) }
                    }
                    @if !c.target_groups.is_empty() {
                        li { (tr.t("groups-label")) ": "
                            (c.target_groups.iter().map(|g| tr.label("group", g.code)).collect::<Vec<_>>().join(", ")) }
                    }
                    @if c.free_of_charge {
                        li { span.badge { (tr.t("free-badge")) } }
                    }
                }
            }
        }
    }
}

/// One facet as a group of checkboxes with counts.
fn facet(
    ctx: &Ctx<'_>,
    query: &Query,
    key: &str,
    legend: &str,
    values: &[atlas_app::FacetCount],
) -> Markup {
    html! {
        @if !values.is_empty() {
            fieldset {
                legend { (legend) }
                @for v in values {
                    @let id = format!("f-{key}-{}", v.value);
                    label for=(id) {
                        input type="checkbox" id=(id) name=(key) value=(v.value) checked[query.has(key, &v.value)];
                        span { (value_label(ctx, key, &v.value)) }
                        span.count { "(" (v.count) ")" }
                    }
                }
            }
        }
    }
}

fn filters(ctx: &Ctx<'_>, query: &Query, f: &Facets) -> Markup {
    let tr = &ctx.tr;
    let free: Vec<_> = f
        .free
        .iter()
        .filter(|c| c.value == "true" || c.value == "1")
        .cloned()
        .collect();
    let free = if free.is_empty() {
        f.free.clone()
    } else {
        free
    };
    html! {
        aside.filters aria-labelledby="filters-h" {
            // Open as sent; on a phone the script folds it so the hits come first (without
            // script it stays open, and the summary folds it by hand).
            details open data-fold-narrow {
            summary { h2 #filters-h { (tr.t("filters-heading")) @let n = query.active_filters().count(); @if n > 0 { " (" (n) ")" } } }
            form method="get" action={ "/" (tr.lang.code()) "/suche" } {
                @for key in ["q", "near", "sort", "per_page"] {
                    @if let Some(v) = query.get(key) {
                        input type="hidden" name=(key) value=(v);
                    }
                }
                @if query.get("near").is_some() {
                    fieldset {
                        legend { (tr.t("facet-distance")) }
                        @for km in ["5", "10", "25", "50"] {
                            @let id = format!("f-radius-{km}");
                            label for=(id) {
                                input type="radio" id=(id) name="radius_km" value=(km) checked[query.get("radius_km") == Some(km)];
                                span { (tr.ta("km", &[("km", FluentValue::from(km))])) }
                            }
                        }
                    }
                }
                (facet(ctx, query, "field", &tr.t("facet-field"), &f.field))
                (facet(ctx, query, "group", &tr.t("facet-group"), &f.group))
                (facet(ctx, query, "lang", &tr.t("facet-lang"), &f.lang))
                @if !free.is_empty() {
                    fieldset {
                        legend { (tr.t("facet-free")) }
                        label for="f-free" {
                            input type="checkbox" id="f-free" name="free" value="true" checked[query.get("free").is_some_and(|v| v == "true" || v == "1")];
                            span { (tr.t("free-badge")) }
                            span.count { "(" (free.iter().map(|c| c.count).sum::<u64>()) ")" }
                        }
                    }
                }
                (facet(ctx, query, "region", &tr.t("facet-region"), &f.region))
                (facet(ctx, query, "open", &tr.t("facet-open"), &f.open))
                @if !f.accessible.is_empty() {
                    fieldset {
                        legend { (tr.t("facet-accessible")) }
                        label for="f-accessible" {
                            input type="checkbox" id="f-accessible" name="accessible" value="true" checked[query.get("accessible").is_some_and(|v| v == "true" || v == "1")];
                            span { (tr.t("accessible-label")) }
                            span.count { "(" (f.accessible.iter().map(|c| c.count).sum::<u64>()) ")" }
                        }
                    }
                }
                (facet(ctx, query, "type", &tr.t("facet-type"), &f.kind))
                button type="submit" { (tr.t("filters-apply")) }
            }
            }
        }
    }
}

fn active_filters(ctx: &Ctx<'_>, query: &Query) -> Markup {
    let tr = &ctx.tr;
    let active: Vec<_> = query.active_filters().collect();
    html! {
        @if !active.is_empty() {
            ul.active-filters {
                @for (k, v) in &active {
                    li {
                        a href=(search_url(tr.lang, &query.toggled(k, v))) {
                            (tr.ta("filter-remove", &[("name", FluentValue::from(value_label(ctx, k, v)))]))
                        }
                    }
                }
                @if active.len() > 1 {
                    li {
                        a href=(search_url(tr.lang, &query.without_filters())) { (tr.t("filters-reset")) }
                    }
                }
            }
        }
    }
}

fn sort_form(ctx: &Ctx<'_>, query: &Query) -> Markup {
    let tr = &ctx.tr;
    let current = query.get("sort").unwrap_or("relevance");
    let mut options = vec!["relevance"];
    if query.get("near").is_some() {
        options.push("distance");
    }
    options.extend(["name", "updated"]);
    let keep = query.without("sort");
    html! {
        form.sort-form method="get" action={ "/" (tr.lang.code()) "/suche" } {
            @for (k, v) in &keep.pairs {
                input type="hidden" name=(k) value=(v);
            }
            div {
                label for="sort" { (tr.t("sort-label")) }
                select #sort name="sort" {
                    @for o in &options {
                        option value=(o) selected[*o == current] { (tr.label("sort", o)) }
                    }
                }
            }
            button type="submit" { (tr.t("sort-button")) }
        }
    }
}

fn pagination(tr: &Tr<'_>, query: &Query, page: usize, pages: usize) -> Markup {
    html! {
        @if pages > 1 {
            nav.pagination aria-label=(tr.t("pagination")) {
                ul {
                    @if page > 1 {
                        li { a rel="prev" href=(search_url(tr.lang, &query.with_page(page - 1))) { (tr.t("page-previous")) } }
                    }
                    li aria-current="page" {
                        (tr.ta("page-of", &[("page", FluentValue::from(page)), ("pages", FluentValue::from(pages))]))
                    }
                    @if page < pages {
                        li { a rel="next" href=(search_url(tr.lang, &query.with_page(page + 1))) { (tr.t("page-next")) } }
                    }
                }
            }
        }
    }
}

/// Nothing found: spelling suggestions, which filters to drop, and other regions.
fn no_results(
    ctx: &Ctx<'_>,
    parsed: &ParsedSearch,
    query: &Query,
    text: &str,
) -> Result<Markup, WebError> {
    let tr = &ctx.tr;
    let atlas = ctx.atlas;
    let count_without = |key: &str| -> Result<u64, WebError> {
        let q = query.without(key);
        let parsed = parse_search(atlas, Some(&q.encode()))?;
        let mut req = parsed.request;
        req.limit = 0;
        Ok(atlas.search(req)?.total)
    };
    // Names completing the text, or, for a misspelt last word, a shorter start of it.
    let mut spelling: Vec<String> = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    for cut in 0..=3 {
        if chars.len() < cut + 3 || !spelling.is_empty() {
            break;
        }
        let start: String = chars[..chars.len() - cut].iter().collect();
        spelling = atlas
            .suggest(&start, 5)?
            .into_iter()
            .map(|s| s.text)
            .filter(|s| !s.eq_ignore_ascii_case(text))
            .collect();
    }
    spelling.dedup();
    spelling.truncate(3);
    let mut droppable = Vec::new();
    let mut seen = Vec::new();
    for (k, _) in query.active_filters() {
        if seen.contains(k) {
            continue;
        }
        seen.push(k.clone());
        let n = count_without(k)?;
        if n > 0 {
            droppable.push((k.clone(), n));
        }
    }
    let mut nearby = Vec::new();
    if !parsed.request.regions.is_empty() {
        let q = query.without("region");
        let mut req = parse_search(atlas, Some(&q.encode()))?.request;
        req.limit = 0;
        let mut regions = atlas.search(req)?.facets.region;
        regions.sort_by_key(|r| std::cmp::Reverse(r.count));
        regions.truncate(5);
        nearby = regions;
    }
    Ok(html! {
        section.no-results aria-labelledby="none-h" {
            h2 #none-h { (tr.t("no-results-heading")) }
            @if !spelling.is_empty() {
                p { (tr.t("no-results-spelling")) }
                ul.plain {
                    @for s in &spelling {
                        li { a href=(search_url(tr.lang, &query.with("q", s))) { (s) } }
                    }
                }
            }
            @if !droppable.is_empty() {
                p { (tr.t("no-results-drop")) }
                ul.plain {
                    @for (k, n) in &droppable {
                        @let names: Vec<String> = query.active_filters().filter(|(kk, _)| kk == k).map(|(kk, v)| value_label(ctx, kk, v)).collect();
                        li { a href=(search_url(tr.lang, &query.without(k))) {
                            (tr.ta("no-results-drop-one", &[("name", FluentValue::from(names.join(", "))), ("count", FluentValue::from(*n))]))
                        } }
                    }
                }
            }
            @if !nearby.is_empty() {
                p { (tr.t("no-results-nearby")) }
                ul.plain {
                    @for r in &nearby {
                        li { a href=(search_url(tr.lang, &query.with("region", &r.value))) {
                            (value_label(ctx, "region", &r.value)) " (" (r.count) ")"
                        } }
                    }
                }
            }
            p { (tr.t("no-results-tip")) }
        }
    })
}
