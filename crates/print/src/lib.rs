//! The printable action plan: a plain model of what is printed ([`PrintPlan`]), already
//! translated and resolved by the web layer, and its typesetting into PDF by typst.
//!
//! The typst template (`templates/plan.typ`) reads the model as JSON, so user text never
//! becomes typst markup: a commitment titled `#panic()` prints as those characters.

mod world;

use serde::Serialize;

/// A text with the language it is written in, which may differ from the document's when a
/// translation is missing; it decides shaping and direction of that paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    pub text: String,
    /// BCP 47 code of the text's language: `ar`, `fr`, `en`, `zgh`.
    pub lang: String,
    pub rtl: bool,
}

/// A label and its value, e.g. "Lead institution: Ministry of …".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: Text,
}

/// One written section of a commitment template (problem, ambition, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub label: String,
    pub text: Text,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrintMilestone {
    pub output: Text,
    pub responsible: Option<Text>,
    pub starts: String,
    pub due: String,
    pub status: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrintCommitment {
    pub code: String,
    pub title: Text,
    pub facts: Vec<Fact>,
    pub sections: Vec<Section>,
    pub milestones: Vec<PrintMilestone>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrintTheme {
    pub title: Text,
    pub commitments: Vec<PrintCommitment>,
}

/// Headings and column names, in the document's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Labels {
    pub contents: String,
    pub milestones: String,
    pub no_milestones: String,
    pub output: String,
    pub responsible: String,
    pub starts: String,
    pub due: String,
    pub status: String,
    /// "Page", before the page number in the footer.
    pub page: String,
}

/// Everything printed for one plan in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrintPlan {
    /// The document's language (`ar`, `fr`, `en`, `zgh`).
    pub lang: String,
    pub rtl: bool,
    pub title: Text,
    /// Lines under the title: member, period, number of commitments.
    pub facts: Vec<Fact>,
    /// Where the plan lives on the portal and when this copy was made.
    pub source: String,
    pub labels: Labels,
    pub themes: Vec<PrintTheme>,
}

#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("the plan could not be typeset: {0}")]
    Typeset(String),
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
    #[error("the plan could not be serialised: {0}")]
    Model(#[from] serde_json::Error),
}

/// Typesets `plan` into a PDF (tagged, so screen readers and text extraction read it in
/// logical order). CPU-bound: call it off the async runtime.
pub fn render_pdf(plan: &PrintPlan) -> Result<Vec<u8>, PrintError> {
    render_pdf_json(serde_json::to_vec(plan)?)
}

/// The same, from the model already serialised as JSON (a caller that hashed it to name the
/// version need not serialise it twice).
pub fn render_pdf_json(data: Vec<u8>) -> Result<Vec<u8>, PrintError> {
    let world = world::PlanWorld::new(data);
    let document: typst_layout::PagedDocument = typst::compile(&world).output.map_err(|errors| {
        PrintError::Typeset(errors.iter().map(|e| e.message.to_string()).collect::<Vec<_>>().join("; "))
    })?;
    let options = typst_pdf::PdfOptions::default();
    typst_pdf::pdf(&document, &options)
        .map_err(|errors| PrintError::Pdf(errors.iter().map(|e| e.message.to_string()).collect::<Vec<_>>().join("; ")))
}
