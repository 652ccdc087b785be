//! The moderation workflow through the facade, over a real store in a temp dir: registration and
//! sign-in, drafts, review by region, publication into the search, freshness, the audit trail.

use atlas_app::{
    Actor, AppError, Atlas, ChangeStatus, LinkBase, RecordKind, Role, SearchRequest,
    THROTTLE_FAILURES,
};
use atlas_model::{Ags, Id, Location, Organization, Service};
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use serde_json::json;

const PASSWORD: &str = "Sonne über dem Main-Kinzig-Kreis";

fn links() -> LinkBase {
    LinkBase {
        origin: "https://atlas.example.org".into(),
        lang: "de".into(),
    }
}

struct World {
    _dir: tempfile::TempDir,
    atlas: Atlas,
    admin: Actor,
}

fn world() -> World {
    let dir = tempfile::tempdir().unwrap();
    let atlas = Atlas::open(dir.path())
        .unwrap()
        .with_today(NaiveDate::from_ymd_opt(2026, 12, 2).unwrap());
    atlas.set_clock(Some(Utc.with_ymd_and_hms(2026, 12, 2, 9, 0, 0).unwrap()));
    atlas.load_demo_if_empty().unwrap();
    atlas.start_search().unwrap();
    let admin = atlas
        .create_account(
            "admin@example.org",
            "Admin",
            PASSWORD,
            Role::Admin,
            &[],
            None,
        )
        .unwrap();
    let admin = atlas.actor(admin).unwrap().unwrap();
    World {
        _dir: dir,
        atlas,
        admin,
    }
}

fn moderator(w: &World, email: &str, ags: &str) -> Actor {
    let id = w
        .atlas
        .create_account(
            email,
            "Moderation",
            PASSWORD,
            Role::Moderator,
            &[Ags::parse(ags).unwrap()],
            None,
        )
        .unwrap();
    w.atlas.actor(id).unwrap().unwrap()
}

/// The version of a change a moderator decides (its `updated_at`, as the review shows it).
fn seen(w: &World, draft: Id) -> String {
    w.atlas.review(&w.admin, draft).unwrap().draft.updated_at
}

/// The token in the newest mail to `to` (the link's `token=` parameter).
fn token_from_mail(w: &World, to: &str) -> String {
    let mails = w.atlas.outbox(&w.admin, 100).unwrap();
    let mail = mails
        .iter()
        .find(|m| m.recipient == to)
        .expect("a mail to the address");
    let at = mail.body.find("token=").expect("a link with a token") + 6;
    mail.body[at..at + 64].to_owned()
}

/// Registers, verifies and signs in a provider; returns its actor.
fn provider(w: &World, email: &str) -> Actor {
    w.atlas
        .register(email, "Anbieterin", PASSWORD, &links())
        .unwrap();
    assert!(matches!(
        w.atlas.login(email, PASSWORD, "198.51.100.7", None),
        Err(AppError::EmailNotVerified)
    ));
    w.atlas.verify_email(&token_from_mail(w, email)).unwrap();
    let session = w
        .atlas
        .login(email, PASSWORD, "198.51.100.7", None)
        .unwrap();
    w.atlas
        .session(session.token.as_str())
        .unwrap()
        .unwrap()
        .actor
}

fn organization(name: &str) -> Organization {
    serde_json::from_value(json!({
        "id": Id::random(),
        "name": name,
        "description": "Beratung für Zugewanderte (Demodaten).",
        "email": "kontakt@example.org"
    }))
    .unwrap()
}

fn location(org: Id, postcode: &str, city: &str) -> Location {
    serde_json::from_value(json!({
        "id": Id::random(),
        "location_type": "physical",
        "organization_id": org,
        "name": format!("Beratungsstelle {city}"),
        "addresses": [{
            "id": Id::random(),
            "address_1": "Musterstraße 1",
            "city": city,
            "state_province": "Hessen",
            "postal_code": postcode,
            "country": "DE",
            "address_type": "physical"
        }]
    }))
    .unwrap()
}

fn offer(org: Id, loc: Id, name: &str) -> Service {
    serde_json::from_value(json!({
        "id": Id::random(),
        "organization_id": org,
        "name": name,
        "description": "Offene Sprechstunde zur Anerkennung ausländischer Berufsabschlüsse.",
        "status": "active",
        "service_at_locations": [{"id": Id::random(), "location_id": loc}]
    }))
    .unwrap()
}

