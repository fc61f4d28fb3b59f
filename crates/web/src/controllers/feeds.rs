//! Atom feeds under `/feeds/`: meetings, consultations, each plan's and each commitment's
//! implementation news. The language is the reader's (or `?lang=`), as for pages.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::commitment::Commitment;
use domain::implementation::ProgressUpdate;
use domain::Locale;
use serde::Deserialize;

use crate::atom::{Entry, Feed};
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::{At, Atom};
use crate::forms::Query;
use crate::state::AppState;

/// How many entries a feed carries: the newest.
const ENTRIES: usize = 50;

#[derive(Deserialize, Default)]
pub struct Language {
    #[serde(default)]
    lang: Option<String>,
}

fn locale(ctx: &Ctx, language: &Language) -> AppResult<Locale> {
    match &language.lang {
        None => Ok(ctx.locale),
        Some(code) => code.parse().map_err(|_| AppError::UnknownLocale(code.clone())),
    }
}

struct Texts<'a> {
    state: &'a AppState,
    locale: Locale,
}

impl Texts<'_> {
    fn t(&self, id: &str) -> String {
        self.state.i18n.t(self.locale, id)
    }
    fn t1(&self, id: &str, name: &str, value: &str) -> String {
        self.state.i18n.t_args(self.locale, id, &[(name, value)])
    }
    fn plain(&self, text: &domain::Localized) -> String {
        text.resolve(self.locale, self.state.config.default_locale).map(|r| r.text.to_string()).unwrap_or_default()
    }
    fn url(&self, path: &str) -> String {
        format!("{}/{}{path}", self.state.config.base_url, self.locale.code())
    }
}

fn atom(feed: Feed) -> Response {
    ([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], feed.render()).into_response()
}

fn newest(mut entries: Vec<Entry>) -> Vec<Entry> {
    entries.sort_by(|a, b| b.updated.cmp(&a.updated).then(b.id.cmp(&a.id)));
    entries.truncate(ENTRIES);
    entries
}

/// `/feeds/meetings.atom`: forum meetings, newest first.
pub async fn meetings(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(language): Query<Language>,
) -> AppResult<Response> {
    let texts = Texts { state: &state, locale: locale(&ctx, &language)? };
    let entries = state
        .db
        .list_meetings()
        .await?
        .into_iter()
        .map(|m| {
            let mut title = texts.plain(&m.title);
            if m.status == domain::forum::MeetingStatus::Cancelled {
                title = format!("{title} — {}", texts.t("meeting-status-cancelled"));
            }
            Entry {
                id: format!("{}/meetings/{}", state.config.base_url, m.id),
                title,
                updated: m.starts_at,
                link: texts.url(&format!("/meetings/{}", m.id)),
                summary: domain::forum::format_local(m.starts_at, &m.time_zone, "%Y-%m-%d %H:%M"),
            }
        })
        .collect();
    Ok(atom(Feed {
        id: format!("{}/feeds/meetings.atom", state.config.base_url),
        title: texts.t("feed-meetings"),
        self_url: format!("{}/feeds/meetings.atom", state.config.base_url),
        alternate: texts.url("/meetings"),
        lang: texts.locale.code(),
        entries: newest(entries),
    }))
}

/// `/feeds/consultations.atom`: every public consultation opened, with its dates.
pub async fn consultations(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(language): Query<Language>,
) -> AppResult<Response> {
    let texts = Texts { state: &state, locale: locale(&ctx, &language)? };
    let mut entries = vec![];
    for plan in state.db.list_plans().await? {
        for c in state.db.consultations_of_plan(plan.id).await? {
            entries.push(Entry {
                id: format!("{}/consultations/{}", state.config.base_url, c.id),
                title: format!("{} · {}", texts.t("consultation-title"), texts.plain(&plan.title)),
                updated: c.frozen_at,
                link: texts.url(&format!("/consultations/{}", c.id)),
                summary: format!("{} – {}", c.opens_on, c.closes_on),
            });
        }
    }
    Ok(atom(Feed {
        id: format!("{}/feeds/consultations.atom", state.config.base_url),
        title: texts.t("feed-consultations"),
        self_url: format!("{}/feeds/consultations.atom", state.config.base_url),
        alternate: texts.url("/plans"),
        lang: texts.locale.code(),
        entries: newest(entries),
    }))
}

fn progress_entry(texts: &Texts<'_>, commitment: &Commitment, update: &ProgressUpdate) -> Entry {
    Entry {
        id: format!("{}/progress/{}", texts.state.config.base_url, update.id),
        title: format!(
            "{} · {} · {}",
            commitment.code,
            texts.t(&format!("milestone-status-{}", update.status.code())),
            texts.t1("progress-percent", "percent", &update.percent.to_string())
        ),
        updated: update.created_at,
        link: texts.url(&format!("/commitments/{}#progress-reports", commitment.code)),
        summary: texts.plain(&update.narrative),
    }
}

