//! The store contract: every test runs on SQLite and on PostgreSQL.

// Test code: failing loudly is the point.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use domain::institution::{Branch, InstitutionInput, Slug};
use domain::permissions::{Grant, Role, Scope};
use domain::{Locale, Localized};
use store::testing::TestDatabase;
use store::*;

use store::on_both_backends;

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
    forum_bodies_seats_and_memberships,
    meetings_attendance_and_recommendations,
    documents_and_failed_uploads,
    contributions_are_stored_once_and_supported,
    contributions_sent_at_once_are_each_stored_once,
    consultations_responses_and_adoption,
    moderation_profiles_and_the_audit_chain,
    progress_measurements_reminders_assessments_and_tokens,
    search_finds_words_the_same_way_on_both_backends,
    contributions_are_indexed_once_and_dropped_when_hidden,
    portals_checks_and_commitment_links,
    announced_changes_reach_listeners,
);

async fn announced_changes_reach_listeners(t: &TestDatabase) {
    use std::sync::Arc;
    use std::time::Duration;
    let db = t.db.clone();
    let heard = Arc::new(tokio::sync::Notify::new());
    let ear = heard.clone();
    let what = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let said = what.clone();
    let watcher = tokio::spawn(async move {
        db.watch_changes(&move |payload| {
            said.lock().expect("lock").push(payload.to_string());
            ear.notify_one()
        })
        .await
    });
    if t.db.backend() == "sqlite" {
        // One process per SQLite database: nobody else to hear from.
        assert!(watcher.await.expect("join").is_ok());
        assert!(t.db.announce_change("participation").await.is_ok());
        return;
    }
    // The listener may not have subscribed when the first announcement goes out: repeat
    // until one is heard, within a bound.
    let outcome = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            t.db.announce_change("participation").await.expect("announce");
            if tokio::time::timeout(Duration::from_millis(200), heard.notified()).await.is_ok() {
                break;
            }
        }
    })
    .await;
    watcher.abort();
    assert!(outcome.is_ok(), "a LISTEN connection hears NOTIFY from another connection");
    assert!(what.lock().expect("lock").iter().any(|p| p == "participation"), "with what changed");
}

async fn portals_checks_and_commitment_links(t: &TestDatabase) {
    use domain::portal::{PortalCheck, PortalInput, PortalKind};
    let db = &t.db;
    db.import_ogp(&[imported("MO0907")], 10).await.expect("import");
    let commitment = db.commitment_by_code("MO0907").await.expect("get").expect("commitment");
    let input = |kind, url: &str, feed: Option<&str>| PortalInput {
        kind,
        name: Localized::from_pairs([(Locale::Fr, "Portail")]),
        description: Localized::new(),
        url: url.to_string(),
        feed_url: feed.map(str::to_string),
    };
    let budget = db.create_portal(&input(PortalKind::Budget, "https://budget.ma", None), 10).await.expect("create");
    let data = db
        .create_portal(&input(PortalKind::OpenData, "https://data.ma", Some("https://data.ma/feed")), 11)
        .await
        .expect("create");
    // Listed by kind (open data before budget), whatever the order of registration.
    let kinds: Vec<_> = db.list_portals().await.expect("list").into_iter().map(|p| p.kind).collect();
    assert_eq!(kinds, vec![PortalKind::OpenData, PortalKind::Budget]);
    assert_eq!(db.portal(data).await.expect("get").expect("portal").last_check, None);

    let check = PortalCheck {
        checked_at: 100,
        reachable: true,
        status: Some(200),
        problem: None,
        newest_entry_on: Some(day("2026-11-01")),
    };
    db.record_portal_check(data, &check).await.expect("check");
    assert_eq!(db.portal(data).await.expect("get").expect("portal").last_check, Some(check.clone()));
    // A new name keeps the check; a new address forgets it.
    let mut renamed = input(PortalKind::OpenData, "https://data.ma", Some("https://data.ma/feed"));
    renamed.name = Localized::from_pairs([(Locale::Ar, "البيانات المفتوحة")]);
    db.update_portal(data, &renamed, 12).await.expect("update");
    assert_eq!(db.portal(data).await.expect("get").expect("portal").last_check, Some(check));
    db.update_portal(data, &input(PortalKind::OpenData, "https://data.gov.ma", Some("https://data.ma/feed")), 13)
        .await
        .expect("update");
    assert_eq!(db.portal(data).await.expect("get").expect("portal").last_check, None);
    assert!(matches!(db.update_portal(9999, &renamed, 14).await, Err(StoreError::NotFound)));

    // Links are replaced as a whole; an unknown portal id is ignored.
    db.set_commitment_portals(commitment.id, &[budget, data, 9999]).await.expect("link");
    let linked: Vec<i64> =
        db.portals_of_commitment(commitment.id).await.expect("linked").iter().map(|p| p.id).collect();
    assert_eq!(linked, vec![data, budget]);
    db.set_commitment_portals(commitment.id, &[budget]).await.expect("relink");
    assert_eq!(db.portals_of_commitment(commitment.id).await.expect("linked").len(), 1);
    // Deleting a portal removes its links.
    db.delete_portal(budget).await.expect("delete");
    assert!(db.portals_of_commitment(commitment.id).await.expect("linked").is_empty());
    assert!(matches!(db.delete_portal(budget).await, Err(StoreError::NotFound)));
}

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
    NewMail { recipient: to.into(), subject: "Subject".into(), body: "Body".into(), unsubscribe: None }
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
    assert_eq!(other_process.session_user("h1", 150).await.expect("read").map(|u| u.id), Some(user.id));
    assert!(t.db.session_user("h1", 200).await.expect("expired").is_none());
    t.db.delete_session("h1").await.expect("delete");
    assert!(other_process.session_user("h1", 150).await.expect("deleted").is_none());
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
    assert!(db.session_user("sess", 5).await.expect("session").is_none());
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

fn day(s: &str) -> time::Date {
    domain::plan::parse_date(s).expect("date").expect("some date")
}

