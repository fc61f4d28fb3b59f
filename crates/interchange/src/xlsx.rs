//! Commitments as an XLSX workbook: the OGP columns on a first sheet (header row bold and
//! frozen), and a second sheet saying where the data comes from and under which licence.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

/// What the "About" sheet says.
pub struct About {
    pub title: String,
    pub source: String,
    pub licence: String,
    /// When it was made (Unix seconds), in the document's properties: from the caller's
    /// clock, so that the same data makes the same bytes (the library would read the system
    /// clock, and two servers answered the same download with different bytes and ETags).
    pub created_at: i64,
}

impl Default for About {
    fn default() -> Self {
        About {
            title: "Sharaka: open government action plan commitments".into(),
            source: "Exported from a Sharaka open government portal, in the columns of the OGP commitments data."
                .into(),
            licence: "Creative Commons Attribution 4.0 International (CC BY 4.0)".into(),
            created_at: 0,
        }
    }
}

/// The workbook's bytes.
pub fn workbook(columns: &[&str], rows: &[Vec<String>], about: &About) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_timestamp(about.created_at)?;
    book.set_properties(&DocProperties::new().set_title(&about.title).set_creation_datetime(&created));
    let bold = Format::new().set_bold();
    let sheet = book.add_worksheet().set_name("Commitments")?;
    for (c, name) in columns.iter().enumerate() {
        let col = u16::try_from(c).map_err(|_| XlsxError::ParameterError("too many columns".into()))?;
        sheet.write_string_with_format(0, col, *name, &bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let line = u32::try_from(r + 1).map_err(|_| XlsxError::ParameterError("too many rows".into()))?;
        for (c, cell) in row.iter().enumerate() {
            let col = u16::try_from(c).map_err(|_| XlsxError::ParameterError("too many columns".into()))?;
            if !cell.is_empty() {
                sheet.write_string(line, col, cell)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    let info = book.add_worksheet().set_name("About")?;
    for (r, (key, value)) in
        [("Title", &about.title), ("Source", &about.source), ("Licence", &about.licence)].iter().enumerate()
    {
        let line = u32::try_from(r).unwrap_or_default();
        info.write_string_with_format(line, 0, *key, &bold)?;
        info.write_string(line, 1, value.as_str())?;
    }
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};

    use super::*;

    #[test]
    fn a_real_reader_opens_the_workbook_with_every_cell() {
        let columns = ["Commitment Unique Identifier", "Commitment Title"];
        let rows = vec![
            vec!["MO0050".to_string(), "البرلمان الإلكتروني".to_string()],
            vec!["MO0012".to_string(), "Budget citoyen & ouvert <2024>".to_string()],
        ];
        let bytes = workbook(&columns, &rows, &About::default()).expect("workbook");
        let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("a valid XLSX");
        assert_eq!(book.sheet_names(), vec!["Commitments".to_string(), "About".to_string()]);
        let range = book.worksheet_range("Commitments").expect("sheet");
        assert_eq!(range.get_size(), (3, 2));
        assert_eq!(range.get((0, 0)), Some(&Data::String("Commitment Unique Identifier".into())));
        assert_eq!(range.get((1, 1)), Some(&Data::String("البرلمان الإلكتروني".into())));
        assert_eq!(range.get((2, 1)), Some(&Data::String("Budget citoyen & ouvert <2024>".into())));
        let about = book.worksheet_range("About").expect("about");
        assert!(matches!(about.get((2, 1)), Some(Data::String(s)) if s.contains("CC BY 4.0")));
    }
}
