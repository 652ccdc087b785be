//! `robots.txt` names the sitemap index; the index names every numbered sitemap; the numbered
//! sitemaps together list every public page once, in every language with hreflang alternates.

mod support;

use std::collections::HashSet;
use std::io::Read;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use support::*;
use tower::ServiceExt;

fn on_host(uri: &str) -> Request<Body> {
    Request::get(uri)
        .header(header::HOST, "atlas.example")
        .body(Body::empty())
        .unwrap()
}

/// The text between every `<tag>` and `</tag>`.
fn between(xml: &str, open: &str, close: &str) -> Vec<String> {
    xml.split(open)
        .skip(1)
        .map(|rest| rest.split(close).next().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn robots_names_the_sitemap_index() {
    let a = send(on_host("/robots.txt")).await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(a.body.contains("Sitemap: http://atlas.example/sitemap.xml"));
}

#[tokio::test]
async fn the_index_names_every_chunk_and_the_chunks_hold_every_page_once() {
    let router = router_with(app().state.clone().with_sitemap_chunk(10));
    let index = send_to(router.clone(), on_host("/sitemap.xml")).await;
    assert_eq!(index.status, StatusCode::OK);
    assert!(
        index.headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/xml")
    );
    assert!(
        index
            .body
            .contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
    );
    let chunks = between(&index.body, "<loc>", "</loc>");
    let paths = app().atlas.public_page_paths().unwrap();
    let expected_pages = paths.len() + 1; // and the home page
    assert!(expected_pages > 20, "demo data has {expected_pages} pages");
    assert_eq!(chunks.len(), expected_pages.div_ceil(10));
    let langs = ["de", "en", "tr", "ar", "ru", "uk", "fa"];
    let mut seen = Vec::new();
    for (i, loc) in chunks.iter().enumerate() {
        assert_eq!(loc, &format!("http://atlas.example/sitemaps/{}.xml", i + 1));
        let uri = loc.strip_prefix("http://atlas.example").unwrap();
        let a = send_to(router.clone(), on_host(uri)).await;
        assert_eq!(a.status, StatusCode::OK, "{uri}");
        assert!(
            a.body
                .contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
        );
        let urls = between(&a.body, "<url>", "</url>");
        assert!(urls.len() <= 10 * langs.len(), "{uri}: {} URLs", urls.len());
        for url in urls {
            let loc = between(&url, "<loc>", "</loc>").remove(0);
            let alternates = between(&url, "hreflang=\"", "\"");
            assert_eq!(alternates, langs, "{loc}");
            seen.push(loc);
        }
    }
    let unique: HashSet<_> = seen.iter().cloned().collect();
    assert_eq!(unique.len(), seen.len(), "a page is listed twice");
    let mut expected: HashSet<String> = HashSet::new();
    for lang in langs {
        expected.insert(format!("http://atlas.example/{lang}/"));
        for p in paths.iter() {
            expected.insert(format!("http://atlas.example/{lang}/{p}"));
        }
    }
    assert_eq!(unique, expected);
    assert!(unique.contains(&format!("http://atlas.example/ar/angebote/{OFFER}")));

    // Past the last chunk, zero, leading zeros, other names: 404.
    let last = chunks.len();
    for uri in [
        format!("/sitemaps/{}.xml", last + 1),
        "/sitemaps/0.xml".to_owned(),
        "/sitemaps/01.xml".to_owned(),
        "/sitemaps/1.txt".to_owned(),
        "/sitemaps/x.xml".to_owned(),
        "/sitemaps/99999999999999999999999.xml".to_owned(),
    ] {
        let a = send_to(router.clone(), on_host(&uri)).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{uri}");
    }
}

#[tokio::test]
async fn with_the_default_size_one_chunk_holds_the_demo_data_gzip_compressed() {
    let index = send(on_host("/sitemap.xml")).await;
    assert_eq!(
        between(&index.body, "<loc>", "</loc>"),
        ["http://atlas.example/sitemaps/1.xml"]
    );
    let response = router()
        .oneshot(
            Request::get("/sitemaps/1.xml")
                .header(header::HOST, "atlas.example")
                .header(header::ACCEPT_ENCODING, "gzip")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "gzip");
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let mut xml = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut xml)
        .unwrap();
    assert!(xml.contains(&format!(
        "<loc>http://atlas.example/fa/traeger/{PROVIDER}</loc>"
    )));
    assert_eq!(
        between(&xml, "<url>", "</url>").len(),
        (app().atlas.public_page_paths().unwrap().len() + 1) * 7
    );
}

#[tokio::test]
async fn a_configured_public_url_wins_over_the_host_header() {
    let url = atlas_web::PublicUrl::parse("HTTPS://Atlas.Example.org/").unwrap();
    let router = router_with(app().state.clone().with_public_url(Some(url)));
    let robots = send_to(router.clone(), on_host("/robots.txt")).await;
    assert!(
        robots
            .body
            .contains("Sitemap: https://atlas.example.org/sitemap.xml"),
        "{}",
        robots.body
    );
    let index = send_to(router, on_host("/sitemap.xml")).await;
    let locs = between(&index.body, "<loc>", "</loc>");
    assert!(!locs.is_empty());
    assert!(
        locs.iter()
            .all(|l| l.starts_with("https://atlas.example.org/sitemaps/")),
        "{locs:?}"
    );
}

#[test]
fn a_public_url_is_a_scheme_and_a_host_only() {
    for bad in [
        "atlas.example.org",
        "ftp://atlas.example.org",
        "https://atlas.example.org/pfad",
        "https://",
        "https://at las.example.org",
        "https://atlas.example.org?x=1",
    ] {
        assert!(atlas_web::PublicUrl::parse(bad).is_err(), "{bad}");
    }
    assert_eq!(
        atlas_web::PublicUrl::parse("http://127.0.0.1:8080")
            .unwrap()
            .as_str(),
        "http://127.0.0.1:8080"
    );
}

#[test]
fn regions_with_offers_and_their_ancestors_are_in_the_sitemap() {
    let paths = app().atlas.public_page_paths().unwrap();
    // The Land, the Main-Kinzig-Kreis (an offer region of the brochure) and a Gemeinde in it.
    for expected in ["regionen/06", "regionen/06435"] {
        assert!(paths.iter().any(|p| p == expected), "{expected} missing");
    }
    assert!(
        paths
            .iter()
            .any(|p| p.starts_with("regionen/06435") && p.len() > "regionen/06435".len()),
        "no Gemeinde of the Main-Kinzig-Kreis"
    );
    let unique: HashSet<&String> = paths.iter().collect();
    assert_eq!(unique.len(), paths.len(), "a path is listed twice");
}
