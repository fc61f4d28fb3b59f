//! Implementation tracking: progress with evidence on one's own institution's milestones,
//! review, the write API with personal tokens, reminders, IRM assessments and the public
//! dashboard and self-assessment report.

use std::sync::Arc;

use axum::http::{header, Method, StatusCode};
use domain::commitment::{MilestoneInput, MilestoneStatus};
use domain::permissions::{Grant, Role, Scope};
use domain::{Locale, Localized};

use crate::harness::{import_morocco, TestApp, START};
use crate::on_both_backends;

on_both_backends!(
    api_refusals_speak_the_request_language_and_tokens_die_with_their_role,
    implementers_report_progress_with_evidence_on_their_own_milestones,
    review_holds_reports_until_the_secretariat_publishes_them,
    ministries_report_through_the_api_with_personal_tokens,
    reminders_go_out_once_before_the_due_date_and_once_late,
    reviewers_record_irm_assessments_and_the_dashboard_counts_both,
    control_characters_and_bidi_overrides_stay_at_the_door,
);

const DAY: i64 = 86_400;

fn date_after_start(days: i64) -> time::Date {
    time::OffsetDateTime::from_unix_timestamp(START + days * DAY).unwrap().date()
}

/// MO0050 gets a milestone due `due_in` days after the start, under its lead institution;
/// returns (milestone id, lead institution id).
async fn milestone(app: &TestApp, due_in: i64) -> (i64, i64) {
    let commitment = app.state.db.commitment_by_code("MO0050").await.unwrap().expect("MO0050");
    let lead = commitment.lead_institution_id.expect("lead institution");
    let input = MilestoneInput {
        output: Localized::from_pairs([
            (Locale::Fr, "Lancer l'application des pétitions"),
            (Locale::Ar, "إطلاق تطبيق العرائض"),
        ]),
        starts_on: Some(date_after_start(-100)),
        due_on: Some(date_after_start(due_in)),
        responsible_institution_id: Some(lead),
        status: MilestoneStatus::NotStarted,
        percent: 0,
    };
    (app.state.db.add_milestone(commitment.id, &input, None, START).await.unwrap(), lead)
}

async fn implementer(app: &mut TestApp, email: &str, institution: i64) -> i64 {
    let grant = Grant { role: Role::Implementer, scope: Scope::Institution(institution) };
    app.staff_user(email, "Implementer", "implementer-pass-1", grant).await
}

async fn other_institution(app: &TestApp, lead: i64) -> i64 {
    app.state.db.list_institutions().await.unwrap().into_iter().find(|i| i.id != lead).expect("another institution").id
}

