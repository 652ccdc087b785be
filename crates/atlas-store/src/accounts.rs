//! Accounts and what hangs on them: moderators' regions, memberships in organisations (a claim
//! is a pending membership), sessions, single-use tokens, API tokens, failed logins and the mail
//! outbox. Secrets arrive here already hashed or digested; this module never sees a password or
//! a token. Who may do what is decided by the caller.

use atlas_model::{Ags, Id, Role};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use crate::records::Tx;
use crate::{Result, StoreError, texts};

/// A timestamp as the store keeps it: RFC 3339 in UTC with milliseconds (sorts as text).
pub fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn corrupt(entity: &'static str, id: &str, reason: impl ToString) -> StoreError {
    StoreError::Corrupt {
        entity,
        id: id.to_owned(),
        reason: reason.to_string(),
    }
}

pub(crate) fn id_of(entity: &'static str, s: &str) -> Result<Id> {
    Id::parse(s).map_err(|e| corrupt(entity, s, e))
}

/// The key an e-mail address is unique by: trimmed and lower-cased.
pub fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A stored account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: Id,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
    pub verified_at: Option<String>,
    pub created_at: String,
}

/// A membership of an account in an organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub account_id: Id,
    pub organization_id: Id,
    /// `pending` (a claim), `active` or `rejected`.
    pub status: String,
    pub note: Option<String>,
    /// The AGS keys of the regions whose moderators decide a claim.
    pub regions: Vec<String>,
    pub created_at: String,
    pub decided_by: Option<Id>,
    pub decided_at: Option<String>,
    pub reason: Option<String>,
}

/// A live session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    pub account_id: Id,
    pub csrf: String,
    pub created_at: String,
    pub expires_at: String,
}

/// An API token's public facts (never the token).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiTokenInfo {
    pub id: Id,
    pub name: String,
    pub created_at: String,
    pub last_used_at: Option<String>,
    pub revoked_at: Option<String>,
}

/// A mail in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub id: Id,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: String,
    pub sent_at: Option<String>,
    pub attempts: i64,
    pub last_error: Option<String>,
}

/// Purposes of single-use tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    VerifyEmail,
    ResetPassword,
}

impl TokenPurpose {
    fn code(self) -> &'static str {
        match self {
            Self::VerifyEmail => "verify_email",
            Self::ResetPassword => "reset_password",
        }
    }
}

fn split_regions(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_owned).collect()
}

const ACCOUNT_COLS: &str = "id, email, display_name, password_hash, role, verified_at, created_at";

fn account_from(row: [Option<String>; 7]) -> Result<Account> {
    let [id, email, name, hash, role, verified, created] = row;
    let id = id.unwrap_or_default();
    Ok(Account {
        id: id_of("account", &id)?,
        role: Role::parse(role.as_deref().unwrap_or_default())
            .map_err(|e| corrupt("account", &id, e))?,
        email: email.unwrap_or_default(),
        display_name: name.unwrap_or_default(),
        password_hash: hash.unwrap_or_default(),
        verified_at: verified,
        created_at: created.unwrap_or_default(),
    })
}

const MEMBERSHIP_COLS: &str = "account_id, organization_id, status, note, regions, created_at, \
     decided_by, decided_at, reason";

fn membership(row: [Option<String>; 9]) -> Result<Membership> {
    let [account, org, status, note, regions, created, by, at, reason] = row;
    Ok(Membership {
        account_id: id_of("membership", &account.unwrap_or_default())?,
        organization_id: id_of("membership", &org.unwrap_or_default())?,
        status: status.unwrap_or_default(),
        note,
        regions: split_regions(&regions.unwrap_or_default()),
        created_at: created.unwrap_or_default(),
        decided_by: by.as_deref().map(|b| id_of("membership", b)).transpose()?,
        decided_at: at,
        reason,
    })
}

