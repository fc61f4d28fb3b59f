//! The paths real people take: the home page says what is open, sign-in returns a person to
//! where they started (through registration and e-mail verification), staff land on the back
//! office, and the pages a state's portal owes its readers answer in every language.

use axum::http::StatusCode;
use domain::plan::{Phase, PhaseKind};

use crate::harness::{import_morocco, TestApp, START};
use crate::on_both_backends;

on_both_backends!(
    the_home_page_leads_with_what_is_open,
    next_survives_registration_verification_and_sign_in,
    staff_land_on_the_back_office,
    the_portals_own_pages_answer_in_every_language,
);

fn today() -> time::Date {
    time::OffsetDateTime::from_unix_timestamp(START).unwrap().date()
}

async fn the_home_page_leads_with_what_is_open(app: &mut TestApp) {
    import_morocco(app).await;
    let plan = app.state.db.plan_by_slug("morocco-2").await.unwrap().expect("plan");

    // Nothing open, nothing planned: said in words.
    let home = app.get("/fr/").await;
    home.assert_contains("Rien n&#39;est ouvert à la participation aujourd&#39;hui.");
    home.assert_contains(r#"type="application/atom+xml""#);

    // Co-creation starts in ten days: the next step and its date.
    let later =
        vec![Phase { kind: PhaseKind::CoCreation, starts_on: today() + time::Duration::days(10), ends_on: None }];
    app.state.db.update_plan_phases(plan.id, &later, START).await.unwrap();
    // (Each step reads another language: the test writes to the store behind the page cache.)
    let home = app.get("/en/").await;
    home.assert_contains("Next step:");
    home.assert_contains("co-creation opens");
    home.assert_contains("1 October 2026");

    // Co-creation under way until the day before drafting: a call to action with its last day.
    let now = vec![
        Phase { kind: PhaseKind::CoCreation, starts_on: today() - time::Duration::days(1), ends_on: None },
        Phase { kind: PhaseKind::Drafting, starts_on: today() + time::Duration::days(20), ends_on: None },
    ];
    app.state.db.update_plan_phases(plan.id, &now, START).await.unwrap();
    let home = app.get("/ar/").await;
    home.assert_contains("الإنشاء المشترك مفتوح");
    home.assert_contains(r#"href="/ar/plans/morocco-2/proposals""#);
    home.assert_contains("حتى 10 أكتوبر 2026");
    let plans = app.get("/fr/plans").await;
    plans.assert_contains("Co-création");
    plans.assert_contains("Vous pouvez proposer des idées");
}

async fn next_survives_registration_verification_and_sign_in(app: &mut TestApp) {
    import_morocco(app).await;
    // A link to sign in from a page carries that page, without its language prefix.
    let page = app.get("/ar/plans/morocco-2").await;
    page.assert_contains(r#"href="/ar/login?next=%2Fplans%2Fmorocco-2""#);

    let form = app.get("/ar/register?next=%2Fplans%2Fmorocco-2").await;
    form.assert_contains(r#"name="next" value="/plans/morocco-2""#);
    let password = "hind-musharaka-2026";
    let fields = [
        ("name", "هند"),
        ("email", "hind@example.ma"),
        ("password", password),
        ("password_confirm", password),
        ("next", "/plans/morocco-2"),
    ];
    assert_eq!(app.submit("/ar/register", "/ar/register", &fields).await.status, StatusCode::OK);
    let mail = app.mails_to("hind@example.ma").await.pop().expect("verification mail");
    let link = mail.link("/verify?token=");
    assert!(link.ends_with("&next=%2Fplans%2Fmorocco-2"), "the link carries where the person started: {link}");
    let verified = app.get(&link).await;
    assert_eq!(verified.status, StatusCode::OK, "{link}: {}", verified.body);
    verified.assert_contains(r#"href="/ar/login?next=%2Fplans%2Fmorocco-2""#);

    let fields = [("email", "hind@example.ma"), ("password", password), ("next", "/plans/morocco-2")];
    let signed_in = app.submit("/ar/login?next=%2Fplans%2Fmorocco-2", "/ar/login", &fields).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    assert_eq!(signed_in.location(), "/ar/plans/morocco-2", "back where the person started (was /ar/ar/…, a 404)");

    // A prefixed next (as old links wrote it) lands once, in the language in use.
    let fields = [("email", "hind@example.ma"), ("password", password), ("next", "/ar/proposals/1")];
    assert_eq!(app.submit("/fr/login", "/fr/login", &fields).await.location(), "/fr/proposals/1");

    // Only this site's paths: anything else falls back to the account page.
    for bad in
        ["//evil.example", "https://evil.example/x", "/%2F%2Fevil.example", "/\\evil.example", "/\t/evil.example"]
    {
        let fields = [("email", "hind@example.ma"), ("password", password), ("next", bad)];
        let r = app.submit("/fr/login", "/fr/login", &fields).await;
        assert_eq!(r.location(), "/fr/account", "{bad:?}");
    }
    let form = app.get("/fr/login?next=https%3A%2F%2Fevil.example").await;
    form.assert_contains(r#"name="next" value="""#);
}

async fn staff_land_on_the_back_office(app: &mut TestApp) {
    app.verified_user("secretariat@example.ma", "Secrétariat", "secretariat-pass-1").await;
    let id = app.state.db.user_by_email("secretariat@example.ma").await.unwrap().unwrap().id;
    let participant = app.login("secretariat@example.ma", "secretariat-pass-1").await;
    assert_eq!(participant.location(), "/en/account", "a participant lands on their account");
    app.grant(
        id,
        domain::permissions::Grant {
            role: domain::permissions::Role::Moderator,
            scope: domain::permissions::Scope::Global,
        },
    )
    .await;
    let staff = app.login("secretariat@example.ma", "secretariat-pass-1").await;
    assert_eq!(staff.location(), "/en/admin", "staff land on the back office");
}

async fn the_portals_own_pages_answer_in_every_language(app: &mut TestApp) {
    for locale in ["ar", "fr", "en", "zgh"] {
        let home = app.get(&format!("/{locale}/")).await;
        for page in ["legal", "contact", "accessibility", "privacy"] {
            home.assert_contains(&format!(r#"href="/{locale}/{page}""#));
            let r = app.get(&format!("/{locale}/{page}")).await;
            assert_eq!(r.status, StatusCode::OK, "/{locale}/{page}");
            assert!(!r.body.contains("page-"), "/{locale}/{page} has an untranslated id");
        }
    }
    app.get("/fr/privacy").await.assert_contains("loi 09-08");
    app.get("/ar/privacy").await.assert_contains("للقانون 09-08");
    let bodies = app.get("/fr/bodies").await;
    assert_eq!(bodies.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(bodies.location(), "/fr/forum");
    let calendar = app.get("/calendar.ics").await;
    assert_eq!(calendar.status, StatusCode::OK);
    assert!(calendar.body.starts_with("BEGIN:VCALENDAR"));
    let icon = app.get("/favicon.ico").await;
    assert_eq!(icon.location(), "/static/favicon.svg");
    assert!(app.get("/static/favicon.svg").await.body.contains("<svg"));
}
