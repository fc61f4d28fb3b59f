//! Co-creation: proposals under a theme, supports and comments, only while co-creation runs,
//! with the spam guards (honeypot, links, double submission, rate limit).

use axum::http::StatusCode;
use domain::plan::{Phase, PhaseKind};

use crate::harness::{import_morocco, TestApp, START};
use crate::on_both_backends;

on_both_backends!(
    participants_propose_support_and_comment_during_co_creation,
    the_secretariat_records_ideas_raised_at_a_meeting,
    a_long_discussion_is_read_a_page_at_a_time,
);

async fn a_long_discussion_is_read_a_page_at_a_time(app: &mut TestApp) {
    use domain::contribution::ContributionInput;
    import_morocco(app).await;
    let plan = app.state.db.plan_by_slug("morocco-2").await.unwrap().expect("plan");
    let theme = app.state.db.themes_of(plan.id).await.unwrap().remove(0).id;
    let author = app.verified_user("citoyenne@example.ma", "Salma", "citizen-pass-1").await;
    let idea =
        ContributionInput::proposal(plan.id, &theme.to_string(), &[theme], "Budgets ouverts", "Publier", "").unwrap();
    let id = app.state.db.add_contribution(&idea, author, "p", false, START).await.unwrap();
    let proposal = app.state.db.contribution(id).await.unwrap().unwrap();
    let mut comments = vec![];
    for n in 0..120 {
        let input = ContributionInput::comment(&proposal, &format!("Commentaire numéro {n}."), "").unwrap();
        comments.push(
            app.state.db.add_contribution(&input, author, &format!("c{n}"), false, START - 1000 + n).await.unwrap(),
        );
    }
    let first = app.get(&format!("/fr/proposals/{id}")).await;
    assert_eq!(first.body.matches(r#"<article class="comment""#).count(), 50, "50 a page");
    first.assert_contains("Commentaire numéro 0.");
    assert!(!first.body.contains("Commentaire numéro 50."));
    first.assert_contains("Page 1 sur 3");
    first.assert_contains(&format!(r#"rel="next" href="/fr/proposals/{id}?page=2#comments""#));
    let last = app.get(&format!("/fr/proposals/{id}?page=3")).await;
    assert_eq!(last.body.matches(r#"<article class="comment""#).count(), 20);
    last.assert_contains(r#"<ol class="threads" start="101">"#);
    last.assert_contains(&format!(r#"rel="prev" href="/fr/proposals/{id}?page=2#comments""#));
    // A stale or hand-edited page number shows a page, never an error.
    for odd in ["99", "0", "-1", "abc"] {
        assert_eq!(app.get(&format!("/fr/proposals/{id}?page={odd}")).await.status, StatusCode::OK, "{odd}");
    }
    app.get(&format!("/fr/proposals/{id}?page=99")).await.assert_contains("Page 3 sur 3");
    // A link to one comment (from search, from a notice) opens the page that holds it.
    let linked = app.get(&format!("/fr/proposals/{id}?comment={}", comments[75])).await;
    linked.assert_contains(&format!(r#"id="c-{}""#, comments[75]));
    linked.assert_contains("Page 2 sur 3");

    // Posting lands on the page holding the new comment.
    let today = time::OffsetDateTime::from_unix_timestamp(START).unwrap().date();
    let phases = vec![Phase { kind: PhaseKind::CoCreation, starts_on: today.previous_day().unwrap(), ends_on: None }];
    app.state.db.update_plan_phases(plan.id, &phases, START).await.unwrap();
    // Another participant: the first has just written 121, past the per-person limit.
    app.verified_user("voisin@example.ma", "Youssef", "citizen-pass-2").await;
    app.login("voisin@example.ma", "citizen-pass-2").await;
    let form = app.get(&format!("/fr/proposals/{id}")).await;
    let key =
        form.body.split(r#"name="idempotency_key" value=""#).nth(1).unwrap().split('"').next().unwrap().to_string();
    let token = form.csrf_field();
    let sent = app
        .post(
            &format!("/fr/proposals/{id}/comments"),
            &[("body", "Le dernier mot."), ("idempotency_key", &key)],
            Some(&token),
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let location = sent.location().to_string();
    assert!(location.contains("&comment="), "{location}");
    let landed = app.get(location.split('#').next().unwrap()).await;
    landed.assert_contains("Le dernier mot.");
    landed.assert_contains("Page 3 sur 3");
}

async fn participants_propose_support_and_comment_during_co_creation(app: &mut TestApp) {
    import_morocco(app).await;
    let plan = app.state.db.plan_by_slug("morocco-2").await.unwrap().expect("plan");
    let theme = app.state.db.themes_of(plan.id).await.unwrap().remove(0).id.to_string();

    // Visitors read; the form asks them to sign in.
    let page = app.get("/fr/plans/morocco-2/proposals").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Les propositions ne sont reçues que pendant la phase de co-création");

    app.verified_user("citoyenne@example.ma", "Salma", "citizen-pass-1").await;
    assert_eq!(app.login("citoyenne@example.ma", "citizen-pass-1").await.status, StatusCode::SEE_OTHER);
    let closed = app.get("/fr/plans/morocco-2/proposals").await;
    assert!(!closed.body.contains("name=\"idempotency_key\""), "no form outside co-creation");
    let token = closed.csrf_field();
    let refused = app
        .post(
            "/fr/plans/morocco-2/proposals",
            &[("theme_id", &theme), ("title", "Idée"), ("body", "Texte"), ("idempotency_key", "k0")],
            Some(&token),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.state.db.proposals_of_plan(plan.id).await.unwrap().is_empty());

    let today = time::OffsetDateTime::from_unix_timestamp(START).unwrap().date();
    let phases = vec![Phase { kind: PhaseKind::CoCreation, starts_on: today.previous_day().unwrap(), ends_on: None }];
    app.state.db.update_plan_phases(plan.id, &phases, START).await.unwrap();
    let form = app.get("/ar/plans/morocco-2/proposals").await;
    form.assert_contains("name=\"idempotency_key\"");
    let key =
        form.body.split("name=\"idempotency_key\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let token = form.csrf_field();
    let base: Vec<(&'static str, String)> = vec![
        ("theme_id", theme.clone()),
        ("title", "نشر ميزانيات الجماعات <script>alert(1)</script>".into()),
        ("body", "تنشر كل جماعة ميزانيتها بصيغة مفتوحة. المصدر: https://data.gov.ma".into()),
        ("idempotency_key", key.clone()),
    ];
    let as_refs = |fields: &[(&'static str, String)]| -> Vec<(&'static str, String)> { fields.to_vec() };

    let mut robot = as_refs(&base);
    robot.push(("website", "http://spam.example".into()));
    let pairs: Vec<(&str, &str)> = robot.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post("/ar/plans/morocco-2/proposals", &pairs, Some(&token)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "the honeypot was filled");

    let mut links = as_refs(&base);
    links[2].1 = "https://a.example https://b.example https://c.example".into();
    let pairs: Vec<(&str, &str)> = links.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.post("/fr/plans/morocco-2/proposals", &pairs, Some(&token)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Deux liens web au plus");

    let pairs: Vec<(&str, &str)> = base.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let first = app.post("/ar/plans/morocco-2/proposals", &pairs, Some(&token)).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    let double = app.post("/ar/plans/morocco-2/proposals", &pairs, Some(&token)).await;
    assert_eq!(double.location(), first.location(), "a double click stores the proposal once");
    let proposals = app.state.db.proposals_of_plan(plan.id).await.unwrap();
    assert_eq!(proposals.len(), 1);
    let proposal = &proposals[0];

    let shown = app.get(&format!("/ar/proposals/{}", proposal.id)).await;
    shown.assert_contains("&#60;script&#62;");
    assert!(!shown.body.contains("<script>alert"), "text is escaped");
    let support = format!("/ar/proposals/{}/support", proposal.id);
    let own = app.post(&support, &[], Some(&token)).await;
    assert_eq!(own.status, StatusCode::UNPROCESSABLE_ENTITY, "an author does not support their own proposal");
    own.assert_contains("لا يمكنك تأييد اقتراحك");
    assert_eq!(app.state.db.contribution(proposal.id).await.unwrap().unwrap().supports, 0);
    app.get(&format!("/fr/proposals/{}", proposal.id)).await.assert_contains("C&#39;est votre proposition");

    // Another participant supports it, once however often they click.
    let author = std::mem::take(&mut app.cookies);
    app.verified_user("second@example.ma", "Second", "second-participant-1").await;
    assert_eq!(app.login("second@example.ma", "second-participant-1").await.status, StatusCode::SEE_OTHER);
    let other = app.csrf().await;
    assert_eq!(app.post(&support, &[], Some(&other)).await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.post(&support, &[], Some(&other)).await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.state.db.contribution(proposal.id).await.unwrap().unwrap().supports, 1, "one support per person");
    app.get(&format!("/fr/proposals/{}", proposal.id)).await.assert_contains("Vous soutenez cette proposition");
    app.cookies = author;

    let page = app.get(&format!("/fr/proposals/{}", proposal.id)).await;
    let key =
        page.body.split("name=\"idempotency_key\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let comments = format!("/fr/proposals/{}/comments", proposal.id);
    let empty = app.post(&comments, &[("body", "  "), ("idempotency_key", &key)], Some(&token)).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let said = app
        .post(&comments, &[("body", "Avec les annexes, s'il vous plaît."), ("idempotency_key", &key)], Some(&token))
        .await;
    assert_eq!(said.status, StatusCode::SEE_OTHER, "{}", said.body);

    let mine = app.get("/fr/account/contributions").await;
    mine.assert_contains("نشر ميزانيات الجماعات");
    mine.assert_contains("Avec les annexes");

    // The window closes: the form disappears and a late comment is refused.
    let closed = vec![Phase {
        kind: PhaseKind::CoCreation,
        starts_on: today.previous_day().unwrap().previous_day().unwrap(),
        ends_on: Some(today.previous_day().unwrap()),
    }];
    app.state.db.update_plan_phases(plan.id, &closed, START).await.unwrap();
    let late = app.post(&comments, &[("body", "Trop tard ?"), ("idempotency_key", "late-1")], Some(&token)).await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.state.db.count_comments(proposal.id, None).await.unwrap(), 1);
}

async fn the_secretariat_records_ideas_raised_at_a_meeting(app: &mut TestApp) {
    import_morocco(app).await;
    let plan = app.state.db.plan_by_slug("morocco-2").await.unwrap().expect("plan");
    let theme = app.state.db.themes_of(plan.id).await.unwrap().remove(0).id.to_string();
    app.signed_in_secretariat().await;
    let fields = [
        ("kind", "workshop"),
        ("title_fr", "Atelier de co-création"),
        ("start_date", "2026-10-14"),
        ("start_time", "09:30"),
        ("end_time", "13:00"),
        ("time_zone", "Africa/Casablanca"),
    ];
    assert_eq!(app.submit("/fr/admin/meetings/new", "/fr/admin/meetings", &fields).await.status, StatusCode::SEE_OTHER);
    let meeting = app.state.db.list_meetings().await.unwrap().remove(0).id;
    let edit = format!("/fr/admin/meetings/{meeting}/edit");
    let action = format!("/fr/admin/meetings/{meeting}/inputs");

    let no_theme = app.submit(&edit, &action, &[("theme_id", "999"), ("title", "Idée"), ("body", "Texte")]).await;
    assert_eq!(no_theme.status, StatusCode::UNPROCESSABLE_ENTITY);
    let idea = [
        ("theme_id", theme.as_str()),
        ("title", "Des forums de proximité en amazighe"),
        ("body", "Proposé par trois associations du Souss."),
    ];
    let recorded = app.submit(&edit, &action, &idea).await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.body);
    let again = app.submit(&edit, &action, &idea).await;
    assert_eq!(again.location(), recorded.location(), "the same idea recorded twice is stored once");

    let listed = app.get("/fr/plans/morocco-2/proposals").await;
    listed.assert_contains("Des forums de proximité en amazighe");
    listed.assert_contains(&format!("href=\"/fr/meetings/{meeting}\""));
    let page = app.get(recorded.location()).await;
    page.assert_contains("Recueillie lors de la réunion");
    page.assert_contains("Atelier de co-création");

    // Participants cannot record meeting inputs.
    app.verified_user("citoyen@example.ma", "Citoyen", "citizen-pass-1").await;
    assert_eq!(app.login("citoyen@example.ma", "citizen-pass-1").await.status, StatusCode::SEE_OTHER);
    let token = app.csrf().await;
    assert_eq!(app.post(&action, &idea, Some(&token)).await.status, StatusCode::FORBIDDEN);
}
