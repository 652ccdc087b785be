//! Reading the word lists of `data/analysis/`: stop words and synonym groups.

use std::collections::{HashMap, HashSet};

use crate::error::AnalysisError;
use crate::fold::fold;

/// Words of stop-word lists: whitespace-separated, `#` or `|` starts a comment (the Snowball
/// format). Returned folded.
pub(crate) fn stop_words<'a>(texts: impl IntoIterator<Item = &'a str>) -> HashSet<String> {
    texts
        .into_iter()
        .flat_map(str::lines)
        .flat_map(|line| {
            let line = line.split(['#', '|']).next().unwrap_or("");
            line.split_whitespace()
        })
        .map(fold)
        .collect()
}

/// Compound-part dictionary lines: one entry a line, `#` starts a comment line.
pub(crate) fn dictionary_entries<'a>(texts: &[&'a str]) -> impl Iterator<Item = &'a str> {
    texts
        .iter()
        .flat_map(|t| t.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Synonym groups: one group a line, members separated by commas, `#` starts a comment.
/// Each member is turned into its sequence of stems by `stems`. Returns, for every member that
/// is a single stem and not written in parentheses, the stem sequences of the other members of
/// its groups.
pub(crate) fn synonyms(
    text: &str,
    stems: impl Fn(&str) -> Vec<String>,
) -> Result<HashMap<String, Vec<Vec<String>>>, AnalysisError> {
    let mut map: HashMap<String, Vec<Vec<String>>> = HashMap::new();
    for (index, line) in text.lines().enumerate() {
        let line_no = index + 1;
        let content = line.split('#').next().unwrap_or("").trim();
        if content.is_empty() {
            continue;
        }
        // Each member's stems, and whether it is also looked up (not in parentheses).
        let mut group: Vec<(Vec<String>, bool)> = Vec::new();
        for member in content.split(',').map(str::trim) {
            let (member, key) = match member.strip_prefix('(').and_then(|m| m.strip_suffix(')')) {
                Some(inner) => (inner.trim(), false),
                None => (member, true),
            };
            if member.is_empty() {
                return Err(AnalysisError::Synonyms {
                    line: line_no,
                    reason: "empty member".into(),
                });
            }
            let sequence = stems(member);
            if sequence.is_empty() {
                return Err(AnalysisError::Synonyms {
                    line: line_no,
                    reason: format!("member {member:?} has only stop words"),
                });
            }
            if !group.iter().any(|(s, _)| *s == sequence) {
                group.push((sequence, key));
            }
        }
        if group.len() < 2 {
            return Err(AnalysisError::Synonyms {
                line: line_no,
                reason: "a group needs two members that differ after stemming".into(),
            });
        }
        for (key, _) in group.iter().filter(|(s, key)| *key && s.len() == 1) {
            let entry = map.entry(key[0].clone()).or_default();
            for (other, _) in group.iter().filter(|(s, _)| s != key) {
                if !entry.contains(other) {
                    entry.push(other.clone());
                }
            }
        }
    }
    Ok(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace()
            .filter(|w| *w != "für")
            .map(str::to_lowercase)
            .collect()
    }

    #[test]
    fn stop_word_format() {
        let set = stop_words(["aber | but\n# comment\nÜber daß", "wo"]);
        let mut got: Vec<_> = set.into_iter().collect();
        got.sort();
        assert_eq!(got, ["aber", "dass", "uber", "wo"]);
    }

    #[test]
    fn synonym_groups() {
        let map = synonyms(
            "# c\nJob, Arbeit, Agentur für Arbeit\n\nArbeit, (Stelle)",
            words,
        )
        .expect("valid");
        assert_eq!(
            map["arbeit"],
            vec![
                vec!["job".to_string()],
                vec!["agentur".to_string(), "arbeit".to_string()],
                vec!["stelle".to_string()]
            ]
        );
        assert!(!map.contains_key("agentur"));
        assert!(!map.contains_key("stelle"));
        for (text, line) in [
            ("a, , b", 1),
            ("x, y\n\nfür, y", 3),
            ("job", 1),
            ("job, Job", 1),
        ] {
            match synonyms(text, words) {
                Err(AnalysisError::Synonyms { line: l, .. }) => assert_eq!(l, line, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
    }
}
