//! Secrets: password hashes (argon2id, PHC strings), random tokens for sessions, CSRF, e-mail
//! verification, password reset and API access, and the digests under which tokens are stored.
//!
//! A password is slow to guess only if its hash is slow to compute, so passwords are hashed
//! with argon2id (OWASP parameters: 19 MiB, 2 passes, 1 lane). Tokens are 256 random bits: no
//! one guesses them, so a fast digest (SHA-256) is enough to make a stolen database useless for
//! logging in, and lets the store find a token by its digest.
//!
//! Architecture invariant: this crate knows no store, no HTTP and no accounts; it turns secrets
//! into what may be stored and checks them again. Its only IO is the OS random source.

use std::fmt;

use argon2::password_hash::{PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, PasswordHash, Version};
use sha2::{Digest, Sha256};

/// Fewest characters of a password.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Most characters of a password (hashing cost grows with length).
pub const MAX_PASSWORD_CHARS: usize = 256;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AuthError {
    /// The OS random source failed.
    #[error("no randomness available: {0}")]
    Random(String),
    #[error("password hashing failed: {0}")]
    Hash(String),
}

/// Why a password is refused; `code` is stable (shown to users through translations).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WeakPassword {
    #[error("the password must have at least {MIN_PASSWORD_CHARS} characters")]
    TooShort,
    #[error("the password must have at most {MAX_PASSWORD_CHARS} characters")]
    TooLong,
    #[error("the password must not contain the e-mail address")]
    ContainsEmail,
    #[error("the password is too simple")]
    TooSimple,
}

impl WeakPassword {
    pub fn code(self) -> &'static str {
        match self {
            Self::TooShort => "password_too_short",
            Self::TooLong => "password_too_long",
            Self::ContainsEmail => "password_contains_email",
            Self::TooSimple => "password_too_simple",
        }
    }
}

/// Checks a new password: length (NIST SP 800-63B: at least 12 here, no composition rules), not
/// the e-mail address or its local part, not a single repeated character or a run like
/// "123456789012".
pub fn check_password(password: &str, email: &str) -> Result<(), WeakPassword> {
    let n = password.chars().count();
    if n < MIN_PASSWORD_CHARS {
        return Err(WeakPassword::TooShort);
    }
    if n > MAX_PASSWORD_CHARS {
        return Err(WeakPassword::TooLong);
    }
    let lower = password.to_lowercase();
    let local = email.split('@').next().unwrap_or("").to_lowercase();
    if local.chars().count() >= 4 && lower.contains(&local) {
        return Err(WeakPassword::ContainsEmail);
    }
    let chars: Vec<char> = lower.chars().collect();
    let distinct = {
        let mut c = chars.clone();
        c.sort_unstable();
        c.dedup();
        c.len()
    };
    // "abcdefghijkl", "123456789012": nearly every step goes to a neighbouring character.
    let steps = chars.len() - 1;
    let neighbour_steps = chars
        .windows(2)
        .filter(|w| (w[1] as i64 - w[0] as i64).abs() <= 1)
        .count();
    let run = neighbour_steps + 1 >= steps;
    if distinct <= 3 || run {
        return Err(WeakPassword::TooSimple);
    }
    Ok(())
}

fn argon2() -> Argon2<'static> {
    // OWASP Password Storage Cheat Sheet: argon2id, m = 19 MiB, t = 2, p = 1.
    let params = Params::new(19 * 1024, 2, 1, None).expect("fixed argon2 parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// At most this many argon2 runs at once (one per core, at least two): each takes 19 MiB and a
/// core for a while, so a burst of sign-ins or registrations queues here instead of taking
/// all memory and every thread.
fn argon2_slot() -> SlotGuard {
    static SLOTS: std::sync::OnceLock<(std::sync::Mutex<usize>, std::sync::Condvar)> =
        std::sync::OnceLock::new();
    let (free, freed) = SLOTS.get_or_init(|| {
        let n = std::thread::available_parallelism().map_or(2, |n| n.get().max(2));
        (std::sync::Mutex::new(n), std::sync::Condvar::new())
    });
    // A poisoned lock only means another thread panicked while counting: the count is fine.
    let mut n = free
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    while *n == 0 {
        n = freed
            .wait(n)
            .unwrap_or_else(std::sync::PoisonError::into_inner);
    }
    *n -= 1;
    SlotGuard { free, freed }
}

struct SlotGuard {
    free: &'static std::sync::Mutex<usize>,
    freed: &'static std::sync::Condvar,
}

impl Drop for SlotGuard {
    fn drop(&mut self) {
        *self
            .free
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) += 1;
        self.freed.notify_one();
    }
}

