//! Accounts: registration with e-mail verification, sign-in with throttling and temporary
//! lock-out, sessions, password reset, API tokens, and the administrators' account management.
//! Every mail goes into the store's outbox (see `mail.rs`); nothing is sent from here.

use atlas_auth::{Token, check_password, hash_password, verify_password, waste_password_check};
use atlas_model::{Ags, Email, Id, Role};
use atlas_store::{Account, StoreError, TokenPurpose};
use chrono::{DateTime, Duration, Utc};

use crate::error::Problems;
use crate::{AppError, Atlas};

/// How long a session lasts without signing in again.
pub const SESSION_HOURS: i64 = 12;
/// How long an e-mail verification link works.
pub const VERIFY_HOURS: i64 = 48;
/// How long a password reset link works.
pub const RESET_MINUTES: i64 = 60;
/// Failed sign-ins for one e-mail address (or from one client) within [`THROTTLE_WINDOW_SECS`]
/// after which further attempts are refused until the window has passed.
pub const THROTTLE_FAILURES: u32 = 9;
pub const THROTTLE_WINDOW_SECS: i64 = 60;
/// Failed sign-ins within [`LOCKOUT_WINDOW_MINUTES`] that lock the address for that long.
pub const LOCKOUT_FAILURES: u32 = 30;
pub const LOCKOUT_WINDOW_MINUTES: i64 = 15;
/// Longest display name.
pub const MAX_NAME_CHARS: usize = 200;

/// A signed-in account with what it may touch: its organisations (active memberships) and, for
/// moderators, its regions. Built fresh for every request from the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: Id,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub organizations: Vec<Id>,
    /// AGS keys of a moderator's regions.
    pub regions: Vec<String>,
}

impl Actor {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    pub fn is_moderator(&self) -> bool {
        matches!(self.role, Role::Moderator | Role::Admin)
    }

    pub fn is_member_of(&self, org: Id) -> bool {
        self.organizations.contains(&org)
    }
}

/// A new session: the token goes into the cookie, the CSRF token into every form.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub token: Token,
    pub csrf: String,
    pub expires: DateTime<Utc>,
}

/// A session found by its token.
#[derive(Debug, Clone)]
pub struct Session {
    pub actor: Actor,
    pub csrf: String,
}

/// Where the links in mails point: the public origin and the reader's language, e.g.
/// `https://atlas.example.org` and `de`.
#[derive(Debug, Clone)]
pub struct LinkBase {
    pub origin: String,
    pub lang: String,
}

impl LinkBase {
    fn link(&self, path: &str, token: &Token) -> String {
        format!(
            "{}/{}/konto/{path}?token={}",
            self.origin.trim_end_matches('/'),
            self.lang,
            token.as_str()
        )
    }
}

fn parse_email(p: &mut Problems, raw: &str) -> Option<Email> {
    match Email::parse(raw) {
        Ok(e) => Some(e),
        Err(e) => {
            let code = if raw.trim().is_empty() {
                "required"
            } else {
                "invalid_email"
            };
            p.add("email", code, e.to_string());
            None
        }
    }
}

fn check_new_password(p: &mut Problems, field: &str, password: &str, email: &str) {
    if let Err(w) = check_password(password, email) {
        p.add(field, w.code(), w.to_string());
    }
}

fn hash(password: &str) -> Result<String, AppError> {
    hash_password(password).map_err(|e| AppError::Internal(e.to_string()))
}

fn token() -> Result<Token, AppError> {
    Token::generate().map_err(|e| AppError::Internal(e.to_string()))
}

impl Atlas {
    /// The current time (fixed in tests with [`Atlas::set_clock`]).
    pub fn now(&self) -> DateTime<Utc> {
        self.clock
            .lock()
            .ok()
            .and_then(|c| *c)
            .unwrap_or_else(Utc::now)
    }