fn body_input(
    slug: &str,
    kind: domain::forum::BodyKind,
    parent: Option<i64>,
    themes: Vec<i64>,
) -> domain::forum::BodyInput {
    domain::forum::BodyInput {
        slug: slug.into(),
        kind,
        name: Localized::from_pairs([(Locale::Fr, format!("Instance {slug}"))]),
        parent_id: parent,
        theme_ids: themes,
    }
}

async fn forum_bodies_seats_and_memberships(t: &TestDatabase) {
    use domain::forum::*;
    use domain::permissions::Scope;
    let db = &t.db;
    db.import_ogp(&[imported("MO0901")], 10).await.expect("import");
    let commitment = db.commitment_by_code("MO0901").await.expect("get").expect("commitment");
    let theme = commitment.theme_id.expect("imported theme");
    let steering =
        db.create_body(&body_input("steering", BodyKind::SteeringCommittee, None, vec![]), 10).await.expect("body");
    let sub = db
        .create_body(&body_input("integrity", BodyKind::SubCommission, Some(steering.id), vec![theme]), 10)
        .await
        .expect("sub-commission");
    assert!(matches!(
        db.create_body(&body_input("integrity", BodyKind::SubCommission, None, vec![]), 10).await,
        Err(StoreError::Conflict)
    ));
    assert!(matches!(
        db.create_body(&body_input("ghost", BodyKind::SubCommission, None, vec![9999]), 10).await,
        Err(StoreError::Refused { code: "theme-unknown", .. })
    ));
    assert!(db.body_by_slug("ghost").await.expect("get").is_none(), "a refused body leaves no row");
    assert_eq!(db.seats_of(sub.id).await.expect("seats").len(), SeatRole::ALL.len());
    assert_eq!(db.body_by_slug("integrity").await.expect("get").expect("body").theme_ids, vec![theme]);

    let user = db.create_user(&new_user("member@example.ma"), 10).await.expect("user");
    let amina = db
        .create_person(
            &PersonInput {
                name: "Amina".into(),
                email: Some("member@example.ma".into()),
                email_public: false,
                user_id: None,
            },
            10,
        )
        .await
        .expect("person");
    assert_eq!(amina.user_id, Some(user.id), "a person with an account's address is linked to it");
    let unlinked = PersonInput { name: "Amina B.".into(), email: None, email_public: false, user_id: None };
    db.update_person(amina.id, &unlinked).await.expect("update");
    assert_eq!(db.person(amina.id).await.expect("get").expect("person").user_id, None, "the link follows the address");
    let relinked = PersonInput { email: Some("member@example.ma".into()), ..unlinked };
    db.update_person(amina.id, &relinked).await.expect("update");
    assert_eq!(db.person(amina.id).await.expect("get").expect("person").user_id, Some(user.id));
    let omar = db
        .create_person(&PersonInput { name: "Omar".into(), email: None, email_public: false, user_id: None }, 10)
        .await
        .expect("person");
    let chair = |person_id, starts: &str, ends: Option<&str>| MembershipInput {
        person_id,
        role: SeatRole::Chair,
        institution_id: None,
        starts_on: day(starts),
        ends_on: ends.map(day),
    };
    db.add_membership(sub.id, &chair(amina.id, "2025-01-01", Some("2025-12-31")), 10).await.expect("chair");
    assert!(matches!(
        db.add_membership(sub.id, &chair(omar.id, "2025-06-01", None), 10).await,
        Err(StoreError::Refused { code: "seat-taken", .. })
    ));
    db.add_membership(sub.id, &chair(omar.id, "2026-01-01", None), 10).await.expect("next chair");
    assert!(matches!(
        db.add_membership(sub.id, &chair(9999, "2027-01-01", None), 10).await,
        Err(StoreError::Refused { code: "person-unknown", .. })
    ));
    let newcomer = PersonInput { name: "Youssef".into(), email: None, email_public: false, user_id: None };
    let people_before = db.list_people().await.expect("people").len();
    assert!(matches!(
        db.add_membership_of_new_person(sub.id, &newcomer, &chair(0, "2026-06-01", None), 10).await,
        Err(StoreError::Refused { code: "seat-taken", .. })
    ));
    assert_eq!(db.list_people().await.expect("people").len(), people_before, "a refused seat creates nobody");
    let members = MembershipInput { role: SeatRole::Member, ..chair(omar.id, "2025-01-01", None) };
    db.add_membership(steering.id, &members, 10).await.expect("member");
    db.add_membership(steering.id, &MembershipInput { person_id: amina.id, ..members.clone() }, 10)
        .await
        .expect("many members");
    assert_eq!(db.memberships_of_body(sub.id).await.expect("list").len(), 2);

    assert_eq!(
        db.forum_scopes_of_user(user.id, day("2025-03-01")).await.expect("scopes"),
        vec![Scope::Body(steering.id), Scope::Body(sub.id), Scope::Theme(theme)]
    );
    assert_eq!(
        db.forum_scopes_of_user(user.id, day("2026-03-01")).await.expect("scopes"),
        vec![Scope::Body(steering.id)],
        "an ended membership no longer grants drafting rights"
    );
}

