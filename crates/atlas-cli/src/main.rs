//! `atlas`: the Integrationsatlas command line. Serves the API, imports and exports HSDS, and
//! checks the store. The only crate that uses `anyhow`: errors end here, printed for a person.

/// mimalloc instead of the system allocator: searches and index builds allocate and free many
/// small buffers (postings, bit sets, strings), which glibc's malloc made ≈ 10 % of their time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod config;
mod eval;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use atlas_app::Atlas;
use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

use crate::config::{DataDir, ServeConfig};

#[derive(Debug, Parser)]
#[command(
    name = "atlas",
    version,
    about = "Integrationsatlas: a searchable directory of integration offers"
)]
struct Cli {
    #[command(flatten)]
    data_dir: DataDir,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the web pages and the API (fills an empty store with the demo data unless --no-demo).
    Serve(ServeConfig),
    /// Import an HSDS 3.0 file: a page ({"contents": [...]}), a JSON array of services, or NDJSON.
    /// All or nothing; importing the same file again changes nothing.
    Import {
        /// The file to import.
        path: PathBuf,
    },
    /// Export all published offers, providers and networks as HSDS 3.0 JSON.
    Export {
        /// The file to write ("-" for standard output).
        path: PathBuf,
        /// Write NDJSON (one service per line) instead of one JSON page.
        #[arg(long)]
        ndjson: bool,
    },
    /// Check the store's integrity and that the search index is in step with it; exits
    /// non-zero on any problem.
    Check,
    /// Rebuild the search index from the store into a new generation and switch to it
    /// atomically (a running server switches over within a second).
    Reindex,
    /// Manage accounts: `atlas user create --role admin --email …` makes the first
    /// administrator. The password is read from ATLAS_PASSWORD or the first line of standard input.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// API tokens: `atlas token create --email … --name …` prints a new one once (only its
    /// digest is stored).
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Run the freshness sweep now (the server runs it at start and daily): archive offers past
    /// their end date or unconfirmed for 15 months, remind providers after 12.
    Sweep,
    /// Measure search quality: Recall@1, Recall@10 and MRR@10 for a TSV of
    /// `question<TAB>relevant_id` lines (a header line is skipped) against this data directory.
    Eval {
        /// The TSV file of questions.
        #[arg(long)]
        queries: PathBuf,
        /// Print every question whose answer is not in the top 10.
        #[arg(long)]
        misses: bool,
        /// Try other relevance weights (JSON; see `Tuning` in crates/atlas-index).
        #[arg(long)]
        tuning: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Create an account, verified at once.
    Create {
        #[arg(long)]
        email: String,
        /// provider, moderator or admin.
        #[arg(long, value_parser = parse_role)]
        role: atlas_app::Role,
        /// The name shown to others (default: the part of the address before '@').
        #[arg(long)]
        name: Option<String>,
        /// A moderator's region (AGS of a Gemeinde, Kreis, Regierungsbezirk or "06" for Hessen);
        /// repeat for several.
        #[arg(long = "region", value_parser = parse_ags)]
        regions: Vec<atlas_app::Ags>,
    },
    /// List the accounts.
    List,
}

#[derive(Debug, Subcommand)]
enum TokenCommand {
    /// Create an API token for an account.
    Create {
        /// The account's e-mail address.
        #[arg(long)]
        email: String,
        /// What uses the token (shown in the account's token list).
        #[arg(long)]
        name: String,
    },
}

fn parse_role(s: &str) -> Result<atlas_app::Role, String> {
    atlas_app::Role::parse(s).map_err(|e| e.to_string())
}

fn parse_ags(s: &str) -> Result<atlas_app::Ags, String> {
    atlas_app::Ags::parse(s).map_err(|e| e.to_string())
}

fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    let data_dir = cli.data_dir.data_dir;
    match cli.command {
        Command::Serve(cfg) => serve(&data_dir, cfg),
        Command::Import { path } => import(&data_dir, &path),
        Command::Export { path, ndjson } => export(&data_dir, &path, ndjson),
        Command::Check => check(&data_dir),
        Command::Reindex => reindex(&data_dir),
        Command::User {
            command:
                UserCommand::Create {
                    email,
                    role,
                    name,
                    regions,
                },
        } => user_create(&data_dir, &email, role, name.as_deref(), &regions),
        Command::User {
            command: UserCommand::List,
        } => user_list(&data_dir),
        Command::Token {
            command: TokenCommand::Create { email, name },
        } => token_create(&data_dir, &email, &name),
        Command::Sweep => {
            let report = open(&data_dir)?.freshness_sweep()?;
            eprintln!(
                "freshness sweep: {} reminded, {} archived as unconfirmed, {} archived as ended",
                report.reminded, report.archived_unconfirmed, report.archived_ended
            );
            Ok(())
        }
        Command::Eval {
            queries,
            misses,
            tuning,
        } => eval::run(&data_dir, &queries, misses, tuning.as_deref()),
    }
}

fn open(data_dir: &Path) -> Result<Atlas> {
    Atlas::open(data_dir)
        .with_context(|| format!("cannot open the atlas in {}", data_dir.display()))
}