    /// Fixes the clock (tests of expiry and throttling); `None` returns to the real time.
    #[doc(hidden)]
    pub fn set_clock(&self, now: Option<DateTime<Utc>>) {
        if let Ok(mut c) = self.clock.lock() {
            *c = now;
        }
    }

    /// Registers a provider account and mails a verification link. For an address that has
    /// an account already, the owner gets a mail saying so instead, and the caller sees the
    /// same success (nobody learns which addresses have accounts).
    pub fn register(
        &self,
        email: &str,
        display_name: &str,
        password: &str,
        links: &LinkBase,
    ) -> Result<(), AppError> {
        let mut p = Problems::default();
        let email = parse_email(&mut p, email);
        let name = display_name.trim();
        if name.is_empty() {
            p.add("display_name", "required", "enter your name");
        } else if name.chars().count() > MAX_NAME_CHARS {
            p.add(
                "display_name",
                "too_long",
                format!("at most {MAX_NAME_CHARS} characters"),
            );
        }
        check_new_password(
            &mut p,
            "password",
            password,
            email.as_ref().map_or("", Email::as_str),
        );
        p.finish()?;
        let email = email.expect("checked above");
        let now = self.now();
        let existing = self
            .store()?
            .read(|tx| tx.account_by_email(email.as_str()))?;
        if let Some(existing) = existing {
            // As slow as a new registration: the answer's timing tells nobody the address is taken.
            let _ = hash(password)?;
            self.store()?.write(|tx| {
                const SUBJECT: &str = "Integrationsatlas: Ihr Konto besteht bereits / your account exists";
                if !mail_allowed(tx, &existing.email, SUBJECT, now)? {
                    return Ok(());
                }
                tx.queue_mail(
                    &existing.email,
                    SUBJECT,
                    &format!(
                        "Jemand wollte mit dieser Adresse ein Konto anlegen. Sie haben schon eines.\n\
                         Passwort vergessen? {}/{}/konto/passwort-vergessen\n\n\
                         Someone tried to register with this address; you have an account already.\n",
                        links.origin.trim_end_matches('/'),
                        links.lang
                    ),
                    now,
                )?;
                Ok::<_, StoreError>(())
            })?;
            return Ok(());
        }
        let password_hash = hash(password)?;
        let verify = token()?;
        let id = self.store()?.write(|tx| {
            let id = tx.insert_account(email.as_str(), name, &password_hash, Role::Provider, None, now)?;
            tx.insert_one_time_token(
                &verify.digest(),
                id,
                TokenPurpose::VerifyEmail,
                now,
                now + Duration::hours(VERIFY_HOURS),
            )?;
            tx.queue_mail(
                email.as_str(),
                "Integrationsatlas: E-Mail-Adresse bestätigen / confirm your e-mail address",
                &format!(
                    "Bitte bestätigen Sie Ihre Adresse (der Link gilt {VERIFY_HOURS} Stunden):\n{}\n\n\
                     Please confirm your address (the link works for {VERIFY_HOURS} hours).\n",
                    links.link("bestaetigen", &verify)
                ),
                now,
            )?;
            tx.audit(Some(id), "register", "account", &id.to_string(), None, None, None, now)?;
            Ok::<_, StoreError>(id)
        })?;
        tracing::info!(account.id = %id, "account registered");
        Ok(())
    }

    /// Confirms an e-mail address with the link's token (once; it expires).
    pub fn verify_email(&self, token: &str) -> Result<(), AppError> {
        let token = Token::parse(token).ok_or(AppError::InvalidToken)?;
        let now = self.now();
        self.store()?.write(|tx| {
            let account = tx
                .use_one_time_token(&token.digest(), TokenPurpose::VerifyEmail, now)?
                .ok_or(AppError::InvalidToken)?;
            tx.mark_verified(account, now)?;
            tx.audit(
                Some(account),
                "verify_email",
                "account",
                &account.to_string(),
                None,
                None,
                None,
                now,
            )?;
            Ok(())
        })
    }

