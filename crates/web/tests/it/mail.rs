//! Mail through a real SMTP server (aiosmtpd, started per test from `scripts/smtp-server.py`;
//! see `store::testing::servers`): what Sharaka sends is parsed back from the bytes the server
//! received, and a relay that is down, refuses (451) or drops the connection before
//! acknowledging keeps the message in the outbox until a later attempt gets through.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::http::StatusCode;
use domain::clock::ManualClock;
use store::testing::servers::{RealServer, SmtpMode};
use store::testing::TestDatabase;

use crate::harness::{TestApp, BASE_URL, START};

/// The messages the server accepted, oldest first, as received.
fn received(folder: &Path) -> Vec<Vec<u8>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|dir| {
            dir.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "eml")).collect()
        })
        .unwrap_or_default();
    files.sort_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
    files.iter().map(|p| std::fs::read(p).expect("message")).collect()
}

fn header(mail: &mailparse::ParsedMail<'_>, name: &str) -> String {
    mail.headers.iter().find(|h| h.get_key_ref().eq_ignore_ascii_case(name)).map(|h| h.get_value()).unwrap_or_default()
}

fn mail_folder() -> PathBuf {
    std::env::temp_dir().join(format!("sharaka_smtp_{}", &store::random_token()[..12]))
}

async fn app_with_smtp(db: Arc<dyn store::Database>, port: u16) -> TestApp {
    app_with_relay(db, web::SmtpConfig::new(format!("smtp://127.0.0.1:{port}"))).await
}

async fn app_with_relay(db: Arc<dyn store::Database>, smtp: web::SmtpConfig) -> TestApp {
    let clock = Arc::new(ManualClock::at_unix(START));
    let mut config = web::WebConfig::new(BASE_URL, web::MailConfig::Smtp(smtp));
    // A Moroccan instance names itself in Arabic: the sender's name is not ASCII.
    config.mail_from = "بوابة الحكومة المنفتحة <no-reply@sharaka.test>".to_string();
    let state = web::AppState::new(db, clock.clone(), config).await.expect("state");
    TestApp {
        router: web::app(state.clone()),
        state,
        clock,
        mail_dir: std::env::temp_dir().join("sharaka_unused_mail_dir"),
        db: None,
        cookies: Default::default(),
        headers: vec![],
        client_ip: None,
    }
}

store::on_both_backends!(
    store::testing::TestDatabase;
    verification_mail_in_arabic_goes_through_a_real_smtp_server,
    a_relay_that_is_down_refuses_or_drops_keeps_the_mail_until_it_gets_through,
    mail_goes_over_starttls_to_a_relay_with_a_private_authority,
);

