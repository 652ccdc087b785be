//! [`Dataset`] → HSDS 3.0 JSON: services with their organization and locations nested, our
//! taxonomies as attributes, our extensions in the `x_` namespace.

use std::collections::{HashMap, HashSet};

use atlas_model::{FieldOfAction, Id, Location, Organization, Service, TargetGroup, Taxonomy};
use serde_json::{Map, Value, json};

use crate::Dataset;

/// One HSDS page holding the whole dataset; networks under `x_networks`, organizations that no
/// service nests (e.g. network members without offers) under `x_organizations`.
pub fn write_page(data: &Dataset) -> Value {
    let w = Writer::new(data);
    let contents: Vec<Value> = data.services.iter().map(|s| w.service(s)).collect();
    let n = contents.len();
    json!({
        "total_items": n,
        "total_pages": 1,
        "page_number": 1,
        "size": n,
        "first_page": true,
        "last_page": true,
        "empty": n == 0,
        "contents": contents,
        "x_organizations": w.loose_organizations(),
        "x_networks": data.networks,
    })
}

/// NDJSON: one service per line, then `{"x_organization": {...}}` and `{"x_network": {...}}`
/// lines. `parse` reads it back.
pub fn write_ndjson(data: &Dataset) -> String {
    let w = Writer::new(data);
    let mut out = String::new();
    let mut line = |v: &Value| {
        out.push_str(&v.to_string());
        out.push('\n');
    };
    for s in &data.services {
        line(&w.service(s));
    }
    for o in w.loose_organizations() {
        line(&json!({ "x_organization": o }));
    }
    for n in &data.networks {
        line(&json!({ "x_network": n }));
    }
    out
}

struct Writer<'a> {
    data: &'a Dataset,
    organizations: HashMap<Id, &'a Organization>,
    locations: HashMap<Id, &'a Location>,
}

impl<'a> Writer<'a> {
    fn new(data: &'a Dataset) -> Self {
        Self {
            data,
            organizations: data.organizations.iter().map(|o| (o.id, o)).collect(),
            locations: data.locations.iter().map(|l| (l.id, l)).collect(),
        }
    }

    fn loose_organizations(&self) -> Vec<&'a Organization> {
        let nested: HashSet<Id> = self
            .data
            .services
            .iter()
            .map(|s| s.organization_id)
            .collect();
        self.data
            .organizations
            .iter()
            .filter(|o| !nested.contains(&o.id))
            .collect()
    }

    fn service(&self, s: &Service) -> Value {
        let Value::Object(mut fields) = serde_json::to_value(s).unwrap_or_default() else {
            return Value::Null;
        };
        let mut out = Map::new();
        for key in ["id", "organization_id"] {
            if let Some(v) = fields.remove(key) {
                out.insert(key.into(), v);
            }
        }
        if let Some(org) = self.organizations.get(&s.organization_id) {
            out.insert(
                "organization".into(),
                serde_json::to_value(org).unwrap_or_default(),
            );
        }
        for key in [
            "fields_of_action",
            "target_groups",
            "other_attributes",
            "service_at_locations",
        ] {
            fields.remove(key);
        }
        for (ours, hsds) in [
            ("valid_from", "x_valid_from"),
            ("valid_to", "x_valid_to"),
            ("translations", "x_translations"),
        ] {
            if let Some(v) = fields.remove(ours) {
                fields.insert(hsds.into(), v);
            }
        }
        out.extend(fields);
        if !s.service_at_locations.is_empty() {
            let sals: Vec<Value> = s
                .service_at_locations
                .iter()
                .map(|sal| {
                    let mut v = serde_json::to_value(sal).unwrap_or_default();
                    if let (Some(obj), Some(loc)) =
                        (v.as_object_mut(), self.locations.get(&sal.location_id))
                    {
                        obj.insert(
                            "location".into(),
                            serde_json::to_value(loc).unwrap_or_default(),
                        );
                    }
                    v
                })
                .collect();
            out.insert("service_at_locations".into(), Value::Array(sals));
        }
        let mut attributes: Vec<Value> = Vec::new();
        for f in &s.fields_of_action {
            attributes.push(taxonomy_attribute(
                s.id,
                Taxonomy::FieldOfAction,
                f.code(),
                field_label(*f),
            ));
        }
        for g in &s.target_groups {
            attributes.push(taxonomy_attribute(
                s.id,
                Taxonomy::TargetGroup,
                g.code(),
                group_label(*g),
            ));
        }
        attributes.extend(s.other_attributes.iter().cloned());
        if !attributes.is_empty() {
            out.insert("attributes".into(), Value::Array(attributes));
        }
        Value::Object(out)
    }
}

fn field_label(f: FieldOfAction) -> (&'static str, String) {
    (f.label_de(), format!("Handlungsfeld: {}", f.label_de()))
}

fn group_label(g: TargetGroup) -> (&'static str, String) {
    (g.label_de(), format!("Zielgruppe: {}", g.label_de()))
}

/// An HSDS attribute linking a service to one of our taxonomy terms. Ids are derived from the
/// service, taxonomy and code, so the same data always exports the same ids.
fn taxonomy_attribute(
    service: Id,
    taxonomy: Taxonomy,
    code: &str,
    (name, description): (&str, String),
) -> Value {
    let term_id = Id::derived("taxonomy_term", &format!("{}:{code}", taxonomy.name()));
    json!({
        "id": Id::derived("attribute", &format!("{service}/{}:{code}", taxonomy.name())),
        "taxonomy_term_id": term_id,
        "link_entity": "service",
        "taxonomy_term": {
            "id": term_id,
            "code": code,
            "name": name,
            "description": description,
            "taxonomy": taxonomy.name(),
        }
    })
}
