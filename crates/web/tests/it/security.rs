//! CSRF layers, request size limits, headers and error shapes.

use axum::http::{Method, StatusCode};

use crate::harness::{TestApp, BASE_URL};
use crate::on_both_backends;

on_both_backends!(
    forms_without_a_valid_token_are_refused_and_nothing_is_written,
    cross_site_posts_are_refused_even_with_a_token,
    oversized_forms_are_refused,
    pages_carry_security_headers,
    every_page_carries_the_security_headers,
    the_csrf_cookie_is_strict_and_http_only,
    login_redirects_only_to_local_pages,
    publicly_cacheable_answers_set_no_cookie,
);

const FIELDS: [(&str, &str); 4] = [
    ("name", "Z"),
    ("email", "z@example.ma"),
    ("password", "zz-password-123"),
    ("password_confirm", "zz-password-123"),
];

async fn forms_without_a_valid_token_are_refused_and_nothing_is_written(app: &mut TestApp) {
    app.get("/fr/register").await;
    let missing = app.post("/fr/register", &FIELDS, None).await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    missing.assert_contains("Le formulaire a expiré");
    let forged = app.post("/fr/register", &FIELDS, Some("00ff")).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    // A token from another browser (another CSRF cookie) does not fit this one.
    let token = app.csrf().await;
    app.cookies.insert("sharaka_csrf".into(), "a".repeat(64));
    let stolen = app.post("/fr/register", &FIELDS, Some(&token)).await;
    assert_eq!(stolen.status, StatusCode::FORBIDDEN);
    assert_eq!(app.state.db.count_users().await.expect("count"), 0);
    assert_eq!(app.state.db.pending_mail_count().await.expect("mail"), 0);
}

async fn cross_site_posts_are_refused_even_with_a_token(app: &mut TestApp) {
    let token = app.csrf().await;
    let body = serde_urlencoded::to_string([
        ("email", "x@example.ma"),
        ("password", "whatever-123"),
        ("csrf", token.as_str()),
    ])
    .expect("encode");
    let response =
        app.request(Method::POST, "/en/login", Some(body.clone()), &[("origin", "https://evil.example")]).await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    response.assert_contains("This form was sent from another website");
    let response =
        app.request(Method::POST, "/en/login", Some(body.clone()), &[("referer", "https://evil.example/page")]).await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    let response = app.request(Method::POST, "/en/login", Some(body), &[("origin", BASE_URL)]).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY); // accepted, wrong password
}

async fn oversized_forms_are_refused(app: &mut TestApp) {
    let token = app.csrf().await;
    let huge = "ⵣ".repeat(40_000);
    let response =
        app.post("/ar/register", &[("name", huge.as_str()), ("email", "big@example.ma")], Some(&token)).await;
    assert_eq!(response.status, StatusCode::PAYLOAD_TOO_LARGE);
    response.assert_contains("بيانات كثيرة جدًا");
    assert_eq!(app.state.db.count_users().await.expect("count"), 0);
}

async fn pages_carry_security_headers(app: &mut TestApp) {
    let response = app.get("/en/").await;
    let header = |name: &str| response.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    assert!(header("content-security-policy").contains("frame-ancestors 'none'"));
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(header("x-frame-options"), "DENY");
    assert!(!header("x-request-id").is_empty(), "every response carries its request id");
    // A proxy's short id is kept; one that would forge a log line or fill it is replaced.
    for (sent, kept) in [("proxy-1234.abc", true), ("evil\tINFO forged line", false), (&*"x".repeat(65), false)] {
        let headers = [("x-request-id", sent)];
        let r = app.send(axum::http::Method::GET, "/en/", axum::body::Body::empty(), None, &headers).await;
        let id = r.headers.get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
        assert_eq!(id == sent, kept, "{sent:?} -> {id:?}");
        assert!(!id.is_empty());
    }
    assert_eq!(header("strict-transport-security"), "", "no HSTS when the portal is not served over https");
    let csp = header("content-security-policy");
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{csp}");
}