/// `/feeds/plans/{plan}.atom`: a plan's implementation news (progress reports, its
/// consultations and its adoption).
pub async fn plan(
    State(state): State<AppState>,
    ctx: Ctx,
    At(Atom(plan)): At<Atom<domain::plan::Plan>>,
    Query(language): Query<Language>,
) -> AppResult<Response> {
    let texts = Texts { state: &state, locale: locale(&ctx, &language)? };
    let commitments = state.db.commitments_of_plan(plan.id).await?;
    let milestones = state.db.milestones_of_plan(plan.id).await?;
    let mut entries = vec![];
    for update in state.db.published_progress_of_plan(plan.id).await? {
        let commitment = milestones
            .iter()
            .find(|m| m.id == update.milestone_id)
            .and_then(|m| commitments.iter().find(|c| c.id == m.commitment_id));
        if let Some(commitment) = commitment {
            entries.push(progress_entry(&texts, commitment, &update));
        }
    }
    for c in state.db.consultations_of_plan(plan.id).await? {
        entries.push(Entry {
            id: format!("{}/consultations/{}", state.config.base_url, c.id),
            title: texts.t("consultation-title"),
            updated: c.frozen_at,
            link: texts.url(&format!("/consultations/{}", c.id)),
            summary: format!("{} – {}", c.opens_on, c.closes_on),
        });
    }
    if let Some(adoption) = state.db.adoption(plan.id).await? {
        entries.push(Entry {
            id: format!("{}/plans/{}/adoption", state.config.base_url, plan.id),
            title: texts.t("adoption-heading"),
            updated: adoption.adopted_at,
            link: texts.url(&format!("/plans/{}", plan.slug)),
            summary: adoption.override_reason.unwrap_or_default(),
        });
    }
    Ok(atom(Feed {
        id: format!("{}/feeds/plans/{}.atom", state.config.base_url, plan.slug),
        title: texts.plain(&plan.title),
        self_url: format!("{}/feeds/plans/{}.atom", state.config.base_url, plan.slug),
        alternate: texts.url(&format!("/plans/{}", plan.slug)),
        lang: texts.locale.code(),
        entries: newest(entries),
    }))
}

/// `/feeds/commitments/{code}.atom`: a commitment's progress reports and assessments.
pub async fn commitment(
    State(state): State<AppState>,
    ctx: Ctx,
    At(Atom(commitment)): At<Atom<Commitment>>,
    Query(language): Query<Language>,
) -> AppResult<Response> {
    let texts = Texts { state: &state, locale: locale(&ctx, &language)? };
    let mut entries = vec![];
    for update in state.db.published_progress_of_commitment(commitment.id).await? {
        entries.push(progress_entry(&texts, &commitment, &update));
    }
    for a in state.db.assessments_of(commitment.id).await? {
        let completion = a.completion().map(|l| texts.t(&domain::implementation::level_id(l))).unwrap_or_default();
        entries.push(Entry {
            id: format!("{}/assessments/{}", state.config.base_url, a.id),
            title: format!("{} · {}", commitment.code, texts.t("dashboard-irm")),
            updated: a.assessed_on.midnight().assume_utc().unix_timestamp(),
            link: texts.url(&format!("/commitments/{}#assessment", commitment.code)),
            summary: completion,
        });
    }
    Ok(atom(Feed {
        id: format!("{}/feeds/commitments/{}.atom", state.config.base_url, commitment.code),
        title: format!("{} · {}", commitment.code, texts.plain(&commitment.text("title"))),
        self_url: format!("{}/feeds/commitments/{}.atom", state.config.base_url, commitment.code),
        alternate: texts.url(&format!("/commitments/{}", commitment.code)),
        lang: texts.locale.code(),
        entries: newest(entries),
    }))
}

/// `/feeds/news.atom`: the news, newest first (posts dated in the future wait).
pub async fn news(State(state): State<AppState>, ctx: Ctx, Query(language): Query<Language>) -> AppResult<Response> {
    let texts = Texts { state: &state, locale: locale(&ctx, &language)? };
    let today = state.clock.now().date();
    let entries = state
        .db
        .list_news()
        .await?
        .into_iter()
        .filter(|n| n.published_on <= today)
        .map(|n| Entry {
            id: format!("{}/news/{}", state.config.base_url, n.id),
            title: texts.plain(&n.title),
            updated: n.published_on.midnight().assume_utc().unix_timestamp(),
            link: texts.url(&format!("/news/{}", n.id)),
            summary: texts.plain(&n.body).chars().take(500).collect(),
        })
        .collect();
    Ok(atom(Feed {
        id: format!("{}/feeds/news.atom", state.config.base_url),
        title: texts.t("news-title"),
        self_url: format!("{}/feeds/news.atom", state.config.base_url),
        alternate: texts.url("/news"),
        lang: texts.locale.code(),
        entries: newest(entries),
    }))
}
