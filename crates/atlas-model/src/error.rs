//! The error a value parser returns: which kind of value, and why the input is not one.

/// A value that failed to parse. `kind` names the value type (e.g. "postcode"), `reason`
/// says what is wrong in words a person entering data understands.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {kind} {input:?}: {reason}")]
pub struct ValueError {
    pub kind: &'static str,
    pub input: String,
    pub reason: &'static str,
}

impl ValueError {
    pub(crate) fn new(kind: &'static str, input: &str, reason: &'static str) -> Self {
        let mut input = input.to_owned();
        if input.len() > 80 {
            let mut cut = 80;
            while !input.is_char_boundary(cut) {
                cut -= 1;
            }
            input.truncate(cut);
            input.push('…');
        }
        Self {
            kind,
            input,
            reason,
        }
    }
}
