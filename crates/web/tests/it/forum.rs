//! The forum register: bodies and memberships, meetings with their calendar feed,
//! recommendations, the document repository and the Popolo export.

use axum::http::StatusCode;
use domain::institution::{Branch, InstitutionInput, Slug};
use domain::plan::{Phase, PhaseKind};
use domain::{Locale, Localized};

use crate::harness::{import_morocco, TestApp, START};
use crate::on_both_backends;

on_both_backends!(
    secretariat_builds_a_body_and_its_composition_shows_the_balance,
    a_seat_in_a_sub_commission_gives_drafting_rights_on_its_themes,
    meetings_reach_the_calendar_and_the_icalendar_feed,
    recommendations_link_meetings_to_commitments,
    uploads_are_checked_from_their_bytes_and_failures_leave_nothing,
    the_popolo_export_validates_and_keeps_private_addresses_private,
);

async fn institution(app: &TestApp, slug: &str, branch: Branch) -> i64 {
    let input = InstitutionInput {
        slug: Slug::parse(slug).expect("slug"),
        name: Localized::from_pairs([
            (Locale::Fr, format!("Institution {slug}")),
            (Locale::Ar, format!("مؤسسة {slug}")),
        ]),
        acronym: None,
        branch,
        parent_id: None,
    };
    app.state.db.create_institution(&input, START).await.expect("institution").id
}

/// Creates a body through the back office and returns its id.
async fn create_body(app: &mut TestApp, fields: &[(&str, &str)]) -> i64 {
    let created = app.submit("/fr/admin/forum", "/fr/admin/forum", fields).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let location = created.location().to_string();
    location.trim_start_matches("/fr/admin/forum/").split('?').next().expect("id").parse().expect("numeric id")
}

