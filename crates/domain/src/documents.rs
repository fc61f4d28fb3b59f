//! The document repository: what a document is, and which uploaded bytes are accepted.
//!
//! The type of an upload is decided from its bytes, never from the name or the browser's
//! claim; the name's extension must agree with it, and executables are refused outright.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::forum::vocabulary;
use crate::validation::ValidationErrors;
use crate::Localized;

vocabulary!(
    DocumentKind, "document-kind-invalid", {
        ActionPlan => "action-plan",
        Minutes => "minutes",
        SelfAssessment => "self-assessment",
        ReviewReport => "review-report",
        Evidence => "evidence",
        RulesOfParticipation => "rules-of-participation",
    }
);

/// Largest upload accepted, in bytes.
/// The languages a document can be in, chosen from a list (free text let "klingon" through):
/// the portal's four, Moroccan Arabic (Darija, `ary`), Spanish, and `mul` for a document in
/// several languages. BCP 47 codes, so `<span lang>` reads them.
pub const DOCUMENT_LANGUAGES: [&str; 7] = ["ar", "fr", "zgh", "en", "ary", "es", "mul"];

pub const MAX_UPLOAD_BYTES: usize = 20 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: i64,
    pub kind: DocumentKind,
    pub title: Localized,
    /// Language of the document's content (a locale code or another BCP 47 tag).
    pub language: String,
    pub published_on: Date,
    pub source: DocumentSource,
    pub meeting_id: Option<i64>,
    pub body_id: Option<i64>,
    /// Set when the secretariat withdrew the document: the public reason. The record stays
    /// listed as a tombstone; the file is no longer served.
    pub withdrawn: Option<Localized>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum DocumentSource {
    File(StoredFile),
    Link { url: String },
}

/// An uploaded file as kept in the object store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredFile {
    pub object_key: String,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    /// SHA-256 of the bytes, hex encoded.
    pub sha256: String,
}

/// The described part of a document, shared by uploads and links.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentInput {
    pub kind: DocumentKind,
    pub title: Localized,
    pub language: String,
    pub published_on: Date,
    pub meeting_id: Option<i64>,
    pub body_id: Option<i64>,
}

impl DocumentInput {
    pub fn parse(
        kind: &str,
        titles: &[(crate::Locale, String)],
        language: &str,
        published_on: &str,
        meeting_id: &str,
        body_id: &str,
    ) -> Result<DocumentInput, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let kind = errors.check("kind", DocumentKind::parse(kind.trim()));
        let title = Localized::from_pairs(titles.iter().cloned());
        if title.is_empty() {
            errors.add("title", "document-title-required");
        }
        let language = language.trim();
        if !DOCUMENT_LANGUAGES.contains(&language) {
            errors.add("language", "language-invalid");
        }
        let published_on = errors.check("published_on", crate::plan::parse_required_date(published_on));
        let meeting_id = errors.check("meeting_id", crate::forum::optional_id(meeting_id)).flatten();
        let body_id = errors.check("body_id", crate::forum::optional_id(body_id)).flatten();
        errors.clone().into_result()?;
        match (kind, published_on) {
            (Some(kind), Some(published_on)) => Ok(DocumentInput {
                kind,
                title,
                language: language.to_ascii_lowercase(),
                published_on,
                meeting_id,
                body_id,
            }),
            _ => Err(errors),
        }
    }
}

/// The file types the repository takes: (extensions, MIME type).
const ACCEPTED: &[(&[&str], &str)] = &[
    (&["pdf"], "application/pdf"),
    (&["docx"], "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    (&["xlsx"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    (&["pptx"], "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    (&["odt"], "application/vnd.oasis.opendocument.text"),
    (&["ods"], "application/vnd.oasis.opendocument.spreadsheet"),
    (&["png"], "image/png"),
    (&["jpg", "jpeg"], "image/jpeg"),
    (&["csv"], "text/csv"),
    (&["txt"], "text/plain"),
];

/// Why an upload is refused; each code is a translated message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UploadRefusal {
    #[error("file-empty")]
    Empty,
    #[error("file-too-large")]
    TooLarge,
    #[error("file-name-invalid")]
    BadName,
    #[error("file-executable")]
    Executable,
    #[error("file-type-not-accepted")]
    NotAccepted,
    #[error("file-type-mismatch")]
    Mismatch,
}

impl UploadRefusal {
    pub fn code(self) -> &'static str {
        match self {
            UploadRefusal::Empty => "file-empty",
            UploadRefusal::TooLarge => "file-too-large",
            UploadRefusal::BadName => "file-name-invalid",
            UploadRefusal::Executable => "file-executable",
            UploadRefusal::NotAccepted => "file-type-not-accepted",
            UploadRefusal::Mismatch => "file-type-mismatch",
        }
    }
}

/// An upload that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedUpload {
    pub file_name: String,
    pub content_type: &'static str,
}

/// Checks an upload's name and bytes: sanitised name, accepted type detected from the bytes,
/// extension matching that type, no executable content.
pub fn check_upload(raw_name: &str, bytes: &[u8]) -> Result<CheckedUpload, UploadRefusal> {
    if bytes.is_empty() {
        return Err(UploadRefusal::Empty);
    }
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(UploadRefusal::TooLarge);
    }
    let file_name = sanitize_file_name(raw_name).ok_or(UploadRefusal::BadName)?;
    if looks_executable(bytes) {
        return Err(UploadRefusal::Executable);
    }
    let extension = file_name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase()).unwrap_or_default();
    let detected = detect(bytes).ok_or(UploadRefusal::NotAccepted)?;
    let (extensions, mime) = ACCEPTED.iter().find(|(_, mime)| *mime == detected).ok_or(UploadRefusal::NotAccepted)?;
    if !extensions.contains(&extension.as_str()) {
        // A plain-text file may be named .csv or .txt; anything else must match exactly.
        let text_pair = detected.starts_with("text/") && ["csv", "txt"].contains(&extension.as_str());
        if !text_pair {
            return Err(UploadRefusal::Mismatch);
        }
        let mime = if extension == "csv" { "text/csv" } else { "text/plain" };
        return Ok(CheckedUpload { file_name, content_type: mime });
    }
    Ok(CheckedUpload { file_name, content_type: mime })
}

