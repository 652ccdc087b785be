//! The baseline: the same offer names and descriptions in an SQLite FTS5 table (bundled
//! SQLite, tokenizer `unicode61 remove_diacritics 2`) in a file of its own, queried with
//! MATCH, bm25 order and LIMIT 20, plus a COUNT for the total.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Result;
use rusqlite::{Connection, params};

use crate::generate::Generator;

#[derive(Debug)]
pub struct Fts {
    conn: Connection,
}

/// What building the table took.
#[derive(Debug, Clone, Copy)]
pub struct Build {
    pub rows: usize,
    pub seconds: f64,
    pub bytes: u64,
}

/// The words of a query, each quoted, so that no FTS5 syntax (AND, NEAR, `-`, `*`, `:`)
/// can take effect; the words must all match (FTS5's implicit AND).
pub fn match_expression(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

impl Fts {
    /// Builds the table from the generator's offers `0..n` in chunks; only the inserts and
    /// commits are timed, not the generation.
    pub fn build(
        path: &Path,
        generator: &Generator<'_>,
        n: usize,
        chunk: usize,
    ) -> Result<(Self, Build)> {
        let _ = std::fs::remove_file(path);
        let mut conn = Connection::open(path)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = NORMAL;
             CREATE VIRTUAL TABLE offers USING fts5(name, description,
                 tokenize = 'unicode61 remove_diacritics 2');",
        )?;
        let mut timed = Duration::ZERO;
        let mut start = 0;
        while start < n {
            let end = (start + chunk).min(n);
            let rows: Vec<(String, String)> =
                (start..end).map(|i| generator.offer_text(i)).collect();
            let t = Instant::now();
            let tx = conn.transaction()?;
            {
                let mut insert = tx.prepare_cached(
                    "INSERT INTO offers (rowid, name, description) VALUES (?1, ?2, ?3)",
                )?;
                for (k, (name, description)) in rows.iter().enumerate() {
                    insert.execute(params![(start + k) as i64, name, description])?;
                }
            }
            tx.commit()?;
            timed += t.elapsed();
            start = end;
        }
        let t = Instant::now();
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        timed += t.elapsed();
        let bytes = crate::stats::disk_size(path);
        Ok((
            Self { conn },
            Build {
                rows: n,
                seconds: timed.as_secs_f64(),
                bytes,
            },
        ))
    }

    /// Top 20 by bm25 and the total count. `None` if the text has no words.
    pub fn search(&self, text: &str) -> Result<Option<(Vec<i64>, u64)>> {
        let Some(expr) = match_expression(text) else {
            return Ok(None);
        };
        let mut top = self.conn.prepare_cached(
            "SELECT rowid FROM offers WHERE offers MATCH ?1 ORDER BY bm25(offers) LIMIT 20",
        )?;
        let ids: Vec<i64> = top
            .query_map([&expr], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let mut count = self
            .conn
            .prepare_cached("SELECT count(*) FROM offers WHERE offers MATCH ?1")?;
        let total: i64 = count.query_row([&expr], |r| r.get(0))?;
        Ok(Some((ids, total as u64)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_cannot_leak() {
        assert_eq!(
            match_expression("Sprachkurs -Frauen NEAR(\"x\" OR y*)").as_deref(),
            Some("\"Sprachkurs\" \"Frauen\" \"NEAR\" \"x\" \"OR\" \"y\"")
        );
        assert_eq!(match_expression(" -- "), None);
        assert_eq!(
            match_expression("Elterncafé").as_deref(),
            Some("\"Elterncafé\"")
        );
    }
}
