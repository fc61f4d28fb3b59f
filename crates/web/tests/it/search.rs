//! The search page: one box over everything, the same hits for vowelled and plain Arabic
//! and for French with or without accents, highlighted, and never an error.

use axum::http::StatusCode;

use crate::harness::{import_morocco, TestApp, START};
use crate::on_both_backends;

on_both_backends!(
    one_search_box_finds_every_spelling_and_survives_anything,
    filters_narrow_by_theme_institution_and_status,
    contributions_are_found_as_they_arrive_and_gone_once_hidden,
    odd_queries_get_a_clear_answer,
    a_change_reindexes_only_what_it_touched,
    many_hits_come_a_page_at_a_time
);

async fn contributions_are_found_as_they_arrive_and_gone_once_hidden(app: &mut TestApp) {
    use domain::contribution::ContributionInput;
    import_morocco(app).await;
    let plan = app.state.db.plan_by_slug("morocco-2").await.unwrap().expect("plan");
    let theme = app.state.db.themes_of(plan.id).await.unwrap().remove(0).id;
    let author = app.verified_user("citoyenne@example.ma", "Salma", "citizen-pass-1").await;
    let moderator = app.signed_in_secretariat().await;
    let idea =
        ContributionInput::proposal(plan.id, &theme.to_string(), &[theme], "Budgets ouverts", "Publier", "").unwrap();
    let proposal_id = app.state.db.add_contribution(&idea, author, "k1", false, START).await.unwrap();
    // The first search indexes everything there is.
    app.get("/fr/search?q=budgets").await.assert_contains(&format!("/fr/proposals/{proposal_id}"));

    // A comment posted afterwards is found at once, with a link to its page of the thread.
    let proposal = app.state.db.contribution(proposal_id).await.unwrap().unwrap();
    let comment = ContributionInput::comment(&proposal, "Avec les annexes trimestrielles", "").unwrap();
    let comment_id = app.state.db.add_contribution(&comment, author, "k2", false, START).await.unwrap();
    let found = app.get("/fr/search?q=trimestri").await;
    found.assert_contains(&format!("/fr/proposals/{proposal_id}?comment={comment_id}#c-{comment_id}"));
    assert_eq!(found.body.matches(&format!("#c-{comment_id}")).count(), 1, "indexed once");

    // One held for moderation is not found until approved; a hidden one is gone.
    let held_input = ContributionInput::comment(&proposal, "Registre foncier consultable", "").unwrap();
    let newcomer = app.verified_user("nouveau@example.ma", "Karim", "citizen-pass-2").await;
    let held = app.state.db.add_contribution(&held_input, newcomer, "k3", true, START).await.unwrap();
    assert!(app.state.db.contribution(held).await.unwrap().unwrap().pending);
    assert!(!app.get("/fr/search?q=foncier").await.body.contains(&format!("#c-{held}")));
    app.state.db.approve_contribution(held, moderator, START).await.unwrap();
    app.get("/fr/search?q=foncier").await.assert_contains(&format!("#c-{held}"));
    app.state.db.hide_contribution(comment_id, "Hors sujet", moderator, START).await.unwrap();
    assert!(!app.get("/fr/search?q=trimestri").await.body.contains(&format!("#c-{comment_id}")));
    app.get("/fr/search?q=budgets").await.assert_contains(&format!("/fr/proposals/{proposal_id}"));
}

