//! The sitemaps' page paths: computed from ids and dates in the store, only current offers,
//! regions with offers and their ancestors, and recomputed after every change.

use atlas_app::Atlas;
use chrono::NaiveDate;
use serde_json::json;

fn atlas() -> (tempfile::TempDir, Atlas) {
    let dir = tempfile::tempdir().unwrap();
    let atlas = Atlas::open(dir.path())
        .unwrap()
        .with_today(NaiveDate::from_ymd_opt(2026, 12, 2).unwrap());
    atlas.load_demo_if_empty().unwrap();
    (dir, atlas)
}

#[test]
fn only_current_offers_and_the_regions_they_serve_are_listed_and_changes_show_at_once() {
    let (_dir, atlas) = atlas();
    let before = atlas.public_page_paths().unwrap();
    assert!(before.iter().any(|p| p.starts_with("angebote/")));
    assert!(before.iter().any(|p| p.starts_with("traeger/")));
    assert!(before.iter().any(|p| p.starts_with("netzwerke/")));
    // Asked again without a change: the same list (not recomputed).
    assert!(std::sync::Arc::ptr_eq(
        &before,
        &atlas.public_page_paths().unwrap()
    ));
    // Werra-Meißner-Kreis (06636) has no demo offer; an offer serving one of its Gemeinden
    // brings the Gemeinde and the Kreis (and nothing twice); an ended one adds nothing.
    assert!(!before.iter().any(|p| p.starts_with("regionen/06636")));
    let org = "5d0c1e5e-0000-4000-8000-000000000001";
    let current = "5d0c1e5e-0000-4000-8000-000000000002";
    let ended = "5d0c1e5e-0000-4000-8000-000000000003";
    let organization =
        json!({"id": org, "name": "Sitemap-Verein (Demo)", "description": "Zum Testen."});
    let page = json!({
        "total_items": 2, "total_pages": 1, "page_number": 1, "size": 2,
        "first_page": true, "last_page": true, "empty": false,
        "contents": [
            {"id": current, "organization": organization, "name": "Sprachcafé Eschwege (Demo)",
             "status": "active", "service_areas": [{"id": "5d0c1e5e-0000-4000-8000-000000000004",
             "name": "Eschwege", "x_ags": "06636003"}]},
            {"id": ended, "organization": organization, "name": "Beendetes Angebot (Demo)",
             "status": "active", "x_valid_to": "2026-12-01",
             "service_areas": [{"id": "5d0c1e5e-0000-4000-8000-000000000005",
             "name": "Witzenhausen", "x_ags": "06636016"}]}
        ]
    });
    atlas
        .import("sitemap.json", &page.to_string(), &mut |_, _| {})
        .unwrap();
    let after = atlas.public_page_paths().unwrap();
    assert!(after.contains(&format!("angebote/{current}")));
    assert!(!after.contains(&format!("angebote/{ended}")));
    assert!(after.contains(&format!("traeger/{org}")));
    assert!(after.contains(&"regionen/06636003".to_owned()));
    assert!(after.contains(&"regionen/06636".to_owned()));
    assert!(!after.contains(&"regionen/06636016".to_owned()));
    let mut unique = after.to_vec();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), after.len(), "a path is listed twice");
    assert_eq!(after.len(), before.len() + 4);
}
