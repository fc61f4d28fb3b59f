//! Registration, verification, sign-in, sign-out and password reset through the real forms.

use axum::http::StatusCode;

use crate::harness::TestApp;
use crate::on_both_backends;

on_both_backends!(
    register_verify_login_logout,
    registration_never_reveals_existing_accounts,
    bad_registration_input_is_explained_and_nothing_is_saved,
    verification_links_expire_and_are_single_use,
    unverified_login_resends_the_link,
    login_failures_are_rate_limited_in_the_database,
    an_office_behind_one_address_all_signs_in,
    password_reset_changes_password_and_ends_sessions,
    session_made_by_one_server_works_on_another,
    account_emails_read_as_sent,
);

const PASSWORD: &str = "amazigh-tifinagh-2026";

async fn register_verify_login_logout(app: &mut TestApp) {
    let response = app
        .submit(
            "/ar/register",
            "/ar/register",
            &[
                ("name", "أمينة بنعلي"),
                ("email", "Amina@Example.MA"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::OK);
    response.assert_contains("تفقّد بريدك الإلكتروني");

    let mails = app.mails_to("amina@example.ma").await;
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].subject, "أكّد بريدك الإلكتروني على شراكة");
    // Whatever the registrant typed as a name is not sent to an address nobody has confirmed.
    assert!(!mails[0].body.contains("أمينة بنعلي"), "{}", mails[0].body);
    let link = mails[0].link("/verify?token=");
    assert!(link.starts_with("/ar/verify?token="), "{link}");

    // Not verified yet: sign-in is refused with an explanation.
    let response = app.login("amina@example.ma", PASSWORD).await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);

    let response = app.get(&link).await;
    assert_eq!(response.status, StatusCode::OK);
    response.assert_contains("تم تأكيد العنوان");

    let response = app.login("AMINA@example.ma", PASSWORD).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    assert_eq!(response.location(), "/en/account");
    let cookie = response
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap_or_default().to_string())
        .find(|c| c.starts_with("sharaka_session="))
        .expect("session cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");

    let response = app.get("/ar/account").await;
    assert_eq!(response.status, StatusCode::OK);
    response.assert_contains("أمينة بنعلي");
    response.assert_contains("amina@example.ma");

    let token = app.get("/ar/account").await.csrf_field();
    let response = app.post("/ar/logout", &[], Some(&token)).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), "/ar/?notice=signed-out");
    let response = app.get(response.location()).await;
    response.assert_contains("تم تسجيل خروجك");
    let response = app.get("/ar/account").await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), "/ar/login?next=%2Faccount");
}

async fn registration_never_reveals_existing_accounts(app: &mut TestApp) {
    app.verified_user("known@example.ma", "Known", PASSWORD).await;
    let fields = |email: &'static str| {
        [
            ("name", "Someone"),
            ("email", email),
            ("password", "another-pass-99"),
            ("password_confirm", "another-pass-99"),
        ]
    };
    let known = app.submit("/fr/register", "/fr/register", &fields("known@example.ma")).await;
    let fresh = app.submit("/fr/register", "/fr/register", &fields("fresh@example.ma")).await;
    assert_eq!(known.status, fresh.status);
    let strip = |body: &str| {
        body.split("name=\"csrf\"").map(|s| s.split_once('>').map(|(_, rest)| rest).unwrap_or(s)).collect::<String>()
    };
    assert_eq!(strip(&known.body), strip(&fresh.body), "the two replies differ");
    // The owner learns about the attempt; the password is unchanged.
    let mail = app.mails_to("known@example.ma").await.pop().expect("mail");
    assert_eq!(mail.subject, "Someone tried to create an account with your address");
    assert_eq!(app.login("known@example.ma", PASSWORD).await.status, StatusCode::SEE_OTHER);
}

