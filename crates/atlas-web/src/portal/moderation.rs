//! The moderators' pages: the review queue (changes, claims and public reports of their
//! regions, oldest first), a change side by side with the published version (approve, or
//! reject with a reason the provider sees), and the audit trail of a record; and the
//! administrators' pages: accounts (role and moderator regions), the outbox and stale offers.

use atlas_app::{AppError, RecordKind, Review, Role, Session};
use atlas_model::Ags;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use super::form::{Errors, Form, TEXT, input, select, summary, textarea};
use super::work::{csrf_field, state_label, when};
use super::{frame, konto, respond, see_other, signed_in, signed_in_post};
use crate::i18n::Tr;
use crate::pages::{date, offer_url, parse_id, provider_url};
use crate::{Ctx, ErrorPage, WebError, WebState};

pub(crate) async fn queue(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        let q = ctx.atlas.review_queue(&s.actor)?;
        let tr = &ctx.tr;
        let lang = tr.lang;
        let title = tr.t("queue-heading");
        let errors = Errors::default();
        let body = html! {
            h1 { (title) }
            section aria-labelledby="changes-h" {
                h2 #changes-h { (tr.t("queue-changes")) }
                @if q.changes.is_empty() { p { (tr.t("queue-empty")) } } @else {
                    table {
                        thead { tr {
                            th scope="col" { (tr.t("label-name")) }
                            th scope="col" { (tr.t("draft-kind")) }
                            th scope="col" { (tr.t("draft-organization")) }
                            th scope="col" { (tr.t("queue-submitted")) }
                        } }
                        tbody {
                            @for d in &q.changes {
                                tr {
                                    td { a href=(konto(lang, &format!("pruefung/{}", d.id))) { (d.name) } }
                                    td { (tr.label("kind", d.kind.code())) @if d.is_new { " (" (tr.t("queue-new")) ")" } }
                                    td { (d.organization_name) }
                                    td { (when(tr, d.submitted_at.as_deref().unwrap_or(&d.updated_at))) }
                                }
                            }
                        }
                    }
                }
            }
            section aria-labelledby="claims-h" {
                h2 #claims-h { (tr.t("queue-claims")) }
                @if q.claims.is_empty() { p { (tr.t("queue-empty")) } }
                @for (i, c) in q.claims.iter().enumerate() {
                    article.claim {
                        h3 { a href=(provider_url(lang, &c.organization_id)) { (c.organization_name) } }
                        p { (c.account_name) " <" (c.account_email) "> – " (when(tr, &c.created_at)) }
                        @if let Some(n) = &c.note { p.note { (n) } }
                        form method="post" action=(konto(lang, "pruefung/antraege")) {
                            (csrf_field(s))
                            input type="hidden" name="account" value=(c.account_id);
                            input type="hidden" name="org" value=(c.organization_id);
                            (input(&errors, &format!("reason-{i}"), &tr.t("review-reason"), "", TEXT.max(2000), Some(&tr.t("review-reason-hint"))))
                            p.buttons {
                                button type="submit" name="decision" value="approve" { (tr.t("claim-approve")) } " "
                                button type="submit" name="decision" value="reject" { (tr.t("claim-reject")) }
                            }
                        }
                    }
                }
            }
            section aria-labelledby="reports-h" {
                h2 #reports-h { (tr.t("queue-reports")) }
                @if q.reports.is_empty() { p { (tr.t("queue-empty")) } }
                @for r in &q.reports {
                    article.report {
                        h3 { a href=(offer_url(lang, &r.offer_id)) { (r.offer_name) } }
                        p { (when(tr, &r.created_at)) @if let Some(e) = &r.email { " – " (e) } }
                        p.message { (r.message) }
                        p {
                            a href=(konto(lang, &format!("verlauf/service/{}", r.offer_id))) { (tr.t("history-link")) }
                        }
                        form.inline method="post" action=(konto(lang, &format!("meldungen/{}/erledigt", r.id))) {
                            (csrf_field(s))
                            button type="submit" { (tr.t("report-done")) }
                        }
                        details {
                            summary { (tr.t("report-withdraw")) }
                            form method="post" action=(konto(lang, &format!("meldungen/{}/offline", r.id))) {
                                (csrf_field(s))
                                @let id = format!("withdraw-{}", r.id);
                                div.field {
                                    label for=(id) { (tr.t("report-withdraw-reason")) }
                                    textarea id=(id) name="reason" required rows="3" maxlength="2000" {}
                                }
                                button type="submit" { (tr.t("report-withdraw-button")) }
                            }
                        }
                    }
                }
            }
        };
        Ok(frame(ctx, Some(s), &title, "pruefung", body).into_response())
    })
    .await
}

