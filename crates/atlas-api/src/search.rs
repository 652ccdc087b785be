//! `GET /api/v1/search` and `GET /api/v1/suggest`: parameters parsed strictly (a bad or unknown
//! parameter is a 400 naming it), any text accepted as `q`.

use std::time::Instant;

use atlas_app::{AppError, Atlas, FacetCount, Kind, OpenFilter, SearchRequest, SearchResult, Sort};
use atlas_model::{Ags, FieldOfAction, LanguageCode, Postcode, TargetGroup, Weekday};
use axum::extract::{RawQuery, State};
use axum::response::Response;
use serde::Serialize;
use utoipa::{IntoParams, ToSchema};

use crate::{ApiError, ApiState, answer, searching};

/// Longest accepted query text, in characters.
pub const MAX_QUERY_CHARS: usize = 500;
/// Deepest result reachable by paging.
pub const MAX_WINDOW: usize = 10_000;

fn bad(parameter: &str, message: impl Into<String>) -> ApiError {
    ApiError::from(AppError::InvalidParameter {
        parameter: parameter.to_owned(),
        message: message.into(),
    })
}

/// Query pairs; comma-separated values count as several values.
fn pairs(raw: Option<&str>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (k, v) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
        out.push((k.into_owned(), v.into_owned()));
    }
    out
}

fn values<'a>(pairs: &'a [(String, String)], key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    pairs
        .iter()
        .filter(move |(k, _)| k == key)
        .flat_map(|(_, v)| v.split(','))
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

fn single<'a>(pairs: &'a [(String, String)], key: &str) -> Result<Option<&'a str>, ApiError> {
    let mut found = pairs
        .iter()
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v.as_str());
    let first = found.next();
    if found.next().is_some() {
        return Err(bad(key, "given more than once"));
    }
    Ok(first)
}

fn boolean(pairs: &[(String, String)], key: &str) -> Result<bool, ApiError> {
    match single(pairs, key)? {
        None | Some("") | Some("false") | Some("0") => Ok(false),
        Some("true") | Some("1") => Ok(true),
        Some(other) => Err(bad(key, format!("expected true or false, got {other:?}"))),
    }
}

fn number<T: std::str::FromStr>(
    pairs: &[(String, String)],
    key: &str,
    what: &str,
) -> Result<Option<T>, ApiError> {
    match single(pairs, key)? {
        None | Some("") => Ok(None),
        Some(v) => v
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| bad(key, format!("expected {what}, got {v:?}"))),
    }
}

/// The parameters of `GET /api/v1/search` (documentation; parsing is `parse_search`).
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct SearchParams {
    /// Search text, any text (up to 500 characters). Quotes for phrases, `-word` to exclude.
    q: Option<String>,
    /// `offer`, `provider`, `network`.
    #[param(rename = "type")]
    kind: Option<Vec<String>>,
    /// Field of action code (Handlungsfeld), e.g. `sprachfoerderung`.
    field: Option<Vec<String>>,
    /// Target group code (Zielgruppe), e.g. `frauen`.
    group: Option<Vec<String>>,
    /// ISO 639-1 code of a language the offer is held in, e.g. `tr`.
    lang: Option<Vec<String>>,
    /// Only free of charge.
    free: Option<bool>,
    /// AGS of a Kreis, kreisfreie Stadt or Gemeinde, e.g. `06435` or `06435014`.
    region: Option<Vec<String>>,
    /// A postcode (`63450`) or `lat,lon`.
    near: Option<String>,
    /// Only results within this many kilometres of `near` (exact haversine distance).
    radius_km: Option<f64>,
    /// Opening: `mo`..`su`, `evening`, `weekend`.
    open: Option<Vec<String>>,
    /// Only step-free places.
    accessible: Option<bool>,
    /// `relevance` (default), `distance` (needs `near`), `name`, `updated`.
    sort: Option<String>,
    /// From 1.
    page: Option<usize>,
    /// 1 to 100, default 20.
    per_page: Option<usize>,
}

/// The parameters `GET /api/v1/search` accepts; anything else is a 400.
pub const SEARCH_PARAMETERS: &[&str] = &[
    "q",
    "type",
    "field",
    "group",
    "lang",
    "free",
    "region",
    "near",
    "radius_km",
    "open",
    "accessible",
    "sort",
    "page",
    "per_page",
];

/// A parsed search: the request for the index plus paging for the answer.
#[derive(Debug)]
pub struct ParsedSearch {
    pub request: SearchRequest,
    pub page: usize,
    pub per_page: usize,
}

