//! Splitting text into words with positions: runs of letters, digits and combining marks;
//! hyphenated words as groups ("Sprach-Café" = "Sprach" + "Café", and the whole); gender forms
//! ("Berater*innen", "Lehrer:innen", "Ärzt/innen") as one word.

use std::borrow::Cow;
use std::ops::Range;

use crate::fold::is_combining_mark;
use crate::other_languages::is_apostrophe;

/// Words longer than this (in characters) are skipped: they are URLs, hashes or junk, never
/// search terms. Positions still advance over them.
pub const MAX_WORD_CHARS: usize = 64;

/// One word of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word<'a> {
    /// The word as written (gender forms joined: "Berater*innen" → "Beraterinnen").
    pub text: Cow<'a, str>,
    /// Byte range in the text.
    pub range: Range<usize>,
}

/// Words joined by hyphens without spaces ("Sprach-Café"), or a single word. Each member takes
/// one position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Group<'a> {
    pub members: Vec<Word<'a>>,
    /// Position of the first member.
    pub position: u32,
}

impl<'a> Group<'a> {
    /// Byte range of the whole group in the text.
    pub fn range(&self) -> Range<usize> {
        let start = self.members.first().map_or(0, |w| w.range.start);
        let end = self.members.last().map_or(start, |w| w.range.end);
        start..end
    }

    /// The members written together ("SprachCafé"), for groups of two or more.
    pub fn joined(&self) -> Option<String> {
        (self.members.len() > 1).then(|| self.members.iter().map(|w| w.text.as_ref()).collect())
    }
}

/// Whether `c` belongs to a word: letters, digits, combining marks, and the zero-width
/// (non-)joiners that Persian writes inside words.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c) || c == '\u{200C}' || c == '\u{200D}'
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// The words of a text with their positions: runs of letters and digits (split on everything
/// else), gender forms joined ("Berater*innen" → "Beraterinnen"), and for a hyphenated word its
/// members and then the whole at the first member's position ("Sprach-Café" → (0, "Sprach"),
/// (1, "Café"), (0, "SprachCafé")). Words as written, not folded.
pub fn words(text: &str) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    for group in groups(text) {
        for (word, position) in group.members.iter().zip(group.position..) {
            out.push((position, word.text.to_string()));
        }
        if let Some(joined) = group.joined() {
            out.push((group.position, joined));
        }
    }
    out
}

/// Splits a text into word groups with positions.
pub(crate) fn groups(text: &str) -> Vec<Group<'_>> {
    let runs = runs(text);
    let mut out: Vec<Group<'_>> = Vec::new();
    let mut position: u32 = 0;
    let mut i = 0;
    while i < runs.len() {
        let mut members = vec![Word {
            text: Cow::Borrowed(&text[runs[i].clone()]),
            range: runs[i].clone(),
        }];
        i += 1;
        while i < runs.len() {
            let gap = &text[runs[i - 1].end..runs[i].start];
            let next = &text[runs[i].clone()];
            if is_gender_gap(gap) && is_feminine_ending(next) {
                if let Some(last) = members.last_mut() {
                    let mut joined = last.text.clone().into_owned();
                    joined.push_str(next);
                    last.text = Cow::Owned(joined);
                    last.range.end = runs[i].end;
                }
                i += 1;
            } else if gap.chars().count() == 1 && gap.chars().all(is_hyphen) {
                members.push(Word {
                    text: Cow::Borrowed(next),
                    range: runs[i].clone(),
                });
                i += 1;
            } else {
                break;
            }
        }
        let count = u32::try_from(members.len()).unwrap_or(u32::MAX);
        out.push(Group { members, position });
        position = position.saturating_add(count);
    }
    out
}

/// Words of a text for the other languages: runs of word characters; with `apostrophes`, an
/// apostrophe between two word characters stays inside the word ("сім’я", "children's").
pub(crate) fn plain_words(text: &str, apostrophes: bool) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for run in runs(text) {
        if let Some(last) = out.last_mut() {
            let gap = &text[last.end..run.start];
            let mut gap_chars = gap.chars();
            if apostrophes
                && gap_chars.next().is_some_and(is_apostrophe)
                && gap_chars.next().is_none()
            {
                last.end = run.end;
                continue;
            }
        }
        out.push(run);
    }
    out
}

/// Maximal runs of word characters, as byte ranges.
fn runs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

/// The separators of German gender-inclusive forms: `*`, `:`, `_`, `/`, `·`, `/-`.
fn is_gender_gap(gap: &str) -> bool {
    matches!(gap, "*" | ":" | "_" | "/" | "·" | "/-")
}

fn is_feminine_ending(word: &str) -> bool {
    matches!(word, "in" | "innen" | "In" | "Innen")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[(&str, u32)]) {
        let got: Vec<(String, u32)> = groups(text)
            .iter()
            .flat_map(|g| {
                g.members
                    .iter()
                    .zip(g.position..)
                    .map(|(w, p)| (w.text.to_string(), p))
                    .collect::<Vec<_>>()
            })
            .collect();
        let expected: Vec<(String, u32)> =
            expected.iter().map(|(w, p)| (w.to_string(), *p)).collect();
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn words_and_positions() {
        check("", &[]);
        check(
            "Sprach-Café am Markt",
            &[("Sprach", 0), ("Café", 1), ("am", 2), ("Markt", 3)],
        );
        check(
            "Berater*innen, Lehrer:innen",
            &[("Beraterinnen", 0), ("Lehrerinnen", 1)],
        );
        check("10:00 Uhr", &[("10", 0), ("00", 1), ("Uhr", 2)]);
        check("A1-Kurs - jetzt", &[("A1", 0), ("Kurs", 1), ("jetzt", 2)]);
        check("Mu\u{0308}nchen", &[("Mu\u{0308}nchen", 0)]);
    }

    #[test]
    fn public_words() {
        assert_eq!(
            words("Sprach-Café, 10 Uhr"),
            [
                (0, "Sprach".to_string()),
                (1, "Café".to_string()),
                (0, "SprachCafé".to_string()),
                (2, "10".to_string()),
                (3, "Uhr".to_string())
            ]
        );
    }

    #[test]
    fn hyphen_groups_join() {
        let g = groups("Mutter-Kind-Gruppe");
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].joined().as_deref(), Some("MutterKindGruppe"));
        assert_eq!(g[0].range(), 0..18);
    }
}
