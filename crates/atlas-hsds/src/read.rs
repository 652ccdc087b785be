//! HSDS text → [`Dataset`]: detects the container (page, array, NDJSON), splits services into
//! our records, and reports the first problem with file, record, field and reason.

use std::collections::HashMap;

use atlas_model::{
    FieldOfAction, Id, Location, Network, Organization, Service, TargetGroup, Taxonomy,
};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::{Dataset, HsdsError};

/// Keys of our internal service form that must not come in from HSDS (their HSDS spelling is
/// an attribute or an `x_` field).
const INTERNAL_SERVICE_KEYS: &[(&str, &str)] = &[
    (
        "fields_of_action",
        "attributes with taxonomy integrationsatlas:handlungsfeld",
    ),
    (
        "target_groups",
        "attributes with taxonomy integrationsatlas:zielgruppe",
    ),
    ("other_attributes", "attributes"),
    ("valid_from", "x_valid_from"),
    ("valid_to", "x_valid_to"),
    ("translations", "x_translations"),
];

/// Parses HSDS JSON text. `file` names the text in error messages.
pub fn parse(file: &str, text: &str) -> Result<Dataset, HsdsError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut b = Builder::new(file);
    if looks_like_ndjson(text) {
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let value: Value = serde_json::from_str(line).map_err(|e| HsdsError::Json {
                file: file.to_owned(),
                line: n + 1,
                column: e.column(),
                reason: json_reason(&e),
            })?;
            b.add_ndjson_line(format!("line {}", n + 1), value)?;
        }
        return b.finish();
    }
    let value: Value = serde_json::from_str(text).map_err(|e| HsdsError::Json {
        file: file.to_owned(),
        line: e.line(),
        column: e.column(),
        reason: json_reason(&e),
    })?;
    match value {
        Value::Array(items) => {
            for (i, item) in items.into_iter().enumerate() {
                b.add_service(format!("[{i}]"), item)?;
            }
        }
        Value::Object(mut page) if page.contains_key("contents") => {
            let contents = take_array(file, &mut page, "contents")?.unwrap_or_default();
            let orgs = take_array(file, &mut page, "x_organizations")?.unwrap_or_default();
            let networks = take_array(file, &mut page, "x_networks")?.unwrap_or_default();
            for (i, item) in orgs.into_iter().enumerate() {
                b.add_organization(format!("x_organizations[{i}]"), item)?;
            }
            for (i, item) in contents.into_iter().enumerate() {
                b.add_service(format!("contents[{i}]"), item)?;
            }
            for (i, item) in networks.into_iter().enumerate() {
                b.add_network(format!("x_networks[{i}]"), item)?;
            }
        }
        Value::Object(_) => b.add_ndjson_line("line 1".into(), value)?,
        _ => {
            return Err(HsdsError::Shape {
                file: file.to_owned(),
                reason: "expected an HSDS page ({\"contents\": [...]}), a JSON array of services, or NDJSON".into(),
            });
        }
    }
    b.finish()
}

/// NDJSON: the first non-empty line is a whole JSON object on its own and more lines follow.
fn looks_like_ndjson(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let Some(first) = lines.next() else {
        return false;
    };
    lines.next().is_some() && matches!(serde_json::from_str::<Value>(first), Ok(Value::Object(_)))
}

fn json_reason(e: &serde_json::Error) -> String {
    // serde_json appends " at line L column C"; we print position separately.
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(cut) => s[..cut].to_owned(),
        None => s,
    }
}

fn take_array(
    file: &str,
    page: &mut Map<String, Value>,
    key: &str,
) -> Result<Option<Vec<Value>>, HsdsError> {
    match page.remove(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(items)) => Ok(Some(items)),
        Some(_) => Err(HsdsError::Shape {
            file: file.to_owned(),
            reason: format!("`{key}` must be an array"),
        }),
    }
}

struct Builder {
    file: String,
    data: Dataset,
    organizations: HashMap<Id, usize>,
    locations: HashMap<Id, usize>,
    services: HashMap<Id, String>,
    networks: HashMap<Id, String>,
}

/// The record being read, for error messages.
struct Ctx<'a> {
    file: &'a str,
    record: &'a str,
    id: Option<String>,
}

