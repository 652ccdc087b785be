//! Interface texts: every message id the code uses exists in de.ftl, and the labels of every
//! taxonomy code too; every language file has exactly the ids of de.ftl, each with the same
//! variables. A missing translation is a failure (the checker `data/i18n/check_ftl.py` also
//! checks plural categories).

use std::collections::{BTreeMap, BTreeSet};
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

/// Each message of a Fluent file with the variables (`$name`) it uses, by id. A message is its
/// `id = …` line and the indented lines after it.
fn variables_by_id(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        if line.starts_with(|c: char| c.is_ascii_lowercase())
            && let Some((id, _)) = line.split_once('=')
        {
            current = Some(id.trim().to_owned());
            out.entry(id.trim().to_owned()).or_default();
        } else if !line.starts_with([' ', '\t', '}']) {
            current = None;
        }
        let Some(id) = &current else { continue };
        for (i, _) in line.match_indices('$') {
            let name: String = line[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !name.is_empty() {
                out.get_mut(id).expect("entry").insert(name);
            }
        }
    }
    out
}

fn source(lang: Lang) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/i18n")
        .join(format!("{}.ftl", lang.code()));
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn every_language_has_every_message_of_german_with_the_same_variables() {
    let i18n = I18n::load().unwrap();
    let de = variables_by_id(&source(Lang::De));
    assert_eq!(de.len(), i18n.ids(Lang::De).len());
    assert!(de["error-retry-after"].contains("minutes"));
    for lang in Lang::ALL {
        let file = variables_by_id(&source(lang));
        let code = lang.code();
        let missing: Vec<_> = de.keys().filter(|id| !file.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
        let extra: Vec<_> = file.keys().filter(|id| !de.contains_key(*id)).collect();
        assert!(
            extra.is_empty(),
            "{code}.ftl has ids de.ftl lacks: {extra:?}"
        );
        for (id, vars) in &de {
            assert_eq!(&file[id], vars, "{code}.ftl: {id} uses other variables");
            assert!(i18n.has(lang, id), "{code}.ftl: {id} does not load");
        }
    }
}

#[test]
fn translated_messages_are_shown_and_a_missing_one_would_fall_back() {
    let i18n = I18n::load().unwrap();
    assert_eq!(i18n.message(Lang::Tr, "search-button", None), "Ara");
    assert_eq!(
        i18n.message(Lang::Tr, "home-heading", None),
        "Ne arıyorsunuz?"
    );
    // An id no file has comes back as itself (the pages never use one: see above).
    assert_eq!(i18n.message(Lang::Ar, "no-such-id", None), "no-such-id");
}
