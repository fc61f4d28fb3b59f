//! The demo forum, from `demo/forum.json`: bodies, people, memberships, meetings with
//! attendance and recommendations, and documents (two uploaded files, two links).

use std::collections::{BTreeMap, HashMap};

use anyhow::{anyhow, Context};
use domain::documents::{check_upload, DocumentInput, DocumentKind, DocumentSource};
use domain::forum::*;
use domain::{Locale, Localized};
use serde::Deserialize;
use store::files::FileStore;
use store::Database;

const FORUM: &str = include_str!("../../../demo/forum.json");
const ZONE: &str = "Africa/Casablanca";

#[derive(Deserialize)]
struct Forum {
    cocreation_plan: DemoPlan,
    bodies: Vec<DemoBody>,
    people: Vec<DemoPerson>,
    memberships: Vec<DemoMembership>,
    meetings: Vec<DemoMeeting>,
    documents: Vec<DemoDocument>,
}

/// The next plan, in co-creation around the day of seeding, with participants' proposals.
#[derive(Deserialize)]
struct DemoPlan {
    slug: String,
    member: String,
    number: i64,
    starts_on: String,
    ends_on: String,
    title: BTreeMap<Locale, String>,
    themes: Vec<DemoTheme>,
    proposals: Vec<DemoProposal>,
}

#[derive(Deserialize)]
struct DemoTheme {
    key: String,
    title: BTreeMap<Locale, String>,
}

#[derive(Deserialize)]
struct DemoProposal {
    key: String,
    author: String,
    theme: String,
    title: String,
    body: String,
    supporters: Vec<String>,
    comments: Vec<DemoComment>,
}

#[derive(Deserialize)]
struct DemoComment {
    author: String,
    body: String,
}

#[derive(Deserialize)]
struct DemoBody {
    slug: String,
    kind: String,
    parent: Option<String>,
    themes: Vec<String>,
    name: BTreeMap<Locale, String>,
}

#[derive(Deserialize)]
struct DemoPerson {
    key: String,
    name: String,
    email: Option<String>,
    public: bool,
}

#[derive(Deserialize)]
struct DemoMembership {
    person: String,
    body: String,
    seat: String,
    institution: String,
    starts_on: String,
    #[serde(default)]
    ends_on: String,
}

#[derive(Deserialize)]
struct DemoMeeting {
    key: String,
    body: String,
    kind: String,
    /// A fixed date, or a number of days from the day of seeding (for upcoming meetings).
    date: Option<String>,
    in_days: Option<i64>,
    start: String,
    end: String,
    place: Option<String>,
    online_url: Option<String>,
    title: BTreeMap<Locale, String>,
    agenda: BTreeMap<Locale, String>,
    minutes: BTreeMap<Locale, String>,
    attendees: Vec<String>,
    outside: BTreeMap<String, i64>,
    #[serde(default)]
    recommendations: Vec<DemoRecommendation>,
}

#[derive(Deserialize)]
struct DemoRecommendation {
    status: String,
    commitments: Vec<String>,
    text: BTreeMap<Locale, String>,
    #[serde(default)]
    reason: BTreeMap<Locale, String>,
}

#[derive(Deserialize)]
struct DemoDocument {
    kind: String,
    body: Option<String>,
    meeting: Option<String>,
    language: String,
    date: String,
    title: BTreeMap<Locale, String>,
    file: Option<DemoFile>,
    url: Option<String>,
}

#[derive(Deserialize)]
struct DemoFile {
    name: String,
    text: String,
}

fn pairs(map: &BTreeMap<Locale, String>) -> Vec<(Locale, String)> {
    map.iter().map(|(l, t)| (*l, t.clone())).collect()
}

fn day_offset(now: i64, days: i64) -> anyhow::Result<time::Date> {
    let iso = format_local(now + days * 86_400, ZONE, "%Y-%m-%d");
    domain::plan::parse_date(&iso).ok().flatten().ok_or_else(|| anyhow!("date {iso}"))
}

