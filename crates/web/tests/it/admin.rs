//! The back office: every admin route against every role, institutions, role grants.

use axum::http::{Method, StatusCode};
use domain::permissions::{Grant, Role, Scope};

use crate::harness::TestApp;
use crate::on_both_backends;

on_both_backends!(
    admin_routes_by_role,
    secretariat_creates_and_edits_institutions,
    institution_form_errors_are_field_level_and_translated,
    secretariat_grants_and_revokes_roles,
);

/// Who may open which back-office address. Columns: visitor, participant, forum member,
/// implementer, moderator, reviewer, secretariat. 'L' = sent to sign in, 'F' = 403, 'O' = served.
const PAGES: &[(&str, &str)] = &[
    ("/en/admin", "LFOOOOO"),
    ("/en/admin/users", "LFFFFFO"),
    ("/en/admin/users/1", "LFFFFFO"),
    ("/en/admin/institutions", "LFFFFFO"),
    ("/en/admin/institutions/new", "LFFFFFO"),
    ("/en/admin/institutions/1/edit", "LFFFFFO"),
    ("/en/admin/plans", "LFFFFFO"),
    ("/en/admin/plans/new", "LFFFFFO"),
    ("/en/account", "LOOOOOO"),
];

/// Every back-office write, with a valid form token: only the secretariat gets past the guard.
const WRITES: &[(&str, &[(&str, &str)])] = &[
    ("/en/admin/institutions", &[("slug", "new-one"), ("name_fr", "Nouvelle"), ("branch", "executive")]),
    ("/en/admin/institutions/1", &[("slug", "ministry"), ("name_fr", "Ministère"), ("branch", "executive")]),
    ("/en/admin/users/1/grants", &[("role", "moderator"), ("scope", "global")]),
    ("/en/admin/users/1/grants/999/revoke", &[]),
    ("/en/admin/plans", &[("slug", "p"), ("member", "M"), ("number", "1"), ("title_fr", "P")]),
];

async fn admin_routes_by_role(app: &mut TestApp) {
    let institution = domain::institution::InstitutionInput {
        slug: domain::institution::Slug::parse("ministry").expect("slug"),
        name: domain::Localized::from_pairs([(domain::Locale::Fr, "Ministère")]),
        acronym: None,
        branch: domain::institution::Branch::Executive,
        parent_id: None,
    };
    app.state.db.create_institution(&institution, crate::harness::START).await.expect("institution");
    let roles: [Option<Grant>; 7] = [
        None,
        None,
        Some(Grant { role: Role::ForumMember, scope: Scope::Body(1) }),
        Some(Grant { role: Role::Implementer, scope: Scope::Institution(1) }),
        Some(Grant { role: Role::Moderator, scope: Scope::Global }),
        Some(Grant { role: Role::Reviewer, scope: Scope::Global }),
        Some(Grant { role: Role::Secretariat, scope: Scope::Global }),
    ];
    for (column, grant) in roles.iter().enumerate() {
        app.cookies.remove("sharaka_session");
        if column > 0 {
            let email = format!("role{column}@example.ma");
            let id = app.verified_user(&email, &format!("Role {column}"), "role-password-1").await;
            if let Some(grant) = grant {
                app.grant(id, *grant).await;
            }
            assert_eq!(app.login(&email, "role-password-1").await.status, StatusCode::SEE_OTHER);
        }
        let outcome = |response: &crate::harness::TestResponse| match response.status {
            StatusCode::SEE_OTHER if response.location().contains("/login?next=") => 'L',
            StatusCode::FORBIDDEN => 'F',
            _ => 'O',
        };
        for (path, expected) in PAGES {
            let response = app.get(path).await;
            let got = outcome(&response);
            assert_eq!(got, expected.chars().nth(column).expect("column"), "{path} as column {column} ({grant:?})");
            if got == 'O' {
                assert_eq!(response.status, StatusCode::OK, "{path} as column {column}");
            }
            if got == 'F' {
                response.assert_contains("Access refused");
            }
        }
        let token = app.csrf().await;
        for (path, fields) in WRITES {
            let response = app.post(path, fields, Some(&token)).await;
            let want = if column == 0 {
                'L'
            } else if column == 6 {
                'O'
            } else {
                'F'
            };
            assert_eq!(outcome(&response), want, "POST {path} as column {column} ({grant:?}): {}", response.status);
        }
    }
    // The admin link shows only to those with back-office work.
    app.cookies.remove("sharaka_session");
    assert!(!app.get("/en/").await.body.contains("/en/admin\""));
}

