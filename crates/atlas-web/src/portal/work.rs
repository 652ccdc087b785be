//! The provider's workspace: the dashboard, organisations (create, edit the profile, claim),
//! locations, drafts (view, submit, discard), confirming an offer as current, network
//! memberships and API tokens.

use atlas_app::{AppError, RecordKind, Session, WorkspaceOrg};
use atlas_model::{Address, Ags, Id, Location, Organization};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, PreEscaped, html};

use super::form::{Errors, Form, TEXT, checkbox, input, select, summary, textarea};
use super::offer::{phones_from_form, phones_rows, phones_to_form};
use super::{frame, konto, respond, see_other, signed_in, signed_in_post};
use crate::error::field_error_text;
use crate::i18n::Tr;
use crate::pages::{date, parse_id, provider_url};
use crate::{Ctx, ErrorPage, WebError, WebState, lang_of};

type Params = Query<std::collections::HashMap<String, String>>;

/// A moderation or change status in words.
pub(crate) fn state_label(tr: &Tr<'_>, code: &str) -> String {
    tr.label("state", &code.replace('_', "-"))
}

/// A date-time of the store (RFC 3339) as the reader writes the day.
pub(crate) fn when(tr: &Tr<'_>, at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(at)
        .map(|d| format!("{} {}", date(tr, d.date_naive()), d.format("%H:%M")))
        .unwrap_or_else(|_| at.to_owned())
}

pub(crate) async fn konto_redirect(
    State(state): State<WebState>,
    Path(lang): Path<String>,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    Ok(Redirect::permanent(&konto(lang, "")).into_response())
}

/// A form's hidden CSRF field.
pub(crate) fn csrf_field(s: &Session) -> Markup {
    html! { input type="hidden" name="csrf" value=(s.csrf); }
}