impl Ctx<'_> {
    fn err(&self, field: impl Into<String>, reason: impl Into<String>) -> HsdsError {
        HsdsError::Record {
            file: self.file.to_owned(),
            record: self.record.to_owned(),
            id: self.id.clone(),
            field: field.into(),
            reason: reason.into(),
        }
    }

    /// Deserializes `value` as `T`; errors name the field path under `prefix`.
    fn decode<T: DeserializeOwned>(&self, prefix: &str, value: Value) -> Result<T, HsdsError> {
        serde_path_to_error::deserialize(value).map_err(|e| {
            let path = rename_internal_path(&e.path().to_string());
            let mut field = join_path(prefix, if path == "." { "" } else { &path });
            let mut reason = e.into_inner().to_string();
            if let Some(name) = reason
                .strip_prefix("missing field `")
                .and_then(|r| r.strip_suffix('`'))
            {
                field = join_path(&field, name);
                reason = "missing (required)".into();
            }
            // serde_json may add a position inside the in-memory value; it means nothing to the user.
            if let Some(cut) = reason.rfind(" at line ") {
                reason.truncate(cut);
            }
            self.err(field, reason)
        })
    }
}

fn join_path(prefix: &str, rest: &str) -> String {
    match (prefix.is_empty(), rest.is_empty()) {
        (true, _) => rest.to_owned(),
        (_, true) => prefix.to_owned(),
        _ if rest.starts_with('[') => format!("{prefix}{rest}"),
        _ => format!("{prefix}.{rest}"),
    }
}

fn id_of(value: &Value) -> Option<String> {
    value.get("id").and_then(Value::as_str).map(str::to_owned)
}

fn require_text(ctx: &Ctx<'_>, field: &str, value: &str) -> Result<(), HsdsError> {
    if value.trim().is_empty() {
        Err(ctx.err(field, "must not be empty"))
    } else {
        Ok(())
    }
}

impl Builder {
    fn new(file: &str) -> Self {
        Self {
            file: file.to_owned(),
            data: Dataset::default(),
            organizations: HashMap::new(),
            locations: HashMap::new(),
            services: HashMap::new(),
            networks: HashMap::new(),
        }
    }

    fn finish(self) -> Result<Dataset, HsdsError> {
        Ok(self.data)
    }

    fn add_ndjson_line(&mut self, record: String, value: Value) -> Result<(), HsdsError> {
        match value {
            Value::Object(mut map) if map.contains_key("x_network") => {
                let inner = map.remove("x_network").unwrap_or(Value::Null);
                self.add_network(record, inner)
            }
            Value::Object(mut map) if map.contains_key("x_organization") => {
                let inner = map.remove("x_organization").unwrap_or(Value::Null);
                self.add_organization(record, inner)
            }
            other => self.add_service(record, other),
        }
    }

    fn add_organization(&mut self, record: String, value: Value) -> Result<(), HsdsError> {
        let file = self.file.clone();
        let ctx = Ctx {
            file: &file,
            record: &record,
            id: id_of(&value),
        };
        let org = self.organization(&ctx, "", value)?;
        self.keep_organization(&ctx, "", org)
    }

    fn organization(
        &self,
        ctx: &Ctx<'_>,
        prefix: &str,
        value: Value,
    ) -> Result<Organization, HsdsError> {
        if !value.is_object() {
            return Err(ctx.err(prefix, "expected an organization object"));
        }
        let org: Organization = ctx.decode(prefix, value)?;
        require_text(ctx, &join_path(prefix, "name"), &org.name)?;
        if org.parent_organization_id == Some(org.id) {
            return Err(ctx.err(
                join_path(prefix, "parent_organization_id"),
                "an organization cannot be its own parent",
            ));
        }
        Ok(org)
    }

    fn keep_organization(
        &mut self,
        ctx: &Ctx<'_>,
        prefix: &str,
        org: Organization,
    ) -> Result<(), HsdsError> {
        match self.organizations.get(&org.id) {
            Some(&i) if self.data.organizations[i] != org => Err(ctx.err(
                prefix,
                format!(
                    "organization {} appears earlier in the file with different content",
                    org.id
                ),
            )),
            Some(_) => Ok(()),
            None => {
                self.organizations
                    .insert(org.id, self.data.organizations.len());
                self.data.organizations.push(org);
                Ok(())
            }
        }
    }

    fn keep_location(
        &mut self,
        ctx: &Ctx<'_>,
        prefix: &str,
        loc: Location,
    ) -> Result<(), HsdsError> {
        match self.locations.get(&loc.id) {
            Some(&i) if self.data.locations[i] != loc => Err(ctx.err(
                prefix,
                format!(
                    "location {} appears earlier in the file with different content",
                    loc.id
                ),
            )),
            Some(_) => Ok(()),
            None => {
                self.locations.insert(loc.id, self.data.locations.len());
                self.data.locations.push(loc);
                Ok(())
            }
        }
    }

