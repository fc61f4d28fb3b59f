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
    the_form_token_is_bound_to_the_session_and_rotates_at_sign_in,
    the_origin_check_compares_scheme_host_and_port,
    over_https_cookies_carry_the_host_prefix,
    participants_cannot_take_an_officials_name,
    staff_contributions_carry_the_official_badge,
    the_back_office_shows_imitating_names_and_mixed_script_addresses,
    the_follow_redirect_stays_on_this_site,
    the_reset_request_answers_alike_for_known_and_unknown_addresses,
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

/// A sign-in form with a valid CSRF token, for the origin checks.
fn sign_in_form(token: &str) -> String {
    serde_urlencoded::to_string([("email", "x@example.ma"), ("password", "whatever-123"), ("csrf", token)])
        .expect("encode")
}

async fn cross_site_posts_are_refused_even_with_a_token(app: &mut TestApp) {
    let token = app.csrf().await;
    let body = sign_in_form(&token);
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
    // Signed in, the form token is another one (bound to the session).
    let token = app.csrf().await;
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

/// Issue 18 item 5: a token seen before sign-in is worthless after it.
async fn the_form_token_is_bound_to_the_session_and_rotates_at_sign_in(app: &mut TestApp) {
    app.signed_in_secretariat().await;
    crate::harness::import_morocco(app).await;
    let before = app.get("/en/account").await.csrf_field();
    let csrf_cookie = app.cookies["sharaka_csrf"].clone();
    let out = app.post("/en/logout", &[], Some(&before)).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let login = app.get("/en/login").await.csrf_field();
    assert_ne!(login, before, "signed out, the token is the browser's own again");
    app.signed_in_again().await;
    assert_ne!(app.cookies["sharaka_csrf"], csrf_cookie, "the CSRF cookie is renewed at sign-in");
    let after = app.get("/en/account").await.csrf_field();
    assert_ne!(after, before);
    for stale in [&before, &login] {
        let refused = app.post("/en/admin/plans", &[("number", "9")], Some(stale)).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "a token from before this sign-in");
    }
    let accepted = app.post("/en/admin/plans", &[("number", "9")], Some(&after)).await;
    assert_ne!(accepted.status, StatusCode::FORBIDDEN, "{}", accepted.body);
}

/// Issue 18 item 5: `https://` is not `http://`, and another port is another site; RFC 8058
/// one-click unsubscribe is the one POST taken from any origin (its token decides).
async fn the_origin_check_compares_scheme_host_and_port(app: &mut TestApp) {
    let token = app.csrf().await;
    let body = sign_in_form(&token);
    for origin in ["https://sharaka.test", "http://sharaka.test:8080", "http://sharaka.test.evil", "null"] {
        let response = app.request(Method::POST, "/en/login", Some(body.clone()), &[("origin", origin)]).await;
        assert_eq!(response.status, StatusCode::FORBIDDEN, "{origin}");
    }
    for origin in [BASE_URL, "http://sharaka.test:80"] {
        let response = app.request(Method::POST, "/en/login", Some(body.clone()), &[("origin", origin)]).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "{origin}: accepted, wrong password");
    }
    let cookies = std::mem::take(&mut app.cookies);
    let one_click = app
        .request(
            Method::POST,
            "/fr/unsubscribe?token=unknown-token",
            Some("List-Unsubscribe=One-Click".into()),
            &[("origin", "https://mail.example")],
        )
        .await;
    app.cookies = cookies;
    assert_eq!(one_click.status, StatusCode::OK, "a mail client's own origin is not refused");
    one_click.assert_contains("lien");
}

/// Issue 18 item 5: over https, every cookie is `__Host-` (Secure, Path=/, no Domain).
async fn over_https_cookies_carry_the_host_prefix(app: &mut TestApp) {
    app.verified_user("host@example.ma", "Host", "host-pass-123").await;
    app.cookies.clear();
    let mut config = (*app.state.config).clone();
    config.base_url = "https://sharaka.test".into();
    config.secure_cookies = true;
    app.state.config = std::sync::Arc::new(config);
    app.router = web::app(app.state.clone());
    let page = app.get("/fr/login").await;
    let set: Vec<String> = page.headers.get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect();
    assert!(
        !set.is_empty()
            && set.iter().all(|c| c.starts_with("__Host-")
                && c.contains("Secure")
                && c.contains("Path=/")
                && !c.contains("Domain")),
        "{set:?}"
    );
    let form = serde_urlencoded::to_string([
        ("email", "host@example.ma"),
        ("password", "host-pass-123"),
        ("csrf", page.csrf_field().as_str()),
    ])
    .expect("encode");
    let signed_in = app.request(Method::POST, "/fr/login", Some(form), &[("origin", "https://sharaka.test")]).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER, "{}", signed_in.body);
    assert!(app.cookies.contains_key("__Host-sharaka_session"));
    assert!(!app.cookies.contains_key("sharaka_session"));
    let account = app.get("/fr/account").await;
    assert_eq!(account.status, StatusCode::OK, "the prefixed session is read back");
}

