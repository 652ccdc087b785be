//! Architecture rules, checked on every test run: which crate may depend on which (a new edge is
//! an API change and must be added here on purpose), what each crate must never pull in, and
//! that every crate is described in ARCHITECTURE.md and every module says what it is for.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use atlas_tests::project_root;
use serde_json::Value;

/// Allowed internal edges (normal dependencies) and forbidden external crates, per crate.
const RULES: &[(&str, &[&str], &[&str])] = &[
    (
        "atlas-model",
        &[],
        &[
            "rusqlite", "tantivy", "axum", "maud", "tokio", "tower", "hyper",
        ],
    ),
    (
        "atlas-geo",
        &["atlas-model"],
        &["rusqlite", "tantivy", "axum", "maud", "tokio"],
    ),
    (
        "atlas-hsds",
        &["atlas-model"],
        &["rusqlite", "tantivy", "axum", "maud", "tokio"],
    ),
    (
        "atlas-store",
        &["atlas-model"],
        &["tantivy", "axum", "maud", "tokio", "tower", "hyper"],
    ),
    (
        "atlas-app",
        &[
            "atlas-model",
            "atlas-geo",
            "atlas-hsds",
            "atlas-store",
            "atlas-analysis",
            "atlas-index",
            "atlas-sync",
            "atlas-auth",
        ],
        &["rusqlite", "tantivy", "axum", "maud", "tower", "hyper"],
    ),
    (
        "atlas-api",
        &["atlas-app", "atlas-model"],
        &["rusqlite", "tantivy", "maud"],
    ),
    (
        "atlas-web",
        &["atlas-app", "atlas-api", "atlas-model"],
        &["rusqlite", "tantivy"],
    ),
    (
        "atlas-cli",
        &[
            "atlas-app",
            "atlas-api",
            "atlas-hsds",
            "atlas-web",
            "atlas-mail",
        ],
        &["rusqlite", "tantivy"],
    ),
    (
        "atlas-analysis",
        &[],
        &["rusqlite", "axum", "maud", "tokio", "atlas-store"],
    ),
    (
        "atlas-index",
        &["atlas-model", "atlas-analysis"],
        &["rusqlite", "axum", "maud", "tokio", "atlas-store"],
    ),
    (
        "atlas-sync",
        &[
            "atlas-model",
            "atlas-analysis",
            "atlas-index",
            "atlas-store",
        ],
        &["axum", "maud", "tokio"],
    ),
    (
        "atlas-bench",
        &[
            "atlas-model",
            "atlas-web",
            "atlas-app",
            "atlas-api",
            "atlas-index",
            "atlas-analysis",
            "atlas-geo",
            "atlas-store",
            "atlas-hsds",
        ],
        &["maud"],
    ),
    (
        "atlas-auth",
        &[],
        &[
            "rusqlite", "tantivy", "axum", "maud", "tokio", "tower", "hyper",
        ],
    ),
    (
        "atlas-mail",
        &[],
        &["rusqlite", "tantivy", "axum", "maud", "tokio"],
    ),
    ("atlas-tests", &[], &[]),
];

fn metadata() -> Value {
    let out = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(project_root())
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("cargo metadata prints JSON")
}

/// Normal (non-dev, non-build) dependencies of every workspace package.
fn normal_dependencies() -> BTreeMap<String, BTreeSet<String>> {
    let meta = metadata();
    let mut out = BTreeMap::new();
    for pkg in meta["packages"].as_array().expect("packages") {
        let deps = pkg["dependencies"]
            .as_array()
            .expect("dependencies")
            .iter()
            .filter(|d| d["kind"].is_null())
            .map(|d| d["name"].as_str().expect("name").to_owned())
            .collect();
        out.insert(pkg["name"].as_str().expect("name").to_owned(), deps);
    }
    out
}

/// Every way `deps` breaks the rules.
fn violations(deps: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let ruled: BTreeSet<&str> = RULES.iter().map(|(name, _, _)| *name).collect();
    let mut out = Vec::new();
    for name in deps.keys() {
        if !ruled.contains(name.as_str()) {
            out.push(format!(
                "crate {name} has no rule in tests/tests/architecture.rs"
            ));
        }
    }
    for (name, allowed, forbidden) in RULES {
        let Some(actual) = deps.get(*name) else {
            out.push(format!("crate {name} has a rule but does not exist"));
            continue;
        };
        for dep in actual {
            let internal_not_allowed =
                dep.starts_with("atlas-") && !allowed.contains(&dep.as_str());
            if internal_not_allowed || forbidden.contains(&dep.as_str()) {
                out.push(format!("{name} must not depend on {dep}"));
            }
        }
    }
    out
}

#[test]
fn crates_depend_only_along_the_allowed_edges() {
    let found = violations(&normal_dependencies());
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_forbidden_edge_is_detected() {
    let mut deps = normal_dependencies();
    deps.get_mut("atlas-store")
        .expect("store")
        .insert("axum".into());
    deps.get_mut("atlas-model")
        .expect("model")
        .insert("atlas-store".into());
    deps.insert("atlas-unruled".into(), BTreeSet::new());
    let found = violations(&deps);
    assert_eq!(
        found,
        [
            "crate atlas-unruled has no rule in tests/tests/architecture.rs",
            "atlas-model must not depend on atlas-store",
            "atlas-store must not depend on axum",
        ]
    );
}

#[test]
fn every_crate_is_described_in_architecture_md() {
    let text =
        std::fs::read_to_string(project_root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    for (name, _, _) in RULES {
        assert!(
            text.contains(&format!("`{name}`")),
            "ARCHITECTURE.md does not describe `{name}`"
        );
    }
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path
                .file_name()
                .is_some_and(|n| n == "target" || n == "snapshots" || n == "fixtures")
            {
                continue;
            }
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_module_says_what_it_is_for() {
    let mut files = Vec::new();
    rust_files(&project_root().join("crates"), &mut files);
    rust_files(&project_root().join("tests"), &mut files);
    let missing: Vec<_> = files
        .iter()
        .filter(|f| {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            !text.trim_start().starts_with("//!")
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "modules without a //! line: {missing:#?}"
    );
}
