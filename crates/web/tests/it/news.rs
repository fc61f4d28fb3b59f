//! News by the communication sub-commission, the communication plan, and the news feed.

use axum::http::StatusCode;
use domain::permissions::{Grant, Role, Scope};

use crate::harness::{TestApp, START};
use crate::on_both_backends;

on_both_backends!(the_communication_sub_commission_publishes_news_and_its_plan);

async fn the_communication_sub_commission_publishes_news_and_its_plan(app: &mut TestApp) {
    let body = domain::forum::BodyInput {
        slug: "communication".into(),
        kind: domain::forum::BodyKind::SubCommission,
        name: domain::Localized::from_pairs([(domain::Locale::Fr, "Communication")]),
        parent_id: None,
        theme_ids: vec![],
    };
    let body = app.state.db.create_body(&body, START).await.unwrap();
    let writer = app.verified_user("com@example.ma", "Com", "com-pass-123").await;
    app.grant(writer, Grant { role: Role::ForumMember, scope: Scope::Body(body.id) }).await;
    app.verified_user("citizen@example.ma", "Citizen", "citizen-pass-1").await;

    app.login("citizen@example.ma", "citizen-pass-1").await;
    assert_eq!(app.get("/fr/admin/news").await.status, StatusCode::FORBIDDEN);

    app.login("com@example.ma", "com-pass-123").await;
    let token = app.csrf().await;
    let today = time::OffsetDateTime::from_unix_timestamp(START).unwrap().date().to_string();
    let empty = app.post("/fr/admin/news", &[("published_on", &today)], Some(&token)).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let created = app
        .post(
            "/fr/admin/news",
            &[
                ("title_ar", "انطلاق الاستشارة العمومية"),
                ("title_fr", "La consultation publique est ouverte"),
                ("body_fr", "Donnez votre avis <b>jusqu'au</b> 30 novembre."),
                ("published_on", &today),
            ],
            Some(&token),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let tomorrow = time::OffsetDateTime::from_unix_timestamp(START + 86_400).unwrap().date().to_string();
    app.post(
        "/fr/admin/news",
        &[("title_fr", "Demain"), ("body_fr", "Pas encore"), ("published_on", &tomorrow)],
        Some(&token),
    )
    .await;
    let action = [
        ("action_title_fr", "Émission de radio"),
        ("audience_fr", "Jeunes"),
        ("channel", "radio-tv"),
        ("date", today.as_str()),
        ("status", "planned"),
    ];
    assert_eq!(app.post("/fr/admin/communication", &action, Some(&token)).await.status, StatusCode::SEE_OTHER);
    let bad = [
        ("action_title_fr", "X"),
        ("audience_fr", "Y"),
        ("channel", "pigeon"),
        ("date", today.as_str()),
        ("status", "planned"),
    ];
    assert_eq!(app.post("/fr/admin/communication", &bad, Some(&token)).await.status, StatusCode::UNPROCESSABLE_ENTITY);

    let list = app.get("/ar/news").await;
    list.assert_contains("انطلاق الاستشارة العمومية");
    assert!(!list.body.contains("Demain"), "a post dated tomorrow waits");
    list.assert_contains("Émission de radio");
    let feed = feed_rs::parser::parse(app.get("/feeds/news.atom?lang=fr").await.body.as_bytes()).expect("a valid feed");
    assert_eq!(feed.entries.len(), 1);
    assert_eq!(feed.entries[0].title.as_ref().unwrap().content, "La consultation publique est ouverte");
    let post = app.get(&feed.entries[0].links[0].href.replace("http://sharaka.test", "")).await;
    // The body is Markdown: raw HTML in it is shown as text.
    post.assert_contains("&lt;b&gt;jusqu'au&lt;/b&gt;");
    app.get("/fr/search?q=consultation+publique").await.assert_contains("/fr/news/");
}