/// Hashes a password with a fresh random salt into a PHC string (`$argon2id$v=19$…`).
pub fn hash_password(password: &str) -> Result<String, AuthError> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| AuthError::Random(e.to_string()))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| AuthError::Hash(e.to_string()))?;
    let _slot = argon2_slot();
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AuthError::Hash(e.to_string()))
}

/// Whether `password` matches the stored PHC string. A malformed stored hash never matches.
pub fn verify_password(password: &str, phc: &str) -> bool {
    let Ok(hash) = PasswordHash::new(phc) else {
        return false;
    };
    let _slot = argon2_slot();
    argon2().verify_password(password.as_bytes(), &hash).is_ok()
}

/// Spends the time of one password check without a stored hash, so that a login with an
/// unknown e-mail address takes as long as one with a wrong password.
pub fn waste_password_check(password: &str) {
    const DUMMY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$eL4rC0SJYQ0Iz7D3PbB8mN0Ff7Fq3F1qKq1Wm3iXo2c";
    let _ = verify_password(password, DUMMY);
}

/// A random secret of 256 bits, written as 64 lower-case hex digits. Give it to its owner once;
/// store only its [`Token::digest`].
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(…)")
    }
}

impl Token {
    /// A fresh token from the OS random source.
    pub fn generate() -> Result<Self, AuthError> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| AuthError::Random(e.to_string()))?;
        Ok(Self(hex(&bytes)))
    }

    /// A token as presented by a client: exactly 64 lower-case hex digits, else `None`.
    pub fn parse(s: &str) -> Option<Self> {
        (s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
            .then(|| Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What the store keeps: SHA-256 of the token, in hex.
    pub fn digest(&self) -> String {
        hex(&Sha256::digest(self.0.as_bytes()))
    }
}

/// Compares two strings in time that depends only on their lengths (CSRF tokens).
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_against_its_own_hash_only() {
        let h = hash_password("korrekt Pferd Batterie").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_password("korrekt Pferd Batterie", &h));
        assert!(!verify_password("korrekt Pferd Batteri", &h));
        assert!(!verify_password("korrekt Pferd Batterie", "not a hash"));
        // Two hashes of one password differ (fresh salt).
        assert_ne!(h, hash_password("korrekt Pferd Batterie").unwrap());
    }

    #[test]
    fn tokens_are_random_hex_and_stored_as_digest() {
        let a = Token::generate().unwrap();
        let b = Token::generate().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), 64);
        assert_eq!(Token::parse(a.as_str()), Some(a.clone()));
        assert_eq!(a.digest().len(), 64);
        assert_ne!(a.digest(), a.as_str());
        assert_eq!(Token::parse("xyz"), None);
        assert_eq!(Token::parse(&"A".repeat(64)), None);
        assert_eq!(format!("{a:?}"), "Token(…)");
    }

    #[test]
    fn weak_passwords_are_refused_with_a_reason() {
        let e = "maria.schmidt@example.org";
        assert_eq!(check_password("kurz", e), Err(WeakPassword::TooShort));
        assert_eq!(
            check_password(&"x".repeat(300), e),
            Err(WeakPassword::TooLong)
        );
        assert_eq!(
            check_password("maria.schmidt2026", e),
            Err(WeakPassword::ContainsEmail)
        );
        assert_eq!(
            check_password("aaaaaaaaaaaaaa", e),
            Err(WeakPassword::TooSimple)
        );
        assert_eq!(
            check_password("123456789012", e),
            Err(WeakPassword::TooSimple)
        );
        assert_eq!(check_password("Sonne über Gelnhausen", e), Ok(()));
    }

    #[test]
    fn constant_time_eq_compares() {
        assert!(constant_time_eq("abc", "abc"));
        assert!(!constant_time_eq("abc", "abd"));
        assert!(!constant_time_eq("abc", "abcd"));
    }
}