fn org_section(tr: &Tr<'_>, s: &Session, o: &WorkspaceOrg) -> Markup {
    let lang = tr.lang;
    html! {
        section.org aria-labelledby={ "org-" (o.id) } {
            h2 id={ "org-" (o.id) } { (o.name) " " small { "(" (state_label(tr, o.moderation.code())) ")" } }
            ul.actions {
                li { a href=(konto(lang, &format!("organisationen/{}", o.id))) { (tr.t("org-edit")) } }
                li { a href=(konto(lang, &format!("angebote/neu?org={}", o.id))) { (tr.t("offer-new")) } }
                li { a href=(konto(lang, &format!("standorte/neu?org={}", o.id))) { (tr.t("location-new")) } }
                li { a href=(konto(lang, &format!("verlauf/organization/{}", o.id))) { (tr.t("history-link")) } }
            }
            h3 { (tr.t("dashboard-offers")) }
            @if o.offers.is_empty() {
                p { (tr.t("dashboard-no-offers")) }
            } @else {
                table {
                    thead { tr {
                        th scope="col" { (tr.t("label-name")) }
                        th scope="col" { (tr.t("dashboard-status")) }
                        th scope="col" { (tr.t("dashboard-confirmed")) }
                        th scope="col" { (tr.t("dashboard-actions")) }
                    } }
                    tbody {
                        @for x in &o.offers {
                            tr {
                                td { a href=(konto(lang, &format!("angebote/{}", x.id))) { (x.name) } }
                                td {
                                    @if let Some(m) = x.moderation { (state_label(tr, m.code())) }
                                    @if let Some(d) = &x.draft {
                                        " · " a href=(konto(lang, &format!("entwuerfe/{}", d.id))) { (tr.t("dashboard-draft")) ": " (state_label(tr, d.status.code())) }
                                    }
                                }
                                td {
                                    @if let Some(c) = x.confirmed_on { (date(tr, c)) }
                                    @if x.stale { " " strong.stale { (tr.t("dashboard-stale")) } }
                                }
                                td {
                                    @if x.moderation.is_some_and(|m| m.is_public() || m == atlas_model::ModerationStatus::Archived) {
                                        form.inline method="post" action=(konto(lang, &format!("angebote/{}/bestaetigen", x.id))) {
                                            (csrf_field(s))
                                            button type="submit" { (tr.t("offer-confirm")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h3 { (tr.t("dashboard-locations")) }
            @if o.locations.is_empty() {
                p { (tr.t("dashboard-no-locations")) }
            } @else {
                ul { @for (id, label) in &o.locations { li { a href=(konto(lang, &format!("standorte/{id}"))) { (label) } } } }
            }
            @if !o.drafts.is_empty() {
                h3 { (tr.t("dashboard-drafts")) }
                ul {
                    @for d in &o.drafts {
                        li {
                            a href=(konto(lang, &format!("entwuerfe/{}", d.id))) { (d.name) }
                            " – " (tr.label("kind", d.kind.code())) ", " (state_label(tr, d.status.code()))
                            @if let Some(r) = &d.reason { " – " (tr.t("draft-reason")) ": " (r) }
                        }
                    }
                }
            }
        }
    }
}

pub(crate) async fn dashboard(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        let ws = ctx.atlas.workspace(&s.actor)?;
        let tr = &ctx.tr;
        let lang = tr.lang;
        let title = tr.t("dashboard-heading");
        let body = html! {
            h1 { (title) }
            @if ws.organizations.is_empty() {
                p { (tr.t("dashboard-empty")) }
            }
            p.actions {
                a href=(konto(lang, "organisationen/neu")) { (tr.t("org-new")) }
            }
            h2 { (tr.t("claim-search-heading")) }
            p.hint { (tr.t("claim-hint")) }
            (claim_search_form(tr, "", &Errors::default()))
            @for o in &ws.organizations { (org_section(tr, s, o)) }
            @if !ws.claims.is_empty() {
                h2 { (tr.t("dashboard-claims")) }
                ul {
                    @for c in &ws.claims {
                        li {
                            (c.organization_name) " – " (tr.label("claim", &c.status))
                            @if let Some(r) = &c.reason { " – " (tr.t("draft-reason")) ": " (r) }
                        }
                    }
                }
            }
        };
        Ok(frame(ctx, Some(s), &title, "", body).into_response())
    })
    .await
}

// --- organisations ---

fn org_to_form(o: &Organization) -> Form {
    let mut f = Form::default();
    f.set("name", &o.name);
    f.set_opt("alternate_name", o.alternate_name.as_ref());
    f.set("description", &o.description);
    f.set_opt("email", o.email.as_ref().map(|e| e.as_str()));
    f.set_opt("website", o.website.as_ref());
    phones_to_form(&mut f, "phones", &o.phones);
    f
}

/// The organisation the form describes, on top of `base`; parse mistakes into `errors`.
fn org_from_form(tr: &Tr<'_>, base: &Organization, f: &Form, errors: &mut Errors) -> Organization {
    let mut o = base.clone();
    o.name = f.get("name").trim().to_owned();
    o.alternate_name = f.text("alternate_name");
    o.description = f.get("description").trim().to_owned();
    o.email = super::offer::parse_email(tr, f, "email", errors);
    o.website = f.text("website");
    o.phones = phones_from_form(f, "phones", &base.phones);
    o
}

fn org_page(
    ctx: &Ctx<'_>,
    s: &Session,
    id: Option<Id>,
    f: &Form,
    errors: &Errors,
    saved: bool,
) -> Result<Markup, WebError> {
    let tr = &ctx.tr;
    let lang = tr.lang;
    let (title, action, path) = match id {
        Some(id) => (
            tr.t("org-edit"),
            konto(lang, &format!("organisationen/{id}")),
            format!("organisationen/{id}"),
        ),
        None => (
            tr.t("org-new"),
            konto(lang, "organisationen/neu"),
            "organisationen/neu".to_owned(),
        ),
    };
    let regions: Vec<(String, String)> = if id.is_none() {
        ctx.atlas
            .region_choices()?
            .into_iter()
            .map(|r| {
                let l = format!("{} ({})", r.name, tr.label("level", r.level.code()));
                (r.ags, l)
            })
            .collect()
    } else {
        Vec::new()
    };
    let body = html! {
        h1 { (title) }
        @if saved { p.thanks role="status" { (tr.t("saved-notice")) } }
        (summary(tr, errors))
        form method="post" action=(action) novalidate {
            (csrf_field(s))
            (input(errors, "name", &tr.t("label-name"), f.get("name"), TEXT.required().max(200), None))
            (input(errors, "alternate_name", &tr.t("label-alternate-name"), f.get("alternate_name"), TEXT.max(200), None))
            (textarea(errors, "description", &tr.t("label-description"), f.get("description"), true, None))
            (input(errors, "email", &tr.t("label-email"), f.get("email"), TEXT.kind("email").auto("email").max(254), None))
            (input(errors, "website", &tr.t("label-website"), f.get("website"), TEXT.kind("url").auto("url").max(500), Some(&tr.t("url-hint"))))
            (phones_rows(tr, errors, f, "phones"))
            @if id.is_none() {
                (select(errors, "region", &tr.t("label-home-region"), f.get("region"), &regions, Some(&tr.t("choose"))))
            }
            p.buttons {
                @if id.is_some() {
                    button type="submit" name="action" value="save" { (tr.t("save-draft")) } " "
                }
                button type="submit" name="action" value="submit" { (tr.t("submit-review")) }
            }
        }
    };
    Ok(frame(ctx, Some(s), &title, &path, body))
}

pub(crate) async fn org_new_form(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        Ok(org_page(ctx, s, None, &Form::default(), &Errors::default(), false)?.into_response())
    })
    .await
}

pub(crate) async fn org_new(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, f| {
        let tr = &ctx.tr;
        let mut errors = Errors::default();
        let base = Organization {
            id: Id::random(),
            name: String::new(),
            alternate_name: None,
            description: String::new(),
            email: None,
            website: None,
            parent_organization_id: None,
            phones: Vec::new(),
            extra: Default::default(),
        };
        let org = org_from_form(tr, &base, f, &mut errors);
        let home = match Ags::parse(f.get("region")) {
            Ok(a) => Some(a),
            Err(_) => {
                errors.add("region", tr.t("field-error-required"));
                None
            }
        };
        if let Err(AppError::Invalid(errs)) = atlas_app::validate_organization(&org) {
            for e in &errs {
                errors.add(&e.field, field_error_text(tr, e));
            }
        }
        if !errors.is_empty() {
            return Ok(respond(
                StatusCode::BAD_REQUEST,
                org_page(ctx, s, None, f, &errors, false)?,
            ));
        }
        let home = home.expect("checked above");
        match ctx.atlas.create_organization(&s.actor, org, &home) {
            Ok(_) => Ok(see_other(&konto(tr.lang, ""))),
            Err(AppError::Invalid(errs)) => Ok(respond(
                StatusCode::BAD_REQUEST,
                org_page(ctx, s, None, f, &Errors::of(tr, &errs), false)?,
            )),
            Err(e) => Err(e.into()),
        }
    })
    .await
}

pub(crate) async fn org_edit_form(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
    Query(q): Params,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        let id = parse_id(&id)?;
        let (doc, _) = ctx
            .atlas
            .record_for_edit(&s.actor, RecordKind::Organization, id)?;
        let o: Organization = serde_json::from_value(doc)
            .map_err(|e| AppError::Internal(format!("organisation record: {e}")))?;
        let saved = q.contains_key("gespeichert");
        Ok(org_page(
            ctx,
            s,
            Some(id),
            &org_to_form(&o),
            &Errors::default(),
            saved,
        )?
        .into_response())
    })
    .await
}

pub(crate) async fn org_edit(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, f| {
        let tr = &ctx.tr;
        let id = parse_id(&id)?;
        let (doc, _) = ctx
            .atlas
            .record_for_edit(&s.actor, RecordKind::Organization, id)?;
        let base: Organization = serde_json::from_value(doc)
            .map_err(|e| AppError::Internal(format!("organisation record: {e}")))?;
        let mut errors = Errors::default();
        let org = org_from_form(tr, &base, f, &mut errors);
        if !errors.is_empty() {
            return Ok(respond(
                StatusCode::BAD_REQUEST,
                org_page(ctx, s, Some(id), f, &errors, false)?,
            ));
        }
        let submit = f.get("action") == "submit";
        match ctx.atlas.save_organization(&s.actor, &org, submit) {
            Ok(_) => Ok(see_other(&konto(
                tr.lang,
                &format!("organisationen/{id}?gespeichert"),
            ))),
            Err(AppError::Invalid(errs)) => Ok(respond(
                StatusCode::BAD_REQUEST,
                org_page(ctx, s, Some(id), f, &Errors::of(tr, &errs), false)?,
            )),
            Err(e) => Err(e.into()),
        }
    })
    .await
}

// --- claims ---

/// The search form for the organisation to claim (on the dashboard and the search page).
fn claim_search_form(tr: &Tr<'_>, q: &str, errors: &Errors) -> Markup {
    html! {
        form.claim-search method="get" action=(konto(tr.lang, "organisationen/suchen")) role="search" {
            (input(errors, "q", &tr.t("claim-search-label"), q, TEXT.kind("search").max(200), Some(&tr.t("claim-search-hint"))))
            p { button type="submit" { (tr.t("claim-search-button")) } }
        }
    }
}

/// Finds published organisations by name for a claim: each with a link to the claim form, or
/// the state of this account's membership.
pub(crate) async fn claim_search(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri.clone(), &headers, move |ctx, s| {
        let tr = &ctx.tr;
        let lang = tr.lang;
        let query = Form::parse(uri.query().unwrap_or("").as_bytes());
        let q = query.get("q").trim().to_owned();
        let (found, errors) = match ctx.atlas.claim_candidates(&s.actor, &q) {
            Ok(found) => (found, Errors::default()),
            Err(AppError::Invalid(errs)) => (Vec::new(), Errors::of(tr, &errs)),
            Err(e) => return Err(e.into()),
        };
        let title = tr.t("claim-search-heading");
        let status = if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::BAD_REQUEST
        };
        let body = html! {
            h1 { (title) }
            p { (tr.t("claim-intro")) }
            (summary(tr, &errors))
            (claim_search_form(tr, &q, &errors))
            @if !q.is_empty() && errors.is_empty() {
                h2 #found-h { (tr.count("claim-search-found", found.len() as u64)) }
                @if found.is_empty() {
                    p { (tr.t("claim-search-none")) " " a href=(konto(lang, "organisationen/neu")) { (tr.t("org-new")) } }
                } @else {
                    ul.found aria-labelledby="found-h" {
                        @for c in &found {
                            li {
                                a href=(provider_url(lang, &c.id)) { (c.name) }
                                @if !c.snippet_html.is_empty() { br; span.snippet { (PreEscaped(&c.snippet_html)) } }
                                br;
                                @match c.membership.as_deref() {
                                    Some(m @ ("active" | "pending")) => strong { (tr.label("claim", m)) },
                                    _ => a href=(konto(lang, &format!("organisationen/{}/beanspruchen", c.id))) {
                                        (tr.ta("claim-search-claim", &[("name", c.name.as_str().into())]))
                                    },
                                }
                            }
                        }
                    }
                }
            }
        };
        Ok(respond(
            status,
            frame(ctx, Some(s), &title, "organisationen/suchen", body),
        ))
    })
    .await
}

