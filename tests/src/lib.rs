//! Test support shared by the crates' tests: where `../shared` is, and HSDS 3.0 schema checks.
//! Holds no test of its own here; the workspace-wide tests are in `tests/tests/`.

use std::path::PathBuf;

use serde_json::Value;

/// The project root (the directory of the workspace `Cargo.toml`).
pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

/// A path inside `../shared`, the reference material every developer and CI share.
pub fn shared(rel: &str) -> PathBuf {
    project_root().join("../shared").join(rel)
}

/// The text of a file in `../shared`; panics with the path if it is missing.
pub fn read_shared(rel: &str) -> String {
    let path = shared(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Schema errors of every service in an HSDS page, checked against the HSDS 3.0 service schema
/// (`schema/compiled/service_with_definitions.json`) with formats (uuid, date, ...) enforced.
/// Also checks the page's own counts. Empty means valid.
pub fn hsds_page_errors(page: &Value) -> Vec<String> {
    let schema: Value = serde_json::from_str(&read_shared(
        "hsds/3.0/schema/compiled/service_with_definitions.json",
    ))
    .unwrap_or_else(|e| panic!("HSDS schema unreadable: {e}"));
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("HSDS schema does not compile: {e}"));
    let Some(contents) = page["contents"].as_array() else {
        return vec!["page has no `contents` array".into()];
    };
    let mut errors = Vec::new();
    if page["total_items"].as_u64() != Some(contents.len() as u64) {
        errors.push(format!(
            "total_items {} but {} items",
            page["total_items"],
            contents.len()
        ));
    }
    for (i, service) in contents.iter().enumerate() {
        for e in validator.iter_errors(service) {
            errors.push(format!("contents[{i}]{}: {e}", e.instance_path()));
        }
    }
    errors
}
