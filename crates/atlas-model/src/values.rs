//! Parsed value types: ids, postcodes, AGS keys, e-mail addresses, language codes, clock times.
//! Each has a private field and a `parse` constructor; serde goes through `parse` too.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::ValueError;

macro_rules! string_newtype_serde {
    ($t:ty) => {
        impl Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = std::borrow::Cow::<'de, str>::deserialize(d)?;
                <$t>::parse(&raw).map_err(serde::de::Error::custom)
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl FromStr for $t {
            type Err = ValueError;
            fn from_str(s: &str) -> Result<Self, ValueError> {
                <$t>::parse(s)
            }
        }
    };
}

/// The identifier of any record: a UUID, as HSDS 3.0 requires. Stored and shown in the
/// lower-case hyphenated form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(Uuid);

/// Namespace for deterministic ids (`Id::derived`), fixed forever: changing it changes every
/// derived id.
const ID_NAMESPACE: Uuid = Uuid::from_u128(0x6f1c1e0a_5d2b_4c8e_9a51_7e0d3a9b2c41);

impl Id {
    pub fn parse(s: &str) -> Result<Self, ValueError> {
        // Only the hyphenated form (8-4-4-4-12): no braces, no URN, no bare hex.
        if s.len() != 36 {
            return Err(ValueError::new(
                "id",
                s,
                "expected a UUID like 3f2b6c1e-0a4d-4c1e-9a51-7e0d3a9b2c41",
            ));
        }
        Uuid::try_parse(s).map(Self).map_err(|_| {
            ValueError::new(
                "id",
                s,
                "expected a UUID like 3f2b6c1e-0a4d-4c1e-9a51-7e0d3a9b2c41",
            )
        })
    }

    /// A new random id (UUID v4).
    pub fn random() -> Self {
        Self(Uuid::new_v4())
    }

    /// A deterministic id for `name` within `kind` (UUID v5), e.g. `Id::derived("service", "kassel-elterncafe")`.
    pub fn derived(kind: &str, name: &str) -> Self {
        Self(Uuid::new_v5(
            &ID_NAMESPACE,
            format!("{kind}:{name}").as_bytes(),
        ))
    }

    pub fn as_str(&self) -> String {
        self.0.hyphenated().to_string()
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.hyphenated(), f)
    }
}

impl FromStr for Id {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<Self, ValueError> {
        Self::parse(s)
    }
}

impl Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.hyphenated())
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = std::borrow::Cow::<'de, str>::deserialize(d)?;
        Id::parse(&raw).map_err(serde::de::Error::custom)
    }
}

/// A German postcode (Postleitzahl): exactly five digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Postcode(String);

