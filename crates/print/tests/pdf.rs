//! The PDF is checked as a reader would see it: poppler renders it to pixels and extracts its
//! text. Poppler (Debian's poppler-utils, installed by scripts/install-deps.sh) must be present
//! under CI; locally these tests say so and pass when it is missing.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use print::{render_pdf, Fact, Labels, PrintCommitment, PrintMilestone, PrintPlan, PrintTheme, Section, Text};

const ARABIC_TITLE: &str = "خطة العمل الوطنية الثانية للحكومة المنفتحة";

fn ar(text: &str) -> Text {
    Text { text: text.to_string(), lang: "ar".into(), rtl: true }
}
fn zgh(text: &str) -> Text {
    Text { text: text.to_string(), lang: "zgh".into(), rtl: false }
}
fn fr(text: &str) -> Text {
    Text { text: text.to_string(), lang: "fr".into(), rtl: false }
}

fn arabic_plan() -> PrintPlan {
    PrintPlan {
        lang: "ar".into(),
        rtl: true,
        title: ar(ARABIC_TITLE),
        facts: vec![Fact { label: "الفترة".into(), value: ar("2021 – 2023") }],
        source: "https://sharaka.example/ar/plans/morocco-2".into(),
        labels: Labels {
            contents: "المحتويات".into(),
            milestones: "المراحل".into(),
            no_milestones: "لا توجد مراحل".into(),
            output: "المخرج".into(),
            responsible: "المسؤول".into(),
            starts: "البداية".into(),
            due: "الاستحقاق".into(),
            status: "الحالة".into(),
            page: "صفحة".into(),
        },
        themes: vec![PrintTheme {
            title: ar("الحق في الحصول على المعلومات"),
            commitments: vec![PrintCommitment {
                code: "MA0012".into(),
                title: ar("نشر المعلومات بشكل استباقي"),
                facts: vec![Fact {
                    label: "المؤسسة الرائدة".into(),
                    value: fr("Ministère de la Transition numérique"),
                }],
                sections: vec![
                    Section {
                        label: "المشكلة".into(), text: ar("فقرة أولى.\n\nفقرة ثانية باللغة العربية.")
                    },
                    Section {
                        label: "ⴰⵎⵓⴽⵔⵉⵙ".into(), text: zgh("ⴰⵙⵏⵓⵎⵍ ⵏ ⵜⵉⵏⵖⵎⵉⵙⵉⵏ")
                    },
                    // Typst markup in user text is printed, not run.
                    Section { label: "ملاحظة".into(), text: fr("#panic(\"x\") $x$ *gras* <tag> @ref") },
                ],
                milestones: vec![PrintMilestone {
                    output: ar("بوابة وطنية للبيانات"),
                    responsible: None,
                    starts: "2021-09-01".into(),
                    due: "2022-06-30".into(),
                    status: "قيد التنفيذ".into(),
                }],
            }],
        }],
    }
}

/// A poppler tool, or `None` (and a note) when it is missing outside CI.
fn poppler(tool: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH")
        .and_then(|paths| std::env::split_paths(&paths).map(|p| p.join(tool)).find(|p| p.is_file()));
    if found.is_none() {
        assert!(
            std::env::var("CI").is_err(),
            "{tool} (poppler-utils) is required under CI: run scripts/install-deps.sh"
        );
        eprintln!("{tool} is missing; install poppler-utils to check the PDF as a reader sees it");
    }
    found
}

