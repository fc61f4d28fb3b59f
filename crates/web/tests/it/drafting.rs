//! Drafting commitments: who may edit when, field-level errors, revisions and the public history.

use axum::http::StatusCode;
use domain::clock::Clock;
use domain::permissions::{Grant, Role, Scope};
use domain::plan::{Phase, PhaseKind};

use crate::harness::{import_morocco, TestApp, START};
use crate::on_both_backends;

on_both_backends!(
    secretariat_reopens_edits_and_the_history_shows_word_changes,
    forum_members_draft_only_their_themes_during_drafting
);

fn form(fields: &[(&str, &str)], status: &str) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    all.push(("status".into(), status.into()));
    all
}

async fn secretariat_reopens_edits_and_the_history_shows_word_changes(app: &mut TestApp) {
    import_morocco(app).await;
    app.signed_in_secretariat().await;
    // Imported commitments are adopted: the design is locked, only the status can change.
    let locked = app.get("/ar/admin/commitments/MO0012/edit").await;
    assert_eq!(locked.status, StatusCode::OK);
    locked.assert_contains("هذا الالتزام معتمد");
    assert!(!locked.body.contains("name=\"problem_ar\""));
    let token = locked.csrf_field();
    let reopened = app.post("/ar/admin/commitments/MO0012", &[("status", "draft"), ("csrf", &token)], None).await;
    assert_eq!(reopened.status, StatusCode::SEE_OTHER, "{}", reopened.body);

    let page = app.get("/ar/admin/commitments/MO0012/edit").await;
    page.assert_contains(r#"name="problem_ar" lang="ar" dir="rtl""#);
    // The quality checks sit beside the form while drafting.
    page.assert_contains("جودة الالتزامات");
    page.assert_contains("الإشكالية — غير مملوء");
    let title = "Implementing the provisions of Organic Law No. 130-13 on the finance law relating to budget transparency and performance-oriented budgeting";
    let first = form(
        &[
            ("title_en", title),
            ("problem_ar", "الميزانية غير منشورة في وقتها"),
            ("problem_fr", "Le budget n'est pas publié à temps"),
        ],
        "draft",
    );
    let pairs: Vec<(&str, &str)> = first.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let saved = app.post("/ar/admin/commitments/MO0012", &pairs, Some(&page.csrf_field())).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.location(), "/ar/commitments/MO0012/history?notice=saved");

    let second = form(
        &[
            ("title_en", title),
            ("problem_ar", "الميزانية المفتوحة غير منشورة في وقتها"),
            ("problem_fr", "Le budget n'est pas publié à temps"),
        ],
        "draft",
    );
    let pairs: Vec<(&str, &str)> = second.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    app.clock.advance(60);
    assert_eq!(
        app.post("/ar/admin/commitments/MO0012", &pairs, Some(&page.csrf_field())).await.status,
        StatusCode::SEE_OTHER
    );

    // Anyone can read the history; by default it shows the last change, word by word.
    app.cookies.remove("sharaka_session");
    let history = app.get("/ar/commitments/MO0012/history").await;
    assert_eq!(history.status, StatusCode::OK);
    history.assert_contains(r#"<p class="diff" lang="ar" dir="rtl">"#);
    history.assert_contains(r#"<ins><span class="visually-hidden">مضاف: </span>المفتوحة </ins>"#);
    history.assert_contains("Secrétariat");
    let revisions =
        app.state.db.revisions_of(app.state.db.commitment_by_code("MO0012").await.unwrap().unwrap().id).await.unwrap();
    assert_eq!(revisions.len(), 4, "original, reopening, two edits");
    // Any two versions: from the original to the latest shows the status change and the new texts.
    let all = app.get(&format!("/fr/commitments/MO0012/history?from={}&to={}", revisions[0].id, revisions[3].id)).await;
    all.assert_contains("Adopté");
    all.assert_contains("Projet");
    all.assert_contains("publié à temps");
    assert_eq!(app.get("/fr/commitments/MO0012/history?from=99999").await.status, StatusCode::NOT_FOUND);

    // Bad input: no title at all, an unknown institution, reversed dates. Input is kept.
    app.signed_in_again().await;
    let page = app.get("/fr/admin/commitments/MO0012/edit").await;
    let bad = form(
        &[("problem_fr", "Gardé tel quel"), ("lead", "999999"), ("starts_on", "2019-05-01"), ("ends_on", "2019-01-01")],
        "draft",
    );
    let pairs: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let refused = app.post("/fr/admin/commitments/MO0012", &pairs, Some(&page.csrf_field())).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains("Donnez un titre à l&#39;engagement dans au moins une langue.");
    refused.assert_contains("Choisissez une institution dans la liste.");
    refused.assert_contains("La date de fin doit suivre la date de début.");
    refused.assert_contains(">Gardé tel quel</textarea>");
    assert_eq!(app.state.db.revisions_of(revisions[0].commitment_id).await.unwrap().len(), 4, "nothing saved");
}

async fn forum_members_draft_only_their_themes_during_drafting(app: &mut TestApp) {
    import_morocco(app).await;
    let plan = app.state.db.plan_by_slug("morocco-2").await.unwrap().expect("plan");
    let theme = app.state.db.themes_of(plan.id).await.unwrap().into_iter().next().expect("a theme");
    let commitment = app.state.db.commitment_by_code("MO0047").await.unwrap().expect("MO0047");
    assert_eq!(commitment.theme_id, Some(theme.id));
    // Reopen it as a draft (the secretariat's doing), outside any drafting phase.
    let mut design = domain::revision::Design::of(&commitment);
    design.status = domain::commitment::CommitmentStatus::Draft;
    let admin = app
        .state
        .db
        .create_user(
            &store::NewUser {
                email: "s@x.ma".into(),
                name: "S".into(),
                password_hash: "x".into(),
                locale: "fr".into(),
                email_verified_at: Some(1),
            },
            1,
        )
        .await
        .unwrap();
    app.state.db.save_commitment_design(commitment.id, &design, admin.id, START).await.unwrap();

    let member = app.verified_user("member@example.ma", "Membre", "member-pass-1").await;
    app.grant(member, Grant { role: Role::ForumMember, scope: Scope::Theme(theme.id) }).await;
    assert_eq!(app.login("member@example.ma", "member-pass-1").await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get("/fr/admin/commitments/MO0047/edit").await.status, StatusCode::FORBIDDEN, "not in drafting");

    let today = app.clock.now().date();
    let phases =
        vec![Phase { kind: PhaseKind::Drafting, starts_on: today.previous_day().expect("day"), ends_on: None }];
    app.state.db.update_plan_phases(plan.id, &phases, START).await.unwrap();
    assert_eq!(app.get("/fr/admin/commitments/MO0047/edit").await.status, StatusCode::OK, "their theme, in drafting");
    assert_eq!(
        app.get("/fr/admin/commitments/MO0012/edit").await.status,
        StatusCode::FORBIDDEN,
        "another plan's commitment"
    );
    let plan_page = app.get("/fr/plans/morocco-2").await;
    plan_page.assert_contains("En cours : Rédaction");
    plan_page.assert_contains("Vous êtes ici");
}

mod milestones {
    use super::*;

    on_both_backends!(milestones_are_added_checked_and_count_towards_progress);

    async fn milestones_are_added_checked_and_count_towards_progress(app: &mut TestApp) {
        import_morocco(app).await;
        app.signed_in_secretariat().await;
        // Reopen MO0012 so its design (milestones included) can change.
        let page = app.get("/fr/admin/commitments/MO0012/edit").await;
        assert_eq!(
            app.post("/fr/admin/commitments/MO0012", &[("status", "draft")], Some(&page.csrf_field())).await.status,
            StatusCode::SEE_OTHER
        );

        let form = app.get("/fr/admin/commitments/MO0012/milestones/new").await;
        assert_eq!(form.status, StatusCode::OK);
        let token = form.csrf_field();
        // Plan 1 runs 2018-01-01 to 2020-12-31.
        let bad = app
            .post(
                "/fr/admin/commitments/MO0012/milestones",
                &[
                    ("output_fr", ""),
                    ("starts_on", "2019-06-01"),
                    ("due_on", "2019-01-31"),
                    ("responsible", "999999"),
                    ("status", "in-progress"),
                    ("percent", "150"),
                ],
                Some(&token),
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        for message in [
            "Décrivez le livrable attendu",
            "La date de fin doit suivre la date de début.",
            "Choisissez une institution dans la liste.",
            "Saisissez un nombre entier de 0 à 100.",
        ] {
            bad.assert_contains(message);
        }
        bad.assert_contains(r#"value="150""#);
        let outside = app
            .post(
                "/fr/admin/commitments/MO0012/milestones",
                &[("output_fr", "Publier"), ("due_on", "2022-01-31"), ("status", "not-started"), ("percent", "0")],
                Some(&token),
            )
            .await;
        outside.assert_contains("Ces dates sortent de la période du plan.");

        for (output, status, percent) in [
            ("Publier le rapport budgétaire citoyen 2019", "completed", "20"),
            ("Publier 12 rapports mensuels d'exécution", "in-progress", "50"),
        ] {
            let ok = app
                .post(
                    "/fr/admin/commitments/MO0012/milestones",
                    &[
                        ("output_fr", output),
                        ("starts_on", "2019-01-01"),
                        ("due_on", "2019-12-31"),
                        ("status", status),
                        ("percent", percent),
                    ],
                    Some(&token),
                )
                .await;
            assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
        }
        let commitment = app.get("/fr/commitments/MO0012").await;
        commitment.assert_contains("Publier le rapport budgétaire citoyen 2019");
        // (100 for the completed one + 50) / 2; the due date has passed: the open one is late.
        commitment.assert_contains("75 %");
        commitment.assert_contains("en retard");
        let milestone = app
            .state
            .db
            .milestones_of(app.state.db.commitment_by_code("MO0012").await.unwrap().unwrap().id)
            .await
            .unwrap()[1]
            .clone();
        let edit = app.get(&format!("/fr/admin/milestones/{}/edit", milestone.id)).await;
        edit.assert_contains("Publier 12 rapports mensuels");
        let updated = app
            .post(
                &format!("/fr/admin/milestones/{}", milestone.id),
                &[
                    ("output_fr", "Publier 12 rapports mensuels d'exécution"),
                    ("starts_on", "2019-01-01"),
                    ("due_on", "2019-12-31"),
                    ("status", "completed"),
                    ("percent", "100"),
                ],
                Some(&edit.csrf_field()),
            )
            .await;
        assert_eq!(updated.status, StatusCode::SEE_OTHER);
        app.get("/fr/plans/morocco-1").await.assert_contains("100 %");

        // Indicators: a name, a unit, and whole dated measurements.
        let form = app.get("/ar/admin/commitments/MO0012/indicators/new").await;
        assert_eq!(form.status, StatusCode::OK);
        let refused = app
            .post(
                "/ar/admin/commitments/MO0012/indicators",
                &[
                    ("unit", ""),
                    ("baseline_date", "2019-01-01"),
                    ("target_value", "100"),
                    ("target_date", "2018-01-01"),
                ],
                Some(&form.csrf_field()),
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        for message in ["سمِّ المؤشر بلغة واحدة على الأقل.", "حدِّد الوحدة", "القياس المؤرخ يحتاج إلى قيمة."]
        {
            refused.assert_contains(message);
        }
        let added = app
            .post(
                "/ar/admin/commitments/MO0012/indicators",
                &[
                    ("name_ar", "الوثائق المنشورة"),
                    ("unit", "٪"),
                    ("baseline_value", "20"),
                    ("baseline_date", "2018-06-01"),
                    ("target_value", "100"),
                    ("target_date", "2020-03-31"),
                ],
                Some(&form.csrf_field()),
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        app.get("/ar/commitments/MO0012").await.assert_contains("الوثائق المنشورة");

        let indicator = app.state.db.indicators_of(milestone.commitment_id).await.unwrap()[0].clone();
        let edit = app.get(&format!("/ar/admin/indicators/{}/edit", indicator.id)).await;
        edit.assert_contains(r#"value="الوثائق المنشورة""#);
        let renamed = app
            .post(
                &format!("/ar/admin/indicators/{}", indicator.id),
                &[
                    ("name_ar", "الوثائق المنشورة في وقتها"),
                    ("unit", "٪"),
                    ("baseline_value", "20"),
                    ("baseline_date", "2018-06-01"),
                    ("target_value", "100"),
                    ("target_date", "2020-03-31"),
                ],
                Some(&edit.csrf_field()),
            )
            .await;
        assert_eq!(renamed.status, StatusCode::SEE_OTHER, "{}", renamed.body);

        // Milestone and indicator changes are revisions too, with word-level differences.
        let revisions = app.state.db.revisions_of(milestone.commitment_id).await.unwrap();
        let changed: Vec<&str> = revisions.iter().flat_map(|r| r.changed_fields.iter().map(String::as_str)).collect();
        for field in ["status", "milestone:1", "milestone:2", "indicator:1"] {
            assert!(changed.contains(&field), "{field} missing from {changed:?}");
        }
        let last_two = &revisions[revisions.len() - 4..revisions.len() - 2];
        let history =
            app.get(&format!("/fr/commitments/MO0012/history?from={}&to={}", last_two[0].id, last_two[1].id)).await;
        history.assert_contains("Jalon 2");
        history.assert_contains("<ins><span class=\"visually-hidden\">ajouté : </span>Achevé");
    }
}

mod plans_back_office {
    use super::*;

    on_both_backends!(secretariat_creates_a_plan_with_phases_themes_and_commitments);

    async fn secretariat_creates_a_plan_with_phases_themes_and_commitments(app: &mut TestApp) {
        import_morocco(app).await;
        app.signed_in_secretariat().await;
        let form = app.get("/ar/admin/plans/new").await;
        assert_eq!(form.status, StatusCode::OK);
        let token = form.csrf_field();
        let bad = app
            .post(
                "/ar/admin/plans",
                &[("slug", "morocco-1"), ("member", "Morocco"), ("number", "x"), ("phase_drafting_end", "2026-01-01")],
                Some(&token),
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        for message in
            ["أدخل رقم خطة من 1 إلى 100.", "أعطِ الالتزام عنوانًا", "المرحلة التي لها تاريخ نهاية تحتاج إلى تاريخ بداية."]
        {
            bad.assert_contains(message);
        }
        let taken = app
            .post(
                "/ar/admin/plans",
                &[("slug", "morocco-1"), ("member", "Morocco"), ("number", "3"), ("title_ar", "الخطة الثالثة")],
                Some(&token),
            )
            .await;
        taken.assert_contains("هذا العنوان مستعمل من طرف خطة أخرى.");
        let created = app
            .post(
                "/ar/admin/plans",
                &[
                    ("slug", "morocco-3"),
                    ("member", "Morocco"),
                    ("number", "3"),
                    ("title_ar", "خطة العمل الوطنية الثالثة"),
                    ("title_fr", "Troisième plan d'action national"),
                    ("starts_on", "2026-01-01"),
                    ("ends_on", "2027-12-31"),
                    ("phase_co-creation_start", "2026-09-01"),
                    ("phase_co-creation_end", "2026-10-31"),
                    ("phase_drafting_start", "2026-11-01"),
                ],
                Some(&token),
            )
            .await;
        assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
        let plan_page = app.get("/ar/plans/morocco-3").await;
        plan_page.assert_contains("خطة العمل الوطنية الثالثة");
        plan_page.assert_contains("أنتم هنا"); // 2026-09-21 (START) is in co-creation
        let plan = app.state.db.plan_by_slug("morocco-3").await.unwrap().expect("plan");

        let new = app.get(&format!("/fr/admin/plans/{}/commitments/new", plan.id)).await;
        let token = new.csrf_field();
        assert_eq!(
            app.post(
                &format!("/fr/admin/plans/{}/themes", plan.id),
                &[("theme_fr", "Transparence budgétaire"), ("theme_ar", "شفافية الميزانية")],
                Some(&token)
            )
            .await
            .status,
            StatusCode::SEE_OTHER
        );
        let theme = app.state.db.themes_of(plan.id).await.unwrap()[0].id.to_string();
        let collision = app
            .post(
                &format!("/fr/admin/plans/{}/commitments", plan.id),
                &[("code", "mo0012"), ("title_fr", "Doublon"), ("theme", &theme)],
                Some(&token),
            )
            .await;
        assert_eq!(collision.status, StatusCode::UNPROCESSABLE_ENTITY);
        collision.assert_contains("Un autre engagement porte déjà ce code.");
        collision.assert_contains(r#"value="Doublon""#);
        let ok = app
            .post(
                &format!("/fr/admin/plans/{}/commitments", plan.id),
                &[("code", "MO0060"), ("title_fr", "Budget ouvert"), ("theme", &theme)],
                Some(&token),
            )
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER);
        assert_eq!(ok.location(), "/fr/admin/commitments/MO0060/edit");
        let page = app.get("/fr/plans/morocco-3").await;
        page.assert_contains("Transparence budgétaire");
        page.assert_contains(r#"href="/fr/commitments/MO0060""#);
    }
}
