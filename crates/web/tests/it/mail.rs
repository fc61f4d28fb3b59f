//! Mail through SMTP: a local sink speaks just enough SMTP to receive what lettre sends.

use std::sync::Arc;

use axum::http::StatusCode;
use domain::clock::ManualClock;
use store::testing::TestDatabase;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

use crate::harness::{TestApp, BASE_URL, START};

/// Accepts SMTP sessions and forwards each message's DATA to the channel.
async fn smtp_sink() -> (u16, mpsc::UnboundedReceiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let (tx, rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let tx = tx.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 sink ESMTP\r\n").await.ok();
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(buffer) = data.as_mut() {
                        if line == "." {
                            tx.send(data.take().unwrap_or_default()).ok();
                            write.write_all(b"250 queued\r\n").await.ok();
                        } else {
                            buffer.push_str(&line);
                            buffer.push_str("\r\n");
                        }
                        continue;
                    }
                    let verb = line.split_whitespace().next().unwrap_or_default().to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250-sink\r\n250 8BITMIME\r\n",
                        "DATA" => {
                            data = Some(String::new());
                            b"354 go ahead\r\n"
                        }
                        "QUIT" => {
                            write.write_all(b"221 bye\r\n").await.ok();
                            break;
                        }
                        _ => b"250 ok\r\n",
                    };
                    write.write_all(reply).await.ok();
                }
            });
        }
    });
    (port, rx)
}

async fn app_with_smtp(db: TestDatabase, smtp_url: String) -> TestApp {
    let clock = Arc::new(ManualClock::at_unix(START));
    let config = web::WebConfig::new(BASE_URL, web::MailConfig::Smtp(smtp_url));
    let state = web::AppState::new(db.db.clone(), clock.clone(), config).await.expect("state");
    TestApp {
        router: web::app(state.clone()),
        state,
        clock,
        mail_dir: std::env::temp_dir().join("sharaka_unused_mail_dir"),
        db: Some(db),
        cookies: Default::default(),
        headers: vec![],
        client_ip: None,
    }
}

#[tokio::test]
async fn verification_mail_goes_through_smtp() {
    let (port, mut received) = smtp_sink().await;
    let mut app = app_with_smtp(TestDatabase::sqlite().await, format!("smtp://127.0.0.1:{port}")).await;
    let response = app
        .submit(
            "/fr/register",
            "/fr/register",
            &[
                ("name", "Nadia"),
                ("email", "nadia@example.ma"),
                ("password", "smtp-password-1"),
                ("password_confirm", "smtp-password-1"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(web::mail::deliver_due(&app.state).await.expect("deliver"), 1);
    let raw = received.recv().await.expect("a message reached the SMTP server");
    let parsed = mailparse::parse_mail(raw.as_bytes()).expect("RFC 5322 message");
    let subject = parsed.headers.iter().find(|h| h.get_key_ref() == "Subject").map(|h| h.get_value());
    assert_eq!(subject.as_deref(), Some("Confirmez votre adresse e-mail sur Sharaka"));
    assert!(parsed.get_body().expect("body").contains(&format!("{BASE_URL}/fr/verify?token=")));
    assert_eq!(app.state.db.pending_mail_count().await.expect("pending"), 0);
    app.cleanup().await;
}

#[tokio::test]
async fn an_unreachable_relay_keeps_the_mail_and_retries_later() {
    // Bind then drop a listener: nothing answers on that port.
    let port = TcpListener::bind("127.0.0.1:0").await.expect("bind").local_addr().expect("addr").port();
    let app = app_with_smtp(TestDatabase::sqlite().await, format!("smtp://127.0.0.1:{port}")).await;
    let mail =
        store::NewMail { recipient: "x@example.ma".into(), subject: "S".into(), body: "B".into(), unsubscribe: None };
    app.state.db.enqueue_mail(&mail, START).await.expect("enqueue");
    assert_eq!(web::mail::deliver_due(&app.state).await.expect("deliver"), 0);
    assert_eq!(app.state.db.pending_mail_count().await.expect("pending"), 1, "the message is kept");
    // Not retried before its back-off ends …
    assert!(app.state.db.claim_mail(START + 30, 60, 10).await.expect("claim").is_empty());
    // … and retried after it (1 minute after the first failure, then 2, 4 …).
    let due = app.state.db.claim_mail(START + 121, 60, 10).await.expect("claim");
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].attempts, 2);
    app.cleanup().await;
}