fn write_pdf(dir: &Path, plan: &PrintPlan) -> PathBuf {
    let bytes = render_pdf(plan).expect("the plan typesets");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
    let path = dir.join("plan.pdf");
    std::fs::write(&path, bytes).expect("write pdf");
    path
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sharaka-print-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

#[test]
fn arabic_title_is_extracted_in_logical_order() {
    let dir = scratch("text");
    let pdf = write_pdf(&dir, &arabic_plan());
    let Some(pdftotext) = poppler("pdftotext") else { return };
    let out = Command::new(pdftotext).arg(&pdf).arg("-").output().expect("run pdftotext");
    assert!(out.status.success(), "pdftotext: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("utf-8 text");
    // Logical order: the characters as typed, first letter first; a PDF of unshaped or
    // reversed glyphs would extract as isolated forms or backwards.
    assert!(text.contains(ARABIC_TITLE), "title in logical order in:\n{text}");
    assert!(text.contains("Ministère de la Transition numérique"), "French fallback extracted:\n{text}");
    assert!(text.contains("#panic(\"x\") $x$ *gras* <tag> @ref"), "markup printed literally:\n{text}");
    assert!(text.contains("MA0012"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn arabic_plan_renders_to_an_image_with_ink() {
    let dir = scratch("image");
    let pdf = write_pdf(&dir, &arabic_plan());
    let Some(pdftoppm) = poppler("pdftoppm") else { return };
    let prefix = dir.join("page");
    let status = Command::new(pdftoppm)
        .args(["-r", "50", "-gray", "-f", "1", "-l", "1"])
        .arg(&pdf)
        .arg(&prefix)
        .status()
        .expect("run pdftoppm");
    assert!(status.success());
    let page = std::fs::read_dir(&dir)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "pgm"))
        .expect("a rendered page");
    let (width, height, pixels) = read_pgm(&std::fs::read(page).expect("read page"));
    assert!(width > 300 && height > 400, "an A4 page at 50 dpi: {width}×{height}");
    let ink = pixels.iter().filter(|&&p| p < 128).count();
    // The title page carries a large title and the facts: some ink, far from all.
    assert!(ink > 500 && ink < pixels.len() / 4, "{ink} dark pixels of {}", pixels.len());
    std::fs::remove_dir_all(&dir).ok();
}

/// A binary greyscale PNM (P5) as written by pdftoppm.
fn read_pgm(bytes: &[u8]) -> (usize, usize, Vec<u8>) {
    let mut fields = vec![];
    let mut pos = 0;
    while fields.len() < 4 {
        while bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        let start = pos;
        while !bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..pos]).to_string());
    }
    assert_eq!(fields[0], "P5");
    let width: usize = fields[1].parse().expect("width");
    let height: usize = fields[2].parse().expect("height");
    let data = bytes[pos + 1..].to_vec();
    assert_eq!(data.len(), width * height);
    (width, height, data)
}

#[test]
fn tifinagh_is_extracted_in_logical_order() {
    let dir = scratch("tifinagh");
    let mut plan = arabic_plan();
    plan.lang = "zgh".into();
    plan.rtl = false;
    plan.title = zgh("ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵉⵏ");
    // A page of Tifinagh only: poppler takes the reading order of a page from its strong
    // characters, and its tables count Tifinagh as neutral, so amid Arabic it reads it
    // right to left (the PDF itself is in logical order: see the title above).
    plan.themes[0].title = zgh("ⴰⵣⵔⴼ ⵏ ⵓⵏⴰⴼⵓⵖ");
    let commitment = &mut plan.themes[0].commitments[0];
    commitment.title = zgh("ⴰⵙⵏⵓⵎⵍ");
    commitment.facts.clear();
    commitment.milestones.clear();
    commitment.sections.truncate(2);
    commitment.sections[0].text = zgh("ⵜⴰⵎⵓⴽⵔⵉⵙⵜ");
    commitment.sections[0].label = "ⵜⴰⵎⵓⴽⵔⵉⵙⵜ".into();
    let word = || "ⴰⵙⴽⵙⵍ".to_string();
    plan.facts.clear();
    plan.labels = Labels {
        contents: word(),
        milestones: word(),
        no_milestones: word(),
        output: word(),
        responsible: word(),
        starts: word(),
        due: word(),
        status: word(),
        page: word(),
    };
    let pdf = write_pdf(&dir, &plan);
    let Some(pdftotext) = poppler("pdftotext") else { return };
    let out = Command::new(pdftotext).arg(&pdf).arg("-").output().expect("run pdftotext");
    let text = String::from_utf8(out.stdout).expect("utf-8 text");
    assert!(text.contains("ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵉⵏ"), "Tifinagh title in logical order:\n{text}");
    assert!(text.contains("ⴰⵙⵏⵓⵎⵍ ⵏ ⵜⵉⵏⵖⵎⵉⵙⵉⵏ"), "Tifinagh section:\n{text}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn every_locale_typesets() {
    for (lang, rtl) in [("fr", false), ("en", false), ("zgh", false), ("ar", true)] {
        let mut plan = arabic_plan();
        plan.lang = lang.into();
        plan.rtl = rtl;
        assert!(render_pdf(&plan).is_ok(), "{lang}");
    }
}