async fn secretariat_builds_a_body_and_its_composition_shows_the_balance(app: &mut TestApp) {
    app.signed_in_secretariat().await;
    let ministry = institution(app, "ministere", Branch::Executive).await.to_string();
    let ngo = institution(app, "association", Branch::CivilSociety).await.to_string();

    let refused = app
        .submit(
            "/fr/admin/forum",
            "/fr/admin/forum",
            &[("slug", "Comité pilotage"), ("kind", "tribunal"), ("name_fr", "")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains("Choisissez le type d&#39;instance");
    let body = create_body(
        app,
        &[
            ("slug", "comite-pilotage"),
            ("kind", "steering-committee"),
            ("name_fr", "Comité de pilotage"),
            ("name_ar", "اللجنة التوجيهية"),
        ],
    )
    .await;
    let taken = app
        .submit(
            "/fr/admin/forum",
            "/fr/admin/forum",
            &[("slug", "comite-pilotage"), ("kind", "drafting-committee"), ("name_fr", "Autre")],
        )
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);

    let page = format!("/fr/admin/forum/{body}");
    let action = format!("/fr/admin/forum/{body}/memberships");
    let chair = app
        .submit(
            &page,
            &action,
            &[
                ("person_name", "Nadia Benali"),
                ("role", "chair"),
                ("institution_id", &ministry),
                ("starts_on", "2026-01-10"),
            ],
        )
        .await;
    assert_eq!(chair.status, StatusCode::SEE_OTHER, "{}", chair.body);
    let second_chair = app
        .submit(
            &page,
            &action,
            &[
                ("person_name", "Karim Idrissi"),
                ("role", "chair"),
                ("institution_id", &ngo),
                ("starts_on", "2026-03-01"),
            ],
        )
        .await;
    assert_eq!(second_chair.status, StatusCode::UNPROCESSABLE_ENTITY);
    second_chair.assert_contains("a déjà un titulaire");
    assert_eq!(app.state.db.list_people().await.unwrap().len(), 1, "a refused seat creates no person");
    let unknown =
        app.submit(&page, &action, &[("person_id", "999"), ("role", "member"), ("starts_on", "2026-03-01")]).await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    let backwards = app
        .submit(
            &page,
            &action,
            &[
                ("person_name", "Karim Idrissi"),
                ("role", "co-chair"),
                ("starts_on", "2026-03-01"),
                ("ends_on", "2026-02-01"),
            ],
        )
        .await;
    assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
    let cochair = app
        .submit(
            &page,
            &action,
            &[
                ("person_name", "Karim Idrissi"),
                ("person_email", "karim@association.example"),
                ("email_public", "on"),
                ("role", "co-chair"),
                ("institution_id", &ngo),
                ("starts_on", "2026-03-01"),
            ],
        )
        .await;
    assert_eq!(cochair.status, StatusCode::SEE_OTHER, "{}", cochair.body);

    let nadia =
        app.state.db.list_people().await.unwrap().into_iter().find(|p| p.name == "Nadia Benali").expect("nadia");
    let corrected = app
        .submit(
            &format!("/fr/admin/people/{}", nadia.id),
            &format!("/fr/admin/people/{}", nadia.id),
            &[("person_name", "Nadia Benali-Tazi")],
        )
        .await;
    assert_eq!(corrected.status, StatusCode::SEE_OTHER, "{}", corrected.body);
    let public = app.get("/fr/forum/comite-pilotage").await;
    assert_eq!(public.status, StatusCode::OK);
    public.assert_contains("Nadia Benali-Tazi");
    public.assert_contains("karim@association.example");
    public.assert_contains("<strong>1</strong> du gouvernement");
    public.assert_contains("<strong>1</strong> hors gouvernement");
    assert!(!public.body.contains("que d&#39;un seul côté"), "balanced");
    let arabic = app.get("/ar/forum").await;
    arabic.assert_contains("اللجنة التوجيهية");
}

async fn a_seat_in_a_sub_commission_gives_drafting_rights_on_its_themes(app: &mut TestApp) {
    import_morocco(app).await;
    let plan = app.state.db.plan_by_slug("morocco-2").await.unwrap().expect("plan");
    let theme = app.state.db.themes_of(plan.id).await.unwrap().into_iter().next().expect("a theme");
    let commitment = app.state.db.commitment_by_code("MO0047").await.unwrap().expect("MO0047");
    let mut design = domain::revision::Design::of(&commitment);
    design.status = domain::commitment::CommitmentStatus::Draft;
    let member = app.verified_user("member@example.ma", "Membre", "member-pass-1").await;
    app.state.db.save_commitment_design(commitment.id, &design, member, START).await.unwrap();
    let today = time::OffsetDateTime::from_unix_timestamp(START).unwrap().date();
    let phases = vec![Phase { kind: PhaseKind::Drafting, starts_on: today.previous_day().unwrap(), ends_on: None }];
    app.state.db.update_plan_phases(plan.id, &phases, START).await.unwrap();

    assert_eq!(app.login("member@example.ma", "member-pass-1").await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get("/fr/admin/commitments/MO0047/edit").await.status, StatusCode::FORBIDDEN, "no seat yet");

    let input = domain::forum::BodyInput {
        slug: "participation".into(),
        kind: domain::forum::BodyKind::SubCommission,
        name: Localized::from_pairs([(Locale::Fr, "Participation citoyenne")]),
        parent_id: None,
        theme_ids: vec![theme.id],
    };
    let body = app.state.db.create_body(&input, START).await.unwrap();
    let person = domain::forum::PersonInput::parse("Membre", "member@example.ma", false).unwrap();
    let person = app.state.db.create_person(&person, START).await.unwrap();
    assert_eq!(person.user_id, Some(member), "linked to the account by its address");
    let seat = domain::forum::MembershipInput {
        person_id: person.id,
        role: domain::forum::SeatRole::Member,
        institution_id: None,
        starts_on: today.previous_day().unwrap(),
        ends_on: None,
    };
    let membership = app.state.db.add_membership(body.id, &seat, START).await.unwrap();
    assert_eq!(app.get("/fr/admin/commitments/MO0047/edit").await.status, StatusCode::OK, "the body drafts this theme");
    assert_eq!(app.get("/fr/admin/commitments/MO0012/edit").await.status, StatusCode::FORBIDDEN, "another theme");

    app.state.db.end_membership(membership, today.previous_day().unwrap()).await.unwrap();
    assert_eq!(app.get("/fr/admin/commitments/MO0047/edit").await.status, StatusCode::FORBIDDEN, "the seat ended");
}

async fn meetings_reach_the_calendar_and_the_icalendar_feed(app: &mut TestApp) {
    app.signed_in_secretariat().await;
    let base = [
        ("kind", "workshop"),
        ("title_fr", "Atelier de co-création ; budget, transparence"),
        ("title_ar", "ورشة الإعداد التشاركي للميزانية المفتوحة"),
        ("start_date", "2026-10-14"),
        ("start_time", "09:30"),
        ("end_time", "13:00"),
        ("time_zone", "Africa/Casablanca"),
        ("place", "Rabat"),
        ("agenda_fr", "1. Bilan\n2. Propositions"),
        ("outside_civil-society", "18"),
        ("outside_academia", "4"),
    ];
    let with = |changes: &[(&'static str, &'static str)]| -> Vec<(&'static str, &'static str)> {
        let mut fields: Vec<(&str, &str)> =
            base.iter().filter(|(k, _)| !changes.iter().any(|(c, _)| c == k)).copied().collect();
        fields.extend_from_slice(changes);
        fields
    };
    let backwards = app.submit("/fr/admin/meetings/new", "/fr/admin/meetings", &with(&[("end_time", "08:00")])).await;
    assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
    backwards.assert_contains("La réunion se termine avant de commencer");
    let zone =
        app.submit("/ar/admin/meetings/new", "/ar/admin/meetings", &with(&[("time_zone", "Morocco/Rabat")])).await;
    assert_eq!(zone.status, StatusCode::UNPROCESSABLE_ENTITY);
    zone.assert_contains("Africa/Casablanca");
    assert!(app.state.db.list_meetings().await.unwrap().is_empty(), "nothing saved");

    let created = app.submit("/fr/admin/meetings/new", "/fr/admin/meetings", &with(&[])).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let upcoming = with(&[
        ("title_fr", "Revue de mise en œuvre"),
        ("kind", "implementation-review"),
        ("start_date", "2026-12-15"),
        ("online_url", "https://meet.example.org/ogp"),
    ]);
    assert_eq!(
        app.submit("/fr/admin/meetings/new", "/fr/admin/meetings", &upcoming).await.status,
        StatusCode::SEE_OTHER
    );

    let calendar = app.get("/fr/meetings").await;
    assert_eq!(calendar.status, StatusCode::OK);
    let (coming, past) = calendar.body.split_once("id=\"past-heading\"").expect("two sections");
    assert!(coming.contains("Revue de mise en œuvre"), "the December meeting is upcoming on 21 September");
    assert!(coming.contains("Atelier de co-création"), "so is October's");
    assert!(!past.contains("Atelier"));
    let meeting = app.state.db.list_meetings().await.unwrap().remove(0);
    let page = app.get(&format!("/fr/meetings/{}", meeting.id)).await;
    page.assert_contains("14 octobre 2026, 09:30–13:00");
    page.assert_contains("22 autres participants");

    let feed = app.get("/ar/meetings.ics").await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(feed.headers["content-type"], "text/calendar; charset=utf-8");
    let calendar = ical::IcalParser::new(feed.body.as_bytes()).next().expect("a calendar").expect("parses");
    assert_eq!(calendar.events.len(), 2);
    let prop = |event: &ical::parser::ical::component::IcalEvent, name: &str| {
        event.properties.iter().find(|p| p.name == name).and_then(|p| p.value.clone()).unwrap_or_default()
    };
    let workshop = &calendar.events[0];
    // 09:30 in Casablanca (UTC+1 outside Ramadan) is 08:30 UTC.
    assert_eq!(prop(workshop, "DTSTART"), "20261014T083000Z");
    assert_eq!(prop(workshop, "DTEND"), "20261014T120000Z");
    assert_eq!(
        prop(workshop, "SUMMARY"),
        "ورشة الإعداد التشاركي للميزانية المفتوحة",
        "unfolded, in the feed's language"
    );
    assert!(prop(workshop, "UID").starts_with("meeting-"));
    assert_eq!(prop(&calendar.events[1], "LOCATION"), "Rabat");
    assert_eq!(prop(&calendar.events[1], "CONFERENCE"), "https://meet.example.org/ogp");
    let french = app.get("/fr/meetings.ics").await;
    let french = ical::IcalParser::new(french.body.as_bytes()).next().unwrap().unwrap();
    assert_eq!(
        prop(&french.events[0], "SUMMARY"),
        "Atelier de co-création \\; budget\\, transparence",
        "escaped per RFC 5545"
    );
    assert_eq!(app.get("/fr/meetings/999").await.status, StatusCode::NOT_FOUND);

    // Cancelling keeps the meeting in the record, marked, and tells calendar applications.
    let edit = format!("/fr/admin/meetings/{}/edit", meeting.id);
    let cancelled =
        app.submit(&edit, &format!("/fr/admin/meetings/{}", meeting.id), &with(&[("status", "cancelled")])).await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER, "{}", cancelled.body);
    app.get(&format!("/fr/meetings/{}", meeting.id)).await.assert_contains("Cette réunion a été annulée");
    let feed = app.get("/fr/meetings.ics").await;
    let feed = ical::IcalParser::new(feed.body.as_bytes()).next().unwrap().unwrap();
    assert_eq!(prop(&feed.events[0], "STATUS"), "CANCELLED");
    assert_eq!(prop(&feed.events[1], "STATUS"), "CONFIRMED");
}

