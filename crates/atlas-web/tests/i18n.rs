//! Interface texts: every message id the code uses exists in de.ftl and en.ftl, and the
//! labels of every taxonomy code too. Missing translations of the other languages are
//! listed (printed), not failed: a missing message falls back to English on its own.

use std::path::Path;

use atlas_model::{FieldOfAction, TargetGroup};
use atlas_web::{I18n, Lang};

/// Message ids named literally in the source: `.t("…")`, `.ta("…"`, `.count("…"`, `role_id`.
fn ids_in_code() -> Vec<String> {
    let mut out = Vec::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![src.clone()];
    while let Some(p) = files.pop() {
        if p.is_dir() {
            for e in std::fs::read_dir(&p).unwrap().flatten() {
                files.push(e.path());
            }
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        for marker in [".t(\"", ".ta(\"", ".count(\"", "=> \"role-"] {
            for (i, _) in text.match_indices(marker) {
                let start = i + marker.len();
                let prefix = if marker.starts_with("=> \"role-") {
                    "role-"
                } else {
                    ""
                };
                let rest = &text[start..];
                let end = rest.find('"').unwrap();
                let id = format!("{prefix}{}", &rest[..end]);
                if id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    out.push(id);
                }
            }
        }
    }
    for f in FieldOfAction::ALL {
        out.push(format!("field-{}", f.code()));
    }
    for g in TargetGroup::ALL {
        out.push(format!("group-{}", g.code()));
    }
    for d in ["mo", "tu", "we", "th", "fr", "sa", "su"] {
        out.push(format!("day-{d}"));
    }
    for t in ["offer", "provider", "network"] {
        out.push(format!("type-{t}"));
    }
    for s in ["relevance", "distance", "name", "updated"] {
        out.push(format!("sort-{s}"));
    }
    for l in Lang::ALL {
        out.push(format!("lang-{}", l.code()));
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn every_id_used_in_code_is_in_german_and_english() {
    let i18n = I18n::load().expect("all Fluent files parse");
    let ids = ids_in_code();
    assert!(ids.len() > 100, "found {} ids", ids.len());
    for lang in [Lang::De, Lang::En] {
        let missing: Vec<_> = ids.iter().filter(|id| !i18n.has(lang, id)).collect();
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", lang.code());
    }
}

#[test]
fn german_and_english_have_the_same_ids() {
    let i18n = I18n::load().unwrap();
    assert_eq!(i18n.ids(Lang::De), i18n.ids(Lang::En));
}

#[test]
fn other_languages_fall_back_per_message_and_missing_ones_are_listed() {
    let i18n = I18n::load().unwrap();
    let de = i18n.ids(Lang::De);
    for lang in [Lang::Tr, Lang::Ar, Lang::Ru, Lang::Uk, Lang::Fa] {
        let extra: Vec<_> = i18n
            .ids(lang)
            .into_iter()
            .filter(|id| !de.contains(id))
            .collect();
        assert!(
            extra.is_empty(),
            "{}.ftl has ids de.ftl lacks: {extra:?}",
            lang.code()
        );
        let missing = de.iter().filter(|id| !i18n.has(lang, id)).count();
        println!(
            "{}.ftl: {missing} of {} messages untranslated (English shown)",
            lang.code(),
            de.len()
        );
    }
    // tr.ftl translates the search button but not the heading: each falls back on its own.
    assert_eq!(i18n.message(Lang::Tr, "search-button", None), "Ara");
    assert_eq!(
        i18n.message(Lang::Tr, "home-heading", None),
        "What are you looking for?"
    );
}