    /// Signs in: checks throttling (per address and per client), the password and the
    /// verification, ends the session the browser had before (`previous`) and starts a new one.
    pub fn login(
        &self,
        email: &str,
        password: &str,
        client: &str,
        previous: Option<&str>,
    ) -> Result<NewSession, AppError> {
        let now = self.now();
        let key = format!("email:{}", atlas_store::email_key(email));
        let client_key = format!("client:{client}");
        // The check and the attempt are one write: parallel attempts each count, so no burst
        // of requests slips under the limit while passwords are checked. A successful attempt
        // is taken back afterwards.
        let account = self.store()?.write(|tx| {
            for k in [&key, &client_key] {
                let (n, oldest) =
                    tx.login_failures_since(k, now - Duration::seconds(THROTTLE_WINDOW_SECS))?;
                // The client limit is wider: several people may share an address (an office).
                let limit = if k == &key {
                    THROTTLE_FAILURES
                } else {
                    THROTTLE_FAILURES * 5
                };
                if n >= limit {
                    return Err(AppError::Throttled {
                        retry_after_secs: retry_after(oldest.as_deref(), now, THROTTLE_WINDOW_SECS),
                    });
                }
            }
            let (n, oldest) =
                tx.login_failures_since(&key, now - Duration::minutes(LOCKOUT_WINDOW_MINUTES))?;
            if n >= LOCKOUT_FAILURES {
                return Err(AppError::Throttled {
                    retry_after_secs: retry_after(
                        oldest.as_deref(),
                        now,
                        LOCKOUT_WINDOW_MINUTES * 60,
                    ),
                });
            }
            tx.record_login_failure(&key, now)?;
            tx.record_login_failure(&client_key, now)?;
            Ok(tx.account_by_email(email)?)
        })?;
        // The password check takes a while on purpose: not under the store's lock.
        let ok = match &account {
            Some(a) => verify_password(password, &a.password_hash),
            None => {
                waste_password_check(password);
                false
            }
        };
        let Some(account) = account.filter(|_| ok) else {
            tracing::info!(client = client, "failed sign-in");
            return Err(AppError::BadCredentials);
        };
        if account.verified_at.is_none() {
            // The right password: not a failed attempt.
            self.store()?.write(|tx| {
                tx.forget_login_failure(&key, now)?;
                tx.forget_login_failure(&client_key, now)
            })?;
            return Err(AppError::EmailNotVerified);
        }
        let session = token()?;
        let csrf = token()?.as_str().to_owned();
        let expires = now + Duration::hours(SESSION_HOURS);
        self.store()?.write(|tx| {
            if let Some(prev) = previous.and_then(Token::parse) {
                tx.delete_session(&prev.digest())?;
            }
            tx.clear_login_failures(&key)?;
            tx.forget_login_failure(&client_key, now)?;
            tx.insert_session(&session.digest(), account.id, &csrf, now, expires)?;
            tx.audit(
                Some(account.id),
                "login",
                "account",
                &account.id.to_string(),
                None,
                None,
                None,
                now,
            )
        })?;
        tracing::info!(account.id = %account.id, "signed in");
        Ok(NewSession {
            token: session,
            csrf,
            expires,
        })
    }

    /// The session of a cookie's token, if it is live.
    pub fn session(&self, token: &str) -> Result<Option<Session>, AppError> {
        let Some(token) = Token::parse(token) else {
            return Ok(None);
        };
        let now = self.now();
        let mut store = self.store()?;
        let Some(row) = store.read(|tx| tx.session(&token.digest(), now))? else {
            return Ok(None);
        };
        let actor = self.actor_in(&mut store, row.account_id)?;
        Ok(actor.map(|actor| Session {
            actor,
            csrf: row.csrf,
        }))
    }

    /// Ends a session.
    pub fn logout(&self, token: &str) -> Result<(), AppError> {
        if let Some(token) = Token::parse(token) {
            self.store()?
                .write(|tx| tx.delete_session(&token.digest()))?;
        }
        Ok(())
    }