impl Postcode {
    pub fn parse(s: &str) -> Result<Self, ValueError> {
        let t = s.trim();
        if t.len() == 5 && t.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(t.to_owned()))
        } else {
            Err(ValueError::new("postcode", s, "expected five digits"))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
string_newtype_serde!(Postcode);

/// An official German municipality key (Amtlicher Gemeindeschlüssel) or one of its prefixes:
/// 2 digits Land, 3 Regierungsbezirk, 5 Kreis or kreisfreie Stadt, 8 Gemeinde.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ags(String);

impl Ags {
    pub fn parse(s: &str) -> Result<Self, ValueError> {
        let t = s.trim();
        if matches!(t.len(), 2 | 3 | 5 | 8) && t.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(t.to_owned()))
        } else {
            Err(ValueError::new(
                "AGS",
                s,
                "expected 2 (Land), 3 (Regierungsbezirk), 5 (Kreis) or 8 (Gemeinde) digits",
            ))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The key of the Kreis (or kreisfreie Stadt) this key lies in, if it is that fine.
    /// Note: this is the key's prefix; after a territorial change the region table, not the
    /// key, says which Kreis a Gemeinde belongs to.
    pub fn kreis_prefix(&self) -> Option<Ags> {
        (self.0.len() >= 5).then(|| Ags(self.0[..5].to_owned()))
    }
}
string_newtype_serde!(Ags);

/// An e-mail address, trimmed; checked for the shape `local@domain.tld` without spaces.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Email(String);

impl Email {
    pub fn parse(s: &str) -> Result<Self, ValueError> {
        let t = s.trim();
        let bad = |reason| Err(ValueError::new("e-mail address", s, reason));
        if t.len() > 254 {
            return bad("longer than 254 characters");
        }
        if t.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return bad("contains a space or control character");
        }
        let Some((local, domain)) = t.split_once('@') else {
            return bad("missing '@'");
        };
        if local.is_empty() || domain.contains('@') {
            return bad("expected exactly one '@' with a name before it");
        }
        if !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || domain.contains("..")
        {
            return bad("the part after '@' is not a domain like example.org");
        }
        Ok(Self(t.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
string_newtype_serde!(Email);

/// A language code: ISO 639-1 (two letters, e.g. `de`, `tr`, `uk`, `fa`), or ISO 639-2/3
/// (three letters) for languages without a two-letter code. Always lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn parse(s: &str) -> Result<Self, ValueError> {
        let t = s.trim();
        if matches!(t.len(), 2 | 3) && t.bytes().all(|b| b.is_ascii_alphabetic()) {
            Ok(Self(t.to_ascii_lowercase()))
        } else {
            Err(ValueError::new(
                "language code",
                s,
                "expected an ISO 639 code of two or three letters, e.g. de",
            ))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
string_newtype_serde!(LanguageCode);

/// A time of day as HSDS writes it (`HH:MM` or `HH:MM:SS`, optionally followed by `Z` or a UTC
/// offset). The original text is kept so that export gives back what import read.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClockTime {
    raw: String,
    time: NaiveTime,
}

impl ClockTime {
    pub fn parse(s: &str) -> Result<Self, ValueError> {
        let t = s.trim();
        // Split off a timezone suffix: 'Z' or ±HH:MM after the seconds/minutes.
        let local = if let Some(stripped) = t.strip_suffix('Z') {
            stripped
        } else if t.len() > 5 && (t[5..].contains('+') || t[5..].contains('-')) {
            let cut = 5 + t[5..].find(['+', '-']).unwrap_or(0);
            &t[..cut]
        } else {
            t
        };
        let time = NaiveTime::parse_from_str(local, "%H:%M:%S")
            .or_else(|_| NaiveTime::parse_from_str(local, "%H:%M"))
            .map_err(|_| ValueError::new("time", s, "expected HH:MM, e.g. 09:30"))?;
        Ok(Self {
            raw: t.to_owned(),
            time,
        })
    }
    pub fn as_str(&self) -> &str {
        &self.raw
    }
    pub fn time(&self) -> NaiveTime {
        self.time
    }
}
string_newtype_serde!(ClockTime);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_must_be_hyphenated_uuids() {
        assert!(Id::parse("7e1b92d9-e261-50b6-a501-00678caa60b9").is_ok());
        for bad in [
            "",
            "42",
            "7e1b92d9e26150b6a50100678caa60b9",
            "7e1b92d9-e261-50b6-a501-00678caa60bX",
        ] {
            assert!(Id::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            Id::parse("7E1B92D9-E261-50B6-A501-00678CAA60B9")
                .unwrap()
                .to_string(),
            "7e1b92d9-e261-50b6-a501-00678caa60b9"
        );
        assert_eq!(Id::derived("service", "x"), Id::derived("service", "x"));
        assert_ne!(Id::derived("service", "x"), Id::derived("network", "x"));
    }

    #[test]
    fn postcodes_are_five_digits() {
        assert_eq!(Postcode::parse(" 63450 ").unwrap().as_str(), "63450");
        for bad in ["6345", "634500", "6345a", "AB1 2CD"] {
            assert!(Postcode::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn ags_lengths() {
        for ok in ["06", "064", "06435", "06435014"] {
            assert!(Ags::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["0", "0643", "064350", "0643501x"] {
            assert!(Ags::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            Ags::parse("06435014")
                .unwrap()
                .kreis_prefix()
                .unwrap()
                .as_str(),
            "06435"
        );
    }

    #[test]
    fn emails() {
        assert!(Email::parse("beratung@caritas.example.org").is_ok());
        for bad in [
            "", "a", "a@b", "@b.de", "a b@c.de", "a@@b.de", "a@.de", "a@b.",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn language_codes() {
        assert_eq!(LanguageCode::parse("TR").unwrap().as_str(), "tr");
        assert!(LanguageCode::parse("deu").is_ok());
        for bad in ["d", "de-DE", "d1", "deutsch"] {
            assert!(LanguageCode::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn clock_times_keep_their_text() {
        for (input, hm) in [
            ("09:30", (9, 30)),
            ("10:00:00", (10, 0)),
            ("09:00Z", (9, 0)),
            ("09:00-05:00", (9, 0)),
            ("18:15:00+01:00", (18, 15)),
        ] {
            let t = ClockTime::parse(input).unwrap();
            assert_eq!(t.as_str(), input);
            assert_eq!(t.time(), NaiveTime::from_hms_opt(hm.0, hm.1, 0).unwrap());
        }
        for bad in ["", "9", "25:00", "ab:cd", "9.30"] {
            assert!(ClockTime::parse(bad).is_err(), "{bad}");
        }
    }
}