    fn add_service(&mut self, record: String, value: Value) -> Result<(), HsdsError> {
        let file = self.file.clone();
        let ctx = Ctx {
            file: &file,
            record: &record,
            id: id_of(&value),
        };
        let Value::Object(mut map) = value else {
            return Err(ctx.err("", "expected a service object"));
        };
        for (key, hsds) in INTERNAL_SERVICE_KEYS {
            if map.contains_key(*key) {
                return Err(ctx.err(*key, format!("not an HSDS service field; use {hsds}")));
            }
        }
        // The id first, so that every later message can name it.
        match map.get("id") {
            None => return Err(ctx.err("id", "missing (required)")),
            Some(v) => {
                ctx.decode::<Id>("id", v.clone())?;
            }
        }

        // Organization: nested object and/or organization_id.
        let org = match map.remove("organization") {
            None | Some(Value::Null) => None,
            Some(v) => Some(self.organization(&ctx, "organization", v)?),
        };
        let org_id = match map.get("organization_id") {
            None | Some(Value::Null) => None,
            Some(v) => Some(ctx.decode::<Id>("organization_id", v.clone())?),
        };
        let org_id = match (org_id, &org) {
            (Some(a), Some(o)) if a != o.id => {
                return Err(ctx.err(
                    "organization_id",
                    format!("{a} differs from organization.id {}", o.id),
                ));
            }
            (Some(a), _) => a,
            (None, Some(o)) => o.id,
            (None, None) => {
                return Err(ctx.err(
                    "organization",
                    "missing: every service needs its organization (organization or organization_id)",
                ));
            }
        };
        map.insert("organization_id".into(), Value::String(org_id.to_string()));
        if let Some(org) = org {
            self.keep_organization(&ctx, "organization", org)?;
        }

        // Locations: nested in service_at_locations.
        if let Some(sals) = map.remove("service_at_locations") {
            let Value::Array(sals) = sals else {
                return Err(ctx.err("service_at_locations", "expected an array"));
            };
            let mut out = Vec::with_capacity(sals.len());
            for (i, sal) in sals.into_iter().enumerate() {
                let prefix = format!("service_at_locations[{i}]");
                let Value::Object(mut sal) = sal else {
                    return Err(ctx.err(prefix, "expected an object"));
                };
                let location = match sal.remove("location") {
                    None | Some(Value::Null) => None,
                    Some(v) => Some(self.location(&ctx, &format!("{prefix}.location"), v)?),
                };
                let location_id = match sal.get("location_id") {
                    None | Some(Value::Null) => None,
                    Some(v) => Some(ctx.decode::<Id>(&format!("{prefix}.location_id"), v.clone())?),
                };
                let location_id = match (location_id, &location) {
                    (Some(a), Some(l)) if a != l.id => {
                        return Err(ctx.err(
                            format!("{prefix}.location_id"),
                            format!("{a} differs from location.id {}", l.id),
                        ));
                    }
                    (Some(a), _) => a,
                    (None, Some(l)) => l.id,
                    (None, None) => {
                        return Err(ctx.err(prefix, "missing location (location or location_id)"));
                    }
                };
                sal.insert("location_id".into(), Value::String(location_id.to_string()));
                sal.remove("service_id");
                if let Some(l) = location {
                    self.keep_location(&ctx, &format!("{prefix}.location"), l)?;
                }
                out.push(Value::Object(sal));
            }
            map.insert("service_at_locations".into(), Value::Array(out));
        }

        // Attributes: ours become fields of action and target groups, others are kept.
        let mut fields = Vec::new();
        let mut groups = Vec::new();
        let mut others = Vec::new();
        if let Some(attrs) = map.remove("attributes") {
            let Value::Array(attrs) = attrs else {
                return Err(ctx.err("attributes", "expected an array"));
            };
            for (i, attr) in attrs.into_iter().enumerate() {
                let taxonomy = attr
                    .pointer("/taxonomy_term/taxonomy")
                    .and_then(Value::as_str)
                    .and_then(Taxonomy::from_name);
                let Some(taxonomy) = taxonomy else {
                    others.push(attr);
                    continue;
                };
                let field = format!("attributes[{i}].taxonomy_term.code");
                let code = attr
                    .pointer("/taxonomy_term/code")
                    .and_then(Value::as_str)
                    .ok_or_else(|| ctx.err(&field, "missing (required for our taxonomies)"))?;
                match taxonomy {
                    Taxonomy::FieldOfAction => {
                        let f = FieldOfAction::parse(code)
                            .map_err(|e| ctx.err(&field, e.to_string()))?;
                        if !fields.contains(&f) {
                            fields.push(f);
                        }
                    }
                    Taxonomy::TargetGroup => {
                        let g =
                            TargetGroup::parse(code).map_err(|e| ctx.err(&field, e.to_string()))?;
                        if !groups.contains(&g) {
                            groups.push(g);
                        }
                    }
                }
            }
        }
        map.insert(
            "fields_of_action".into(),
            serde_json::to_value(&fields).unwrap_or_default(),
        );
        map.insert(
            "target_groups".into(),
            serde_json::to_value(&groups).unwrap_or_default(),
        );
        map.insert("other_attributes".into(), Value::Array(others));
        for (hsds, ours) in [
            ("x_valid_from", "valid_from"),
            ("x_valid_to", "valid_to"),
            ("x_translations", "translations"),
        ] {
            if let Some(v) = map.remove(hsds) {
                map.insert(ours.into(), v);
            }
        }

        let service: Service = ctx.decode("", Value::Object(map))?;
        self.check_service(&ctx, &service)?;
        if let Some(first) = self.services.get(&service.id) {
            return Err(ctx.err("id", format!("duplicate: {first} has the same id")));
        }
        self.services.insert(service.id, record.clone());
        self.data.services.push(service);
        self.data.service_origins.push(record);
        Ok(())
    }

