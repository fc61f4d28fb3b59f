//! What every page template gets: the [`Page`] (locale, translations, user, CSRF token) and
//! helpers to show multilingual content honestly.

use std::sync::Arc;

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use domain::permissions::{can, Action};
use domain::validation::ValidationErrors;
use domain::{Locale, Localized};

use crate::auth::CurrentUser;
use crate::context::Ctx;
use crate::csrf;
use crate::error::{AppError, AppResult};
use crate::i18n::I18n;
use crate::state::AppState;

/// Notices a redirect may ask a page to show (`?notice=…`); anything else is ignored.
const NOTICES: &[&str] = &[
    "saved",
    "created",
    "signed-out",
    "role-granted",
    "role-revoked",
    "password-changed",
    "flagged",
    "pending",
    "published",
    "adopted",
    "submitted-for-review",
    "token-created",
    "following",
    "deleted",
    "checks-off",
    "merged",
];

/// The titles of the repository documents given as evidence, so a reader sees "Minutes of
/// the 3 June workshop", not "Document no. 1".
#[derive(Default)]
pub struct EvidenceNames(std::collections::HashMap<i64, String>);

impl EvidenceNames {
    pub async fn load<'a>(
        state: &AppState,
        page: &Page,
        evidence: impl Iterator<Item = &'a domain::implementation::Evidence>,
    ) -> Result<EvidenceNames, store::StoreError> {
        let mut names = std::collections::HashMap::new();
        for e in evidence {
            if let domain::implementation::Evidence::Document { document_id } = e {
                if names.contains_key(document_id) {
                    continue;
                }
                if let Some(document) = state.db.document(*document_id).await? {
                    names.insert(*document_id, page.plain(&document.title));
                }
            }
        }
        Ok(EvidenceNames(names))
    }
    pub fn label(&self, page: &Page, evidence: &domain::implementation::Evidence) -> String {
        match evidence {
            domain::implementation::Evidence::Document { document_id } => {
                self.0.get(document_id).cloned().unwrap_or_else(|| page.evidence_label(evidence))
            }
            domain::implementation::Evidence::Link { url } => url.clone(),
        }
    }
}

pub struct PortalFreshness {
    pub code: &'static str,
    pub label: String,
    pub detail: String,
}

pub struct Page {
    pub locale: Locale,
    pub i18n: Arc<I18n>,
    pub user: Option<CurrentUser>,
    pub csrf_token: String,
    /// Current path without locale prefix, for the language switcher.
    pub path: String,
    pub title: String,
    pub default_locale: Locale,
    pub show_admin: bool,
    pub notice: Option<String>,
    /// The instance's IANA time zone: every time on a page is shown in it, without its name.
    pub time_zone: String,
    /// Rules of the instance that error messages quote (`{ $days }`: the shortest consultation).
    pub consultation_min_days: i64,
    /// Who issues the portal, in the reader's language, when configured: under the name.
    pub authority: Option<String>,
    /// Whether the instance has a logo or emblem (`/static/logo`).
    pub has_logo: bool,
}

/// A multilingual text resolved for display.
pub struct Shown {
    pub text: String,
    pub lang: &'static str,
    pub dir: &'static str,
    pub fallback: bool,
    /// "Not yet translated", written in the reader's language.
    pub note: String,
}

impl Shown {
    /// The text as Markdown rendered to safe HTML, for long texts written by staff.
    pub fn markdown(&self) -> String {
        domain::markdown::to_html(&self.text)
    }
}

pub struct LangLink {
    pub locale: Locale,
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

impl LangLink {
    /// The text of `value` in this link's language, if written.
    pub fn text_of(&self, value: &Localized) -> Option<String> {
        value.get(self.locale).map(str::to_string)
    }
}

impl Page {
    pub fn new(state: &AppState, ctx: &Ctx, title_id: &str) -> Page {
        let notice = ctx
            .path
            .split_once('?')
            .and_then(|(_, q)| url::form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == "notice"))
            .map(|(_, v)| v.into_owned())
            .filter(|n| NOTICES.contains(&n.as_str()))
            .map(|n| state.i18n.t(ctx.locale, &format!("notice-{n}")));
        Page {
            locale: ctx.locale,
            i18n: state.i18n.clone(),
            user: ctx.user.clone(),
            csrf_token: csrf::form_token(&state.csrf_secret, &ctx.csrf_key()),
            path: ctx.path.clone(),
            title: state.i18n.t(ctx.locale, title_id),
            default_locale: state.config.default_locale,
            show_admin: can(&ctx.principal, Action::AccessBackOffice),
            notice,
            time_zone: state.config.time_zone.clone(),
            consultation_min_days: state.config.consultation_min_days,
            authority: state.config.identity.authority.get(&ctx.locale).cloned(),
            has_logo: state.config.identity.logo.is_some(),
        }
    }