async fn verification_mail_in_arabic_goes_through_a_real_smtp_server(db: &mut TestDatabase) {
    let folder = mail_folder();
    let Some(server) = RealServer::smtp(&folder, SmtpMode::Accept, None) else { return };
    let mut app = app_with_smtp(db.db.clone(), server.port).await;
    let response = app
        .submit(
            "/ar/register",
            "/ar/register",
            &[
                ("name", "نادية العلوي"),
                ("email", "nadia@example.ma"),
                ("password", "smtp-password-1"),
                ("password_confirm", "smtp-password-1"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(web::jobs::mail::deliver_due(&app.state).await.expect("deliver"), 1);
    let messages = received(&folder);
    assert_eq!(messages.len(), 1, "one message reached the server");
    let parsed = mailparse::parse_mail(&messages[0]).expect("RFC 5322 message");
    assert_eq!(header(&parsed, "X-Envelope-To"), "nadia@example.ma");
    assert_eq!(header(&parsed, "Subject"), "أكّد بريدك الإلكتروني على شراكة");
    let from = mailparse::addrparse_header(parsed.headers.iter().find(|h| h.get_key_ref() == "From").expect("From"))
        .expect("From address");
    let mailparse::MailAddr::Single(from) = &from[0] else { panic!("one sender") };
    assert_eq!(from.display_name.as_deref(), Some("بوابة الحكومة المنفتحة"));
    assert_eq!(from.addr, "no-reply@sharaka.test");
    let body = parsed.get_body().expect("body");
    assert!(body.contains("لتأكيد بريدك الإلكتروني"), "{body}");
    assert!(body.contains(&format!("{BASE_URL}/ar/verify?token=")), "{body}");
    assert_eq!(app.state.db.pending_mail_count().await.expect("pending"), 0);
    drop(server);
    app.cleanup().await;
    let _ = std::fs::remove_dir_all(folder);
}

async fn a_relay_that_is_down_refuses_or_drops_keeps_the_mail_until_it_gets_through(db: &mut TestDatabase) {
    let folder = mail_folder();
    // The relay's address, with nothing listening yet.
    let Some(probe) = RealServer::smtp(&folder, SmtpMode::Accept, None) else { return };
    let port = probe.port;
    probe.stop();
    let app = app_with_smtp(db.db.clone(), port).await;
    let mail = store::NewMail {
        recipient: "x@example.ma".into(),
        subject: "Réponse à votre contribution".into(),
        body: "Bonjour".into(),
        unsubscribe: None,
    };
    app.state.db.enqueue_mail(&mail, START).await.expect("enqueue");
    let try_again = |hours: i64| {
        app.clock.advance(hours * 3600);
        web::jobs::mail::deliver_due(&app.state)
    };
    assert_eq!(try_again(0).await.expect("deliver"), 0, "down: nothing sent");
    assert_eq!(app.state.db.pending_mail_count().await.expect("pending"), 1, "the message is kept");

    let refusing = RealServer::smtp(&folder, SmtpMode::Refuse, Some(port)).expect("server");
    assert_eq!(try_again(0).await.expect("deliver"), 0, "not retried before its back-off ends");
    assert_eq!(try_again(1).await.expect("deliver"), 0, "451: nothing sent");
    refusing.stop();
    let dropping = RealServer::smtp(&folder, SmtpMode::Drop, Some(port)).expect("server");
    assert_eq!(try_again(1).await.expect("deliver"), 0, "dropped before the acknowledgement");
    dropping.stop();
    assert!(received(&folder).is_empty());
    let turned_away = |mode: &str| {
        std::fs::read_dir(&folder)
            .expect("folder")
            .filter(|e| e.as_ref().is_ok_and(|e| e.file_name().to_string_lossy().starts_with(mode)))
            .count()
    };
    assert_eq!((turned_away("refuse-"), turned_away("drop-")), (1, 1), "each server saw the message once");
    assert_eq!(app.state.db.pending_mail_count().await.expect("pending"), 1, "still kept");

    let working = RealServer::smtp(&folder, SmtpMode::Accept, Some(port)).expect("server");
    assert_eq!(try_again(1).await.expect("deliver"), 1, "the relay is back: sent once");
    let messages = received(&folder);
    assert_eq!(messages.len(), 1);
    let parsed = mailparse::parse_mail(&messages[0]).expect("message");
    assert_eq!(header(&parsed, "Subject"), "Réponse à votre contribution");
    assert_eq!(app.state.db.pending_mail_count().await.expect("pending"), 0);
    drop(working);
    app.cleanup().await;
    let _ = std::fs::remove_dir_all(folder);
}

/// A ministry's relay with a certificate from its own authority: STARTTLS is required, and the
/// certificate is checked against that authority (given as `SHARAKA_SMTP_CA_FILE`); without
/// it the certificate is not trusted and the message waits in the outbox.
async fn mail_goes_over_starttls_to_a_relay_with_a_private_authority(db: &mut TestDatabase) {
    let folder = mail_folder();
    std::fs::create_dir_all(&folder).expect("folder");
    let ca_out = folder.join("authority.pem");
    let Some(server) = RealServer::smtp(&folder, SmtpMode::StartTls { ca_out: ca_out.clone() }, None) else { return };
    let url = format!("smtp://localhost:{}?tls=required", server.port);
    let mail = store::NewMail {
        recipient: "nadia@example.ma".into(),
        subject: "ردّ على مساهمتك".into(),
        body: "شكرًا".into(),
        unsubscribe: None,
    };

    // The public authorities do not know this relay: refused, kept, retried later.
    let untrusting = app_with_relay(db.db.clone(), web::SmtpConfig::new(url.clone())).await;
    untrusting.state.db.enqueue_mail(&mail, START).await.expect("enqueue");
    assert_eq!(web::jobs::mail::deliver_due(&untrusting.state).await.expect("deliver"), 0, "untrusted certificate");
    assert!(received(&folder).is_empty());
    assert_eq!(untrusting.state.db.pending_mail_count().await.expect("pending"), 1);

    let smtp = web::SmtpConfig { url, ca_pem: Some(std::fs::read(&ca_out).expect("authority")) };
    let app = app_with_relay(db.db.clone(), smtp).await;
    app.clock.advance(3600);
    assert_eq!(web::jobs::mail::deliver_due(&app.state).await.expect("deliver"), 1);
    let messages = received(&folder);
    assert_eq!(messages.len(), 1);
    let parsed = mailparse::parse_mail(&messages[0]).expect("message");
    assert_eq!(header(&parsed, "X-TLS"), "yes", "sent over TLS");
    assert_eq!(header(&parsed, "Subject"), "ردّ على مساهمتك");
    drop(server);
    let _ = std::fs::remove_dir_all(folder);
}