/// Parses search parameters (shared with the web pages, which take the same ones).
pub fn parse_search(atlas: &Atlas, raw: Option<&str>) -> Result<ParsedSearch, ApiError> {
    let pairs = pairs(raw);
    if let Some((k, _)) = pairs
        .iter()
        .find(|(k, _)| !SEARCH_PARAMETERS.contains(&k.as_str()))
    {
        return Err(bad(
            k,
            format!(
                "unknown parameter; known are: {}",
                SEARCH_PARAMETERS.join(", ")
            ),
        ));
    }
    let text = single(&pairs, "q")?.unwrap_or("").to_owned();
    if text.chars().count() > MAX_QUERY_CHARS {
        return Err(bad(
            "q",
            format!("longer than {MAX_QUERY_CHARS} characters"),
        ));
    }
    let mut req = SearchRequest {
        text,
        ..SearchRequest::default()
    };
    for v in values(&pairs, "type") {
        req.kinds.push(Kind::parse(v).ok_or_else(|| {
            bad(
                "type",
                format!("{v:?} is not one of offer, provider, network"),
            )
        })?);
    }
    for v in values(&pairs, "field") {
        req.fields
            .push(FieldOfAction::parse(v).map_err(|e| bad("field", e.to_string()))?);
    }
    for v in values(&pairs, "group") {
        req.groups
            .push(TargetGroup::parse(v).map_err(|e| bad("group", e.to_string()))?);
    }
    for v in values(&pairs, "lang") {
        req.langs
            .push(LanguageCode::parse(v).map_err(|e| bad("lang", e.to_string()))?);
    }
    req.free = boolean(&pairs, "free")?;
    req.accessible = boolean(&pairs, "accessible")?;
    for v in values(&pairs, "region") {
        let ags = Ags::parse(v).map_err(|e| bad("region", e.to_string()))?;
        let filter = atlas
            .region_filter(&ags)?
            .ok_or_else(|| bad("region", format!("unknown region {v}")))?;
        req.regions.push(filter);
    }
    if let Some(near) = single(&pairs, "near")?.filter(|v| !v.trim().is_empty()) {
        req.near = Some(parse_near(atlas, near.trim())?);
    }
    req.radius_km = number::<f64>(&pairs, "radius_km", "a number of kilometres")?;
    if let Some(r) = req.radius_km {
        if !(r > 0.0 && r <= 1000.0) {
            return Err(bad("radius_km", "must be more than 0 and at most 1000"));
        }
        if req.near.is_none() {
            return Err(bad("radius_km", "needs near (a postcode or lat,lon)"));
        }
    }
    for v in values(&pairs, "open") {
        let o = match v {
            "evening" => OpenFilter::Evening,
            "weekend" => OpenFilter::Weekend,
            day => OpenFilter::Day(Weekday::parse(&day.to_ascii_uppercase()).ok_or_else(|| {
                bad(
                    "open",
                    format!("{v:?} is not one of mo, tu, we, th, fr, sa, su, evening, weekend"),
                )
            })?),
        };
        req.open.push(o);
    }
    req.sort = match single(&pairs, "sort")?.unwrap_or("relevance") {
        "" | "relevance" => Sort::Relevance,
        "distance" => Sort::Distance,
        "name" => Sort::Name,
        "updated" => Sort::Updated,
        other => {
            return Err(bad(
                "sort",
                format!("{other:?} is not one of relevance, distance, name, updated"),
            ));
        }
    };
    if req.sort == Sort::Distance && req.near.is_none() {
        return Err(bad("sort", "distance needs near (a postcode or lat,lon)"));
    }
    let page = number::<usize>(&pairs, "page", "a page number from 1")?.unwrap_or(1);
    let per_page = number::<usize>(&pairs, "per_page", "a number from 1 to 100")?.unwrap_or(20);
    if page == 0 {
        return Err(bad("page", "pages start at 1"));
    }
    if !(1..=100).contains(&per_page) {
        return Err(bad("per_page", "must be from 1 to 100"));
    }
    if page.saturating_mul(per_page) > MAX_WINDOW {
        return Err(bad(
            "page",
            format!("results beyond the first {MAX_WINDOW} cannot be paged to; narrow the search"),
        ));
    }
    req.offset = (page - 1) * per_page;
    req.limit = per_page;
    Ok(ParsedSearch {
        request: req,
        page,
        per_page,
    })
}

fn parse_near(atlas: &Atlas, v: &str) -> Result<(f64, f64), ApiError> {
    if let Some((lat, lon)) = v.split_once(',') {
        let lat: f64 = lat
            .trim()
            .parse()
            .map_err(|_| bad("near", "expected a postcode or lat,lon"))?;
        let lon: f64 = lon
            .trim()
            .parse()
            .map_err(|_| bad("near", "expected a postcode or lat,lon"))?;
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return Err(bad(
                "near",
                "latitude must be within ±90 and longitude within ±180",
            ));
        }
        return Ok((lat, lon));
    }
    let postcode = Postcode::parse(v)
        .map_err(|_| bad("near", "expected a postcode (five digits) or lat,lon"))?;
    atlas
        .gazetteer()
        .postcode_centre(&postcode)
        .ok_or_else(|| bad("near", format!("unknown postcode {v}")))
}

