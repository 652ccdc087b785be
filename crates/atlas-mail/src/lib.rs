//! Mail delivery by SMTP. The application never sends mail itself: it writes every mail into the
//! store's outbox, and the server's mail thread hands the unsent ones to a [`Mailer`] when SMTP is
//! configured, noting each attempt. Without SMTP the outbox is where administrators read them, so
//! no mail is silently dropped.
//!
//! Architecture invariant: this crate knows nothing of the store, accounts or HTTP; it turns a
//! recipient, a subject and a text into an SMTP delivery, or an error saying why not.

use std::time::Duration;

use lettre::message::{Mailbox, header::ContentType};
use lettre::{Message, SmtpTransport, Transport};

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// The SMTP URL or the sender address is malformed (a configuration mistake).
    #[error("mail configuration: {0}")]
    Config(String),
    /// The recipient address cannot be used.
    #[error("recipient {0}: {1}")]
    Recipient(String, String),
    /// The server refused or could not be reached; try again later.
    #[error("SMTP delivery failed: {0}")]
    Delivery(String),
}

/// Sends mails through one SMTP server.
pub struct Mailer {
    transport: SmtpTransport,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may hold a password: never print it.
        f.debug_struct("Mailer")
            .field("from", &self.from.to_string())
            .finish()
    }
}

impl Mailer {
    /// A mailer for `url`: `smtps://user:pass@host:465` (TLS), `smtp://user:pass@host:587?tls=required`
    /// (STARTTLS), or `smtp://host:25` (plain, only for a relay on the same machine), sending as
    /// `from` (e.g. `Integrationsatlas <atlas@example.org>`).
    pub fn new(url: &str, from: &str) -> Result<Self, MailError> {
        let from: Mailbox = from
            .parse()
            .map_err(|e| MailError::Config(format!("sender {from:?}: {e}")))?;
        let transport = SmtpTransport::from_url(url)
            .map_err(|e| MailError::Config(format!("SMTP URL: {e}")))?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        Ok(Self { transport, from })
    }

    /// Sends one plain-text mail.
    pub fn send(&self, to: &str, subject: &str, body: &str) -> Result<(), MailError> {
        let to_box: Mailbox = to.parse().map_err(|e: lettre::address::AddressError| {
            MailError::Recipient(to.to_owned(), e.to_string())
        })?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to_box)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_owned())
            .map_err(|e| MailError::Recipient(to.to_owned(), e.to_string()))?;
        self.transport
            .send(&message)
            .map(|_| ())
            .map_err(|e| MailError::Delivery(e.to_string()))
    }
}
