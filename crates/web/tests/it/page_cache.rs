//! Pages for anonymous readers come from memory until something is written.

use axum::http::{Method, StatusCode};

use crate::harness::{import_morocco, TestApp, START};
use crate::on_both_backends;

on_both_backends!(anonymous_pages_are_kept_until_a_write, comments_keep_the_pages_that_do_not_show_them);

const CACHE: &str = "x-sharaka-cache";

/// A secretariat's write that has nothing to do with participation (the signed-in
/// secretariat adds a linked portal).
async fn add_portal(app: &mut TestApp, name: &str) {
    let token = app.csrf().await;
    let fields = [("kind", "budget"), ("name_fr", name), ("url", "https://budget.example.ma"), ("feed_url", "")];
    let created = app.post("/fr/admin/portals", &fields, Some(&token)).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
}

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
    add_portal(app, "Portail budgétaire citoyen").await;
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

/// 50 comments a second on a co-creation proposal must not empty the cache of the plan and
/// commitment pages every 20 ms: a comment drops only the pages that show participation.
async fn comments_keep_the_pages_that_do_not_show_them(app: &mut TestApp) {
    use domain::contribution::ContributionInput;
    use domain::plan::{Phase, PhaseKind};
    import_morocco(app).await;
    let plan = app.state.db.plan_by_slug("morocco-2").await.unwrap().expect("plan");
    let today = time::OffsetDateTime::from_unix_timestamp(START).unwrap().date();
    let phases = vec![Phase { kind: PhaseKind::CoCreation, starts_on: today.previous_day().unwrap(), ends_on: None }];
    app.state.db.update_plan_phases(plan.id, &phases, START).await.unwrap();
    let theme = app.state.db.themes_of(plan.id).await.unwrap().remove(0).id;
    let author = app.verified_user("citoyenne@example.ma", "Salma", "citizen-pass-1").await;
    let idea =
        ContributionInput::proposal(plan.id, &theme.to_string(), &[theme], "Budgets ouverts", "Publier", "").unwrap();
    let proposal = app.state.db.add_contribution(&idea, author, "p", false, START).await.unwrap();

    let kept_through_comments = ["/fr/commitments/MO0050", "/fr/plans/morocco-2", "/fr/news", "/fr/forum"];
    let showing_comments = [format!("/fr/proposals/{proposal}"), "/fr/plans/morocco-2/proposals".to_string()];
    for page in kept_through_comments.iter().map(|p| p.to_string()).chain(showing_comments.iter().cloned()) {
        assert_eq!(app.get(&page).await.headers[CACHE], "miss", "{page}");
        assert_eq!(app.get(&page).await.headers[CACHE], "hit", "{page}");
    }

    assert_eq!(app.login("citoyenne@example.ma", "citizen-pass-1").await.status, StatusCode::SEE_OTHER);
    let form = app.get(&format!("/fr/proposals/{proposal}")).await;
    let key =
        form.body.split("name=\"idempotency_key\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let token = form.csrf_field();
    let comment = app
        .post(
            &format!("/fr/proposals/{proposal}/comments"),
            &[("body", "Un tableau de bord trimestriel, s'il vous plaît."), ("idempotency_key", &key)],
            Some(&token),
        )
        .await;
    assert_eq!(comment.status, StatusCode::SEE_OTHER, "{}", comment.body);
    app.cookies.clear();

    for page in kept_through_comments {
        assert_eq!(app.get(page).await.headers[CACHE], "hit", "{page} shows no comment: kept");
    }
    for page in &showing_comments {
        assert_eq!(app.get(page).await.headers[CACHE], "miss", "{page} shows the comment: dropped");
    }
    app.get(&format!("/fr/proposals/{proposal}")).await.assert_contains("Un tableau de bord trimestriel");

    // Any other write (a secretariat's edit) still drops every page.
    app.signed_in_secretariat().await;
    add_portal(app, "Portail budgétaire").await;
    assert!(app.state.pages.is_empty());
}