fn serve(data_dir: &Path, cfg: ServeConfig) -> Result<()> {
    let atlas = open(data_dir)?;
    if !cfg.no_demo && atlas.load_demo_if_empty()? {
        tracing::info!("empty store: demo data loaded (start with --no-demo to keep it empty)");
    }
    atlas.start_search()?;
    let atlas = Arc::new(atlas);
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let follower = spawn_index_follower(atlas.clone(), stop.clone());
    let mailer = match (&cfg.smtp_url, &cfg.mail_from) {
        (Some(url), Some(from)) => Some(atlas_mail::Mailer::new(url, from)?),
        _ => {
            tracing::info!(
                "no SMTP server configured: mails stay in the outbox for administrators"
            );
            None
        }
    };
    let mail_thread = mailer.map(|m| spawn_mail_sender(atlas.clone(), m, stop.clone()));
    let web = atlas_web::WebState::new(atlas.clone())
        .map_err(|e| anyhow::anyhow!("interface texts: {e}"))?
        .with_trusted_proxies(&cfg.trusted_proxies)
        .with_public_url(cfg.public_url.clone())
        .with_mail_origin(&format!("http://{}", cfg.addr));
    if cfg.public_url.is_none() {
        tracing::warn!(
            "no --public-url: links in mails point to http://{}; set it in production",
            cfg.addr
        );
    }
    let app = atlas_api::router(atlas.clone()).merge(atlas_web::router(web));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(cfg.addr)
            .await
            .with_context(|| format!("cannot listen on {}", cfg.addr))?;
        tracing::info!(addr = %cfg.addr, data_dir = %data_dir.display(), "serving");
        // The peer address reaches the handlers (ConnectInfo): the report form limits per client.
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("server failed")?;
        Ok::<_, anyhow::Error>(())
    })?;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    if follower.join().is_err() {
        tracing::error!("index follower panicked");
    }
    if let Some(t) = mail_thread
        && t.join().is_err()
    {
        tracing::error!("mail sender panicked");
    }
    tracing::info!("stopped");
    Ok(())
}

/// How often the server looks for changes written by other processes (e.g. `atlas import`).
const SYNC_INTERVAL: std::time::Duration = std::time::Duration::from_millis(100);

/// How often the server runs the freshness sweep (also once at start).
const SWEEP_INTERVAL: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);

/// Keeps the index in step with the store: every `SYNC_INTERVAL` it applies new change-log
/// entries and takes over a rebuilt index; once a day it runs the freshness sweep. Errors are
/// logged and retried.
fn spawn_index_follower(
    atlas: Arc<Atlas>,
    stop: Arc<std::sync::atomic::AtomicBool>,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let mut last_sweep: Option<std::time::Instant> = None;
        while !stop.load(std::sync::atomic::Ordering::Relaxed) {
            if last_sweep.is_none_or(|t| t.elapsed() >= SWEEP_INTERVAL) {
                last_sweep = Some(std::time::Instant::now());
                match atlas.freshness_sweep() {
                    Ok(r) => tracing::info!(
                        reminded = r.reminded,
                        archived_unconfirmed = r.archived_unconfirmed,
                        archived_ended = r.archived_ended,
                        "freshness sweep"
                    ),
                    Err(e) => tracing::error!(error = %e, "freshness sweep failed"),
                }
            }
            match atlas.sync() {
                Ok(tick) if tick.applied.changes > 0 || tick.switched => {
                    tracing::info!(
                        changes = tick.applied.changes,
                        documents = tick.applied.documents,
                        seq = tick.applied.seq,
                        switched = tick.switched,
                        "index updated"
                    );
                }
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "index update failed; retrying"),
            }
            std::thread::sleep(SYNC_INTERVAL);
        }
    })
}

/// How often the mail thread looks into the outbox.
const MAIL_INTERVAL: std::time::Duration = std::time::Duration::from_secs(5);

/// Sends the outbox's unsent mails by SMTP, noting every attempt (a failed mail is tried again
/// on later rounds, up to `MAX_MAIL_ATTEMPTS`, and stays readable in the outbox).
fn spawn_mail_sender(
    atlas: Arc<Atlas>,
    mailer: atlas_mail::Mailer,
    stop: Arc<std::sync::atomic::AtomicBool>,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        while !stop.load(std::sync::atomic::Ordering::Relaxed) {
            match atlas.pending_mails(20) {
                Ok(mails) => {
                    for m in mails {
                        let result = mailer.send(&m.recipient, &m.subject, &m.body);
                        let error = result.as_ref().err().map(ToString::to_string);
                        match &error {
                            None => tracing::info!(mail.id = %m.id, "mail sent"),
                            Some(e) => tracing::warn!(mail.id = %m.id, error = %e, "mail not sent"),
                        }
                        if let Err(e) = atlas.record_mail_attempt(m.id, error.as_deref()) {
                            tracing::error!(error = %e, "cannot note a mail attempt");
                        }
                    }
                }
                Err(e) => tracing::error!(error = %e, "cannot read the outbox"),
            }
            std::thread::sleep(MAIL_INTERVAL);
        }
    })
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