fn claim_page(ctx: &Ctx<'_>, s: &Session, id: Id, name: &str, f: &Form, errors: &Errors) -> Markup {
    let tr = &ctx.tr;
    let title = tr.t("claim-heading");
    frame(
        ctx,
        Some(s),
        &title,
        &format!("organisationen/{id}/beanspruchen"),
        html! {
            h1 { (title) }
            p { a href=(provider_url(tr.lang, &id)) { (name) } }
            p { (tr.t("claim-intro")) }
            (summary(tr, errors))
            form method="post" action=(konto(tr.lang, &format!("organisationen/{id}/beanspruchen"))) novalidate {
                (csrf_field(s))
                (textarea(errors, "note", &tr.t("claim-note"), f.get("note"), true, Some(&tr.t("claim-note-hint"))))
                p { button type="submit" { (tr.t("claim-button")) } }
            }
        },
    )
}

pub(crate) async fn claim_form(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        let id = parse_id(&id)?;
        let p = ctx.atlas.provider(id)?;
        Ok(claim_page(
            ctx,
            s,
            id,
            &p.organization.name,
            &Form::default(),
            &Errors::default(),
        )
        .into_response())
    })
    .await
}

pub(crate) async fn claim(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, f| {
        let id = parse_id(&id)?;
        let p = ctx.atlas.provider(id)?;
        match ctx.atlas.claim_organization(&s.actor, id, f.get("note")) {
            Ok(()) => Ok(see_other(&konto(ctx.tr.lang, ""))),
            Err(AppError::Invalid(errs)) => Ok(respond(
                StatusCode::BAD_REQUEST,
                claim_page(
                    ctx,
                    s,
                    id,
                    &p.organization.name,
                    f,
                    &Errors::of(&ctx.tr, &errs),
                ),
            )),
            Err(e) => Err(e.into()),
        }
    })
    .await
}

