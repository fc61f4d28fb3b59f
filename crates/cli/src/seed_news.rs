//! The demo's news and communication plan, from `demo/news.json`, dated around the day of
//! seeding.

use std::collections::BTreeMap;

use anyhow::{anyhow, Context};
use domain::news::{ActionInput, NewsInput};
use domain::Locale;
use serde::Deserialize;
use store::Database;

const NEWS: &str = include_str!("../../../demo/news.json");

#[derive(Deserialize)]
struct Demo {
    news: Vec<DemoNews>,
    actions: Vec<DemoAction>,
}

#[derive(Deserialize)]
struct DemoNews {
    days: i64,
    title: BTreeMap<Locale, String>,
    body: BTreeMap<Locale, String>,
}

#[derive(Deserialize)]
struct DemoAction {
    days: i64,
    title: BTreeMap<Locale, String>,
    audience: BTreeMap<Locale, String>,
    channel: String,
    status: String,
}

pub(crate) fn pairs(map: &BTreeMap<Locale, String>) -> Vec<(Locale, String)> {
    map.iter().map(|(l, t)| (*l, t.clone())).collect()
}

pub async fn seed_news(db: &dyn Database, now: i64) -> anyhow::Result<()> {
    let demo: Demo = serde_json::from_str(NEWS).context("demo/news.json is invalid")?;
    let today = time::OffsetDateTime::from_unix_timestamp(now)?.date();
    let day = |offset: i64| (today + time::Duration::days(offset)).to_string();
    let author =
        db.user_by_email("secretariat@demo.sharaka.ma").await?.ok_or_else(|| anyhow!("demo secretariat missing"))?;
    for n in &demo.news {
        let input =
            NewsInput::parse(&pairs(&n.title), &pairs(&n.body), &day(n.days)).map_err(|e| anyhow!("demo news: {e}"))?;
        db.create_news(&input, author.id, now).await?;
    }
    for a in &demo.actions {
        let input = ActionInput::parse(&pairs(&a.title), &pairs(&a.audience), &a.channel, &day(a.days), &a.status)
            .map_err(|e| anyhow!("demo communication action: {e}"))?;
        db.create_action(&input, now).await?;
    }
    Ok(())
}
