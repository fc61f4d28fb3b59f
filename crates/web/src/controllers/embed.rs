//! A commitment's live progress for other sites: an SVG badge (`<img>`) and a small HTML
//! widget (`<iframe>`), in the reader's language. They are the only pages other sites may
//! frame, and they carry no cookies' worth of content: nothing personal, no forms.

use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use domain::commitment::{commitment_progress, Commitment, Milestone};

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::extract::At;
use crate::state::AppState;
use crate::views::percent;
use crate::views::Page;

/// Framing by any site; no script at all; styles and images from Sharaka only.
const EMBED_CSP: &str =
    "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'";

struct Progress {
    commitment: Commitment,
    milestones: Vec<Milestone>,
    percent: Option<u8>,
    late: usize,
    done: usize,
}

async fn progress_of(state: &AppState, commitment: Commitment) -> AppResult<Progress> {
    let milestones = state.db.milestones_of(commitment.id).await?;
    let today = state.clock.now().date();
    Ok(Progress {
        percent: percent(commitment_progress(&milestones)),
        late: milestones.iter().filter(|m| m.is_late(today)).count(),
        done: milestones.iter().filter(|m| m.status == domain::commitment::MilestoneStatus::Completed).count(),
        commitment,
        milestones,
    })
}

fn embeddable(mut response: Response, content_type: &'static str) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(EMBED_CSP));
    // Progress changes slowly; a few minutes of caching spares the server on busy sites.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    response
}

#[derive(Template)]
#[template(path = "embed/commitment.html")]
struct WidgetView {
    page: Page,
    title: domain::Localized,
    code: String,
    href: String,
    percent: Option<u8>,
    late: usize,
    done: usize,
    total: usize,
}

impl WidgetView {
    fn has_late(&self) -> bool {
        self.late > 0
    }
    fn milestones_done(&self) -> String {
        let (done, total) = (self.done.to_string(), self.total.to_string());
        self.page.i18n.t_args(
            self.page.locale,
            "embed-milestones-done",
            &[("done", done.as_str()), ("total", total.as_str())],
        )
    }
}

/// `/{lang}/embed/commitments/{code}`: the widget.
pub async fn widget(State(state): State<AppState>, ctx: Ctx, At(commitment): At<Commitment>) -> AppResult<Response> {
    let p = progress_of(&state, commitment).await?;
    let page = Page::new(&state, &ctx, "embed-title");
    let href = format!(
        "{}/{}/commitments/{}",
        state.config.base_url.trim_end_matches('/'),
        ctx.locale.code(),
        p.commitment.code
    );
    let view = WidgetView {
        title: p.commitment.text("title"),
        code: p.commitment.code.clone(),
        href,
        percent: p.percent,
        late: p.late,
        done: p.done,
        total: p.milestones.len(),
        page,
    };
    let html = view.render().map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(embeddable(html.into_response(), "text/html; charset=utf-8"))
}

/// `/{lang}/embed/commitments/{code}/badge.svg`: "MO0012 | 45 %", coloured by progress.
pub async fn badge(State(state): State<AppState>, ctx: Ctx, At(commitment): At<Commitment>) -> AppResult<Response> {
    let p = progress_of(&state, commitment).await?;
    let page = Page::new(&state, &ctx, "embed-title");
    let value = match p.percent {
        Some(percent) => page.t1("progress-percent", "percent", &percent.to_string()),
        None => page.t("embed-no-progress"),
    };
    let value = if p.late > 0 {
        format!("{value} · {}", page.t1("milestones-late", "count", &p.late.to_string()))
    } else {
        value
    };
    let svg = badge_svg(&p.commitment.code, &value, p.percent, p.late > 0, page.lang(), page.dir() == "rtl");
    Ok(embeddable(svg.into_response(), "image/svg+xml; charset=utf-8"))
}

/// A two-part badge. Widths are estimated from the number of characters (no font metrics
/// on the server); the text is centred in each part, so small errors only change margins.
pub fn badge_svg(code: &str, value: &str, percent: Option<u8>, late: bool, lang: &str, rtl: bool) -> String {
    let width_of = |text: &str| 12 + 7 * text.chars().count();
    let (left, right) = (width_of(code), width_of(value));
    let colour = match (percent, late) {
        (_, true) => "#9a4d00",
        (Some(p), false) if p >= 100 => "#0b6e4f",
        (Some(_), false) => "#1d5c8f",
        (None, false) => "#5f6b66",
    };
    let (code, value) = (crate::charts::esc(code), crate::charts::esc(value));
    let total = left + right;
    // In right-to-left languages the value comes first, on the right, as a reader expects.
    let (code_x, value_x) = if rtl { (right + left / 2, right / 2) } else { (left / 2, left + right / 2) };
    let (code_rect, value_rect) = if rtl { (right, 0) } else { (0, left) };
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{total}" height="22" role="img" aria-label="{code}: {value}" lang="{lang}">
<title>{code}: {value}</title>
<rect x="{code_rect}" width="{left}" height="22" fill="#333f3a"/>
<rect x="{value_rect}" width="{right}" height="22" fill="{colour}"/>
<g fill="#fff" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif" font-size="12" text-anchor="middle">
<text x="{code_x}" y="15" direction="ltr">{code}</text>
<text x="{value_x}" y="15"{dir}>{value}</text>
</g>
</svg>
"##,
        dir = if rtl { r#" direction="rtl""# } else { "" },
    )
}