/// The public URL of a record's page.
pub fn page_url(kind: Kind, id: &str) -> String {
    let section = match kind {
        Kind::Offer => "angebote",
        Kind::Provider => "traeger",
        Kind::Network => "netzwerke",
    };
    format!("/de/{section}/{id}")
}

/// One value of a facet with its label and how many results it has.
#[derive(Debug, Serialize, ToSchema)]
pub struct FacetValue {
    /// The code to filter by (e.g. `sprachfoerderung`, `06435`, `tr`, `mo`).
    value: String,
    /// German label.
    label: String,
    /// Results with this value, counted on the result of all other filters.
    count: u64,
}

/// Facets of a search; each value counted on the result of all *other* filters.
#[derive(Debug, Serialize, ToSchema)]
pub struct FacetsBody {
    #[serde(rename = "type")]
    kind: Vec<FacetValue>,
    field: Vec<FacetValue>,
    group: Vec<FacetValue>,
    lang: Vec<FacetValue>,
    free: Vec<FacetValue>,
    /// Per Kreis / kreisfreie Stadt.
    region: Vec<FacetValue>,
    open: Vec<FacetValue>,
    accessible: Vec<FacetValue>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NamedRefBody {
    id: String,
    name: String,
}

/// One result.
#[derive(Debug, Serialize, ToSchema)]
pub struct HitBody {
    /// `offer`, `provider` or `network`.
    #[serde(rename = "type")]
    kind: &'static str,
    id: String,
    name: String,
    /// HTML: the text escaped, matches in `<b>`.
    snippet: String,
    /// The provider of an offer, the coordinator of a network, the parent of a provider.
    provider: Option<NamedRefBody>,
    /// Distance from `near` in kilometres.
    distance_km: Option<f64>,
    /// The page of the record.
    url: String,
}

/// The answer of `GET /api/v1/search`.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchBody {
    total: u64,
    page: usize,
    per_page: usize,
    hits: Vec<HitBody>,
    facets: FacetsBody,
    took_ms: f64,
}