fn import(data_dir: &Path, path: &Path) -> Result<()> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let atlas = open(data_dir)?;
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {msg} [{bar:40}] {pos}/{len} records",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar.set_message(format!("importing {}", path.display()));
        Some(bar)
    } else {
        None
    };
    let file_name = path.display().to_string();
    let report = atlas.import(&file_name, &text, &mut |done, total| {
        if let Some(bar) = &bar {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        }
    });
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let report = report?;
    eprintln!(
        "imported {}: {} records ({} services): {} new, {} changed, {} unchanged in {:.2} s",
        path.display(),
        report.records,
        report.services,
        report.inserted,
        report.updated,
        report.unchanged,
        report.seconds
    );
    Ok(())
}

fn export(data_dir: &Path, path: &Path, ndjson: bool) -> Result<()> {
    let atlas = open(data_dir)?;
    let data = atlas.export()?;
    let text = if ndjson {
        atlas_hsds::write_ndjson(&data)
    } else {
        let mut s = serde_json::to_string_pretty(&atlas_hsds::write_page(&data))?;
        s.push('\n');
        s
    };
    if path == Path::new("-") {
        use std::io::Write;
        std::io::stdout().write_all(text.as_bytes())?;
    } else {
        // Write beside the target and rename, so a failed export never leaves half a file.
        let tmp = path.with_extension("partial");
        std::fs::write(&tmp, &text).with_context(|| format!("cannot write {}", tmp.display()))?;
        std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
        eprintln!(
            "exported {} services and {} networks to {}",
            data.services.len(),
            data.networks.len(),
            path.display()
        );
    }
    Ok(())
}

/// The password of a new account: ATLAS_PASSWORD, else the first line of standard input.
fn read_password() -> Result<String> {
    if let Ok(p) = std::env::var("ATLAS_PASSWORD") {
        return Ok(p);
    }
    if std::io::stdin().is_terminal() {
        eprint!("password (at least 12 characters; it is shown as you type): ");
    }
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .context("cannot read the password from standard input")?;
    let p = line.trim_end_matches(['\r', '\n']).to_owned();
    if p.is_empty() {
        bail!("no password: set ATLAS_PASSWORD or give it on the first line of standard input");
    }
    Ok(p)
}

fn user_create(
    data_dir: &Path,
    email: &str,
    role: atlas_app::Role,
    name: Option<&str>,
    regions: &[atlas_app::Ags],
) -> Result<()> {
    let atlas = open(data_dir)?;
    let password = read_password()?;
    let name = name
        .map(str::to_owned)
        .unwrap_or_else(|| email.split('@').next().unwrap_or(email).to_owned());
    let id = atlas.create_account(email, &name, &password, role, regions, None)?;
    eprintln!("created {} account {email} ({id})", role.code());
    Ok(())
}

fn user_list(data_dir: &Path) -> Result<()> {
    let atlas = open(data_dir)?;
    for a in atlas.all_accounts()? {
        println!(
            "{}\t{}\t{}\t{}",
            a.0.email,
            a.0.role.code(),
            if a.0.verified_at.is_some() {
                "verified"
            } else {
                "unverified"
            },
            a.1.join(" ")
        );
    }
    Ok(())
}

fn token_create(data_dir: &Path, email: &str, name: &str) -> Result<()> {
    let atlas = open(data_dir)?;
    let actor = atlas
        .actor_by_email(email)?
        .with_context(|| format!("no account {email}"))?;
    let (id, token) = atlas.create_api_token(&actor, name)?;
    eprintln!("API token {id} for {email} (shown once; send it as `Authorization: Bearer …`):");
    println!("{}", token.as_str());
    Ok(())
}

fn reindex(data_dir: &Path) -> Result<()> {
    let atlas = open(data_dir)?;
    let started = std::time::Instant::now();
    let applied = atlas.reindex()?;
    eprintln!(
        "index rebuilt: {} documents up to change {} in {:.2} s",
        applied.documents,
        applied.seq,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn check(data_dir: &Path) -> Result<()> {
    if !data_dir.join(atlas_app::STORE_FILE).exists() {
        bail!(
            "no store in {} (run `atlas serve` or `atlas import` first)",
            data_dir.display()
        );
    }
    let atlas = open(data_dir)?;
    let report = atlas.check()?;
    for (table, n) in &report.counts {
        eprintln!("{table}: {n}");
    }
    for note in &report.notes {
        eprintln!("note: {note}");
    }
    for p in &report.problems {
        eprintln!("problem: {p}");
    }
    let index = atlas.check_index()?;
    eprintln!(
        "search index: generation {}, {} documents ({} expected), at change {} of {}",
        index.generation.as_deref().unwrap_or("-"),
        index.documents,
        index.expected,
        index.committed_seq.unwrap_or(0),
        index.store_seq
    );
    for p in &index.problems {
        eprintln!("problem: {p}");
    }
    let problems = report.problems.len() + index.problems.len();
    if problems > 0 {
        bail!("{problems} problem(s)");
    }
    eprintln!("store and search index ok");
    Ok(())
}
