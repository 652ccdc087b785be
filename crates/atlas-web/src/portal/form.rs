//! Forms of the portal: the submitted fields, their mistakes by field, and the accessible
//! markup of a field (label, hint, the message next to it, `aria-invalid`,
//! `aria-describedby`), of checkbox groups (fieldset and legend) and of the error summary at
//! the top that links to each field.

use std::collections::BTreeMap;

use atlas_app::FieldError;
use maud::{Markup, html};

use crate::error::field_error_text;
use crate::i18n::Tr;

/// The fields of a submitted form, in order (a name may repeat: checkbox groups).
#[derive(Debug, Default, Clone)]
pub(crate) struct Form(Vec<(String, String)>);

impl Form {
    pub fn parse(body: &[u8]) -> Self {
        Self(
            form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    /// The first value of `name`, if sent.
    pub fn opt(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The first value of `name`, or empty.
    pub fn get(&self, name: &str) -> &str {
        self.opt(name).unwrap_or("")
    }

    /// The trimmed value, `None` when empty.
    pub fn text(&self, name: &str) -> Option<String> {
        let v = self.get(name).trim();
        (!v.is_empty()).then(|| v.to_owned())
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        self.0.push((name.to_owned(), value.into()));
    }

    /// Sets `name` when `value` is `Some`.
    pub fn set_opt(&mut self, name: &str, value: Option<impl ToString>) {
        if let Some(v) = value {
            self.0.push((name.to_owned(), v.to_string()));
        }
    }

    /// Every field in order.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// How many rows `prefix.{i}.…` the form has (the highest index + 1, at most
    /// [`MAX_ROWS`]; a form with more is refused before it is read, see `too_many_rows`).
    pub fn rows(&self, prefix: &str) -> usize {
        let p = format!("{prefix}.");
        self.0
            .iter()
            .filter_map(|(k, _)| k.strip_prefix(&p))
            .filter_map(|rest| rest.split('.').next()?.parse::<usize>().ok())
            .map(|i| i + 1)
            .max()
            .unwrap_or(0)
            .min(MAX_ROWS)
    }

    /// Whether a field names a row index of [`MAX_ROWS`] or more (no form of ours has that
    /// many rows; the index would otherwise size the loops that read and show the form).
    pub fn too_many_rows(&self) -> bool {
        self.0.iter().any(|(k, _)| {
            k.split('.')
                .any(|part| part.parse::<usize>().is_ok_and(|i| i >= MAX_ROWS))
        })
    }
}

/// Rows per list in a form (schedules, phones, languages, …).
pub(crate) const MAX_ROWS: usize = 100;

/// The mistakes of a form, by field name, in the reader's language.
#[derive(Debug, Default, Clone)]
pub(crate) struct Errors(pub BTreeMap<String, String>);

impl Errors {
    pub fn of(tr: &Tr<'_>, errors: &[FieldError]) -> Self {
        let mut out = BTreeMap::new();
        for e in errors {
            out.entry(e.field.clone())
                .or_insert_with(|| field_error_text(tr, e));
        }
        Self(out)
    }

    /// Adds `other`'s mistakes for fields that have none yet.
    pub fn merge(&mut self, other: Errors) {
        for (field, text) in other.0 {
            self.0.entry(field).or_insert(text);
        }
    }

    pub fn add(&mut self, field: &str, text: String) {
        self.0.entry(field.to_owned()).or_insert(text);
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The element id of a field: `f-` and its name with dots as dashes.
pub(crate) fn field_id(name: &str) -> String {
    format!("f-{}", name.replace('.', "-"))
}

/// The label of a field for the error summary (the last part of its name, e.g.
/// `schedules.0.opens_at` → the label of `opens_at`), if the interface has one.
fn summary_label(tr: &Tr<'_>, field: &str) -> Option<String> {
    let last = field.rsplit('.').next().unwrap_or(field);
    let id = match last {
        "eligibility_description" => "label-eligibility".to_owned(),
        "fees_description" => "label-fees".to_owned(),
        "interpretation_services" => "label-interpretation".to_owned(),
        "opens_at" => "label-opens".to_owned(),
        "closes_at" => "label-closes".to_owned(),
        "url" => "label-website".to_owned(),
        "postal_code" => "label-postcode".to_owned(),
        "address_1" => "label-street".to_owned(),
        "number" => "label-phone-number".to_owned(),
        "option" => "label-cost-option".to_owned(),
        "region" => "label-home-region".to_owned(),
        "code" => "label-language-code".to_owned(),
        "uri" => "label-document-link".to_owned(),
        "byday" => "label-days".to_owned(),
        "reason" => "review-reason".to_owned(),
        "amount_description" => "label-description".to_owned(),
        other => format!("label-{}", other.replace('_', "-")),
    };
    tr.try_t(&id)
}

/// The summary of a form's mistakes, each naming its field and linking to it.
pub(crate) fn summary(tr: &Tr<'_>, errors: &Errors) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.error-summary role="alert" tabindex="-1" {
                p { strong { (tr.t("form-error-summary")) } }
                ul {
                    @for (field, text) in &errors.0 {
                        li { a href={ "#" (field_id(field)) } {
                            @if let Some(label) = summary_label(tr, field) { (label) ": " }
                            (text)
                        } }
                    }
                }
            }
        }
    }
}

/// How an `<input>` is set up.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Input<'a> {
    pub kind: &'a str,
    pub autocomplete: Option<&'a str>,
    pub required: bool,
    pub maxlength: Option<usize>,
}

pub(crate) const TEXT: Input<'static> = Input {
    kind: "text",
    autocomplete: None,
    required: false,
    maxlength: None,
};