// --- locations ---

fn location_to_form(l: &Location) -> Form {
    let mut f = Form::default();
    f.set_opt("name", l.name.as_ref());
    f.set_opt("alternate_name", l.alternate_name.as_ref());
    f.set_opt("description", l.description.as_ref());
    f.set_opt("transportation", l.transportation.as_ref());
    f.set_opt("latitude", l.latitude);
    f.set_opt("longitude", l.longitude);
    if let Some(a) = l.main_address() {
        f.set("address_1", &a.address_1);
        f.set_opt("address_2", a.address_2.as_ref());
        f.set("postal_code", &a.postal_code);
        f.set("city", &a.city);
    }
    if l.is_step_free() {
        f.set("step_free", "1");
    }
    f
}

fn location_from_form(base: &Location, f: &Form, tr: &Tr<'_>, errors: &mut Errors) -> Location {
    let mut l = base.clone();
    l.name = f.text("name");
    l.alternate_name = f.text("alternate_name");
    l.description = f.text("description");
    l.transportation = f.text("transportation");
    l.latitude = super::offer::parse_number(tr, f, "latitude", errors);
    l.longitude = super::offer::parse_number(tr, f, "longitude", errors);
    let street = f.get("address_1").trim();
    let city = f.get("city").trim();
    let postcode = f.get("postal_code").trim();
    if street.is_empty() && city.is_empty() && postcode.is_empty() {
        l.addresses.retain(|a| a.address_type != "physical");
    } else {
        for (field, v) in [
            ("address_1", street),
            ("postal_code", postcode),
            ("city", city),
        ] {
            if v.is_empty() {
                errors.add(field, tr.t("field-error-required"));
            }
        }
        if !postcode.is_empty() && atlas_model::Postcode::parse(postcode).is_err() {
            errors.add("postal_code", tr.t("field-error-invalid-postcode"));
        }
        let idx = l
            .addresses
            .iter()
            .position(|a| a.address_type == "physical");
        let mut a = idx.map(|i| l.addresses[i].clone()).unwrap_or(Address {
            id: Id::random(),
            attention: None,
            address_1: String::new(),
            address_2: None,
            city: String::new(),
            region: None,
            state_province: "Hessen".into(),
            postal_code: String::new(),
            country: "DE".into(),
            address_type: "physical".into(),
            extra: Default::default(),
        });
        a.address_1 = street.to_owned();
        a.address_2 = f.text("address_2");
        a.city = city.to_owned();
        a.postal_code = postcode.to_owned();
        match idx {
            Some(i) => l.addresses[i] = a,
            None => l.addresses.insert(0, a),
        }
    }
    let step_free = f.get("step_free") == "1";
    match l.accessibility.first_mut() {
        Some(acc) => acc.step_free = step_free,
        None if step_free => l.accessibility.push(atlas_model::Accessibility {
            id: Id::random(),
            description: None,
            details: None,
            url: None,
            step_free: true,
            extra: Default::default(),
        }),
        None => {}
    }
    l
}

