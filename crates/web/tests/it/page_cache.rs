//! Pages for anonymous readers come from memory until something is written.

use axum::http::{Method, StatusCode};

use crate::harness::{import_morocco, TestApp};
use crate::on_both_backends;

on_both_backends!(anonymous_pages_are_kept_until_a_write);

const CACHE: &str = "x-sharaka-cache";

async fn anonymous_pages_are_kept_until_a_write(app: &mut TestApp) {
    import_morocco(app).await;
    let first = app.get("/fr/plans/morocco-2").await;
    assert_eq!(first.headers[CACHE], "miss");
    let second = app.get("/fr/plans/morocco-2").await;
    assert_eq!(second.headers[CACHE], "hit");
    assert_eq!(second.body, first.body);
    assert_eq!(second.headers["content-type"], first.headers["content-type"]);
    assert_eq!(second.headers["x-frame-options"], "DENY", "security headers on kept pages too");
    // Each language is its own page.
    let arabic = app.get("/ar/plans/morocco-2").await;
    assert_eq!(arabic.headers[CACHE], "miss");
    arabic.assert_contains(r#"<html lang="ar" dir="rtl">"#);
    // A client that holds the page gets 304.
    let etag = second.headers["etag"].to_str().unwrap().to_string();
    let unchanged = app.request(Method::GET, "/fr/plans/morocco-2", None, &[("if-none-match", &etag)]).await;
    assert_eq!(unchanged.status, StatusCode::NOT_MODIFIED);
    assert!(unchanged.body.is_empty());

    // Pages with a form carrying a CSRF token are per visitor: never kept.
    let login = app.get("/fr/login").await;
    assert!(login.headers.get(CACHE).is_none());
    assert!(app.get("/fr/login").await.headers.get(CACHE).is_none());
    // Searches are asked once each: kept, they would push the plans out.
    let search = app.get("/fr/search?q=budget").await;
    assert_eq!(search.status, StatusCode::OK);
    assert!(search.headers.get(CACHE).is_none());
    assert_eq!(search.headers["cache-control"], "no-store");

    // Signing in writes nothing public: the kept page stays. A signed-in reader always gets a
    // fresh page (it shows their name).
    app.signed_in_secretariat().await;
    let signed_in = app.get("/fr/plans/morocco-2").await;
    assert!(signed_in.headers.get(CACHE).is_none());
    signed_in.assert_contains("Secrétariat");
    assert_eq!(app.state.pages.len(), 2, "the two anonymous pages are still kept");

    // A write empties the cache: the next anonymous reader sees the change at once.
    let plan = app.state.db.plan_by_slug("morocco-2").await.unwrap().unwrap();
    let token = app.csrf().await;
    let created = app
        .post(
            "/fr/admin/portals",
            &[
                ("kind", "budget"),
                ("name_fr", "Portail budgétaire citoyen"),
                ("url", "https://budget.example.ma"),
                ("feed_url", ""),
            ],
            Some(&token),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    assert!(app.state.pages.is_empty());
    app.cookies.clear();
    let after = app.get("/fr/portals").await;
    assert_eq!(after.headers[CACHE], "miss");
    after.assert_contains("Portail budgétaire citoyen");
    assert_eq!(app.get(&format!("/fr/plans/{}", plan.slug)).await.headers[CACHE], "miss");

    // Kept pages expire: dates move ("late", "you are here") even without writes.
    assert_eq!(app.get("/fr/portals").await.headers[CACHE], "hit");
    app.clock.advance(web::page_cache::TTL_SECS);
    assert_eq!(app.get("/fr/portals").await.headers[CACHE], "miss");
}
