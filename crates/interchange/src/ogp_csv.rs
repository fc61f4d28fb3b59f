//! The OGP commitments database CSV: 171 columns, one row per commitment, dates mostly
//! M/D/YYYY, the codes ND / NR / NA for "no data", "not reviewed", "not applicable",
//! multi-line quoted cells, several institutions inside one cell.
//!
//! Reading keeps every cell (`raw`) next to the fields Sharaka uses, so that what is
//! imported can be written back column for column.

use std::collections::HashMap;
use std::io::{Read, Write};

use domain::commitment::OgpValue;
use time::{Date, Month};

/// OGP's column order, as in its official export.
pub const COLUMNS_TEXT: &str = include_str!("ogp_columns.txt");

pub fn columns() -> Vec<&'static str> {
    COLUMNS_TEXT.lines().collect()
}

/// Columns without which a row cannot be placed in a plan.
pub const REQUIRED: [&str; 5] =
    ["Commitment Unique Identifier", "Country/Locality", "Action Plan Number", "Action Plan ID", "Commitment Title"];

/// The policy-area flags (0/1) run from this column to that one in OGP's layout.
const FIRST_POLICY_AREA: &str = "Anti-Corruption and Integrity";
const LAST_POLICY_AREA: &str = "Money in Politics";

const VALUE_COLUMNS: [(&str, OgpValue); 4] = [
    ("OGP Value Access To Information", OgpValue::AccessToInformation),
    ("OGP Value Civic Participation", OgpValue::CivicParticipation),
    ("OGP Value Public Accountability", OgpValue::PublicAccountability),
    ("OGP Value Technology", OgpValue::TechnologyAndInnovation),
];

/// IRM assessment columns kept as they are written in the data.
pub const ASSESSMENT_COLUMNS: [&str; 8] = [
    "Verifiable",
    "Specificity",
    "Potential Impact",
    "Potential for Results",
    "Completion (Progress Report)",
    "Completion (End Of Term)",
    "Early Results",
    "Did It Open Government (Overall)",
];

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum OgpCsvError {
    #[error("the file has no header row")]
    Empty,
    #[error("not OGP's 171-column layout: missing column(s) {0}")]
    IncompleteLayout(String),
    #[error("missing required column(s): {0}")]
    MissingColumns(String),
    #[error("line {line}: the file is not valid UTF-8 (column {column:?}); save it as UTF-8 and try again")]
    Encoding { line: u64, column: String },
    #[error("line {line}: {reason}")]
    Malformed { line: u64, reason: String },
    #[error("line {line}, column {column:?}: {reason}")]
    Cell { line: u64, column: String, reason: String },
}

/// One commitment as read from the OGP data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OgpCommitment {
    /// Line of the file where the row starts (1 is the header).
    pub line: u64,
    pub code: String,
    pub member: String,
    pub member_code: Option<String>,
    pub plan_number: i64,
    pub plan_ogp_id: String,
    /// The commitment's number within its plan, e.g. "3.1".
    pub number: Option<String>,
    pub submission_year: Option<i32>,
    pub end_year: Option<i32>,
    pub theme: Option<String>,
    pub title: String,
    pub short_title: Option<String>,
    pub full_text: Option<String>,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub lead_institutions: Vec<String>,
    pub supporting_institutions: Vec<String>,
    pub policy_areas: Vec<String>,
    pub values: Vec<OgpValue>,
    /// IRM assessment fields present in the row (column, value), codes excluded.
    pub assessment: Vec<(String, String)>,
    pub url: Option<String>,
    /// Every cell in OGP's column order ([`columns`]); absent columns are empty.
    pub raw: Vec<String>,
}

/// A cell's meaningful text: trimmed, with OGP's "no value" codes treated as empty.
pub fn value(cell: &str) -> Option<&str> {
    let t = cell.trim();
    (!t.is_empty() && !matches!(t, "NA" | "ND" | "NR" | "N/A")).then_some(t)
}