/// Every page type, in every locale, for a visitor and for the secretariat, carries the
/// headers; behind TLS (an https base address) HSTS is added.
async fn every_page_carries_the_security_headers(app: &mut TestApp) {
    crate::harness::import_morocco(app).await;
    let mut config = app.state.config.as_ref().clone();
    config.secure_cookies = true;
    let mut state = app.state.clone();
    state.config = std::sync::Arc::new(config);
    let tls = web::app(state);
    let paths = [
        "/",
        "/plans",
        "/plans/morocco-2",
        "/commitments/MO0050",
        "/commitments/MO0050/history",
        "/search?q=budget",
        "/institutions",
        "/forum",
        "/meetings",
        "/documents",
        "/news",
        "/portals",
        "/open-data",
        "/login",
        "/register",
        "/no-such-page",
        "/admin",
    ];
    let check = |path: &str, headers: &axum::http::HeaderMap, hsts: bool| {
        let get = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
        let csp = get("content-security-policy");
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'") && get("x-frame-options") == "DENY", "{path}: {csp}");
        assert_eq!(get("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(!get("strict-transport-security").is_empty(), hsts, "{path}");
    };
    for round in 0..2 {
        if round == 1 {
            app.signed_in_secretariat().await;
        }
        for locale in domain::Locale::ALL {
            for path in paths {
                let url = format!("/{}{path}", locale.code());
                let response = app.get(&url).await;
                check(&url, &response.headers, false);
                let request = axum::http::Request::builder()
                    .uri(&url)
                    .header("host", "sharaka.test")
                    .body(axum::body::Body::empty())
                    .expect("request");
                let response = tower::ServiceExt::oneshot(tls.clone(), request).await.expect("response");
                check(&url, response.headers(), true);
            }
        }
    }
    // The embeddable widget is the one page other sites may frame.
    let widget = app.get("/fr/embed/commitments/MO0050").await;
    let csp = widget.headers.get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or_default();
    assert!(csp.contains("frame-ancestors *") && widget.headers.get("x-frame-options").is_none(), "{csp}");
}

async fn the_csrf_cookie_is_strict_and_http_only(app: &mut TestApp) {
    let response = app.get("/en/login").await;
    let cookie = response
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap_or_default().to_string())
        .find(|c| c.starts_with("sharaka_csrf="))
        .expect("csrf cookie");
    assert!(cookie.contains("SameSite=Strict") && cookie.contains("HttpOnly"), "{cookie}");
    // Once set, it is not replaced on the next page.
    let again = app.get("/en/login").await;
    assert!(!again
        .headers
        .get_all("set-cookie")
        .iter()
        .any(|v| v.to_str().unwrap_or_default().starts_with("sharaka_csrf=")));
}

async fn login_redirects_only_to_local_pages(app: &mut TestApp) {
    app.verified_user("n@example.ma", "N", "next-password-1").await;
    let page = app.get("/en/login?next=https://evil.example").await;
    page.assert_contains(r#"name="next" value="""#);
    let token = page.csrf_field();
    let response = app
        .post(
            "/en/login",
            &[("email", "n@example.ma"), ("password", "next-password-1"), ("next", "//evil.example")],
            Some(&token),
        )
        .await;
    assert_eq!(response.location(), "/en/account");
    let response = app
        .post(
            "/en/login",
            &[("email", "n@example.ma"), ("password", "next-password-1"), ("next", "/institutions")],
            Some(&token),
        )
        .await;
    assert_eq!(response.location(), "/en/institutions");
}

/// A response a shared cache may keep carries no cookie (a proxy would give it to the next
/// visitor); pages, which are private, still give a first visitor their CSRF cookie.
async fn publicly_cacheable_answers_set_no_cookie(app: &mut TestApp) {
    crate::harness::import_morocco(app).await;
    for path in [
        "/static/app.css",
        "/static/favicon.svg",
        "/static/fonts/NotoNaskhArabic-Regular.woff2",
        "/calendar.ics",
        "/ar/embed/commitments/MO0050",
    ] {
        app.cookies.clear();
        let r = app.get(path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        let cache = r.headers.get("cache-control").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
        assert!(cache.contains("public"), "{path}: {cache}");
        assert!(r.headers.get("set-cookie").is_none(), "{path} sets a cookie");
    }
    app.cookies.clear();
    let page = app.get("/fr/").await;
    assert!(page.headers.get("set-cookie").is_some(), "a page gives a first visitor their CSRF cookie");
}