fn finds(w: &World, text: &str) -> Vec<String> {
    w.atlas.sync().unwrap();
    w.atlas
        .search(SearchRequest {
            text: text.into(),
            limit: 10,
            ..SearchRequest::default()
        })
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.name)
        .collect()
}

/// A provider's organisation in Wiesbaden, approved by the Wiesbaden moderator; returns the
/// provider (with the organisation) and the organisation's id.
fn approved_org(w: &World, email: &str, wiesbaden: &Actor) -> (Actor, Id) {
    let p = provider(w, email);
    let org = w
        .atlas
        .create_organization(
            &p,
            organization("Migrationsberatung Zitronenfalter"),
            &Ags::parse("06414000").unwrap(),
        )
        .unwrap();
    let p = w.atlas.actor(p.id).unwrap().unwrap();
    assert!(p.is_member_of(org));
    let q = w.atlas.review_queue(wiesbaden).unwrap();
    let d = q
        .changes
        .iter()
        .find(|d| d.entity_id == org)
        .expect("the new organisation is in the queue");
    w.atlas.approve(wiesbaden, d.id, &seen(w, d.id)).unwrap();
    (p, org)
}

#[test]
fn register_verify_create_approve_search_edit_and_the_old_version_stays_public() {
    let w = world();
    let wiesbaden = moderator(&w, "wiesbaden@example.org", "06414000");
    let kassel = moderator(&w, "kassel@example.org", "06611000");
    let (p, org) = approved_org(&w, "anbieterin@example.org", &wiesbaden);

    let loc = location(org, "65183", "Wiesbaden");
    w.atlas.save_location(&p, &loc, false).unwrap();
    let o = offer(org, loc.id, "Anerkennungssprechstunde Zitronenfalter");
    let draft = w.atlas.save_offer(&p, &o, true).unwrap();

    // Submitted, not public: neither in the search nor as a page.
    assert!(
        !finds(&w, "Zitronenfalter")
            .iter()
            .any(|n| n.contains("Anerkennung"))
    );
    assert!(matches!(
        w.atlas.offer(o.id),
        Err(AppError::NotFound { .. })
    ));

    // A provider cannot publish; a Kassel moderator neither sees nor approves it.
    assert!(matches!(
        w.atlas.approve(&p, draft, &seen(&w, draft)),
        Err(AppError::Forbidden { .. })
    ));
    assert!(
        w.atlas
            .review_queue(&kassel)
            .unwrap()
            .changes
            .iter()
            .all(|d| d.id != draft)
    );
    assert!(matches!(
        w.atlas.approve(&kassel, draft, &seen(&w, draft)),
        Err(AppError::Forbidden { .. })
    ));
    assert!(matches!(
        w.atlas.review(&kassel, draft),
        Err(AppError::Forbidden { .. })
    ));

    // The Wiesbaden moderator sees the whole offer as new values, and approves.
    let review = w.atlas.review(&wiesbaden, draft).unwrap();
    assert!(review.published.is_none());
    assert!(
        review
            .changes
            .iter()
            .any(|c| c.path == "name" && c.old.is_none())
    );
    w.atlas
        .approve(&wiesbaden, draft, &seen(&w, draft))
        .unwrap();
    assert!(finds(&w, "Anerkennungssprechstunde").contains(&o.name));
    let view = w.atlas.offer(o.id).unwrap();
    assert_eq!(view.name, o.name);

    // An edit is a draft: the published version stays until it is approved.
    let mut edited = o.clone();
    edited.name = "Anerkennungsberatung Zitronenfalter".into();
    let draft2 = w.atlas.save_offer(&p, &edited, true).unwrap();
    assert_eq!(w.atlas.offer(o.id).unwrap().name, o.name);
    assert!(finds(&w, "Anerkennungssprechstunde").contains(&o.name));
    let review = w.atlas.review(&wiesbaden, draft2).unwrap();
    assert_eq!(review.changes.len(), 1, "{:?}", review.changes);
    assert_eq!(review.changes[0].old.as_deref(), Some(o.name.as_str()));

    // Rejected with a reason the provider sees; still the old version in public.
    w.atlas
        .reject(
            &wiesbaden,
            draft2,
            &seen(&w, draft2),
            "Bitte den Namen nicht ändern",
        )
        .unwrap();
    let ws = w.atlas.workspace(&p).unwrap();
    let mine = ws.organizations[0]
        .offers
        .iter()
        .find(|x| x.id == o.id)
        .unwrap();
    let d = mine.draft.as_ref().unwrap();
    assert_eq!(d.status, ChangeStatus::Rejected);
    assert_eq!(d.reason.as_deref(), Some("Bitte den Namen nicht ändern"));

    // Reworked, submitted again, approved: the new name is public and found.
    w.atlas.submit_draft(&p, draft2).unwrap();
    w.atlas
        .approve(&wiesbaden, draft2, &seen(&w, draft2))
        .unwrap();
    assert_eq!(w.atlas.offer(o.id).unwrap().name, edited.name);
    assert!(finds(&w, "Anerkennungsberatung").contains(&edited.name));

    // The audit trail names who did what, with old and new values.
    let history = w
        .atlas
        .history(&wiesbaden, RecordKind::Service, o.id)
        .unwrap();
    let actions: Vec<&str> = history.iter().map(|e| e.action.as_str()).collect();
    assert!(
        actions.starts_with(&["submit", "approve", "submit", "reject", "submit", "approve"]),
        "{actions:?}"
    );
    let last = history.last().unwrap();
    assert_eq!(last.actor_id, Some(wiesbaden.id));
    assert_eq!(last.old.as_ref().unwrap()["name"], json!(o.name));
    assert_eq!(last.new.as_ref().unwrap()["name"], json!(edited.name));
}

