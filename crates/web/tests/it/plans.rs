//! Plans and commitments imported from OGP data, as readers see them.

use axum::http::StatusCode;

use crate::harness::{import_morocco, TestApp};
use crate::on_both_backends;

on_both_backends!(
    plan_and_commitment_pages_render_in_arabic_and_french,
    plan_api_serves_json,
    quality_report_names_commitment_field_and_reason,
    printable_plan_is_a_page_and_a_cached_pdf
);

async fn printable_plan_is_a_page_and_a_cached_pdf(app: &mut TestApp) {
    import_morocco(app).await;
    let plan = app.get("/ar/plans/morocco-2").await;
    plan.assert_contains(r#"href="/ar/plans/morocco-2/print""#);

    let page = app.get("/ar/plans/morocco-2/print").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(r#"<html lang="ar" dir="rtl">"#);
    page.assert_contains(r#"href="/ar/plans/morocco-2/plan.pdf""#);
    page.assert_contains("المحتويات");
    // Every commitment, with its template texts (English source text tagged as such).
    page.assert_contains(r#"id="MO0047""#);
    page.assert_contains(r#"<div class="prose" lang="en" dir="ltr">"#);
    page.assert_contains("طُبعت من http://sharaka.test/ar/plans/morocco-2");
    // The cover names who issues the plan, which version it is and where it stands.
    page.assert_contains("صادر عن");
    page.assert_contains("الجهة المسؤولة عن خطة عمل الحكومة المنفتحة");
    page.assert_contains("مسودة عمل بتاريخ");
    app.get("/fr/plans/morocco-2/print").await.assert_contains("document de travail au");

    let pdf = app.get("/ar/plans/morocco-2/plan.pdf").await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(pdf.headers["content-type"], "application/pdf");
    assert!(pdf.body.starts_with("%PDF-"), "a PDF");
    assert_eq!(pdf.headers["content-disposition"], r#"inline; filename="morocco-2-ar.pdf""#);
    let etag = pdf.headers["etag"].to_str().expect("etag").to_string();
    // The same content again is the same file; a client holding it gets 304.
    let again =
        app.request(axum::http::Method::GET, "/ar/plans/morocco-2/plan.pdf", None, &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    // Another language is another document.
    let french = app.get("/fr/plans/morocco-2/plan.pdf").await;
    assert_eq!(french.status, StatusCode::OK);
    assert_ne!(french.headers["etag"], etag.as_str());

    assert_eq!(app.get("/ar/plans/nope/print").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/ar/plans/nope/plan.pdf").await.status, StatusCode::NOT_FOUND);
}

async fn plan_and_commitment_pages_render_in_arabic_and_french(app: &mut TestApp) {
    import_morocco(app).await;
    let list = app.get("/ar/plans").await;
    assert_eq!(list.status, StatusCode::OK);
    list.assert_contains(r#"href="/ar/plans/morocco-1""#);
    list.assert_contains("عدد الالتزامات: 8");

    let plan = app.get("/fr/plans/morocco-2").await;
    assert_eq!(plan.status, StatusCode::OK);
    plan.assert_contains(r#"<html lang="fr" dir="ltr">"#);
    plan.assert_contains("Open Parliament"); // the theme, from the data
    plan.assert_contains(r#"href="/fr/commitments/MO0047""#);
    plan.assert_contains("Source : données des engagements du Partenariat pour un gouvernement ouvert");
    // By id as well as by slug.
    let id = app.state.db.plan_by_slug("morocco-2").await.expect("get").expect("plan").id;
    assert_eq!(app.get(&format!("/fr/plans/{id}")).await.status, StatusCode::OK);

    let commitment = app.get("/ar/commitments/MO0012").await;
    assert_eq!(commitment.status, StatusCode::OK);
    commitment.assert_contains(r#"<html lang="ar" dir="rtl">"#);
    // English source text, marked and tagged with its language.
    commitment.assert_contains(r#"<span lang="en" dir="ltr">Implementing the provisions of Organic Law No. 130-13"#);
    commitment.assert_contains("لم تُترجم بعد");
    commitment.assert_contains("1 يونيو 2018");
    commitment.assert_contains(r#"<time datetime="2020-03-31">31 مارس 2020</time>"#);
    commitment.assert_contains("الحصول على المعلومات"); // OGP value, translated
    commitment.assert_contains(r#"href="https://opengovpartnership.org/members/morocco/commitments/mo0012""#);

    // The lead institution's page lists the commitments it leads.
    let lead = app
        .state
        .db
        .commitment_by_code("MO0019")
        .await
        .expect("get")
        .expect("MO0019")
        .lead_institution_id
        .expect("lead");
    let institution = app.state.db.institution(lead).await.expect("get").expect("institution");
    let page = app.get(&format!("/fr/institutions/{}", institution.slug.as_str())).await;
    page.assert_contains("Engagements qu&#39;elle porte");
    page.assert_contains(r#"href="/fr/commitments/MO0019""#);

    assert_eq!(app.get("/fr/plans/nope").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/fr/commitments/XX9999").await.status, StatusCode::NOT_FOUND);
}

async fn plan_api_serves_json(app: &mut TestApp) {
    import_morocco(app).await;
    let plans = app.get("/api/v1/plans").await.json()["items"].clone();
    let slugs: Vec<&str> = plans.as_array().expect("array").iter().filter_map(|p| p["slug"].as_str()).collect();
    assert_eq!(slugs, vec!["morocco-1", "morocco-2"]);
    assert_eq!(plans[0]["ogp_id"], "AP_MAR01");
    assert_eq!(plans[0]["starts_on"], "2018-01-01");
    let commitments = app.get("/api/v1/plans/morocco-1/commitments").await.json();
    assert_eq!((commitments["items"].as_array().expect("array").len(), commitments["total"].as_i64()), (8, Some(8)));
    let one = app.get("/api/v1/commitments/MO0012").await.json();
    assert_eq!(one["code"], "MO0012");
    assert_eq!(one["plan_slug"], "morocco-1");
    assert_eq!(one["values"][0], "access-to-information");
    assert_eq!(one["texts"]["short-title"]["en"], "Budget Transparency Law");
    let missing = app.get("/api/v1/commitments/NOPE").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.json()["code"], "not-found");
}

async fn quality_report_names_commitment_field_and_reason(app: &mut TestApp) {
    import_morocco(app).await;
    let report = app.get("/fr/plans/morocco-1/quality").await;
    assert_eq!(report.status, StatusCode::OK);
    report.assert_contains(r#"<span class="stat">0</span> prêts"#);
    report.assert_contains(r#"<span class="stat">8</span> pas encore prêts"#);
    // OGP data carries titles but not the template's problem / solution / results sections.
    report.assert_contains("Le problème — non rempli");
    report.assert_contains("Jalons — au moins un jalon est nécessaire");
    report.assert_contains(r#"href="/fr/commitments/MO0012""#);
    let arabic = app.get("/ar/plans/morocco-1/quality").await;
    arabic.assert_contains("الإشكالية — غير مملوء");
}