async fn bad_registration_input_is_explained_and_nothing_is_saved(app: &mut TestApp) {
    let cases = [
        (
            [("name", "A"), ("email", "not-an-email"), ("password", PASSWORD), ("password_confirm", PASSWORD)],
            "أدخل بريدًا إلكترونيًا على شكل",
        ),
        (
            [("name", "A"), ("email", "a@example.ma"), ("password", "short"), ("password_confirm", "short")],
            "10 أحرف على الأقل",
        ),
        (
            [("name", "A"), ("email", "a@example.ma"), ("password", "azertyuiop"), ("password_confirm", "azertyuiop")],
            "سهلة التخمين",
        ),
        (
            [
                ("name", "A"),
                ("email", "a@example.ma"),
                ("password", PASSWORD),
                ("password_confirm", "different-pass-1"),
            ],
            r#"<p class="field-error" id="f-password_confirm-error">كلمتا المرور غير متطابقتين"#,
        ),
        (
            [("name", " "), ("email", "a@example.ma"), ("password", PASSWORD), ("password_confirm", PASSWORD)],
            "أدخل اسمًا",
        ),
    ];
    for (fields, message) in cases {
        let response = app.submit("/ar/register", "/ar/register", &fields).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
        response.assert_contains(message);
        response.assert_contains(r#"aria-invalid="true""#);
        response.assert_contains(r#"role="alert""#);
        assert!(!response.body.contains(PASSWORD), "a password was echoed back");
    }
    assert_eq!(app.state.db.count_users().await.expect("count"), 0);
    assert_eq!(app.state.db.pending_mail_count().await.expect("mail"), 0);
}

async fn verification_links_expire_and_are_single_use(app: &mut TestApp) {
    app.submit(
        "/fr/register",
        "/fr/register",
        &[("name", "Y"), ("email", "y@example.ma"), ("password", PASSWORD), ("password_confirm", PASSWORD)],
    )
    .await;
    let link = app.mails_to("y@example.ma").await.pop().expect("mail").link("/verify?token=");
    app.clock.advance(49 * 3600);
    let response = app.get(&link).await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    response.assert_contains("Ce lien de confirmation a expiré");

    // Signing in with the right password sends a fresh link, which works once.
    assert_eq!(
        app.submit("/fr/login", "/fr/login", &[("email", "y@example.ma"), ("password", PASSWORD)]).await.status,
        StatusCode::FORBIDDEN
    );
    let fresh = app.mails_to("y@example.ma").await.pop().expect("mail").link("/verify?token=");
    assert_ne!(fresh, link);
    assert_eq!(app.get(&fresh).await.status, StatusCode::OK);
    let again = app.get(&fresh).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    again.assert_contains("déjà été utilisé");
    let forged = app.get("/fr/verify?token=forged").await;
    assert_eq!(forged.status, StatusCode::BAD_REQUEST);
    forged.assert_contains("n&#39;est pas valide");
}

async fn unverified_login_resends_the_link(app: &mut TestApp) {
    app.submit(
        "/en/register",
        "/en/register",
        &[("name", "U"), ("email", "u@example.ma"), ("password", PASSWORD), ("password_confirm", PASSWORD)],
    )
    .await;
    assert_eq!(app.mails_to("u@example.ma").await.len(), 1);
    let response = app.login("u@example.ma", PASSWORD).await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    response.assert_contains("Confirm your e-mail address first");
    assert_eq!(app.mails_to("u@example.ma").await.len(), 2);
    assert!(!app.cookies.contains_key("sharaka_session"));
}

async fn login_failures_are_rate_limited_in_the_database(app: &mut TestApp) {
    app.verified_user("r@example.ma", "R", PASSWORD).await;
    app.client_ip = Some("198.51.100.7".parse().expect("ip"));
    for _ in 0..5 {
        let response = app.login("r@example.ma", "wrong-password-0").await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
        response.assert_contains("The e-mail address or the password is not correct.");
    }
    // Past five failures, attempts for this account from this address are spaced: one goes
    // through, the next one at once is told to wait (in the reader's language), not locked.
    assert_eq!(app.login("r@example.ma", "wrong-password-1").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let response = app.submit("/zgh/login", "/zgh/login", &[("email", "r@example.ma"), ("password", PASSWORD)]).await;
    assert_eq!(response.status, StatusCode::TOO_MANY_REQUESTS);
    let retry: i64 = response.headers[axum::http::header::RETRY_AFTER].to_str().unwrap().parse().unwrap();
    assert!((1..=300).contains(&retry), "Retry-After says how long to wait: {retry}");
    response.assert_contains(r#"<html lang="zgh""#);
    response.assert_contains("ⵓⴳⴳⴰⵔ ⵏ ⵜⵉⵔⵎⵉⵜⵉⵏ");
    response.assert_contains(r#"value="r@example.ma""#);

    // The owner, from another address, signs in at once: wrong passwords sent by someone else
    // do not lock them out.
    app.client_ip = Some("203.0.113.20".parse().expect("ip"));
    let response = app.login("r@example.ma", PASSWORD).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);

    // From the attacker's address, the delay doubles (2 s, then 4 s) and then lets one through.
    app.client_ip = Some("198.51.100.7".parse().expect("ip"));
    app.clock.advance(4);
    assert_eq!(app.login("r@example.ma", PASSWORD).await.status, StatusCode::SEE_OTHER);
    // A success clears the pair: five free failures again.
    for _ in 0..5 {
        assert_eq!(app.login("r@example.ma", "wrong-password-2").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
}

/// A workshop on one Wi-Fi: 200 people sign in from one address within a minute and every one
/// gets in; 30 failed attempts from that address on one account are slowed down.
async fn an_office_behind_one_address_all_signs_in(app: &mut TestApp) {
    let hash = web::auth::passwords::hash(PASSWORD.to_string()).await.expect("hash");
    for i in 0..200 {
        let user = store::NewUser {
            email: format!("p{i}@example.ma"),
            name: format!("P {i}"),
            password_hash: hash.clone(),
            locale: "ar".to_string(),
            email_verified_at: Some(crate::harness::START),
        };
        app.state.db.create_user(&user, crate::harness::START).await.expect("user");
    }
    app.client_ip = Some("192.0.2.1".parse().expect("ip"));
    let mut signed_in = 0;
    for i in 0..200 {
        // Every sign-in renews the browser's CSRF cookie, so each form has its own token.
        let csrf = app.csrf().await;
        let email = format!("p{i}@example.ma");
        let response = app.post("/ar/login", &[("email", &email), ("password", PASSWORD)], Some(&csrf)).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "sign-in {i}: {}", response.body);
        signed_in += 1;
        if i % 7 == 0 {
            app.clock.advance(2);
        }
        app.cookies.remove("sharaka_session");
    }
    println!("one address: {signed_in} of 200 correct sign-ins within a minute succeeded");
    let mut limited = 0;
    let csrf = app.csrf().await;
    for _ in 0..30 {
        let response = app.post("/ar/login", &[("email", "p1@example.ma"), ("password", "wrong")], Some(&csrf)).await;
        if response.status == StatusCode::TOO_MANY_REQUESTS {
            limited += 1;
        }
    }
    println!("one address: {limited} of 30 failed sign-ins slowed down");
    assert!(limited >= 20, "{limited}");

    // The same workshop registers newcomers on its one Wi-Fi: 30 in a few minutes all go
    // through (the old limit, 10 per address, turned away the eleventh).
    app.client_ip = Some("192.0.2.2".parse().expect("ip"));
    for i in 0..30 {
        let email = format!("new{i}@example.ma");
        let fields =
            [("name", "Participant"), ("email", &email), ("password", PASSWORD), ("password_confirm", PASSWORD)];
        let response = app.submit("/ar/register", "/ar/register", &fields).await;
        assert_eq!(response.status, StatusCode::OK, "registration {i}: {}", response.body);
    }
    println!("one address: 30 of 30 registrations went through");
}

async fn password_reset_changes_password_and_ends_sessions(app: &mut TestApp) {
    app.verified_user("p@example.ma", "P", PASSWORD).await;
    assert_eq!(app.login("p@example.ma", PASSWORD).await.status, StatusCode::SEE_OTHER);
    let old_session = app.cookies.get("sharaka_session").cloned().expect("session");

    let response = app.submit("/fr/password/forgot", "/fr/password/forgot", &[("email", "p@example.ma")]).await;
    assert_eq!(response.status, StatusCode::OK);
    response.assert_contains("Si un compte existe pour cette adresse");
    // An unknown address gets the very same answer, and no mail.
    let unknown = app.submit("/fr/password/forgot", "/fr/password/forgot", &[("email", "nobody@example.ma")]).await;
    assert_eq!(unknown.status, StatusCode::OK);
    unknown.assert_contains("Si un compte existe pour cette adresse");
    assert!(app.mails_to("nobody@example.ma").await.is_empty());
    let invalid = app.submit("/fr/password/forgot", "/fr/password/forgot", &[("email", "nope")]).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);

    let mail = app.mails_to("p@example.ma").await.pop().expect("reset mail");
    assert_eq!(mail.subject, "Choose a new Sharaka password"); // in the account's language
    let link = mail.link("/password/reset?token=");
    let token = link.split("token=").nth(1).expect("token").to_string();

    let weak = app
        .submit(&link, "/en/password/reset", &[("token", &token), ("password", "short"), ("password_confirm", "short")])
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    weak.assert_contains("at least 10 characters");

    let done = app
        .submit(
            &link,
            "/en/password/reset",
            &[("token", &token), ("password", "new-password-2027"), ("password_confirm", "new-password-2027")],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    done.assert_contains("Password changed");
    assert_eq!(app.get(&link).await.status, StatusCode::BAD_REQUEST);

    // The session opened before the reset no longer works.
    app.cookies.insert("sharaka_session".into(), old_session);
    assert_eq!(app.get("/en/account").await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.login("p@example.ma", PASSWORD).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.login("p@example.ma", "new-password-2027").await.status, StatusCode::SEE_OTHER);

    // Reset links last one hour.
    app.submit("/en/password/forgot", "/en/password/forgot", &[("email", "p@example.ma")]).await;
    let late = app.mails_to("p@example.ma").await.pop().expect("mail").link("/password/reset?token=");
    app.clock.advance(3601);
    let response = app.get(&late).await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    response.assert_contains("has expired");
}

async fn session_made_by_one_server_works_on_another(app: &mut TestApp) {
    app.verified_user("two@example.ma", "Two Servers", PASSWORD).await;
    assert_eq!(app.login("two@example.ma", PASSWORD).await.status, StatusCode::SEE_OTHER);
    // A second server: its own connection pool, state and router, on the same database.
    let other_db = app.test_db().reconnect().await;
    let other_state = crate::harness::state_on(other_db, app.clock.clone(), &app.mail_dir).await;
    let mut other = crate::harness::TestApp {
        router: web::app(other_state.clone()),
        state: other_state,
        clock: app.clock.clone(),
        mail_dir: app.mail_dir.clone(),
        db: None,
        cookies: app.cookies.clone(),
        headers: vec![],
        client_ip: None,
    };
    let response = other.get("/en/account").await;
    assert_eq!(response.status, StatusCode::OK);
    response.assert_contains("Two Servers");
    // Forms signed by one server are accepted by the other (the secret is in the database).
    let token = app.get("/en/account").await.csrf_field();
    let response = other.post("/en/logout", &[], Some(&token)).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get("/en/account").await.status, StatusCode::SEE_OTHER);
}

/// What the account e-mails say, word for word, as insta snapshots (one file per e-mail under
/// `snapshots/`): the confirmation in Arabic; the notice to an address that already has an
/// account, in that account's language (Arabic) although asked from the French page; a new
/// link at sign-in, in the language of the sign-in page; the reset link in the account's.
/// One-time tokens are replaced by `[token]`.
async fn account_emails_read_as_sent(app: &mut TestApp) {
    let as_sent = crate::harness::Mail::as_sent;
    let fields = [
        ("name", "أمينة بنعلي"),
        ("email", "amina@example.ma"),
        ("password", PASSWORD),
        ("password_confirm", PASSWORD),
    ];
    app.submit("/ar/register", "/ar/register", &fields).await;
    insta::assert_snapshot!("mail-verify-ar", as_sent(&app.mails_to("amina@example.ma").await.pop().expect("verify")));
    app.submit("/fr/register", "/fr/register", &fields).await;
    let notice = app.mails_to("amina@example.ma").await.pop().expect("notice");
    insta::assert_snapshot!("mail-already-registered", as_sent(&notice));
    app.login("amina@example.ma", PASSWORD).await;
    insta::assert_snapshot!(
        "mail-verify-again",
        as_sent(&app.mails_to("amina@example.ma").await.pop().expect("again"))
    );
    // The confirmation in each other language, as the page it was asked from.
    for (locale, email) in [("fr", "farida@example.ma"), ("en", "emma@example.ma"), ("zgh", "tiziri@example.ma")] {
        let fields = [("name", "Tiziri Ait"), ("email", email), ("password", PASSWORD), ("password_confirm", PASSWORD)];
        app.submit(&format!("/{locale}/register"), &format!("/{locale}/register"), &fields).await;
        insta::assert_snapshot!(
            format!("mail-verify-{locale}"),
            as_sent(&app.mails_to(email).await.pop().expect("verify"))
        );
    }
    app.verified_user("karim@example.ma", "Karim", PASSWORD).await;
    app.submit("/fr/password/forgot", "/fr/password/forgot", &[("email", "karim@example.ma")]).await;
    insta::assert_snapshot!("mail-reset", as_sent(&app.mails_to("karim@example.ma").await.pop().expect("reset")));
}