/// Issue 18, impersonation: the public registration refuses names that pass for a body, the
/// secretariat or a role, in any script or disguise, and says why in the reader's language.
async fn participants_cannot_take_an_officials_name(app: &mut TestApp) {
    crate::harness::import_morocco(app).await;
    let institution = app.state.db.list_institutions().await.expect("institutions").remove(0);
    let locale = institution.name.locales().next().expect("a named institution");
    let institution_name = institution.name.get(locale).expect("its name").to_string();
    let password = "zz-password-123";
    let mut refused = 0;
    for (n, name) in [
        "Secrétariat",
        "Sеcrétariat OGP", // a Cyrillic е
        "S.E.C.R.E.T.A.R.I.A.T",
        "Adm1n Sharaka",
        "الكتابة الدائمة",
        "وزاره الصحة",         // ة written ه
        "Ｍｏｄéｒａｔｅｕｒ", // fullwidth
        institution_name.as_str(),
    ]
    .into_iter()
    .enumerate()
    {
        let email = format!("imposteur{n}@example.ma");
        let fields = [("name", name), ("email", &email), ("password", password), ("password_confirm", password)];
        let r = app.submit("/fr/register", "/fr/register", &fields).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        r.assert_contains("Ce nom ressemble à celui d&#39;une institution");
        assert!(app.state.db.user_by_email(&email).await.expect("lookup").is_none(), "{name}");
        refused += 1;
    }
    let fields = [
        ("name", "الكتابة الدائمة"),
        ("email", "x@example.ma"),
        ("password", password),
        ("password_confirm", password),
    ];
    app.submit("/ar/register", "/ar/register", &fields).await.assert_contains("يشبه هذا الاسم اسمَ مؤسسة");
    // People keep their own names, whatever their script.
    for (n, name) in
        ["Amina Benali", "أمانة الإدريسي", "خليل الوزير", "ⴰⵎⵉⵏⴰ ⴱⵏⵄⵍⵉ", "Mushrif Ahmed"].into_iter().enumerate()
    {
        let email = format!("personne{n}@example.ma");
        let fields = [("name", name), ("email", &email), ("password", password), ("password_confirm", password)];
        assert_eq!(app.submit("/fr/register", "/fr/register", &fields).await.status, StatusCode::OK, "{name}");
    }
    println!("impersonation: {refused} imitating names refused, 5 ordinary names accepted");
}

async fn a_proposal_by(app: &mut TestApp, author: i64, title: &str) -> i64 {
    use domain::contribution::ContributionInput;
    let plan = app.state.db.plan_by_slug("morocco-2").await.expect("plan").expect("plan");
    let theme = app.state.db.themes_of(plan.id).await.expect("themes").remove(0).id;
    let idea = ContributionInput::proposal(plan.id, &theme.to_string(), &[theme], title, "Texte", "").expect("idea");
    app.state.db.add_contribution(&idea, author, title, false, crate::harness::START).await.expect("stored")
}

/// Issue 18, impersonation: what the secretariat writes carries its role as a badge, on the
/// page and in the open data; a participant who took an official-looking name before the rule
/// existed carries none.
async fn staff_contributions_carry_the_official_badge(app: &mut TestApp) {
    crate::harness::import_morocco(app).await;
    let secretariat = app.signed_in_secretariat().await;
    let official = a_proposal_by(app, secretariat, "Registre public des bénéficiaires").await;
    let store_user = store::NewUser {
        email: "ancien@example.ma".into(),
        name: "Secrétariat permanent".into(),
        password_hash: "x".into(),
        locale: "fr".into(),
        email_verified_at: Some(crate::harness::START),
    };
    let old = app.state.db.create_user_with_grants(&store_user, &[], crate::harness::START).await.expect("old").id;
    let imitation = a_proposal_by(app, old, "Budget citoyen").await;

    let page = app.get(&format!("/fr/proposals/{official}")).await;
    page.assert_contains(
        r#"<span class="badge badge-official" title="compte officiel"><span aria-hidden="true">✓</span> Secrétariat"#,
    );
    let page = app.get(&format!("/ar/proposals/{imitation}")).await;
    assert!(!page.body.contains("badge-official"), "a participant's name is only a name");
    let list = app.get("/ar/plans/morocco-2/proposals").await;
    assert_eq!(list.body.matches("badge-official").count(), 1, "one official proposal of two");
    list.assert_contains("حساب رسمي");

    let api = app.get("/api/v1/contributions").await.json();
    let role_of = |id: i64| {
        api["items"].as_array().expect("items").iter().find(|i| i["id"] == id).map(|i| i["author_role"].clone())
    };
    assert_eq!(role_of(official), Some(serde_json::json!("secretariat")));
    assert_eq!(role_of(imitation), Some(serde_json::Value::Null));
}