async fn recommendations_link_meetings_to_commitments(app: &mut TestApp) {
    import_morocco(app).await;
    app.signed_in_secretariat().await;
    let fields = [
        ("kind", "workshop"),
        ("title_fr", "Atelier parlement ouvert"),
        ("start_date", "2026-10-14"),
        ("start_time", "09:30"),
        ("end_time", "13:00"),
        ("time_zone", "Africa/Casablanca"),
    ];
    assert_eq!(app.submit("/fr/admin/meetings/new", "/fr/admin/meetings", &fields).await.status, StatusCode::SEE_OTHER);
    let meeting = app.state.db.list_meetings().await.unwrap().remove(0).id;
    let edit = format!("/fr/admin/meetings/{meeting}/edit");
    let action = format!("/fr/admin/meetings/{meeting}/recommendations");

    let unknown = app
        .submit(
            &edit,
            &action,
            &[("text_fr", "Publier l'agenda"), ("status", "accepted"), ("commitments", "MO0050, MO9999")],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    unknown.assert_contains("Aucun engagement ne porte ce code");
    let no_reason =
        app.submit(&edit, &action, &[("text_fr", "Une chaîne de télévision"), ("status", "not-retained")]).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.state.db.recommendations_of_meeting(meeting).await.unwrap().is_empty());

    let added = app
        .submit(
            &edit,
            &action,
            &[("text_fr", "Publier l'agenda législatif en ligne"), ("status", "accepted"), ("commitments", "mo0050")],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let rec = app.state.db.recommendations_of_meeting(meeting).await.unwrap().remove(0);
    let closed = app
        .submit(
            &edit,
            &format!("/fr/admin/recommendations/{}", rec.id),
            &[
                ("text_fr", "Publier l'agenda législatif en ligne"),
                ("status", "implemented"),
                ("commitments", "MO0050"),
            ],
        )
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER, "{}", closed.body);

    let public = app.get(&format!("/fr/meetings/{meeting}")).await;
    public.assert_contains("Publier l&#39;agenda législatif en ligne");
    public.assert_contains("Mise en œuvre");
    let commitment = app.get("/fr/commitments/MO0050").await;
    commitment.assert_contains("Recommandations du forum");
    commitment.assert_contains("Atelier parlement ouvert");
    let other = app.get("/fr/commitments/MO0012").await;
    assert!(!other.body.contains("Recommandations du forum"));
}

