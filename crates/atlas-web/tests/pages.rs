//! The resident pages through the real router over the demo data: what each page shows,
//! the search state in links, languages and direction, escaping, CSRF, headers, weight,
//! and that no page references another host.

mod support;

use std::io::Write;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use support::*;

#[tokio::test]
async fn every_page_type_renders_with_landmarks_and_one_h1() {
    for url in page_urls().iter().take(8) {
        let a = get(url).await;
        assert_eq!(a.status, StatusCode::OK, "{url}: {}", a.body);
        let doc = a.html();
        assert_eq!(attrs(&doc, "html", "lang"), ["de"], "{url}");
        assert_eq!(attrs(&doc, "html", "dir"), ["ltr"], "{url}");
        assert_eq!(texts(&doc, "h1").len(), 1, "{url}: one h1");
        assert_eq!(doc.select(&sel("main#main")).count(), 1, "{url}: main");
        assert_eq!(doc.select(&sel("header")).count(), 1, "{url}: header");
        assert_eq!(doc.select(&sel("footer")).count(), 1, "{url}: footer");
        assert_eq!(
            attrs(&doc, "a.skip-link", "href"),
            ["#main"],
            "{url}: skip link"
        );
        assert!(
            texts(&doc, ".demo-notice")[0].contains("Demo-Daten"),
            "{url}: demo notice"
        );
        assert_eq!(
            doc.select(&sel("nav.lang-switch a")).count(),
            7,
            "{url}: seven languages"
        );
        // Every form control has a label.
        for id in attrs(&doc, "input:not([type=hidden]), select, textarea", "id") {
            assert_eq!(
                doc.select(&sel(&format!("label[for=\"{id}\"]"))).count(),
                1,
                "{url}: label for #{id}"
            );
        }
        assert!(
            doc.select(&sel("input:not([type=hidden]):not([id])"))
                .next()
                .is_none(),
            "{url}: a control without id cannot be labelled"
        );
    }
}

#[tokio::test]
async fn home_shows_search_fields_with_counts_near_box_and_explanation() {
    let doc = get("/de/").await.html();
    assert_eq!(
        attrs(&doc, "form[role=search] input[name=q]", "list"),
        ["q-suggestions"]
    );
    let tiles = texts(&doc, ".tiles a");
    assert_eq!(tiles.len(), 12);
    assert!(
        tiles
            .iter()
            .any(|t| t.starts_with("Sprachförderung") && t.contains("Angebote")),
        "{tiles:?}"
    );
    assert!(
        attrs(&doc, ".tiles a", "href").contains(&"/de/suche?field=sprachfoerderung".to_owned())
    );
    assert_eq!(
        attrs(&doc, ".near-form input[name=near]", "autocomplete"),
        ["postal-code"]
    );
    assert!(
        texts(&doc, "h2")
            .iter()
            .any(|h| h == "Was ist der Integrationsatlas?")
    );
}

#[tokio::test]
async fn results_show_hits_facets_with_counts_and_keep_the_state_in_links() {
    let a = get("/de/suche?q=beratung&field=sprachfoerderung,bildung&per_page=2").await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    let doc = a.html();
    let hits = texts(&doc, "ol.results > li h2");
    assert_eq!(hits.len(), 2, "{hits:?}");
    // Facets: legends and checked values with counts.
    let legends = texts(&doc, ".filters legend");
    for l in ["Thema", "Zielgruppe", "Sprache"] {
        assert!(legends.contains(&l.to_owned()), "{legends:?}");
    }
    assert_eq!(
        doc.select(&sel(
            ".filters input[name=field][value=sprachfoerderung][checked]"
        ))
        .count(),
        1
    );
    let counts = texts(&doc, ".filters .count");
    assert!(
        counts
            .iter()
            .all(|c| c.starts_with('(') && c.ends_with(')')),
        "{counts:?}"
    );
    // Next page, language switch and filter removal keep the search.
    let next = attrs(&doc, ".pagination a[rel=next]", "href");
    assert_eq!(next.len(), 1);
    assert!(
        next[0].contains("q=beratung")
            && next[0].contains("field=sprachfoerderung")
            && next[0].contains("field=bildung")
            && next[0].contains("page=2"),
        "{next:?}"
    );
    let en = attrs(&doc, "nav.lang-switch a[hreflang=en]", "href");
    assert!(
        en[0].starts_with("/en/suche?")
            && en[0].contains("field=bildung")
            && en[0].contains("per_page=2"),
        "{en:?}"
    );
    let remove = attrs(&doc, ".active-filters a", "href");
    assert!(
        remove
            .iter()
            .any(|r| r.contains("field=bildung") && !r.contains("sprachfoerderung")),
        "{remove:?}"
    );
    // The next page renders and says where it is.
    let page2 = get(&next[0]).await;
    assert_eq!(page2.status, StatusCode::OK);
    assert!(texts(&page2.html(), ".pagination li[aria-current]")[0].contains("Seite 2"));
}