fn location_page(
    ctx: &Ctx<'_>,
    s: &Session,
    action: &str,
    path: &str,
    f: &Form,
    errors: &Errors,
    saved: bool,
) -> Markup {
    let tr = &ctx.tr;
    let title = tr.t("location-heading");
    frame(
        ctx,
        Some(s),
        &title,
        path,
        html! {
            h1 { (title) }
            @if saved { p.thanks role="status" { (tr.t("saved-notice")) } }
            (summary(tr, errors))
            form method="post" action=(action) novalidate {
                (csrf_field(s))
                (input(errors, "name", &tr.t("label-name"), f.get("name"), TEXT.max(200), None))
                (input(errors, "alternate_name", &tr.t("label-alternate-name"), f.get("alternate_name"), TEXT.max(200), None))
                (input(errors, "address_1", &tr.t("label-street"), f.get("address_1"), TEXT.auto("address-line1").max(200), None))
                (input(errors, "address_2", &tr.t("label-address-2"), f.get("address_2"), TEXT.auto("address-line2").max(200), None))
                (input(errors, "postal_code", &tr.t("label-postcode"), f.get("postal_code"), TEXT.auto("postal-code").max(5), None))
                (input(errors, "city", &tr.t("label-city"), f.get("city"), TEXT.auto("address-level2").max(100), None))
                (textarea(errors, "description", &tr.t("label-description"), f.get("description"), false, None))
                (textarea(errors, "transportation", &tr.t("label-transportation"), f.get("transportation"), false, None))
                (input(errors, "latitude", &tr.t("label-latitude"), f.get("latitude"), TEXT.max(20), None))
                (input(errors, "longitude", &tr.t("label-longitude"), f.get("longitude"), TEXT.max(20), None))
                (checkbox("step_free", &tr.t("label-step-free"), f.get("step_free") == "1"))
                p.buttons {
                    button type="submit" name="action" value="save" { (tr.t("save-draft")) } " "
                    button type="submit" name="action" value="submit" { (tr.t("submit-review")) }
                }
            }
        },
    )
}