fn review_markup(
    ctx: &Ctx<'_>,
    s: &Session,
    r: &Review,
    f: &Form,
    errors: &Errors,
    changed: bool,
) -> Markup {
    let tr = &ctx.tr;
    let lang = tr.lang;
    let d = &r.draft;
    let title = tr.ta("review-heading", &[("name", d.name.as_str().into())]);
    let body = html! {
        h1 { (title) }
        @if changed {
            div.error-summary role="alert" tabindex="-1" { p { (tr.t("review-changed")) } }
        }
        dl {
            dt { (tr.t("draft-kind")) } dd { (tr.label("kind", d.kind.code())) @if d.is_new { " (" (tr.t("queue-new")) ")" } }
            dt { (tr.t("draft-organization")) } dd { (d.organization_name) }
            @if let Some((name, email)) = &r.author {
                dt { (tr.t("review-author")) } dd { (name) " (" a href={ "mailto:" (email) } { (email) } ")" }
            }
            dt { (tr.t("dashboard-status")) } dd { (state_label(tr, d.status.code())) }
            dt { (tr.t("queue-submitted")) } dd { (when(tr, d.submitted_at.as_deref().unwrap_or(&d.updated_at))) }
            dt { (tr.t("review-regions")) } dd { (d.regions.join(", ")) }
        }
        h2 { (tr.t("review-changes")) }
        (diff_table(tr, &r.changes))
        @for (l, changes) in &r.locations {
            h2 { (tr.ta("review-location", &[("name", l.name.as_str().into())])) }
            (diff_table(tr, changes))
        }
        (summary(tr, errors))
        form method="post" action=(konto(lang, &format!("pruefung/{}", d.id))) novalidate {
            (csrf_field(s))
            // The version reviewed: if it is saved again meanwhile, the decision is refused.
            input type="hidden" name="version" value=(d.updated_at);
            p { button type="submit" name="decision" value="approve" { (tr.t("review-approve")) } }
            (textarea(errors, "reason", &tr.t("review-reason"), f.get("reason"), false, Some(&tr.t("review-reason-hint"))))
            p { button type="submit" name="decision" value="reject" { (tr.t("review-reject")) } }
        }
        h2 { (tr.t("history-heading")) }
        (history_table(tr, &r.history))
    };
    frame(ctx, Some(s), &title, &format!("pruefung/{}", d.id), body)
}

fn history_table(tr: &Tr<'_>, entries: &[atlas_app::AuditEntry]) -> Markup {
    // A list rather than a table: it reads on a phone, and every entry says what it is.
    html! {
        @if entries.is_empty() { p { (tr.t("history-empty")) } } @else {
            ol.history reversed {
                @for e in entries.iter().rev() {
                    li {
                        p.meta {
                            span.when { (when(tr, &e.at)) } " · "
                            strong.action { (tr.label("action", &e.action.replace('_', "-"))) } " · "
                            span.who { (who(tr, e)) }
                        }
                        (changed_values(tr, e))
                        // A note in words (a reason, a claim's message); not a reference to a draft.
                        @if let Some(d) = e.detail.as_ref().filter(|d| atlas_model::Id::parse(d).is_err()) {
                            p.detail { (tr.t("history-detail")) ": " (d) }
                        }
                    }
                }
            }
        }
    }
}