/// Creates the plan in co-creation (a month before and after the day of seeding) with its
/// themes and proposals. Returns the themes by their demo key.
async fn seed_cocreation_plan(db: &dyn Database, demo: &DemoPlan, now: i64) -> anyhow::Result<HashMap<String, i64>> {
    use domain::contribution::ContributionInput;
    use domain::plan::{Phase, PhaseKind, PlanInput};
    let date = |raw: &str| domain::plan::parse_date(raw).ok().flatten().ok_or_else(|| anyhow!("demo plan date {raw}"));
    let phases = vec![
        Phase { kind: PhaseKind::Preparation, starts_on: day_offset(now, -60)?, ends_on: Some(day_offset(now, -31)?) },
        Phase { kind: PhaseKind::CoCreation, starts_on: day_offset(now, -30)?, ends_on: Some(day_offset(now, 30)?) },
        Phase { kind: PhaseKind::Drafting, starts_on: day_offset(now, 31)?, ends_on: Some(day_offset(now, 60)?) },
    ];
    let input = PlanInput {
        slug: demo.slug.clone(),
        member: demo.member.clone(),
        number: demo.number,
        title: Localized::from_pairs(demo.title.clone()),
        starts_on: Some(date(&demo.starts_on)?),
        ends_on: Some(date(&demo.ends_on)?),
        phases,
    };
    let plan = db.create_plan(&input, now).await.map_err(|e| anyhow!("demo plan {}: {e}", demo.slug))?;
    let mut themes = HashMap::new();
    for t in &demo.themes {
        themes.insert(t.key.clone(), db.create_theme(plan.id, &Localized::from_pairs(t.title.clone())).await?);
    }
    let user = |email: &str| {
        let email = email.to_string();
        async move { db.user_by_email(&email).await?.ok_or_else(|| anyhow!("demo user {email} missing")) }
    };
    let theme_ids: Vec<i64> = themes.values().copied().collect();
    for p in &demo.proposals {
        let theme = themes.get(&p.theme).ok_or_else(|| anyhow!("demo theme {} missing", p.theme))?;
        let input = ContributionInput::proposal(plan.id, &theme.to_string(), &theme_ids, &p.title, &p.body, "")
            .map_err(|e| anyhow!("demo proposal {}: {e}", p.key))?;
        let author = user(&p.author).await?;
        let id = db.add_contribution(&input, author.id, &format!("demo-{}", p.key), false, now).await?;
        for supporter in &p.supporters {
            db.support(id, user(supporter).await?.id, now).await?;
        }
        let proposal = db.contribution(id).await?.ok_or_else(|| anyhow!("demo proposal {} lost", p.key))?;
        for (n, c) in p.comments.iter().enumerate() {
            let input = ContributionInput::comment(&proposal, &c.body, "").map_err(|e| anyhow!("demo comment: {e}"))?;
            db.add_contribution(&input, user(&c.author).await?.id, &format!("demo-{}-{n}", p.key), false, now).await?;
        }
    }
    Ok(themes)
}