pub(crate) async fn location_new_form(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    Query(q): Params,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        let org = parse_id(q.get("org").map_or("", String::as_str))?;
        let action = konto(ctx.tr.lang, &format!("standorte/neu?org={org}"));
        Ok(location_page(
            ctx,
            s,
            &action,
            "standorte/neu",
            &Form::default(),
            &Errors::default(),
            false,
        )
        .into_response())
    })
    .await
}

fn save_location(
    ctx: &Ctx<'_>,
    s: &Session,
    base: &Location,
    action: &str,
    path: &str,
    f: &Form,
) -> Result<Response, WebError> {
    let tr = &ctx.tr;
    let mut errors = Errors::default();
    let l = location_from_form(base, f, tr, &mut errors);
    if !errors.is_empty() {
        return Ok(respond(
            StatusCode::BAD_REQUEST,
            location_page(ctx, s, action, path, f, &errors, false),
        ));
    }
    match ctx
        .atlas
        .save_location(&s.actor, &l, f.get("action") == "submit")
    {
        Ok(_) => Ok(see_other(&konto(
            tr.lang,
            &format!("standorte/{}?gespeichert", l.id),
        ))),
        Err(AppError::Invalid(errs)) => Ok(respond(
            StatusCode::BAD_REQUEST,
            location_page(ctx, s, action, path, f, &Errors::of(tr, &errs), false),
        )),
        Err(e) => Err(e.into()),
    }
}

pub(crate) async fn location_new(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    Query(q): Params,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, f| {
        let org = parse_id(q.get("org").map_or("", String::as_str))?;
        let base = Location {
            id: Id::random(),
            location_type: "physical".into(),
            organization_id: Some(org),
            name: None,
            alternate_name: None,
            description: None,
            transportation: None,
            latitude: None,
            longitude: None,
            addresses: Vec::new(),
            accessibility: Vec::new(),
            extra: Default::default(),
        };
        let action = konto(ctx.tr.lang, &format!("standorte/neu?org={org}"));
        save_location(ctx, s, &base, &action, "standorte/neu", f)
    })
    .await
}

fn load_location(ctx: &Ctx<'_>, s: &Session, id: Id) -> Result<Location, WebError> {
    let (doc, _) = ctx
        .atlas
        .record_for_edit(&s.actor, RecordKind::Location, id)?;
    Ok(serde_json::from_value(doc)
        .map_err(|e| AppError::Internal(format!("location record: {e}")))?)
}

pub(crate) async fn location_edit_form(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
    Query(q): Params,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        let id = parse_id(&id)?;
        let l = load_location(ctx, s, id)?;
        let action = konto(ctx.tr.lang, &format!("standorte/{id}"));
        Ok(location_page(
            ctx,
            s,
            &action,
            &format!("standorte/{id}"),
            &location_to_form(&l),
            &Errors::default(),
            q.contains_key("gespeichert"),
        )
        .into_response())
    })
    .await
}

pub(crate) async fn location_edit(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, f| {
        let id = parse_id(&id)?;
        let base = load_location(ctx, s, id)?;
        let action = konto(ctx.tr.lang, &format!("standorte/{id}"));
        save_location(ctx, s, &base, &action, &format!("standorte/{id}"), f)
    })
    .await
}

// --- offers: confirm as current ---

pub(crate) async fn confirm(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, _f| {
        let id = parse_id(&id)?;
        ctx.atlas.confirm_current(&s.actor, id)?;
        Ok(see_other(&konto(ctx.tr.lang, "")))
    })
    .await
}