/// Reads a whole file. Any row it cannot read stops the import with its line and reason.
pub fn read(input: impl Read) -> Result<Vec<OgpCommitment>, OgpCsvError> {
    let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(input);
    let header = match reader.byte_headers() {
        Ok(h) if !h.is_empty() => h.clone(),
        Ok(_) => return Err(OgpCsvError::Empty),
        Err(e) => return Err(OgpCsvError::Malformed { line: 1, reason: e.to_string() }),
    };
    let header: Vec<String> = header
        .iter()
        .map(|h| std::str::from_utf8(h).map(|s| s.trim_start_matches('\u{feff}').trim().to_string()))
        .collect::<Result<_, _>>()
        .map_err(|_| OgpCsvError::Encoding { line: 1, column: "header".into() })?;
    let missing: Vec<&str> = REQUIRED.iter().copied().filter(|r| !header.iter().any(|h| h == r)).collect();
    if !missing.is_empty() {
        return Err(OgpCsvError::MissingColumns(missing.join(", ")));
    }
    let canonical = columns();
    // A file with fewer columns than OGP's layout would blank what it lacks (the lead
    // institution, the dates) on every commitment it updates: refused, naming what is missing.
    let absent: Vec<&str> = canonical.iter().copied().filter(|c| !header.iter().any(|h| h == c)).collect();
    if !absent.is_empty() {
        let shown: Vec<&str> = absent.iter().copied().take(5).collect();
        let more = if absent.len() > shown.len() {
            format!(" and {} more", absent.len() - shown.len())
        } else {
            String::new()
        };
        return Err(OgpCsvError::IncompleteLayout(format!("{}{more}", shown.join(", "))));
    }
    let position: HashMap<&str, usize> = header.iter().enumerate().map(|(i, h)| (h.as_str(), i)).collect();

    let mut rows: Vec<OgpCommitment> = vec![];
    let mut seen: HashMap<String, u64> = HashMap::new();
    for record in reader.byte_records() {
        let record = record.map_err(|e| {
            let line = e.position().map(file_line).unwrap_or(0);
            let reason = match e.kind() {
                csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                    format!("expected {expected_len} cells but found {len} (a truncated file or a stray quote?)")
                }
                _ => e.to_string(),
            };
            OgpCsvError::Malformed { line, reason }
        })?;
        let line = record.position().map(file_line).unwrap_or(0);
        let mut cells: Vec<&str> = Vec::with_capacity(record.len());
        for (i, bytes) in record.iter().enumerate() {
            let cell = std::str::from_utf8(bytes)
                .map_err(|_| OgpCsvError::Encoding { line, column: header.get(i).cloned().unwrap_or_default() })?;
            cells.push(domain::text::spreadsheet_cell_read(cell));
        }
        let get = |column: &str| position.get(column).and_then(|i| cells.get(*i)).copied().unwrap_or("");
        let row = parse_row(line, &get, &canonical)?;
        if let Some(first) = seen.insert(row.code.clone(), line) {
            return Err(OgpCsvError::Cell {
                line,
                column: "Commitment Unique Identifier".into(),
                reason: format!("the code {} is already used on line {first}", row.code),
            });
        }
        rows.push(row);
    }
    Ok(rows)
}

/// The file line where a record starts. csv's counter trails by one once the header is read
/// (checked against the sample: its first record, on line 2, reports 1).
fn file_line(position: &csv::Position) -> u64 {
    position.line() + 1
}

fn parse_row<'a>(line: u64, get: &impl Fn(&str) -> &'a str, canonical: &[&str]) -> Result<OgpCommitment, OgpCsvError> {
    let cell_error =
        |column: &str, reason: &str| OgpCsvError::Cell { line, column: column.into(), reason: reason.into() };
    let required = |column: &str| value(get(column)).ok_or_else(|| cell_error(column, "is empty"));

    let code = required("Commitment Unique Identifier")?.to_string();
    if !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(cell_error("Commitment Unique Identifier", "must contain only letters, digits, - and _"));
    }
    let plan_number = required("Action Plan Number")?
        .parse::<i64>()
        .ok()
        .filter(|n| (1..=100).contains(n))
        .ok_or_else(|| cell_error("Action Plan Number", "must be a whole number from 1 to 100"))?;
    let year =
        |column: &str| value(get(column)).and_then(|y| y.parse::<i32>().ok()).filter(|y| (1990..=2100).contains(y));

    let first = canonical.iter().position(|c| *c == FIRST_POLICY_AREA).unwrap_or(0);
    let last = canonical.iter().position(|c| *c == LAST_POLICY_AREA).unwrap_or(0);
    let policy_areas = canonical[first..=last].iter().filter(|c| get(c).trim() == "1").map(|c| c.to_string()).collect();
    let values = VALUE_COLUMNS.iter().filter(|(c, _)| get(c).trim() == "1").map(|(_, v)| *v).collect();
    let assessment =
        ASSESSMENT_COLUMNS.iter().filter_map(|c| value(get(c)).map(|v| (c.to_string(), v.to_string()))).collect();

    Ok(OgpCommitment {
        line,
        code,
        member: required("Country/Locality")?.to_string(),
        member_code: value(get("Code")).map(str::to_string),
        plan_number,
        plan_ogp_id: required("Action Plan ID")?.to_string(),
        number: value(get("Commitment Number")).map(str::to_string),
        submission_year: year("Year Of Submission"),
        end_year: year("Action Plan End Year"),
        theme: value(get("Theme")).map(str::to_string),
        title: required("Commitment Title")?.to_string(),
        short_title: value(get("Short Title")).map(str::to_string),
        full_text: value(get("Full Text")).map(str::to_string),
        starts_on: parse_date(get("Start Date")),
        ends_on: parse_date(get("End Date")),
        lead_institutions: split_institutions(get("Lead Institution")),
        supporting_institutions: split_institutions(get("Supporting Institution(s)")),
        policy_areas,
        values,
        assessment,
        url: value(get("URL")).map(str::to_string),
        raw: canonical.iter().map(|c| get(c).to_string()).collect(),
    })
}