async fn filters_narrow_by_theme_institution_and_status(app: &mut TestApp) {
    import_morocco(app).await;
    let mo50 = app.state.db.commitment_by_code("MO0050").await.unwrap().unwrap();
    let mo43 = app.state.db.commitment_by_code("MO0043").await.unwrap().unwrap();
    assert_ne!(mo50.theme_id, mo43.theme_id, "two themes of the second plan");
    // "particip…" (prefix) appears in both commitments' texts.
    let all = app.get("/fr/search?q=particip&kind=commitment&plan=morocco-2").await;
    all.assert_contains("/fr/commitments/MO0050");
    all.assert_contains("/fr/commitments/MO0043");

    let theme = mo50.theme_id.unwrap();
    let by_theme = app.get(&format!("/fr/search?q=particip&kind=commitment&theme={theme}")).await;
    by_theme.assert_contains("/fr/commitments/MO0050");
    assert!(!by_theme.body.contains("/fr/commitments/MO0043"));
    by_theme.assert_contains(&format!(r#"<option value="{theme}" selected>"#));

    let lead = app.state.db.institution(mo43.lead_institution_id.unwrap()).await.unwrap().unwrap();
    // The institution filter offers the institutions it can find, not every one there is.
    let findable = app.state.db.searchable_institutions(None).await.unwrap();
    assert!(findable.contains(&lead.id));
    let options = app.get("/fr/search").await;
    let listed = options.body.split(r#"name="institution""#).nth(1).unwrap().split("</select>").next().unwrap();
    assert_eq!(listed.matches("<option value=\"").count(), findable.len() + 1, "all, then each findable institution");
    assert!(findable.len() < app.state.db.list_institutions().await.unwrap().len());
    let by_lead = app.get(&format!("/fr/search?q=particip&kind=commitment&institution={}", lead.slug.as_str())).await;
    by_lead.assert_contains("/fr/commitments/MO0043");
    assert!(!by_lead.body.contains("/fr/commitments/MO0050"));

    let status = mo50.status.code();
    let by_status = app.get(&format!("/fr/search?q=particip&kind=commitment&status={status}")).await;
    by_status.assert_contains("/fr/commitments/MO0050");
    let none = app.get("/fr/search?q=particip&status=cancelled&kind=commitment").await;
    assert!(!none.body.contains("/fr/commitments/MO"), "no commitment is in a milestone status");
    // Hand-edited filters do not break the page: an unknown value does not filter.
    let odd = app.get("/fr/search?q=particip&kind=commitment&theme=abc&institution=%27%3B--&status=%3Cb%3E").await;
    assert_eq!(odd.status, StatusCode::OK);
    odd.assert_contains("/fr/commitments/MO0050");
}

fn search(locale: &str, q: &str) -> String {
    format!("/{locale}/search?q={}", url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>())
}

async fn one_search_box_finds_every_spelling_and_survives_anything(app: &mut TestApp) {
    import_morocco(app).await;
    let commitment = app.state.db.commitment_by_code("MO0050").await.unwrap().expect("MO0050");
    let mut texts = commitment.texts.clone();
    let mut problem = commitment.text("problem");
    problem.set(domain::Locale::Ar, "ضعف الْمُشَارَكَة المواطنة في العمل البرلماني");
    problem.set(domain::Locale::Fr, "La société civile participe peu au travail parlementaire");
    texts.insert("problem".into(), problem);
    app.state.db.update_commitment_texts(commitment.id, &texts, START).await.unwrap();

    let vowelled = app.get(&search("ar", "الْمُشَارَكَة")).await;
    assert_eq!(vowelled.status, StatusCode::OK);
    vowelled.assert_contains("/ar/commitments/MO0050");
    let plain = app.get(&search("ar", "المشاركه")).await;
    plain.assert_contains("/ar/commitments/MO0050");
    plain.assert_contains("<mark>الْمُشَارَكَة</mark>");
    let french = app.get("/fr/search?q=societe+civile").await;
    french.assert_contains("/fr/commitments/MO0050");
    french.assert_contains("<mark>société</mark>");

    // A change is findable at once: the index follows the data.
    let mut texts = texts.clone();
    texts.insert("budget".into(), domain::Localized::from_pairs([(domain::Locale::Fr, "Financement européen inédit")]));
    app.state.db.update_commitment_texts(commitment.id, &texts, START + 1).await.unwrap();
    app.get("/fr/search?q=inedit").await.assert_contains("/fr/commitments/MO0050");

    // Filters, and input that is not words.
    let meetings_only = app.get("/fr/search?q=societe&kind=meeting").await;
    assert!(!meetings_only.body.contains("/fr/commitments/MO0050"));
    for q in ["\"budget\" OR 1=1; DROP TABLE plans; --", "*", "'\"<>", "a AND (b", "ⵜⴰⵎⵙⵙⵓⵔⵜ"] {
        assert_eq!(app.get(&search("fr", q)).await.status, StatusCode::OK, "{q}");
    }
    let long = "x".repeat(10_000);
    assert_eq!(app.get(&format!("/fr/search?q={long}")).await.status, StatusCode::OK);
    let xss = app.get("/fr/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").await;
    assert!(!xss.body.contains("<script>alert"), "the query is escaped");
    assert_eq!(app.get("/fr/search?q=zzzzzz").await.status, StatusCode::OK);
}

/// Queries that are not plain words get a clear answer in the page's language: hits, "nothing
/// found", or "type a word"; never an error.
async fn odd_queries_get_a_clear_answer(app: &mut TestApp) {
    import_morocco(app).await;
    let none_fr = "Rien ne contient tous ces mots";
    let no_words_fr = "Tapez un ou plusieurs mots";
    for (q, expected) in [
        ("و", none_fr),                                          // a clitic alone: whole words only
        ("ال", "/fr/"),                                          // two letters: a prefix, finds
        ("de la", "/fr/commitments/"),                           // stop words are words
        ("\"budget\" OR NEAR(a b) {title_tokens}: x*", none_fr), // FTS syntax is just words
        ("\u{200f}\u{200e}\u{200d}", no_words_fr),               // direction marks and a joiner
        ("***", no_words_fr),
        ("Parlement \u{200f}البرلمان ⴰⵖⴰⵡⴰⵙ", none_fr), // mixed scripts, all required
        ("citi\u{200d}zens", "/fr/commitments/MO0020"), // a joiner inside a word
    ] {
        let page = app.get(&search("fr", q)).await;
        assert_eq!(page.status, StatusCode::OK, "{q:?}");
        page.assert_contains(expected);
    }
    let long = app.get(&search("en", &"parliament ".repeat(1_000))).await;
    assert_eq!(long.status, StatusCode::OK);
    long.assert_contains("/en/commitments/MO0050");
    // Stems and what is newly searchable: a French adjective finds the noun, an English
    // plural its singular (marked in the snippet as matched), a theme by its name.
    let commitment = app.state.db.commitment_by_code("MO0050").await.unwrap().unwrap();
    let mut texts = commitment.texts.clone();
    let mut title = commitment.text("title");
    title.set(domain::Locale::Fr, "Parlement électronique pour la démocratie participative");
    texts.insert("title".into(), title);
    app.state.db.update_commitment_texts(commitment.id, &texts, START + 1).await.unwrap();
    let stems = app.get(&search("fr", "parlementaire")).await;
    stems.assert_contains("/fr/commitments/MO0050");
    let english = app.get(&search("en", "policies")).await;
    english.assert_contains("/en/commitments/MO0023");
    english.assert_contains("<mark>policy</mark>");
    let theme = app.state.db.all_themes().await.unwrap().remove(0);
    let title = theme.title.get(domain::Locale::En).unwrap().to_string();
    app.get(&search("en", &title)).await.assert_contains(&format!("#theme-{}", theme.id));
}

/// Each change reindexes what it touched: one commitment's text, one new comment, one
/// comment hidden; a second look with nothing changed writes nothing.
async fn a_change_reindexes_only_what_it_touched(app: &mut TestApp) {
    use domain::contribution::ContributionInput;
    use web::search::reindex;
    import_morocco(app).await;
    let (_, first) = reindex(&app.state).await.unwrap();
    assert!(first.catalogue_added > 20, "{first:?}");
    let (_, again) = reindex(&app.state).await.unwrap();
    assert_eq!(again, web::search::Reindexed::default(), "nothing changed, nothing written");

    let commitment = app.state.db.commitment_by_code("MO0050").await.unwrap().unwrap();
    let mut texts = commitment.texts.clone();
    texts.insert("budget".into(), domain::Localized::from_pairs([(domain::Locale::Fr, "Financement inédit")]));
    app.state.db.update_commitment_texts(commitment.id, &texts, START + 1).await.unwrap();
    let (_, edited) = reindex(&app.state).await.unwrap();
    assert_eq!((edited.catalogue_added, edited.catalogue_removed), (1, 1), "{edited:?}");

    let plan = app.state.db.plan_by_slug("morocco-2").await.unwrap().unwrap();
    let theme = app.state.db.themes_of(plan.id).await.unwrap().remove(0).id;
    let author = app.verified_user("citoyenne@example.ma", "Salma", "citizen-pass-1").await;
    let moderator = app.signed_in_secretariat().await;
    let idea = ContributionInput::proposal(plan.id, &theme.to_string(), &[theme], "Budgets", "Publier", "").unwrap();
    let id = app.state.db.add_contribution(&idea, author, "k1", false, START).await.unwrap();
    let (_, added) = reindex(&app.state).await.unwrap();
    assert_eq!(added.contributions_added, 1, "{added:?}");
    assert_eq!(added.catalogue_added, 0);
    app.state.db.hide_contribution(id, "Hors sujet", moderator, START).await.unwrap();
    let (_, hidden) = reindex(&app.state).await.unwrap();
    assert_eq!((hidden.contributions_dropped, hidden.contributions_added), (1, 0), "{hidden:?}");
    assert!(!app.get("/fr/search?q=publier").await.body.contains(&format!("/fr/proposals/{id}")));
}

/// Many hits come 20 at a time, with links between the pages that keep the words and the
/// filters; a page number out of range or not a number shows a page, never an error.
async fn many_hits_come_a_page_at_a_time(app: &mut TestApp) {
    import_morocco(app).await;
    let first = app.get("/en/search?q=the&kind=institution").await;
    assert_eq!(first.body.matches(r#"<li class="card">"#).count(), 20, "a page holds 20 hits");
    first.assert_contains("More than 20 results");
    first.assert_contains(
        r#"rel="next" href="/en/search?q=the&#38;kind=institution&#38;plan=&#38;theme=&#38;institution=&#38;status=&amp;page=2""#,
    );
    assert!(!first.body.contains(r#"rel="prev""#));
    let second = app.get("/en/search?q=the&kind=institution&page=2").await;
    second.assert_contains("Results 21 to ");
    second.assert_contains(r#"<ol class="card-list search-results" start="21">"#);
    second.assert_contains(r#"rel="prev""#);
    let firsts: Vec<&str> =
        first.body.split(r#"<h2><a href=""#).skip(1).map(|s| s.split('"').next().unwrap()).collect();
    let seconds: Vec<&str> =
        second.body.split(r#"<h2><a href=""#).skip(1).map(|s| s.split('"').next().unwrap()).collect();
    assert!(firsts.iter().all(|h| !seconds.contains(h)), "no hit shown twice");
    for odd in ["99", "0", "-1", "abc", "2.5"] {
        let page = app.get(&format!("/en/search?q=the&kind=institution&page={odd}")).await;
        assert_eq!(page.status, StatusCode::OK, "page={odd}");
    }
}