async fn meetings_attendance_and_recommendations(t: &TestDatabase) {
    use domain::forum::*;
    let db = &t.db;
    db.import_ogp(&[imported("MO0902")], 10).await.expect("import");
    let commitment = db.commitment_by_code("MO0902").await.expect("get").expect("commitment");
    let form = MeetingForm {
        kind: "workshop".into(),
        titles: vec![(Locale::Ar, "ورشة".into())],
        start_date: "2026-06-10".into(),
        start_time: "09:30".into(),
        end_time: "12:00".into(),
        time_zone: "Africa/Casablanca".into(),
        outside: vec![("civil-society".into(), "14".into())],
        ..MeetingForm::default()
    };
    let input = MeetingInput::parse(&form).expect("meeting");
    let id = db.create_meeting(&input, &[], 10).await.expect("create");
    let meeting = db.meeting(id).await.expect("get").expect("meeting");
    assert_eq!(meeting.outside_participants, vec![(domain::institution::Branch::CivilSociety, 14)]);
    assert_eq!(meeting.time_zone, "Africa/Casablanca");
    assert!(matches!(
        db.create_meeting(&MeetingInput { body_id: Some(999), ..input.clone() }, &[], 10).await,
        Err(StoreError::Refused { code: "body-unknown", .. })
    ));

    let person = db
        .create_person(&PersonInput { name: "Salma".into(), email: None, email_public: false, user_id: None }, 10)
        .await
        .expect("person");
    db.set_attendees(id, &[person.id, person.id]).await.expect("attendance");
    assert_eq!(db.attendees_of(id).await.expect("attendees"), vec![person.id]);
    assert!(db.set_attendees(id, &[person.id, 4242]).await.is_err());
    assert_eq!(db.attendees_of(id).await.expect("attendees"), vec![person.id], "a refused list changes nothing");
    let renamed = MeetingInput { place: Some("Fès".into()), ..input.clone() };
    assert!(db.update_meeting(id, &renamed, &[4242], 20).await.is_err());
    assert_eq!(
        db.meeting(id).await.expect("get").expect("meeting").place,
        None,
        "a refused attendance list keeps the meeting as it was"
    );
    let cancelled = MeetingInput { status: MeetingStatus::Cancelled, ..renamed.clone() };
    db.update_meeting(id, &cancelled, &[], 20).await.expect("update");
    assert_eq!(db.meeting(id).await.expect("get").expect("meeting").status, MeetingStatus::Cancelled);
    assert!(db.attendees_of(id).await.expect("attendees").is_empty());

    let text = [(Locale::Fr, "Publier les données budgétaires".to_string())];
    let rec = RecommendationInput::parse(&text, "accepted", &[], vec![commitment.id]).expect("input");
    let rec_id = db.add_recommendation(id, &rec, 20).await.expect("add");
    let bad = RecommendationInput::parse(&text, "open", &[], vec![commitment.id, 777]).expect("input");
    assert!(matches!(
        db.add_recommendation(id, &bad, 20).await,
        Err(StoreError::Refused { code: "commitment-unknown", .. })
    ));
    assert_eq!(db.recommendations_of_meeting(id).await.expect("list").len(), 1, "the refused one left nothing");
    let shaped = db.recommendations_of_commitment(commitment.id).await.expect("list");
    assert_eq!(shaped.len(), 1);
    assert_eq!(shaped[0].commitment_ids, vec![commitment.id]);
    let reasons = [(Locale::Fr, "Hors du périmètre du plan".to_string())];
    let closed = RecommendationInput::parse(&text, "not-retained", &reasons, vec![]).expect("input");
    db.update_recommendation(rec_id, &closed, 30).await.expect("update");
    let saved = db.recommendation(rec_id).await.expect("get").expect("rec");
    assert_eq!(saved.status, RecommendationStatus::NotRetained);
    assert!(db.recommendations_of_commitment(commitment.id).await.expect("list").is_empty());
}

async fn documents_and_failed_uploads(t: &TestDatabase) {
    use domain::documents::*;
    use store::files::{save_upload, FileStore};
    let db = &t.db;
    let files = FileStore::memory();
    let titles = [(Locale::Fr, "Procès-verbal".to_string())];
    let input = DocumentInput::parse("minutes", &titles, "fr", "2026-06-10", "", "").expect("input");
    let bytes = b"%PDF-1.7\n%%EOF\n".to_vec();
    let checked = check_upload("pv.pdf", &bytes).expect("accepted");
    let id = save_upload(db.as_ref(), &files, &input, &checked, bytes.clone(), None, 10).await.expect("upload");
    let doc = db.document(id).await.expect("get").expect("document");
    let DocumentSource::File(file) = &doc.source else { panic!("a file") };
    assert_eq!(file.size, bytes.len() as i64);
    assert_eq!(file.sha256.len(), 64);
    assert_eq!(files.get(&file.object_key).await.expect("stored"), bytes);

    // A document for a meeting that does not exist: refused, and its file is removed.
    let orphan = DocumentInput { meeting_id: Some(4242), ..input.clone() };
    assert!(save_upload(db.as_ref(), &files, &orphan, &checked, bytes.clone(), None, 10).await.is_err());
    assert_eq!(files.keys("documents").await.expect("keys").len(), 1, "no orphan file");
    assert_eq!(db.list_documents().await.expect("list").len(), 1, "no orphan row");

    let link = DocumentSource::Link { url: "https://www.ogp.gov.ma/rapport.pdf".into() };
    let link_id = db.add_document(&input, &link, None, 20).await.expect("link");
    assert_eq!(db.list_documents().await.expect("list").len(), 2);
    let reason = Localized::from_pairs([(Locale::Fr, "Version erronée")]);
    db.withdraw_document(link_id, &reason, 30).await.expect("withdraw");
    assert_eq!(db.document(link_id).await.expect("get").expect("kept").withdrawn, Some(reason));
    assert!(matches!(db.withdraw_document(9999, &Localized::new(), 30).await, Err(StoreError::NotFound)));
}

