//! The store contract: every test runs on SQLite and on PostgreSQL.

// Test code: failing loudly is the point.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use domain::institution::{Branch, InstitutionInput, Slug};
use domain::permissions::{Grant, Role, Scope};
use domain::{Locale, Localized};
use store::testing::TestDatabase;
use store::*;

/// Runs each listed test once per backend, as `<name>::sqlite` and `<name>::postgres`.
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                let t = store::testing::TestDatabase::sqlite().await;
                super::$name(&t).await;
                t.cleanup().await;
            }
            #[tokio::test]
            async fn postgres() {
                let Some(t) = store::testing::TestDatabase::postgres().await else {
                    eprintln!("skipped: {} not set", store::testing::POSTGRES_URL_VAR);
                    return;
                };
                super::$name(&t).await;
                t.cleanup().await;
            }
        }
    )*};
}

on_both_backends!(
    institutions_round_trip,
    duplicate_slug_is_a_conflict,
    users_and_grants,
    sessions_expire_and_are_shared,
    verification_token_is_single_use,
    expired_token_is_refused,
    reset_password_ends_sessions,
    failed_registration_leaves_nothing,
    rate_limit_windows,
    outbox_claims_each_message_once,
    settings_keep_the_first_value,
    design_edits_are_revisions,
);

fn institution(slug: &str, parent: Option<i64>) -> InstitutionInput {
    InstitutionInput {
        slug: Slug::parse(slug).expect("slug"),
        name: Localized::from_pairs([
            (Locale::Fr, format!("Institution {slug}")),
            (Locale::Ar, format!("مؤسسة {slug}")),
        ]),
        acronym: Some("INS".into()),
        branch: Branch::Executive,
        parent_id: parent,
    }
}

fn new_user(email: &str) -> NewUser {
    NewUser {
        email: email.into(),
        name: "Amina Benali".into(),
        password_hash: "hash".into(),
        locale: "ar".into(),
        email_verified_at: None,
    }
}

fn mail(to: &str) -> NewMail {
    NewMail { recipient: to.into(), subject: "Subject".into(), body: "Body".into() }
}

fn token(hash: &str, purpose: TokenPurpose, expires_at: i64) -> NewToken {
    NewToken { token_hash: hash.into(), purpose, expires_at }
}

async fn institutions_round_trip(t: &TestDatabase) {
    let db = &t.db;
    let parent = db.create_institution(&institution("ministry", None), 100).await.expect("create");
    let child = db.create_institution(&institution("directorate", Some(parent.id)), 100).await.expect("create child");
    assert_eq!(child.parent_id, Some(parent.id));
    assert_eq!(child.name.get(Locale::Ar), Some("مؤسسة directorate"));

    let mut edited = institution("directorate-general", Some(parent.id));
    edited.branch = Branch::IndependentBody;
    edited.acronym = None;
    let updated = db.update_institution(child.id, &edited, 200).await.expect("update");
    assert_eq!(updated.slug.as_str(), "directorate-general");
    assert_eq!(updated.branch, Branch::IndependentBody);
    assert_eq!(updated.acronym, None);
    assert_eq!(db.institution_by_slug("directorate-general").await.expect("get"), Some(updated.clone()));
    assert_eq!(db.institution(child.id).await.expect("get"), Some(updated));
    assert_eq!(db.list_institutions().await.expect("list").len(), 2);
    assert!(matches!(db.update_institution(9999, &edited, 1).await, Err(StoreError::NotFound)));
}

async fn duplicate_slug_is_a_conflict(t: &TestDatabase) {
    t.db.create_institution(&institution("cdai", None), 1).await.expect("create");
    let err = t.db.create_institution(&institution("cdai", None), 2).await.expect_err("duplicate");
    assert!(matches!(err, StoreError::Conflict), "{err:?}");
    assert_eq!(t.db.list_institutions().await.expect("list").len(), 1);
}

async fn users_and_grants(t: &TestDatabase) {
    let db = &t.db;
    let user = db.create_user(&new_user("amina@example.ma"), 10).await.expect("create");
    assert!(matches!(db.create_user(&new_user("amina@example.ma"), 11).await, Err(StoreError::Conflict)));
    assert_eq!(db.user_by_email("amina@example.ma").await.expect("find").map(|u| u.id), Some(user.id));
    assert_eq!(db.count_users().await.expect("count"), 1);

    let grant = Grant { role: Role::Implementer, scope: Scope::Institution(4) };
    db.add_grant(user.id, grant, None, 12).await.expect("grant");
    db.add_grant(user.id, grant, None, 13).await.expect("granting twice is a no-op");
    db.add_grant(user.id, Grant { role: Role::Secretariat, scope: Scope::Global }, None, 14).await.expect("grant");
    let grants = db.grants_of(user.id).await.expect("grants");
    assert_eq!(
        grants.iter().map(|g| g.grant).collect::<Vec<_>>(),
        vec![grant, Grant { role: Role::Secretariat, scope: Scope::Global }]
    );
    assert!(db.remove_grant(user.id, grants[0].id).await.expect("remove"));
    assert!(!db.remove_grant(user.id, grants[0].id).await.expect("remove again"));
    assert_eq!(db.all_grants().await.expect("all").len(), 1);
}

