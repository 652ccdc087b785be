//! The frame of every page: `<html lang dir>`, head with canonical URL, hreflang alternates and
//! JSON-LD, a skip link, the header with the language switch, the demo notice, `<main>` and
//! the footer. No inline script or style anywhere (the CSP forbids them).

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::i18n::{Lang, Tr};

/// What the frame needs to know about a page.
#[derive(Debug)]
pub struct Page<'a> {
    pub title: &'a str,
    /// The path after `/{lang}/`, e.g. `suche` or `angebote/{id}` (empty for the home page).
    pub path: &'a str,
    /// The raw query string to keep when switching language (empty for none).
    pub query: &'a str,
    pub demo: bool,
    /// Keep out of search engines (error pages, forms).
    pub noindex: bool,
    /// schema.org JSON-LD (already serialised; `<` is escaped by `json_ld`).
    pub json_ld: Option<String>,
}

/// The URL of the same page in another language, with the query kept.
pub fn url_in(lang: Lang, path: &str, query: &str) -> String {
    let mut url = format!("/{}/{}", lang.code(), path);
    if !query.is_empty() {
        url.push('?');
        url.push_str(query);
    }
    url
}

/// Serialises JSON-LD so that it cannot close its `<script>` element.
pub fn json_ld(value: &serde_json::Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

pub fn page(tr: &Tr<'_>, p: &Page<'_>, body: Markup) -> Markup {
    let lang = tr.lang;
    html! {
        (DOCTYPE)
        html lang=(lang.code()) dir=(lang.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (p.title) " – " (tr.t("site-name")) }
                link rel="stylesheet" href="/static/style.css";
                link rel="stylesheet" href="/static/print.css" media="print";
                link rel="icon" href="/static/icon.svg" type="image/svg+xml";
                @if p.noindex {
                    meta name="robots" content="noindex";
                } @else {
                    link rel="canonical" href=(url_in(lang, p.path, p.query));
                    @for l in Lang::ALL {
                        link rel="alternate" hreflang=(l.code()) href=(url_in(l, p.path, p.query));
                    }
                    link rel="alternate" hreflang="x-default" href=(url_in(Lang::De, p.path, p.query));
                }
                script src="/static/enhance.js" defer {}
                @if let Some(ld) = &p.json_ld {
                    // Data, not script: CSP does not execute it; `<` is escaped.
                    script type="application/ld+json" { (PreEscaped(ld)) }
                }
            }
            body {
                a.skip-link href="#main" { (tr.t("skip-to-content")) }
                header.site-header {
                    a.brand href={ "/" (lang.code()) "/" } {
                        img src="/static/icon.svg" alt="" width="32" height="32";
                        span { (tr.t("site-name")) }
                    }
                    nav.lang-switch aria-label=(tr.t("language-switch")) {
                        ul {
                            @for l in Lang::ALL {
                                li {
                                    @if l == lang {
                                        a href=(url_in(l, p.path, p.query)) lang=(l.code()) dir=(l.dir()) hreflang=(l.code()) aria-current="true" { (l.endonym()) }
                                    } @else {
                                        a href=(url_in(l, p.path, p.query)) lang=(l.code()) dir=(l.dir()) hreflang=(l.code()) { (l.endonym()) }
                                    }
                                }
                            }
                        }
                    }
                }
                @if p.demo {
                    p.demo-notice role="note" { (tr.t("demo-notice")) }
                }
                main #main tabindex="-1" {
                    (body)
                }
                footer.site-footer {
                    p { (tr.t("footer-about")) }
                    ul {
                        li { a href="/api/docs" { (tr.t("footer-api")) } }
                        li { a href="/api/openapi.json" { (tr.t("footer-data")) } }
                        li { a href={ "/" (lang.code()) "/konto/" } { (tr.t("footer-portal")) } }
                    }
                }
            }
        }
    }
}
