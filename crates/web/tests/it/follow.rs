//! Following by e-mail: news sent once, as it comes or weekly, and one-click unsubscribe
//! (RFC 8058) without a session or a form token.

use axum::http::{Method, StatusCode};
use domain::commitment::{MilestoneInput, MilestoneStatus};
use domain::implementation::ProgressInput;
use domain::{Locale, Localized};

use crate::harness::{import_morocco, TestApp, START};
use crate::on_both_backends;

on_both_backends!(followers_get_news_once_and_leave_in_one_click);

async fn report(app: &TestApp, milestone: i64, author: i64, percent: u8, at: i64) {
    let update = ProgressInput {
        status: MilestoneStatus::InProgress,
        percent,
        narrative: Localized::from_pairs([(Locale::Fr, format!("Avancement {percent}"))]),
        reported_on: time::OffsetDateTime::from_unix_timestamp(START).unwrap().date(),
        reason: None,
        evidence: vec![],
    };
    app.state.db.report_progress(milestone, &update, author, true, at).await.unwrap();
}

async fn followers_get_news_once_and_leave_in_one_click(app: &mut TestApp) {
    import_morocco(app).await;
    let commitment = app.state.db.commitment_by_code("MO0050").await.unwrap().expect("MO0050");
    let input = MilestoneInput {
        output: Localized::from_pairs([(Locale::Fr, "Lancer l'application")]),
        starts_on: None,
        due_on: None,
        responsible_institution_id: commitment.lead_institution_id,
        status: MilestoneStatus::NotStarted,
        percent: 0,
    };
    let m = app.state.db.add_milestone(commitment.id, &input, None, START).await.unwrap();
    let reader = app.verified_user("suivi@example.ma", "Suivi", "suivi-pass-123").await;
    app.verified_user("hebdo@example.ma", "Hebdo", "hebdo-pass-123").await;

    // Following needs an account; the follow form is on the commitment's page.
    let token = app.csrf().await;
    let fields = [
        ("kind", "commitment"),
        ("target", &commitment.id.to_string()),
        ("frequency", "immediate"),
        ("next", "/fr/commitments/MO0050"),
    ];
    let anonymous = app.post("/fr/subscriptions", &fields, Some(&token)).await;
    assert!(anonymous.location().contains("/login"), "signed out: {} {}", anonymous.status, anonymous.location());
    app.login("suivi@example.ma", "suivi-pass-123").await;
    app.get("/fr/commitments/MO0050").await.assert_contains("action=\"/fr/subscriptions\"");
    let token = app.csrf().await;
    let followed = app.post("/fr/subscriptions", &fields, Some(&token)).await;
    assert_eq!(followed.location(), "/fr/commitments/MO0050?notice=following");
    let unknown = [("kind", "commitment"), ("target", "999999"), ("frequency", "immediate")];
    assert_eq!(app.post("/fr/subscriptions", &unknown, Some(&token)).await.status, StatusCode::NOT_FOUND);
    app.get("/fr/account/subscriptions").await.assert_contains("MO0050");

    app.login("hebdo@example.ma", "hebdo-pass-123").await;
    let token = app.csrf().await;
    let weekly = [("kind", "plan"), ("target", &commitment.plan_id.to_string()), ("frequency", "weekly")];
    assert_eq!(app.post("/fr/subscriptions", &weekly, Some(&token)).await.status, StatusCode::SEE_OTHER);

    // News before following is not sent; news after is, once.
    assert_eq!(web::jobs::notify::send_due(&app.state).await.unwrap(), 0);
    app.clock.advance(60);
    report(app, m, reader, 30, START + 30).await;
    assert_eq!(web::jobs::notify::send_due(&app.state).await.unwrap(), 2, "one each");
    assert_eq!(web::jobs::notify::send_due(&app.state).await.unwrap(), 0, "sent once");
    let mail = app.mails_to("suivi@example.ma").await.pop().expect("news");
    assert!(mail.body.contains("MO0050") && mail.body.contains("Avancement 30"), "{}", mail.body);
    insta::assert_snapshot!("mail-follow-digest-fr", mail.as_sent());
    assert!(
        mail.list_unsubscribe.starts_with("<http://sharaka.test/")
            && mail.list_unsubscribe.contains("/unsubscribe?token=")
    );
    assert_eq!(mail.list_unsubscribe_post, "List-Unsubscribe=One-Click");

    // More news: the follower "as it happens" gets it; the weekly one waits a week.
    app.clock.advance(3600);
    report(app, m, reader, 50, START + 3600).await;
    assert_eq!(web::jobs::notify::send_due(&app.state).await.unwrap(), 1);
    app.clock.advance(7 * 86_400);
    assert_eq!(web::jobs::notify::send_due(&app.state).await.unwrap(), 1, "the weekly digest");

    // One click from the mail client: a POST with no cookie and no form token.
    let link = mail.list_unsubscribe.trim_start_matches("<http://sharaka.test").trim_end_matches('>').to_string();
    app.cookies.clear();
    let stopped = app
        .send(
            Method::POST,
            &link,
            axum::body::Body::from("List-Unsubscribe=One-Click"),
            Some("application/x-www-form-urlencoded"),
            &[],
        )
        .await;
    assert_eq!(stopped.status, StatusCode::OK, "{}", stopped.body);
    assert_eq!(app.state.db.subscriptions_of(reader).await.unwrap().len(), 0);
    app.clock.advance(3600);
    report(app, m, reader, 70, app.state.now()).await;
    let before = app.mails_to("suivi@example.ma").await.len();
    web::jobs::notify::send_due(&app.state).await.unwrap();
    assert_eq!(app.mails_to("suivi@example.ma").await.len(), before, "no more mail after unsubscribing");
    let again = app.send(Method::POST, &link, axum::body::Body::empty(), None, &[]).await;
    assert_eq!(again.status, StatusCode::OK, "a second click is harmless");
}