    /// Replaces the title with already-resolved text (e.g. an institution's name).
    pub fn titled(mut self, title: impl Into<String>) -> Page {
        self.title = title.into();
        self
    }

    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }
    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }
    pub fn t(&self, id: &str) -> String {
        self.i18n.t(self.locale, id)
    }
    pub fn t1(&self, id: &str, name: &str, value: &str) -> String {
        self.i18n.t_args(self.locale, id, &[(name, value)])
    }
    pub fn t2(&self, id: &str, name: &str, value: &str, name2: &str, value2: &str) -> String {
        self.i18n.t_args(self.locale, id, &[(name, value), (name2, value2)])
    }
    /// A writing system by its Unicode name (`Cyrillic`), in the reader's language when the
    /// portal has it (`script-cyrillic`), else as Unicode names it.
    pub fn script_name(&self, unicode_name: &str) -> String {
        let id = format!("script-{}", unicode_name.to_lowercase().replace(' ', "-"));
        if self.i18n.has(self.locale, &id) {
            self.t(&id)
        } else {
            unicode_name.to_string()
        }
    }
    pub fn href(&self, path: &str) -> String {
        format!("/{}{}", self.locale.code(), path)
    }
    /// The sign-in page, returning here afterwards (the sign-in and registration pages keep the
    /// `next` they already carry).
    pub fn sign_in_href(&self) -> String {
        self.account_href("/login")
    }
    /// The registration page, returning here after verification.
    pub fn register_href(&self) -> String {
        self.account_href("/register")
    }
    fn account_href(&self, page: &str) -> String {
        let here = switcher_path(&self.path);
        let own = ["/login", "/register", "/verify", "/password", "/logout"];
        let next = if own.iter().any(|p| here.starts_with(p)) {
            url::form_urlencoded::parse(here.split_once('?').map(|(_, q)| q).unwrap_or_default().as_bytes())
                .find(|(k, _)| k == "next")
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default()
        } else if here == "/" {
            String::new()
        } else {
            here
        };
        format!("{}{}", self.href(page), crate::controllers::accounts::next_query(&next))
    }
    /// Sign-in returning to `path` (a path without the language prefix, as `/proposals/1`).
    pub fn sign_in_to(&self, path: &str) -> String {
        format!("{}{}", self.href("/login"), crate::controllers::accounts::next_query(path))
    }
    pub fn locales(&self) -> Vec<LangLink> {
        let path = switcher_path(&self.path);
        Locale::ALL
            .into_iter()
            .map(|l| LangLink {
                locale: l,
                code: l.code(),
                name: l.native_name(),
                href: format!("/{}{}", l.code(), path),
                current: l == self.locale,
            })
            .collect()
    }
    pub fn text(&self, value: &Localized) -> Shown {
        match value.resolve(self.locale, self.default_locale) {
            Some(r) => Shown {
                text: unbroken_ranges(r.text),
                lang: r.locale.code(),
                dir: r.locale.dir(),
                fallback: r.fallback,
                // "معروضة بالإنجليزية", not "بـEnglish": the language named in the reader's words.
                note: self.t(&format!("untranslated-{}", r.locale.code())),
            },
            None => Shown {
                text: self.t("no-text"),
                lang: self.locale.code(),
                dir: self.locale.dir(),
                fallback: false,
                note: String::new(),
            },
        }
    }
    /// Who issues the portal, in the reader's language: the configured authority, else the
    /// generic "authority in charge" (legal pages, the printed plan's cover).
    pub fn authority_or_default(&self) -> String {
        self.authority.clone().unwrap_or_else(|| self.t("identity-authority-default"))
    }
    /// An OGP member as the reader names it ("المغرب", "Maroc"): OGP's data names members in
    /// English, and a member with a `member-…` message is shown in the reader's language.
    pub fn member_name(&self, member: &str) -> String {
        let id = format!(
            "member-{}",
            member
                .trim()
                .to_lowercase()
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                .collect::<String>()
        );
        if self.i18n.has(self.locale, &id) {
            self.t(&id)
        } else {
            member.to_string()
        }
    }
    /// A language code in the reader's words ("arabe", "الفرنسية"); the code itself when the
    /// portal has no name for it (documents stored before the list existed).
    pub fn language_name(&self, code: &str) -> String {
        if domain::documents::DOCUMENT_LANGUAGES.contains(&code) {
            self.t(&format!("language-name-{code}"))
        } else {
            code.to_string()
        }
    }
    /// Plain text of a multilingual value, for titles.
    pub fn plain(&self, value: &Localized) -> String {
        self.text(value).text
    }
    pub fn field_error(&self, errors: &ValidationErrors, field: &str) -> Option<String> {
        errors.for_field(field).map(|code| self.error_text(code))
    }
    pub fn error_text(&self, code: &str) -> String {
        let days = self.consultation_min_days.to_string();
        self.i18n.t_args(self.locale, &format!("error-{code}"), &[("days", days.as_str())])
    }
    pub fn branch(&self, code: &str) -> String {
        self.t(&format!("branch-{code}"))
    }
    pub fn role(&self, code: &str) -> String {
        self.t(&format!("role-{code}"))
    }
    /// A date written for the reader ("31 janvier 2024", "31 يناير 2024").
    pub fn date(&self, date: &Option<time::Date>) -> String {
        match date {
            Some(d) => format!("{} {} {}", d.day(), self.t(&format!("month-{}", u8::from(d.month()))), d.year()),
            None => self.t("date-unknown"),
        }
    }
    /// A month written for the reader ("janvier 2024"), for a chart's time axis.
    pub fn month(&self, date: &time::Date) -> String {
        format!("{} {}", self.t(&format!("month-{}", u8::from(date.month()))), date.year())
    }
    pub fn day(&self, date: &time::Date) -> String {
        self.date(&Some(*date))
    }
    pub fn day_iso(&self, date: &time::Date) -> String {
        self.iso(&Some(*date))
    }
    /// The machine-readable form for `<time datetime>`.
    pub fn iso(&self, date: &Option<time::Date>) -> String {
        iso_date(*date)
    }
    /// Where a piece of evidence is read: the repository document's file, or the link.
    pub fn evidence_href(&self, evidence: &domain::implementation::Evidence) -> String {
        match evidence {
            domain::implementation::Evidence::Document { document_id } => format!("/documents/{document_id}/file"),
            domain::implementation::Evidence::Link { url } => url.clone(),
        }
    }
    pub fn evidence_label(&self, evidence: &domain::implementation::Evidence) -> String {
        match evidence {
            domain::implementation::Evidence::Document { document_id } => {
                self.t1("evidence-document", "id", &document_id.to_string())
            }
            domain::implementation::Evidence::Link { url } => url.clone(),
        }
    }
    /// A linked portal's state for the public: a class code, a word, and what it rests on
    /// ("newest feed entry 3 Nov 2026 · checked 27 Nov 2026", or why it could not be read).
    pub fn portal_freshness(&self, portal: &domain::portal::Portal, today: &time::Date) -> PortalFreshness {
        use domain::portal::Freshness;
        let freshness = portal.freshness(*today);
        let mut detail = vec![];
        if let Some(check) = &portal.last_check {
            if let Some(newest) = check.newest_entry_on {
                detail.push(self.t1("portal-newest-entry", "date", &self.day(&newest)));
            }
            if let Freshness::Stale { days: Some(days) } = freshness {
                detail.push(self.t1("portal-stale-days", "days", &days.to_string()));
            }
            if let Some(problem) = &check.problem {
                detail.push(self.label("portal-problem", problem));
            }
            if let Ok(at) = time::OffsetDateTime::from_unix_timestamp(check.checked_at) {
                detail.push(self.t1("portal-checked-on", "date", &self.day(&at.date())));
            }
        }
        PortalFreshness {
            code: freshness.code(),
            label: self.label("portal-state", freshness.code()),
            detail: detail.join(" · "),
        }
    }
    pub fn label(&self, prefix: &str, code: &str) -> String {
        self.t(&format!("{prefix}-{code}"))
    }
    /// When a meeting takes place, in its own time zone: "10 juin 2026, 09:30–12:00".
    /// When something happened (a revision, a comment, a freeze), in the instance's time zone,
    /// in the reader's words: "18 octobre 2020, 10:00". Never "UTC" nor the zone's name.
    pub fn when(&self, unix: &i64) -> String {
        let local = domain::forum::format_local(*unix, &self.time_zone, "%Y-%m-%d %H:%M");
        let Some((day, hm)) = local.split_once(' ') else { return String::new() };
        match time::Date::parse(day, time::macros::format_description!("[year]-[month]-[day]")) {
            Ok(date) => {
                format!("{}، {hm}", self.day(&date)).replace('،', if self.locale == Locale::Ar { "،" } else { "," })
            }
            Err(_) => String::new(),
        }
    }
    pub fn meeting_when(&self, meeting: &domain::forum::Meeting) -> String {
        use domain::forum::format_local;
        let zone = &meeting.time_zone;
        let day = |t: i64| {
            let iso = format_local(t, zone, "%Y-%m-%d");
            domain::plan::parse_date(&iso).ok().flatten().map(|d| self.day(&d)).unwrap_or(iso)
        };
        let (start_day, end_day) = (day(meeting.starts_at), day(meeting.ends_at));
        let (start, end) =
            (format_local(meeting.starts_at, zone, "%H:%M"), format_local(meeting.ends_at, zone, "%H:%M"));
        if start_day == end_day {
            let comma = if self.locale.dir() == "rtl" { "،" } else { "," };
            format!("{start_day}{comma} {start}–{end}")
        } else {
            format!("{start_day} {start} – {end_day} {end}")
        }
    }
    /// What a meeting's time is counted in, when it is not the instance's own zone (a meeting
    /// abroad): "heure locale : Paris". Empty for the instance's zone, which every other time
    /// on the portal uses too, so a reader never meets "UTC" or "Africa/Casablanca".
    pub fn zone_note(&self, zone: &str) -> String {
        if zone == self.time_zone {
            return String::new();
        }
        let place = zone.rsplit('/').next().unwrap_or(zone).replace('_', " ");
        self.t1("meeting-local-time", "place", &place)
    }
    /// The machine-readable start of a meeting, for `<time datetime>`.
    pub fn meeting_iso(&self, meeting: &domain::forum::Meeting) -> String {
        domain::forum::format_local(meeting.starts_at, &meeting.time_zone, "%Y-%m-%dT%H:%M%:z")
    }
    /// A file size for people: "340 KB", "2.1 MB".
    pub fn file_size(&self, bytes: &i64) -> String {
        let bytes = *bytes as f64;
        if bytes < 1024.0 * 1024.0 {
            format!("{} KB", (bytes / 1024.0).ceil() as i64)
        } else {
            format!("{:.1} MB", bytes / 1024.0 / 1024.0)
        }
    }
}