/// Parses the date styles found in OGP data: M/D/YYYY (D/M/YYYY when the first number
/// cannot be a month), two-digit years, and "Month YYYY". Anything else (e.g. "Underway",
/// spreadsheet artefacts in 1905) is no date; the original text stays in the row.
pub fn parse_date(cell: &str) -> Option<Date> {
    let text = value(cell)?;
    let parts: Vec<&str> = text.split('/').map(str::trim).collect();
    if let [a, b, y] = parts.as_slice() {
        let (a, b, y): (u8, u8, i32) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
        let year = if y < 100 { 2000 + y } else { y };
        let (month, day) = if a > 12 && b <= 12 { (b, a) } else { (a, b) };
        return Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok().filter(|d| d.year() >= 1990);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if let [month, year] = words.as_slice() {
        let month = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(month))?;
        let year: i32 = year.parse().ok().filter(|y| (1990..=2100).contains(y))?;
        return Date::from_calendar_date(year, Month::try_from(u8::try_from(month + 1).ok()?).ok()?, 1).ok();
    }
    None
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Splits a cell naming several institutions: one per line, or separated by semicolons or
/// bullets. Commas are left alone ("Ministry of Economy, Finance and Administration Reform").
pub fn split_institutions(cell: &str) -> Vec<String> {
    let mut names: Vec<String> = vec![];
    for part in cell.split(['\n', ';', '•', '●']) {
        let name = strip_enumeration(part.trim().trim_start_matches(['-', '*', '·']).trim());
        let name = name.trim_end_matches([',', ';']).trim();
        if value(name).is_none() || name.chars().count() < 3 {
            continue;
        }
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// Drops a leading list marker such as "(a)", "b)" or "3.".
fn strip_enumeration(text: &str) -> &str {
    let marker = text.trim_start_matches('(');
    let end = marker.find([')', '.']).filter(|&i| i > 0 && i <= 3);
    match end {
        Some(i) if marker[..i].chars().all(|c| c.is_alphanumeric()) => marker[i + 1..].trim(),
        _ => text,
    }
}

/// Writes rows in OGP's 171-column layout (header included).
pub fn write(out: impl Write, rows: &[Vec<String>]) -> Result<(), csv::Error> {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(out);
    writer.write_record(columns())?;
    for row in rows {
        // Texts come from people; a cell is shown in a spreadsheet, never run as a formula.
        writer.write_record(row.iter().map(|cell| domain::text::spreadsheet_cell(cell)))?;
    }
    writer.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn dates_in_the_styles_ogp_uses() {
        assert_eq!(parse_date("9/1/2019"), Some(date!(2019 - 09 - 01)));
        assert_eq!(parse_date("31/12/2014"), Some(date!(2014 - 12 - 31)));
        assert_eq!(parse_date("8/1/18"), Some(date!(2018 - 08 - 01)));
        assert_eq!(parse_date("December 2014"), Some(date!(2014 - 12 - 01)));
        assert_eq!(parse_date("7/16/1905"), None);
        assert_eq!(parse_date("Underway"), None);
        assert_eq!(parse_date("NA"), None);
        assert_eq!(parse_date("2/30/2020"), None);
    }

    #[test]
    fn institutions_split_on_lines_semicolons_and_bullets() {
        assert_eq!(
            split_institutions("MINISTRY OF ADMINISTRATION\n STATE ELECTORAL COMMISSION"),
            vec!["MINISTRY OF ADMINISTRATION", "STATE ELECTORAL COMMISSION"]
        );
        assert_eq!(split_institutions("GGI; IDFI; GIZ"), vec!["GGI", "IDFI", "GIZ"]);
        assert_eq!(
            split_institutions("Ministry of Economy, Finance and Administration Reform"),
            vec!["Ministry of Economy, Finance and Administration Reform"]
        );
        assert!(split_institutions("NA").is_empty());
        assert_eq!(
            split_institutions("(a)        Leaders of the House,\n(b) Legislation Committee"),
            vec!["Leaders of the House", "Legislation Committee"]
        );
        assert_eq!(
            split_institutions("• Government\n- Presidency of the Cabinet"),
            vec!["Government", "Presidency of the Cabinet"]
        );
    }

    #[test]
    fn the_layout_has_171_columns() {
        assert_eq!(columns().len(), 171);
        for required in REQUIRED {
            assert!(columns().contains(&required));
        }
    }
}