fn fields(token: &str) -> Vec<(String, String)> {
    [
        ("csrf", token),
        ("kind", "minutes"),
        ("title_fr", "PV atelier budget"),
        ("language", "fr"),
        ("published_on", "2026-10-20"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// Uploads a file through the back office as the signed-in secretariat ("PV atelier budget").
pub(crate) async fn upload(
    app: &mut TestApp,
    token: String,
    name: &str,
    bytes: Vec<u8>,
) -> crate::harness::TestResponse {
    let owned = fields(&token);
    let pairs: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    app.post_multipart("/fr/admin/documents/upload", &pairs, Some((name, &bytes))).await
}

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";
const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, b'I', b'H', b'D', b'R', 0, 0, 0, 1];

async fn uploads_are_checked_from_their_bytes_and_failures_leave_nothing(app: &mut TestApp) {
    app.signed_in_secretariat().await;
    let page = app.get("/fr/admin/documents").await;
    assert_eq!(page.status, StatusCode::OK);
    let token = page.csrf_field();

    let no_token = upload(app, "forged".into(), "pv.pdf", PDF.to_vec()).await;
    assert_eq!(no_token.status, StatusCode::FORBIDDEN);
    let forged = upload(app, token.clone(), "rapport.pdf", PNG.to_vec()).await;
    assert_eq!(forged.status, StatusCode::UNPROCESSABLE_ENTITY);
    forged.assert_contains("ne correspond pas à son extension");
    let program = upload(app, token.clone(), "setup.pdf", b"MZ\x90\x00\x03\x00\x00\x00".to_vec()).await;
    program.assert_contains("Les programmes et les scripts ne peuvent pas être déposés");
    let script = upload(app, token.clone(), "notes.txt", b"#!/bin/sh\necho pwned\n".to_vec()).await;
    assert_eq!(script.status, StatusCode::UNPROCESSABLE_ENTITY);
    let huge =
        upload(app, token.clone(), "big.txt", vec![b'a'; domain::documents::MAX_UPLOAD_BYTES + 300 * 1024]).await;
    assert_eq!(huge.status, StatusCode::UNPROCESSABLE_ENTITY);
    huge.assert_contains("Le fichier est trop volumineux");
    // Just under the limit is accepted (and then removed again by the failed meeting link below).
    let mut orphan_big = fields(&token);
    orphan_big.push(("meeting_id".into(), "4242".into()));
    let pairs: Vec<(&str, &str)> = orphan_big.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let almost = vec![b'a'; domain::documents::MAX_UPLOAD_BYTES - 1024];
    let near_limit = app.post_multipart("/fr/admin/documents/upload", &pairs, Some(("big.txt", &almost))).await;
    assert_eq!(near_limit.status, StatusCode::UNPROCESSABLE_ENTITY);
    near_limit.assert_contains("Cette réunion n&#39;existe pas");
    let hidden = upload(app, token.clone(), ".htaccess", b"Deny from all\n".to_vec()).await;
    assert_eq!(hidden.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.state.db.list_documents().await.unwrap().is_empty(), "no row");
    assert!(app.state.files.keys("documents").await.unwrap().is_empty(), "no orphan file");

    let mut orphan = fields(&token);
    orphan.push(("meeting_id".into(), "4242".into()));
    let pairs: Vec<(&str, &str)> = orphan.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let missing_meeting = app.post_multipart("/fr/admin/documents/upload", &pairs, Some(("pv.pdf", PDF))).await;
    assert_eq!(missing_meeting.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.state.files.keys("documents").await.unwrap().is_empty(), "the stored file was removed again");

    let saved = upload(app, token.clone(), "../../etc/محضر الاجتماع.pdf", PDF.to_vec()).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let document = app.state.db.list_documents().await.unwrap().remove(0);
    let domain::documents::DocumentSource::File(file) = &document.source else { panic!("a file") };
    assert_eq!(file.file_name, "محضر الاجتماع.pdf", "path steps removed");
    assert!(!file.object_key.contains("etc"), "keys never carry user input");

    let listing = app.get("/fr/documents?kind=minutes&year=2026").await;
    listing.assert_contains("PV atelier budget");
    assert!(!app.get("/fr/documents?kind=action-plan").await.body.contains("PV atelier budget"));
    let download = app.get(&format!("/fr/documents/{}/file", document.id)).await;
    assert_eq!(download.status, StatusCode::OK);
    assert_eq!(download.headers["content-type"], "application/pdf");
    assert_eq!(download.body.as_bytes(), PDF);
    let disposition = download.headers["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(disposition.contains("filename*=UTF-8''%D9%85"), "{disposition}");

    let bad_link = app
        .submit(
            "/fr/admin/documents",
            "/fr/admin/documents/link",
            &[
                ("url", "javascript:alert(1)"),
                ("kind", "evidence"),
                ("title_fr", "Lien"),
                ("language", "fr"),
                ("published_on", "2026-10-20"),
            ],
        )
        .await;
    assert_eq!(bad_link.status, StatusCode::UNPROCESSABLE_ENTITY);
    let link = app
        .submit(
            "/fr/admin/documents",
            "/fr/admin/documents/link",
            &[
                ("url", "https://www.opengovpartnership.org/members/morocco/"),
                ("kind", "evidence"),
                ("title_fr", "Page du Maroc"),
                ("language", "en"),
                ("published_on", "2026-10-21"),
            ],
        )
        .await;
    assert_eq!(link.status, StatusCode::SEE_OTHER, "{}", link.body);
    let id = app.state.db.list_documents().await.unwrap().remove(0).id;
    assert_eq!(
        app.get(&format!("/fr/documents/{id}/file")).await.location(),
        "https://www.opengovpartnership.org/members/morocco/"
    );
}

/// Loads a Popolo schema for the draft-04 validator. The files are draft-03; the one
/// difference they use is `"required": true` on a property, which draft-04 writes as a
/// `required` array on the object.
fn popolo_schema(name: &str) -> serde_json::Value {
    fn to_draft4(value: &mut serde_json::Value) {
        let Some(object) = value.as_object_mut() else { return };
        let mut required = vec![];
        if let Some(properties) = object.get_mut("properties").and_then(|p| p.as_object_mut()) {
            for (key, property) in properties.iter_mut() {
                if let Some(p) = property.as_object_mut() {
                    if p.remove("required") == Some(serde_json::Value::Bool(true)) {
                        required.push(serde_json::Value::String(key.clone()));
                    }
                }
            }
        }
        for child in object.values_mut() {
            to_draft4(child);
        }
        if !required.is_empty() {
            object.insert("required".into(), serde_json::Value::Array(required));
        }
    }
    let path = format!("{}/../../schemas/popolo/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut schema: serde_json::Value = serde_json::from_str(&text).expect("schema json");
    to_draft4(&mut schema);
    schema["$schema"] = "http://json-schema.org/draft-04/schema#".into();
    schema
}

async fn the_popolo_export_validates_and_keeps_private_addresses_private(app: &mut TestApp) {
    use domain::forum::*;
    let db = app.state.db.clone();
    let ministry = institution(app, "ministere", Branch::Executive).await;
    let steering = db
        .create_body(
            &BodyInput {
                slug: "comite".into(),
                kind: BodyKind::SteeringCommittee,
                name: Localized::from_pairs([(Locale::Ar, "اللجنة التوجيهية"), (Locale::Fr, "Comité de pilotage")]),
                parent_id: None,
                theme_ids: vec![],
            },
            START,
        )
        .await
        .unwrap();
    let public =
        db.create_person(&PersonInput::parse("Karim", "karim@example.org", true).unwrap(), START).await.unwrap();
    let private =
        db.create_person(&PersonInput::parse("نادية", "nadia@example.org", false).unwrap(), START).await.unwrap();
    for (person, role) in [(public.id, SeatRole::Chair), (private.id, SeatRole::Member)] {
        let seat = MembershipInput {
            person_id: person,
            role,
            institution_id: Some(ministry),
            starts_on: domain::plan::parse_date("2026-01-01").unwrap().unwrap(),
            ends_on: None,
        };
        db.add_membership(steering.id, &seat, START).await.unwrap();
    }
    let form = MeetingForm {
        body_id: steering.id.to_string(),
        kind: "forum-meeting".into(),
        titles: vec![(Locale::Ar, "اجتماع".into())],
        start_date: "2026-10-01".into(),
        start_time: "10:00".into(),
        end_time: "12:00".into(),
        time_zone: "Africa/Casablanca".into(),
        place: "Rabat".into(),
        ..MeetingForm::default()
    };
    db.create_meeting(&MeetingInput::parse(&form).unwrap(), &[], START).await.unwrap();

    let response = app.get("/api/v1/popolo.json").await;
    assert_eq!(response.status, StatusCode::OK);
    let document = response.json();
    let mut retriever_schemas = vec![];
    for name in [
        "person",
        "organization",
        "membership",
        "post",
        "event",
        "other_name",
        "identifier",
        "link",
        "contact_detail",
        "area",
        "motion",
        "speech",
        "vote",
        "vote_event",
        "count",
        "group_result",
    ] {
        retriever_schemas.push((format!("http://www.popoloproject.com/schemas/{name}.json"), popolo_schema(name)));
    }
    let mut options = jsonschema::options().with_draft(jsonschema::Draft::Draft4).should_validate_formats(true);
    for (uri, schema) in &retriever_schemas {
        options =
            options.with_resource(uri.as_str(), jsonschema::Resource::from_contents(schema.clone()).expect("resource"));
    }
    for (key, schema) in [
        ("persons", "person"),
        ("organizations", "organization"),
        ("memberships", "membership"),
        ("posts", "post"),
        ("events", "event"),
    ] {
        let validator = options.build(&popolo_schema(schema)).expect("validator");
        let items = document[key].as_array().unwrap_or_else(|| panic!("{key} is an array"));
        assert!(!items.is_empty(), "{key} exported");
        for item in items {
            let errors: Vec<String> =
                validator.iter_errors(item).map(|e| format!("{e} at {}", e.instance_path)).collect();
            assert!(errors.is_empty(), "{key} {item}: {errors:?}");
        }
        if key == "memberships" {
            // The validator is live: a date in another format is caught.
            let mut wrong = items[0].clone();
            wrong["start_date"] = "01/10/2026".into();
            assert!(!validator.is_valid(&wrong));
        }
    }
    let text = document.to_string();
    assert!(text.contains("karim@example.org"), "a public address is exported");
    assert!(!text.contains("nadia@example.org"), "a private address is not");
    assert_eq!(document["organizations"][0]["name"], "اللجنة التوجيهية", "names in the instance language");
    assert_eq!(document["events"][0]["start_date"], "2026-10-01T10:00:00+01:00");
    assert_eq!(document["memberships"].as_array().unwrap().len(), 2);
    assert_eq!(document["posts"].as_array().unwrap().len(), SeatRole::ALL.len());
}
