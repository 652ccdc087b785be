//! HSDS reading and writing against the published HSDS 3.0 examples and schema, the Integreat
//! corpus, and hand-made broken inputs.

use atlas_hsds::{HsdsError, parse, write_ndjson, write_page};
use atlas_tests::{hsds_page_errors, read_shared};
use serde_json::{Value, json};

fn assert_valid_page(page: &Value) {
    let errors = hsds_page_errors(page);
    assert!(errors.is_empty(), "{errors:#?}");
}

fn round_trip(name: &str, text: &str) {
    let first = parse(name, text).unwrap();
    let page = write_page(&first);
    assert_valid_page(&page);
    let second = parse("export.json", &page.to_string()).unwrap();
    assert_eq!(
        (
            &first.organizations,
            &first.locations,
            &first.services,
            &first.networks
        ),
        (
            &second.organizations,
            &second.locations,
            &second.services,
            &second.networks
        ),
        "{name}: page export changed the data"
    );
    assert_eq!(write_page(&second), page, "{name}: second export differs");
    let third = parse("export.ndjson", &write_ndjson(&first)).unwrap();
    assert_eq!(
        (
            &first.organizations,
            &first.locations,
            &first.services,
            &first.networks
        ),
        (
            &third.organizations,
            &third.locations,
            &third.services,
            &third.networks
        ),
        "{name}: NDJSON export changed the data"
    );
}

#[test]
fn hsds_examples_read_and_round_trip() {
    let list = parse(
        "service_list.json",
        &read_shared("hsds/3.0/examples/service_list.json"),
    )
    .unwrap();
    assert_eq!(list.services.len(), 1);
    assert_eq!(list.services[0].name, "Community Counselling");
    assert_eq!(list.organizations.len(), 1);

    let full_text = read_shared("hsds/3.0/examples/service_full.json");
    let full = parse("service_full.json", &full_text).unwrap();
    let s = &full.services[0];
    assert_eq!(s.minimum_age, Some(12.0));
    assert_eq!(s.schedules[0].weekdays().len(), 2);
    assert_eq!(s.other_attributes.len(), 1, "foreign attributes are kept");
    assert_eq!(full.locations.len(), s.service_at_locations.len());
    // Fields we do not interpret survive verbatim (e.g. funding, program, metadata).
    let page = write_page(&full);
    let original: Value = serde_json::from_str(&full_text).unwrap();
    for key in [
        "funding",
        "program",
        "metadata",
        "accreditations",
        "licenses",
        "alert",
    ] {
        assert_eq!(page["contents"][0][key], original[key], "{key}");
    }
    round_trip(
        "service_list.json",
        &read_shared("hsds/3.0/examples/service_list.json"),
    );
    round_trip("service_full.json", &full_text);
}

#[test]
fn integreat_corpus_reads_and_round_trips() {
    let text = read_shared("eval/integreat-de/corpus.hsds.json");
    let data = parse("corpus.hsds.json", &text).unwrap();
    assert_eq!(data.services.len(), 617);
    assert_eq!(data.organizations.len(), 3);
    round_trip("corpus.hsds.json", &text);
}

fn service(extra: Value) -> Value {
    let mut s = json!({
        "id": "6a3c1f8e-2b1d-4f7a-9c2e-0d1e2f3a4b5c",
        "name": "Elterncafé",
        "status": "active",
        "organization": {"id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", "name": "Verein", "description": "Ein Verein"},
    });
    for (k, v) in extra.as_object().unwrap() {
        if v.is_null() {
            s.as_object_mut().unwrap().remove(k);
        } else {
            s[k] = v.clone();
        }
    }
    s
}

fn error_of(text: &str) -> String {
    parse("in.json", text).unwrap_err().to_string()
}

fn page_of(services: Vec<Value>) -> String {
    json!({ "contents": services }).to_string()
}

