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
    a_duplicate_institution_is_merged_keeping_every_link,
    feeds_are_advertised_fonts_served_and_times_local,
    the_instance_shows_its_emblem_and_authority,
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
    // OGP's data names the member in English; the reader sees it in their language.
    app.get("/ar/plans/morocco-2").await.assert_contains(r#"<dd dir="auto">المغرب</dd>"#);
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
    let id = app.verified_user("secretariat@example.ma", "Nadia Alaoui", "secretariat-pass-1").await;
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

async fn a_duplicate_institution_is_merged_keeping_every_link(app: &mut TestApp) {
    use domain::institution::{Branch, InstitutionInput, Slug};
    use domain::permissions::{Grant, Role, Scope};
    import_morocco(app).await;
    let commitment = app.state.db.commitment_by_code("MO0050").await.unwrap().expect("MO0050");
    let lead = commitment.lead_institution_id.expect("a lead");
    let duplicate = app
        .state
        .db
        .create_institution(
            &InstitutionInput {
                slug: Slug::parse("mtnra-doublon").expect("slug"),
                name: domain::Localized::from_pairs([(domain::Locale::Fr, "Ministère (doublon)")]),
                acronym: None,
                branch: Branch::Executive,
                parent_id: None,
            },
            START,
        )
        .await
        .unwrap();
    let implementer = app.verified_user("impl@example.ma", "Impl", "implementer-pass-1").await;
    app.grant(implementer, Grant { role: Role::Implementer, scope: Scope::Institution(lead) }).await;
    app.signed_in_secretariat().await;
    let token = app.csrf().await;
    let merge = format!("/fr/admin/institutions/{lead}/merge");

    // Refused, with a message next to the choice: itself, nothing, an unknown one.
    for (into, message) in [
        (lead.to_string(), "ne peut pas être fusionnée avec elle-même"),
        (String::new(), "Choisissez l&#39;institution"),
        ("999999".to_string(), "Choisissez l&#39;institution"),
    ] {
        let r = app.post(&merge, &[("into", &into)], Some(&token)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{into}");
        r.assert_contains(message);
    }
    assert!(app.state.db.institution(lead).await.unwrap().is_some(), "nothing changed");

    // Merged: the commitment it led and the implementer's grant move to the one kept.
    let r = app.post(&merge, &[("into", &duplicate.id.to_string())], Some(&token)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(app.state.db.institution(lead).await.unwrap().is_none(), "the duplicate is gone");
    let moved = app.state.db.commitment_by_code("MO0050").await.unwrap().expect("MO0050");
    assert_eq!(moved.lead_institution_id, Some(duplicate.id));
    let grants = app.state.db.grants_of(implementer).await.unwrap();
    assert_eq!(grants.len(), 1);
    assert_eq!(grants[0].grant.scope, Scope::Institution(duplicate.id));
    app.get("/fr/commitments/MO0050").await.assert_contains("Ministère (doublon)");
    app.get(r.location()).await.assert_contains("Institution fusionnée");
}

async fn feeds_are_advertised_fonts_served_and_times_local(app: &mut TestApp) {
    use domain::forum::{BodyInput, BodyKind, MeetingForm, MeetingInput};
    use domain::{Locale, Localized};
    import_morocco(app).await;
    // Every page with a feed says so in its head, where feed readers and browsers look.
    for (page, feed) in [
        ("/fr/", "/feeds/consultations.atom?lang=fr"),
        ("/fr/plans/morocco-2", "/feeds/plans/morocco-2.atom?lang=fr"),
        ("/ar/commitments/MO0050", "/feeds/commitments/MO0050.atom?lang=ar"),
        ("/fr/meetings", "/feeds/meetings.atom?lang=fr"),
        ("/zgh/news", "/feeds/news.atom?lang=zgh"),
    ] {
        let body = app.get(page).await.body;
        let head = body.split("</head>").next().unwrap_or_default();
        assert!(
            head.contains(&format!(r#"<link rel="alternate" type="application/atom+xml" href="{feed}""#)),
            "{page} advertises {feed}"
        );
    }

    // The portal serves its Arabic and Tifinagh fonts; the stylesheet declares them by range.
    let css = app.get("/static/app.css").await.body;
    for font in ["NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold", "NotoSansTifinagh-Regular"] {
        let path = format!("/static/fonts/{font}.woff2");
        assert!(css.contains(&path), "{path} in the stylesheet");
        let r = app.get(&path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert_eq!(r.headers[axum::http::header::CONTENT_TYPE], "font/woff2");
        assert!(r.headers.get(axum::http::header::SET_COOKIE).is_none(), "{path} sets no cookie");
    }
    assert!(css.contains("unicode-range: U+2D30-2D7F"));

    // Meetings read in the instance's zone without its name; one abroad says whose time it is.
    let db = app.state.db.clone();
    let body = db
        .create_body(
            &BodyInput {
                slug: "comite".into(),
                kind: BodyKind::SteeringCommittee,
                name: Localized::from_pairs([(Locale::Fr, "Comité de pilotage")]),
                parent_id: None,
                theme_ids: vec![],
            },
            START,
        )
        .await
        .unwrap();
    for (title, zone) in [("Atelier de Rabat", "Africa/Casablanca"), ("Sommet de Paris", "Europe/Paris")] {
        let form = MeetingForm {
            body_id: body.id.to_string(),
            kind: "forum-meeting".into(),
            titles: vec![(Locale::Fr, title.into())],
            start_date: "2026-10-01".into(),
            start_time: "10:00".into(),
            end_time: "12:00".into(),
            time_zone: zone.into(),
            place: "Salle 1".into(),
            ..MeetingForm::default()
        };
        db.create_meeting(&MeetingInput::parse(&form).unwrap(), &[], START).await.unwrap();
    }
    // (Pages not read above: the test writes to the store behind the page cache.)
    let meetings = app.get("/en/meetings").await;
    meetings.assert_contains("Atelier de Rabat");
    meetings.assert_contains("local time: Paris");
    for page in ["/en/meetings", "/ar/meetings", "/feeds/meetings.atom?lang=fr"] {
        let body = app.get(page).await.body;
        for zone in ["Africa/Casablanca", "UTC", "Europe/Paris"] {
            assert!(!body.contains(zone), "{page} shows {zone}");
        }
    }
}

async fn the_instance_shows_its_emblem_and_authority(app: &mut TestApp) {
    // Without one configured: the diamond, and no logo address.
    assert_eq!(app.get("/static/logo").await.status, StatusCode::NOT_FOUND);
    app.get("/fr/contact").await.assert_contains(r#"class="brand-mark""#);

    // Only images, decided from their bytes, and small ones.
    assert!(web::Logo::from_bytes(b"MZ\x90\x00 not an image".to_vec()).is_err());
    assert!(web::Logo::from_bytes(vec![0x89; web::Logo::MAX_BYTES + 1]).is_err());
    let svg =
        br#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="4"/></svg>"#;
    assert_eq!(web::Logo::from_bytes(svg.to_vec()).expect("svg").content_type, "image/svg+xml");
    let png = [&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A][..], &[0; 32]].concat();
    let logo = web::Logo::from_bytes(png.clone()).expect("png");
    assert_eq!(logo.content_type, "image/png");

    let mut config = (*app.state.config).clone();
    config.identity.logo = Some(logo);
    config.identity.authority.insert(domain::Locale::Fr, "Royaume du Maroc".to_string());
    app.state.config = std::sync::Arc::new(config);
    app.router = web::app(app.state.clone());
    let page = app.get("/fr/legal").await;
    page.assert_contains(r#"<img class="brand-logo" src="/static/logo" alt="" height="48">"#);
    page.assert_contains(r#"<span class="brand-authority">Royaume du Maroc</span>"#);
    let served = app.get("/static/logo").await;
    assert_eq!(served.status, StatusCode::OK);
    assert_eq!(served.headers[axum::http::header::CONTENT_TYPE], "image/png");
    assert!(served.headers.get(axum::http::header::SET_COOKIE).is_none(), "a public image sets no cookie");
}
