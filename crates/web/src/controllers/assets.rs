use axum::http::header;
use axum::response::IntoResponse;

const STYLESHEET: &str = include_str!("../../static/app.css");

pub async fn stylesheet() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], STYLESHEET)
}

/// Fonts for the scripts a phone may lack: Noto Naskh Arabic (regular and bold) and Noto Sans
/// Tifinagh, subset to their Unicode blocks and compressed as WOFF2 (56 KB, 58 KB and 14 KB,
/// against 176 KB, 181 KB and 39 KB for the TrueType files the PDF embeds), under the SIL Open
/// Font License (`static/fonts/OFL.txt`). The stylesheet declares them with `unicode-range`,
/// so a French page downloads none of them and an Arabic page only the Arabic ones. Their
/// names never change for other contents, so browsers keep them a week.
pub const FONTS: [(&str, &[u8]); 3] = [
    ("NotoNaskhArabic-Regular.woff2", include_bytes!("../../static/fonts/NotoNaskhArabic-Regular.woff2")),
    ("NotoNaskhArabic-Bold.woff2", include_bytes!("../../static/fonts/NotoNaskhArabic-Bold.woff2")),
    ("NotoSansTifinagh-Regular.woff2", include_bytes!("../../static/fonts/NotoSansTifinagh-Regular.woff2")),
];

fn font(index: usize) -> axum::response::Response {
    let bytes: &'static [u8] = FONTS[index].1;
    ([(header::CONTENT_TYPE, "font/woff2"), (header::CACHE_CONTROL, "public, max-age=604800")], bytes).into_response()
}

pub async fn font_naskh_regular() -> axum::response::Response {
    font(0)
}

pub async fn font_naskh_bold() -> axum::response::Response {
    font(1)
}

pub async fn font_tifinagh() -> axum::response::Response {
    font(2)
}

/// The instance's logo or emblem (`[identity] logo_file`); 404 when none is configured. An
/// SVG runs nothing even when opened on its own: its policy allows no script.
pub async fn logo(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
) -> axum::response::Response {
    match &state.config.identity.logo {
        Some(logo) => (
            [
                (header::CONTENT_TYPE, logo.content_type),
                (header::CACHE_CONTROL, "public, max-age=86400"),
                (header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'unsafe-inline'"),
            ],
            axum::body::Bytes::copy_from_slice(&logo.bytes),
        )
            .into_response(),
        None => crate::error::AppError::NotFound.into_response(),
    }
}

const FAVICON: &str = include_str!("../../static/favicon.svg");

/// The portal's icon (a diamond, the brand mark), for browser tabs and home screens.
pub async fn favicon() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "public, max-age=86400")], FAVICON)
}

/// `/favicon.ico`, which browsers ask for on their own: the same icon.
pub async fn favicon_ico() -> impl IntoResponse {
    axum::response::Redirect::permanent("/static/favicon.svg")
}
