//! The SQL of [`PlanRepository`](crate::plans::PlanRepository), shared by both backends.

/// Implements `PlanRepository` for a store with a `pool` field; `DB` must name its database.
macro_rules! impl_plan_repository {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::plans::PlanRepository for $store {
            async fn list_plans(&self) -> Result<Vec<Plan>, StoreError> {
                let rows: Vec<PlanRow> = sqlx::query_as(
                    "SELECT id, slug, member, number, title, starts_on, ends_on, ogp_id, phases FROM plans ORDER BY member, number",
                )
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(Plan::try_from).collect()
            }

            async fn plan(&self, id: i64) -> Result<Option<Plan>, StoreError> {
                let row: Option<PlanRow> = sqlx::query_as(
                    "SELECT id, slug, member, number, title, starts_on, ends_on, ogp_id, phases FROM plans WHERE id = $1",
                )
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(Plan::try_from).transpose()
            }

            async fn plan_by_slug(&self, slug: &str) -> Result<Option<Plan>, StoreError> {
                let row: Option<PlanRow> = sqlx::query_as(
                    "SELECT id, slug, member, number, title, starts_on, ends_on, ogp_id, phases FROM plans WHERE slug = $1",
                )
                .bind(slug)
                .fetch_optional(&self.pool)
                .await?;
                row.map(Plan::try_from).transpose()
            }

            async fn themes_of(&self, plan_id: i64) -> Result<Vec<Theme>, StoreError> {
                let rows: Vec<ThemeRow> =
                    sqlx::query_as("SELECT id, plan_id, key, title, position FROM themes WHERE plan_id = $1 ORDER BY position, id")
                        .bind(plan_id)
                        .fetch_all(&self.pool)
                        .await?;
                rows.into_iter().map(Theme::try_from).collect()
            }

            async fn all_themes(&self) -> Result<Vec<Theme>, StoreError> {
                let rows: Vec<ThemeRow> =
                    sqlx::query_as("SELECT id, plan_id, key, title, position FROM themes ORDER BY plan_id, position, id")
                        .fetch_all(&self.pool)
                        .await?;
                rows.into_iter().map(Theme::try_from).collect()
            }

            async fn theme(&self, id: i64) -> Result<Option<Theme>, StoreError> {
                let row: Option<ThemeRow> = sqlx::query_as("SELECT id, plan_id, key, title, position FROM themes WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?;
                row.map(Theme::try_from).transpose()
            }

            async fn commitments_of_plan(&self, plan_id: i64) -> Result<Vec<Commitment>, StoreError> {
                let rows: Vec<CommitmentRow> =
                    sqlx::query_as(&format!("SELECT {COMMITMENT_COLUMNS} FROM commitments c WHERE c.plan_id = $1 ORDER BY c.code"))
                        .bind(plan_id)
                        .fetch_all(&self.pool)
                        .await?;
                self.with_supporters(rows).await
            }

            async fn commitment_by_code(&self, code: &str) -> Result<Option<Commitment>, StoreError> {
                let rows: Vec<CommitmentRow> =
                    sqlx::query_as(&format!("SELECT {COMMITMENT_COLUMNS} FROM commitments c WHERE c.code = $1"))
                        .bind(code)
                        .fetch_all(&self.pool)
                        .await?;
                Ok(self.with_supporters(rows).await?.pop())
            }

            async fn commitment(&self, id: i64) -> Result<Option<Commitment>, StoreError> {
                let rows: Vec<CommitmentRow> =
                    sqlx::query_as(&format!("SELECT {COMMITMENT_COLUMNS} FROM commitments c WHERE c.id = $1"))
                        .bind(id)
                        .fetch_all(&self.pool)
                        .await?;
                Ok(self.with_supporters(rows).await?.pop())
            }

            async fn commitments_of_institution(&self, institution_id: i64) -> Result<Vec<Commitment>, StoreError> {
                let rows: Vec<CommitmentRow> = sqlx::query_as(&format!(
                    "SELECT {COMMITMENT_COLUMNS} FROM commitments c
                     WHERE c.lead_institution_id = $1
                        OR c.id IN (SELECT commitment_id FROM commitment_supporters WHERE institution_id = $1)
                     ORDER BY c.code"
                ))
                .bind(institution_id)
                .fetch_all(&self.pool)
                .await?;
                self.with_supporters(rows).await
            }

            async fn milestones_of(&self, commitment_id: i64) -> Result<Vec<Milestone>, StoreError> {
                let rows: Vec<MilestoneRow> = sqlx::query_as(&format!(
                    "SELECT {MILESTONE_COLUMNS} FROM milestones WHERE commitment_id = $1 ORDER BY position, id"
                ))
                .bind(commitment_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(Milestone::try_from).collect()
            }

            async fn milestones_of_plan(&self, plan_id: i64) -> Result<Vec<Milestone>, StoreError> {
                let rows: Vec<MilestoneRow> = sqlx::query_as(&format!(
                    "SELECT {MILESTONE_COLUMNS} FROM milestones
                     WHERE commitment_id IN (SELECT id FROM commitments WHERE plan_id = $1)
                     ORDER BY commitment_id, position, id"
                ))
                .bind(plan_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(Milestone::try_from).collect()
            }

            async fn indicators_of(&self, commitment_id: i64) -> Result<Vec<Indicator>, StoreError> {
                let rows: Vec<IndicatorRow> = sqlx::query_as(&format!(
                    "SELECT {INDICATOR_COLUMNS} FROM indicators WHERE commitment_id = $1 ORDER BY position, id"
                ))
                .bind(commitment_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(Indicator::try_from).collect()
            }

            async fn indicators_of_plan(&self, plan_id: i64) -> Result<Vec<Indicator>, StoreError> {
                let rows: Vec<IndicatorRow> = sqlx::query_as(&format!(
                    "SELECT {INDICATOR_COLUMNS} FROM indicators
                     WHERE commitment_id IN (SELECT id FROM commitments WHERE plan_id = $1)
                     ORDER BY commitment_id, position, id"
                ))
                .bind(plan_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(Indicator::try_from).collect()
            }

            async fn count_plans(&self) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar("SELECT COUNT(*) FROM plans").fetch_one(&self.pool).await?)
            }

            async fn count_commitments(&self) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar("SELECT COUNT(*) FROM commitments").fetch_one(&self.pool).await?)
            }

            async fn import_ogp(&self, rows: &[ImportedCommitment], now: i64) -> Result<ImportCounts, StoreError> {
                use std::collections::HashMap;
                let mut counts = ImportCounts::default();
                let mut tx = self.begin_write().await?;
                let mut plans: HashMap<String, i64> = HashMap::new();
                let mut themes: HashMap<(i64, String), i64> = HashMap::new();
                let mut institutions: HashMap<String, i64> = HashMap::new();
                for (index, row) in rows.iter().enumerate() {
                    // Refused inside the transaction: whatever earlier rows wrote is rolled back.
                    if row.code.trim().is_empty() || row.plan_ogp_id.trim().is_empty() || row.plan_slug.trim().is_empty() {
                        return Err(StoreError::Invalid(format!("row {}: a commitment needs a code, a plan id and a plan slug", index + 1)));
                    }
                    let plan_id = match plans.get(&row.plan_ogp_id) {
                        Some(id) => *id,
                        None => {
                            let id = upsert_plan(&mut tx, row, now, &mut counts).await?;
                            plans.insert(row.plan_ogp_id.clone(), id);
                            id
                        }
                    };
                    let theme_id = match &row.theme {
                        None => None,
                        Some(theme) => {
                            let key = theme.to_lowercase();
                            match themes.get(&(plan_id, key.clone())) {
                                Some(id) => Some(*id),
                                None => {
                                    let id = upsert_theme(&mut tx, plan_id, &key, theme).await?;
                                    themes.insert((plan_id, key), id);
                                    Some(id)
                                }
                            }
                        }
                    };
                    let lead = match &row.lead_institution {
                        Some(r) => Some(institution_id(&mut tx, &mut institutions, r, now, &mut counts).await?),
                        None => None,
                    };
                    let mut supporters = vec![];
                    for r in &row.supporting_institutions {
                        let id = institution_id(&mut tx, &mut institutions, r, now, &mut counts).await?;
                        if !supporters.contains(&id) && Some(id) != lead {
                            supporters.push(id);
                        }
                    }
                    upsert_commitment(&mut tx, row, plan_id, theme_id, lead, &supporters, now, &mut counts).await?;
                }
                tx.commit().await?;
                Ok(counts)
            }

            async fn save_commitment_design(
                &self,
                commitment_id: i64,
                design: &domain::revision::Design,
                author_id: i64,
                now: i64,
            ) -> Result<Option<i64>, StoreError> {
                let mut tx = self.begin_write().await?;
                let before = current_design(&mut tx, commitment_id).await?;
                // The editor changes the design; milestones and indicators stay as they are.
                let mut design = design.clone();
                design.milestones = before.milestones.clone();
                design.indicators = before.indicators.clone();
                if before.changed_fields(&design).is_empty() {
                    return Ok(None);
                }
                sqlx::query(
                    "UPDATE commitments SET texts = $1, status = $2, lead_institution_id = $3, ogp_values = $4,
                       starts_on = $5, ends_on = $6, updated_at = $7 WHERE id = $8",
                )
                .bind(to_json(&design.texts))
                .bind(design.status.code())
                .bind(design.lead_institution_id)
                .bind(to_json(&design.values))
                .bind(date_to_text(design.starts_on))
                .bind(date_to_text(design.ends_on))
                .bind(now)
                .bind(commitment_id)
                .execute(&mut *tx)
                .await?;
                sqlx::query("DELETE FROM commitment_supporters WHERE commitment_id = $1").bind(commitment_id).execute(&mut *tx).await?;
                for institution in &design.supporting_institution_ids {
                    sqlx::query("INSERT INTO commitment_supporters (commitment_id, institution_id) VALUES ($1, $2)")
                        .bind(commitment_id)
                        .bind(institution)
                        .execute(&mut *tx)
                        .await?;
                }
                let id = record_revision(&mut tx, commitment_id, &before, &design, Some(author_id), now).await?;
                tx.commit().await?;
                Ok(Some(id))
            }

            async fn revisions_of(&self, commitment_id: i64) -> Result<Vec<domain::revision::Revision>, StoreError> {
                let rows: Vec<RevisionRow> = sqlx::query_as(
                    "SELECT r.id, r.commitment_id, r.author_id, u.name AS author_name, r.created_at, r.changed_fields, r.design
                     FROM revisions r LEFT JOIN users u ON u.id = r.author_id
                     WHERE r.commitment_id = $1 ORDER BY r.id",
                )
                .bind(commitment_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(domain::revision::Revision::try_from).collect()
            }

            async fn create_plan(&self, input: &domain::plan::PlanInput, now: i64) -> Result<Plan, StoreError> {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO plans (slug, member, number, title, starts_on, ends_on, phases, created_at, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
                )
                .bind(&input.slug)
                .bind(&input.member)
                .bind(input.number)
                .bind(input.title.to_json())
                .bind(date_to_text(input.starts_on))
                .bind(date_to_text(input.ends_on))
                .bind(to_json(&input.phases))
                .bind(now)
                .fetch_one(self.writer())
                .await?;
                self.plan(id).await?.ok_or(StoreError::NotFound)
            }

            async fn update_plan(&self, id: i64, input: &domain::plan::PlanInput, now: i64) -> Result<(), StoreError> {
                let done = sqlx::query(
                    "UPDATE plans SET slug = $1, member = $2, number = $3, title = $4, starts_on = $5, ends_on = $6, phases = $7,
                       updated_at = $8 WHERE id = $9",
                )
                .bind(&input.slug)
                .bind(&input.member)
                .bind(input.number)
                .bind(input.title.to_json())
                .bind(date_to_text(input.starts_on))
                .bind(date_to_text(input.ends_on))
                .bind(to_json(&input.phases))
                .bind(now)
                .bind(id)
                .execute(self.writer())
                .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            }

            async fn create_theme(&self, plan_id: i64, title: &Localized) -> Result<i64, StoreError> {
                let mut tx = self.begin_write().await?;
                let position: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM themes WHERE plan_id = $1").bind(plan_id).fetch_one(&mut *tx).await?;
                let key = format!("theme-{}", position + 1);
                let id: i64 = sqlx::query_scalar("INSERT INTO themes (plan_id, key, title, position) VALUES ($1, $2, $3, $4) RETURNING id")
                    .bind(plan_id)
                    .bind(&key)
                    .bind(title.to_json())
                    .bind(position + 1)
                    .fetch_one(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn create_commitment(
                &self,
                plan_id: i64,
                code: &str,
                theme_id: Option<i64>,
                title: &Localized,
                now: i64,
            ) -> Result<i64, StoreError> {
                let texts: BTreeMap<String, Localized> = [("title".to_string(), title.clone())].into_iter().collect();
                Ok(sqlx::query_scalar(
                    "INSERT INTO commitments (code, plan_id, theme_id, status, texts, created_at, updated_at)
                     VALUES ($1, $2, $3, 'draft', $4, $5, $5) RETURNING id",
                )
                .bind(code)
                .bind(plan_id)
                .bind(theme_id)
                .bind(to_json(&texts))
                .bind(now)
                .fetch_one(self.writer())
                .await?)
            }

            async fn add_indicator(&self, indicator: &Indicator, author: Option<i64>, now: i64) -> Result<i64, StoreError> {
                let mut tx = self.begin_write().await?;
                let before = current_design(&mut tx, indicator.commitment_id).await?;
                let position: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM indicators WHERE commitment_id = $1")
                    .bind(indicator.commitment_id)
                    .fetch_one(&mut *tx)
                    .await?;
                let id = insert_indicator(&mut tx, indicator.commitment_id, position + 1, indicator).await?;
                let after = current_design(&mut tx, indicator.commitment_id).await?;
                record_revision(&mut tx, indicator.commitment_id, &before, &after, author, now).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn indicator(&self, id: i64) -> Result<Option<Indicator>, StoreError> {
                let row: Option<IndicatorRow> =
                    sqlx::query_as(&format!("SELECT {INDICATOR_COLUMNS} FROM indicators WHERE id = $1"))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(Indicator::try_from).transpose()
            }

            async fn update_indicator(&self, id: i64, indicator: &Indicator, author: Option<i64>, now: i64) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                let commitment_id: Option<i64> = sqlx::query_scalar("SELECT commitment_id FROM indicators WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?;
                let commitment_id = commitment_id.ok_or(StoreError::NotFound)?;
                let before = current_design(&mut tx, commitment_id).await?;
                sqlx::query("UPDATE indicators SET name = $1, unit = $2, baseline = $3, target = $4 WHERE id = $5")
                    .bind(indicator.name.to_json())
                    .bind(&indicator.unit)
                    .bind(indicator.baseline.as_ref().map(to_json))
                    .bind(indicator.target.as_ref().map(to_json))
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                let after = current_design(&mut tx, commitment_id).await?;
                record_revision(&mut tx, commitment_id, &before, &after, author, now).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn milestone(&self, id: i64) -> Result<Option<Milestone>, StoreError> {
                let row: Option<MilestoneRow> =
                    sqlx::query_as(&format!("SELECT {MILESTONE_COLUMNS} FROM milestones WHERE id = $1"))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(Milestone::try_from).transpose()
            }

            async fn add_milestone(
                &self,
                commitment_id: i64,
                input: &domain::commitment::MilestoneInput,
                author: Option<i64>,
                now: i64,
            ) -> Result<i64, StoreError> {
                let mut tx = self.begin_write().await?;
                let before = current_design(&mut tx, commitment_id).await?;
                let position: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM milestones WHERE commitment_id = $1")
                    .bind(commitment_id)
                    .fetch_one(&mut *tx)
                    .await?;
                let id = insert_milestone(&mut tx, commitment_id, position + 1, input, now).await?;
                let after = current_design(&mut tx, commitment_id).await?;
                record_revision(&mut tx, commitment_id, &before, &after, author, now).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn update_milestone(
                &self,
                id: i64,
                input: &domain::commitment::MilestoneInput,
                author: Option<i64>,
                now: i64,
            ) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                let commitment_id: Option<i64> = sqlx::query_scalar("SELECT commitment_id FROM milestones WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?;
                let commitment_id = commitment_id.ok_or(StoreError::NotFound)?;
                let before = current_design(&mut tx, commitment_id).await?;
                sqlx::query(
                    "UPDATE milestones SET output = $1, starts_on = $2, due_on = $3, responsible_institution_id = $4, status = $5,
                       percent = $6, updated_at = $7 WHERE id = $8",
                )
                .bind(input.output.to_json())
                .bind(date_to_text(input.starts_on))
                .bind(date_to_text(input.due_on))
                .bind(input.responsible_institution_id)
                .bind(input.status.code())
                .bind(i64::from(input.percent))
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
                let after = current_design(&mut tx, commitment_id).await?;
                record_revision(&mut tx, commitment_id, &before, &after, author, now).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn update_plan_phases(&self, plan_id: i64, phases: &[domain::plan::Phase], now: i64) -> Result<(), StoreError> {
                let done = sqlx::query("UPDATE plans SET phases = $1, updated_at = $2 WHERE id = $3")
                    .bind(to_json(&phases))
                    .bind(now)
                    .bind(plan_id)
                    .execute(self.writer())
                    .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            }

            async fn export_instance(&self) -> Result<InstanceData, StoreError> {
                let mut plans = vec![];
                for plan in self.list_plans().await? {
                    plans.push(PlanData { themes: self.themes_of(plan.id).await?, plan });
                }
                let mut commitments = vec![];
                for exported in self.export_commitments().await? {
                    let id = exported.commitment.id;
                    commitments.push(CommitmentData {
                        milestones: self.milestones_of(id).await?,
                        indicators: self.indicators_of(id).await?,
                        ogp_row: exported.raw,
                        commitment: exported.commitment,
                    });
                }
                let mut institutions = crate::Database::list_institutions(self).await?;
                institutions.sort_by_key(|i| i.id);
                Ok(InstanceData {
                    format: INSTANCE_FORMAT.to_string(),
                    version: INSTANCE_VERSION,
                    institutions,
                    plans,
                    commitments,
                })
            }

            async fn import_instance(&self, data: &InstanceData, now: i64) -> Result<(), StoreError> {
                use std::collections::HashMap;
                if data.format != INSTANCE_FORMAT || data.version != INSTANCE_VERSION {
                    return Err(StoreError::Invalid(format!(
                        "expected format {INSTANCE_FORMAT:?} version {INSTANCE_VERSION}, found {:?} version {}",
                        data.format, data.version
                    )));
                }
                let mut tx = self.begin_write().await?;
                let existing: i64 = sqlx::query_scalar(
                    "SELECT (SELECT COUNT(*) FROM institutions) + (SELECT COUNT(*) FROM plans) + (SELECT COUNT(*) FROM commitments)",
                )
                .fetch_one(&mut *tx)
                .await?;
                if existing > 0 {
                    return Err(StoreError::Invalid("this instance already has institutions or plans; import json needs an empty one".into()));
                }
                let missing = |what: &str, id: i64| StoreError::Invalid(format!("{what} {id} is referenced but not in the file"));
                let mut institutions: HashMap<i64, i64> = HashMap::new();
                for i in &data.institutions {
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO institutions (slug, name, acronym, branch, parent_id, normalized_name, created_at, updated_at)
                         VALUES ($1, $2, $3, $4, NULL, $5, $6, $6) RETURNING id",
                    )
                    .bind(i.slug.as_str())
                    .bind(i.name.to_json())
                    .bind(&i.acronym)
                    .bind(i.branch.code())
                    .bind(domain::text::institution_key(&i.name))
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await?;
                    institutions.insert(i.id, id);
                }
                for i in data.institutions.iter().filter(|i| i.parent_id.is_some()) {
                    let parent = i.parent_id.and_then(|p| institutions.get(&p).copied()).ok_or_else(|| missing("institution", i.parent_id.unwrap_or_default()))?;
                    sqlx::query("UPDATE institutions SET parent_id = $1 WHERE id = $2").bind(parent).bind(institutions[&i.id]).execute(&mut *tx).await?;
                }
                let institution = |id: Option<i64>| -> Result<Option<i64>, StoreError> {
                    id.map(|id| institutions.get(&id).copied().ok_or_else(|| missing("institution", id))).transpose()
                };
                let mut plans: HashMap<i64, i64> = HashMap::new();
                let mut themes: HashMap<i64, i64> = HashMap::new();
                for p in &data.plans {
                    let plan = &p.plan;
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO plans (slug, member, number, title, starts_on, ends_on, ogp_id, phases, created_at, updated_at)
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
                    )
                    .bind(&plan.slug)
                    .bind(&plan.member)
                    .bind(plan.number)
                    .bind(plan.title.to_json())
                    .bind(date_to_text(plan.starts_on))
                    .bind(date_to_text(plan.ends_on))
                    .bind(&plan.ogp_id)
                    .bind(to_json(&plan.phases))
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await?;
                    plans.insert(plan.id, id);
                    for t in &p.themes {
                        let theme: i64 = sqlx::query_scalar("INSERT INTO themes (plan_id, key, title, position) VALUES ($1, $2, $3, $4) RETURNING id")
                            .bind(id)
                            .bind(&t.key)
                            .bind(t.title.to_json())
                            .bind(t.position)
                            .fetch_one(&mut *tx)
                            .await?;
                        themes.insert(t.id, theme);
                    }
                }
                for c in &data.commitments {
                    let k = &c.commitment;
                    let plan_id = plans.get(&k.plan_id).copied().ok_or_else(|| missing("plan", k.plan_id))?;
                    let theme_id = k.theme_id.map(|t| themes.get(&t).copied().ok_or_else(|| missing("theme", t))).transpose()?;
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO commitments (code, plan_id, theme_id, number, status, texts, lead_institution_id, ogp_values, policy_areas,
                           assessment, starts_on, ends_on, source_url, ogp_row, ogp_digest, created_at, updated_at)
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id",
                    )
                    .bind(&k.code)
                    .bind(plan_id)
                    .bind(theme_id)
                    .bind(&k.number)
                    .bind(k.status.code())
                    .bind(to_json(&k.texts))
                    .bind(institution(k.lead_institution_id)?)
                    .bind(to_json(&k.values))
                    .bind(to_json(&k.policy_areas))
                    .bind(to_json(&k.assessment))
                    .bind(date_to_text(k.starts_on))
                    .bind(date_to_text(k.ends_on))
                    .bind(&k.source_url)
                    .bind(c.ogp_row.as_ref().map(to_json))
                    .bind(c.ogp_row.as_deref().map($crate::plans::digest_cells))
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await?;
                    for s in &k.supporting_institution_ids {
                        sqlx::query("INSERT INTO commitment_supporters (commitment_id, institution_id) VALUES ($1, $2)")
                            .bind(id)
                            .bind(institution(Some(*s))?)
                            .execute(&mut *tx)
                            .await?;
                    }
                    for (n, m) in c.milestones.iter().enumerate() {
                        let input = domain::commitment::MilestoneInput {
                            output: m.output.clone(),
                            starts_on: m.starts_on,
                            due_on: m.due_on,
                            responsible_institution_id: institution(m.responsible_institution_id)?,
                            status: m.status,
                            percent: m.percent,
                        };
                        insert_milestone(&mut tx, id, n as i64 + 1, &input, now).await?;
                    }
                    for (n, indicator) in c.indicators.iter().enumerate() {
                        insert_indicator(&mut tx, id, n as i64 + 1, indicator).await?;
                    }
                }
                tx.commit().await?;
                Ok(())
            }

            async fn update_plan_title(&self, plan_id: i64, title: &Localized, now: i64) -> Result<(), StoreError> {
                let done = sqlx::query("UPDATE plans SET title = $1, updated_at = $2 WHERE id = $3")
                    .bind(title.to_json())
                    .bind(now)
                    .bind(plan_id)
                    .execute(self.writer())
                    .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            }

            async fn update_commitment_texts(
                &self,
                commitment_id: i64,
                texts: &BTreeMap<String, Localized>,
                now: i64,
            ) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                let existing: Option<String> = sqlx::query_scalar("SELECT texts FROM commitments WHERE id = $1")
                    .bind(commitment_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                let existing = existing.ok_or(StoreError::NotFound)?;
                let mut merged: BTreeMap<String, Localized> = serde_json::from_str(&existing)
                    .map_err(|e| StoreError::Corrupt(format!("commitment texts: {e}")))?;
                for (field, text) in texts {
                    merged.insert(field.clone(), text.clone());
                }
                sqlx::query("UPDATE commitments SET texts = $1, updated_at = $2 WHERE id = $3")
                    .bind(to_json(&merged))
                    .bind(now)
                    .bind(commitment_id)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn export_commitments(&self) -> Result<Vec<ExportedCommitment>, StoreError> {
                let rows: Vec<CommitmentRow> =
                    sqlx::query_as(&format!("SELECT {COMMITMENT_COLUMNS} FROM commitments c ORDER BY c.id"))
                        .fetch_all(&self.pool)
                        .await?;
                let raws: Vec<(i64, Option<String>)> =
                    sqlx::query_as("SELECT id, ogp_row FROM commitments ORDER BY id").fetch_all(&self.pool).await?;
                let commitments = self.with_supporters(rows).await?;
                commitments
                    .into_iter()
                    .zip(raws)
                    .map(|(commitment, (_, raw))| {
                        let raw = raw.as_deref().map(|r| serde_json::from_str::<Vec<String>>(r)).transpose()
                            .map_err(|e| StoreError::Corrupt(format!("OGP row of {}: {e}", commitment.code)))?;
                        Ok(ExportedCommitment { commitment, raw })
                    })
                    .collect()
            }
        }

        impl $store {
            /// Attaches supporting institutions with one query for all the rows, not one per row.
            async fn with_supporters(&self, rows: Vec<CommitmentRow>) -> Result<Vec<Commitment>, StoreError> {
                let mut by_commitment: std::collections::HashMap<i64, Vec<i64>> = std::collections::HashMap::new();
                // In chunks: both databases cap the number of bound parameters per statement.
                for chunk in rows.chunks(500) {
                    let placeholders: Vec<String> = (1..=chunk.len()).map(|n| format!("${n}")).collect();
                    let sql = format!(
                        "SELECT commitment_id, institution_id FROM commitment_supporters
                         WHERE commitment_id IN ({}) ORDER BY commitment_id, institution_id",
                        placeholders.join(", ")
                    );
                    let mut query = sqlx::query_as::<_, (i64, i64)>(&sql);
                    for row in chunk {
                        query = query.bind(row.id);
                    }
                    for (commitment, institution) in query.fetch_all(&self.pool).await? {
                        by_commitment.entry(commitment).or_default().push(institution);
                    }
                }
                rows.into_iter()
                    .map(|row| {
                        let supporters = by_commitment.remove(&row.id).unwrap_or_default();
                        row.into_commitment(supporters)
                    })
                    .collect()
            }
        }

        /// A commitment's design with its milestones and indicators, read inside a transaction.
        async fn current_design(tx: &mut sqlx::Transaction<'_, DB>, commitment_id: i64) -> Result<domain::revision::Design, StoreError> {
            let row: Option<CommitmentRow> = sqlx::query_as(&format!("SELECT {COMMITMENT_COLUMNS} FROM commitments c WHERE c.id = $1"))
                .bind(commitment_id)
                .fetch_optional(&mut **tx)
                .await?;
            let row = row.ok_or(StoreError::NotFound)?;
            let supporters: Vec<i64> =
                sqlx::query_scalar("SELECT institution_id FROM commitment_supporters WHERE commitment_id = $1 ORDER BY institution_id")
                    .bind(commitment_id)
                    .fetch_all(&mut **tx)
                    .await?;
            let milestones: Vec<MilestoneRow> = sqlx::query_as(&format!(
                "SELECT {MILESTONE_COLUMNS} FROM milestones WHERE commitment_id = $1 ORDER BY position, id"
            ))
            .bind(commitment_id)
            .fetch_all(&mut **tx)
            .await?;
            let indicators: Vec<IndicatorRow> = sqlx::query_as(&format!(
                "SELECT {INDICATOR_COLUMNS} FROM indicators WHERE commitment_id = $1 ORDER BY position, id"
            ))
            .bind(commitment_id)
            .fetch_all(&mut **tx)
            .await?;
            Ok(domain::revision::Design::with_parts(
                &row.into_commitment(supporters)?,
                milestones.into_iter().map(Milestone::try_from).collect::<Result<_, _>>()?,
                indicators.into_iter().map(Indicator::try_from).collect::<Result<_, _>>()?,
            ))
        }

        /// Records `after` as a revision when it differs from `before`; the first revision of a
        /// commitment also keeps the version before it. Returns the new revision's id.
        async fn record_revision(
            tx: &mut sqlx::Transaction<'_, DB>,
            commitment_id: i64,
            before: &domain::revision::Design,
            after: &domain::revision::Design,
            author: Option<i64>,
            now: i64,
        ) -> Result<i64, StoreError> {
            let changed = before.changed_fields(after);
            let earlier: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM revisions WHERE commitment_id = $1")
                .bind(commitment_id)
                .fetch_one(&mut **tx)
                .await?;
            if earlier == 0 {
                sqlx::query("INSERT INTO revisions (commitment_id, author_id, created_at, changed_fields, design) VALUES ($1, NULL, $2, '[]', $3)")
                    .bind(commitment_id)
                    .bind(now)
                    .bind(to_json(before))
                    .execute(&mut **tx)
                    .await?;
            }
            Ok(sqlx::query_scalar(
                "INSERT INTO revisions (commitment_id, author_id, created_at, changed_fields, design) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(commitment_id)
            .bind(author)
            .bind(now)
            .bind(to_json(&changed))
            .bind(to_json(after))
            .fetch_one(&mut **tx)
            .await?)
        }

        async fn insert_milestone(
            tx: &mut sqlx::Transaction<'_, DB>,
            commitment_id: i64,
            position: i64,
            m: &domain::commitment::MilestoneInput,
            now: i64,
        ) -> Result<i64, StoreError> {
            Ok(sqlx::query_scalar(
                "INSERT INTO milestones (commitment_id, position, output, starts_on, due_on, responsible_institution_id, status, percent, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
            )
            .bind(commitment_id)
            .bind(position)
            .bind(m.output.to_json())
            .bind(date_to_text(m.starts_on))
            .bind(date_to_text(m.due_on))
            .bind(m.responsible_institution_id)
            .bind(m.status.code())
            .bind(i64::from(m.percent))
            .bind(now)
            .fetch_one(&mut **tx)
            .await?)
        }

        async fn insert_indicator(
            tx: &mut sqlx::Transaction<'_, DB>,
            commitment_id: i64,
            position: i64,
            indicator: &Indicator,
        ) -> Result<i64, StoreError> {
            Ok(sqlx::query_scalar(
                "INSERT INTO indicators (commitment_id, position, name, unit, baseline, target, measurements)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(commitment_id)
            .bind(position)
            .bind(indicator.name.to_json())
            .bind(&indicator.unit)
            .bind(indicator.baseline.as_ref().map(to_json))
            .bind(indicator.target.as_ref().map(to_json))
            .bind(to_json(&indicator.measurements))
            .fetch_one(&mut **tx)
            .await?)
        }

        async fn unique_slug(tx: &mut sqlx::Transaction<'_, DB>, table: &str, base: &str) -> Result<String, StoreError> {
            let mut candidate = base.to_string();
            for n in 2.. {
                let taken: Option<i64> = sqlx::query_scalar(&format!("SELECT id FROM {table} WHERE slug = $1"))
                    .bind(&candidate)
                    .fetch_optional(&mut **tx)
                    .await?;
                if taken.is_none() {
                    break;
                }
                candidate = format!("{base}-{n}");
            }
            Ok(candidate)
        }

        async fn upsert_plan(
            tx: &mut sqlx::Transaction<'_, DB>,
            row: &ImportedCommitment,
            now: i64,
            counts: &mut ImportCounts,
        ) -> Result<i64, StoreError> {
            let (starts, ends) = (date_to_text(row.plan_starts_on), date_to_text(row.plan_ends_on));
            let existing: Option<(i64, String, i64, Option<String>, Option<String>)> =
                sqlx::query_as("SELECT id, member, number, starts_on, ends_on FROM plans WHERE ogp_id = $1")
                    .bind(&row.plan_ogp_id)
                    .fetch_optional(&mut **tx)
                    .await?;
            match existing {
                Some((id, member, number, s, e)) => {
                    if (member.as_str(), number, &s, &e) != (row.member.as_str(), row.plan_number, &starts, &ends) {
                        sqlx::query("UPDATE plans SET member = $1, number = $2, starts_on = $3, ends_on = $4, updated_at = $5 WHERE id = $6")
                            .bind(&row.member)
                            .bind(row.plan_number)
                            .bind(&starts)
                            .bind(&ends)
                            .bind(now)
                            .bind(id)
                            .execute(&mut **tx)
                            .await?;
                        counts.plans_updated += 1;
                    }
                    Ok(id)
                }
                None => {
                    let slug = unique_slug(tx, "plans", &row.plan_slug).await?;
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO plans (slug, member, member_code, number, title, starts_on, ends_on, ogp_id, created_at, updated_at)
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
                    )
                    .bind(&slug)
                    .bind(&row.member)
                    .bind(&row.member_code)
                    .bind(row.plan_number)
                    .bind(row.plan_title.to_json())
                    .bind(&starts)
                    .bind(&ends)
                    .bind(&row.plan_ogp_id)
                    .bind(now)
                    .fetch_one(&mut **tx)
                    .await?;
                    counts.plans_created += 1;
                    Ok(id)
                }
            }
        }

        async fn upsert_theme(tx: &mut sqlx::Transaction<'_, DB>, plan_id: i64, key: &str, title: &str) -> Result<i64, StoreError> {
            let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM themes WHERE plan_id = $1 AND key = $2")
                .bind(plan_id)
                .bind(key)
                .fetch_optional(&mut **tx)
                .await?;
            if let Some(id) = existing {
                return Ok(id);
            }
            let position: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM themes WHERE plan_id = $1").bind(plan_id).fetch_one(&mut **tx).await?;
            let title = domain::Localized::from_pairs([(domain::Locale::En, title)]);
            Ok(sqlx::query_scalar("INSERT INTO themes (plan_id, key, title, position) VALUES ($1, $2, $3, $4) RETURNING id")
                .bind(plan_id)
                .bind(key)
                .bind(title.to_json())
                .bind(position + 1)
                .fetch_one(&mut **tx)
                .await?)
        }

        /// The id of a named institution, found or created once per import.
        async fn institution_id(
            tx: &mut sqlx::Transaction<'_, DB>,
            cache: &mut std::collections::HashMap<String, i64>,
            r: &InstitutionRef,
            now: i64,
            counts: &mut ImportCounts,
        ) -> Result<i64, StoreError> {
            if let Some(id) = cache.get(&r.normalized) {
                return Ok(*id);
            }
            let id = upsert_institution(tx, r, now, counts).await?;
            cache.insert(r.normalized.clone(), id);
            Ok(id)
        }

        async fn upsert_institution(
            tx: &mut sqlx::Transaction<'_, DB>,
            r: &InstitutionRef,
            now: i64,
            counts: &mut ImportCounts,
        ) -> Result<i64, StoreError> {
            // The same organisation written three ways: its name, its name with the acronym
            // (as earlier imports stored it), or the acronym alone when one institution has it.
            let existing: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM institutions WHERE normalized_name = $1 OR normalized_name = $2 ORDER BY id LIMIT 1",
            )
            .bind(&r.normalized)
            .bind(&r.normalized_as_written)
            .fetch_optional(&mut **tx)
            .await?;
            if let Some(id) = existing {
                return Ok(id);
            }
            if let Some(acronym) = &r.acronym {
                let same: Vec<i64> =
                    sqlx::query_scalar("SELECT id FROM institutions WHERE LOWER(acronym) = LOWER($1) ORDER BY id LIMIT 2")
                        .bind(acronym)
                        .fetch_all(&mut **tx)
                        .await?;
                if let [id] = same.as_slice() {
                    return Ok(*id);
                }
            }
            let slug = unique_slug(tx, "institutions", &r.slug).await?;
            counts.institutions_created += 1;
            Ok(sqlx::query_scalar(
                "INSERT INTO institutions (slug, name, acronym, branch, parent_id, normalized_name, created_at, updated_at)
                 VALUES ($1, $2, $6, $3, NULL, $4, $5, $5) RETURNING id",
            )
            .bind(&slug)
            .bind(r.name.to_json())
            .bind(r.branch.code())
            .bind(&r.normalized)
            .bind(now)
            .bind(&r.acronym)
            .fetch_one(&mut **tx)
            .await?)
        }

        #[allow(clippy::too_many_arguments)]
        async fn upsert_commitment(
            tx: &mut sqlx::Transaction<'_, DB>,
            row: &ImportedCommitment,
            plan_id: i64,
            theme_id: Option<i64>,
            lead: Option<i64>,
            supporters: &[i64],
            now: i64,
            counts: &mut ImportCounts,
        ) -> Result<(), StoreError> {
            let digest = $crate::plans::digest(row);
            let existing: Option<(i64, Option<String>, String)> = sqlx::query_as("SELECT id, ogp_digest, texts FROM commitments WHERE code = $1")
                .bind(&row.code)
                .fetch_optional(&mut **tx)
                .await?;
            let id = match existing {
                Some((_, Some(old), _)) if old == digest => {
                    counts.commitments_unchanged += 1;
                    return Ok(());
                }
                Some((id, _, existing_texts)) => {
                    let texts = $crate::plans::merge_texts(&existing_texts, &row.texts)?;
                    sqlx::query(
                        "UPDATE commitments SET plan_id = $1, theme_id = $2, number = $3, texts = $4, lead_institution_id = $5,
                           ogp_values = $6, policy_areas = $7, assessment = $8, starts_on = $9, ends_on = $10, source_url = $11,
                           ogp_row = $12, ogp_digest = $13, updated_at = $14
                         WHERE id = $15",
                    )
                    .bind(plan_id)
                    .bind(theme_id)
                    .bind(&row.number)
                    .bind(to_json(&texts))
                    .bind(lead)
                    .bind(to_json(&row.values))
                    .bind(to_json(&row.policy_areas))
                    .bind(to_json(&row.assessment))
                    .bind(date_to_text(row.starts_on))
                    .bind(date_to_text(row.ends_on))
                    .bind(&row.source_url)
                    .bind(to_json(&row.raw))
                    .bind(&digest)
                    .bind(now)
                    .bind(id)
                    .execute(&mut **tx)
                    .await?;
                    sqlx::query("DELETE FROM commitment_supporters WHERE commitment_id = $1").bind(id).execute(&mut **tx).await?;
                    counts.commitments_updated += 1;
                    id
                }
                None => {
                    counts.commitments_created += 1;
                    sqlx::query_scalar(
                        "INSERT INTO commitments (code, plan_id, theme_id, number, status, texts, lead_institution_id, ogp_values,
                           policy_areas, assessment, starts_on, ends_on, source_url, ogp_row, ogp_digest, created_at, updated_at)
                         VALUES ($1, $2, $3, $4, 'adopted', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id",
                    )
                    .bind(&row.code)
                    .bind(plan_id)
                    .bind(theme_id)
                    .bind(&row.number)
                    .bind(to_json(&row.texts))
                    .bind(lead)
                    .bind(to_json(&row.values))
                    .bind(to_json(&row.policy_areas))
                    .bind(to_json(&row.assessment))
                    .bind(date_to_text(row.starts_on))
                    .bind(date_to_text(row.ends_on))
                    .bind(&row.source_url)
                    .bind(to_json(&row.raw))
                    .bind(&digest)
                    .bind(now)
                    .fetch_one(&mut **tx)
                    .await?
                }
            };
            for institution in supporters {
                sqlx::query("INSERT INTO commitment_supporters (commitment_id, institution_id) VALUES ($1, $2)")
                    .bind(id)
                    .bind(institution)
                    .execute(&mut **tx)
                    .await?;
            }
            Ok(())
        }
    };
}

pub(crate) use impl_plan_repository;
