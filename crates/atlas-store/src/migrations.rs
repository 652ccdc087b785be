//! Versioned schema migrations, applied in order at open. `PRAGMA user_version` holds the
//! number of migrations applied. A migration is never edited once released; add a new one.

pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: records, regions, change log.
    r#"
    CREATE TABLE regions (
        ags         TEXT PRIMARY KEY,
        level       TEXT NOT NULL CHECK (level IN ('land','regierungsbezirk','kreis','gemeinde','stadtteil')),
        name        TEXT NOT NULL,
        kind        TEXT NOT NULL,
        parent_ags  TEXT REFERENCES regions(ags),
        population  INTEGER,
        area_ha     INTEGER
    ) STRICT;

    CREATE TABLE organizations (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        parent_id   TEXT,
        moderation  TEXT NOT NULL CHECK (moderation IN ('draft','in_review','published','rejected','archived')),
        doc         TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE locations (
        id            TEXT PRIMARY KEY,
        name          TEXT,
        postal_code   TEXT,
        city          TEXT,
        latitude      REAL,
        longitude     REAL,
        gemeinde_ags  TEXT REFERENCES regions(ags),
        step_free     INTEGER NOT NULL,
        doc           TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    ) STRICT;

    CREATE TABLE services (
        id               TEXT PRIMARY KEY,
        organization_id  TEXT NOT NULL REFERENCES organizations(id),
        name             TEXT NOT NULL,
        status           TEXT NOT NULL,
        moderation       TEXT NOT NULL CHECK (moderation IN ('draft','in_review','published','rejected','archived')),
        valid_from       TEXT,
        valid_to         TEXT,
        assured_date     TEXT,
        doc              TEXT NOT NULL,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
    ) STRICT;

    CREATE TABLE service_locations (
        service_id   TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
        location_id  TEXT NOT NULL REFERENCES locations(id),
        PRIMARY KEY (service_id, location_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE service_terms (
        service_id  TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
        taxonomy    TEXT NOT NULL CHECK (taxonomy IN ('handlungsfeld','zielgruppe')),
        code        TEXT NOT NULL,
        PRIMARY KEY (service_id, taxonomy, code)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE service_languages (
        service_id  TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
        code        TEXT NOT NULL,
        PRIMARY KEY (service_id, code)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE service_areas (
        service_id  TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
        ags         TEXT NOT NULL,
        PRIMARY KEY (service_id, ags)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE networks (
        id              TEXT PRIMARY KEY,
        name            TEXT NOT NULL,
        coordinator_id  TEXT REFERENCES organizations(id),
        region_ags      TEXT,
        moderation      TEXT NOT NULL CHECK (moderation IN ('draft','in_review','published','rejected','archived')),
        doc             TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
    ) STRICT;

    CREATE TABLE network_members (
        network_id       TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
        organization_id  TEXT NOT NULL REFERENCES organizations(id),
        role             TEXT NOT NULL,
        PRIMARY KEY (network_id, organization_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE change_log (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        entity     TEXT NOT NULL CHECK (entity IN ('organization','location','service','network','region')),
        entity_id  TEXT NOT NULL,
        op         TEXT NOT NULL CHECK (op IN ('upsert','delete')),
        at         TEXT NOT NULL
    ) STRICT;
    "#,
    // 2: lookup indexes and store-wide settings.
    r#"
    CREATE INDEX services_by_organization ON services(organization_id);
    CREATE INDEX locations_by_gemeinde ON locations(gemeinde_ags);
    CREATE INDEX service_locations_by_location ON service_locations(location_id);
    CREATE INDEX network_members_by_organization ON network_members(organization_id);
    CREATE INDEX regions_by_parent ON regions(parent_ags);
    CREATE INDEX change_log_by_entity ON change_log(entity, entity_id);

    CREATE TABLE meta (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
    ) STRICT;
    "#,
    // 3: residents' reports of mistakes in an offer, for moderators; the change log learns the
    // entity `report` (SQLite cannot alter a CHECK, so the log is copied into a new table).
    r#"
    CREATE TABLE reports (
        id          TEXT PRIMARY KEY,
        service_id  TEXT NOT NULL REFERENCES services(id),
        message     TEXT NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
        email       TEXT CHECK (email IS NULL OR length(email) <= 254),
        status      TEXT NOT NULL CHECK (status IN ('open','done')),
        created_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX reports_by_service ON reports(service_id);

    CREATE TABLE change_log_v3 (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        entity     TEXT NOT NULL CHECK (entity IN ('organization','location','service','network','region','report')),
        entity_id  TEXT NOT NULL,
        op         TEXT NOT NULL CHECK (op IN ('upsert','delete')),
        at         TEXT NOT NULL
    ) STRICT;
    INSERT INTO change_log_v3 (seq, entity, entity_id, op, at)
        SELECT seq, entity, entity_id, op, at FROM change_log ORDER BY seq;
    DROP TABLE change_log;
    ALTER TABLE change_log_v3 RENAME TO change_log;
    CREATE INDEX change_log_by_entity ON change_log(entity, entity_id);
    "#,
    // 4: accounts and moderation. Accounts with roles, moderators' regions, memberships of
    // accounts in organisations (a claim is a pending one), sessions, single-use tokens and API
    // tokens (all stored as SHA-256 digests), failed logins (throttling), the mail outbox,
    // providers' drafts (proposed versions of records) and the audit trail.
    r#"
    CREATE TABLE accounts (
        id             TEXT PRIMARY KEY,
        email          TEXT NOT NULL,
        email_key      TEXT NOT NULL UNIQUE,
        display_name   TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        password_hash  TEXT NOT NULL,
        role           TEXT NOT NULL CHECK (role IN ('provider','moderator','admin')),
        verified_at    TEXT,
        created_at     TEXT NOT NULL
    ) STRICT;

    CREATE TABLE moderator_regions (
        account_id  TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        ags         TEXT NOT NULL REFERENCES regions(ags),
        PRIMARY KEY (account_id, ags)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE memberships (
        account_id       TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        organization_id  TEXT NOT NULL REFERENCES organizations(id),
        status           TEXT NOT NULL CHECK (status IN ('pending','active','rejected')),
        note             TEXT,
        regions          TEXT NOT NULL,
        created_at       TEXT NOT NULL,
        decided_by       TEXT REFERENCES accounts(id),
        decided_at       TEXT,
        reason           TEXT,
        PRIMARY KEY (account_id, organization_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX memberships_by_organization ON memberships(organization_id);

    CREATE TABLE sessions (
        digest      TEXT PRIMARY KEY,
        account_id  TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        csrf        TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        expires_at  TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX sessions_by_account ON sessions(account_id);

    CREATE TABLE one_time_tokens (
        digest      TEXT PRIMARY KEY,
        account_id  TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        purpose     TEXT NOT NULL CHECK (purpose IN ('verify_email','reset_password')),
        created_at  TEXT NOT NULL,
        expires_at  TEXT NOT NULL,
        used_at     TEXT
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE api_tokens (
        digest        TEXT PRIMARY KEY,
        id            TEXT NOT NULL UNIQUE,
        account_id    TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        name          TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        last_used_at  TEXT,
        revoked_at    TEXT
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE login_failures (
        key  TEXT NOT NULL,
        at   TEXT NOT NULL
    ) STRICT;
    CREATE INDEX login_failures_by_key ON login_failures(key, at);

    CREATE TABLE outbox (
        id          TEXT PRIMARY KEY,
        recipient   TEXT NOT NULL,
        subject     TEXT NOT NULL,
        body        TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        sent_at     TEXT,
        attempts    INTEGER NOT NULL DEFAULT 0,
        last_error  TEXT
    ) STRICT;

    CREATE TABLE drafts (
        id               TEXT PRIMARY KEY,
        entity           TEXT NOT NULL CHECK (entity IN ('organization','location','service','network')),
        entity_id        TEXT NOT NULL,
        organization_id  TEXT NOT NULL REFERENCES organizations(id),
        doc              TEXT NOT NULL,
        status           TEXT NOT NULL CHECK (status IN ('draft','in_review','rejected','approved')),
        regions          TEXT NOT NULL,
        reason           TEXT,
        author_id        TEXT NOT NULL REFERENCES accounts(id),
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        submitted_at     TEXT,
        decided_by       TEXT REFERENCES accounts(id),
        decided_at       TEXT
    ) STRICT;
    CREATE UNIQUE INDEX drafts_open ON drafts(entity, entity_id) WHERE status <> 'approved';
    CREATE INDEX drafts_by_organization ON drafts(organization_id, status);
    CREATE INDEX drafts_by_status ON drafts(status, submitted_at);

    CREATE TABLE audit_log (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        at         TEXT NOT NULL,
        actor_id   TEXT,
        action     TEXT NOT NULL,
        entity     TEXT NOT NULL,
        entity_id  TEXT NOT NULL,
        old        TEXT,
        new        TEXT,
        detail     TEXT
    ) STRICT;
    CREATE INDEX audit_log_by_entity ON audit_log(entity, entity_id, seq);
    CREATE INDEX audit_log_by_actor ON audit_log(actor_id, seq);
    "#,
    // 5: mail delivery backs off: a failed mail is next tried at `next_attempt_at`.
    r#"
    ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT;
    CREATE INDEX outbox_due ON outbox(sent_at, next_attempt_at) WHERE sent_at IS NULL;
    "#,
];
