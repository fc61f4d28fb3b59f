//! Importing the real OGP sample on SQLite and PostgreSQL: same counts, idempotent,
//! all-or-nothing, and import → export → import gives the same data.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use interchange::{ogp_csv, ogp_import};
use store::testing::TestDatabase;
use store::{Database, ImportCounts};

const SAMPLE: &[u8] = include_bytes!("data/ogp-commitments-sample.csv");

macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                let t = store::testing::TestDatabase::sqlite().await;
                super::$name(&t).await;
                t.cleanup().await;
            }
            #[tokio::test]
            async fn postgres() {
                let Some(t) = store::testing::TestDatabase::postgres().await else { return };
                super::$name(&t).await;
                t.cleanup().await;
            }
        }
    )*};
}

on_both_backends!(
    sample_imports_twice_with_the_same_counts,
    a_bad_row_rolls_back_everything,
    export_then_import_is_identity
);

fn sample() -> Vec<store::ImportedCommitment> {
    ogp_csv::read(SAMPLE).expect("sample").iter().map(ogp_import::to_import).collect()
}

async fn counts(db: &dyn Database) -> (i64, i64, usize) {
    (
        db.count_plans().await.unwrap(),
        db.count_commitments().await.unwrap(),
        db.list_institutions().await.unwrap().len(),
    )
}

async fn sample_imports_twice_with_the_same_counts(t: &TestDatabase) {
    let db = t.db.as_ref();
    let first = db.import_ogp(&sample(), 1).await.expect("import");
    assert_eq!(first.commitments_created, 275);
    assert_eq!(first.plans_created, 109);
    assert!(first.institutions_created > 150, "{first:?}");
    let after_first = counts(db).await;
    assert_eq!(after_first, (109, 275, first.institutions_created as usize));

    let second = db.import_ogp(&sample(), 2).await.expect("again");
    assert_eq!(second, ImportCounts { commitments_unchanged: 275, ..ImportCounts::default() });
    assert_eq!(counts(db).await, after_first);

    let plan = db.plan_by_slug("morocco-1").await.unwrap().expect("Morocco's first plan");
    assert_eq!(plan.ogp_id.as_deref(), Some("AP_MAR01"));
    let commitments = db.commitments_of_plan(plan.id).await.unwrap();
    assert_eq!(commitments.len(), 8);
    let mo12 = db.commitment_by_code("MO0012").await.unwrap().expect("MO0012");
    assert_eq!(mo12.text("short-title").get(domain::Locale::En), Some("Budget Transparency Law"));
    let lead = db.institution(mo12.lead_institution_id.expect("lead")).await.unwrap().expect("institution");
    assert!(lead.name.get(domain::Locale::En).unwrap().starts_with("Directorate of Budget"));
    // "House of Representatives" leads several Moroccan commitments: one institution, not seven.
    let house = db
        .list_institutions()
        .await
        .unwrap()
        .into_iter()
        .filter(|i| i.name.get(domain::Locale::En) == Some("House of Representatives"))
        .count();
    assert_eq!(house, 1);
}

async fn a_bad_row_rolls_back_everything(t: &TestDatabase) {
    let db = t.db.as_ref();
    let mut rows = sample();
    // The last row is unusable: the 275 rows before it, already written in the transaction, go too.
    let mut broken = rows[0].clone();
    broken.code = String::new();
    rows.push(broken);
    let err = db.import_ogp(&rows, 1).await.expect_err("refused");
    assert!(err.to_string().contains("row 276"), "{err}");
    assert_eq!(counts(db).await, (0, 0, 0), "nothing of a failed import remains");
}

async fn export_then_import_is_identity(t: &TestDatabase) {
    let db = t.db.as_ref();
    db.import_ogp(&sample(), 1).await.expect("import");
    let exported = db.export_commitments().await.expect("export");
    assert_eq!(exported.len(), 275);
    let rows: Vec<Vec<String>> =
        exported.iter().map(|e| e.raw.clone().expect("imported rows keep their cells")).collect();
    let mut csv = vec![];
    ogp_csv::write(&mut csv, &rows).expect("write");
    let again: Vec<_> = ogp_csv::read(csv.as_slice()).expect("re-read").iter().map(ogp_import::to_import).collect();
    // Into the same database: nothing changes.
    assert_eq!(db.import_ogp(&again, 2).await.expect("re-import").commitments_unchanged, 275);
    // And the records read back are the records first read.
    let mut original = sample();
    original.sort_by(|a, b| a.code.cmp(&b.code));
    let mut round_tripped = again;
    round_tripped.sort_by(|a, b| a.code.cmp(&b.code));
    assert_eq!(original, round_tripped);
}