/// A burst of comments, some forms sent twice at the same moment and some answering a
/// proposal that does not exist: every good one stored once, each refusal its own (on
/// SQLite they share commits).
async fn contributions_sent_at_once_are_each_stored_once(t: &TestDatabase) {
    use domain::contribution::*;
    let db = &t.db;
    db.import_ogp(&[imported("MO0903")], 10).await.expect("import");
    let commitment = db.commitment_by_code("MO0903").await.expect("get").expect("commitment");
    let theme = commitment.theme_id.expect("theme");
    let author = db.create_user(&new_user("citizen@example.ma"), 10).await.expect("user");
    let idea =
        ContributionInput::proposal(commitment.plan_id, &theme.to_string(), &[theme], "Publier", "Les budgets", "")
            .expect("valid");
    let proposal = db.add_contribution(&idea, author.id, "idea", false, 20).await.expect("proposal");
    let proposal = db.contribution(proposal).await.expect("get").expect("proposal");
    let mut people = Vec::new();
    for n in 0..10 {
        people.push(db.create_user(&new_user(&format!("p{n}@example.ma")), 10).await.expect("user").id);
    }
    let comment = |n: usize| ContributionInput::comment(&proposal, &format!("Commentaire {n}"), "").expect("comment");
    let stray = ContributionInput { parent_id: Some(999_999), ..comment(0) };
    // 30 comments, each sent twice at once, and 10 strays, all in flight together.
    let mut sends = Vec::new();
    for n in 0..30 {
        for _ in 0..2 {
            sends.push((comment(n), people[n % 10], format!("k-{n}")));
        }
    }
    for (n, who) in people.iter().enumerate() {
        sends.push((stray.clone(), *who, format!("stray-{n}")));
    }
    let outcomes = futures_util::future::join_all(
        sends.iter().map(|(input, who, key)| db.add_contribution(input, *who, key, false, 30)),
    )
    .await;
    let mut ids = std::collections::BTreeSet::new();
    for (n, pair) in outcomes[..60].chunks(2).enumerate() {
        let first = pair[0].as_ref().expect("stored");
        assert_eq!(pair[1].as_ref().expect("stored"), first, "comment {n} sent twice is stored once");
        ids.insert(*first);
    }
    assert_eq!(ids.len(), 30, "thirty comments, thirty ids");
    for refused in &outcomes[60..] {
        assert!(matches!(refused, Err(StoreError::Refused { code: "proposal-unknown", .. })), "{refused:?}");
    }
    assert_eq!(db.count_comments(proposal.id, None).await.expect("count"), 30);
    let stored = db.comments_page(proposal.id, None, 0, 50).await.expect("comments");
    assert!(stored.iter().all(|c| ids.contains(&c.id) && c.body.starts_with("Commentaire ")));
}

async fn contributions_are_stored_once_and_supported(t: &TestDatabase) {
    use domain::contribution::*;
    let db = &t.db;
    db.import_ogp(&[imported("MO0903")], 10).await.expect("import");
    let commitment = db.commitment_by_code("MO0903").await.expect("get").expect("commitment");
    let theme = commitment.theme_id.expect("theme");
    let author = db.create_user(&new_user("citizen@example.ma"), 10).await.expect("user");
    let other = db.create_user(&new_user("other@example.ma"), 10).await.expect("user");
    let input = ContributionInput::proposal(
        commitment.plan_id,
        &theme.to_string(),
        &[theme],
        "Publier",
        "Les budgets communaux",
        "",
    )
    .expect("valid");
    let first = db.add_contribution(&input, author.id, "key-1", false, 20).await.expect("add");
    let again = db.add_contribution(&input, author.id, "key-1", false, 21).await.expect("add again");
    assert_eq!(first, again, "a resent form is stored once");
    assert_eq!(db.proposals_of_plan(commitment.plan_id).await.expect("list").len(), 1);
    let second = db.add_contribution(&input, other.id, "key-1", false, 22).await.expect("another author, same key");
    assert_ne!(second, first);

    assert_eq!(db.support(first, other.id, 30).await.expect("support"), 1);
    assert_eq!(db.support(first, other.id, 31).await.expect("support twice"), 1, "once per person");
    assert_eq!(db.support(first, author.id, 32).await.expect("support"), 2);
    let proposals = db.proposals_of_plan(commitment.plan_id).await.expect("list");
    assert_eq!((proposals[0].id, proposals[0].supports), (first, 2), "most supported first");
    assert_eq!(proposals[0].author_name, "Amina Benali");

    let proposal = db.contribution(first).await.expect("get").expect("proposal");
    let comment = ContributionInput::comment(&proposal, "Oui, avec les annexes", "").expect("comment");
    let commented = db.add_contribution(&comment, other.id, "key-2", false, 40).await.expect("comment");
    assert_eq!(db.add_contribution(&comment, other.id, "key-2", false, 40).await.expect("resent"), commented);
    let stray = ContributionInput { parent_id: Some(9999), ..comment.clone() };
    assert!(matches!(
        db.add_contribution(&stray, other.id, "key-3", false, 41).await,
        Err(StoreError::Refused { code: "proposal-unknown", .. })
    ));
    // A form resent once its proposal is gone gets the answer of its first sending.
    assert_eq!(db.add_contribution(&stray, other.id, "key-2", false, 41).await.expect("resent"), commented);
    assert_eq!(db.comments_page(first, None, 0, 50).await.expect("comments").len(), 1);
    // A page at a time, and a comment held for moderation only for its author.
    let newcomer = db.create_user(&new_user("newcomer@example.ma"), 10).await.expect("user");
    let held = db.add_contribution(&comment, newcomer.id, "key-4", true, 42).await.expect("held");
    assert_eq!(db.count_comments(first, None).await.expect("count"), 1);
    assert_eq!(db.count_comments(first, Some(newcomer.id)).await.expect("count"), 2);
    assert_eq!(db.comments_page(first, Some(newcomer.id), 1, 1).await.expect("page 2")[0].id, held);
    assert_eq!(db.comments_before(first, Some(newcomer.id), held).await.expect("position"), Some(1));
    assert_eq!(db.comments_before(first, None, held).await.expect("not theirs"), None);
    assert_eq!(db.contributions_of_author(other.id).await.expect("mine").len(), 2);
    assert_eq!(db.supports_of_user(other.id).await.expect("supports"), vec![first]);
}

