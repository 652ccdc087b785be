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
];