// --- drafts ---

pub(crate) async fn draft_page(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        let id = parse_id(&id)?;
        let d = ctx.atlas.draft(&s.actor, id)?;
        let tr = &ctx.tr;
        let lang = tr.lang;
        let title = tr.ta("draft-heading", &[("name", d.name.as_str().into())]);
        let edit = match d.kind {
            RecordKind::Service => Some(format!("angebote/{}", d.entity_id)),
            RecordKind::Location => Some(format!("standorte/{}", d.entity_id)),
            RecordKind::Organization => Some(format!("organisationen/{}", d.entity_id)),
            RecordKind::Network => None,
        };
        let own = s.actor.is_member_of(d.organization_id) || s.actor.is_admin();
        let open = matches!(
            d.status,
            atlas_app::ChangeStatus::Draft | atlas_app::ChangeStatus::Rejected
        );
        let changes = atlas_app::diff(None, &d.doc);
        let body = html! {
            h1 { (title) }
            dl {
                dt { (tr.t("draft-kind")) } dd { (tr.label("kind", d.kind.code())) }
                dt { (tr.t("dashboard-status")) } dd { (state_label(tr, d.status.code())) }
                dt { (tr.t("draft-organization")) } dd { (d.organization_name) }
                dt { (tr.t("draft-updated")) } dd { (when(tr, &d.updated_at)) }
                @if let Some(r) = &d.reason { dt { (tr.t("draft-reason")) } dd.reason { (r) } }
            }
            @if own {
                @if let Some(e) = &edit { p { a href=(konto(lang, e)) { (tr.t("draft-edit")) } } }
                form method="post" action=(konto(lang, &format!("entwuerfe/{id}"))) {
                    (csrf_field(s))
                    @if open { button type="submit" name="action" value="submit" { (tr.t("submit-review")) } " " }
                    button type="submit" name="action" value="discard" { (tr.t("draft-discard")) }
                }
            }
            h2 { (tr.t("draft-content")) }
            table {
                thead { tr { th scope="col" { (tr.t("review-field")) } th scope="col" { (tr.t("review-value")) } } }
                tbody { @for c in &changes { tr { th scope="row" { (c.path) } td { (c.new.as_deref().unwrap_or("")) } } } }
            }
        };
        Ok(frame(ctx, Some(s), &title, &format!("entwuerfe/{id}"), body).into_response())
    })
    .await
}

pub(crate) async fn draft_action(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, f| {
        let id = parse_id(&id)?;
        match f.get("action") {
            "submit" => ctx.atlas.submit_draft(&s.actor, id)?,
            "discard" => ctx.atlas.discard_draft(&s.actor, id)?,
            _ => {
                return Err(AppError::InvalidParameter {
                    parameter: "action".into(),
                    message: "submit or discard".into(),
                }
                .into());
            }
        }
        Ok(see_other(&konto(ctx.tr.lang, "")))
    })
    .await
}

// --- networks ---

pub(crate) async fn networks_page(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    Query(q): Params,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        let tr = &ctx.tr;
        let ws = ctx.atlas.workspace(&s.actor)?;
        let orgs: Vec<(String, String)> = ws
            .organizations
            .iter()
            .map(|o| (o.id.to_string(), o.name.clone()))
            .collect();
        let networks: Vec<(String, String)> = ctx
            .atlas
            .network_choices()?
            .into_iter()
            .map(|(id, n)| (id.to_string(), n))
            .collect();
        // The networks each organisation is in now (published organisations only).
        let current: Vec<(String, Vec<atlas_app::NamedRef>)> = ws
            .organizations
            .iter()
            .filter_map(|o| {
                ctx.atlas
                    .provider(o.id)
                    .ok()
                    .map(|p| (o.name.clone(), p.networks))
            })
            .collect();
        let title = tr.t("networks-heading");
        let errors = Errors::default();
        let body = html! {
            h1 { (title) }
            @if q.contains_key("gesendet") { p.thanks role="status" { (tr.t("networks-sent")) } }
            p { (tr.t("networks-intro")) }
            @for (org, networks) in &current {
                h2 { (org) }
                @if networks.is_empty() { p { (tr.t("networks-none")) } } @else {
                    ul { @for n in networks { li { a href=(crate::pages::network_url(tr.lang, &n.id)) { (n.name) } } } }
                }
            }
            @if orgs.is_empty() {
                p { (tr.t("dashboard-empty")) }
            } @else {
                form method="post" action=(konto(tr.lang, "netzwerke")) {
                    (csrf_field(s))
                    (select(&errors, "org", &tr.t("networks-org"), "", &orgs, None))
                    (select(&errors, "network", &tr.t("networks-network"), "", &networks, None))
                    p.buttons {
                        button type="submit" name="action" value="join" { (tr.t("networks-join")) } " "
                        button type="submit" name="action" value="leave" { (tr.t("networks-leave")) }
                    }
                }
            }
        };
        Ok(frame(ctx, Some(s), &title, "netzwerke", body).into_response())
    })
    .await
}

