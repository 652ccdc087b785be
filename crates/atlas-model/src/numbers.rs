//! Serde helpers for HSDS numbers: an integral value is written back as an integer (`12`, not
//! `12.0`), so that data round-trips unchanged.

use serde::{Deserialize, Deserializer, Serializer};

pub(crate) fn serialize_opt<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        None => s.serialize_none(),
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => s.serialize_i64(*x as i64),
        Some(x) => s.serialize_f64(*x),
    }
}

pub(crate) fn deserialize_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    let v = Option::<f64>::deserialize(d)?;
    match v {
        Some(x) if !x.is_finite() => Err(serde::de::Error::custom("number is not finite")),
        other => Ok(other),
    }
}