/// Issue 18, impersonation: the back office flags participants whose names imitate an office
/// and addresses that mix scripts (a Cyrillic а in a Latin address), pointing at the letters.
async fn the_back_office_shows_imitating_names_and_mixed_script_addresses(app: &mut TestApp) {
    crate::harness::import_morocco(app).await;
    app.verified_user("amina@exаmple.ma", "Amina", "amina-pass-123").await;
    app.verified_user("karim@example.ma", "Karim", "karim-pass-123").await;
    let store_user = store::NewUser {
        email: "ancien@example.ma".into(),
        name: "Sеcrétariat permanent".into(),
        password_hash: "x".into(),
        locale: "fr".into(),
        email_verified_at: None,
    };
    let old = app.state.db.create_user_with_grants(&store_user, &[], crate::harness::START).await.expect("old").id;
    app.signed_in_secretariat().await;

    let list = app.get("/fr/admin/users").await;
    list.assert_contains(r#"amina@ex<mark class="foreign-script">а</mark>mple.ma"#);
    list.assert_contains("Adresse qui mêle des écritures : latin + cyrillique");
    list.assert_contains("Le nom imite « Secrétariat permanent »");
    list.assert_contains("Seulement les comptes à vérifier (2)");
    assert!(!list.body.contains("Le nom imite « Secrétariat »"), "staff carry their office's name and its badge");
    let flagged = app.get("/fr/admin/users?flagged=1").await;
    assert!(!flagged.body.contains("karim@example.ma") && flagged.body.contains("ancien@example.ma"));
    let arabic = app.get(&format!("/ar/admin/users/{old}")).await;
    arabic.assert_contains("الاسم يحاكي «Secrétariat permanent»");
}

/// Issue 18, small leaks: after following something, only this site's paths are followed
/// (`/%09/evil.example` reached another host through the subscriptions redirect).
async fn the_follow_redirect_stays_on_this_site(app: &mut TestApp) {
    crate::harness::import_morocco(app).await;
    app.verified_user("suivi@example.ma", "Suivi", "suivi-pass-123").await;
    app.login("suivi@example.ma", "suivi-pass-123").await;
    let commitment = app.state.db.commitment_by_code("MO0050").await.expect("lookup").expect("MO0050");
    let token = app.csrf().await;
    let target = commitment.id.to_string();
    for bad in [
        "/%09/evil.example",
        "/\t/evil.example",
        "/\\evil.example",
        "//evil.example",
        " /commitments/MO0050",
        "/a b",
        "https://evil.example",
    ] {
        let fields = [("kind", "commitment"), ("target", target.as_str()), ("frequency", "weekly"), ("next", bad)];
        let r = app.post("/fr/subscriptions", &fields, Some(&token)).await;
        assert_eq!(r.location(), "/fr/account/subscriptions?notice=following", "{bad:?}");
    }
    let fields =
        [("kind", "commitment"), ("target", target.as_str()), ("frequency", "weekly"), ("next", "/commitments/MO0050")];
    assert_eq!(
        app.post("/fr/subscriptions", &fields, Some(&token)).await.location(),
        "/fr/commitments/MO0050?notice=following"
    );
}

/// Issue 18, small leaks: a reset request for a known address answers exactly as for an
/// unknown one, on the same path; the link is written and mailed after the answer.
async fn the_reset_request_answers_alike_for_known_and_unknown_addresses(app: &mut TestApp) {
    app.verified_user("p@example.ma", "P", "pp-password-123").await;
    let known = app.submit("/fr/password/forgot", "/fr/password/forgot", &[("email", "p@example.ma")]).await;
    let unknown = app.submit("/fr/password/forgot", "/fr/password/forgot", &[("email", "q@example.ma")]).await;
    let without_token = |body: &str| body.split("name=\"csrf\"").next().unwrap_or_default().to_string();
    assert_eq!((known.status, without_token(&known.body)), (unknown.status, without_token(&unknown.body)));
    assert_eq!(
        app.mails_to("p@example.ma").await.iter().filter(|m| m.body.contains("/password/reset?token=")).count(),
        1
    );
    assert!(app.mails_to("q@example.ma").await.is_empty());
}