pub async fn seed_forum(db: &dyn Database, files: &FileStore, now: i64) -> anyhow::Result<()> {
    let forum: Forum = serde_json::from_str(FORUM).context("demo/forum.json is invalid")?;
    let mut themes: HashMap<String, i64> = HashMap::new();
    for plan in db.list_plans().await? {
        for theme in db.themes_of(plan.id).await? {
            themes.insert(theme.key.clone(), theme.id);
        }
    }
    themes.extend(seed_cocreation_plan(db, &forum.cocreation_plan, now).await?);
    let mut bodies: HashMap<String, i64> = HashMap::new();
    for b in &forum.bodies {
        let input = BodyInput {
            slug: b.slug.clone(),
            kind: BodyKind::parse(&b.kind).map_err(|e| anyhow!("demo body {}: {e}", b.slug))?,
            name: Localized::from_pairs(b.name.clone()),
            parent_id: b.parent.as_ref().and_then(|p| bodies.get(p).copied()),
            theme_ids: b.themes.iter().filter_map(|t| themes.get(t).copied()).collect(),
        };
        let body = db.create_body(&input, now).await.map_err(|e| anyhow!("demo body {}: {e}", b.slug))?;
        bodies.insert(b.slug.clone(), body.id);
    }
    let mut people: HashMap<String, i64> = HashMap::new();
    for p in &forum.people {
        let input = PersonInput { name: p.name.clone(), email: p.email.clone(), email_public: p.public, user_id: None };
        people.insert(p.key.clone(), db.create_person(&input, now).await?.id);
    }
    let lookup = |map: &HashMap<String, i64>, key: &str, what: &str| {
        map.get(key).copied().ok_or_else(|| anyhow!("demo {what} {key} is not defined"))
    };
    for m in &forum.memberships {
        let institution = db
            .institution_by_slug(&m.institution)
            .await?
            .ok_or_else(|| anyhow!("demo institution {} missing", m.institution))?;
        let (role, institution_id, starts_on, ends_on) =
            MembershipInput::parse(&m.seat, &institution.id.to_string(), &m.starts_on, &m.ends_on)
                .map_err(|e| anyhow!("demo membership of {}: {e}", m.person))?;
        let input = MembershipInput {
            person_id: lookup(&people, &m.person, "person")?,
            role,
            institution_id,
            starts_on,
            ends_on,
        };
        db.add_membership(lookup(&bodies, &m.body, "body")?, &input, now)
            .await
            .map_err(|e| anyhow!("demo membership of {} in {}: {e}", m.person, m.body))?;
    }
    let mut meetings: HashMap<String, i64> = HashMap::new();
    for m in &forum.meetings {
        let date = match (&m.date, m.in_days) {
            (Some(date), _) => date.clone(),
            (None, Some(days)) => format_local(now + days * 86_400, ZONE, "%Y-%m-%d"),
            (None, None) => return Err(anyhow!("demo meeting {} has no date", m.key)),
        };
        let form = MeetingForm {
            body_id: lookup(&bodies, &m.body, "body")?.to_string(),
            kind: m.kind.clone(),
            status: String::new(),
            titles: pairs(&m.title),
            start_date: date,
            start_time: m.start.clone(),
            end_date: String::new(),
            end_time: m.end.clone(),
            time_zone: ZONE.into(),
            place: m.place.clone().unwrap_or_default(),
            online_url: m.online_url.clone().unwrap_or_default(),
            agenda: pairs(&m.agenda),
            minutes: pairs(&m.minutes),
            outside: m.outside.iter().map(|(b, n)| (b.clone(), n.to_string())).collect(),
        };
        let input = MeetingInput::parse(&form).map_err(|e| anyhow!("demo meeting {}: {e}", m.key))?;
        let attendees: Vec<i64> =
            m.attendees.iter().map(|a| lookup(&people, a, "person")).collect::<anyhow::Result<_>>()?;
        let id = db.create_meeting(&input, &attendees, now).await?;
        for r in &m.recommendations {
            let mut ids = vec![];
            for code in &r.commitments {
                ids.push(
                    db.commitment_by_code(code).await?.ok_or_else(|| anyhow!("demo commitment {code} missing"))?.id,
                );
            }
            let input = RecommendationInput::parse(&pairs(&r.text), &r.status, &pairs(&r.reason), ids)
                .map_err(|e| anyhow!("demo recommendation of {}: {e}", m.key))?;
            db.add_recommendation(id, &input, now).await?;
        }
        meetings.insert(m.key.clone(), id);
    }
    for d in &forum.documents {
        let kind = DocumentKind::parse(&d.kind).map_err(|e| anyhow!("demo document: {e}"))?;
        let input = DocumentInput {
            kind,
            title: Localized::from_pairs(d.title.clone()),
            language: d.language.clone(),
            published_on: domain::plan::parse_date(&d.date)
                .ok()
                .flatten()
                .ok_or_else(|| anyhow!("demo document date {}", d.date))?,
            meeting_id: d.meeting.as_ref().map(|k| lookup(&meetings, k, "meeting")).transpose()?,
            body_id: d.body.as_ref().map(|k| lookup(&bodies, k, "body")).transpose()?,
        };
        match (&d.file, &d.url) {
            (Some(file), _) => {
                let bytes = file.text.as_bytes().to_vec();
                let checked = check_upload(&file.name, &bytes).map_err(|e| anyhow!("demo file {}: {e}", file.name))?;
                store::files::save_upload(db, files, &input, &checked, bytes, None, now).await?;
            }
            (None, Some(url)) => {
                db.add_document(&input, &DocumentSource::Link { url: url.clone() }, None, now).await?;
            }
            (None, None) => return Err(anyhow!("demo document has neither file nor url")),
        }
    }
    Ok(())
}
