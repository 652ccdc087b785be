//! `atlas eval`: search quality on a set of questions with known answers. Prints Recall@1,
//! Recall@10 and MRR@10 (and, with `--misses`, the questions whose answer is not in the top 10).

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use atlas_app::{Atlas, SearchRequest};

pub fn run(data_dir: &Path, queries: &Path, misses: bool, tuning: Option<&Path>) -> Result<()> {
    let text = std::fs::read_to_string(queries)
        .with_context(|| format!("cannot read {}", queries.display()))?;
    let mut cases = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || (n == 0 && line.to_ascii_lowercase().starts_with("question\t"))
        {
            continue;
        }
        let Some((question, id)) = line.rsplit_once('\t') else {
            bail!(
                "{}, line {}: expected question<TAB>relevant_id",
                queries.display(),
                n + 1
            );
        };
        cases.push((n + 1, question.trim().to_owned(), id.trim().to_owned()));
    }
    if cases.is_empty() {
        bail!("{}: no questions", queries.display());
    }
    let atlas = Atlas::open(data_dir)
        .with_context(|| format!("cannot open the atlas in {}", data_dir.display()))?;
    atlas.start_search()?;
    if let Some(path) = tuning {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let tuning: atlas_app::Tuning = serde_json::from_str(&text)
            .with_context(|| format!("{}: not a valid tuning", path.display()))?;
        atlas.set_search_tuning(tuning)?;
    }
    let (mut r1, mut r10, mut rr) = (0usize, 0usize, 0f64);
    let started = Instant::now();
    for (line, question, id) in &cases {
        let result = atlas.search(SearchRequest {
            text: question.clone(),
            limit: 10,
            ..SearchRequest::default()
        })?;
        let rank = result.hits.iter().position(|h| h.id.to_string() == *id);
        match rank {
            Some(r) => {
                if r == 0 {
                    r1 += 1;
                }
                r10 += 1;
                rr += 1.0 / (r as f64 + 1.0);
            }
            None if misses => {
                let top = result.hits.first().map(|h| h.name.as_str()).unwrap_or("-");
                println!("miss (line {line}): {question}  → top: {top}");
            }
            None => {}
        }
    }
    let n = cases.len() as f64;
    let ms = started.elapsed().as_secs_f64() * 1000.0 / n;
    println!(
        "questions {}  Recall@1 {:.3}  Recall@10 {:.3}  MRR@10 {:.3}  ({ms:.2} ms per question)",
        cases.len(),
        r1 as f64 / n,
        r10 as f64 / n,
        rr / n
    );
    Ok(())
}
