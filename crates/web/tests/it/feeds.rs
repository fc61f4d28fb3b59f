//! Atom feeds, read back with a real feed parser (feed-rs).

use axum::http::StatusCode;
use domain::commitment::{MilestoneInput, MilestoneStatus};
use domain::implementation::{Evidence, ProgressInput};
use domain::{Locale, Localized};

use crate::harness::{import_morocco, TestApp, START};
use crate::on_both_backends;

on_both_backends!(plan_and_commitment_feeds_carry_progress_reports_and_parse);

fn parse(body: &str) -> feed_rs::model::Feed {
    feed_rs::parser::parse(body.as_bytes()).expect("a valid Atom feed")
}

async fn plan_and_commitment_feeds_carry_progress_reports_and_parse(app: &mut TestApp) {
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
    let author = app.verified_user("impl@example.ma", "Impl", "impl-pass-123").await;
    let update = ProgressInput {
        status: MilestoneStatus::InProgress,
        percent: 45,
        narrative: Localized::from_pairs([
            (Locale::Fr, "Marché attribué <vite> & bien"),
            (Locale::Ar, "تم إسناد الصفقة"),
        ]),
        reported_on: time::OffsetDateTime::from_unix_timestamp(START).unwrap().date(),
        reason: None,
        evidence: vec![Evidence::Link { url: "https://example.ma/x".into() }],
    };
    app.state.db.report_progress(m, &update, author, true, START + 60).await.unwrap();

    let response = app.get("/feeds/plans/morocco-2.atom?lang=fr").await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(response.headers["content-type"].to_str().unwrap().starts_with("application/atom+xml"));
    let feed = parse(&response.body);
    assert_eq!(feed.language.as_deref(), Some("fr"));
    let entry = feed
        .entries
        .iter()
        .find(|e| e.summary.as_ref().is_some_and(|s| s.content.contains("Marché attribué")))
        .expect("the report");
    assert_eq!(
        entry.summary.as_ref().unwrap().content,
        "Marché attribué <vite> & bien",
        "escaped, then read back whole"
    );
    assert!(entry.links[0].href.ends_with("/fr/commitments/MO0050#progress-reports"));
    assert!(entry.title.as_ref().unwrap().content.contains("45"));

    let arabic = parse(&app.get("/feeds/commitments/MO0050.atom?lang=ar").await.body);
    assert_eq!(arabic.entries.len(), 1);
    assert_eq!(arabic.entries[0].summary.as_ref().unwrap().content, "تم إسناد الصفقة");
    parse(&app.get("/feeds/meetings.atom").await.body);
    parse(&app.get("/feeds/consultations.atom?lang=zgh").await.body);
    assert_eq!(app.get("/feeds/plans/nope.atom").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/feeds/commitments/MO0050.rss").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/feeds/meetings.atom?lang=xx").await.status, StatusCode::NOT_FOUND);
}