pub(crate) async fn networks_action(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, f| {
        let org = parse_id(f.get("org"))?;
        let network = parse_id(f.get("network"))?;
        let join = f.get("action") != "leave";
        ctx.atlas
            .set_network_membership(&s.actor, network, org, join)?;
        Ok(see_other(&konto(ctx.tr.lang, "netzwerke?gesendet")))
    })
    .await
}

// --- API tokens ---

fn tokens_page_markup(
    ctx: &Ctx<'_>,
    s: &Session,
    new_token: Option<&str>,
    f: &Form,
    errors: &Errors,
) -> Result<Markup, WebError> {
    let tr = &ctx.tr;
    let lang = tr.lang;
    let tokens = ctx.atlas.api_tokens(&s.actor)?;
    let title = tr.t("tokens-heading");
    Ok(frame(
        ctx,
        Some(s),
        &title,
        "tokens",
        html! {
            h1 { (title) }
            p { (tr.t("tokens-intro")) }
            @if let Some(t) = new_token {
                div.thanks role="status" {
                    p { strong { (tr.t("tokens-once")) } }
                    p { code #new-token { (t) } }
                }
            }
            (summary(tr, errors))
            form method="post" action=(konto(lang, "tokens")) novalidate {
                (csrf_field(s))
                input type="hidden" name="action" value="create";
                (input(errors, "name", &tr.t("tokens-name"), f.get("name"), TEXT.required().max(100), None))
                p { button type="submit" { (tr.t("tokens-create")) } }
            }
            @if !tokens.is_empty() {
                table {
                    thead { tr {
                        th scope="col" { (tr.t("tokens-name")) }
                        th scope="col" { (tr.t("tokens-created")) }
                        th scope="col" { (tr.t("tokens-used")) }
                        th scope="col" { (tr.t("dashboard-actions")) }
                    } }
                    tbody {
                        @for t in &tokens {
                            tr {
                                td { (t.name) }
                                td { (when(tr, &t.created_at)) }
                                td { @if let Some(u) = &t.last_used_at { (when(tr, u)) } }
                                td {
                                    @if let Some(r) = &t.revoked_at {
                                        (tr.t("tokens-revoked")) " " (when(tr, r))
                                    } @else {
                                        form.inline method="post" action=(konto(lang, "tokens")) {
                                            (csrf_field(s))
                                            input type="hidden" name="action" value="revoke";
                                            input type="hidden" name="token" value=(t.id);
                                            button type="submit" { (tr.t("tokens-revoke")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
    ))
}

pub(crate) async fn tokens_page(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        Ok(tokens_page_markup(ctx, s, None, &Form::default(), &Errors::default())?.into_response())
    })
    .await
}

pub(crate) async fn tokens_action(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, f| {
        if f.get("action") == "revoke" {
            let id = parse_id(f.get("token"))?;
            ctx.atlas.revoke_api_token(&s.actor, id)?;
            return Ok(see_other(&konto(ctx.tr.lang, "tokens")));
        }
        match ctx.atlas.create_api_token(&s.actor, f.get("name")) {
            Ok((_, token)) => Ok(tokens_page_markup(
                ctx,
                s,
                Some(token.as_str()),
                &Form::default(),
                &Errors::default(),
            )?
            .into_response()),
            Err(AppError::Invalid(errs)) => Ok(respond(
                StatusCode::BAD_REQUEST,
                tokens_page_markup(ctx, s, None, f, &Errors::of(&ctx.tr, &errs))?,
            )),
            Err(e) => Err(e.into()),
        }
    })
    .await
}
