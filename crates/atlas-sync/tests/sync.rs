//! The index follows the store's change log: it resumes exactly where its last commit left
//! off (work lost in a crash before a commit is redone; nothing is applied twice after one),
//! territorial changes reach the offers, and a rebuilt generation is taken over atomically.

use std::path::Path;

use atlas_analysis::GermanAnalysis;
use atlas_index::{Kind, RegionFilter, SearchIndex, SearchRequest};
use atlas_model::{Ags, ModerationStatus, Region, RegionLevel};
use atlas_store::{Store, StoreError};
use atlas_sync::{Follower, IndexHome, Syncer, reindex};

const FIXTURE: &str = include_str!("../../atlas-api/tests/fixtures/search.hsds.json");

fn store(dir: &Path) -> Store {
    let mut store = Store::open(&dir.join("atlas.db")).unwrap();
    let (_, regions) = atlas_geo::Gazetteer::embedded().unwrap();
    let data = atlas_hsds::parse("fixture", FIXTURE).unwrap();
    let (gazetteer, _) = atlas_geo::Gazetteer::embedded().unwrap();
    store
        .write(|tx| {
            for r in &regions {
                tx.upsert_region(r)?;
            }
            for o in &data.organizations {
                tx.upsert_organization(o, ModerationStatus::Published)?;
            }
            for l in &data.locations {
                let a = l.main_address().unwrap();
                let g = gazetteer.resolve_gemeinde(&a.german_postcode().unwrap(), &a.city);
                tx.upsert_location(l, g.as_ref())?;
            }
            for s in &data.services {
                tx.upsert_service(s, ModerationStatus::Published)?;
            }
            for n in &data.networks {
                tx.upsert_network(n, ModerationStatus::Published)?;
            }
            Ok::<_, StoreError>(())
        })
        .unwrap();
    store
}

fn names(index: &SearchIndex, text: &str) -> Vec<String> {
    index
        .search(&SearchRequest {
            text: text.into(),
            kinds: vec![Kind::Offer],
            limit: 100,
            ..SearchRequest::default()
        })
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.name)
        .collect()
}

fn fixture_service(name: &str) -> atlas_model::Service {
    let data = atlas_hsds::parse("fixture", FIXTURE).unwrap();
    data.services.into_iter().find(|s| s.name == name).unwrap()
}

/// Sets an offer of the fixture back to draft.
fn unpublish(store: &mut Store, name: &str) {
    let s = fixture_service(name);
    store
        .write(|tx| tx.upsert_service(&s, ModerationStatus::Draft))
        .unwrap();
}

fn rename(store: &mut Store, from: &str, to: &str) {
    let mut s = fixture_service(from);
    s.name = to.into();
    store
        .write(|tx| tx.upsert_service(&s, ModerationStatus::Published))
        .unwrap();
}