    /// Mails a password reset link if the address has an account; answers the same either way.
    pub fn request_password_reset(&self, email: &str, links: &LinkBase) -> Result<(), AppError> {
        let mut p = Problems::default();
        let email = parse_email(&mut p, email);
        p.finish()?;
        let email = email.expect("checked above");
        let now = self.now();
        let reset = token()?;
        let mut store = self.store()?;
        store.write(|tx| {
            const SUBJECT: &str = "Integrationsatlas: Passwort zurücksetzen / reset your password";
            if let Some(a) = tx.account_by_email(email.as_str())?
                && mail_allowed(tx, &a.email, SUBJECT, now)?
            {
                tx.insert_one_time_token(
                    &reset.digest(),
                    a.id,
                    TokenPurpose::ResetPassword,
                    now,
                    now + Duration::minutes(RESET_MINUTES),
                )?;
                tx.queue_mail(
                    &a.email,
                    SUBJECT,
                    &format!(
                        "Mit diesem Link setzen Sie ein neues Passwort (gültig {RESET_MINUTES} Minuten, einmal):\n{}\n\n\
                         Use this link to set a new password (works once, for {RESET_MINUTES} minutes).\n\
                         Haben Sie das nicht angefordert, ignorieren Sie diese Mail.\n",
                        links.link("passwort-neu", &reset)
                    ),
                    now,
                )?;
                tx.audit(Some(a.id), "request_password_reset", "account", &a.id.to_string(), None, None, None, now)?;
            }
            Ok::<_, AppError>(())
        })
    }

    /// Whether a reset link would work now (to show its form or an explanation).
    pub fn reset_token_valid(&self, token: &str) -> Result<bool, AppError> {
        self.token_valid(token, TokenPurpose::ResetPassword)
    }

    /// Whether a verification link would work now (its page shows a button; only pressing it
    /// uses the link, so mail scanners that open links do not use it up).
    pub fn verify_token_valid(&self, token: &str) -> Result<bool, AppError> {
        self.token_valid(token, TokenPurpose::VerifyEmail)
    }

    fn token_valid(&self, token: &str, purpose: TokenPurpose) -> Result<bool, AppError> {
        let Some(token) = Token::parse(token) else {
            return Ok(false);
        };
        let now = self.now();
        Ok(self
            .store()?
            .read(|tx| tx.one_time_token_account(&token.digest(), purpose, now))?
            .is_some())
    }

    /// Sets a new password with a reset link's token (once; it expires). Ends every session of
    /// the account and lifts a lock-out. A reset also proves the address.
    pub fn reset_password(&self, token: &str, new_password: &str) -> Result<(), AppError> {
        let token = Token::parse(token).ok_or(AppError::InvalidToken)?;
        let digest = token.digest();
        let now = self.now();
        let account = {
            let mut store = self.store()?;
            store.read(|tx| {
                let Some(id) =
                    tx.one_time_token_account(&digest, TokenPurpose::ResetPassword, now)?
                else {
                    return Ok(None);
                };
                tx.account(id)
            })?
        }
        .ok_or(AppError::InvalidToken)?;
        let mut p = Problems::default();
        check_new_password(&mut p, "password", new_password, &account.email);
        p.finish()?;
        // Hash outside the store lock: argon2 takes a while on purpose.
        let password_hash = hash(new_password)?;
        self.store()?.write(|tx| {
            // Used here, in the same transaction as the change: a second use finds it used.
            let id = tx
                .use_one_time_token(&digest, TokenPurpose::ResetPassword, now)?
                .filter(|id| *id == account.id)
                .ok_or(AppError::InvalidToken)?;
            tx.set_password_hash(id, &password_hash)?;
            tx.mark_verified(id, now)?;
            // Whoever had the old password loses everything it gave: sessions, API tokens
            // and the other reset links.
            tx.delete_sessions_of(id)?;
            let revoked = tx.revoke_api_tokens_of(id, now)?;
            tx.use_tokens_of(id, TokenPurpose::ResetPassword, now)?;
            tx.queue_mail(
                &account.email,
                "Integrationsatlas: Passwort geändert / password changed",
                &format!(
                    "Ihr Passwort wurde neu gesetzt. Alle Anmeldungen wurden beendet{}.\n                     Waren Sie das nicht? Setzen Sie es sofort neu und schreiben Sie der Redaktion.\n\n                     Your password was reset; every session was ended{}. If this was not you, reset it at once.\n",
                    if revoked > 0 { format!(" und {revoked} API-Schlüssel widerrufen") } else { String::new() },
                    if revoked > 0 { format!(" and {revoked} API tokens revoked") } else { String::new() },
                ),
                now,
            )?;
            tx.clear_login_failures(&format!("email:{}", atlas_store::email_key(&account.email)))?;
            tx.audit(
                Some(id),
                "reset_password",
                "account",
                &id.to_string(),
                None,
                None,
                None,
                now,
            )?;
            Ok(())
        })
    }