impl<'a> Input<'a> {
    pub fn kind(self, kind: &'a str) -> Self {
        Self { kind, ..self }
    }
    pub fn auto(self, a: &'a str) -> Self {
        Self {
            autocomplete: Some(a),
            ..self
        }
    }
    pub fn required(self) -> Self {
        Self {
            required: true,
            ..self
        }
    }
    pub fn max(self, n: usize) -> Self {
        Self {
            maxlength: Some(n),
            ..self
        }
    }
}

fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut parts = Vec::new();
    if hint {
        parts.push(format!("{id}-hint"));
    }
    if error {
        parts.push(format!("{id}-error"));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// A labelled `<input>` with its hint and its mistake.
pub(crate) fn input(
    errors: &Errors,
    name: &str,
    label: &str,
    value: &str,
    opts: Input<'_>,
    hint: Option<&str>,
) -> Markup {
    let id = field_id(name);
    let error = errors.get(name);
    html! {
        div.field {
            label for=(id) { (label) }
            @if let Some(h) = hint { p.hint id={ (id) "-hint" } { (h) } }
            @if let Some(e) = error { p.field-error id={ (id) "-error" } { (e) } }
            input id=(id) name=(name) type=(opts.kind) value=(value)
                autocomplete=[opts.autocomplete] required[opts.required]
                maxlength=[opts.maxlength]
                aria-invalid=[error.map(|_| "true")]
                aria-describedby=[described_by(&id, hint.is_some(), error.is_some())];
        }
    }
}

/// A labelled `<textarea>` with its hint and its mistake.
pub(crate) fn textarea(
    errors: &Errors,
    name: &str,
    label: &str,
    value: &str,
    required: bool,
    hint: Option<&str>,
) -> Markup {
    let id = field_id(name);
    let error = errors.get(name);
    html! {
        div.field {
            label for=(id) { (label) }
            @if let Some(h) = hint { p.hint id={ (id) "-hint" } { (h) } }
            @if let Some(e) = error { p.field-error id={ (id) "-error" } { (e) } }
            textarea id=(id) name=(name) rows="5" required[required]
                aria-invalid=[error.map(|_| "true")]
                aria-describedby=[described_by(&id, hint.is_some(), error.is_some())] { (value) }
        }
    }
}

/// A labelled `<select>` of `(value, label)` options.
pub(crate) fn select(
    errors: &Errors,
    name: &str,
    label: &str,
    value: &str,
    options: &[(String, String)],
    empty: Option<&str>,
) -> Markup {
    let id = field_id(name);
    let error = errors.get(name);
    html! {
        div.field {
            label for=(id) { (label) }
            @if let Some(e) = error { p.field-error id={ (id) "-error" } { (e) } }
            select id=(id) name=(name)
                aria-invalid=[error.map(|_| "true")]
                aria-describedby=[described_by(&id, false, error.is_some())] {
                @if let Some(e) = empty { option value="" { (e) } }
                @for (v, l) in options {
                    option value=(v) selected[v == value] { (l) }
                }
            }
        }
    }
}

/// A group of checkboxes in a fieldset with a legend.
pub(crate) fn checkboxes(
    errors: &Errors,
    name: &str,
    legend: &str,
    options: &[(String, String)],
    checked: &[&str],
) -> Markup {
    let id = field_id(name);
    let error = errors.get(name);
    html! {
        fieldset.checks id=(id) aria-describedby=[error.map(|_| format!("{id}-error"))] {
            legend { (legend) }
            @if let Some(e) = error { p.field-error id={ (id) "-error" } { (e) } }
            @for (i, (v, l)) in options.iter().enumerate() {
                div.check {
                    input type="checkbox" id={ (id) "-" (i) } name=(name) value=(v) checked[checked.contains(&v.as_str())];
                    label for={ (id) "-" (i) } { (l) }
                }
            }
        }
    }
}

/// One checkbox with its label.
pub(crate) fn checkbox(name: &str, label: &str, checked: bool) -> Markup {
    let id = field_id(name);
    html! {
        div.check {
            input type="checkbox" id=(id) name=(name) value="1" checked[checked];
            label for=(id) { (label) }
        }
    }
}
