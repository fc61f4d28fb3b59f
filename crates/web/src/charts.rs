//! Server-side SVG charts: no JavaScript, a `<title>` and a `<desc>` for screen readers, and
//! mirrored for right-to-left languages. Every chart is shown beside a table of the same data.
//! Coordinates are computed for the text direction (not flipped with a transform), so labels
//! stay readable.

use std::fmt::Write;

use crate::views::Page;
use domain::commitment::Indicator;
use domain::implementation::number;
use time::Date;

/// Escapes text for XML (SVG, Atom) content and attributes.
/// Characters XML 1.0 cannot hold (C0 controls but tab and line breaks, U+FFFE, U+FFFF) are
/// dropped: a text stored before the door cleaned input must not make a feed unparsable.
pub(crate) fn esc(text: &str) -> String {
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}'))
        .collect();
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
/// and labelled. A late milestone is not told by its red alone: its bar is hatched and
/// carries `late_word` ("late", "متأخر"), for readers who do not see the colour.
pub fn timeline(
    frame: &Frame<'_>,
    spans: &[Span],
    window: (Date, Date),
    today: (Date, &str),
    late_word: &str,
) -> String {
    let ((from, to), (today, today_label), rtl) = (window, today, frame.rtl);
    let top = 24.0;
    let height = top + (spans.len().max(1) as f64) * ROW + 8.0;
    let mut out = String::new();
    open_svg(&mut out, frame, height);
    let hatch = format!("{}-hatch", frame.id);
    let _ = write!(
        out,
        r##"<defs><pattern id="{hatch}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="8" fill="#ffffff" fill-opacity="0.6"/></pattern></defs>"##
    );
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
        if span.state == "late" {
            // The word goes after the bar when there is room, else before it, else inside it.
            let (word_at, anchor, class) = if track - (a + w) >= 72.0 {
                (LABEL_SPACE + a + w + 4.0, "start", "chart-late-word")
            } else if a >= 72.0 {
                (LABEL_SPACE + a - 4.0, "end", "chart-late-word")
            } else {
                (LABEL_SPACE + a + 4.0, "start", "chart-late-word chart-late-inside")
            };
            let _ = write!(
                out,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{BAR}" rx="3" fill="url(#{hatch})" class="chart-hatch"/><text x="{:.1}" y="{:.1}" text-anchor="{anchor}" class="{class}">{}</text>"#,
                from_start(word_at, 0.0, rtl),
                y + BAR * 0.75,
                esc(late_word)
            );
        }
    }
    if from <= today && today <= to {
        let x = from_start(LABEL_SPACE + at(today), 0.0, rtl);
        // Keep the label inside the drawing when today sits near an edge: it then ends (or
        // starts) at the line instead of being centred on it ("aujourd'hui" was cut at 375 px).
        // Anchors are read in the drawing's direction, so the sides swap in RTL.
        let near_right = x > WIDTH - 70.0;
        let near_left = x < 70.0;
        let anchor = match (near_left, near_right, rtl) {
            (_, true, false) | (true, _, true) => "end",
            (true, _, false) | (_, true, true) => "start",
            _ => "middle",
        };
        let _ = write!(
            out,
            r#"<line x1="{x:.1}" x2="{x:.1}" y1="18" y2="{height:.1}" class="chart-today"/><text x="{x:.1}" y="14" text-anchor="{anchor}" class="chart-today-label">{}</text>"#,
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

/// A reference of a series: its value, the day it is set for when known, and its label
/// ("baseline", "target").
pub struct Reference<'a> {
    pub value: Option<f64>,
    pub date: Option<Date>,
    pub label: &'a str,
}

/// Measurements shown with their values when there are at most this many (more would overlap).
const LABELLED_POINTS: usize = 8;

/// An indicator over time: a time axis from the baseline's day to the target's (or the
/// measurements' first and last), every measurement as a point on a line with its value, and
/// the baseline and target as reference lines with a mark on their own days. `day` writes a
/// date in the reader's words for the axis.
pub fn series(
    frame: &Frame<'_>,
    points: &[Point],
    baseline: Reference<'_>,
    target: Reference<'_>,
    day: &dyn Fn(Date) -> String,
) -> String {
    let rtl = frame.rtl;
    let (height, pad, bottom, left) = (260.0, 28.0, 48.0, 48.0);
    let mut out = String::new();
    open_svg(&mut out, frame, height);
    let values: Vec<f64> = points.iter().map(|p| p.value).chain(baseline.value).chain(target.value).collect();
    let top = values.iter().copied().fold(0.0_f64, f64::max).max(1.0) * 1.1;
    let plot = WIDTH - left - pad;
    let axis_y = height - bottom;
    let y_of = |v: f64| axis_y - (v / top) * (axis_y - pad);
    let dates: Vec<Date> = points
        .iter()
        .map(|p| p.date)
        .chain([&baseline, &target].iter().filter(|r| r.value.is_some()).filter_map(|r| r.date))
        .collect();
    let (first, last) = match (dates.iter().min(), dates.iter().max()) {
        (Some(f), Some(l)) => (*f, *l),
        _ => (Date::MIN, Date::MIN),
    };
    let span = ((last - first).whole_days().max(1)) as f64;
    let single = first == last;
    let x_of = |d: Date| {
        let along = if single { 0.5 } else { (d - first).whole_days() as f64 / span };
        from_start(left + along * plot, 0.0, rtl)
    };
    // The time axis: a line under the plot, the first and last days at its ends (and the
    // middle one when the axis spans more than a year), written as the reader writes dates.
    let (axis_start, axis_end) = (from_start(left, 0.0, rtl), from_start(left + plot, 0.0, rtl));
    let _ = write!(
        out,
        r#"<line x1="{axis_start:.1}" x2="{axis_end:.1}" y1="{axis_y:.1}" y2="{axis_y:.1}" class="chart-axis"/>"#
    );
    let mut ticks = vec![(first, "start")];
    if !single {
        if (last - first).whole_days() > 366 {
            ticks.push((first + time::Duration::days((last - first).whole_days() / 2), "middle"));
        }
        ticks.push((last, "end"));
    } else {
        ticks[0].1 = "middle";
    }
    for (date, anchor) in ticks {
        let x = x_of(date);
        let _ = write!(
            out,
            r#"<line x1="{x:.1}" x2="{x:.1}" y1="{axis_y:.1}" y2="{:.1}" class="chart-axis"/><text x="{x:.1}" y="{:.1}" text-anchor="{anchor}" class="chart-tick" data-date="{date}">{}</text>"#,
            axis_y + 6.0,
            axis_y + 26.0,
            esc(&day(date))
        );
    }
    for (reference, class) in [(&baseline, "chart-baseline"), (&target, "chart-target")] {
        let label = reference.label;
        if let Some(v) = reference.value {
            let y = y_of(v);
            let label_x = if rtl { axis_start - 4.0 } else { axis_start + 4.0 };
            let anchor = "start";
            let _ = write!(
                out,
                r#"<line x1="{axis_start:.1}" x2="{axis_end:.1}" y1="{y:.1}" y2="{y:.1}" class="{class}" data-value="{v}"/><text x="{label_x:.1}" y="{:.1}" text-anchor="{anchor}" class="chart-value">{} {}</text>"#,
                y - 4.0,
                esc(label),
                v
            );
            if let Some(date) = reference.date {
                let x = x_of(date);
                let _ = write!(
                    out,
                    r#"<rect x="{:.1}" y="{:.1}" width="10" height="10" class="{class}-mark" data-date="{date}" data-value="{v}"/>"#,
                    x - 5.0,
                    y - 5.0
                );
            }
        }
    }
    let path: Vec<String> = points.iter().map(|p| format!("{:.1},{:.1}", x_of(p.date), y_of(p.value))).collect();
    if points.len() > 1 {
        let _ = write!(out, r#"<polyline points="{}" class="chart-line"/>"#, path.join(" "));
    }
    let labelled = points.len() <= LABELLED_POINTS;
    for p in points {
        let (x, y) = (x_of(p.date), y_of(p.value));
        let _ = write!(
            out,
            r#"<circle cx="{x:.1}" cy="{y:.1}" r="4" class="chart-point" data-value="{}" data-date="{}"/>"#,
            p.value, p.date
        );
        if labelled {
            let _ = write!(
                out,
                r#"<text x="{x:.1}" y="{:.1}" text-anchor="middle" class="chart-value chart-point-value">{}</text>"#,
                y - 9.0,
                p.value
            );
        }
    }
    out.push_str("</svg>");
    out
}

/// A chart with the table of the same data.
pub struct Chart {
    pub heading: String,
    pub svg: String,
    /// Column headings, then rows.
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub fn indicator_chart(page: &Page, indicator: &Indicator, code: &str, rtl: bool) -> Option<Chart> {
    let points: Vec<Point> =
        indicator.measurements.iter().filter_map(|m| Some(Point { date: m.date?, value: number(&m.value)? })).collect();
    if points.is_empty() {
        return None;
    }
    let value = |m: &Option<domain::commitment::Measurement>| m.as_ref().and_then(|m| number(&m.value));
    let name = format!("{code} · {}", page.plain(&indicator.name));
    let desc = page.t1("dashboard-indicator-desc", "unit", &indicator.unit);
    let id = format!("indicator-{}", indicator.id);
    let (baseline_label, target_label) = (page.t("indicator-baseline"), page.t("indicator-target"));
    let svg = series(
        &Frame { id: &id, title: &name, desc: &desc, rtl },
        &points,
        Reference {
            value: value(&indicator.baseline),
            date: indicator.baseline.as_ref().and_then(|m| m.date),
            label: &baseline_label,
        },
        Reference {
            value: value(&indicator.target),
            date: indicator.target.as_ref().and_then(|m| m.date),
            label: &target_label,
        },
        &|date| page.month(&date),
    );
    let mut rows: Vec<Vec<String>> = vec![];
    if let Some(b) = &indicator.baseline {
        rows.push(vec![page.t("indicator-baseline"), page.date(&b.date), b.value.clone()]);
    }
    for m in &indicator.measurements {
        rows.push(vec![page.t("dashboard-measurement"), page.date(&m.date), m.value.clone()]);
    }
    if let Some(t) = &indicator.target {
        rows.push(vec![page.t("indicator-target"), page.date(&t.date), t.value.clone()]);
    }
    let columns = vec![page.t("dashboard-column-what"), page.t("dashboard-column-date"), indicator.unit.clone()];
    Some(Chart { heading: name, svg, columns, rows })
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
        let svg = timeline(&frame, &spans, window, (d("2024-10-01"), "today"), "late");
        let doc = parse(&svg);
        // The late one is hatched and says so in words, not in red alone.
        let words: Vec<_> = doc.descendants().filter(|n| n.attribute("class") == Some("chart-late-word")).collect();
        assert_eq!(words.len(), 1);
        assert_eq!(words[0].text(), Some("late"));
        assert_eq!(doc.descendants().filter(|n| n.attribute("class") == Some("chart-hatch")).count(), 1);
        let rects: Vec<_> =
            doc.descendants().filter(|n| n.attribute("class").is_some_and(|c| c.starts_with("chart-span"))).collect();
        assert_eq!(rects.len(), 2);
        assert!(attr(rects[1], "x") > attr(rects[0], "x"), "the later milestone starts further along");
        let today = doc.descendants().find(|n| n.has_tag_name("line")).expect("today line");
        assert!(attr(today, "x1") > attr(rects[1], "x"));
        // Today at the far end: its label ends at the line instead of running off the drawing.
        let late = timeline(&frame, &spans, window, (d("2025-01-01"), "aujourd'hui"), "late");
        let doc = parse(&late);
        let label = doc.descendants().find(|n| n.attribute("class") == Some("chart-today-label")).expect("label");
        assert_eq!(label.attribute("text-anchor"), Some("end"));
        let mirrored = timeline(&Frame { rtl: true, ..frame }, &spans, window, (d("2025-01-01"), "اليوم"), "late");
        let doc = parse(&mirrored);
        let label = doc.descendants().find(|n| n.attribute("class") == Some("chart-today-label")).expect("label");
        assert_eq!(label.attribute("text-anchor"), Some("end"), "in RTL the far end is the left, and 'end' is left");
        let mirrored = timeline(&Frame { rtl: true, ..frame }, &spans, window, (d("2024-10-01"), "today"), "late");
        let doc = parse(&mirrored);
        let rects: Vec<_> =
            doc.descendants().filter(|n| n.attribute("class").is_some_and(|c| c.starts_with("chart-span"))).collect();
        assert!(attr(rects[1], "x") < attr(rects[0], "x"), "in RTL time runs right to left");
    }

    #[test]
    fn a_series_plots_each_measurement_with_baseline_and_target() {
        let d = |s: &str| domain::plan::parse_required_date(s).expect("date");
        let points = vec![Point { date: d("2024-01-01"), value: 12.0 }, Point { date: d("2024-06-01"), value: 45.0 }];
        let frame = Frame { id: "ind", title: "Petitions", desc: "Measurements against the target", rtl: false };
        let baseline = Reference { value: Some(0.0), date: Some(d("2023-06-01")), label: "baseline" };
        let target = Reference { value: Some(100.0), date: Some(d("2026-12-31")), label: "target" };
        let svg = series(&frame, &points, baseline, target, &|date| format!("{}/{}", date.month() as u8, date.year()));
        let doc = parse(&svg);
        let circles: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("circle")).collect();
        assert_eq!(circles.len(), 2);
        assert!(attr(circles[1], "cy") < attr(circles[0], "cy"), "a higher value is drawn higher");
        let class = |c: &str| doc.descendants().filter(|n| n.attribute("class") == Some(c)).collect::<Vec<_>>();
        assert_eq!((class("chart-baseline").len(), class("chart-target").len()), (1, 1));
        // The time axis runs from the baseline's day to the target's, labelled in dates.
        let ticks: Vec<_> = class("chart-tick").iter().map(|t| t.text().unwrap_or_default().to_string()).collect();
        assert_eq!(ticks, ["6/2023", "3/2025", "12/2026"]);
        let base_mark = class("chart-baseline-mark")[0];
        let target_mark = class("chart-target-mark")[0];
        assert!(attr(base_mark, "x") < attr(circles[0], "cx") && attr(circles[1], "cx") < attr(target_mark, "x"));
        // Every measurement carries its value.
        let values: Vec<_> = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("chart-value chart-point-value"))
            .map(|t| t.text().unwrap_or_default().to_string())
            .collect();
        assert_eq!(values, ["12", "45"]);
    }
}