#[tokio::test]
async fn a_result_shows_provider_snippet_place_languages_and_free_badge() {
    let doc = get("/de/suche?q=Migrationsberatung+Kassel").await.html();
    let first = doc.select(&sel("ol.results > li")).next().expect("a hit");
    let text: String = first.text().collect();
    assert!(text.contains(OFFER_NAME), "{text}");
    assert!(text.contains("Träger"), "{text}");
    assert!(text.contains("Kassel"), "{text}");
    assert!(text.contains("Sprachen"), "{text}");
    assert!(
        first.select(&sel(".snippet b")).next().is_some(),
        "highlight: {}",
        first.html()
    );
    let hrefs: Vec<_> = first
        .select(&sel("h2 a"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(hrefs, [format!("/de/angebote/{OFFER}")]);
}

#[tokio::test]
async fn nothing_found_offers_spelling_fewer_filters_and_other_regions() {
    let doc = get("/de/suche?q=Kassel&region=06411").await.html();
    let text = texts(&doc, ".no-results").join(" ");
    assert!(text.contains("Nichts gefunden"), "{text}");
    assert!(text.contains("ohne „Darmstadt“"), "{text}");
    assert!(text.contains("In anderen Regionen"), "{text}");
    let doc = get("/de/suche?q=Migrationsberatunk").await.html();
    let total = texts(&doc, "#count").join("");
    if total.contains("Keine") {
        assert!(texts(&doc, ".no-results").join(" ").contains("Meinten Sie"));
    }
}

#[tokio::test]
async fn offer_page_shows_what_where_when_contact_and_provider() {
    let a = get(&format!("/de/angebote/{OFFER}")).await;
    assert_eq!(a.status, StatusCode::OK);
    let doc = a.html();
    assert_eq!(texts(&doc, "h1"), [OFFER_NAME]);
    let h2 = texts(&doc, "h2");
    for h in [
        "Was?",
        "Für wen?",
        "Kosten",
        "Sprachen",
        "Wo?",
        "Wann?",
        "Mitzubringen",
        "Kontakt",
        "Träger",
    ] {
        assert!(h2.contains(&h.to_owned()), "{h} in {h2:?}");
    }
    assert_eq!(attrs(&doc, "a[href^='tel:']", "href"), ["tel:0000016001"]);
    assert!(attrs(&doc, "a[href^='mailto:']", "href")[0].ends_with("example.org"));
    assert!(texts(&doc, "address").join(" ").contains("34119 Kassel"));
    assert!(
        texts(&doc, ".place")
            .join(" ")
            .contains("Stufenlos erreichbar")
    );
    assert!(texts(&doc, ".place").join(" ").contains("Tram 3"));
    assert!(attrs(&doc, "a", "href").contains(&format!("/de/traeger/{PROVIDER}")));
    assert!(attrs(&doc, "a", "href").contains(&format!("/de/angebote/{OFFER}/fehler-melden")));
    assert!(
        texts(&doc, "#when-h + p, .open-now, .closed-now")
            .iter()
            .any(|t| t.contains("geöffnet") || t.contains("geschlossen"))
    );
    assert!(
        texts(&doc, ".note")
            .iter()
            .any(|t| t.starts_with("Zuletzt geprüft am"))
    );
    assert_eq!(
        attrs(&doc, "link[rel=stylesheet][media=print]", "href"),
        ["/static/print.css"]
    );
    // JSON-LD: a Service by an Organization at a Place.
    let ld = texts(&doc, "script[type='application/ld+json']");
    let ld: serde_json::Value = serde_json::from_str(&ld[0]).expect("JSON-LD parses");
    assert_eq!(ld["@type"], "Service");
    assert_eq!(ld["provider"]["@type"], "Organization");
    assert_eq!(
        ld["availableChannel"]["serviceLocation"][0]["@type"],
        "Place"
    );
}

#[tokio::test]
async fn content_in_the_readers_language_where_translated_else_german_with_a_note() {
    let doc = get(&format!("/ar/angebote/{OFFER}")).await.html();
    assert_eq!(attrs(&doc, "html", "dir"), ["rtl"]);
    assert_eq!(attrs(&doc, "html", "lang"), ["ar"]);
    assert!(texts(&doc, "h1")[0].contains("استشارة الهجرة"));
    assert!(
        !texts(&doc, ".note")
            .iter()
            .any(|t| t.contains("German") || t.contains("Deutsch"))
    );
    let doc = get(&format!("/tr/angebote/{OFFER}")).await.html();
    assert_eq!(attrs(&doc, "h1 span", "lang"), ["de"]);
    assert_eq!(texts(&doc, "h1"), [OFFER_NAME]);
    assert!(!texts(&doc, "p.note").is_empty());
    let doc = get("/fa/").await.html();
    assert_eq!(attrs(&doc, "html", "dir"), ["rtl"]);
    let doc = get("/en/").await.html();
    assert_eq!(attrs(&doc, "html", "dir"), ["ltr"]);
    assert_eq!(texts(&doc, "h1"), ["What are you looking for?"]);
}

#[tokio::test]
async fn language_switch_keeps_the_search_and_marks_the_current_language() {
    let doc = get("/de/suche?q=deutsch&free=true").await.html();
    assert_eq!(
        attrs(&doc, "nav.lang-switch a[hreflang=ar]", "href"),
        ["/ar/suche?q=deutsch&free=true"]
    );
    assert_eq!(
        attrs(&doc, "nav.lang-switch a[aria-current]", "hreflang"),
        ["de"]
    );
    assert_eq!(
        attrs(&doc, "nav.lang-switch a[hreflang=fa]", "lang"),
        ["fa"]
    );
    let ar = get("/ar/suche?q=deutsch&free=true").await;
    assert_eq!(ar.status, StatusCode::OK);
    assert_eq!(attrs(&ar.html(), "html", "dir"), ["rtl"]);
    // Canonical and hreflang alternates.
    assert_eq!(
        attrs(&doc, "link[rel=canonical]", "href"),
        ["/de/suche?q=deutsch&free=true"]
    );
    assert_eq!(doc.select(&sel("link[rel=alternate][hreflang]")).count(), 8);
}

#[tokio::test]
async fn provider_network_and_region_pages_show_their_content() {
    let doc = get(&format!("/de/traeger/{PROVIDER}")).await.html();
    assert!(attrs(&doc, "a", "href").contains(&format!("/de/angebote/{OFFER}")));
    assert!(texts(&doc, "h2").contains(&"Angebote".to_owned()));
    let doc = get(&format!("/de/netzwerke/{NETWORK}")).await.html();
    assert!(texts(&doc, "h1")[0].contains("Migration und Integration"));
    assert!(texts(&doc, "h2").contains(&"Mitglieder".to_owned()));
    assert!(!attrs(&doc, "a[href^='/de/traeger/']", "href").is_empty());
    let doc = get(&format!("/de/regionen/{KREIS}")).await.html();
    assert_eq!(texts(&doc, "h1"), ["Kassel"]);
    assert!(!texts(&doc, "h3").is_empty(), "offers by field");
    assert!(attrs(&doc, "a", "href").contains(&format!("/de/angebote/{OFFER}")));
    assert!(attrs(&doc, "a", "href").contains(&format!("/de/regionen/{GEMEINDE}")));
}

#[tokio::test]
async fn user_text_comes_back_escaped() {
    let a = get("/de/suche?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E").await;
    assert_eq!(a.status, StatusCode::OK);
    for bad in ["<script>alert", "<img src=x"] {
        if let Some(i) = a.body.find(bad) {
            panic!(
                "raw {bad} in page: {}",
                &a.body[i.saturating_sub(300)..(i + 100).min(a.body.len())]
            );
        }
    }
    assert!(texts(&a.html(), "h1")[0].contains("<script>alert(1)</script>\"><img src=x"));
    assert!(a.html().select(&sel("[onerror]")).next().is_none());
    assert_eq!(
        a.html().select(&sel("script")).count(),
        1,
        "only our own script element"
    );
}

#[tokio::test]
async fn unknown_ids_and_paths_are_404_pages_and_bad_parameters_400_naming_them() {
    for url in [
        "/de/angebote/00000000-0000-4000-8000-000000000000".to_owned(),
        "/de/traeger/00000000-0000-4000-8000-000000000000".to_owned(),
        "/de/regionen/06999".to_owned(),
        "/xx/".to_owned(),
        "/de/nichts-hier".to_owned(),
    ] {
        let a = get(&url).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{url}");
        assert_eq!(texts(&a.html(), "h1"), ["Seite nicht gefunden"], "{url}");
    }
    for (url, parameter) in [
        ("/de/suche?page=0", "page"),
        ("/de/suche?bogus=1", "bogus"),
        ("/de/suche?field=nope", "field"),
        ("/de/suche?sort=distance", "sort"),
        ("/de/suche?near=abc", "near"),
        ("/de/angebote/not-a-uuid", "id"),
        ("/de/regionen/abc", "ags"),
    ] {
        let a = get(url).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{url}");
        let text = texts(&a.html(), "main").join(" ");
        assert!(text.contains(&format!("„{parameter}“")), "{url}: {text}");
    }
    let en = get("/en/suche?page=0").await;
    assert!(texts(&en.html(), "main")[0].contains("The parameter “page” is invalid"));
}

#[tokio::test]
async fn root_redirects_by_accept_language() {
    for (accept, to) in [
        ("ar,en;q=0.8", "/ar/"),
        ("fr-FR, en-GB;q=0.9, de;q=0.8", "/en/"),
        ("tr;q=0.5, uk;q=0.9", "/uk/"),
        ("ja", "/de/"),
    ] {
        let a = send(
            Request::get("/")
                .header(header::ACCEPT_LANGUAGE, accept)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{accept}");
        assert_eq!(a.headers[header::LOCATION], to, "{accept}");
    }
    let a = get("/").await;
    assert_eq!(a.headers[header::LOCATION], "/de/");
}

#[tokio::test]
async fn security_headers_on_every_page() {
    let mut urls = page_urls();
    urls.push("/de/suche?page=0".into());
    urls.push("/static/style.css".into());
    for url in urls {
        let a = get(&url).await;
        let csp = a.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{url}");
        assert!(!csp.contains("unsafe-inline"), "{url}");
        assert_eq!(
            a.headers[header::X_CONTENT_TYPE_OPTIONS],
            "nosniff",
            "{url}"
        );
        assert_eq!(a.headers[header::REFERRER_POLICY], "same-origin", "{url}");
        // No inline script or style that the CSP would block.
        let doc = a.html();
        for s in doc.select(&sel("script")) {
            assert!(
                s.value().attr("src").is_some()
                    || s.value().attr("type") == Some("application/ld+json"),
                "{url}: inline script"
            );
        }
        assert!(
            doc.select(&sel("style, [style]")).next().is_none(),
            "{url}: inline style"
        );
    }
}

#[tokio::test]
async fn no_page_references_another_host() {
    let mut urls = page_urls();
    for l in ["en", "tr", "ar", "ru", "uk", "fa"] {
        urls.push(format!("/{l}/angebote/{OFFER}"));
        urls.push(format!("/{l}/suche?q=kurs"));
    }
    for url in urls {
        let doc = get(&url).await.html();
        for (selector, attr) in [
            ("[src]", "src"),
            ("link[href]", "href"),
            ("form[action]", "action"),
            ("a[href]:not([rel~=external])", "href"),
            ("[srcset]", "srcset"),
        ] {
            for v in attrs(&doc, selector, attr) {
                let local = (v.starts_with('/') && !v.starts_with("//"))
                    || v.starts_with('#')
                    || v.starts_with("tel:")
                    || v.starts_with("mailto:");
                assert!(local, "{url}: {selector} {v}");
            }
        }
    }
    // Links to a provider's own website are marked as leaving the atlas.
    let css = get("/static/style.css").await.body;
    assert!(
        !css.contains("url(") && !css.contains("@import"),
        "the stylesheet loads nothing"
    );
}

#[tokio::test]
async fn pages_weigh_at_most_60_kb_compressed_and_are_sent_compressed() {
    let mut urls = page_urls();
    urls.push("/de/suche?per_page=100".into());
    for url in urls {
        let a = get(&url).await;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(a.body.as_bytes()).unwrap();
        let size = gz.finish().unwrap().len();
        assert!(size <= 60 * 1024, "{url}: {size} bytes gzip");
    }
    let a = send(
        Request::get("/de/suche?q=kurs")
            .header(header::ACCEPT_ENCODING, "gzip")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(a.headers[header::CONTENT_ENCODING], "gzip");
}

#[tokio::test]
async fn static_assets_have_types_and_caching() {
    for (path, ty) in [
        ("/static/style.css", "text/css"),
        ("/static/print.css", "text/css"),
        ("/static/enhance.js", "text/javascript"),
        ("/static/icon.svg", "image/svg+xml"),
    ] {
        let a = get(path).await;
        assert_eq!(a.status, StatusCode::OK, "{path}");
        assert!(
            a.headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with(ty),
            "{path}"
        );
        assert!(
            a.headers[header::CACHE_CONTROL]
                .to_str()
                .unwrap()
                .contains("max-age"),
            "{path}"
        );
    }
    assert_eq!(get("/static/nope.css").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn arabic_and_farsi_pages_are_rtl_with_their_translated_text() {
    for (lang, heading, button, skip, switch) in [
        ("ar", "عمّ تبحثون؟", "بحث", "الانتقال إلى المحتوى", "اللغة"),
        (
            "fa",
            "دنبال چه می‌گردید؟",
            "جستجو",
            "رفتن به محتوای اصلی",
            "زبان",
        ),
    ] {
        let doc = get(&format!("/{lang}/")).await.html();
        assert_eq!(attrs(&doc, "html", "dir"), ["rtl"], "{lang}");
        assert_eq!(attrs(&doc, "html", "lang"), [lang]);
        assert_eq!(texts(&doc, "h1"), [heading]);
        assert!(texts(&doc, "button").contains(&button.to_owned()), "{lang}");
        for url in [
            format!("/{lang}/suche?q=beratung"),
            format!("/{lang}/angebote/{OFFER}"),
        ] {
            let a = get(&url).await;
            assert_eq!(a.status, StatusCode::OK);
            let doc = a.html();
            assert_eq!(attrs(&doc, "html", "dir"), ["rtl"], "{url}");
            assert_eq!(texts(&doc, "a.skip-link"), [skip], "{url}");
            assert_eq!(attrs(&doc, "nav.lang-switch", "aria-label"), [switch]);
        }
    }
}

#[tokio::test]
async fn german_content_is_marked_de_and_ltr_on_rtl_pages() {
    for lang in ["ar", "fa", "tr"] {
        let mut marked = 0;
        for url in [
            format!("/{lang}/angebote/{OFFER}"),
            format!("/{lang}/traeger/{PROVIDER}"),
            format!("/{lang}/netzwerke/{NETWORK}"),
            format!("/{lang}/regionen/{KREIS}"),
            format!("/{lang}/suche?q=beratung"),
            format!("/{lang}/angebote/{OFFER}/fehler-melden"),
        ] {
            let doc = get(&url).await.html();
            // (The language switch names each language in itself, with its own direction.)
            assert_eq!(
                attrs(&doc, "nav.lang-switch a[lang=fa]", "dir"),
                ["rtl"],
                "{url}"
            );
            for e in doc.select(&sel("main [lang=de]")) {
                marked += 1;
                let dir = e.value().attr("dir");
                if lang == "tr" {
                    assert_eq!(dir, None, "{url}: {:?}", e.html());
                } else {
                    assert_eq!(dir, Some("ltr"), "{url}: {:?}", e.html());
                }
            }
        }
        assert!(marked > 10, "{lang}: only {marked} German parts marked");
    }
    // German pages need no marks.
    let doc = get(&format!("/de/traeger/{PROVIDER}")).await.html();
    assert!(doc.select(&sel("main [lang=de]")).next().is_none());
}