    /// A signed-in account changes its password: the current one is asked again, every other
    /// session of the account ends (this one stays), and the owner gets a mail about it.
    pub fn change_password(
        &self,
        actor: &Actor,
        session: &str,
        current: &str,
        new_password: &str,
    ) -> Result<(), AppError> {
        let account = self
            .store()?
            .read(|tx| tx.account(actor.id))?
            .ok_or(AppError::Unauthorized)?;
        // Guessing the current password with a stolen session counts like failed sign-ins.
        let now = self.now();
        let key = format!("email:{}", atlas_store::email_key(&account.email));
        self.store()?.write(|tx| {
            let (n, oldest) =
                tx.login_failures_since(&key, now - Duration::seconds(THROTTLE_WINDOW_SECS))?;
            if n >= THROTTLE_FAILURES {
                return Err(AppError::Throttled {
                    retry_after_secs: retry_after(oldest.as_deref(), now, THROTTLE_WINDOW_SECS),
                });
            }
            Ok(tx.record_login_failure(&key, now)?)
        })?;
        let mut p = Problems::default();
        check_new_password(&mut p, "password", new_password, &account.email);
        if verify_password(current, &account.password_hash) {
            self.store()?
                .write(|tx| tx.forget_login_failure(&key, now))?;
        } else {
            p.add(
                "current_password",
                "wrong_password",
                "this is not your password",
            );
        }
        p.finish()?;
        let keep = Token::parse(session)
            .ok_or(AppError::Unauthorized)?
            .digest();
        let password_hash = hash(new_password)?;
        self.store()?.write(|tx| {
            tx.set_password_hash(account.id, &password_hash)?;
            tx.delete_other_sessions(account.id, &keep)?;
            tx.use_tokens_of(account.id, TokenPurpose::ResetPassword, now)?;
            tx.audit(
                Some(account.id),
                "change_password",
                "account",
                &account.id.to_string(),
                None,
                None,
                None,
                now,
            )?;
            tx.queue_mail(
                &account.email,
                "Integrationsatlas: Passwort geändert / password changed",
                "Ihr Passwort wurde geändert; andere Anmeldungen wurden beendet.\n                 Waren Sie das nicht? Setzen Sie es über „Passwort vergessen“ neu und schreiben Sie der Redaktion.\n\n                 Your password was changed and other sessions were ended. If this was not you, reset it at once.\n",
                now,
            )?;
            Ok::<_, AppError>(())
        })
    }

