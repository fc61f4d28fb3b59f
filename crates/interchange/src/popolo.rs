//! The forum as one Popolo JSON document: `persons`, `organizations`, `memberships`, `posts`
//! and `events`, the layout of public Popolo datasets (e.g. EveryPolitician).
//!
//! Bodies and the institutions members sit for are both Popolo organizations. Personal data
//! stays out: a person's e-mail is exported only when they chose to make it public.

use domain::{Locale, Localized};
use serde_json::{json, Map, Value};
use store::{Database, StoreError};

/// Builds the document from the database. `default` is the instance's main language: the
/// `name` of each object is in it, other languages go to `other_names`.
pub async fn export(db: &dyn Database, base_url: &str, default: Locale) -> Result<Value, StoreError> {
    let bodies = db.list_bodies().await?;
    let institutions = db.list_institutions().await?;
    let people = db.list_people().await?;
    let memberships = db.all_memberships().await?;
    let seats = db.all_seats().await?;
    let meetings = db.list_meetings().await?;

    let name_of = |text: &Localized| -> (String, Vec<Value>) {
        let main = text.resolve(default, default).map(|r| r.text.to_string()).unwrap_or_default();
        let others = text
            .locales()
            .filter_map(|l| text.get(l).filter(|t| *t != main).map(|t| json!({"name": t, "note": l.code()})))
            .collect();
        (main, others)
    };

    let persons: Vec<Value> = people
        .iter()
        .map(|p| {
            let mut person = object(&[("id", json!(format!("person-{}", p.id))), ("name", json!(p.name))]);
            if let (true, Some(email)) = (p.email_public, &p.email) {
                person.insert("email".into(), json!(email));
            }
            Value::Object(person)
        })
        .collect();

    let mut organizations: Vec<Value> = vec![];
    for body in &bodies {
        let (name, other_names) = name_of(&body.name);
        let mut org = object(&[
            ("id", json!(format!("body-{}", body.id))),
            ("name", json!(name)),
            ("classification", json!(body.kind.code())),
            (
                "links",
                json!([{ "url": format!("{base_url}/{}/forum/{}", default.code(), body.slug), "note": "Sharaka" }]),
            ),
        ]);
        if !other_names.is_empty() {
            org.insert("other_names".into(), json!(other_names));
        }
        if let Some(parent) = body.parent_id {
            org.insert("parent_id".into(), json!(format!("body-{parent}")));
        }
        organizations.push(Value::Object(org));
    }
    // Only the institutions members sit for: the forum's register, not the whole directory.
    let mut represented: Vec<i64> = memberships.iter().filter_map(|m| m.institution_id).collect();
    represented.sort_unstable();
    represented.dedup();
    for institution in institutions.iter().filter(|i| represented.contains(&i.id)) {
        let (name, other_names) = name_of(&institution.name);
        let mut org = object(&[
            ("id", json!(format!("institution-{}", institution.id))),
            ("name", json!(name)),
            ("classification", json!(institution.branch.code())),
        ]);
        if !other_names.is_empty() {
            org.insert("other_names".into(), json!(other_names));
        }
        if let Some(acronym) = &institution.acronym {
            org.insert("identifiers".into(), json!([{ "identifier": acronym, "scheme": "acronym" }]));
        }
        organizations.push(Value::Object(org));
    }

    let posts: Vec<Value> = seats
        .iter()
        .map(|s| {
            json!({
                "id": format!("post-{}", s.id),
                "label": s.role.code(),
                "role": s.role.code(),
                "organization_id": format!("body-{}", s.body_id),
            })
        })
        .collect();

    let membership_values: Vec<Value> = memberships
        .iter()
        .map(|m| {
            let mut value = object(&[
                ("id", json!(format!("membership-{}", m.id))),
                ("person_id", json!(format!("person-{}", m.person_id))),
                ("organization_id", json!(format!("body-{}", m.body_id))),
                ("post_id", json!(format!("post-{}", m.seat_id))),
                ("role", json!(m.role.code())),
                ("start_date", json!(iso(m.starts_on))),
            ]);
            if let Some(institution) = m.institution_id {
                value.insert("on_behalf_of_id".into(), json!(format!("institution-{institution}")));
            }
            if let Some(end) = m.ends_on {
                value.insert("end_date".into(), json!(iso(end)));
            }
            Value::Object(value)
        })
        .collect();

    let events: Vec<Value> = meetings
        .iter()
        .map(|m| {
            let (name, _) = name_of(&m.title);
            let (agenda, _) = name_of(&m.agenda);
            let stamp = |t| domain::forum::format_local(t, &m.time_zone, "%Y-%m-%dT%H:%M:%S%:z");
            let mut event = object(&[
                ("id", json!(format!("meeting-{}", m.id))),
                ("name", json!(name)),
                ("classification", json!(m.kind.code())),
                ("status", json!(m.status.code())),
                ("start_date", json!(stamp(m.starts_at))),
                ("end_date", json!(stamp(m.ends_at))),
                (
                    "links",
                    json!([{ "url": format!("{base_url}/{}/meetings/{}", default.code(), m.id), "note": "Sharaka" }]),
                ),
            ]);
            if !agenda.is_empty() {
                event.insert("description".into(), json!(agenda));
            }
            if let Some(place) = m.place.as_ref().or(m.online_url.as_ref()) {
                event.insert("location".into(), json!(place));
            }
            if let Some(body) = m.body_id {
                event.insert("organization_id".into(), json!(format!("body-{body}")));
            }
            Value::Object(event)
        })
        .collect();

    Ok(json!({
        "persons": persons,
        "organizations": organizations,
        "memberships": membership_values,
        "posts": posts,
        "events": events,
    }))
}

fn object(pairs: &[(&str, Value)]) -> Map<String, Value> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
}

fn iso(date: time::Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}