async fn secretariat_creates_and_edits_institutions(app: &mut TestApp) {
    app.signed_in_secretariat().await;
    let created = app
        .submit(
            "/fr/admin/institutions/new",
            "/fr/admin/institutions",
            &[
                ("slug", "cour-des-comptes"),
                ("name_fr", "Cour des comptes"),
                ("name_ar", "المجلس الأعلى للحسابات"),
                ("acronym", "CDC"),
                ("branch", "judiciary"),
                ("parent_id", ""),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    assert_eq!(created.location(), "/fr/admin/institutions?notice=created");
    app.get(created.location()).await.assert_contains("Le nouvel élément a été ajouté.");
    let parent = app.state.db.institution_by_slug("cour-des-comptes").await.expect("get").expect("created");

    let child = app
        .submit(
            "/fr/admin/institutions/new",
            "/fr/admin/institutions",
            &[
                ("slug", "chambre-regionale"),
                ("name_fr", "Cour régionale des comptes"),
                ("branch", "judiciary"),
                ("parent_id", &parent.id.to_string()),
            ],
        )
        .await;
    assert_eq!(child.status, StatusCode::SEE_OTHER);
    let child = app.state.db.institution_by_slug("chambre-regionale").await.expect("get").expect("created");

    // Public pages show it, with the parent and the attached body.
    let page = app.get("/ar/institutions/cour-des-comptes").await;
    page.assert_contains("المجلس الأعلى للحسابات");
    page.assert_contains("/ar/institutions/chambre-regionale");

    // Edit: rename in Tamazight, change branch; a cycle is refused.
    let edit = format!("/fr/admin/institutions/{}/edit", parent.id);
    let action = format!("/fr/admin/institutions/{}", parent.id);
    let cycle = app
        .submit(
            &edit,
            &action,
            &[
                ("slug", "cour-des-comptes"),
                ("name_fr", "Cour des comptes"),
                ("branch", "judiciary"),
                ("parent_id", &child.id.to_string()),
            ],
        )
        .await;
    assert_eq!(cycle.status, StatusCode::UNPROCESSABLE_ENTITY);
    cycle.assert_contains("ne peut pas être rattachée à elle-même");
    let saved = app
        .submit(
            &edit,
            &action,
            &[
                ("slug", "cour-des-comptes"),
                ("name_fr", "Cour des comptes"),
                ("name_zgh", "ⴰⵙⵇⵇⵉⵎ ⴰⵏⴰⵎⵓⵔ ⵏ ⵓⵙⵉⴹⵏ"),
                ("branch", "independent-body"),
                ("parent_id", ""),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let after = app.state.db.institution(parent.id).await.expect("get").expect("exists");
    assert_eq!(after.branch, domain::institution::Branch::IndependentBody);
    assert_eq!(after.name.get(domain::Locale::Zgh), Some("ⴰⵙⵇⵇⵉⵎ ⴰⵏⴰⵎⵓⵔ ⵏ ⵓⵙⵉⴹⵏ"));
    assert_eq!(after.name.get(domain::Locale::Ar), None, "an emptied field removes that translation");
    app.get("/zgh/institutions/cour-des-comptes")
        .await
        .assert_contains(r#"<span lang="zgh" dir="ltr">ⴰⵙⵇⵇⵉⵎ ⴰⵏⴰⵎⵓⵔ ⵏ ⵓⵙⵉⴹⵏ</span>"#);

    // Slug taken by another institution.
    let taken =
        app.submit(&edit, &action, &[("slug", "chambre-regionale"), ("name_fr", "X"), ("branch", "judiciary")]).await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    taken.assert_contains("Une autre institution utilise déjà cette adresse web.");
    assert_eq!(app.get("/fr/admin/institutions/9999/edit").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/fr/admin/institutions/abc/edit").await.status, StatusCode::NOT_FOUND);
}

async fn institution_form_errors_are_field_level_and_translated(app: &mut TestApp) {
    app.signed_in_secretariat().await;
    let response = app
        .submit(
            "/ar/admin/institutions/new",
            "/ar/admin/institutions",
            &[("slug", "Not Valid"), ("branch", "monarchy"), ("parent_id", "77"), ("name_fr", "")],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    response.assert_contains(r#"<html lang="ar" dir="rtl">"#);
    for message in ["استعمل فقط حروفًا لاتينية صغيرة", "اختر السلطة.", "اختر مؤسسة موجودة.", "املأ لغة واحدة على الأقل"]
    {
        response.assert_contains(message);
    }
    response.assert_contains(r#"id="f-slug" name="slug" type="text" value="Not Valid""#);
    assert!(app.state.db.list_institutions().await.expect("list").is_empty());
}

async fn secretariat_grants_and_revokes_roles(app: &mut TestApp) {
    let me = app.signed_in_secretariat().await;
    let input = domain::institution::InstitutionInput {
        slug: domain::institution::Slug::parse("ministry").expect("slug"),
        name: domain::Localized::from_pairs([(domain::Locale::Fr, "Ministère du numérique")]),
        acronym: None,
        branch: domain::institution::Branch::Executive,
        parent_id: None,
    };
    let ministry = app.state.db.create_institution(&input, crate::harness::START).await.expect("institution");
    let staff = app
        .state
        .db
        .create_user(
            &store::NewUser {
                email: "staff@example.ma".into(),
                name: "Staff".into(),
                password_hash: "x".into(),
                locale: "fr".into(),
                email_verified_at: Some(1),
            },
            1,
        )
        .await
        .expect("user");

    let page = format!("/en/admin/users/{}", staff.id);
    let action = format!("/en/admin/users/{}/grants", staff.id);
    let refused = app.submit(&page, &action, &[("role", "implementer"), ("scope", "global")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains("Implementers need an institution");
    let bad_scope = app.submit(&page, &action, &[("role", "implementer"), ("scope", "institution:999")]).await;
    assert_eq!(bad_scope.status, StatusCode::UNPROCESSABLE_ENTITY);

    let scope = format!("institution:{}", ministry.id);
    let granted = app.submit(&page, &action, &[("role", "implementer"), ("scope", &scope)]).await;
    assert_eq!(granted.status, StatusCode::SEE_OTHER);
    let grants = app.state.db.grants_of(staff.id).await.expect("grants");
    assert_eq!(
        grants.iter().map(|g| g.grant).collect::<Vec<_>>(),
        vec![Grant { role: Role::Implementer, scope: Scope::Institution(ministry.id) }]
    );
    let shown = app.get(&page).await;
    shown.assert_contains("Implementer — Ministère du numérique");
    app.get("/en/admin/users").await.assert_contains("staff@example.ma");

    // Their script's API token for the ministry dies with the role, at once.
    let api_token = app.state.db.create_api_token(staff.id, "SI", "hash-of-si", ministry.id, 1).await.expect("token");
    let revoke = format!("/en/admin/users/{}/grants/{}/revoke", staff.id, grants[0].id);
    let token = shown.csrf_field();
    assert_eq!(app.post(&revoke, &[], Some(&token)).await.status, StatusCode::SEE_OTHER);
    assert!(app.state.db.grants_of(staff.id).await.expect("grants").is_empty());
    let tokens = app.state.db.api_tokens_of(staff.id).await.expect("tokens");
    assert_eq!((tokens[0].id, tokens[0].revoked_at.is_some()), (api_token, true), "revoked with the role");

    // The last secretariat cannot be removed, so the portal is never left without one.
    let mine = app.state.db.grants_of(me).await.expect("grants");
    let revoke_mine = format!("/en/admin/users/{me}/grants/{}/revoke", mine[0].id);
    let response = app.post(&revoke_mine, &[], Some(&token)).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    response.assert_contains("This is the last secretariat role");
    assert_eq!(app.state.db.grants_of(me).await.expect("grants").len(), 1);
    assert_eq!(app.request(Method::GET, "/en/admin/users/999", None, &[]).await.status, StatusCode::NOT_FOUND);
}