/// The current address without the query parameters that must not be replayed in another
/// language (one-time tokens, notices); `next` and future filters are kept.
fn switcher_path(path: &str) -> String {
    let Some((base, query)) = path.split_once('?') else {
        return path.to_string();
    };
    let kept: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .filter(|(k, _)| k != "token" && k != "notice")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", url::form_urlencoded::Serializer::new(String::new()).extend_pairs(kept).finish())
    }
}

/// A date as `YYYY-MM-DD` (for `<time datetime>` and date inputs); empty when unknown.
pub fn iso_date(date: Option<time::Date>) -> String {
    date.map(|d| format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())).unwrap_or_default()
}

/// Renders a template into an HTML response.
pub fn render(template: &impl Template) -> AppResult<Response> {
    Ok(Html(template.render()?).into_response())
}

/// Renders a template with a status (e.g. 422 for a form with errors).
pub fn render_status(status: StatusCode, template: &impl Template) -> AppResult<Response> {
    Ok((status, Html(template.render()?)).into_response())
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorView<'a> {
    page: Page,
    status: u16,
    message: &'a str,
    unknown_locale: bool,
}

pub fn error_page(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    title: &str,
    message: &str,
    err: &AppError,
) -> Result<Html<String>, askama::Error> {
    let page = Page::new(state, ctx, "site-name").titled(title);
    let view =
        ErrorView { page, status: status.as_u16(), message, unknown_locale: matches!(err, AppError::UnknownLocale(_)) };
    view.render().map(Html)
}

