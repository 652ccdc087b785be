//! Speed of the German analysis: median time of `index_terms`, `exact_terms` and `query` over a
//! 200-word German paragraph (plain `std::time`, many iterations, no harness). Run with
//! `cargo bench -p atlas-analysis`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use atlas_analysis::GermanAnalysis;

/// A German paragraph of the kind offers are written in (our own text).
const PARAGRAPH: &str = "Der Integrationskurs der Volkshochschule richtet sich an Zugewanderte, \
Geflüchtete und Spätaussiedler, die ihre Deutschkenntnisse verbessern möchten. Die \
Deutschkurse finden montags bis donnerstags von 9 bis 12 Uhr in den Räumen der \
Migrationsberatung statt; eine Kinderbetreuung wird während des Unterrichts angeboten. \
Teilnehmende mit Berechtigungsschein des Bundesamtes für Migration und Flüchtlinge zahlen \
keinen Kostenbeitrag, alle anderen melden sich bitte bei der Beratungsstelle. Außerdem gibt es \
ein Sprachcafé, einen Elterntreff und eine Hausaufgabenhilfe für Schülerinnen und Schüler der \
Grundschule. Unsere Elternlotsen begleiten Familien bei Terminen mit dem Jugendamt, der \
Ausländerbehörde oder dem Jobcenter und übersetzen bei Bedarf in Arabisch, Türkisch, \
Russisch, Ukrainisch und Farsi. Die Berufsanerkennung ausländischer Abschlüsse wird in der \
Anerkennungsberatung erklärt: welche Unterlagen nötig sind, wie lange das Verfahren dauert \
und welche Kosten entstehen. Ehrenamtliche Sprachpatinnen und -paten treffen sich jeden \
ersten Mittwoch im Monat im Stadtteilzentrum. Der Sportverein bietet Schwimmkurse für Frauen \
und Mädchen an, die Anmeldung erfolgt über das Familienbüro. Für Fragen zur Wohnungssuche, \
zum Mietvertrag oder zu Nebenkosten steht die Wohnraumberatung zur Verfügung. Bitte bringen \
Sie zum ersten Termin Ihren Aufenthaltstitel, Ihren Pass und, falls vorhanden, Zeugnisse mit. \
Die Beratung ist kostenlos, vertraulich und auf Wunsch anonym. Eine Anmeldung ist nicht \
nötig, Dolmetscherinnen können bei Bedarf über das Integrationsbüro angefragt werden.";

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn measure(name: &str, words: usize, mut run: impl FnMut()) {
    for _ in 0..200 {
        run();
    }
    let samples: Vec<Duration> = (0..2_000)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .collect();
    let median = median(samples);
    println!(
        "{name:<12} median {:>9.1} µs per paragraph, {:>6.2} µs per word ({words} words)",
        median.as_secs_f64() * 1e6,
        median.as_secs_f64() * 1e6 / words as f64
    );
}

fn main() {
    let analysis = GermanAnalysis::embedded();
    let words = PARAGRAPH.split_whitespace().count();
    let start = Instant::now();
    let fresh = GermanAnalysis::from_data(atlas_analysis::AnalysisData::EMBEDDED);
    println!(
        "building the analysis from the embedded data: {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    assert!(fresh.is_ok());
    measure("index_terms", words, || {
        black_box(analysis.index_terms(black_box(PARAGRAPH)));
    });
    measure("exact_terms", words, || {
        black_box(analysis.exact_terms(black_box(PARAGRAPH)));
    });
    let question = "Wo kann ich in Offenbach einen Deutschkurs für Frauen machen?";
    measure("query", question.split_whitespace().count(), || {
        black_box(analysis.query(black_box(question)));
    });
}