async fn sessions_expire_and_are_shared(t: &TestDatabase) {
    let user = t.db.create_user(&new_user("s@example.ma"), 1).await.expect("user");
    t.db.create_session("h1", user.id, 100, 200).await.expect("session");
    // Another server process, with its own pool, sees the same session.
    let other_process = t.reconnect().await;
    assert_eq!(other_process.session_user("h1", 150).await.expect("read"), Some(user.id));
    assert_eq!(t.db.session_user("h1", 200).await.expect("expired"), None);
    t.db.delete_session("h1").await.expect("delete");
    assert_eq!(other_process.session_user("h1", 150).await.expect("deleted"), None);
}

async fn verification_token_is_single_use(t: &TestDatabase) {
    let db = &t.db;
    let user = db
        .register_user(
            &new_user("v@example.ma"),
            &token("tok", TokenPurpose::VerifyEmail, 1000),
            &mail("v@example.ma"),
            10,
        )
        .await
        .expect("register");
    assert_eq!(db.pending_mail_count().await.expect("count"), 1);
    assert_eq!(db.check_token("tok", TokenPurpose::ResetPassword, 20).await.expect("check"), TokenCheck::Unknown);
    assert_eq!(db.verify_email("tok", 20).await.expect("verify"), TokenCheck::Valid { user_id: user.id });
    assert_eq!(db.user(user.id).await.expect("user").and_then(|u| u.email_verified_at), Some(20));
    assert_eq!(db.verify_email("tok", 21).await.expect("again"), TokenCheck::AlreadyUsed);
    assert_eq!(db.verify_email("nope", 21).await.expect("unknown"), TokenCheck::Unknown);
}

async fn expired_token_is_refused(t: &TestDatabase) {
    let user = t.db.create_user(&new_user("e@example.ma"), 1).await.expect("user");
    t.db.create_token_with_mail(user.id, &token("old", TokenPurpose::VerifyEmail, 50), &mail("e@example.ma"), 1)
        .await
        .expect("token");
    assert_eq!(t.db.verify_email("old", 50).await.expect("verify"), TokenCheck::Expired);
    assert_eq!(t.db.user(user.id).await.expect("user").and_then(|u| u.email_verified_at), None);
}

async fn reset_password_ends_sessions(t: &TestDatabase) {
    let db = &t.db;
    let user = db.create_user(&new_user("r@example.ma"), 1).await.expect("user");
    db.create_session("sess", user.id, 1, 10_000).await.expect("session");
    db.create_token_with_mail(user.id, &token("reset", TokenPurpose::ResetPassword, 500), &mail("r@example.ma"), 2)
        .await
        .expect("token");
    assert_eq!(
        db.check_token("reset", TokenPurpose::ResetPassword, 3).await.expect("check"),
        TokenCheck::Valid { user_id: user.id }
    );
    assert_eq!(db.reset_password("reset", "new-hash", 4).await.expect("reset"), TokenCheck::Valid { user_id: user.id });
    let after = db.user(user.id).await.expect("user").expect("exists");
    assert_eq!(after.password_hash, "new-hash");
    assert_eq!(after.email_verified_at, Some(4));
    assert_eq!(db.session_user("sess", 5).await.expect("session"), None);
    assert_eq!(db.reset_password("reset", "other", 6).await.expect("reuse"), TokenCheck::AlreadyUsed);
    assert_eq!(db.user(user.id).await.expect("user").expect("exists").password_hash, "new-hash");
}

async fn failed_registration_leaves_nothing(t: &TestDatabase) {
    let db = &t.db;
    db.register_user(&new_user("a@example.ma"), &token("t1", TokenPurpose::VerifyEmail, 99), &mail("a@example.ma"), 1)
        .await
        .expect("first");
    // Same token hash: the token insert fails after the user insert succeeded inside the transaction.
    let err = db
        .register_user(&new_user("b@example.ma"), &token("t1", TokenPurpose::VerifyEmail, 99), &mail("b@example.ma"), 2)
        .await
        .expect_err("conflict");
    assert!(matches!(err, StoreError::Conflict), "{err:?}");
    assert_eq!(db.user_by_email("b@example.ma").await.expect("lookup"), None);
    assert_eq!(db.pending_mail_count().await.expect("mail"), 1);
}

