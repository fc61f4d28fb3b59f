//! The real OGP sample (275 commitments) read, written and read again.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use interchange::ogp_csv::{self, OgpCsvError};

const SAMPLE: &[u8] = include_bytes!("data/ogp-commitments-sample.csv");

#[test]
fn reads_every_row_of_the_sample() {
    let rows = ogp_csv::read(SAMPLE).expect("the sample reads");
    assert_eq!(rows.len(), 275);
    // Lines are the file's: rows with multi-line cells span several.
    assert_eq!(rows.iter().take(6).map(|r| r.line).collect::<Vec<_>>(), vec![2, 3, 4, 5, 390, 413]);
    assert!(rows.iter().all(|r| r.raw.len() == 171));
    let morocco: Vec<_> = rows.iter().filter(|r| r.member == "Morocco").collect();
    assert_eq!(morocco.len(), 16);
    let mo12 = rows.iter().find(|r| r.code == "MO0012").expect("MO0012");
    assert_eq!(mo12.plan_ogp_id, "AP_MAR01");
    assert_eq!(mo12.plan_number, 1);
    assert_eq!(mo12.starts_on, Some(time::macros::date!(2018 - 06 - 01)));
    assert_eq!(mo12.ends_on, Some(time::macros::date!(2020 - 03 - 31)));
    assert!(mo12.lead_institutions[0].starts_with("Directorate of Budget"));
    assert!(mo12
        .url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://www.opengovpartnership.org/")
            || u.starts_with("https://opengovpartnership.org/")));
    // Multi-line quoted cells survive.
    assert!(rows.iter().any(|r| r.full_text.as_deref().is_some_and(|t| t.contains('\n'))));
    assert!(rows.iter().all(|r| r.policy_areas.iter().all(|a| ogp_csv::columns().contains(&a.as_str()))));
    assert!(rows.iter().any(|r| r.policy_areas.contains(&"Open Parliaments".to_string())));
}

#[test]
fn writing_then_reading_gives_the_same_rows() {
    let rows = ogp_csv::read(SAMPLE).expect("read");
    let mut out = vec![];
    ogp_csv::write(&mut out, &rows.iter().map(|r| r.raw.clone()).collect::<Vec<_>>()).expect("write");
    // Parsed again by an independent CSV reader: the same cells.
    let mut reader = csv::Reader::from_reader(out.as_slice());
    assert_eq!(reader.headers().expect("header").len(), 171);
    assert_eq!(reader.records().count(), 275);
    let again = ogp_csv::read(out.as_slice()).expect("read again");
    let strip = |rows: Vec<ogp_csv::OgpCommitment>| {
        rows.into_iter()
            .map(|mut r| {
                r.line = 0;
                r
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(again), strip(rows));
}

#[test]
fn bad_files_are_refused_with_a_line_and_reason() {
    let header = String::from_utf8(SAMPLE.split(|b| *b == b'\n').next().expect("header").to_vec()).expect("utf8");

    let no_code = "Country/Locality,Action Plan Number,Action Plan ID,Commitment Title\r\nMorocco,1,AP_MAR01,T\r\n";
    assert_eq!(
        ogp_csv::read(no_code.as_bytes()),
        Err(OgpCsvError::MissingColumns("Commitment Unique Identifier".into()))
    );

    // Every required column, but not OGP's whole layout: refused rather than blanking the rest
    // (the lead institution, the dates) on every commitment it would update.
    let partial = "Commitment Unique Identifier,Country/Locality,Action Plan Number,Action Plan ID,Commitment Title\r\nMO0001,Morocco,1,AP_MAR01,T\r\n";
    match ogp_csv::read(partial.as_bytes()) {
        Err(OgpCsvError::IncompleteLayout(missing)) => {
            assert!(missing.contains("Lead Institution") || missing.contains("more"), "{missing}");
        }
        other => panic!("a partial layout was accepted: {other:?}"),
    }

    // Truncated in the middle of a row.
    let cut = &SAMPLE[..SAMPLE.len() / 2];
    match ogp_csv::read(cut) {
        Err(OgpCsvError::Malformed { line, reason }) => {
            assert!(line > 1 && reason.contains("cells"), "{line} {reason}")
        }
        other => panic!("a truncated file must be refused, got {:?}", other.map(|r| r.len())),
    }

    // Latin-1 bytes where UTF-8 is expected.
    let mut latin1 = SAMPLE.to_vec();
    let at = latin1.windows(7).position(|w| w == b"Morocco").expect("Morocco");
    latin1[at + 1] = 0xF4;
    match ogp_csv::read(latin1.as_slice()) {
        Err(OgpCsvError::Encoding { line, column }) => {
            assert!(line > 1 && column == "Country/Locality", "{line} {column}")
        }
        other => panic!("bad encoding must be refused, got {:?}", other.map(|r| r.len())),
    }

    // A row whose plan number is not a number.
    let mut bad_number = header.clone();
    let mut cells = vec![String::new(); 171];
    let cols = ogp_csv::columns();
    let set = |cells: &mut Vec<String>, name: &str, value: &str| {
        cells[cols.iter().position(|c| *c == name).expect(name)] = value.into()
    };
    set(&mut cells, "Commitment Unique Identifier", "XX0001");
    set(&mut cells, "Country/Locality", "Testland");
    set(&mut cells, "Action Plan Number", "two");
    set(&mut cells, "Action Plan ID", "AP_TST01");
    set(&mut cells, "Commitment Title", "T");
    bad_number.push('\n');
    bad_number.push_str(&cells.join(","));
    bad_number.push_str("\r\n");
    assert_eq!(
        ogp_csv::read(bad_number.as_bytes()).map(|r| r.len()),
        Err(OgpCsvError::Cell {
            line: 2,
            column: "Action Plan Number".into(),
            reason: "must be a whole number from 1 to 100".into()
        })
    );
}

/// Rows from OGP's export that are not in the sample (Slovakia's third plan), copied from
/// the public g0v/ogp-commitments mirror: the reader is not tuned to the sample.
#[test]
fn reads_rows_it_was_not_written_against() {
    let rows = ogp_csv::read(include_bytes!("data/ogp-unseen-slovakia.csv").as_slice()).expect("unseen rows read");
    assert_eq!(rows.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(), vec!["SK0116", "SK0118"]);
    let first = &rows[0];
    assert_eq!(
        (first.member.as_str(), first.plan_ogp_id.as_str(), first.plan_number),
        ("Slovak Republic", "AP_SVK03", 3)
    );
    assert_eq!(first.starts_on, None, "NA is no date");
    assert_eq!(first.ends_on, Some(time::macros::date!(2018 - 07 - 31)));
    assert_eq!(first.theme.as_deref(), Some("Open Justice"));
    assert!(
        first.full_text.as_deref().is_some_and(|t| t.contains("(\"the National Council\")")),
        "doubled quotes are unescaped"
    );
    assert_eq!(
        first.lead_institutions,
        vec!["Deputy Prime Minister and the Minister of Justice in cooperation with the Attorney-General"]
    );
    assert!(first.supporting_institutions.is_empty());
    assert!(first.assessment.contains(&("Completion (End Of Term)".to_string(), "Not Started".to_string())));
}