#[test]
fn sync_resumes_exactly_after_a_crash_before_and_after_a_commit() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store(dir.path());
    let db = dir.path().join("atlas.db");
    let index =
        SearchIndex::open_or_create(&dir.path().join("index"), GermanAnalysis::embedded()).unwrap();
    let mut syncer = Syncer::new(&db, &index, 15_000_000).unwrap();
    let first = syncer.catch_up().unwrap();
    let seq = store.read(|tx| tx.last_seq()).unwrap();
    assert_eq!(first.seq, seq);
    assert_eq!(
        index.committed_seq().unwrap(),
        Some(seq),
        "the commit records the last applied change"
    );
    assert!(names(&index, "Elternlotsen").contains(&"Elternlotsen".to_owned()));

    // A crash after the commit: a new syncer starts from the committed sequence and has
    // nothing to do.
    drop(syncer);
    let mut syncer = Syncer::new(&db, &index, 15_000_000).unwrap();
    assert_eq!(syncer.applied(), seq);
    assert_eq!(syncer.catch_up().unwrap().changes, 0);

    // A crash before the commit: documents written but not committed are lost with the
    // process; the committed sequence still says where to resume, and the change is redone.
    rename(&mut store, "Elternlotsen", "Elternlotsen im Stadtteil");
    drop(syncer);
    {
        let mut writer = index.writer(15_000_000).unwrap();
        writer
            .delete(Kind::Offer, atlas_model::Id::derived("x", "y"))
            .unwrap();
        // dropped without commit: the "crash"
    }
    index.reload().unwrap();
    assert_eq!(index.committed_seq().unwrap(), Some(seq));
    let mut syncer = Syncer::new(&db, &index, 15_000_000).unwrap();
    let redo = syncer.catch_up().unwrap();
    assert_eq!(redo.changes, 1);
    assert_eq!(redo.seq, seq + 1);
    assert_eq!(names(&index, "Elternlotsen"), ["Elternlotsen im Stadtteil"]);
    // Applying again changes nothing: documents are replaced by key, never duplicated.
    let total = index.num_docs();
    drop(syncer);
    let data = atlas_hsds::parse("fixture", FIXTURE).unwrap();
    let s = data
        .services
        .iter()
        .find(|s| s.name == "Elternlotsen")
        .unwrap();
    let mut again = s.clone();
    again.name = "Elternlotsen im Stadtteil".into();
    store
        .write(|tx| tx.upsert_service(&again, ModerationStatus::Published))
        .unwrap();
    let mut syncer = Syncer::new(&db, &index, 15_000_000).unwrap();
    syncer.catch_up().unwrap();
    assert_eq!(index.num_docs(), total);
}

#[test]
fn unpublishing_and_deleting_remove_documents() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store(dir.path());
    let db = dir.path().join("atlas.db");
    let index =
        SearchIndex::open_or_create(&dir.path().join("index"), GermanAnalysis::embedded()).unwrap();
    let mut syncer = Syncer::new(&db, &index, 15_000_000).unwrap();
    syncer.catch_up().unwrap();
    unpublish(&mut store, "Sprachcafé Miteinander");
    let lotsen = fixture_service("Elternlotsen");
    store.write(|tx| tx.delete_service(lotsen.id)).unwrap();
    syncer.catch_up().unwrap();
    assert!(!names(&index, "Sprachcafé").contains(&"Sprachcafé Miteinander".to_owned()));
    assert!(!names(&index, "Elternlotsen").contains(&"Elternlotsen".to_owned()));
}

#[test]
fn a_territorial_change_reaches_the_offers() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store(dir.path());
    let db = dir.path().join("atlas.db");
    let index =
        SearchIndex::open_or_create(&dir.path().join("index"), GermanAnalysis::embedded()).unwrap();
    let mut syncer = Syncer::new(&db, &index, 15_000_000).unwrap();
    syncer.catch_up().unwrap();
    let in_region = |index: &SearchIndex, ags: &str| {
        let ags = Ags::parse(ags).unwrap();
        index
            .search(&SearchRequest {
                kinds: vec![Kind::Offer],
                regions: vec![RegionFilter {
                    ags,
                    ancestors: Vec::new(),
                }],
                limit: 100,
                ..SearchRequest::default()
            })
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.name)
            .collect::<Vec<_>>()
    };
    assert!(in_region(&index, "06435").contains(&"Migrationsberatung für Erwachsene".to_owned()));
    // Hanau leaves the Main-Kinzig-Kreis (the new key is illustrative).
    store
        .write(|tx| {
            tx.upsert_region(&Region {
                ags: Ags::parse("06415").unwrap(),
                level: RegionLevel::Kreis,
                name: "Hanau".into(),
                kind: "Kreisfreie Stadt".into(),
                parent: Some(Ags::parse("064").unwrap()),
                population: None,
                area_ha: None,
            })?;
            let hanau = Ags::parse("06435014").unwrap();
            let mut g = tx.region(&hanau)?.unwrap();
            g.parent = Some(Ags::parse("06415").unwrap());
            tx.upsert_region(&g)
        })
        .unwrap();
    syncer.catch_up().unwrap();
    assert!(in_region(&index, "06415").contains(&"Migrationsberatung für Erwachsene".to_owned()));
    assert!(!in_region(&index, "06435").contains(&"Migrationsberatung für Erwachsene".to_owned()));
    // An offer serving the whole Main-Kinzig-Kreis stays there.
    assert!(
        in_region(&index, "06435")
            .contains(&"Telefonberatung für den Main-Kinzig-Kreis".to_owned())
    );
}