async fn consultations_responses_and_adoption(t: &TestDatabase) {
    use domain::consultation::*;
    let db = &t.db;
    db.import_ogp(&[imported("MO0904")], 10).await.expect("import");
    let commitment = db.commitment_by_code("MO0904").await.expect("get").expect("commitment");
    let secretariat = db.create_user(&new_user("sg@example.ma"), 10).await.expect("user");
    let citizen = db.create_user(&new_user("citizen@example.ma"), 10).await.expect("user");
    let snapshot = FrozenPlan::of(&[(commitment.clone(), vec![])]);
    let window = (day("2026-03-01"), day("2026-03-14"));
    let id = db.open_consultation(commitment.plan_id, window, &snapshot, secretariat.id, 50).await.expect("open");
    let consultation = db.consultation(id).await.expect("get").expect("consultation");
    assert_eq!((consultation.opens_on, consultation.snapshot.clone()), (window.0, snapshot));
    db.change_consultation_window(id, (window.0, day("2026-03-20")), secretariat.id, 51).await.expect("extend");
    assert_eq!(db.consultations_of_plan(commitment.plan_id).await.expect("list")[0].closes_on, day("2026-03-20"));

    let input = comment_on(&consultation, "MO0904", None);
    let comment = db.add_contribution(&input, citizen.id, "c-1", false, 60).await.expect("comment");
    let stored = db.contribution(comment).await.expect("get").expect("comment");
    assert_eq!((stored.consultation_id, stored.target.as_str()), (Some(id), "MO0904"));
    let reply = comment_on(&consultation, "", Some(&stored));
    db.add_contribution(&reply, secretariat.id, "c-2", false, 61).await.expect("reply");
    let wrong = domain::contribution::ContributionInput { consultation_id: Some(9999), ..reply.clone() };
    assert!(matches!(
        db.add_contribution(&wrong, citizen.id, "c-3", false, 62).await,
        Err(StoreError::Refused { code: "consultation-unknown", .. })
    ));
    assert_eq!(db.consultation_comments(id).await.expect("comments").len(), 2);
    assert_eq!(db.unanswered_count(commitment.plan_id).await.expect("count"), 2);

    // Adoption is refused while contributions are unanswered, and nothing is recorded.
    assert!(matches!(
        db.adopt_plan(commitment.plan_id, None, secretariat.id, 70).await,
        Err(StoreError::Refused { code: "contributions-unanswered", .. })
    ));
    assert_eq!(db.adoption(commitment.plan_id).await.expect("get"), None);

    let response = ResponseInput {
        status: ResponseStatus::Merged,
        merged_into: Some(commitment.id),
        justification: Localized::from_pairs([(Locale::Fr, "Intégré au jalon 2")]),
        revision_id: None,
    };
    assert!(matches!(
        db.publish_response(comment, None, secretariat.id, 71).await,
        Err(StoreError::Refused { code: "response-missing", .. })
    ));
    db.draft_response(comment, &response, citizen.id, 72).await.expect("draft");
    let drafted = db.contribution(comment).await.expect("get").expect("c");
    assert!(drafted.response.is_some() && drafted.published_response().is_none(), "a draft is not public");
    let bad_revision = ResponseInput { revision_id: Some(424242), ..response.clone() };
    assert!(matches!(
        db.draft_response(comment, &bad_revision, citizen.id, 73).await,
        Err(StoreError::Refused { code: "revision-unknown", .. })
    ));
    let before = db.pending_mail_count().await.expect("mail");
    db.publish_response(comment, Some(&mail("citizen@example.ma")), secretariat.id, 74).await.expect("publish");
    assert_eq!(db.pending_mail_count().await.expect("mail"), before + 1, "the author's e-mail is queued with it");
    let published = db.contribution(comment).await.expect("get").expect("c");
    let r = published.published_response().expect("published");
    assert_eq!((r.status, r.merged_into.as_deref()), (ResponseStatus::Merged, Some("MO0904")));
    assert_eq!(db.unanswered_count(commitment.plan_id).await.expect("count"), 1);

    let adoption = db.adopt_plan(commitment.plan_id, Some("OGP deadline"), secretariat.id, 80).await.expect("override");
    assert_eq!((adoption.unanswered, adoption.override_reason.as_deref()), (1, Some("OGP deadline")));
    assert_eq!(db.adoption(commitment.plan_id).await.expect("get"), Some(adoption));
    assert!(matches!(
        db.adopt_plan(commitment.plan_id, Some("again"), secretariat.id, 81).await,
        Err(StoreError::Refused { code: "plan-already-adopted", .. })
    ));
    let (page, total) = db.public_contributions(0, 1).await.expect("page");
    assert_eq!((page.len(), total), (1, 2));
    let log = db.audit_log().await.expect("log");
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        ["consultation.open", "consultation.dates", "response.draft", "response.publish", "plan.adopt-override"]
    );
}

fn comment_on(
    consultation: &domain::consultation::Consultation,
    target: &str,
    parent: Option<&domain::contribution::Contribution>,
) -> domain::contribution::ContributionInput {
    domain::contribution::ContributionInput::consultation_comment(consultation, target, parent, "Avis", "")
        .expect("valid")
}

async fn moderation_profiles_and_the_audit_chain(t: &TestDatabase) {
    use domain::consultation::*;
    use domain::contribution::ContributionInput;
    let db = &t.db;
    db.import_ogp(&[imported("MO0905")], 10).await.expect("import");
    let commitment = db.commitment_by_code("MO0905").await.expect("get").expect("commitment");
    let theme = commitment.theme_id.expect("theme");
    let author = db.create_user(&new_user("new@example.ma"), 10).await.expect("user");
    let moderator = db.create_user(&new_user("mod@example.ma"), 10).await.expect("user");
    let input = ContributionInput::proposal(commitment.plan_id, &theme.to_string(), &[theme], "Idée", "Texte", "")
        .expect("valid");
    let first = db.add_contribution(&input, author.id, "k-1", true, 20).await.expect("add");
    let second = db.add_contribution(&input, author.id, "k-2", true, 21).await.expect("add");
    assert!(db.contribution(first).await.expect("get").expect("c").pending, "a first contribution waits");
    assert!(db.contribution(second).await.expect("get").expect("c").pending, "still no approved one");
    assert_eq!(db.unanswered_count(commitment.plan_id).await.expect("count"), 0, "held back ones are not yet public");
    db.approve_contribution(first, moderator.id, 30).await.expect("approve");
    let third = db.add_contribution(&input, author.id, "k-3", true, 31).await.expect("add");
    assert!(!db.contribution(third).await.expect("get").expect("c").pending, "an approved author is trusted");

    db.report_contribution(third, moderator.id, "spam", 40).await.expect("report");
    db.report_contribution(third, moderator.id, "spam", 41).await.expect("twice");
    let queue = db.moderation_queue().await.expect("queue");
    let ids: Vec<i64> = queue.iter().map(|f| f.contribution.id).collect();
    assert_eq!(ids, vec![second, third]);
    assert_eq!(queue[1].reports, vec!["spam".to_string()]);
    db.hide_contribution(third, "Publicité", moderator.id, 50).await.expect("hide");
    let hidden = db.contribution(third).await.expect("get").expect("tombstone stays");
    assert_eq!((hidden.hidden_reason.as_deref(), hidden.body.as_str()), (Some("Publicité"), "Texte"));
    assert_eq!(db.moderation_queue().await.expect("queue").len(), 1);

    let profile = Profile::parse("civil-society", "woman", "Oriental").expect("profile");
    db.save_profile(author.id, &profile, 60).await.expect("save");
    assert_eq!(db.profile(author.id).await.expect("get"), profile);
    assert_eq!(db.profile(moderator.id).await.expect("get"), Profile::default());
    assert_eq!(db.contributor_profiles(commitment.plan_id).await.expect("profiles"), vec![profile]);

    db.audit(None, "test.note", "x", "y", 70).await.expect("audit");
    let log = db.audit_log().await.expect("log");
    assert_eq!(log.len(), 4, "approve, report (once), hide, note");
    assert_eq!(store::consultations::verify_chain(&log), Ok(4));
    let mut forged = log.clone();
    forged[1].detail = "nothing to see".into();
    assert_eq!(store::consultations::verify_chain(&forged), Err(forged[1].id));
}