/// Changed values side by side: field, published value, new value.
fn diff_table(tr: &Tr<'_>, changes: &[atlas_app::FieldChange]) -> Markup {
    html! {
        table.diff {
            caption { (tr.t("review-changes-caption")) }
            thead { tr {
                th scope="col" { (tr.t("review-field")) }
                th scope="col" { (tr.t("review-old")) }
                th scope="col" { (tr.t("review-new")) }
            } }
            tbody {
                @for c in changes {
                    tr {
                        th scope="row" { (c.path) }
                        td.old { @if let Some(o) = &c.old { del { (o) } } }
                        td.new { @if let Some(n) = &c.new { ins { (n) } } }
                    }
                }
            }
        }
    }
}

/// Who made an entry: the account's name (its id for a deleted account), or the system.
fn who(tr: &Tr<'_>, e: &atlas_app::AuditEntry) -> Markup {
    match (&e.actor_name, &e.actor_id) {
        (Some(name), _) => html! { (name) },
        (None, Some(id)) => html! { (id) },
        (None, None) => html! { (tr.t("history-system")) },
    }
}

/// The values an entry changed, field by field (old → new); long lists fold away.
fn changed_values(tr: &Tr<'_>, e: &atlas_app::AuditEntry) -> Markup {
    let Some(new) = &e.new else {
        return html! {};
    };
    let changes = atlas_app::diff(e.old.as_ref(), new);
    let list = html! {
        ul.changes {
            @for c in &changes {
                li {
                    code { (c.path) } ": "
                    @if let Some(o) = &c.old { del { (o) } " → " }
                    @match &c.new { Some(n) => ins { (n) }, None => (tr.t("history-removed")) }
                }
            }
        }
    };
    match changes.len() {
        0 => html! {},
        1..=5 => list,
        n => html! {
            details {
                summary { (tr.count("history-n-changes", n as u64)) }
                (list)
            }
        },
    }
}

pub(crate) async fn review_page(
    State(state): State<WebState>,
    Path((lang, draft)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        let id = parse_id(&draft)?;
        let r = ctx.atlas.review(&s.actor, id)?;
        Ok(review_markup(ctx, s, &r, &Form::default(), &Errors::default(), false).into_response())
    })
    .await
}

pub(crate) async fn decide(
    State(state): State<WebState>,
    Path((lang, draft)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, f| {
        let id = parse_id(&draft)?;
        let seen = f.get("version");
        let result = match f.get("decision") {
            "approve" => ctx.atlas.approve(&s.actor, id, seen),
            "reject" => ctx.atlas.reject(&s.actor, id, seen, f.get("reason")),
            _ => Err(AppError::InvalidParameter {
                parameter: "decision".into(),
                message: "approve or reject".into(),
            }),
        };
        match result {
            Ok(()) => Ok(see_other(&konto(ctx.tr.lang, "pruefung"))),
            Err(AppError::Invalid(errs)) => {
                let r = ctx.atlas.review(&s.actor, id)?;
                Ok(respond(
                    StatusCode::BAD_REQUEST,
                    review_markup(ctx, s, &r, f, &Errors::of(&ctx.tr, &errs), false),
                ))
            }
            // Saved again while the moderator looked: the new version, to review anew.
            Err(AppError::Conflict {
                code: "changed_since_review",
                ..
            }) => {
                let r = ctx.atlas.review(&s.actor, id)?;
                Ok(respond(
                    StatusCode::CONFLICT,
                    review_markup(ctx, s, &r, &Form::default(), &Errors::default(), true),
                ))
            }
            Err(e) => Err(e.into()),
        }
    })
    .await
}

