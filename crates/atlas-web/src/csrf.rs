//! CSRF protection shared by every form. Before sign-in (the report form, sign-in, registration,
//! password reset) a double-submit token: a random token in a `SameSite=Strict` cookie that
//! the form must repeat. Signed-in forms carry the session's own CSRF token instead. Either
//! way the `Origin` header, when sent, must name this host, and tokens are compared in
//! constant time.

use axum::http::{HeaderMap, header};

use crate::PublicUrl;

/// The double-submit cookie's name.
pub const CSRF_COOKIE: &str = "atlas_csrf";

/// The value of the cookie `name`, if the request carries it.
pub(crate) fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// The double-submit token of the request's cookie, if it is well-formed.
pub(crate) fn cookie_token(headers: &HeaderMap) -> Option<String> {
    cookie(headers, CSRF_COOKIE)
        .filter(|v| v.len() == 32 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// A fresh double-submit token.
pub(crate) fn new_token() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// The `Set-Cookie` value of a double-submit token (`Secure` behind https, as the session's).
pub(crate) fn set_cookie(token: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{CSRF_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=7200{secure}")
}

/// Whether an `Origin` header, when sent, names this site: the configured public URL (scheme,
/// host and port; behind a reverse proxy the Host header names the proxy's upstream), else
/// the request's Host.
pub(crate) fn same_origin(headers: &HeaderMap, public: Option<&PublicUrl>) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    if let Some(public) = public {
        return origin
            .trim_end_matches('/')
            .eq_ignore_ascii_case(public.as_str());
    }
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let origin_host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
    !host.is_empty() && origin_host == host
}

/// Compares two secrets in time that depends only on their lengths.
pub(crate) fn constant_time_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Whether a form's token matches the expected one (both present and not empty).
pub(crate) fn matches(expected: Option<&str>, sent: Option<&str>) -> bool {
    match (expected, sent) {
        (Some(e), Some(s)) if !e.is_empty() => constant_time_eq(e, s),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_exactly() {
        assert!(constant_time_eq("abc", "abc"));
        assert!(!constant_time_eq("abc", "abd"));
        assert!(!constant_time_eq("abc", "abcd"));
        assert!(!matches(None, Some("x")));
        assert!(!matches(Some(""), Some("")));
        assert!(matches(Some("x"), Some("x")));
    }
}