    fn location(&self, ctx: &Ctx<'_>, prefix: &str, value: Value) -> Result<Location, HsdsError> {
        if !value.is_object() {
            return Err(ctx.err(prefix, "expected a location object"));
        }
        let loc: Location = ctx.decode(prefix, value)?;
        for (i, a) in loc.addresses.iter().enumerate() {
            if a.country.eq_ignore_ascii_case("DE") && a.german_postcode().is_none() {
                return Err(ctx.err(
                    format!("{prefix}.addresses[{i}].postal_code"),
                    format!("{:?} is not a German postcode (five digits)", a.postal_code),
                ));
            }
        }
        Ok(loc)
    }

    fn check_service(&self, ctx: &Ctx<'_>, s: &Service) -> Result<(), HsdsError> {
        require_text(ctx, "name", &s.name)?;
        for (i, sch) in s.schedules.iter().enumerate() {
            sch.check()
                .map_err(|e| ctx.err(format!("schedules[{i}].{}", e.kind), e.to_string()))?;
        }
        if let (Some(from), Some(to)) = (s.valid_from, s.valid_to)
            && from > to
        {
            return Err(ctx.err("x_valid_to", format!("{to} is before x_valid_from {from}")));
        }
        for (field, age) in [
            ("minimum_age", s.minimum_age),
            ("maximum_age", s.maximum_age),
        ] {
            if age.is_some_and(|a| !(0.0..=150.0).contains(&a)) {
                return Err(ctx.err(field, "must be between 0 and 150"));
            }
        }
        if let (Some(min), Some(max)) = (s.minimum_age, s.maximum_age)
            && min > max
        {
            return Err(ctx.err("maximum_age", "must not be below minimum_age"));
        }
        for (i, c) in s.cost_options.iter().enumerate() {
            if c.amount.is_some_and(|a| a < 0.0) {
                return Err(ctx.err(format!("cost_options[{i}].amount"), "must not be negative"));
            }
        }
        Ok(())
    }

    fn add_network(&mut self, record: String, value: Value) -> Result<(), HsdsError> {
        let file = self.file.clone();
        let ctx = Ctx {
            file: &file,
            record: &record,
            id: id_of(&value),
        };
        if !value.is_object() {
            return Err(ctx.err("", "expected a network object"));
        }
        let network: Network = ctx.decode("", value)?;
        require_text(&ctx, "name", &network.name)?;
        if let Some(first) = self.networks.get(&network.id) {
            return Err(ctx.err("id", format!("duplicate: {first} has the same id")));
        }
        let mut seen = Vec::new();
        for (i, m) in network.members.iter().enumerate() {
            if seen.contains(&m.organization_id) {
                return Err(ctx.err(
                    format!("members[{i}].organization_id"),
                    format!("{} is listed twice", m.organization_id),
                ));
            }
            seen.push(m.organization_id);
        }
        self.networks.insert(network.id, record.clone());
        self.data.networks.push(network);
        self.data.network_origins.push(record);
        Ok(())
    }
}

/// Paths inside our internal service form, spelled as the HSDS field they came from.
fn rename_internal_path(path: &str) -> String {
    for (ours, hsds) in [
        ("valid_from", "x_valid_from"),
        ("valid_to", "x_valid_to"),
        ("translations", "x_translations"),
    ] {
        if path == ours || path.starts_with(&format!("{ours}.")) {
            return format!("{hsds}{}", &path[ours.len()..]);
        }
    }
    path.to_owned()
}
