//! Delivery against a small SMTP server on 127.0.0.1 that records what it receives.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::mpsc;

use atlas_mail::{MailError, Mailer};

/// Accepts one connection, speaks just enough SMTP, and sends back the DATA it got.
fn fake_server(refuse_rcpt: bool) -> (u16, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut out = stream.try_clone().unwrap();
        let mut lines = BufReader::new(stream);
        let mut say = |s: &str| out.write_all(format!("{s}\r\n").as_bytes()).unwrap();
        say("220 localhost ESMTP test");
        let mut data = String::new();
        let mut in_data = false;
        let mut line = String::new();
        while lines.read_line(&mut line).unwrap_or(0) > 0 {
            let l = line.trim_end().to_owned();
            line.clear();
            if in_data {
                if l == "." {
                    in_data = false;
                    say("250 queued");
                } else {
                    data.push_str(&l);
                    data.push('\n');
                }
                continue;
            }
            let verb = l.split_whitespace().next().unwrap_or("").to_uppercase();
            match verb.as_str() {
                "EHLO" | "HELO" => say("250 localhost"),
                "MAIL" => say("250 ok"),
                "RCPT" if refuse_rcpt => say("550 no such user"),
                "RCPT" => say("250 ok"),
                "DATA" => {
                    in_data = true;
                    say("354 go ahead");
                }
                "QUIT" => {
                    say("221 bye");
                    break;
                }
                _ => say("250 ok"),
            }
        }
        let _ = tx.send(data);
    });
    (port, rx)
}

#[test]
fn a_mail_reaches_the_smtp_server_with_sender_recipient_subject_and_text() {
    let (port, rx) = fake_server(false);
    let mailer = Mailer::new(
        &format!("smtp://127.0.0.1:{port}"),
        "Integrationsatlas <atlas@example.org>",
    )
    .unwrap();
    mailer
        .send(
            "anbieterin@example.org",
            "Bitte bestätigen",
            "Hallo,\nder Link: https://atlas.example.org/x",
        )
        .unwrap();
    drop(mailer);
    let data = rx.recv_timeout(std::time::Duration::from_secs(10)).unwrap();
    assert!(
        data.contains("From: Integrationsatlas <atlas@example.org>"),
        "{data}"
    );
    assert!(data.contains("To: anbieterin@example.org"), "{data}");
    assert!(data.contains("Subject:"), "{data}");
    assert!(data.contains("https://atlas.example.org/x"), "{data}");
}

#[test]
fn refusals_and_bad_configuration_are_errors_that_say_why() {
    let (port, _rx) = fake_server(true);
    let mailer = Mailer::new(&format!("smtp://127.0.0.1:{port}"), "atlas@example.org").unwrap();
    let e = mailer.send("x@example.org", "s", "b").unwrap_err();
    assert!(matches!(e, MailError::Delivery(_)), "{e}");
    assert!(matches!(
        Mailer::new("ftp://x", "atlas@example.org"),
        Err(MailError::Config(_))
    ));
    assert!(matches!(
        Mailer::new("smtp://127.0.0.1:25", "not an address"),
        Err(MailError::Config(_))
    ));
    let m = Mailer::new("smtp://127.0.0.1:9", "atlas@example.org").unwrap();
    assert!(matches!(
        m.send("no address", "s", "b"),
        Err(MailError::Recipient(..))
    ));
    assert!(!format!("{m:?}").contains("smtp://"));
}