#[test]
fn a_rebuilt_generation_is_taken_over_and_the_old_one_removed() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store(dir.path());
    let db = dir.path().join("atlas.db");
    let home = IndexHome::new(&dir.path().join("index"));
    let mut follower = Follower::start(&db, home.clone(), GermanAnalysis::embedded()).unwrap();
    let first = follower.generation().to_owned();
    assert!(names(&follower.index(), "Elternlotsen").contains(&"Elternlotsen".to_owned()));

    // A rebuild (e.g. `atlas reindex` in another process) while the follower runs.
    let (second, applied) = reindex(&db, &home, &GermanAnalysis::embedded()).unwrap();
    assert_ne!(first, second);
    assert!(applied.documents > 0);
    assert_eq!(home.current().unwrap().as_deref(), Some(second.as_str()));
    // Until the next tick the old generation keeps serving.
    assert_eq!(follower.generation(), first);
    rename(&mut store, "Elternlotsen", "Elternlotsen (neu)");
    let tick = follower.tick().unwrap();
    assert!(tick.switched);
    assert_eq!(follower.generation(), second);
    assert_eq!(
        names(&follower.index(), "Elternlotsen"),
        ["Elternlotsen (neu)"]
    );
    assert!(
        !home.path_of(&first).exists(),
        "the old generation is removed"
    );

    // A corrupt index is rebuilt at start.
    drop(follower);
    let current = home.path_of(&second);
    std::fs::write(current.join("meta.json"), b"{ not json").unwrap();
    let follower = Follower::start(&db, home.clone(), GermanAnalysis::embedded()).unwrap();
    assert_ne!(follower.generation(), second);
    assert_eq!(
        names(&follower.index(), "Elternlotsen"),
        ["Elternlotsen (neu)"]
    );
    // And so is a missing one.
    drop(follower);
    std::fs::remove_dir_all(home.dir()).unwrap();
    let follower = Follower::start(&db, home, GermanAnalysis::embedded()).unwrap();
    assert_eq!(
        names(&follower.index(), "Elternlotsen"),
        ["Elternlotsen (neu)"]
    );
}

#[test]
fn a_rebuild_indexes_what_following_the_change_log_indexes() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store(dir.path());
    // An offer that is not public: neither way may index it.
    unpublish(&mut store, "Sprachcafé Miteinander");
    let db = dir.path().join("atlas.db");
    let open = |name: &str| {
        SearchIndex::open_or_create(&dir.path().join(name), GermanAnalysis::embedded()).unwrap()
    };
    let followed = open("followed");
    Syncer::new(&db, &followed, 15_000_000)
        .unwrap()
        .catch_up()
        .unwrap();
    let rebuilt = open("rebuilt");
    Syncer::new(&db, &rebuilt, 15_000_000)
        .unwrap()
        .rebuild()
        .unwrap();
    let listing = |index: &SearchIndex, text: &str| {
        let result = index
            .search(&SearchRequest {
                text: text.into(),
                limit: 100,
                ..SearchRequest::default()
            })
            .unwrap();
        // Equal scores may come in another order: the documents lie in other segments.
        let mut hits: Vec<String> = result.hits.iter().map(|h| format!("{h:?}")).collect();
        hits.sort();
        (result.total, hits, format!("{:?}", result.facets))
    };
    for text in ["", "beratung", "deutschkurs", "Sprachcafé"] {
        let (total, hits, facets) = listing(&followed, text);
        assert!(
            text.is_empty() || total > 0 || text == "Sprachcafé",
            "{text}"
        );
        assert!(hits.iter().all(|h| !h.contains("Sprachcafé Miteinander")));
        assert_eq!((total, hits, facets), listing(&rebuilt, text), "{text}");
    }
    assert!(listing(&rebuilt, "").0 > 10);
}