#[test]
fn providers_see_and_change_only_their_own_organisations() {
    let w = world();
    let wiesbaden = moderator(&w, "wiesbaden@example.org", "06414000");
    let (a, org_a) = approved_org(&w, "a@example.org", &wiesbaden);
    let b = provider(&w, "b@example.org");
    let loc = location(org_a, "65183", "Wiesbaden");
    let o = offer(org_a, loc.id, "Sprachcafé Zitronenfalter");
    w.atlas.save_location(&a, &loc, false).unwrap();
    let draft = w.atlas.save_offer(&a, &o, false).unwrap();

    // B can neither read A's draft or records, nor write them.
    assert!(matches!(
        w.atlas.draft(&b, draft),
        Err(AppError::NotFound { .. })
    ));
    assert!(matches!(
        w.atlas.record_for_edit(&b, RecordKind::Service, o.id),
        Err(AppError::NotFound { .. })
    ));
    let mut hijack = o.clone();
    hijack.name = "<script>alert(1)</script>".into();
    assert!(w.atlas.save_offer(&b, &hijack, true).is_err());
    assert!(matches!(
        w.atlas.submit_draft(&b, draft),
        Err(AppError::NotFound { .. })
    ));
    assert!(matches!(
        w.atlas.discard_draft(&b, draft),
        Err(AppError::NotFound { .. })
    ));
    // Nothing changed.
    let (doc, view) = w
        .atlas
        .record_for_edit(&a, RecordKind::Service, o.id)
        .unwrap();
    assert_eq!(doc["name"], json!(o.name));
    assert_eq!(view.unwrap().status, ChangeStatus::Draft);
    // B cannot put an offer into A's organisation, nor at A's location from its own.
    let mut foreign = offer(org_a, loc.id, "Fremdes Angebot");
    assert!(matches!(
        w.atlas.save_offer(&b, &foreign, true),
        Err(AppError::Forbidden { .. })
    ));
    let org_b = w
        .atlas
        .create_organization(
            &b,
            organization("Verein B"),
            &Ags::parse("06414000").unwrap(),
        )
        .unwrap();
    let b = w.atlas.actor(b.id).unwrap().unwrap();
    foreign.organization_id = org_b;
    assert!(matches!(
        w.atlas.save_offer(&b, &foreign, true),
        Err(AppError::Invalid(_))
    ));
    // Confirming A's offer is not B's to do either.
    assert!(w.atlas.confirm_current(&b, o.id).is_err());
}