/// A simple page with a title, a message and an optional link (outcomes of account actions).
#[derive(Template)]
#[template(path = "message.html")]
pub struct MessageView {
    pub page: Page,
    pub message: String,
    pub link: Option<(String, String)>,
}

impl MessageView {
    pub fn new(state: &AppState, ctx: &Ctx, title_id: &str, message_id: &str) -> MessageView {
        let page = Page::new(state, ctx, title_id);
        let message = page.t(message_id);
        MessageView { page, message, link: None }
    }
    pub fn with_link(mut self, href: String, label_id: &str) -> MessageView {
        self.link = Some((href, self.page.t(label_id)));
        self
    }
}

/// "2021–2023" kept on one line: a word joiner (U+2060) on each side of a dash between digits,
/// so a title on a phone does not end a line with "(2021–" (seen at 375 px in Arabic). The
/// characters read and copy the same.
pub fn unbroken_ranges(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, c) in chars.iter().enumerate() {
        let between_digits = matches!(c, '–' | '-')
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if between_digits && *c == '–' {
            out.push('\u{2060}');
            out.push(*c);
            out.push('\u{2060}');
        } else {
            out.push(*c);
        }
    }
    out
}

/// A percentage for display, rounded to a whole number.
pub(crate) fn percent(value: Option<f64>) -> Option<u8> {
    value.map(|v| v.round().clamp(0.0, 100.0) as u8)
}

#[cfg(test)]
mod range_tests {
    #[test]
    fn year_ranges_stay_on_one_line() {
        assert_eq!(super::unbroken_ranges("Plan (2021–2023)"), "Plan (2021\u{2060}–\u{2060}2023)");
        assert_eq!(super::unbroken_ranges("MO-0050 – suite"), "MO-0050 – suite");
    }
}