async fn rate_limit_windows(t: &TestDatabase) {
    let db = &t.db;
    assert_eq!(db.rate_count("login:x", 100, 60).await.expect("count"), 0);
    for expected in 1..=3 {
        assert_eq!(db.rate_hit("login:x", 100 + expected, 60).await.expect("hit"), expected);
    }
    assert_eq!(db.rate_count("login:x", 120, 60).await.expect("count"), 3);
    // The window that started at 101 has ended by 161: counting starts again.
    assert_eq!(db.rate_count("login:x", 161, 60).await.expect("count"), 0);
    assert_eq!(db.rate_hit("login:x", 161, 60).await.expect("hit"), 1);
    db.rate_clear("login:x").await.expect("clear");
    assert_eq!(db.rate_count("login:x", 162, 60).await.expect("count"), 0);
}

async fn outbox_claims_each_message_once(t: &TestDatabase) {
    let db = &t.db;
    for i in 0..3 {
        db.enqueue_mail(&mail(&format!("m{i}@example.ma")), 10).await.expect("enqueue");
    }
    let other_process = t.reconnect().await;
    let (first, second) = tokio::join!(db.claim_mail(20, 60, 2), other_process.claim_mail(20, 60, 2));
    let (first, second) = (first.expect("claim"), second.expect("claim"));
    let mut ids: Vec<i64> = first.iter().chain(second.iter()).map(|m| m.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), first.len() + second.len(), "a message was claimed twice");
    assert_eq!(ids.len(), 3);
    // Leased messages are not handed out again until the lease ends.
    assert!(db.claim_mail(30, 60, 10).await.expect("claim").is_empty());
    db.mark_mail_sent(ids[0], 31).await.expect("sent");
    db.mark_mail_failed(ids[1], "connection refused", 40).await.expect("failed");
    let retry = db.claim_mail(41, 60, 10).await.expect("retry");
    assert_eq!(retry.iter().map(|m| (m.id, m.attempts)).collect::<Vec<_>>(), vec![(ids[1], 2)]);
    assert_eq!(db.pending_mail_count().await.expect("pending"), 2);
}

async fn settings_keep_the_first_value(t: &TestDatabase) {
    assert_eq!(t.db.setting_or_insert("secret", "one").await.expect("set"), "one");
    assert_eq!(t.db.setting_or_insert("secret", "two").await.expect("keep"), "one");
}

fn imported(code: &str) -> ImportedCommitment {
    ImportedCommitment {
        code: code.into(),
        member: "Morocco".into(),
        member_code: Some("MAR".into()),
        plan_ogp_id: "AP_MAR09".into(),
        plan_slug: "morocco-9".into(),
        plan_title: Localized::from_pairs([(Locale::En, "Morocco action plan 9")]),
        plan_number: 9,
        plan_starts_on: None,
        plan_ends_on: None,
        number: Some("1".into()),
        theme: Some("Budget".into()),
        texts: [("title".to_string(), Localized::from_pairs([(Locale::En, "Open the budget")]))].into_iter().collect(),
        lead_institution: None,
        supporting_institutions: vec![],
        values: vec![],
        policy_areas: vec![],
        assessment: Default::default(),
        starts_on: None,
        ends_on: None,
        source_url: None,
        raw: vec![code.into()],
    }
}

async fn design_edits_are_revisions(t: &TestDatabase) {
    use domain::commitment::CommitmentStatus;
    use domain::revision::Design;
    let db = &t.db;
    db.import_ogp(&[imported("MO0900")], 10).await.expect("import");
    let author = db.create_user(&new_user("drafter@example.ma"), 10).await.expect("user");
    let commitment = db.commitment_by_code("MO0900").await.expect("get").expect("commitment");
    let mut design = Design::of(&commitment);
    assert_eq!(
        db.save_commitment_design(commitment.id, &design, author.id, 20).await.expect("save"),
        None,
        "no change, no revision"
    );

    design.texts.insert(
        "problem".into(),
        Localized::from_pairs([(Locale::Ar, "الميزانية غير منشورة"), (Locale::Fr, "Le budget n'est pas publié")]),
    );
    design.status = CommitmentStatus::Draft;
    let first =
        db.save_commitment_design(commitment.id, &design, author.id, 30).await.expect("save").expect("revision");
    let revisions = db.revisions_of(commitment.id).await.expect("revisions");
    assert_eq!(revisions.len(), 2, "the version before the first edit is kept too");
    assert_eq!(revisions[0].author_id, None);
    assert_eq!(revisions[0].design.status, CommitmentStatus::Adopted);
    assert_eq!(revisions[1].id, first);
    assert_eq!(revisions[1].author_name.as_deref(), Some("Amina Benali"));
    assert_eq!(revisions[1].changed_fields, vec!["problem:ar", "problem:fr", "status"]);
    let saved = db.commitment_by_code("MO0900").await.expect("get").expect("commitment");
    assert_eq!(Design::of(&saved), design);

    // Re-importing the unchanged OGP row keeps the drafters' work.
    assert_eq!(db.import_ogp(&[imported("MO0900")], 40).await.expect("import").commitments_unchanged, 1);
    assert_eq!(
        db.commitment_by_code("MO0900").await.expect("get").expect("c").text("problem").get(Locale::Ar),
        Some("الميزانية غير منشورة")
    );
}
