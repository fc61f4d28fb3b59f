//! Linked portals: the secretariat's register, commitments' links, the background check
//! against real (local) servers, and the badge and widget other sites embed.

use axum::http::StatusCode;
use axum::routing::get;

use crate::harness::{import_morocco, TestApp, START};
use crate::on_both_backends;

on_both_backends!(
    the_secretariat_registers_portals_and_links_commitments,
    the_check_records_reachability_and_feed_freshness,
    badge_and_widget_embed_live_progress
);

async fn the_secretariat_registers_portals_and_links_commitments(app: &mut TestApp) {
    import_morocco(app).await;
    app.verified_user("citizen@example.ma", "Citizen", "citizen-pass-1").await;
    app.login("citizen@example.ma", "citizen-pass-1").await;
    assert_eq!(app.get("/fr/admin/portals").await.status, StatusCode::FORBIDDEN);
    let token = app.csrf().await;
    let refused = app.post("/fr/admin/commitments/MO0012/portals", &[("portal", "1")], Some(&token)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    app.signed_in_secretariat().await;
    let token = app.csrf().await;
    // Bad input: every problem named, in the reader's language, nothing saved.
    let bad = app
        .post(
            "/ar/admin/portals",
            &[("kind", "casino"), ("url", "javascript:alert(1)"), ("feed_url", "ftp://x")],
            Some(&token),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains("اختاروا نوع البوابة");
    bad.assert_contains("أعطوا البوابة اسماً");
    assert!(app.state.db.list_portals().await.unwrap().is_empty());

    let created = app
        .post(
            "/fr/admin/portals",
            &[
                ("kind", "access-to-information"),
                ("name_ar", "بوابة الحق في الحصول على المعلومات"),
                ("name_fr", "Portail Chafafiya"),
                ("description_fr", "Demandes d'accès à l'information <script>alert(1)</script>"),
                ("url", "https://www.chafafiya.ma"),
                ("feed_url", ""),
            ],
            Some(&token),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let portal = app.state.db.list_portals().await.unwrap().remove(0);
    assert_eq!(portal.feed_url, None);

    let public = app.get("/fr/portals").await;
    assert_eq!(public.status, StatusCode::OK);
    public.assert_contains("Accès à l’information");
    public.assert_contains(r#"href="https://www.chafafiya.ma""#);
    public.assert_contains("Non vérifié");
    public.assert_contains("&#60;script&#62;alert(1)");
    assert!(!public.body.contains("<script>alert(1)"));
    app.get("/ar/portals").await.assert_contains("بوابة الحق في الحصول على المعلومات");

    // Linking from the commitment page.
    let page = app.get("/fr/commitments/MO0012").await;
    page.assert_contains(&format!(r#"name="portal" value="{}""#, portal.id));
    let linked =
        app.post("/fr/admin/commitments/MO0012/portals", &[("portal", &portal.id.to_string())], Some(&token)).await;
    assert_eq!(linked.status, StatusCode::SEE_OTHER);
    let page = app.get("/fr/commitments/MO0012").await;
    page.assert_contains(r#"<a href="https://www.chafafiya.ma" rel="external noopener">"#);
    page.assert_contains(" checked>");
    let bad_id = app.post("/fr/admin/commitments/MO0012/portals", &[("portal", "x")], Some(&token)).await;
    assert_eq!(bad_id.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.state.db.portals_of_commitment(portal_commitment(app).await).await.unwrap().len(), 1);
    let missing = app.post("/fr/admin/commitments/XX0000/portals", &[], Some(&token)).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);

    // Checks are off on this server: no button, and the action is refused.
    let admin = app.get("/fr/admin/portals").await;
    admin.assert_contains("SHARAKA_PORTAL_CHECKS=true");
    assert!(!admin.body.contains("/check\""));
    let check = app.post(&format!("/fr/admin/portals/{}/check", portal.id), &[], Some(&token)).await;
    assert_eq!(check.status, StatusCode::SEE_OTHER, "a form kept from before is answered in words");
    assert!(check.location().ends_with("notice=checks-off"), "{}", check.location());
    app.get(check.location()).await.assert_contains("Rien n&#39;a été vérifié");

    // Correcting, then deleting (which removes the commitment's link).
    let edit = app.get(&format!("/fr/admin/portals/{}/edit", portal.id)).await;
    edit.assert_contains(r#"value="https://www.chafafiya.ma""#);
    let updated = app
        .post(
            &format!("/fr/admin/portals/{}", portal.id),
            &[
                ("kind", "access-to-information"),
                ("name_fr", "Chafafiya"),
                ("url", "https://chafafiya.ma"),
                ("feed_url", ""),
            ],
            Some(&token),
        )
        .await;
    assert_eq!(updated.status, StatusCode::SEE_OTHER);
    assert_eq!(app.state.db.portal(portal.id).await.unwrap().unwrap().url, "https://chafafiya.ma");
    let deleted = app.post(&format!("/fr/admin/portals/{}/delete", portal.id), &[], Some(&token)).await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER);
    assert!(app.state.db.portals_of_commitment(portal_commitment(app).await).await.unwrap().is_empty());
    let again = app.post(&format!("/fr/admin/portals/{}/delete", portal.id), &[], Some(&token)).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
}

async fn portal_commitment(app: &TestApp) -> i64 {
    app.state.db.commitment_by_code("MO0012").await.unwrap().unwrap().id
}

const FRESH_FEED: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Budget</title><id>urn:x</id><updated>2026-09-15T10:00:00Z</updated>
<entry><title>Loi de finances</title><id>urn:1</id><updated>2026-09-15T10:00:00Z</updated></entry>
<entry><title>Older</title><id>urn:2</id><updated>2026-01-01T10:00:00Z</updated></entry></feed>"#;

const OLD_RSS: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Plaintes</title><link>http://x</link><description>d</description>
<item><title>Old</title><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate></item></channel></rss>"#;

/// A real HTTP server on a free local port, serving what the check will meet in the wild.
async fn local_sites() -> String {
    let router = axum::Router::new()
        .route("/", get(|| async { "home" }))
        .route("/fresh.atom", get(|| async { FRESH_FEED }))
        .route("/old.rss", get(|| async { OLD_RSS }))
        .route("/broken.xml", get(|| async { "<feed><entry>not closed" }))
        .route("/empty.atom", get(|| async { r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>i</id><updated>2026-01-01T00:00:00Z</updated></feed>"# }))
        .route("/error", get(|| async { (StatusCode::INTERNAL_SERVER_ERROR, "down") }))
        // A public-looking site that sends the checker to the cloud metadata address.
        .route("/to-metadata", get(|| async { axum::response::Redirect::temporary("http://169.254.169.254/latest/meta-data/") }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    format!("http://{address}")
}

/// A local port nothing listens on (bound, then released).
async fn closed_port() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{address}")
}

async fn the_check_records_reachability_and_feed_freshness(app: &mut TestApp) {
    use domain::portal::{Freshness, PortalInput, PortalKind};
    let site = local_sites().await;
    let closed = closed_port().await;
    let cases = [
        ("fresh", format!("{site}/"), Some(format!("{site}/fresh.atom"))),
        ("old", format!("{site}/"), Some(format!("{site}/old.rss"))),
        ("broken", format!("{site}/"), Some(format!("{site}/broken.xml"))),
        ("empty", format!("{site}/"), Some(format!("{site}/empty.atom"))),
        ("no-feed", format!("{site}/"), None),
        ("error", format!("{site}/error"), None),
        ("closed", format!("{closed}/"), Some(format!("{closed}/feed"))),
        ("missing-feed", format!("{site}/"), Some(format!("{site}/nothing-here.atom"))),
        // Not public, and neither on the allow-list: refused before any connection.
        ("redirected-inside", format!("{site}/to-metadata"), None),
        ("other-loopback", "http://127.0.0.2:9/".to_string(), None),
        ("decimal-loopback", "http://2130706434/".to_string(), None),
        ("feed-inside", format!("{site}/"), Some("http://[::ffff:a9fe:a9fe]/feed".to_string())),
    ];
    // The test's sites run on 127.0.0.1, which only the allow-list lets the checks reach.
    let mut config = (*app.state.config).clone();
    config.portal_check_allow = vec!["127.0.0.1".parse().unwrap()];
    app.state.config = std::sync::Arc::new(config);
    app.router = web::app(app.state.clone());
    let mut ids = vec![];
    for (name, url, feed) in &cases {
        let input = PortalInput {
            kind: PortalKind::Other,
            name: domain::Localized::from_pairs([(domain::Locale::Fr, *name)]),
            description: domain::Localized::new(),
            url: url.clone(),
            feed_url: feed.clone(),
        };
        ids.push(app.state.db.create_portal(&input, START).await.unwrap());
    }
    let client = web::jobs::portal_check::client(&app.state.config.portal_check_allow);
    assert_eq!(web::jobs::portal_check::check_due(&app.state, &client, 86_400).await.unwrap(), cases.len());
    // Checked a moment ago: nothing is due (another server process would skip them too).
    assert_eq!(web::jobs::portal_check::check_due(&app.state, &client, 86_400).await.unwrap(), 0);

    let today = app.state.clock.now().date(); // 2026-09-21
    let state_of = |portals: &[domain::portal::Portal], name: &str| {
        let p = portals.iter().find(|p| p.name.get(domain::Locale::Fr) == Some(name)).unwrap();
        (p.freshness(today), p.last_check.clone().unwrap())
    };
    let portals = app.state.db.list_portals().await.unwrap();
    let (fresh, check) = state_of(&portals, "fresh");
    assert_eq!(fresh, Freshness::Live);
    assert_eq!(check.newest_entry_on, Some(time::macros::date!(2026 - 09 - 15)));
    assert_eq!(check.status, Some(200));
    let (old, check) = state_of(&portals, "old");
    assert_eq!(old, Freshness::Stale { days: Some(203) });
    assert_eq!(check.newest_entry_on, Some(time::macros::date!(2026 - 03 - 02)));
    assert_eq!(state_of(&portals, "broken").1.problem.as_deref(), Some("feed-malformed"));
    assert_eq!(state_of(&portals, "broken").0, Freshness::Stale { days: None });
    assert_eq!(state_of(&portals, "empty").1.problem.as_deref(), Some("feed-empty"));
    assert_eq!(state_of(&portals, "no-feed").0, Freshness::Live);
    let (error, check) = state_of(&portals, "error");
    assert_eq!((error, check.status, check.problem.as_deref()), (Freshness::Down, Some(500), Some("http-error")));
    let (closed, check) = state_of(&portals, "closed");
    assert_eq!((closed, check.status, check.problem.as_deref()), (Freshness::Down, None, Some("unreachable")));
    assert_eq!(state_of(&portals, "missing-feed").1.problem.as_deref(), Some("feed-unreachable"));
    for name in ["redirected-inside", "other-loopback", "decimal-loopback", "feed-inside"] {
        assert_eq!(state_of(&portals, name).1.problem.as_deref(), Some("address-not-allowed"), "{name}");
    }

    // The public page says which are stale or down, and why, in the reader's language.
    let page = app.get("/fr/portals").await;
    page.assert_contains("10 portails sont injoignables ou n’ont pas été mis à jour récemment.");
    page.assert_contains("son adresse n’est pas sur l’internet public");
    page.assert_contains("dernière entrée du flux le 15 septembre 2026");
    page.assert_contains("rien de nouveau depuis 203 jours");
    page.assert_contains("son flux n’a pas pu être lu");
    page.assert_contains("le site a répondu par une erreur");
    app.get("/ar/portals").await.assert_contains("لم يستجب الموقع");
    assert_eq!(ids.len(), cases.len());
}

async fn badge_and_widget_embed_live_progress(app: &mut TestApp) {
    import_morocco(app).await;
    let badge = app.get("/ar/embed/commitments/MO0012/badge.svg").await;
    assert_eq!(badge.status, StatusCode::OK);
    assert_eq!(badge.headers["content-type"], "image/svg+xml; charset=utf-8");
    assert_eq!(badge.headers["access-control-allow-origin"], "*");
    let svg = roxmltree::Document::parse(&badge.body).expect("the badge is well-formed SVG");
    let root = svg.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(root.attribute("lang"), Some("ar"));
    let texts: Vec<&str> = root.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).collect();
    assert_eq!(texts[0], "MO0012");
    assert!(root.descendants().any(|n| n.has_tag_name("title")), "a title for screen readers");

    let widget = app.get("/fr/embed/commitments/MO0012").await;
    assert_eq!(widget.status, StatusCode::OK);
    // Any site may frame the widget (and only the widget): no X-Frame-Options, and a CSP
    // that allows framing but no script.
    assert!(widget.headers.get("x-frame-options").is_none());
    let csp = widget.headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("frame-ancestors *") && csp.contains("default-src 'none'"), "{csp}");
    widget.assert_contains(r#"<html lang="fr" dir="ltr">"#);
    widget.assert_contains(r#"href="http://sharaka.test/fr/commitments/MO0012" target="_blank" rel="noopener""#);
    assert!(!widget.body.contains("<form"), "nothing to submit inside another site");
    let page = app.get("/fr/commitments/MO0012").await;
    assert_eq!(page.headers["x-frame-options"], "DENY");
    page.assert_contains("http://sharaka.test/fr/embed/commitments/MO0012/badge.svg");

    assert_eq!(app.get("/fr/embed/commitments/XX0000").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/fr/embed/commitments/XX0000/badge.svg").await.status, StatusCode::NOT_FOUND);
}