async fn progress_measurements_reminders_assessments_and_tokens(t: &TestDatabase) {
    use domain::commitment::{Indicator, Measurement, MilestoneInput, MilestoneStatus};
    use domain::implementation::*;
    let db = &t.db;
    db.import_ogp(&[imported("MO0906")], 10).await.expect("import");
    let commitment = db.commitment_by_code("MO0906").await.expect("get").expect("commitment");
    let ministry = db.create_institution(&institution("ministere", None), 10).await.expect("institution");
    let implementer = db
        .create_user_with_grants(
            &NewUser { email_verified_at: Some(10), ..new_user("impl@example.ma") },
            &[Grant { role: Role::Implementer, scope: Scope::Institution(ministry.id) }],
            10,
        )
        .await
        .expect("user");
    let milestone = MilestoneInput {
        output: Localized::from_pairs([(Locale::Fr, "Portail lancé")]),
        starts_on: None,
        due_on: Some(day("2026-06-10")),
        responsible_institution_id: Some(ministry.id),
        status: MilestoneStatus::NotStarted,
        percent: 0,
    };
    let m = db.add_milestone(commitment.id, &milestone, None, 11).await.expect("milestone");
    let update = ProgressInput {
        status: MilestoneStatus::InProgress,
        percent: 40,
        narrative: Localized::from_pairs([(Locale::Fr, "Cahier des charges publié")]),
        reported_on: day("2026-05-01"),
        reason: None,
        evidence: vec![Evidence::Link { url: "https://example.ma/cdc.pdf".into() }],
    };
    db.report_progress(m, &update, implementer.id, true, 20).await.expect("published at once");
    assert_eq!(db.milestone(m).await.expect("get").expect("m").percent, 40);
    let held = ProgressInput { percent: 70, ..update.clone() };
    let pending = db.report_progress(m, &held, implementer.id, false, 21).await.expect("pending");
    assert_eq!(db.milestone(m).await.expect("get").expect("m").percent, 40, "a pending update changes nothing yet");
    assert_eq!(db.pending_progress().await.expect("queue").len(), 1);
    db.review_progress(pending, true, implementer.id, 22).await.expect("approve");
    assert_eq!(db.milestone(m).await.expect("get").expect("m").percent, 70);
    assert!(
        matches!(db.review_progress(pending, true, implementer.id, 23).await, Err(StoreError::NotFound)),
        "reviewed once"
    );
    let history = db.progress_of_milestone(m).await.expect("history");
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].evidence, update.evidence);
    assert_eq!(db.published_progress_of_plan(commitment.plan_id).await.expect("plan").len(), 2);
    assert!(matches!(db.report_progress(999_999, &update, implementer.id, true, 24).await, Err(StoreError::NotFound)));

    let indicator = Indicator {
        id: 0,
        commitment_id: commitment.id,
        name: Localized::from_pairs([(Locale::Fr, "Pétitions")]),
        unit: "pétitions".into(),
        baseline: None,
        target: None,
        measurements: vec![],
    };
    let i = db.add_indicator(&indicator, None, 25).await.expect("indicator");
    let later = Measurement { value: "45".into(), date: Some(day("2026-05-31")), source: None };
    let earlier = Measurement { value: "12".into(), date: Some(day("2026-02-28")), source: Some("Registre".into()) };
    db.report_measurement(i, &later, implementer.id, true, 26).await.expect("measure");
    let queued = db.report_measurement(i, &earlier, implementer.id, false, 27).await.expect("pending");
    assert_eq!(db.indicator(i).await.expect("get").expect("i").measurements.len(), 1);
    assert_eq!(db.pending_measurements().await.expect("queue")[0].measurement, earlier);
    db.review_measurement(queued, true, implementer.id, 28).await.expect("approve");
    assert_eq!(
        db.indicator(i).await.expect("get").expect("i").measurements,
        vec![earlier, later],
        "kept in date order"
    );

    let recipients = db.implementers_of(ministry.id).await.expect("recipients");
    assert_eq!(recipients.iter().map(|r| r.email.as_str()).collect::<Vec<_>>(), ["impl@example.ma"]);
    let before = db.pending_mail_count().await.expect("mail");
    assert!(db
        .send_reminder_once(m, ReminderKind::DueSoon, day("2026-06-10"), &mail("impl@example.ma"), 30)
        .await
        .expect("send"));
    assert!(!db
        .send_reminder_once(m, ReminderKind::DueSoon, day("2026-06-10"), &mail("impl@example.ma"), 31)
        .await
        .expect("again"));
    assert!(db
        .send_reminder_once(m, ReminderKind::Late, day("2026-06-10"), &mail("impl@example.ma"), 32)
        .await
        .expect("late"));
    assert_eq!(db.pending_mail_count().await.expect("mail"), before + 2, "each reminder once");

    let assessment =
        AssessmentInput::parse("current", &[("completion".into(), "Limited".into())], "2026-09-01", "").expect("valid");
    db.add_assessment(commitment.id, &assessment, implementer.id, 40).await.expect("assess");
    let stored = db.assessments_of(commitment.id).await.expect("list");
    assert_eq!((stored[0].scale, stored[0].completion()), (AssessmentScale::Current, Some("Limited")));
    assert_eq!(db.assessments_of_plan(commitment.plan_id).await.expect("plan").len(), 1);

    let token = db.create_api_token(implementer.id, "CI", "hash-1", ministry.id, 50).await.expect("token");
    assert_eq!(
        db.use_api_token("hash-1", 51).await.expect("use").map(|t| (t.id, t.last_used_at)),
        Some((token, Some(51)))
    );
    assert!(db.use_api_token("hash-2", 52).await.expect("use").is_none());
    assert!(!db.revoke_api_token(implementer.id + 1, token, 53).await.expect("not theirs"));
    assert!(db.revoke_api_token(implementer.id, token, 54).await.expect("revoke"));
    assert!(db.use_api_token("hash-1", 55).await.expect("use").is_none(), "a revoked token opens nothing");
    assert_eq!(db.api_tokens_of(implementer.id).await.expect("list")[0].revoked_at, Some(54));
}