#[test]
fn invalid_records_are_named_exactly() {
    let ok = service(json!({}));
    let cases = [
        (
            page_of(vec![ok.clone(), service(json!({"name": null}))]),
            "in.json: contents[1] (id 6a3c1f8e-2b1d-4f7a-9c2e-0d1e2f3a4b5c): field `name`: missing (required)",
        ),
        (
            page_of(vec![service(json!({"name": "  "}))]),
            "in.json: contents[0] (id 6a3c1f8e-2b1d-4f7a-9c2e-0d1e2f3a4b5c): field `name`: must not be empty",
        ),
        (
            page_of(vec![service(json!({"id": "angebot-42"}))]),
            "in.json: contents[0] (id angebot-42): field `id`: invalid id \"angebot-42\": expected a UUID like 3f2b6c1e-0a4d-4c1e-9a51-7e0d3a9b2c41",
        ),
        (
            page_of(vec![service(
                json!({"attributes": [{"id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d40",
                "taxonomy_term": {"id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d41", "code": "sprachkurse",
                "name": "x", "description": "x", "taxonomy": "integrationsatlas:handlungsfeld"}}]}),
            )]),
            "in.json: contents[0] (id 6a3c1f8e-2b1d-4f7a-9c2e-0d1e2f3a4b5c): field `attributes[0].taxonomy_term.code`: invalid field of action code \"sprachkurse\": not one of: interkulturelle-oeffnung sprachfoerderung bildung arbeit wohnen jugend-soziales gesundheit sport kultur-religion teilhabe ehrenamt antidiskriminierung ",
        ),
        (
            page_of(vec![service(
                json!({"schedules": [{"id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d42",
                "freq": "WEEKLY", "byday": "MO", "opens_at": "9 Uhr"}]}),
            )]),
            "in.json: contents[0] (id 6a3c1f8e-2b1d-4f7a-9c2e-0d1e2f3a4b5c): field `schedules[0].opens_at`: invalid time \"9 Uhr\": expected HH:MM, e.g. 09:30",
        ),
        (
            page_of(vec![service(json!({"organization": null}))]),
            "in.json: contents[0] (id 6a3c1f8e-2b1d-4f7a-9c2e-0d1e2f3a4b5c): field `organization`: missing: every service needs its organization (organization or organization_id)",
        ),
        (
            page_of(vec![ok.clone(), ok.clone()]),
            "in.json: contents[1] (id 6a3c1f8e-2b1d-4f7a-9c2e-0d1e2f3a4b5c): field `id`: duplicate: contents[0] has the same id",
        ),
        (
            page_of(vec![service(
                json!({"x_valid_from": "2026-01-01", "x_valid_to": "2025-12-31"}),
            )]),
            "in.json: contents[0] (id 6a3c1f8e-2b1d-4f7a-9c2e-0d1e2f3a4b5c): field `x_valid_to`: 2025-12-31 is before x_valid_from 2026-01-01",
        ),
        (
            page_of(vec![service(json!({"x_valid_to": "2025-13-01"}))]),
            "in.json: contents[0] (id 6a3c1f8e-2b1d-4f7a-9c2e-0d1e2f3a4b5c): field `x_valid_to`: input is out of range",
        ),
        (
            format!("{}\n{{\"id\": 5}}\n", ok),
            "in.json: line 2: field `id`: invalid type: integer `5`, expected a string",
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(error_of(&input), expected, "input: {input}");
    }
}

#[test]
fn broken_json_names_line_and_column() {
    let text = "{\n  \"contents\": [\n    {\"id\": \"6a3c1f8e-2b1d-4f7a-9c2e-0d1e2f3a4b5c\", \"name\": \"x\",,}\n  ]\n}\n";
    assert_eq!(
        error_of(text),
        "in.json: line 3, column 64: invalid JSON: key must be a string"
    );
    let ndjson = format!("{}\n{{\"id\": \n", service(json!({})));
    assert_eq!(
        error_of(&ndjson),
        "in.json: line 2, column 7: invalid JSON: EOF while parsing a value"
    );
    assert_eq!(
        error_of("42"),
        "in.json: expected an HSDS page ({\"contents\": [...]}), a JSON array of services, or NDJSON"
    );
}

#[test]
fn our_taxonomies_become_fields_and_groups() {
    let s = service(json!({"attributes": [
        {"id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d40", "taxonomy_term": {"id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d41",
         "code": "sprachfoerderung", "name": "Sprachförderung", "description": "x", "taxonomy": "integrationsatlas:handlungsfeld"}},
        {"id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d43", "taxonomy_term": {"id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d44",
         "code": "frauen", "name": "Frauen", "description": "x", "taxonomy": "integrationsatlas:zielgruppe"}}
    ], "cost_options": [{"id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d45", "amount": 0, "currency": "EUR"}]}));
    let data = parse("in.json", &page_of(vec![s])).unwrap();
    let s = &data.services[0];
    assert_eq!(
        s.fields_of_action,
        [atlas_model::FieldOfAction::LanguageSupport]
    );
    assert_eq!(s.target_groups, [atlas_model::TargetGroup::Women]);
    assert!(s.is_free());
    assert!(s.other_attributes.is_empty());
}

#[test]
fn errors_expose_the_field() {
    let e = parse("in.json", &page_of(vec![service(json!({"name": null}))])).unwrap_err();
    assert!(matches!(e, HsdsError::Record { .. }));
    assert_eq!(e.field(), Some("name"));
}
