//! Server-side SVG charts: no JavaScript, a `<title>` and a `<desc>` for screen readers, and
//! mirrored for right-to-left languages. Every chart is shown beside a table of the same data.
//! Coordinates are computed for the text direction (not flipped with a transform), so labels
//! stay readable.

use std::fmt::Write;

use time::Date;

/// Escapes text for XML (SVG, Atom) content and attributes.
pub(crate) fn esc(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

/// One bar: its label, its value and the text shown after it ("45 %", "3").
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub shown: String,
}

// A narrow drawing with large text, so that scaled down to a phone's width it stays legible:
// at 375 px the drawing is shown at 0.71 of its size, so 17.5 px text reads as 12.5 px
// (16 px gave 11.4 px, measured by e2e/phone.mjs); labels are cut at 20 characters to fit.
const WIDTH: f64 = 480.0;
const LABEL_SPACE: f64 = 180.0;
const VALUE_SPACE: f64 = 52.0;
const ROW: f64 = 34.0;
const BAR: f64 = 22.0;
/// Labels longer than this are cut (the data table beside the chart has them whole).
const LABEL_CHARS: usize = 20;

fn short(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_string()
    } else {
        let mut cut: String = label.chars().take(LABEL_CHARS - 1).collect();
        cut.push('…');
        cut
    }
}

/// `x` measured from the start edge of the chart (left in LTR, right in RTL), for an item of
/// width `w`.
fn from_start(x: f64, w: f64, rtl: bool) -> f64 {
    if rtl {
        WIDTH - x - w
    } else {
        x
    }
}

/// What every chart carries: its element id, its title and description for screen readers,
/// and the text direction it is drawn for.
pub struct Frame<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
    pub rtl: bool,
}

fn open_svg(out: &mut String, frame: &Frame<'_>, height: f64) {
    let Frame { id, title, desc, rtl } = *frame;
    let dir = if rtl { "rtl" } else { "ltr" };
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {WIDTH} {height}" width="100%" direction="{dir}" aria-labelledby="{id}-title {id}-desc" id="{id}"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        esc(title),
        esc(desc)
    );
}

/// Horizontal bars, the longest at `max` (100 for percentages).
pub fn bars(frame: &Frame<'_>, bars: &[Bar], max: f64) -> String {
    let rtl = frame.rtl;
    let height = (bars.len().max(1) as f64) * ROW + 8.0;
    let mut out = String::new();
    open_svg(&mut out, frame, height);
    let track = WIDTH - LABEL_SPACE - VALUE_SPACE;
    // `text-anchor` follows the SVG's `direction`: "end" is the right edge in LTR and the
    // left edge in RTL, so the same anchors put labels against the bars on both sides.
    let (anchor_label, anchor_value) = ("end", "start");
    for (i, bar) in bars.iter().enumerate() {
        let y = i as f64 * ROW + 4.0;
        let w = if max > 0.0 { (bar.value.clamp(0.0, max) / max) * track } else { 0.0 };
        let label_x = if rtl { WIDTH - LABEL_SPACE + 8.0 } else { LABEL_SPACE - 8.0 };
        let bar_x = from_start(LABEL_SPACE, w, rtl);
        let value_x = if rtl { bar_x - 6.0 } else { bar_x + w + 6.0 };
        let label = short(&bar.label);
        let _ = write!(
            out,
            r#"<g class="bar"><text x="{label_x:.1}" y="{:.1}" text-anchor="{anchor_label}" class="chart-label">{}</text><rect x="{bar_x:.1}" y="{y:.1}" width="{w:.1}" height="{BAR}" rx="3" class="chart-bar" data-value="{}"/><text x="{value_x:.1}" y="{:.1}" text-anchor="{anchor_value}" class="chart-value">{}</text></g>"#,
            y + BAR * 0.75,
            esc(&label),
            bar.value,
            y + BAR * 0.75,
            esc(&bar.shown)
        );
    }
    out.push_str("</svg>");
    out
}

/// One row of the milestone timeline.
pub struct Span {
    pub label: String,
    pub starts_on: Date,
    pub due_on: Date,
    /// `done`, `late`, `cancelled` or `open`: the CSS class of the bar.
    pub state: &'static str,
}