pub(crate) async fn decide_claim(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, f| {
        let account = parse_id(f.get("account"))?;
        let org = parse_id(f.get("org"))?;
        let approve = f.get("decision") == "approve";
        let reason = f
            .pairs()
            .find(|(k, v)| k.starts_with("reason") && !v.trim().is_empty())
            .map(|(_, v)| v.to_owned())
            .unwrap_or_default();
        ctx.atlas
            .decide_claim(&s.actor, account, org, approve, &reason)?;
        Ok(see_other(&konto(ctx.tr.lang, "pruefung")))
    })
    .await
}

pub(crate) async fn close_report(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, _f| {
        let id = parse_id(&id)?;
        ctx.atlas.close_report(&s.actor, id)?;
        Ok(see_other(&konto(ctx.tr.lang, "pruefung")))
    })
    .await
}

/// Takes a reported offer offline with a reason the provider gets (and closes the report).
pub(crate) async fn withdraw_reported(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, f| {
        let id = parse_id(&id)?;
        ctx.atlas.withdraw_reported(&s.actor, id, f.get("reason"))?;
        Ok(see_other(&konto(ctx.tr.lang, "pruefung")))
    })
    .await
}

pub(crate) async fn history(
    State(state): State<WebState>,
    Path((lang, kind, id)): Path<(String, String, String)>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        let kind = RecordKind::parse(&kind).ok_or_else(|| AppError::NotFound {
            entity: "record kind",
            id: kind.chars().take(20).collect(),
        })?;
        let id = parse_id(&id)?;
        let entries = ctx.atlas.history(&s.actor, kind, id)?;
        let tr = &ctx.tr;
        let title = tr.t("history-heading");
        let body = html! {
            h1 { (title) }
            @let name = entries.iter().rev().find_map(|e| e.new.as_ref()?.get("name")?.as_str());
            p { (tr.label("kind", kind.code())) ": " @if let Some(n) = name { strong { (n) } " " } small { code { (id) } } }
            (history_table(tr, &entries))
        };
        Ok(frame(
            ctx,
            Some(s),
            &title,
            &format!("verlauf/{}/{id}", kind.code()),
            body,
        )
        .into_response())
    })
    .await
}

// --- administrators ---

fn accounts_markup(ctx: &Ctx<'_>, s: &Session, errors: &Errors) -> Result<Markup, WebError> {
    let tr = &ctx.tr;
    let lang = tr.lang;
    let accounts = ctx.atlas.accounts(&s.actor)?;
    let roles: Vec<(String, String)> = Role::ALL
        .iter()
        .map(|r| (r.code().to_owned(), tr.label("account-role", r.code())))
        .collect();
    let title = tr.t("accounts-heading");
    Ok(frame(
        ctx,
        Some(s),
        &title,
        "verwaltung/konten",
        html! {
            h1 { (title) }
            (summary(tr, errors))
            table {
                thead { tr {
                    th scope="col" { (tr.t("label-display-name")) }
                    th scope="col" { (tr.t("label-email")) }
                    th scope="col" { (tr.t("accounts-verified")) }
                    th scope="col" { (tr.t("accounts-role")) }
                } }
                tbody {
                    @for (a, regions) in &accounts {
                        tr {
                            td { (a.display_name) }
                            td { (a.email) }
                            td { @if let Some(v) = &a.verified_at { (when(tr, v)) } @else { "–" } }
                            td {
                                form method="post" action=(konto(lang, "verwaltung/konten")) {
                                    (csrf_field(s))
                                    input type="hidden" name="account" value=(a.id);
                                    (select(errors, &format!("role-{}", a.id), &tr.t("accounts-role"), a.role.code(), &roles, None))
                                    (input(errors, &format!("regions-{}", a.id), &tr.t("accounts-regions"), &regions.join(", "), TEXT.max(500), Some(&tr.t("accounts-regions-hint"))))
                                    button type="submit" { (tr.t("accounts-save")) }
                                }
                            }
                        }
                    }
                }
            }
        },
    ))
}

pub(crate) async fn accounts_page(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        Ok(accounts_markup(ctx, s, &Errors::default())?.into_response())
    })
    .await
}

