//! The meetings as an iCalendar feed (RFC 5545), for calendar applications.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::forum::Meeting;

use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;

/// `GET /{locale}/meetings.ics`: every meeting, titles in the requested language.
pub async fn feed(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let meetings = state.db.list_meetings().await?;
    let host = state.config.base_url.split("://").nth(1).unwrap_or("sharaka").split('/').next().unwrap_or("sharaka");
    let name = state.i18n.t(ctx.locale, "meetings-feed-name");
    let stamp = domain::forum::format_local(state.now(), "UTC", "%Y%m%dT%H%M%SZ");
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Sharaka//Open Government Forum//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape(&name)),
    ];
    for m in &meetings {
        lines.extend(event(&state, &ctx, m, host, &stamp));
    }
    lines.push("END:VCALENDAR".to_string());
    let body: String = lines.iter().map(|l| fold(l)).collect();
    Ok(([(header::CONTENT_TYPE, "text/calendar; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=300")], body)
        .into_response())
}

fn event(state: &AppState, ctx: &Ctx, m: &Meeting, host: &str, stamp: &str) -> Vec<String> {
    let text = |value: &domain::Localized| {
        value.resolve(ctx.locale, state.config.default_locale).map(|r| r.text.to_string()).unwrap_or_default()
    };
    let utc = |t: i64| domain::forum::format_local(t, "UTC", "%Y%m%dT%H%M%SZ");
    let url = format!("{}/{}/meetings/{}", state.config.base_url, ctx.locale.code(), m.id);
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:meeting-{}@{host}", m.id),
        format!("DTSTAMP:{stamp}"),
        // Times in UTC: exact for every client without shipping VTIMEZONE rules.
        format!("DTSTART:{}", utc(m.starts_at)),
        format!("DTEND:{}", utc(m.ends_at)),
        format!("SUMMARY:{}", escape(&text(&m.title))),
        // Calendar applications strike a cancelled event through rather than drop it.
        format!(
            "STATUS:{}",
            if m.status == domain::forum::MeetingStatus::Cancelled { "CANCELLED" } else { "CONFIRMED" }
        ),
        format!("CATEGORIES:{}", escape(&state.i18n.t(ctx.locale, &format!("meeting-kind-{}", m.kind.code())))),
        format!("URL:{url}"),
    ];
    let agenda = text(&m.agenda);
    if !agenda.is_empty() {
        lines.push(format!("DESCRIPTION:{}", escape(&agenda)));
    }
    if let Some(place) = m.place.as_ref().or(m.online_url.as_ref()) {
        lines.push(format!("LOCATION:{}", escape(place)));
    }
    if let Some(link) = &m.online_url {
        // RFC 7986: how to join online.
        lines.push(format!("CONFERENCE;VALUE=URI;FEATURE=VIDEO:{link}"));
    }
    lines.push("END:VEVENT".to_string());
    lines
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_arabic_lines_fold_on_character_boundaries() {
        let line = format!("SUMMARY:{}", "ورشة العمل حول الميزانية المفتوحة ".repeat(5));
        let folded = super::fold(&line);
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        assert_eq!(folded.replace("\r\n ", "").strip_suffix("\r\n"), Some(line.as_str()));
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(super::escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }
}