#[test]
fn the_tenth_wrong_password_in_a_minute_is_throttled() {
    let w = world();
    let p = provider(&w, "p@example.org");
    for i in 0..THROTTLE_FAILURES {
        assert!(
            matches!(
                w.atlas
                    .login(&p.email, "falsches Passwort!", "203.0.113.9", None),
                Err(AppError::BadCredentials)
            ),
            "attempt {i}"
        );
    }
    // Throttled, even with the right password.
    let e = w
        .atlas
        .login(&p.email, PASSWORD, "203.0.113.9", None)
        .unwrap_err();
    let AppError::Throttled { retry_after_secs } = e else {
        panic!("expected throttling, got {e:?}")
    };
    assert!((1..=60).contains(&retry_after_secs));
    // A minute later it works again, and clears the failures.
    w.atlas
        .set_clock(Some(w.atlas.now() + Duration::seconds(61)));
    assert!(
        w.atlas
            .login(&p.email, PASSWORD, "203.0.113.9", None)
            .is_ok()
    );
}

#[test]
fn a_reset_token_works_once_and_expires_and_ends_old_sessions() {
    let w = world();
    let p = provider(&w, "r@example.org");
    let before = w
        .atlas
        .login(&p.email, PASSWORD, "192.0.2.1", None)
        .unwrap();
    w.atlas.request_password_reset(&p.email, &links()).unwrap();
    let token = token_from_mail(&w, &p.email);
    assert!(w.atlas.reset_token_valid(&token).unwrap());
    let new = "Neues langes Passwort für Hanau";
    w.atlas.reset_password(&token, new).unwrap();
    assert!(w.atlas.session(before.token.as_str()).unwrap().is_none());
    assert!(matches!(
        w.atlas.reset_password(&token, "Noch ein anderes Passwort"),
        Err(AppError::InvalidToken)
    ));
    assert!(w.atlas.login(&p.email, new, "192.0.2.1", None).is_ok());

    // A second link expires after an hour.
    w.atlas.request_password_reset(&p.email, &links()).unwrap();
    let token = token_from_mail(&w, &p.email);
    w.atlas
        .set_clock(Some(w.atlas.now() + Duration::minutes(61)));
    assert!(!w.atlas.reset_token_valid(&token).unwrap());
    assert!(matches!(
        w.atlas
            .reset_password(&token, "Wieder ein anderes Passwort"),
        Err(AppError::InvalidToken)
    ));
    // Unknown addresses get the same answer and no mail.
    let mails = w.atlas.outbox(&w.admin, 1000).unwrap().len();
    w.atlas
        .request_password_reset("niemand@example.org", &links())
        .unwrap();
    assert_eq!(w.atlas.outbox(&w.admin, 1000).unwrap().len(), mails);
}

#[test]
fn a_session_from_before_login_is_worthless_after_it() {
    let w = world();
    let p = provider(&w, "s@example.org");
    let first = w
        .atlas
        .login(&p.email, PASSWORD, "192.0.2.1", None)
        .unwrap();
    let second = w
        .atlas
        .login(&p.email, PASSWORD, "192.0.2.1", Some(first.token.as_str()))
        .unwrap();
    assert_ne!(first.token, second.token);
    assert!(w.atlas.session(first.token.as_str()).unwrap().is_none());
    assert!(w.atlas.session(second.token.as_str()).unwrap().is_some());
    w.atlas.logout(second.token.as_str()).unwrap();
    assert!(w.atlas.session(second.token.as_str()).unwrap().is_none());
}

#[test]
fn claims_are_decided_by_moderators_of_the_region() {
    let w = world();
    let wiesbaden = moderator(&w, "wiesbaden@example.org", "06414000");
    let (_, org) = approved_org(&w, "owner@example.org", &wiesbaden);
    let kassel = moderator(&w, "kassel@example.org", "06611000");
    let c = provider(&w, "claimant@example.org");
    w.atlas
        .claim_organization(&c, org, "Ich leite die Beratungsstelle.")
        .unwrap();
    assert!(w.atlas.review_queue(&kassel).unwrap().claims.is_empty());
    assert!(matches!(
        w.atlas.decide_claim(&kassel, c.id, org, true, ""),
        Err(AppError::Forbidden { .. })
    ));
    assert_eq!(w.atlas.review_queue(&wiesbaden).unwrap().claims.len(), 1);
    w.atlas
        .decide_claim(&wiesbaden, c.id, org, true, "")
        .unwrap();
    assert!(w.atlas.actor(c.id).unwrap().unwrap().is_member_of(org));
}