async fn implementers_report_progress_with_evidence_on_their_own_milestones(app: &mut TestApp) {
    import_morocco(app).await;
    let (m, lead) = milestone(app, 30).await;
    let other = other_institution(app, lead).await;
    implementer(app, "parlement@example.ma", lead).await;
    implementer(app, "ministere@example.ma", other).await;
    let action = format!("/fr/admin/milestones/{m}/progress");
    let today = date_after_start(0).to_string();

    // Another institution's implementer neither sees nor reports on it.
    app.login("ministere@example.ma", "implementer-pass-1").await;
    let token = app.csrf().await;
    assert!(!app.get("/fr/admin/implementation").await.body.contains(&format!("/fr/admin/milestones/{m}/progress")));
    assert_eq!(app.get(&action).await.status, StatusCode::FORBIDDEN);
    let fields = [
        ("status", "in-progress"),
        ("percent", "60"),
        ("narrative_fr", "Cahier des charges publié"),
        ("reported_on", today.as_str()),
    ];
    assert_eq!(app.post(&action, &fields, Some(&token)).await.status, StatusCode::FORBIDDEN);

    app.login("parlement@example.ma", "implementer-pass-1").await;
    let token = app.csrf().await;
    app.get("/fr/admin/implementation").await.assert_contains(&format!("/fr/admin/milestones/{m}/progress"));
    let bad_link = [
        ("status", "in-progress"),
        ("percent", "60"),
        ("narrative_fr", "Texte"),
        ("reported_on", today.as_str()),
        ("links", "javascript:alert(1)"),
    ];
    let r = app.post(&action, &bad_link, Some(&token)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("https://");
    let with_evidence = [
        ("status", "in-progress"),
        ("percent", "60"),
        ("narrative_fr", "Cahier des charges publié <b>enfin</b>"),
        ("narrative_ar", "نُشر دفتر التحملات"),
        ("reported_on", today.as_str()),
        ("links", "https://www.chambredesrepresentants.ma/fr/cahier-des-charges"),
    ];
    let saved = app.post(&action, &with_evidence, Some(&token)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(app.state.db.milestone(m).await.unwrap().unwrap().percent, 60);

    // Going backwards needs a reason; nothing is saved without one.
    let back =
        [("status", "in-progress"), ("percent", "40"), ("narrative_fr", "Retard"), ("reported_on", today.as_str())];
    let r = app.post(&action, &back, Some(&token)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Le pourcentage est inférieur");
    assert_eq!(app.state.db.progress_of_milestone(m).await.unwrap().len(), 1);
    let mut with_reason = back.to_vec();
    with_reason.push(("reason", "Le prestataire a été changé"));
    assert_eq!(app.post(&action, &with_reason, Some(&token)).await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.state.db.milestone(m).await.unwrap().unwrap().percent, 40);

    // The public record: the commitment page, the dashboard and the self-assessment report.
    let page = app.get("/fr/commitments/MO0050").await;
    // The narrative is Markdown: raw HTML in it is shown as text.
    page.assert_contains("Cahier des charges publié &lt;b&gt;enfin&lt;/b&gt;");
    page.assert_contains("https://www.chambredesrepresentants.ma/fr/cahier-des-charges");
    page.assert_contains("Le prestataire a été changé");
    let report = app.get("/fr/plans/morocco-2/self-assessment").await;
    assert_eq!(report.status, StatusCode::OK);
    report.assert_contains("Le prestataire a été changé");
    let dashboard = app.get("/ar/plans/morocco-2/dashboard").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    let svg = dashboard
        .body
        .split("<svg")
        .nth(1)
        .map(|s| format!("<svg{}", s.split("</svg>").next().unwrap()) + "</svg>")
        .expect("an SVG chart");
    let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    assert_eq!(doc.root_element().attribute("direction"), Some("rtl"));
    assert!(doc.descendants().any(|n| n.has_tag_name("title")) && doc.descendants().any(|n| n.has_tag_name("desc")));
    dashboard.assert_contains("<table class=\"data\">");
    // The plan's progress says what it rests on: how many of the plan's commitments report.
    let commitments = app.state.db.commitments_of_plan(plan_id(app).await).await.unwrap().len();
    let plan = app.get("/fr/plans/morocco-2").await;
    plan.assert_contains(r#"<p class="muted progress-basis">d&#39;après "#);
    plan.assert_contains(&format!(" engagements sur {commitments}</p>"));
}

async fn plan_id(app: &TestApp) -> i64 {
    app.state.db.plan_by_slug("morocco-2").await.unwrap().expect("plan").id
}

async fn review_holds_reports_until_the_secretariat_publishes_them(app: &mut TestApp) {
    import_morocco(app).await;
    let (m, lead) = milestone(app, 30).await;
    let mut config = (*app.state.config).clone();
    config.review_progress = true;
    app.state.config = Arc::new(config);
    app.router = web::app(app.state.clone());
    implementer(app, "parlement@example.ma", lead).await;
    app.login("parlement@example.ma", "implementer-pass-1").await;
    let token = app.csrf().await;
    let today = date_after_start(0).to_string();
    let fields = [
        ("status", "completed"),
        ("percent", ""),
        ("narrative_fr", "Application en ligne"),
        ("reported_on", today.as_str()),
    ];
    let r = app.post(&format!("/fr/admin/milestones/{m}/progress"), &fields, Some(&token)).await;
    assert!(r.location().contains("notice=submitted-for-review"), "{}", r.location());
    assert_eq!(
        app.state.db.milestone(m).await.unwrap().unwrap().status,
        MilestoneStatus::NotStarted,
        "not applied yet"
    );
    assert!(!app.get("/fr/commitments/MO0050").await.body.contains("Application en ligne"));

    app.signed_in_secretariat().await;
    let token = app.csrf().await;
    let pending = app.state.db.pending_progress().await.unwrap().remove(0);
    app.get("/fr/admin/implementation").await.assert_contains("Application en ligne");
    let review = format!("/fr/admin/progress/{}/review", pending.id);
    assert_eq!(app.post(&review, &[("decision", "maybe")], Some(&token)).await.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.post(&review, &[("decision", "approve")], Some(&token)).await.status, StatusCode::SEE_OTHER);
    let milestone = app.state.db.milestone(m).await.unwrap().unwrap();
    assert_eq!((milestone.status, milestone.percent), (MilestoneStatus::Completed, 100));
    app.get("/fr/commitments/MO0050").await.assert_contains("Application en ligne");
}

/// A ministry's system: JSON with a bearer token (the browser's cookies play no part).
async fn api(app: &mut TestApp, path: &str, token: Option<&str>, body: &str) -> crate::harness::TestResponse {
    let bearer = token.map(|t| format!("Bearer {t}"));
    let headers: Vec<(&str, &str)> = bearer.iter().map(|b| (header::AUTHORIZATION.as_str(), b.as_str())).collect();
    let cookies = std::mem::take(&mut app.cookies);
    let response = app
        .send(Method::POST, path, axum::body::Body::from(body.to_string()), Some("application/json"), &headers)
        .await;
    app.cookies = cookies;
    response
}

async fn ministries_report_through_the_api_with_personal_tokens(app: &mut TestApp) {
    import_morocco(app).await;
    let (m, lead) = milestone(app, 30).await;
    let other = other_institution(app, lead).await;
    // A milestone of another institution, on the same commitment.
    let commitment = app.state.db.commitment_by_code("MO0050").await.unwrap().unwrap();
    let foreign = MilestoneInput {
        output: Localized::from_pairs([(Locale::Fr, "Autre")]),
        starts_on: None,
        due_on: Some(date_after_start(40)),
        responsible_institution_id: Some(other),
        status: MilestoneStatus::NotStarted,
        percent: 0,
    };
    let foreign = app.state.db.add_milestone(commitment.id, &foreign, None, START).await.unwrap();
    implementer(app, "parlement@example.ma", lead).await;
    app.login("parlement@example.ma", "implementer-pass-1").await;

    // The token is made in the account's settings and shown once.
    let page = app.get("/fr/account/tokens").await;
    let csrf = page.csrf_field();
    let refused =
        app.post("/fr/account/tokens", &[("name", "SI"), ("institution_id", &other.to_string())], Some(&csrf)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "only an institution one reports for");
    let created = app
        .post(
            "/fr/account/tokens",
            &[("name", "Système statistique"), ("institution_id", &lead.to_string())],
            Some(&csrf),
        )
        .await;
    assert_eq!(created.status, StatusCode::OK);
    let token =
        created.body.split("<code class=\"token\" dir=\"ltr\">").nth(1).unwrap().split('<').next().unwrap().to_string();
    assert!(token.starts_with("shk_"));
    assert!(!app.get("/fr/account/tokens").await.body.contains(&token), "shown once only");

    let body = format!(
        r#"{{"status": "in-progress", "percent": 30, "narrative": {{"fr": "Marché attribué"}}, "reported_on": "{}", "evidence_links": ["https://example.ma/marche.pdf"]}}"#,
        date_after_start(0)
    );
    let path = format!("/api/v1/milestones/{m}/progress");
    let ok = api(app, &path, Some(&token), &body).await;
    assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.body);
    assert_eq!(ok.json()["review"], "published");
    assert_eq!(app.state.db.milestone(m).await.unwrap().unwrap().percent, 30);
    // The scheme is case-insensitive: "bearer" is Bearer.
    let cookies = std::mem::take(&mut app.cookies);
    let lower = format!("bearer {token}");
    let headers = [(header::AUTHORIZATION.as_str(), lower.as_str())];
    let r =
        app.send(Method::POST, &path, axum::body::Body::from(body.clone()), Some("application/json"), &headers).await;
    app.cookies = cookies;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);

    let wrong = api(app, &path, Some("shk_wrong"), &body).await;
    assert_eq!((wrong.status, wrong.json()["code"].as_str()), (StatusCode::UNAUTHORIZED, Some("token-invalid")));
    assert_eq!(api(app, &path, None, &body).await.status, StatusCode::UNAUTHORIZED);
    let theirs = api(app, &format!("/api/v1/milestones/{foreign}/progress"), Some(&token), &body).await;
    assert_eq!(
        (theirs.status, theirs.json()["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("forbidden")),
        "another institution's milestone"
    );
    assert_eq!(app.state.db.progress_of_milestone(foreign).await.unwrap().len(), 0);
    let backwards = body
        .replace("\"percent\": 30", "\"percent\": 10")
        .replace("https://example.ma/marche.pdf", "ftp://example.ma/x");
    let invalid = api(app, &path, Some(&token), &backwards).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    let codes: Vec<String> =
        invalid.json()["errors"].as_array().unwrap().iter().map(|e| e["code"].as_str().unwrap().to_string()).collect();
    assert!(
        codes.contains(&"percent-backwards-needs-reason".to_string())
            && codes.contains(&"evidence-link-invalid".to_string()),
        "{codes:?}"
    );
    assert_eq!(api(app, &path, Some(&token), "{not json").await.status, StatusCode::BAD_REQUEST);
    assert_eq!(api(app, "/api/v1/milestones/999999/progress", Some(&token), &body).await.status, StatusCode::NOT_FOUND);

    // Measurements keep the indicator's unit.
    let indicator = domain::commitment::Indicator {
        id: 0,
        commitment_id: commitment.id,
        name: Localized::from_pairs([(Locale::Fr, "Pétitions déposées")]),
        unit: "pétitions".into(),
        baseline: Some(domain::commitment::Measurement { value: "0".into(), date: None, source: None }),
        target: None,
        measurements: vec![],
    };
    let i = app.state.db.add_indicator(&indicator, None, START).await.unwrap();
    let measure = format!("/api/v1/indicators/{i}/measurements");
    let day = date_after_start(0);
    let other_unit =
        api(app, &measure, Some(&token), &format!(r#"{{"value": "12", "unit": "%", "date": "{day}"}}"#)).await;
    assert_eq!(other_unit.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(other_unit.json()["errors"][0]["code"], "unit-mismatch");
    let measured = api(
        app,
        &measure,
        Some(&token),
        &format!(r#"{{"value": "12", "unit": "pétitions", "date": "{day}", "source": "Registre"}}"#),
    )
    .await;
    assert_eq!(measured.status, StatusCode::CREATED, "{}", measured.body);
    assert_eq!(app.state.db.indicator(i).await.unwrap().unwrap().measurements.len(), 1);

    // Revoked, the token opens nothing.
    let listed = app
        .state
        .db
        .api_tokens_of(app.state.db.user_by_email("parlement@example.ma").await.unwrap().unwrap().id)
        .await
        .unwrap();
    let csrf = app.csrf().await;
    assert_eq!(
        app.post(&format!("/fr/account/tokens/{}/revoke", listed[0].id), &[], Some(&csrf)).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(api(app, &path, Some(&token), &body).await.status, StatusCode::UNAUTHORIZED);
}

/// Issue 18 item 8: refusals in JSON in the request's language, the field at fault named, and
/// a token that dies with its role and stays dead when the role comes back.
async fn api_refusals_speak_the_request_language_and_tokens_die_with_their_role(app: &mut TestApp) {
    import_morocco(app).await;
    let (m, lead) = milestone(app, 30).await;
    let user = implementer(app, "sgg@example.ma", lead).await;
    app.login("sgg@example.ma", "implementer-pass-1").await;
    let page = app.get("/fr/account/tokens").await;
    let created = app
        .post("/fr/account/tokens", &[("name", "SI"), ("institution_id", &lead.to_string())], Some(&page.csrf_field()))
        .await;
    let token =
        created.body.split("<code class=\"token\" dir=\"ltr\">").nth(1).unwrap().split('<').next().unwrap().to_string();
    let path = format!("/api/v1/milestones/{m}/progress");
    let body = format!(
        r#"{{"status": "in-progress", "percent": 20.0, "narrative": {{"fr": "Cahier des charges"}}, "reported_on": "{}"}}"#,
        date_after_start(0)
    );
    app.headers.push(("accept-language".into(), "fr".into()));

    // 401 in French, with the Bearer challenge.
    let wrong = api(app, &path, Some("shk_nope"), &body).await;
    assert_eq!((wrong.status, wrong.json()["code"].as_str()), (StatusCode::UNAUTHORIZED, Some("token-invalid")));
    assert!(wrong.json()["message"].as_str().unwrap().starts_with("Un jeton d’API personnel valide"), "{}", wrong.body);
    assert_eq!(wrong.headers["www-authenticate"], "Bearer");
    // 413 in French, as JSON (it was axum's plain English text).
    let huge = format!(r#"{{"status": "in-progress", "narrative": {{"fr": "{}"}}}}"#, "x".repeat(3 * 1024 * 1024));
    let large = api(app, &path, Some(&token), &huge).await;
    assert_eq!(
        (large.status, large.json()["code"].as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, Some("payload-too-large"))
    );
    assert!(large.json()["message"].as_str().unwrap().contains("trop"), "{}", large.body);
    // A 400 names the field at fault.
    let missing = api(app, &path, Some(&token), r#"{"narrative": {"fr": "x"}, "reported_on": "2026-09-21"}"#).await;
    assert_eq!((missing.status, missing.json()["parameter"].as_str()), (StatusCode::BAD_REQUEST, Some("status")));
    assert!(missing.json()["message"].as_str().unwrap().contains("« status »"), "{}", missing.body);
    let unknown = api(app, &path, Some(&token), &body.replace("\"status\"", "\"statut\"")).await;
    assert_eq!(unknown.json()["parameter"], "statut");
    // 20.0 is a whole number, as JSON Schema counts them.
    let ok = api(app, &path, Some(&token), &body).await;
    assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.body);

    // The role is withdrawn: the token is refused and revoked for good.
    let grant = app.state.db.grants_of(user).await.unwrap()[0].id;
    app.state.db.remove_grant(user, grant).await.unwrap();
    assert_eq!(api(app, &path, Some(&token), &body).await.status, StatusCode::UNAUTHORIZED);
    let tokens = app.state.db.api_tokens_of(user).await.unwrap();
    assert!(tokens[0].revoked_at.is_some(), "revoked, not merely refused");
    app.grant(user, Grant { role: Role::Implementer, scope: Scope::Institution(lead) }).await;
    assert_eq!(
        api(app, &path, Some(&token), &body).await.status,
        StatusCode::UNAUTHORIZED,
        "a new grant does not revive the old token"
    );
}

async fn reminders_go_out_once_before_the_due_date_and_once_late(app: &mut TestApp) {
    import_morocco(app).await;
    let (_, lead) = milestone(app, 10).await;
    implementer(app, "parlement@example.ma", lead).await;
    assert_eq!(web::jobs::reminders::send_due(&app.state).await.unwrap(), 1);
    assert_eq!(web::jobs::reminders::send_due(&app.state).await.unwrap(), 0, "sent once");
    let mails = app.mails_to("parlement@example.ma").await;
    let due = mails.iter().find(|m| m.subject.contains("MO0050")).expect("reminder");
    assert!(due.body.contains("/admin/milestones/"), "{}", due.body);
    insta::assert_snapshot!("mail-reminder-due", due.as_sent());
    let due_subject = due.subject.clone();
    app.clock.advance(11 * DAY);
    assert_eq!(web::jobs::reminders::send_due(&app.state).await.unwrap(), 1, "late now");
    assert_eq!(web::jobs::reminders::send_due(&app.state).await.unwrap(), 0);
    let reminders = app.mails_to("parlement@example.ma").await;
    let late: Vec<_> = reminders.iter().filter(|m| m.subject.contains("MO0050")).collect();
    assert_eq!(late.len(), 2);
    let late = late.into_iter().find(|m| m.subject != due_subject).expect("late reminder");
    insta::assert_snapshot!("mail-reminder-late", late.as_sent());
}

async fn reviewers_record_irm_assessments_and_the_dashboard_counts_both(app: &mut TestApp) {
    import_morocco(app).await;
    milestone(app, 30).await;
    let reviewer = app.verified_user("irm@example.ma", "IRM", "reviewer-pass-1").await;
    app.grant(reviewer, Grant { role: Role::Reviewer, scope: Scope::Global }).await;
    app.verified_user("citizen@example.ma", "Citizen", "citizen-pass-1").await;
    app.login("citizen@example.ma", "citizen-pass-1").await;
    assert_eq!(app.get("/fr/admin/commitments/MO0050/assessment").await.status, StatusCode::FORBIDDEN);

    app.login("irm@example.ma", "reviewer-pass-1").await;
    let token = app.csrf().await;
    let form = app.get("/fr/admin/commitments/MO0050/assessment").await;
    assert_eq!(form.status, StatusCode::OK);
    let action = "/fr/admin/commitments/MO0050/assessment";
    let wrong = [("scale", "current"), ("current:completion", "Mostly"), ("assessed_on", "2026-06-30")];
    assert_eq!(app.post(action, &wrong, Some(&token)).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let right = [
        ("scale", "current"),
        ("current:completion", "Limited"),
        ("current:potential-for-results", "Modest"),
        ("assessed_on", "2026-06-30"),
    ];
    assert_eq!(app.post(action, &right, Some(&token)).await.status, StatusCode::SEE_OTHER);
    let page = app.get("/fr/commitments/MO0050").await;
    page.assert_contains("Limité");
    let dashboard = app.get("/fr/plans/morocco-2/dashboard").await;
    dashboard.assert_contains("Évalué par l");
    // The completion table counts MO0050 under "Limited" for the IRM.
    let table = dashboard.body.split("id=\"completion-heading\"").nth(1).expect("completion table");
    let limited_row = table.split("<tr>").find(|r| r.contains("Limité")).expect("Limited row");
    assert!(limited_row.contains("<td>1</td>"), "{limited_row}");
}

mod compliance {
    use axum::http::StatusCode;

    use crate::harness::{import_morocco, TestApp};
    use crate::on_both_backends;

    on_both_backends!(the_compliance_page_shows_each_requirement_with_its_evidence);

    async fn the_compliance_page_shows_each_requirement_with_its_evidence(app: &mut TestApp) {
        import_morocco(app).await;
        let page = app.get("/fr/plans/morocco-2/compliance").await;
        assert_eq!(page.status, StatusCode::OK);
        for n in ["1.1", "2.1", "2.2", "3.1", "3.2", "3.3", "4.1", "5.1"] {
            page.assert_contains(&format!("id=\"standard-{n}\""));
        }
        // An empty instance has no forum, no rules and no documents: 1.1 and 2.2 are red.
        assert!(page.body.contains("requirement-not-met\" id=\"standard-1.1\""), "{}", page.body);
        assert!(page.body.contains("requirement-not-met\" id=\"standard-2.2\""));
        assert!(page.body.contains("requirement-met\" id=\"standard-2.1\""));
        assert_eq!(app.get("/ar/plans/no-such-plan/compliance").await.status, StatusCode::NOT_FOUND);
    }
}

async fn control_characters_and_bidi_overrides_stay_at_the_door(app: &mut TestApp) {
    import_morocco(app).await;
    let (m, lead) = milestone(app, 30).await;
    implementer(app, "parlement@example.ma", lead).await;
    app.login("parlement@example.ma", "implementer-pass-1").await;
    let token = app.csrf().await;
    let today = date_after_start(0).to_string();
    // U+0001 made the public Atom feeds unparsable; U+202E reverses what follows it.
    let narrative = "Cahier\u{1} des charges\u{0} publié \u{202e}fdp.exe\u{202c}\r\nSuite";
    let fields =
        [("status", "in-progress"), ("percent", "60"), ("narrative_fr", narrative), ("reported_on", today.as_str())];
    let saved = app.post(&format!("/fr/admin/milestones/{m}/progress"), &fields, Some(&token)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let stored = app.state.db.progress_of_milestone(m).await.unwrap();
    let text = stored[0].narrative.get(Locale::Fr).expect("narrative").to_string();
    assert_eq!(text, "Cahier des charges publié fdp.exe\nSuite");

    // The feeds parse, with the text as the person meant it.
    for feed in ["/feeds/commitments/MO0050.atom?lang=fr", "/feeds/plans/morocco-2.atom?lang=fr"] {
        let r = app.get(feed).await;
        assert_eq!(r.status, StatusCode::OK, "{feed}");
        roxmltree::Document::parse(&r.body).unwrap_or_else(|e| panic!("{feed} parses: {e}"));
        assert!(r.body.contains("Cahier des charges publié fdp.exe"), "{feed}");
    }

    // The JSON API lets in the same text as the forms.
    let page = app.get("/fr/account/tokens").await;
    let csrf = page.csrf_field();
    let created =
        app.post("/fr/account/tokens", &[("name", "SI"), ("institution_id", &lead.to_string())], Some(&csrf)).await;
    let secret =
        created.body.split("<code class=\"token\" dir=\"ltr\">").nth(1).unwrap().split('<').next().unwrap().to_string();
    let body = serde_json::json!({
        "status": "in-progress",
        "percent": 70,
        "narrative": { "fr": "API\u{1} \u{2066}isolé\u{2069}" },
        "reported_on": today,
    });
    let r = api(app, &format!("/api/v1/milestones/{m}/progress"), Some(&secret), &body.to_string()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let stored = app.state.db.progress_of_milestone(m).await.unwrap();
    assert!(stored.iter().any(|p| p.narrative.get(Locale::Fr) == Some("API isolé")), "{stored:?}");
}
