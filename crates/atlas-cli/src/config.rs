//! The typed configuration, read once at start-up from flags and the environment
//! (`ATLAS_DATA_DIR`, `ATLAS_ADDR`) and passed explicitly from there on.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

/// Where the data lives. Shared by every subcommand.
#[derive(Debug, Clone, Args)]
pub struct DataDir {
    /// Directory of the store (and, later, the search index).
    #[arg(
        long = "data-dir",
        env = "ATLAS_DATA_DIR",
        default_value = "./atlas-data",
        global = true
    )]
    pub data_dir: PathBuf,
}

/// Settings of `atlas serve`.
#[derive(Debug, Clone, Args)]
pub struct ServeConfig {
    /// Address to listen on.
    #[arg(long, env = "ATLAS_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Do not fill an empty store with the demo data.
    #[arg(long)]
    pub no_demo: bool,
    /// Address of a reverse proxy whose X-Forwarded-For header names the client (repeat the
    /// option or separate by commas). Without it, X-Forwarded-For is ignored and the
    /// connection's peer address is the client (for the per-client limit on reports).
    #[arg(
        long = "trusted-proxy",
        env = "ATLAS_TRUSTED_PROXIES",
        value_delimiter = ','
    )]
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Public origin of the site (e.g. `https://integrationsatlas.example.org`) for absolute
    /// URLs in robots.txt and the sitemaps. Without it they use the request's Host header.
    #[arg(long = "public-url", env = "ATLAS_PUBLIC_URL", value_parser = atlas_web::PublicUrl::parse)]
    pub public_url: Option<atlas_web::PublicUrl>,
    /// SMTP server for outgoing mail, e.g. `smtps://user:password@mail.example.org:465` or
    /// `smtp://user:password@mail.example.org:587?tls=required`. Without it, mails stay in the
    /// outbox, where administrators read them.
    #[arg(
        long = "smtp-url",
        env = "ATLAS_SMTP_URL",
        requires = "mail_from",
        hide_env_values = true
    )]
    pub smtp_url: Option<String>,
    /// Sender of outgoing mail, e.g. `Integrationsatlas <atlas@example.org>`.
    #[arg(long = "mail-from", env = "ATLAS_MAIL_FROM")]
    pub mail_from: Option<String>,
}