/// A Gantt chart of milestones within `window` (first and last day), with today marked
/// and labelled.
pub fn timeline(frame: &Frame<'_>, spans: &[Span], window: (Date, Date), today: (Date, &str)) -> String {
    let ((from, to), (today, today_label), rtl) = (window, today, frame.rtl);
    let top = 24.0;
    let height = top + (spans.len().max(1) as f64) * ROW + 8.0;
    let mut out = String::new();
    open_svg(&mut out, frame, height);
    let track = WIDTH - LABEL_SPACE - 16.0;
    let days = ((to - from).whole_days().max(1)) as f64;
    let at = |d: Date| ((d - from).whole_days() as f64 / days).clamp(0.0, 1.0) * track;
    let anchor_label = "end";
    for (i, span) in spans.iter().enumerate() {
        let y = top + i as f64 * ROW;
        let (a, b) = (at(span.starts_on), at(span.due_on.max(span.starts_on)));
        let w = (b - a).max(3.0);
        let x = from_start(LABEL_SPACE + a, w, rtl);
        let label_x = if rtl { WIDTH - LABEL_SPACE + 8.0 } else { LABEL_SPACE - 8.0 };
        let label = short(&span.label);
        let _ = write!(
            out,
            r#"<g class="span span-{}"><text x="{label_x:.1}" y="{:.1}" text-anchor="{anchor_label}" class="chart-label">{}</text><rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{BAR}" rx="3" class="chart-span span-{}" data-start="{}" data-due="{}"/></g>"#,
            span.state,
            y + BAR * 0.75,
            esc(&label),
            span.state,
            span.starts_on,
            span.due_on
        );
    }
    if from <= today && today <= to {
        let x = from_start(LABEL_SPACE + at(today), 0.0, rtl);
        // Keep the label inside the drawing when today sits at an edge.
        let label_x = x.clamp(36.0, WIDTH - 36.0);
        let _ = write!(
            out,
            r#"<line x1="{x:.1}" x2="{x:.1}" y1="18" y2="{height:.1}" class="chart-today"/><text x="{label_x:.1}" y="14" text-anchor="middle" class="chart-today-label">{}</text>"#,
            esc(today_label)
        );
    }
    out.push_str("</svg>");
    out
}

/// A point of an indicator series.
pub struct Point {
    pub date: Date,
    pub value: f64,
}

/// A reference line of a series: its value and its label ("baseline", "target").
pub struct Reference<'a> {
    pub value: Option<f64>,
    pub label: &'a str,
}