#[test]
fn unconfirmed_offers_are_flagged_reminded_archived_and_come_back_when_confirmed() {
    let w = world();
    let wiesbaden = moderator(&w, "wiesbaden@example.org", "06414000");
    let (p, org) = approved_org(&w, "f@example.org", &wiesbaden);
    let loc = location(org, "65183", "Wiesbaden");
    w.atlas.save_location(&p, &loc, false).unwrap();
    let o = offer(org, loc.id, "Hausaufgabenhilfe Zitronenfalter");
    let d = w.atlas.save_offer(&p, &o, true).unwrap();
    w.atlas.approve(&wiesbaden, d, &seen(&w, d)).unwrap();
    let dir = w._dir.path().to_owned();
    let later = |months: u32| {
        Atlas::open(&dir).unwrap().with_today(
            NaiveDate::from_ymd_opt(2026, 12, 2)
                .unwrap()
                .checked_add_months(chrono::Months::new(months))
                .unwrap(),
        )
    };
    let a13 = later(13);
    let r = a13.freshness_sweep().unwrap();
    assert!(r.reminded >= 1, "{r:?}");
    assert_eq!(
        a13.freshness_sweep().unwrap().reminded,
        0,
        "one reminder a month"
    );
    let stale = a13.stale_offers(&w.admin).unwrap();
    assert!(stale.iter().any(|s| s.id == o.id && !s.expired));
    let a16 = later(16);
    a16.freshness_sweep().unwrap();
    assert!(matches!(a16.offer(o.id), Err(AppError::NotFound { .. })));
    assert!(
        a16.stale_offers(&w.admin)
            .unwrap()
            .iter()
            .any(|s| s.id == o.id && s.expired)
    );
    a16.confirm_current(&p, o.id).unwrap();
    assert_eq!(a16.offer(o.id).unwrap().name, o.name);
}

#[test]
fn nobody_decides_their_own_change_and_an_edit_stays_with_the_published_region() {
    let w = world();
    let wiesbaden = moderator(&w, "wiesbaden@example.org", "06414000");
    let wiesbaden2 = moderator(&w, "wiesbaden2@example.org", "06414000");
    let kassel = moderator(&w, "kassel@example.org", "06611000");

    // A moderator's own organisation: they cannot approve it, a colleague can.
    let org = w
        .atlas
        .create_organization(
            &wiesbaden,
            organization("Verein der Moderatorin"),
            &Ags::parse("06414000").unwrap(),
        )
        .unwrap();
    let me = w.atlas.actor(wiesbaden.id).unwrap().unwrap();
    let d = w.atlas.review_queue(&me).unwrap().changes[0].id;
    assert!(matches!(
        w.atlas.approve(&me, d, &seen(&w, d)),
        Err(AppError::Forbidden { .. })
    ));
    assert!(matches!(w.atlas.approve(&w.admin, d, &seen(&w, d)), Ok(())));
    let _ = org;

    // A moderator cannot confirm their own claim.
    let (_, other) = approved_org(&w, "owner@example.org", &wiesbaden2);
    w.atlas
        .claim_organization(&wiesbaden, other, "Ich bin auch dabei.")
        .unwrap();
    assert!(matches!(
        w.atlas
            .decide_claim(&wiesbaden, wiesbaden.id, other, true, ""),
        Err(AppError::Forbidden { .. })
    ));
    // The members heard of the claim.
    let mails = w.atlas.outbox(&w.admin, 100).unwrap();
    assert!(
        mails
            .iter()
            .any(|m| m.recipient == "owner@example.org" && m.body.contains("wiesbaden@example.org"))
    );

    // A published Wiesbaden offer edited to serve Kassel too is still Wiesbaden's to decide.
    let (p, org) = approved_org(&w, "anbieter@example.org", &wiesbaden2);
    let loc = location(org, "65183", "Wiesbaden");
    w.atlas.save_location(&p, &loc, false).unwrap();
    let mut o = offer(org, loc.id, "Sprachcafé Zitronenfalter");
    let d = w.atlas.save_offer(&p, &o, true).unwrap();
    // The new location went to review with the offer and is shown with it.
    let review = w.atlas.review(&wiesbaden2, d).unwrap();
    assert_eq!(review.locations.len(), 1);
    assert_eq!(
        review.author.as_ref().map(|(_, e)| e.as_str()),
        Some("anbieter@example.org")
    );
    w.atlas.approve(&wiesbaden2, d, &seen(&w, d)).unwrap();
    o.service_areas = serde_json::from_value(json!([
        {"id": Id::random(), "name": "Kassel", "x_ags": "06611000"}
    ]))
    .unwrap();
    let d = w.atlas.save_offer(&p, &o, true).unwrap();
    assert!(matches!(
        w.atlas.approve(&kassel, d, &seen(&w, d)),
        Err(AppError::Forbidden { .. })
    ));
    w.atlas.approve(&wiesbaden2, d, &seen(&w, d)).unwrap();
}