/// One suggestion of `GET /api/v1/suggest`.
#[derive(Debug, Serialize, ToSchema)]
pub struct SuggestionBody {
    text: String,
    #[serde(rename = "type")]
    kind: &'static str,
    id: String,
    url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SuggestBody {
    suggestions: Vec<SuggestionBody>,
}

fn language_label(code: &str) -> String {
    let name = match code {
        "de" => "Deutsch",
        "en" => "Englisch",
        "tr" => "Türkisch",
        "ar" => "Arabisch",
        "ru" => "Russisch",
        "uk" => "Ukrainisch",
        "fa" => "Persisch (Farsi)",
        "pl" => "Polnisch",
        "ro" => "Rumänisch",
        "bg" => "Bulgarisch",
        "it" => "Italienisch",
        "el" => "Griechisch",
        "hr" => "Kroatisch",
        "sr" => "Serbisch",
        "bs" => "Bosnisch",
        "sq" => "Albanisch",
        "ku" => "Kurdisch",
        "ps" => "Paschtu",
        "ti" => "Tigrinya",
        "so" => "Somali",
        "fr" => "Französisch",
        "es" => "Spanisch",
        "pt" => "Portugiesisch",
        "vi" => "Vietnamesisch",
        "zh" => "Chinesisch",
        "ur" => "Urdu",
        other => return other.to_owned(),
    };
    name.to_owned()
}

fn open_label(code: &str) -> String {
    match code {
        "mo" => "Montag",
        "tu" => "Dienstag",
        "we" => "Mittwoch",
        "th" => "Donnerstag",
        "fr" => "Freitag",
        "sa" => "Samstag",
        "su" => "Sonntag",
        "evening" => "abends",
        "weekend" => "am Wochenende",
        other => other,
    }
    .to_owned()
}

fn labelled(counts: Vec<FacetCount>, label: impl Fn(&str) -> String) -> Vec<FacetValue> {
    counts
        .into_iter()
        .map(|c| FacetValue {
            label: label(&c.value),
            value: c.value,
            count: c.count,
        })
        .collect()
}

fn render(atlas: &Atlas, parsed: &ParsedSearch, result: SearchResult, took_ms: f64) -> SearchBody {
    let f = result.facets;
    let kind_label = |v: &str| {
        match v {
            "offer" => "Angebot",
            "provider" => "Träger",
            _ => "Netzwerk",
        }
        .to_owned()
    };
    let region_label = |v: &str| {
        Ags::parse(v)
            .ok()
            .and_then(|a| atlas.region_name(&a).ok().flatten())
            .unwrap_or_else(|| v.to_owned())
    };
    let hits = result
        .hits
        .into_iter()
        .map(|h| HitBody {
            kind: h.kind.code(),
            url: page_url(h.kind, &h.id.to_string()),
            id: h.id.to_string(),
            name: h.name,
            snippet: h.snippet_html,
            provider: h.provider.map(|(id, name)| NamedRefBody {
                id: id.to_string(),
                name,
            }),
            distance_km: h.distance_km.map(|d| (d * 100.0).round() / 100.0),
        })
        .collect();
    SearchBody {
        total: result.total,
        page: parsed.page,
        per_page: parsed.per_page,
        hits,
        facets: FacetsBody {
            kind: labelled(f.kind, kind_label),
            field: labelled(f.field, |v| {
                FieldOfAction::parse(v)
                    .map(|x| x.label_de().to_owned())
                    .unwrap_or_default()
            }),
            group: labelled(f.group, |v| {
                TargetGroup::parse(v)
                    .map(|x| x.label_de().to_owned())
                    .unwrap_or_default()
            }),
            lang: labelled(f.lang, language_label),
            free: labelled(f.free, |_| "kostenlos".to_owned()),
            region: labelled(f.region, region_label),
            open: labelled(f.open, open_label),
            accessible: labelled(f.accessible, |_| "stufenlos erreichbar".to_owned()),
        },
        took_ms: (took_ms * 1000.0).round() / 1000.0,
    }
}

/// Search offers, providers and networks.
///
/// Any text is accepted as `q` (quotes for phrases, `-word` to exclude). Several values of one
/// filter (repeated or comma-separated) mean OR; different filters AND. An empty `q` with
/// filters lists by name.
#[utoipa::path(
    get,
    path = "/api/v1/search",
    params(SearchParams),
    responses(
        (status = 200, description = "Results, facets and paging; `demo` tells whether the data is demo data", body = SearchBody),
        (status = 400, description = "A parameter is malformed or unknown; the message names it", body = crate::openapi::ErrorBody),
        (status = 503, description = "Too many searches at once (code `busy`); `Retry-After` says when to try again", body = crate::openapi::ErrorBody),
    ),
    tag = "search"
)]
pub(crate) async fn search(
    State(state): State<ApiState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let (demo, body) = searching(&state, move |atlas| {
        let started = Instant::now();
        let parsed = parse_search(atlas, raw.as_deref()).map_err(ApiError::into_app)?;
        let result = atlas.search(parsed.request.clone())?;
        let took = started.elapsed().as_secs_f64() * 1000.0;
        Ok((atlas.is_demo()?, render(atlas, &parsed, result, took)))
    })
    .await?;
    Ok(answer(demo, &body))
}

/// Completions while typing: up to `limit` (default 10) names of the best matches for the
/// words so far, the last word taken as a prefix.
#[utoipa::path(
    get,
    path = "/api/v1/suggest",
    params(
        ("q" = String, Query, description = "The text typed so far"),
        ("limit" = Option<usize>, Query, description = "1 to 10, default 10"),
    ),
    responses(
        (status = 200, description = "Suggestions", body = SuggestBody),
        (status = 400, description = "A parameter is malformed or unknown", body = crate::openapi::ErrorBody),
        (status = 503, description = "Too many searches at once (code `busy`); `Retry-After` says when to try again", body = crate::openapi::ErrorBody),
    ),
    tag = "search"
)]

pub(crate) async fn suggest(
    State(state): State<ApiState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let pairs = pairs(raw.as_deref());
    if let Some((k, _)) = pairs.iter().find(|(k, _)| k != "q" && k != "limit") {
        return Err(bad(k, "unknown parameter; known are: q, limit"));
    }
    let q = single(&pairs, "q")?.unwrap_or("").to_owned();
    if q.chars().count() > MAX_QUERY_CHARS {
        return Err(bad(
            "q",
            format!("longer than {MAX_QUERY_CHARS} characters"),
        ));
    }
    let limit = number::<usize>(&pairs, "limit", "a number from 1 to 10")?.unwrap_or(10);
    if !(1..=10).contains(&limit) {
        return Err(bad("limit", "must be from 1 to 10"));
    }
    let (demo, suggestions) = searching(&state, move |atlas| {
        Ok((atlas.is_demo()?, atlas.suggest(&q, limit)?))
    })
    .await?;
    let body = SuggestBody {
        suggestions: suggestions
            .into_iter()
            .map(|s| SuggestionBody {
                kind: s.kind.code(),
                url: page_url(s.kind, &s.id.to_string()),
                id: s.id.to_string(),
                text: s.text,
            })
            .collect(),
    };
    Ok(answer(demo, &body))
}