    /// Creates an account directly (administrators, `atlas user create`): verified at once.
    pub fn create_account(
        &self,
        email: &str,
        display_name: &str,
        password: &str,
        role: Role,
        regions: &[Ags],
        by: Option<Id>,
    ) -> Result<Id, AppError> {
        let mut p = Problems::default();
        let email = parse_email(&mut p, email);
        check_new_password(
            &mut p,
            "password",
            password,
            email.as_ref().map_or("", Email::as_str),
        );
        if display_name.trim().is_empty() {
            p.add("display_name", "required", "enter a name");
        }
        if role != Role::Moderator && !regions.is_empty() {
            p.add(
                "regions",
                "regions_only_for_moderators",
                "only moderators have regions",
            );
        }
        p.finish()?;
        let email = email.expect("checked above");
        let password_hash = hash(password)?;
        let now = self.now();
        let id = self.store()?.write(|tx| {
            let id = tx.insert_account(
                email.as_str(),
                display_name.trim(),
                &password_hash,
                role,
                Some(now),
                now,
            )?;
            tx.set_moderator_regions(id, regions)?;
            let detail = serde_json::json!({"role": role.code(), "regions": regions.iter().map(Ags::as_str).collect::<Vec<_>>()});
            tx.audit(by, "create_account", "account", &id.to_string(), None, Some(&detail), None, now)?;
            Ok::<_, StoreError>(id)
        })?;
        tracing::info!(account.id = %id, role = role.code(), "account created");
        Ok(id)
    }

    /// Changes an account's role and regions (administrators only).
    pub fn set_account_role(
        &self,
        admin: &Actor,
        account: Id,
        role: Role,
        regions: &[Ags],
    ) -> Result<(), AppError> {
        if !admin.is_admin() {
            return Err(AppError::Forbidden {
                what: "manage accounts",
            });
        }
        let now = self.now();
        self.store()?.write(|tx| {
            let old = tx.account(account)?.ok_or_else(|| AppError::NotFound {
                entity: "account",
                id: account.to_string(),
            })?;
            if old.role == Role::Admin
                && role != Role::Admin
                && tx.accounts()?.iter().filter(|a| a.role == Role::Admin).count() <= 1
            {
                return Err(AppError::Conflict {
                    code: "last_admin",
                    message: "this is the last administrator; make another one first".into(),
                });
            }
            let old_regions = tx.moderator_regions(account)?;
            tx.set_role(account, role)?;
            tx.set_moderator_regions(account, if role == Role::Moderator { regions } else { &[] })?;
            let before = serde_json::json!({"role": old.role.code(), "regions": old_regions});
            let after = serde_json::json!({"role": role.code(), "regions": regions.iter().map(Ags::as_str).collect::<Vec<_>>()});
            tx.audit(Some(admin.id), "set_role", "account", &account.to_string(), Some(&before), Some(&after), None, now)?;
            Ok(())
        })
    }

    /// All accounts (administrators only).
    pub fn accounts(&self, admin: &Actor) -> Result<Vec<(Account, Vec<String>)>, AppError> {
        if !admin.is_admin() {
            return Err(AppError::Forbidden {
                what: "list accounts",
            });
        }
        self.store()?.read(|tx| {
            let mut out = Vec::new();
            for a in tx.accounts()? {
                let regions = tx.moderator_regions(a.id)?;
                out.push((a, regions));
            }
            Ok(out)
        })
    }

    /// Every account with its regions, for the operator at the command line.
    pub fn all_accounts(&self) -> Result<Vec<(Account, Vec<String>)>, AppError> {
        self.store()?.read(|tx| {
            let mut out = Vec::new();
            for a in tx.accounts()? {
                let regions = tx.moderator_regions(a.id)?;
                out.push((a, regions));
            }
            Ok(out)
        })
    }

    /// The actor of an e-mail address (the operator's `atlas token create`).
    pub fn actor_by_email(&self, email: &str) -> Result<Option<Actor>, AppError> {
        let account = self.store()?.read(|tx| tx.account_by_email(email))?;
        match account {
            Some(a) => self.actor(a.id),
            None => Ok(None),
        }
    }

    /// The actor of an account id (`None` for an unknown account).
    pub fn actor(&self, account: Id) -> Result<Option<Actor>, AppError> {
        let mut store = self.store()?;
        self.actor_in(&mut store, account)
    }