#[test]
fn a_password_reset_revokes_api_tokens_and_the_other_reset_links() {
    let w = world();
    let p = provider(&w, "tokens@example.org");
    let (_, api) = w.atlas.create_api_token(&p, "Warenwirtschaft").unwrap();
    assert!(w.atlas.api_actor(api.as_str()).is_ok());
    w.atlas.request_password_reset(&p.email, &links()).unwrap();
    let first = token_from_mail(&w, &p.email);
    w.atlas.request_password_reset(&p.email, &links()).unwrap();
    let second = token_from_mail(&w, &p.email);
    assert_ne!(first, second);
    w.atlas
        .reset_password(&second, "Ein ganz neues Passwort für Gelnhausen")
        .unwrap();
    assert!(w.atlas.api_actor(api.as_str()).is_err());
    assert!(!w.atlas.reset_token_valid(&first).unwrap());
    // The owner is told.
    let mails = w.atlas.outbox(&w.admin, 5).unwrap();
    assert!(
        mails
            .iter()
            .any(|m| m.recipient == p.email && m.body.contains("1 API-Schlüssel widerrufen"))
    );
    // A fourth reset mail within the hour is not sent (same answer, no mail).
    for _ in 0..3 {
        w.atlas.request_password_reset(&p.email, &links()).unwrap();
    }
    let resets = w
        .atlas
        .outbox(&w.admin, 100)
        .unwrap()
        .into_iter()
        .filter(|m| m.recipient == p.email && m.subject.contains("Passwort zurücksetzen"))
        .count();
    assert_eq!(resets as i64, atlas_app::ACCOUNT_MAILS_PER_HOUR);
}

#[test]
fn a_mail_that_keeps_failing_backs_off_gives_up_and_never_blocks_newer_mail() {
    let w = world();
    let p = provider(&w, "mail@example.org");
    let _ = p;
    let first = w.atlas.pending_mails(100).unwrap();
    assert!(!first.is_empty());
    let stuck = first[0].id;
    // Fails now: not tried again before its delay has passed.
    w.atlas
        .record_mail_attempt(stuck, Some("550 mailbox unavailable"))
        .unwrap();
    assert!(
        w.atlas
            .pending_mails(100)
            .unwrap()
            .iter()
            .all(|m| m.id != stuck)
    );
    // Failing every time it is due, it is given up after MAX_MAIL_ATTEMPTS.
    for _ in 1..atlas_app::MAX_MAIL_ATTEMPTS {
        w.atlas.set_clock(Some(w.atlas.now() + Duration::hours(7)));
        assert!(
            w.atlas
                .pending_mails(100)
                .unwrap()
                .iter()
                .any(|m| m.id == stuck)
        );
        w.atlas
            .record_mail_attempt(stuck, Some("550 mailbox unavailable"))
            .unwrap();
    }
    w.atlas.set_clock(Some(w.atlas.now() + Duration::hours(7)));
    // Given up mails do not hold up newer ones, even many of them.
    w.atlas
        .request_password_reset("mail@example.org", &links())
        .unwrap();
    let due = w.atlas.pending_mails(1).unwrap();
    assert_eq!(due.len(), 1);
    assert_ne!(due[0].id, stuck);
    // An administrator sends it again; a provider may not.
    assert!(matches!(
        w.atlas.retry_mail(&p, stuck),
        Err(AppError::Forbidden { .. })
    ));
    w.atlas.retry_mail(&w.admin, stuck).unwrap();
    assert!(
        w.atlas
            .pending_mails(100)
            .unwrap()
            .iter()
            .any(|m| m.id == stuck)
    );
    assert_eq!(
        atlas_app::mail_retry_delay(0),
        Duration::seconds(30),
        "the first retry comes soon"
    );
    assert_eq!(atlas_app::mail_retry_delay(30), Duration::hours(6));
}

