//! Public pages: locales, directions, fallbacks, error pages, health.

use axum::http::StatusCode;
use domain::institution::{Branch, InstitutionInput, Slug};
use domain::{Locale, Localized};

use crate::harness::{TestApp, START};
use crate::on_both_backends;

on_both_backends!(
    root_negotiates_the_language,
    every_locale_has_its_lang_dir_and_switcher,
    locale_prefix_is_remembered_in_a_cookie,
    unknown_locale_gets_a_translated_404,
    unprefixed_pages_redirect_to_the_readers_language,
    error_pages_exist_in_every_locale,
    institutions_show_fallback_with_the_right_lang,
    healthz_reports_the_database,
    a_database_outage_gives_a_translated_500_and_503,
    refusals_are_translated_in_every_locale,
    the_language_switcher_never_replays_one_time_links,
);

async fn root_negotiates_the_language(app: &mut TestApp) {
    let response = app.get("/").await;
    assert_eq!(response.status, StatusCode::OK);
    response.assert_contains(r#"<html lang="ar" dir="rtl">"#); // the instance default
    app.cookies.clear();
    let response =
        app.request(axum::http::Method::GET, "/", None, &[("accept-language", "de-DE, fr;q=0.8, en;q=0.5")]).await;
    response.assert_contains(r#"<html lang="fr" dir="ltr">"#);
    response.assert_contains("Le gouvernement ouvert, ensemble");
    assert!(response.headers.get("vary").is_some_and(|v| v.to_str().unwrap_or_default().contains("Accept-Language")));
}

async fn every_locale_has_its_lang_dir_and_switcher(app: &mut TestApp) {
    for (code, dir, home) in
        [("ar", "rtl", "الرئيسية"), ("fr", "ltr", "Accueil"), ("en", "ltr", "Home"), ("zgh", "ltr", "ⴰⵙⵏⵓⴱⴳ")]
    {
        let response = app.get(&format!("/{code}/")).await;
        assert_eq!(response.status, StatusCode::OK, "{code}");
        response.assert_contains(&format!(r#"<html lang="{code}" dir="{dir}">"#));
        response.assert_contains(home);
        // The switcher links to the same page in each language, labelled in that language.
        for other in Locale::ALL {
            response.assert_contains(&format!(r#"href="/{}/" lang="{}""#, other.code(), other.code()));
        }
        response.assert_contains(r#"aria-current="true">"#);
    }
    let response = app.get("/fr/institutions").await;
    response.assert_contains(r#"href="/zgh/institutions" lang="zgh""#);
}

async fn locale_prefix_is_remembered_in_a_cookie(app: &mut TestApp) {
    app.get("/zgh/institutions").await;
    assert_eq!(app.cookies.get("sharaka_lang").map(String::as_str), Some("zgh"));
    let response = app.request(axum::http::Method::GET, "/", None, &[("accept-language", "en")]).await;
    response.assert_contains(r#"<html lang="zgh" dir="ltr">"#);
}

async fn unknown_locale_gets_a_translated_404(app: &mut TestApp) {
    let response = app.request(axum::http::Method::GET, "/de/institutions", None, &[("accept-language", "fr")]).await;
    assert_eq!(response.status, StatusCode::NOT_FOUND);
    response.assert_contains(r#"<html lang="fr""#);
    response.assert_contains("Langue non disponible");
    response.assert_contains(r#"href="/ar/" lang="ar""#);
}

async fn unprefixed_pages_redirect_to_the_readers_language(app: &mut TestApp) {
    let response =
        app.request(axum::http::Method::GET, "/institutions?x=1", None, &[("accept-language", "en-GB")]).await;
    assert_eq!(response.status, StatusCode::TEMPORARY_REDIRECT);
    assert_eq!(response.location(), "/en/institutions?x=1");
    let response = app.get("/fr").await;
    assert_eq!(response.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(response.location(), "/fr/");
}

async fn error_pages_exist_in_every_locale(app: &mut TestApp) {
    for (code, title) in
        [("ar", "الصفحة غير موجودة"), ("fr", "Page introuvable"), ("en", "Page not found"), ("zgh", "ⵜⴰⵙⵏⴰ ⵓⵔ ⵜⵍⵍⵉ")]
    {
        let response = app.get(&format!("/{code}/no-such-page")).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND);
        response.assert_contains(&format!(r#"<html lang="{code}""#));
        response.assert_contains(title);
        let response = app.get(&format!("/{code}/institutions/no-such-institution")).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND);
        response.assert_contains(title);
    }
}

async fn institutions_show_fallback_with_the_right_lang(app: &mut TestApp) {
    let input = InstitutionInput {
        slug: Slug::parse("cdai").expect("slug"),
        name: Localized::from_pairs([
            (Locale::Fr, "Commission du droit d'accès à l'information"),
            (Locale::Ar, "لجنة الحق في الحصول على المعلومات"),
        ]),
        acronym: Some("CDAI".into()),
        branch: Branch::IndependentBody,
        parent_id: None,
    };
    app.state.db.create_institution(&input, START).await.expect("create");

    let response = app.get("/ar/institutions").await;
    response.assert_contains(r#"<span lang="ar" dir="rtl">لجنة الحق في الحصول على المعلومات</span>"#);
    response.assert_contains("الهيئات المستقلة");

    // No Tamazight name: the Arabic default is shown, marked, and keeps its own lang and dir.
    let response = app.get("/zgh/institutions/cdai").await;
    assert_eq!(response.status, StatusCode::OK);
    response.assert_contains(r#"<span lang="ar" dir="rtl">لجنة الحق في الحصول على المعلومات</span>"#);
    response.assert_contains("ⵓⵔ ⵜⵜⵓⵙⵓⵖⵍ ⵙⴰⵔ");
    response.assert_contains("<title>لجنة الحق في الحصول على المعلومات · ⵛⴰⵔⴰⴽⴰ</title>");

    let response = app.get("/fr/institutions/cdai").await;
    response.assert_contains(r#"<span lang="fr" dir="ltr">Commission du droit d&#39;accès à l&#39;information</span>"#);
}

async fn healthz_reports_the_database(app: &mut TestApp) {
    let response = app.get("/healthz").await;
    assert_eq!(response.status, StatusCode::OK);
    let json = response.json();
    assert_eq!(json["status"], "ok");
    assert_eq!(json["database"], "ok");
    assert!(json.get("backend").is_none(), "the public is not told which database runs: {json}");
    assert!(!response.body.contains(app.state.db.backend()));
}

async fn a_database_outage_gives_a_translated_500_and_503(app: &mut TestApp) {
    app.get("/fr/").await;
    app.state.db.close().await;
    for (code, title) in
        [("ar", "حدث خطأ"), ("fr", "Un problème est survenu"), ("en", "Something went wrong"), ("zgh", "ⵜⴻⵍⵍⴰ ⵜⴰⵣⴳⵍⵜ")]
    {
        let response = app.get(&format!("/{code}/institutions")).await;
        assert_eq!(response.status, StatusCode::INTERNAL_SERVER_ERROR);
        response.assert_contains(&format!(r#"<html lang="{code}""#));
        response.assert_contains(title);
        assert!(!response.body.contains("pool"), "internal details must not leak: {}", response.body);
    }
    let health = app.get("/healthz").await;
    assert_eq!(health.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(health.json()["database"], "unreachable");
}

async fn refusals_are_translated_in_every_locale(app: &mut TestApp) {
    app.verified_user("p@example.ma", "P", "participant-pass-1").await;
    assert_eq!(app.login("p@example.ma", "participant-pass-1").await.status, StatusCode::SEE_OTHER);
    for (code, forbidden, not_allowed) in [
        ("ar", "الدخول مرفوض", "إجراء غير مسموح به هنا"),
        ("fr", "Accès refusé", "Action impossible ici"),
        ("en", "Access refused", "Action not allowed here"),
        ("zgh", "ⴰⴽⵛⴰⵎ ⵉⵜⵜⵓⴳⴷⵍ", "ⵜⴰⴳⴰⵡⵜ ⵓⵔ ⵜⵜⵓⵙⵉⴳⴳⵏ ⴷⴰ"),
    ] {
        let response = app.get(&format!("/{code}/admin")).await;
        assert_eq!(response.status, StatusCode::FORBIDDEN);
        response.assert_contains(&format!(r#"<html lang="{code}""#));
        response.assert_contains(forbidden);
        let response = app.get(&format!("/{code}/logout")).await;
        assert_eq!(response.status, StatusCode::METHOD_NOT_ALLOWED);
        response.assert_contains(not_allowed);
    }
    // Malformed query strings get a translated page too, not a framework message.
    let response = app.get("/fr/verify?token=a&token=b").await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    response.assert_contains("Paramètre invalide");
    response.assert_contains("Le paramètre « token »");
}

async fn the_language_switcher_never_replays_one_time_links(app: &mut TestApp) {
    let response = app.get("/fr/password/reset?token=abc&x=1").await;
    response.assert_contains(r#"href="/ar/password/reset?x=1" lang="ar""#);
    assert!(!response.body.contains("/ar/password/reset?token"), "{}", response.body);
    let response = app.get("/en/login?next=%2Fadmin").await;
    response.assert_contains(r#"href="/ar/login?next=%2Fadmin" lang="ar""#);
}