    fn actor_in(
        &self,
        store: &mut atlas_store::Store,
        account: Id,
    ) -> Result<Option<Actor>, AppError> {
        store.read(|tx| {
            let Some(a) = tx.account(account)? else {
                return Ok(None);
            };
            let organizations = tx
                .memberships_of(account)?
                .into_iter()
                .filter(|m| m.status == "active")
                .map(|m| m.organization_id)
                .collect();
            let regions = tx.moderator_regions(account)?;
            Ok(Some(Actor {
                id: a.id,
                email: a.email,
                display_name: a.display_name,
                role: a.role,
                organizations,
                regions,
            }))
        })
    }

    // --- API tokens ---

    /// Creates an API token for the actor's own account; the token is shown once.
    pub fn create_api_token(&self, actor: &Actor, name: &str) -> Result<(Id, Token), AppError> {
        let name = name.trim();
        let mut p = Problems::default();
        if name.is_empty() {
            p.add("name", "required", "name the token (what uses it)");
        } else if name.chars().count() > 100 {
            p.add("name", "too_long", "at most 100 characters");
        }
        p.finish()?;
        let t = token()?;
        let now = self.now();
        let id = self.store()?.write(|tx| {
            let id = tx.insert_api_token(&t.digest(), actor.id, name, now)?;
            tx.audit(
                Some(actor.id),
                "create_api_token",
                "account",
                &actor.id.to_string(),
                None,
                None,
                Some(name),
                now,
            )?;
            Ok::<_, StoreError>(id)
        })?;
        Ok((id, t))
    }

    pub fn api_tokens(&self, actor: &Actor) -> Result<Vec<atlas_store::ApiTokenInfo>, AppError> {
        Ok(self.store()?.read(|tx| tx.api_tokens_of(actor.id))?)
    }

    pub fn revoke_api_token(&self, actor: &Actor, token: Id) -> Result<(), AppError> {
        let now = self.now();
        self.store()?.write(|tx| {
            if !tx.revoke_api_token(actor.id, token, now)? {
                return Err(AppError::NotFound {
                    entity: "api token",
                    id: token.to_string(),
                });
            }
            tx.audit(
                Some(actor.id),
                "revoke_api_token",
                "account",
                &actor.id.to_string(),
                None,
                None,
                Some(&token.to_string()),
                now,
            )?;
            Ok(())
        })
    }

    /// The actor of a bearer token (`Unauthorized` for an unknown or revoked one).
    pub fn api_actor(&self, bearer: &str) -> Result<Actor, AppError> {
        let token = Token::parse(bearer).ok_or(AppError::Unauthorized)?;
        let now = self.now();
        let mut store = self.store()?;
        let account = store
            .write(|tx| tx.use_api_token(&token.digest(), now))?
            .ok_or(AppError::Unauthorized)?;
        self.actor_in(&mut store, account)?
            .ok_or(AppError::Unauthorized)
    }
}

/// Seconds until the oldest failure leaves a window of `window_secs` (at least 1).
fn retry_after(oldest: Option<&str>, now: DateTime<Utc>, window_secs: i64) -> u64 {
    let oldest = oldest
        .and_then(|o| DateTime::parse_from_rfc3339(o).ok())
        .map_or(now, |o| o.with_timezone(&Utc));
    let left = window_secs - (now - oldest).num_seconds();
    left.max(1) as u64
}

/// Mails of one kind to one address that anybody can trigger (a reset link, "your account
/// exists") per hour: more requests get the same answer but no mail, so nobody floods a
/// mailbox through the atlas.
pub const ACCOUNT_MAILS_PER_HOUR: i64 = 3;

fn mail_allowed(
    tx: &atlas_store::Tx<'_>,
    to: &str,
    subject: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool, StoreError> {
    Ok(tx.mails_to_since(to, subject, now - Duration::hours(1))? < ACCOUNT_MAILS_PER_HOUR)
}