/// An indicator over time: its measurements as a line, with the baseline and target as
/// reference lines.
pub fn series(frame: &Frame<'_>, points: &[Point], baseline: Reference<'_>, target: Reference<'_>) -> String {
    let rtl = frame.rtl;
    let (height, pad, left) = (240.0, 28.0, 48.0);
    let mut out = String::new();
    open_svg(&mut out, frame, height);
    let values: Vec<f64> = points.iter().map(|p| p.value).chain(baseline.value).chain(target.value).collect();
    let top = values.iter().copied().fold(0.0_f64, f64::max).max(1.0) * 1.1;
    let plot = WIDTH - left - pad;
    let y_of = |v: f64| height - pad - (v / top) * (height - 2.0 * pad);
    let (first, last) = match (points.first(), points.last()) {
        (Some(f), Some(l)) => (f.date, l.date),
        _ => (Date::MIN, Date::MIN),
    };
    let span = ((last - first).whole_days().max(1)) as f64;
    let x_of = |d: Date| {
        let along = if points.len() < 2 { 0.5 } else { (d - first).whole_days() as f64 / span };
        from_start(left + along * plot, 0.0, rtl)
    };
    for (reference, class) in [(&baseline, "chart-baseline"), (&target, "chart-target")] {
        let label = reference.label;
        if let Some(v) = reference.value {
            let y = y_of(v);
            let (x1, x2) = (from_start(left, 0.0, rtl), from_start(left + plot, 0.0, rtl));
            let label_x = if rtl { x1 - 4.0 } else { x1 + 4.0 };
            let anchor = "start";
            let _ = write!(
                out,
                r#"<line x1="{x1:.1}" x2="{x2:.1}" y1="{y:.1}" y2="{y:.1}" class="{class}" data-value="{v}"/><text x="{label_x:.1}" y="{:.1}" text-anchor="{anchor}" class="chart-value">{} {}</text>"#,
                y - 4.0,
                esc(label),
                v
            );
        }
    }
    let path: Vec<String> = points.iter().map(|p| format!("{:.1},{:.1}", x_of(p.date), y_of(p.value))).collect();
    if points.len() > 1 {
        let _ = write!(out, r#"<polyline points="{}" class="chart-line"/>"#, path.join(" "));
    }
    for p in points {
        let _ = write!(
            out,
            r#"<circle cx="{:.1}" cy="{:.1}" r="4" class="chart-point" data-value="{}" data-date="{}"/>"#,
            x_of(p.date),
            y_of(p.value),
            p.value,
            p.date
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(svg: &str) -> roxmltree::Document<'_> {
        roxmltree::Document::parse(svg).expect("well-formed SVG")
    }

    fn attr(node: roxmltree::Node<'_, '_>, name: &str) -> f64 {
        node.attribute(name).and_then(|v| v.parse().ok()).expect(name)
    }

    fn sample() -> Vec<Bar> {
        vec![
            Bar { label: "Accès à l'information".into(), value: 80.0, shown: "80 %".into() },
            Bar { label: "Budget <ouvert>".into(), value: 40.0, shown: "40 %".into() },
            Bar { label: "Justice".into(), value: 0.0, shown: "0 %".into() },
        ]
    }

    #[test]
    fn bars_carry_a_title_a_description_and_one_bar_per_value() {
        let frame = Frame {
            id: "by-theme",
            title: "Progress by theme",
            desc: "Mean progress of each theme's commitments",
            rtl: false,
        };
        let svg = bars(&frame, &sample(), 100.0);
        let doc = parse(&svg);
        let root = doc.root_element();
        assert_eq!(root.attribute("role"), Some("img"));
        let title = root.children().find(|n| n.has_tag_name("title")).expect("title");
        assert_eq!(title.text(), Some("Progress by theme"));
        assert!(root.children().any(|n| n.has_tag_name("desc")));
        let rects: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("rect")).collect();
        assert_eq!(rects.len(), 3);
        let widths: Vec<f64> = rects.iter().map(|r| attr(*r, "width")).collect();
        assert!((widths[0] / widths[1] - 2.0).abs() < 0.01, "80 is twice as long as 40: {widths:?}");
        assert_eq!(widths[2], 0.0);
        assert!(svg.contains("Budget &lt;ouvert&gt;"), "labels are escaped");
    }

    #[test]
    fn right_to_left_bars_grow_from_the_right() {
        let ltr_svg = bars(&Frame { id: "a", title: "t", desc: "d", rtl: false }, &sample(), 100.0);
        let ltr = parse(&ltr_svg)
            .descendants()
            .filter(|n| n.has_tag_name("rect"))
            .map(|r| (attr(r, "x"), attr(r, "width")))
            .collect::<Vec<_>>();
        let svg = bars(&Frame { id: "a", title: "t", desc: "d", rtl: true }, &sample(), 100.0);
        let doc = parse(&svg);
        let rtl: Vec<(f64, f64)> =
            doc.descendants().filter(|n| n.has_tag_name("rect")).map(|r| (attr(r, "x"), attr(r, "width"))).collect();
        for ((lx, lw), (rx, rw)) in ltr.iter().zip(rtl.iter()) {
            assert_eq!(lw, rw);
            assert!((lx - (WIDTH - rx - rw)).abs() < 0.01, "mirrored: {lx} vs {rx}+{rw}");
        }
        let label = doc
            .descendants()
            .find(|n| n.has_attribute("class") && n.attribute("class") == Some("chart-label"))
            .expect("label");
        assert!(attr(label, "x") > WIDTH / 2.0, "labels sit on the right in RTL");
    }

    #[test]
    fn the_timeline_marks_today_and_places_spans_by_date() {
        let d = |s: &str| domain::plan::parse_required_date(s).expect("date");
        let spans = vec![
            Span { label: "Lancer".into(), starts_on: d("2024-01-01"), due_on: d("2024-07-01"), state: "done" },
            Span { label: "Évaluer".into(), starts_on: d("2024-07-01"), due_on: d("2025-01-01"), state: "late" },
        ];
        let window = (d("2024-01-01"), d("2025-01-01"));
        let frame =
            Frame { id: "gantt", title: "Milestones", desc: "Each milestone from start to due date", rtl: false };
        let svg = timeline(&frame, &spans, window, (d("2024-10-01"), "today"));
        let doc = parse(&svg);
        let rects: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("rect")).collect();
        assert_eq!(rects.len(), 2);
        assert!(attr(rects[1], "x") > attr(rects[0], "x"), "the later milestone starts further along");
        let today = doc.descendants().find(|n| n.has_tag_name("line")).expect("today line");
        assert!(attr(today, "x1") > attr(rects[1], "x"));
        let mirrored = timeline(&Frame { rtl: true, ..frame }, &spans, window, (d("2024-10-01"), "today"));
        let doc = parse(&mirrored);
        let rects: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("rect")).collect();
        assert!(attr(rects[1], "x") < attr(rects[0], "x"), "in RTL time runs right to left");
    }

    #[test]
    fn a_series_plots_each_measurement_with_baseline_and_target() {
        let d = |s: &str| domain::plan::parse_required_date(s).expect("date");
        let points = vec![Point { date: d("2024-01-01"), value: 12.0 }, Point { date: d("2024-06-01"), value: 45.0 }];
        let frame = Frame { id: "ind", title: "Petitions", desc: "Measurements against the target", rtl: false };
        let baseline = Reference { value: Some(0.0), label: "baseline" };
        let svg = series(&frame, &points, baseline, Reference { value: Some(100.0), label: "target" });
        let doc = parse(&svg);
        let circles: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("circle")).collect();
        assert_eq!(circles.len(), 2);
        assert!(attr(circles[1], "cy") < attr(circles[0], "cy"), "a higher value is drawn higher");
        assert_eq!(doc.descendants().filter(|n| n.has_tag_name("line")).count(), 2);
    }
}