fn detect(bytes: &[u8]) -> Option<&'static str> {
    match infer::get(bytes) {
        Some(kind) => Some(kind.mime_type()),
        // No magic number: accept it as text only if it is UTF-8 without control characters.
        None => {
            let text = std::str::from_utf8(bytes).ok()?;
            text.chars().all(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t')).then_some("text/plain")
        }
    }
}

fn looks_executable(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"#!") || bytes.starts_with(b"MZ") || bytes.starts_with(b"\x7FELF") {
        return true;
    }
    infer::get(bytes).is_some_and(|kind| kind.matcher_type() == infer::MatcherType::App)
}

/// A file name safe to store and to send back: the last path component, letters (any script),
/// digits, `-`, `_`, `.` and spaces, no leading dot, at most 120 characters, with an extension.
pub fn sanitize_file_name(raw: &str) -> Option<String> {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String =
        last.chars().map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ' ') { c } else { '_' }).collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim();
    // Collapse ".." so nothing in the name reads as a path step.
    let mut name = cleaned.to_string();
    while name.contains("..") {
        name = name.replace("..", ".");
    }
    let name: String = name.chars().rev().take(120).collect::<Vec<_>>().into_iter().rev().collect();
    let (stem, ext) = name.rsplit_once('.')?;
    if stem.trim().is_empty() || ext.is_empty() {
        return None;
    }
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n";
    const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, b'I', b'H', b'D', b'R'];
    const ELF: &[u8] = &[0x7F, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    #[test]
    fn accepted_files_get_the_type_of_their_bytes() {
        let ok = check_upload("minutes.pdf", PDF).expect("pdf");
        assert_eq!(ok.content_type, "application/pdf");
        assert_eq!(check_upload("photo.PNG", PNG).expect("png").content_type, "image/png");
        assert_eq!(check_upload("counts.csv", "a,b\n1,2\n".as_bytes()).expect("csv").content_type, "text/csv");
        assert_eq!(
            check_upload("محضر الاجتماع.txt", "نص".as_bytes()).expect("arabic name").file_name,
            "محضر الاجتماع.txt"
        );
    }

    #[test]
    fn forged_and_dangerous_uploads_are_refused() {
        assert_eq!(check_upload("report.pdf", PNG), Err(UploadRefusal::Mismatch));
        assert_eq!(check_upload("report.pdf", ELF), Err(UploadRefusal::Executable));
        assert_eq!(check_upload("setup.pdf", b"MZ\x90\x00rest"), Err(UploadRefusal::Executable));
        assert_eq!(check_upload("run.txt", b"#!/bin/sh\nrm -rf /\n"), Err(UploadRefusal::Executable));
        assert_eq!(check_upload("page.txt", b"\x00\x01\x02binary"), Err(UploadRefusal::NotAccepted));
        assert_eq!(check_upload("empty.pdf", b""), Err(UploadRefusal::Empty));
        assert_eq!(check_upload("noext", PDF), Err(UploadRefusal::BadName));
        let big = vec![b'a'; MAX_UPLOAD_BYTES + 1];
        assert_eq!(check_upload("big.txt", &big), Err(UploadRefusal::TooLarge));
    }

    #[test]
    fn names_lose_their_path_tricks() {
        assert_eq!(sanitize_file_name("../../etc/passwd.pdf").as_deref(), Some("passwd.pdf"));
        assert_eq!(sanitize_file_name("C:\\Windows\\evil.pdf").as_deref(), Some("evil.pdf"));
        assert_eq!(sanitize_file_name(".htaccess"), None);
        assert_eq!(sanitize_file_name("a<script>.pdf").as_deref(), Some("a_script_.pdf"));
        assert_eq!(sanitize_file_name("x\u{0}y\r\n.pdf").as_deref(), Some("x_y__.pdf"));
        assert_eq!(sanitize_file_name("report..pdf").as_deref(), Some("report.pdf"));
        let long = format!("{}.pdf", "a".repeat(300));
        assert_eq!(sanitize_file_name(&long).map(|n| n.chars().count()), Some(120));
    }

    #[test]
    fn documents_need_a_kind_a_title_a_language_and_a_date() {
        let titles = [(crate::Locale::Ar, "محضر".to_string())];
        assert!(DocumentInput::parse("minutes", &titles, "ar", "2026-03-10", "", "").is_ok());
        let err = DocumentInput::parse("memo", &[], "a r", "10/03/2026", "x", "").expect_err("bad");
        for field in ["kind", "title", "language", "published_on", "meeting_id"] {
            assert!(err.for_field(field).is_some(), "{field}");
        }
        // A language from the list, not any word that looks like a code.
        for language in ["klingon", "xx", "fr-FR", ""] {
            let err = DocumentInput::parse("minutes", &titles, language, "2026-03-10", "", "").expect_err(language);
            assert!(err.for_field("language").is_some(), "{language}");
        }
        for language in super::DOCUMENT_LANGUAGES {
            assert!(DocumentInput::parse("minutes", &titles, language, "2026-03-10", "", "").is_ok(), "{language}");
        }
    }
}