async fn hits(db: &dyn Database, q: &str, kind: Option<&str>) -> Vec<String> {
    let words = domain::analysis::query_words(q);
    let filters = SearchFilters { kind, ..SearchFilters::default() };
    db.search(&words, &filters, 20).await.expect("search").into_iter().map(|e| e.path).collect()
}

async fn contributions_are_indexed_once_and_dropped_when_hidden(t: &TestDatabase) {
    use domain::contribution::*;
    let db = &t.db;
    db.import_ogp(&[imported("MO0905")], 10).await.expect("import");
    let commitment = db.commitment_by_code("MO0905").await.expect("get").expect("commitment");
    let theme = commitment.theme_id.expect("theme");
    let author = db.create_user(&new_user("citizen@example.ma"), 10).await.expect("user");
    let moderator = db.create_user(&new_user("moderator@example.ma"), 10).await.expect("user");
    let proposal =
        ContributionInput::proposal(commitment.plan_id, &theme.to_string(), &[theme], "Budgets", "Publier", "")
            .expect("valid");
    let first = db.add_contribution(&proposal, author.id, "k-1", false, 20).await.expect("add");
    let held = db.add_contribution(&proposal, moderator.id, "k-2", true, 21).await.expect("held for moderation");
    let entry_of = |c: &Contribution| SearchEntry {
        kind: "comment".into(),
        path: format!("/proposals/{}", c.id),
        title: "{}".into(),
        body: c.body.clone(),
        plan_id: Some(c.plan_id),
        theme_id: None,
        institution_id: None,
        status: None,
        normalized: tokens(&c.body),
        source_id: Some(c.id),
        title_tokens: String::new(),
        dated: c.created_at,
    };
    let before = db.search_fingerprint().await.expect("fingerprint");
    assert_eq!(before.contributions.newest, held);
    assert_eq!((before.contributions.pending, before.contributions.pending_ids), (1, held));

    // Only public contributions without an entry are offered, in order, from a given id.
    let waiting = db.unindexed_contributions(0, 10).await.expect("unindexed");
    assert_eq!(waiting.iter().map(|c| c.id).collect::<Vec<_>>(), vec![first]);
    assert!(db.unindexed_contributions(first, 10).await.expect("after").is_empty());
    let entries: Vec<SearchEntry> = waiting.iter().map(entry_of).collect();
    db.add_contribution_entries(&entries).await.expect("index");
    db.add_contribution_entries(&entries).await.expect("a second process indexing the same is a no-op");
    assert_eq!(hits(db.as_ref(), "publier", None).await, vec![format!("/proposals/{first}")]);
    assert!(db.unindexed_contributions(0, 10).await.expect("none left").is_empty());
    // The catalogue is replaced without touching contributions' entries.
    db.sync_catalogue_entries(&[]).await.expect("empty catalogue");
    assert_eq!(hits(db.as_ref(), "publier", None).await.len(), 1);

    // Approving shows in the fingerprint as more than an addition; then it is offered.
    db.approve_contribution(held, moderator.id, 30).await.expect("approve");
    let approved = db.search_fingerprint().await.expect("fingerprint");
    assert!(!approved.contributions.only_added_since(&before.contributions));
    assert_eq!(db.unindexed_contributions(0, 10).await.expect("approved").len(), 1);
    // Or, knowing which left the held set, only that one is read.
    assert_eq!(db.unindexed_contributions_among(&[held, first]).await.expect("among").len(), 1);
    assert!(db.unsearchable_contribution_ids().await.expect("none held").is_empty());

    // Hiding drops the entry.
    db.hide_contribution(first, "Hors sujet", moderator.id, 40).await.expect("hide");
    let hidden = db.search_fingerprint().await.expect("fingerprint");
    assert_eq!(hidden.contributions.hidden, 1);
    assert!(!hidden.contributions.only_added_since(&approved.contributions));
    assert_eq!(db.unsearchable_contribution_ids().await.expect("hidden"), vec![first]);
    assert_eq!(db.drop_contribution_entries(&[first]).await.expect("drop"), 1);
    assert_eq!(db.drop_unsearchable_contributions().await.expect("nothing left to drop"), 0);
    assert!(hits(db.as_ref(), "publier", None).await.is_empty());

    // A new comment is only an addition.
    let parent = db.contribution(held).await.expect("get").expect("approved proposal");
    let comment = ContributionInput::comment(&parent, "Oui", "").expect("comment");
    db.add_contribution(&comment, author.id, "k-3", false, 50).await.expect("comment");
    let added = db.search_fingerprint().await.expect("fingerprint");
    assert!(added.contributions.only_added_since(&hidden.contributions));
    assert_eq!(db.unindexed_contributions(hidden.contributions.newest, 10).await.expect("new").len(), 1);
}