pub(crate) async fn accounts_action(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, f| {
        let tr = &ctx.tr;
        let account = parse_id(f.get("account"))?;
        let role_field = format!("role-{account}");
        let regions_field = format!("regions-{account}");
        let mut errors = Errors::default();
        let role = Role::parse(f.get(&role_field)).ok();
        if role.is_none() {
            errors.add(&role_field, tr.t("field-error-invalid-choice"));
        }
        let mut regions = Vec::new();
        for raw in f
            .get(&regions_field)
            .split([',', ' ', ';'])
            .map(str::trim)
            .filter(|r| !r.is_empty())
        {
            match Ags::parse(raw) {
                Ok(a) => regions.push(a),
                Err(_) => errors.add(&regions_field, tr.t("field-error-invalid-ags")),
            }
        }
        if let Some(role) = role
            && role != Role::Moderator
            && !regions.is_empty()
        {
            errors.add(
                &regions_field,
                tr.t("field-error-regions-only-for-moderators"),
            );
        }
        if !errors.is_empty() {
            return Ok(respond(
                StatusCode::BAD_REQUEST,
                accounts_markup(ctx, s, &errors)?,
            ));
        }
        let role = role.expect("checked above");
        ctx.atlas
            .set_account_role(&s.actor, account, role, &regions)?;
        Ok(see_other(&konto(tr.lang, "verwaltung/konten")))
    })
    .await
}

pub(crate) async fn outbox(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        let mails = ctx.atlas.outbox(&s.actor, 200)?;
        let tr = &ctx.tr;
        let lang = tr.lang;
        let title = tr.t("outbox-heading");
        let given_up = |m: &atlas_app::Mail| m.sent_at.is_none() && m.attempts >= atlas_app::MAX_MAIL_ATTEMPTS;
        let failed = mails.iter().filter(|m| given_up(m)).count();
        let body = html! {
            h1 { (title) }
            p { (tr.t("outbox-intro")) }
            @if failed > 0 {
                div.error-summary role="alert" { p { (tr.count("outbox-failed", failed as u64)) } }
            }
            @if mails.is_empty() { p { (tr.t("outbox-empty")) } }
            @for m in &mails {
                article.mail {
                    h2 { (m.subject) }
                    dl {
                        dt { (tr.t("outbox-to")) } dd { (m.recipient) }
                        dt { (tr.t("outbox-created")) } dd { (when(tr, &m.created_at)) }
                        dt { (tr.t("outbox-sent")) } dd {
                            @if let Some(at) = &m.sent_at { (when(tr, at)) }
                            @else if given_up(m) { strong.stale { (tr.count("outbox-given-up", m.attempts as u64)) } }
                            @else { (tr.t("outbox-not-sent")) }
                            @if let Some(e) = &m.last_error { " – " (e) }
                        }
                    }
                    @if given_up(m) {
                        form method="post" action=(konto(lang, "verwaltung/postausgang")) {
                            (csrf_field(s))
                            input type="hidden" name="mail" value=(m.id);
                            button type="submit" { (tr.t("outbox-retry")) }
                        }
                    }
                    pre.mail-body lang="de" { (m.body) }
                }
            }
        };
        Ok(frame(ctx, Some(s), &title, "verwaltung/postausgang", body).into_response())
    })
    .await
}

/// An administrator sends a mail that was given up again from the start.
pub(crate) async fn outbox_retry(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, s, f| {
        ctx.atlas.retry_mail(&s.actor, parse_id(f.get("mail"))?)?;
        Ok(see_other(&konto(ctx.tr.lang, "verwaltung/postausgang")))
    })
    .await
}

