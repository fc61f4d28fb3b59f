//! Importing the real OGP sample on SQLite and PostgreSQL: same counts, idempotent,
//! all-or-nothing, and import → export → import gives the same data.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use interchange::{ogp_csv, ogp_import};
use store::testing::TestDatabase;
use store::{Database, ImportCounts};

const SAMPLE: &[u8] = include_bytes!("data/ogp-commitments-sample.csv");

use store::on_both_backends;

on_both_backends!(
    sample_imports_twice_with_the_same_counts,
    a_bad_row_rolls_back_everything,
    export_then_import_is_identity,
    unseen_rows_import_beside_the_sample
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
    // The directory holds organisations only: no piece of a sentence, no group of people.
    let names: Vec<String> = db
        .list_institutions()
        .await
        .unwrap()
        .iter()
        .filter_map(|i| i.name.get(domain::Locale::En).map(str::to_string))
        .collect();
    let fragments: Vec<&String> = names.iter().filter(|n| domain::institution::is_fragment(n)).collect();
    assert!(fragments.is_empty(), "fragment institutions: {fragments:?}");
    for cut in ["of infrastructures and public services)", "vernment", "Citizens", "working groups"] {
        assert!(!names.iter().any(|n| n == cut), "{cut} is not an institution");
    }
    // "Ministry of Finance (MoF)" is filed as "Ministry of Finance" with its acronym, and the
    // directory holds one institution per normalised name.
    let all = db.list_institutions().await.unwrap();
    let with_acronym: Vec<&domain::institution::Institution> = all.iter().filter(|i| i.acronym.is_some()).collect();
    assert!(!with_acronym.is_empty(), "acronyms are read from names");
    assert!(
        !names.iter().any(|n| n.ends_with(')') && domain::text::split_acronym(n).1.is_some()),
        "no name keeps its acronym in parentheses"
    );
    let mut keys: Vec<String> = names.iter().map(|n| domain::text::normalised_name(n)).collect();
    keys.sort();
    let before = keys.len();
    keys.dedup();
    assert_eq!(keys.len(), before, "one institution per name");
    println!("the OGP sample: {} institutions in the directory, {} with an acronym", names.len(), with_acronym.len());
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

async fn unseen_rows_import_beside_the_sample(t: &TestDatabase) {
    let db = t.db.as_ref();
    db.import_ogp(&sample(), 1).await.expect("sample");
    let unseen = ogp_csv::read(include_bytes!("data/ogp-unseen-slovakia.csv").as_slice()).expect("read");
    let records: Vec<_> = unseen.iter().map(ogp_import::to_import).collect();
    let counts = db.import_ogp(&records, 2).await.expect("import");
    assert_eq!((counts.plans_created, counts.commitments_created), (1, 2));
    let plan = db.plan_by_slug("slovak-republic-3").await.unwrap().expect("plan");
    assert_eq!(db.commitments_of_plan(plan.id).await.unwrap().len(), 2);
}

mod json {
    use super::*;

    on_both_backends!(instance_json_validates_and_round_trips);

    const SCHEMA: &str = include_str!("../../../schemas/sharaka-instance.schema.json");

    /// The export with ids replaced by natural keys, so two instances can be compared.
    fn normalised(data: &store::InstanceData) -> serde_json::Value {
        let slug = |id: Option<i64>| {
            id.and_then(|id| data.institutions.iter().find(|i| i.id == id)).map(|i| i.slug.as_str().to_string())
        };
        let plan_slug = |id: i64| data.plans.iter().find(|p| p.plan.id == id).map(|p| p.plan.slug.clone());
        let theme_key = |id: Option<i64>| {
            id.and_then(|id| data.plans.iter().flat_map(|p| &p.themes).find(|t| t.id == id)).map(|t| t.key.clone())
        };
        let mut institutions: Vec<_> = data
            .institutions
            .iter()
            .map(|i| serde_json::json!([i.slug.as_str(), i.name, i.acronym, i.branch, slug(i.parent_id)]))
            .collect();
        institutions.sort_by_key(|v| v.to_string());
        let mut plans: Vec<_> = data
            .plans
            .iter()
            .map(|p| {
                serde_json::json!([
                    p.plan.slug,
                    p.plan.member,
                    p.plan.number,
                    p.plan.title,
                    p.plan.starts_on,
                    p.plan.ends_on,
                    p.plan.ogp_id,
                    p.plan.phases,
                    p.themes.iter().map(|t| (&t.key, &t.title)).collect::<Vec<_>>()
                ])
            })
            .collect();
        plans.sort_by_key(|v| v.to_string());
        let mut commitments: Vec<_> = data
            .commitments
            .iter()
            .map(|c| {
                let k = &c.commitment;
                let mut supporters: Vec<_> = k.supporting_institution_ids.iter().map(|id| slug(Some(*id))).collect();
                supporters.sort();
                serde_json::json!([
                    k.code,
                    plan_slug(k.plan_id),
                    theme_key(k.theme_id),
                    k.number,
                    k.status,
                    k.texts,
                    slug(k.lead_institution_id),
                    supporters,
                    k.values,
                    k.policy_areas,
                    k.assessment,
                    k.starts_on,
                    k.ends_on,
                    k.source_url,
                    c.ogp_row,
                    c.milestones.len(),
                    c.indicators.len()
                ])
            })
            .collect();
        commitments.sort_by_key(|v| v.to_string());
        serde_json::json!({ "institutions": institutions, "plans": plans, "commitments": commitments })
    }

    async fn instance_json_validates_and_round_trips(t: &TestDatabase) {
        let db = t.db.as_ref();
        db.import_ogp(&sample(), 1).await.expect("import");
        let exported = db.export_instance().await.expect("export");
        let json = serde_json::to_value(&exported).expect("json");

        let schema: serde_json::Value = serde_json::from_str(SCHEMA).expect("schema is JSON");
        let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
        let errors: Vec<String> =
            validator.iter_errors(&json).take(5).map(|e| format!("{} at {}", e, e.instance_path)).collect();
        assert!(errors.is_empty(), "export does not match its schema: {errors:#?}");
        // The schema is not a rubber stamp: a broken export fails it.
        let mut broken = json.clone();
        broken["commitments"][0]["status"] = serde_json::json!("finished");
        assert!(!validator.is_valid(&broken));

        // Into an empty instance, and out again: the same data.
        let fresh = TestDatabase::sqlite().await;
        let text = serde_json::to_string_pretty(&exported).expect("text");
        let read: store::InstanceData = serde_json::from_str(&text).expect("read back");
        fresh.db.import_instance(&read, 2).await.expect("import json");
        let again = fresh.db.export_instance().await.expect("export again");
        assert_eq!(normalised(&again), normalised(&exported));
        // A second import into the now-filled instance is refused, and changes nothing.
        let err = fresh.db.import_instance(&read, 3).await.expect_err("not empty");
        assert!(err.to_string().contains("empty"), "{err}");
        assert_eq!(fresh.db.count_commitments().await.unwrap(), 275);
        fresh.cleanup().await;
    }
}