/// A text's analysed tokens, as the index holds them.
fn tokens(text: &str) -> String {
    domain::analysis::index_tokens(text, None).stored()
}

async fn search_finds_words_the_same_way_on_both_backends(t: &TestDatabase) {
    let db = &t.db;
    let entry = |kind: &str, path: &str, body: &str| SearchEntry {
        kind: kind.into(),
        path: path.into(),
        title: "{}".into(),
        body: body.into(),
        plan_id: Some(1),
        theme_id: None,
        institution_id: None,
        status: None,
        normalized: tokens(body),
        source_id: None,
        title_tokens: String::new(),
        dated: 0,
    };
    let filed = |path: &str, theme: i64, institution: i64, status: &str| SearchEntry {
        theme_id: Some(theme),
        institution_id: Some(institution),
        status: Some(status.into()),
        ..entry("commitment", path, "Transparence budgétaire")
    };
    let titled = |path: &str, title: &str, dated: i64| SearchEntry {
        title_tokens: tokens(title),
        normalized: tokens(&format!("{title} gouvernement ouvert")),
        dated,
        ..entry("commitment", path, "gouvernement ouvert")
    };
    let catalogue = [
        entry("commitment", "/commitments/A", "تعزيز الْمُشَارَكَة المواطنة في إعداد الميزانية"),
        entry("commitment", "/commitments/B", "Publier le budget citoyen et les données de la société civile"),
        filed("/commitments/C", 7, 70, "adopted"),
        filed("/commitments/D", 8, 70, "draft"),
        entry("meeting", "/meetings/1", "ⴰⵎⵓⵏ ⵏ ⵜⵎⵙⵙⵓⵔⵜ et participation"),
        titled("/commitments/old", "Budgets ouverts", 10),
        titled("/commitments/new", "Budgets ouverts", 20),
        titled("/commitments/exact", "Budget ouvert", 5),
        titled("/commitments/prefix", "Budgetisation", 30),
    ];
    let synced = db.sync_catalogue_entries(&catalogue).await.expect("index");
    assert_eq!((synced.added, synced.removed, synced.kept), (9, 0, 0));
    // Ranked the same on both backends: the exact word in a title, then its stem (the more
    // recent first), then a prefix, then the body.
    let ranked = hits(db.as_ref(), "budget", None).await;
    assert_eq!(
        ranked[..4],
        ["/commitments/exact", "/commitments/new", "/commitments/old", "/commitments/prefix"],
        "{ranked:?}"
    );
    // A second sync of the same catalogue writes nothing; a changed entry is replaced alone.
    let mut changed = catalogue.clone();
    changed[1].body = "Publier le budget citoyen".into();
    changed[1].normalized = tokens(&changed[1].body);
    assert_eq!(db.sync_catalogue_entries(&catalogue).await.expect("again").kept, 9);
    let synced = db.sync_catalogue_entries(&changed).await.expect("one change");
    assert_eq!((synced.added, synced.removed, synced.kept), (1, 1, 8));
    assert!(hits(db.as_ref(), "societe", None).await.is_empty());
    db.sync_catalogue_entries(&catalogue).await.expect("back");
    assert_eq!(
        hits(db.as_ref(), "المشاركه", None).await,
        vec!["/commitments/A"],
        "plain spelling finds the vowelled word"
    );
    assert_eq!(hits(db.as_ref(), "الميزانيّة", None).await, vec!["/commitments/A"]);
    assert_eq!(hits(db.as_ref(), "societe civile", None).await, vec!["/commitments/B"], "no accents finds accents");
    assert_eq!(hits(db.as_ref(), "SOCIÉTÉ", None).await, vec!["/commitments/B"]);
    assert_eq!(hits(db.as_ref(), "ⵜⵎⵙⵙⵓⵔⵜ", None).await, vec!["/meetings/1"]);
    assert_eq!(hits(db.as_ref(), "partic", Some("meeting")).await, vec!["/meetings/1"], "prefix, filtered by kind");
    assert!(hits(db.as_ref(), "\"budget' OR 1=1; --", None).await.is_empty(), "operators are just words");
    assert!(hits(db.as_ref(), &"x".repeat(10_000), None).await.is_empty());
    assert!(hits(db.as_ref(), "", None).await.is_empty());
    // Filters by theme, institution and status combine with the words.
    let words = domain::analysis::query_words("transparence");
    let paths = |filters: SearchFilters<'static>| {
        let words = words.clone();
        async move { db.search(&words, &filters, 20).await.expect("search").into_iter().map(|e| e.path).collect::<Vec<_>>() }
    };
    assert_eq!(paths(SearchFilters::default()).await.len(), 2);
    assert_eq!(paths(SearchFilters { theme_id: Some(8), ..SearchFilters::default() }).await, vec!["/commitments/D"]);
    assert_eq!(paths(SearchFilters { institution_id: Some(70), ..SearchFilters::default() }).await.len(), 2);
    assert_eq!(
        paths(SearchFilters { status: Some("adopted"), ..SearchFilters::default() }).await,
        vec!["/commitments/C"]
    );
    assert!(paths(SearchFilters { status: Some("adopted"), theme_id: Some(8), ..SearchFilters::default() })
        .await
        .is_empty());
    assert_eq!(db.searchable_institutions(None).await.expect("institutions"), vec![70]);
    assert_eq!(db.searchable_institutions(Some(1)).await.expect("of plan 1"), vec![70]);
    assert!(db.searchable_institutions(Some(2)).await.expect("of plan 2").is_empty());
    let before = db.search_fingerprint().await.expect("fingerprint");
    db.import_ogp(&[imported("MO0907")], 10).await.expect("import");
    assert_ne!(db.search_fingerprint().await.expect("fingerprint"), before, "a change shows in the fingerprint");
}