impl Tx<'_> {
    /// Creates an account. A second account with the same e-mail address (ignoring case) is a
    /// `Conflict`.
    pub fn insert_account(
        &self,
        email: &str,
        display_name: &str,
        password_hash: &str,
        role: Role,
        verified_at: Option<DateTime<Utc>>,
        at: DateTime<Utc>,
    ) -> Result<Id> {
        let key = email_key(email);
        let taken: bool = self.conn().query_row(
            "SELECT EXISTS(SELECT 1 FROM accounts WHERE email_key = ?1)",
            params![key],
            |r| r.get(0),
        )?;
        if taken {
            return Err(StoreError::Conflict(
                "an account with this e-mail address exists".into(),
            ));
        }
        let id = Id::random();
        self.conn().execute(
            "INSERT INTO accounts (id, email, email_key, display_name, password_hash, role, verified_at, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                id.to_string(),
                email.trim(),
                key,
                display_name,
                password_hash,
                role.code(),
                verified_at.map(ts),
                ts(at)
            ],
        )?;
        Ok(id)
    }

    pub fn account(&self, id: Id) -> Result<Option<Account>> {
        self.conn()
            .prepare_cached(&format!(
                "SELECT {ACCOUNT_COLS} FROM accounts WHERE id = ?1"
            ))?
            .query_row(params![id.to_string()], texts::<7>)
            .optional()?
            .map(account_from)
            .transpose()
    }

    pub fn account_by_email(&self, email: &str) -> Result<Option<Account>> {
        self.conn()
            .prepare_cached(&format!(
                "SELECT {ACCOUNT_COLS} FROM accounts WHERE email_key = ?1"
            ))?
            .query_row(params![email_key(email)], texts::<7>)
            .optional()?
            .map(account_from)
            .transpose()
    }

    /// All accounts, by e-mail address.
    pub fn accounts(&self) -> Result<Vec<Account>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {ACCOUNT_COLS} FROM accounts ORDER BY email_key"
        ))?;
        let rows = stmt.query_map([], texts::<7>)?;
        rows.map(|r| account_from(r?)).collect()
    }

    pub fn set_password_hash(&self, account: Id, hash: &str) -> Result<()> {
        self.conn().execute(
            "UPDATE accounts SET password_hash = ?2 WHERE id = ?1",
            params![account.to_string(), hash],
        )?;
        Ok(())
    }

    pub fn set_role(&self, account: Id, role: Role) -> Result<()> {
        self.conn().execute(
            "UPDATE accounts SET role = ?2 WHERE id = ?1",
            params![account.to_string(), role.code()],
        )?;
        Ok(())
    }

    pub fn mark_verified(&self, account: Id, at: DateTime<Utc>) -> Result<()> {
        self.conn().execute(
            "UPDATE accounts SET verified_at = coalesce(verified_at, ?2) WHERE id = ?1",
            params![account.to_string(), ts(at)],
        )?;
        Ok(())
    }

    /// Replaces a moderator's regions. Each must be in the region table.
    pub fn set_moderator_regions(&self, account: Id, regions: &[Ags]) -> Result<()> {
        let id = account.to_string();
        self.conn().execute(
            "DELETE FROM moderator_regions WHERE account_id = ?1",
            params![id],
        )?;
        for ags in regions {
            self.conn()
                .execute(
                    "INSERT OR IGNORE INTO moderator_regions (account_id, ags) VALUES (?1, ?2)",
                    params![id, ags.as_str()],
                )
                .map_err(|e| match e {
                    rusqlite::Error::SqliteFailure(f, _)
                        if f.code == rusqlite::ErrorCode::ConstraintViolation =>
                    {
                        StoreError::Conflict(format!("unknown region {ags}"))
                    }
                    e => e.into(),
                })?;
        }
        Ok(())
    }

    pub fn moderator_regions(&self, account: Id) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT ags FROM moderator_regions WHERE account_id = ?1 ORDER BY ags",
        )?;
        let rows = stmt.query_map(params![account.to_string()], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    // --- memberships and claims ---

    /// Records a membership (or a claim, `pending`); an existing one is replaced.
    pub fn put_membership(
        &self,
        account: Id,
        org: Id,
        status: &str,
        note: Option<&str>,
        regions: &[String],
        at: DateTime<Utc>,
    ) -> Result<()> {
        self.conn().execute(
            "INSERT INTO memberships (account_id, organization_id, status, note, regions, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT(account_id, organization_id) DO UPDATE SET status = excluded.status,
                note = excluded.note, regions = excluded.regions, created_at = excluded.created_at,
                decided_by = NULL, decided_at = NULL, reason = NULL",
            params![
                account.to_string(),
                org.to_string(),
                status,
                note,
                regions.join(" "),
                ts(at)
            ],
        )?;
        Ok(())
    }

    pub fn decide_membership(
        &self,
        account: Id,
        org: Id,
        status: &str,
        by: Id,
        reason: Option<&str>,
        at: DateTime<Utc>,
    ) -> Result<()> {
        self.conn().execute(
            "UPDATE memberships SET status = ?3, decided_by = ?4, decided_at = ?5, reason = ?6
             WHERE account_id = ?1 AND organization_id = ?2",
            params![
                account.to_string(),
                org.to_string(),
                status,
                by.to_string(),
                ts(at),
                reason
            ],
        )?;
        Ok(())
    }

    pub fn membership(&self, account: Id, org: Id) -> Result<Option<Membership>> {
        self.conn()
            .prepare_cached(&format!(
                "SELECT {MEMBERSHIP_COLS} FROM memberships WHERE account_id = ?1 AND organization_id = ?2"
            ))?
            .query_row(params![account.to_string(), org.to_string()], texts::<9>)
            .optional()?
            .map(membership)
            .transpose()
    }

    /// The memberships of an account (every status), oldest first.
    pub fn memberships_of(&self, account: Id) -> Result<Vec<Membership>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {MEMBERSHIP_COLS} FROM memberships WHERE account_id = ?1 ORDER BY created_at"
        ))?;
        let rows = stmt.query_map(params![account.to_string()], texts::<9>)?;
        rows.map(|r| membership(r?)).collect()
    }

    /// The accounts with an active membership in an organisation.
    pub fn active_members(&self, org: Id) -> Result<Vec<Id>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT account_id FROM memberships WHERE organization_id = ?1 AND status = 'active'",
        )?;
        let rows = stmt.query_map(params![org.to_string()], |r| r.get::<_, String>(0))?;
        rows.map(|r| id_of("membership", &r?)).collect()
    }

    /// Claims waiting for a moderator, oldest first.
    pub fn pending_claims(&self) -> Result<Vec<Membership>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {MEMBERSHIP_COLS} FROM memberships WHERE status = 'pending' ORDER BY created_at"
        ))?;
        let rows = stmt.query_map([], texts::<9>)?;
        rows.map(|r| membership(r?)).collect()
    }

    // --- sessions ---

    pub fn insert_session(
        &self,
        digest: &str,
        account: Id,
        csrf: &str,
        at: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> Result<()> {
        // Expired sessions go when new ones come.
        self.conn().execute(
            "DELETE FROM sessions WHERE expires_at < ?1",
            params![ts(at)],
        )?;
        self.conn().execute(
            "INSERT INTO sessions (digest, account_id, csrf, created_at, expires_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![digest, account.to_string(), csrf, ts(at), ts(expires)],
        )?;
        Ok(())
    }

    /// The session with this digest if it has not expired at `now`.
    pub fn session(&self, digest: &str, now: DateTime<Utc>) -> Result<Option<SessionRow>> {
        let row = self
            .conn()
            .prepare_cached(
                "SELECT account_id, csrf, created_at, expires_at FROM sessions
                 WHERE digest = ?1 AND expires_at > ?2",
            )?
            .query_row(params![digest, ts(now)], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })
            .optional()?;
        row.map(|(a, csrf, created_at, expires_at)| {
            Ok(SessionRow {
                account_id: id_of("session", &a)?,
                csrf,
                created_at,
                expires_at,
            })
        })
        .transpose()
    }

    pub fn delete_session(&self, digest: &str) -> Result<()> {
        self.conn()
            .execute("DELETE FROM sessions WHERE digest = ?1", params![digest])?;
        Ok(())
    }

    /// Ends every session of an account (after a password reset).
    /// Ends every session of an account but the one with `keep` (its digest).
    pub fn delete_other_sessions(&self, account: Id, keep: &str) -> Result<()> {
        self.conn().execute(
            "DELETE FROM sessions WHERE account_id = ?1 AND digest <> ?2",
            params![account.to_string(), keep],
        )?;
        Ok(())
    }

    pub fn delete_sessions_of(&self, account: Id) -> Result<()> {
        self.conn().execute(
            "DELETE FROM sessions WHERE account_id = ?1",
            params![account.to_string()],
        )?;
        Ok(())
    }

    // --- single-use tokens ---

    pub fn insert_one_time_token(
        &self,
        digest: &str,
        account: Id,
        purpose: TokenPurpose,
        at: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> Result<()> {
        self.conn().execute(
            "INSERT INTO one_time_tokens (digest, account_id, purpose, created_at, expires_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                digest,
                account.to_string(),
                purpose.code(),
                ts(at),
                ts(expires)
            ],
        )?;
        Ok(())
    }

    /// Uses a single-use token: when it exists for `purpose`, is unused and has not expired at
    /// `now`, marks it used and returns its account; otherwise `None` and nothing changes.
    pub fn use_one_time_token(
        &self,
        digest: &str,
        purpose: TokenPurpose,
        now: DateTime<Utc>,
    ) -> Result<Option<Id>> {
        let account: Option<String> = self
            .conn()
            .query_row(
                "UPDATE one_time_tokens SET used_at = ?3
                 WHERE digest = ?1 AND purpose = ?2 AND used_at IS NULL AND expires_at > ?3
                 RETURNING account_id",
                params![digest, purpose.code(), ts(now)],
                |r| r.get(0),
            )
            .optional()?;
        account.map(|a| id_of("one_time_token", &a)).transpose()
    }

    /// The account of a single-use token that would be accepted now (to show the form it
    /// unlocks); nothing changes.
    pub fn one_time_token_account(
        &self,
        digest: &str,
        purpose: TokenPurpose,
        now: DateTime<Utc>,
    ) -> Result<Option<Id>> {
        let account: Option<String> = self
            .conn()
            .query_row(
                "SELECT account_id FROM one_time_tokens
                 WHERE digest = ?1 AND purpose = ?2 AND used_at IS NULL AND expires_at > ?3",
                params![digest, purpose.code(), ts(now)],
                |r| r.get(0),
            )
            .optional()?;
        account.map(|a| id_of("one_time_token", &a)).transpose()
    }

    /// Marks every unused single-use token of an account for `purpose` as used (a password
    /// reset makes the other reset links worthless).
    pub fn use_tokens_of(
        &self,
        account: Id,
        purpose: TokenPurpose,
        at: DateTime<Utc>,
    ) -> Result<()> {
        self.conn().execute(
            "UPDATE one_time_tokens SET used_at = ?3
             WHERE account_id = ?1 AND purpose = ?2 AND used_at IS NULL",
            params![account.to_string(), purpose.code(), ts(at)],
        )?;
        Ok(())
    }

    // --- API tokens ---

    /// Revokes every live API token of an account; how many.
    pub fn revoke_api_tokens_of(&self, account: Id, at: DateTime<Utc>) -> Result<usize> {
        Ok(self.conn().execute(
            "UPDATE api_tokens SET revoked_at = ?2 WHERE account_id = ?1 AND revoked_at IS NULL",
            params![account.to_string(), ts(at)],
        )?)
    }

    pub fn insert_api_token(
        &self,
        digest: &str,
        account: Id,
        name: &str,
        at: DateTime<Utc>,
    ) -> Result<Id> {
        let id = Id::random();
        self.conn().execute(
            "INSERT INTO api_tokens (digest, id, account_id, name, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![digest, id.to_string(), account.to_string(), name, ts(at)],
        )?;
        Ok(id)
    }

    /// The account of a live (not revoked) API token, noting its use.
    pub fn use_api_token(&self, digest: &str, now: DateTime<Utc>) -> Result<Option<Id>> {
        let account: Option<String> = self
            .conn()
            .query_row(
                "UPDATE api_tokens SET last_used_at = ?2 WHERE digest = ?1 AND revoked_at IS NULL
                 RETURNING account_id",
                params![digest, ts(now)],
                |r| r.get(0),
            )
            .optional()?;
        account.map(|a| id_of("api_token", &a)).transpose()
    }

    pub fn api_tokens_of(&self, account: Id) -> Result<Vec<ApiTokenInfo>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens
             WHERE account_id = ?1 ORDER BY created_at",
        )?;
        let rows = stmt.query_map(params![account.to_string()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
            ))
        })?;
        rows.map(|r| {
            let (id, name, created_at, last_used_at, revoked_at) = r?;
            Ok(ApiTokenInfo {
                id: id_of("api_token", &id)?,
                name,
                created_at,
                last_used_at,
                revoked_at,
            })
        })
        .collect()
    }

    /// Revokes an account's API token; false when the account has no such live token.
    pub fn revoke_api_token(&self, account: Id, token: Id, at: DateTime<Utc>) -> Result<bool> {
        Ok(self.conn().execute(
            "UPDATE api_tokens SET revoked_at = ?3 WHERE id = ?1 AND account_id = ?2 AND revoked_at IS NULL",
            params![token.to_string(), account.to_string(), ts(at)],
        )? == 1)
    }

    // --- failed logins ---

    /// Notes a failed login under `key` (an e-mail key or a client address) and forgets
    /// failures older than a day.
    pub fn record_login_failure(&self, key: &str, at: DateTime<Utc>) -> Result<()> {
        self.conn().execute(
            "DELETE FROM login_failures WHERE at < ?1",
            params![ts(at - chrono::Duration::days(1))],
        )?;
        self.conn().execute(
            "INSERT INTO login_failures (key, at) VALUES (?1, ?2)",
            params![key, ts(at)],
        )?;
        Ok(())
    }

    /// Failed logins under `key` since `since`: how many, and the oldest.
    pub fn login_failures_since(
        &self,
        key: &str,
        since: DateTime<Utc>,
    ) -> Result<(u32, Option<String>)> {
        Ok(self.conn().query_row(
            "SELECT count(*), min(at) FROM login_failures WHERE key = ?1 AND at >= ?2",
            params![key, ts(since)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    /// Takes back one attempt recorded under `key` at `at` (it succeeded).
    pub fn forget_login_failure(&self, key: &str, at: DateTime<Utc>) -> Result<()> {
        self.conn().execute(
            "DELETE FROM login_failures WHERE rowid =
                 (SELECT rowid FROM login_failures WHERE key = ?1 AND at = ?2 LIMIT 1)",
            params![key, ts(at)],
        )?;
        Ok(())
    }

    pub fn clear_login_failures(&self, key: &str) -> Result<()> {
        self.conn()
            .execute("DELETE FROM login_failures WHERE key = ?1", params![key])?;
        Ok(())
    }

    // --- outbox ---

    /// Puts a mail into the outbox; the sender (or an administrator reading the outbox) takes
    /// it from there. Nothing is ever dropped.
    pub fn queue_mail(
        &self,
        recipient: &str,
        subject: &str,
        body: &str,
        at: DateTime<Utc>,
    ) -> Result<Id> {
        let id = Id::random();
        self.conn().execute(
            "INSERT INTO outbox (id, recipient, subject, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id.to_string(), recipient, subject, body, ts(at)],
        )?;
        Ok(id)
    }

    /// The newest mails, or only the unsent ones (oldest first) when `unsent`.
    pub fn mails(&self, unsent: bool, limit: usize) -> Result<Vec<Mail>> {
        let sql = if unsent {
            "SELECT id, recipient, subject, body, created_at, sent_at, attempts, last_error
             FROM outbox WHERE sent_at IS NULL ORDER BY created_at, rowid LIMIT ?1"
        } else {
            "SELECT id, recipient, subject, body, created_at, sent_at, attempts, last_error
             FROM outbox ORDER BY created_at DESC, rowid DESC LIMIT ?1"
        };
        let mut stmt = self.conn().prepare_cached(sql)?;
        let rows = stmt.query_map(params![limit as i64], |r| MailRow::try_from(r))?;
        rows.map(|r| mail_of(r?)).collect()
    }

    /// Unsent mails due at `now` with fewer than `max_attempts` attempts, oldest first: mails
    /// that failed for good or wait for their next try never block the ones behind them.
    pub fn due_mails(
        &self,
        now: DateTime<Utc>,
        max_attempts: i64,
        limit: usize,
    ) -> Result<Vec<Mail>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, recipient, subject, body, created_at, sent_at, attempts, last_error
             FROM outbox
             WHERE sent_at IS NULL AND attempts < ?2
                 AND (next_attempt_at IS NULL OR next_attempt_at <= ?1)
             ORDER BY created_at, rowid LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![ts(now), max_attempts, limit as i64], |r| {
            MailRow::try_from(r)
        })?;
        rows.map(|r| mail_of(r?)).collect()
    }

    /// Notes a delivery attempt: sent at `at`, or failed with `error` and next tried at
    /// `retry_at`.
    pub fn mail_attempt(
        &self,
        id: Id,
        at: DateTime<Utc>,
        error: Option<&str>,
        retry_at: DateTime<Utc>,
    ) -> Result<()> {
        self.conn().execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?3,
                 sent_at = CASE WHEN ?3 IS NULL THEN ?2 ELSE NULL END,
                 next_attempt_at = CASE WHEN ?3 IS NULL THEN NULL ELSE ?4 END
             WHERE id = ?1",
            params![id.to_string(), ts(at), error, ts(retry_at)],
        )?;
        Ok(())
    }

    /// How many mails with `subject` went to `recipient` since `since` (sent or not).
    pub fn mails_to_since(
        &self,
        recipient: &str,
        subject: &str,
        since: DateTime<Utc>,
    ) -> Result<i64> {
        Ok(self.conn().query_row(
            "SELECT count(*) FROM outbox WHERE recipient = ?1 AND subject = ?2 AND created_at >= ?3",
            params![recipient, subject, ts(since)],
            |r| r.get(0),
        )?)
    }

    /// How often delivery of a mail was tried (`None`: no such mail).
    pub fn mail_attempts(&self, id: Id) -> Result<Option<i64>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT attempts FROM outbox WHERE id = ?1",
                params![id.to_string()],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Sends an unsent mail again from the start (an administrator after fixing the cause);
    /// false when there is no such unsent mail.
    pub fn retry_mail(&self, id: Id) -> Result<bool> {
        Ok(self.conn().execute(
            "UPDATE outbox SET attempts = 0, next_attempt_at = NULL WHERE id = ?1 AND sent_at IS NULL",
            params![id.to_string()],
        )? == 1)
    }
}

type MailRow = (
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    i64,
    Option<String>,
);

fn mail_of(row: MailRow) -> Result<Mail> {
    let (id, recipient, subject, body, created_at, sent_at, attempts, last_error) = row;
    Ok(Mail {
        id: id_of("mail", &id)?,
        recipient,
        subject,
        body,
        created_at,
        sent_at,
        attempts,
        last_error,
    })
}