#[test]
fn a_moderator_takes_a_reported_offer_offline_with_a_reason() {
    let w = world();
    let wiesbaden = moderator(&w, "wiesbaden@example.org", "06414000");
    let kassel = moderator(&w, "kassel@example.org", "06611000");
    let (p, org) = approved_org(&w, "melde@example.org", &wiesbaden);
    let loc = location(org, "65183", "Wiesbaden");
    w.atlas.save_location(&p, &loc, false).unwrap();
    let o = offer(org, loc.id, "Deutschtreff Zitronenfalter");
    let d = w.atlas.save_offer(&p, &o, true).unwrap();
    w.atlas.approve(&wiesbaden, d, &seen(&w, d)).unwrap();
    w.atlas.sync().unwrap();
    assert!(finds(&w, "Deutschtreff").contains(&o.name));
    let report = w
        .atlas
        .report_mistake(o.id, "Das Angebot gibt es nicht mehr.", None)
        .unwrap();
    assert!(matches!(
        w.atlas
            .withdraw_reported(&kassel, report, "Gibt es nicht mehr."),
        Err(AppError::Forbidden { .. })
    ));
    assert!(matches!(
        w.atlas.withdraw_reported(&wiesbaden, report, " "),
        Err(AppError::Invalid(_))
    ));
    w.atlas
        .withdraw_reported(&wiesbaden, report, "Laut Meldung eingestellt.")
        .unwrap();
    w.atlas.sync().unwrap();
    assert!(!finds(&w, "Deutschtreff").contains(&o.name));
    assert!(matches!(
        w.atlas.offer(o.id),
        Err(AppError::NotFound { .. })
    ));
    assert!(w.atlas.review_queue(&wiesbaden).unwrap().reports.is_empty());
    // Confirming does not bring it back; an edit approved by a moderator does.
    assert!(w.atlas.confirm_current(&p, o.id).is_err());
    let d = w.atlas.save_offer(&p, &o, true).unwrap();
    w.atlas.approve(&wiesbaden, d, &seen(&w, d)).unwrap();
    assert!(w.atlas.offer(o.id).is_ok());
    let mails = w.atlas.outbox(&w.admin, 50).unwrap();
    assert!(mails.iter().any(
        |m| m.recipient == "melde@example.org" && m.body.contains("Laut Meldung eingestellt.")
    ));
}

#[test]
fn the_last_administrator_stays_one() {
    let w = world();
    assert!(matches!(
        w.atlas
            .set_account_role(&w.admin, w.admin.id, Role::Provider, &[]),
        Err(AppError::Conflict { .. })
    ));
}

#[test]
fn a_rejected_network_request_blocks_nobody() {
    let w = world();
    let wiesbaden = moderator(&w, "wiesbaden@example.org", "06414000");
    let (a, org_a) = approved_org(&w, "a@example.org", &wiesbaden);
    let (b, org_b) = approved_org(&w, "b@example.org", &wiesbaden);
    let (network, _) = w.atlas.network_choices().unwrap()[0].clone();
    let d = w
        .atlas
        .set_network_membership(&a, network, org_a, true)
        .unwrap();
    // While A's request waits, B's must wait too.
    assert!(matches!(
        w.atlas.set_network_membership(&b, network, org_b, true),
        Err(AppError::Conflict { .. })
    ));
    w.atlas
        .reject(
            &w.admin,
            d,
            &seen(&w, d),
            "Bitte erst mit der Koordination sprechen.",
        )
        .unwrap();
    // Rejected, it blocks nobody: B asks, and B's request holds B only.
    let d = w
        .atlas
        .set_network_membership(&b, network, org_b, true)
        .unwrap();
    let review = w.atlas.review(&w.admin, d).unwrap();
    let members = review.draft.doc["members"].as_array().unwrap();
    assert!(
        members
            .iter()
            .any(|m| m["organization_id"] == org_b.to_string())
    );
    assert!(
        !members
            .iter()
            .any(|m| m["organization_id"] == org_a.to_string())
    );
}