/// Stale and archived offers (administrators): counted by Kreis and by provider, then listed,
/// optionally for one Kreis (`?kreis=AGS`).
pub(crate) async fn stale(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    signed_in(&state, &lang, &uri.clone(), &headers, move |ctx, s| {
        let all = ctx.atlas.stale_offers(&s.actor)?;
        let query = Form::parse(uri.query().unwrap_or("").as_bytes());
        let kreis = query.get("kreis").to_owned();
        let tr = &ctx.tr;
        let lang = tr.lang;
        let title = tr.t("stale-heading");
        // (stale, archived) per Kreis and per provider.
        let mut by_kreis: std::collections::BTreeMap<(String, String), (usize, usize)> =
            Default::default();
        let mut by_provider: std::collections::BTreeMap<(String, atlas_model::Id), (usize, usize)> =
            Default::default();
        for o in &all {
            let bump = |c: &mut (usize, usize)| if o.expired { c.1 += 1 } else { c.0 += 1 };
            for (ags, name) in &o.kreise {
                bump(by_kreis.entry((name.clone(), ags.clone())).or_default());
            }
            bump(by_provider.entry((o.organization_name.clone(), o.organization_id)).or_default());
        }
        let shown: Vec<_> = all
            .iter()
            .filter(|o| kreis.is_empty() || o.kreise.iter().any(|(a, _)| *a == kreis))
            .collect();
        let page = konto(lang, "verwaltung/veraltet");
        let body = html! {
            h1 { (title) }
            p { (tr.t("stale-intro")) }
            @if all.is_empty() { p { (tr.t("stale-empty")) } } @else {
                h2 { (tr.t("stale-by-region")) }
                table {
                    thead { tr {
                        th scope="col" { (tr.t("review-regions")) }
                        th scope="col" { (tr.t("dashboard-stale")) }
                        th scope="col" { (tr.t("stale-expired")) }
                    } }
                    tbody {
                        @for ((name, ags), (stale, archived)) in &by_kreis {
                            tr {
                                td { a href={ (page) "?kreis=" (ags) } aria-current=[(*ags == kreis).then_some("true")] { (name) } }
                                td { (stale) }
                                td { (archived) }
                            }
                        }
                    }
                }
                h2 { (tr.t("stale-by-provider")) }
                table {
                    thead { tr {
                        th scope="col" { (tr.t("draft-organization")) }
                        th scope="col" { (tr.t("dashboard-stale")) }
                        th scope="col" { (tr.t("stale-expired")) }
                    } }
                    tbody {
                        @for ((name, id), (stale, archived)) in &by_provider {
                            tr {
                                td { a href=(provider_url(lang, id)) { (name) } }
                                td { (stale) }
                                td { (archived) }
                            }
                        }
                    }
                }
                h2 #list-h { (tr.t("stale-list")) }
                @if !kreis.is_empty() {
                    p {
                        (tr.t("stale-filtered")) " "
                        @if let Some(((name, _), _)) = by_kreis.iter().find(|((_, a), _)| *a == kreis) { strong { (name) } " " }
                        a href=(page) { (tr.t("stale-all")) }
                    }
                }
                table aria-labelledby="list-h" {
                    thead { tr {
                        th scope="col" { (tr.t("draft-organization")) }
                        th scope="col" { (tr.t("label-name")) }
                        th scope="col" { (tr.t("review-regions")) }
                        th scope="col" { (tr.t("dashboard-confirmed")) }
                        th scope="col" { (tr.t("dashboard-status")) }
                    } }
                    tbody {
                        @for o in &shown {
                            tr {
                                td { a href=(provider_url(lang, &o.organization_id)) { (o.organization_name) } }
                                td { a href=(konto(lang, &format!("verlauf/service/{}", o.id))) { (o.name) } }
                                td { (o.kreise.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>().join(", ")) }
                                td { @if let Some(c) = o.confirmed_on { (date(tr, c)) } @else { "–" } }
                                td { @if o.expired { (tr.t("stale-expired")) } @else { (tr.t("dashboard-stale")) } }
                            }
                        }
                    }
                }
            }
        };
        Ok(frame(ctx, Some(s), &title, "verwaltung/veraltet", body).into_response())
    })
    .await
}
