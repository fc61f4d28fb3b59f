//! The SQL of [`ForumRepository`](crate::forum::ForumRepository), shared by both backends.

pub(crate) const BODY_COLUMNS: &str = "id, slug, kind, name, parent_id";
pub(crate) const MEMBERSHIP_SELECT: &str =
    "SELECT m.id, m.person_id, m.body_id, m.seat_id, s.role, m.institution_id, m.starts_on, m.ends_on
     FROM memberships m JOIN seats s ON s.id = m.seat_id";
pub(crate) const MEETING_COLUMNS: &str =
    "id, body_id, kind, status, title, starts_at, ends_at, time_zone, place, online_url, agenda, minutes, outside";
pub(crate) const RECOMMENDATION_COLUMNS: &str = "id, meeting_id, text, status, reason";
pub(crate) const DOCUMENT_COLUMNS: &str =
    "id, kind, title, language, published_on, object_key, file_name, content_type, size, sha256, url, meeting_id, body_id,
     withdrawn_reason";

/// Implements `ForumRepository` for a store with a `pool` field; `DB` must name its database.
macro_rules! impl_forum_repository {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::forum::ForumRepository for $store {
            async fn list_bodies(&self) -> Result<Vec<domain::forum::Body>, StoreError> {
                let rows: Vec<$crate::forum::BodyRow> =
                    sqlx::query_as(&format!("SELECT {} FROM bodies ORDER BY id", $crate::forum_sql::BODY_COLUMNS))
                        .fetch_all(&self.pool)
                        .await?;
                let mut themes = $crate::forum::grouped(
                    sqlx::query_as("SELECT body_id, theme_id FROM body_themes ORDER BY theme_id").fetch_all(&self.pool).await?,
                );
                rows.into_iter().map(|r| { let t = themes.remove(&r.id).unwrap_or_default(); r.into_body(t) }).collect()
            }

            async fn body(&self, id: i64) -> Result<Option<domain::forum::Body>, StoreError> {
                let row: Option<$crate::forum::BodyRow> =
                    sqlx::query_as(&format!("SELECT {} FROM bodies WHERE id = $1", $crate::forum_sql::BODY_COLUMNS))
                        .bind(id)
                        .fetch_optional(&self.pool)
                        .await?;
                self.with_body_themes(row).await
            }

            async fn body_by_slug(&self, slug: &str) -> Result<Option<domain::forum::Body>, StoreError> {
                let row: Option<$crate::forum::BodyRow> =
                    sqlx::query_as(&format!("SELECT {} FROM bodies WHERE slug = $1", $crate::forum_sql::BODY_COLUMNS))
                        .bind(slug)
                        .fetch_optional(&self.pool)
                        .await?;
                self.with_body_themes(row).await
            }

            async fn create_body(&self, input: &domain::forum::BodyInput, now: i64) -> Result<domain::forum::Body, StoreError> {
                let mut tx = self.begin_write().await?;
                check_body_references(&mut tx, input, None).await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO bodies (slug, kind, name, parent_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
                )
                .bind(&input.slug)
                .bind(input.kind.code())
                .bind(input.name.to_json())
                .bind(input.parent_id)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                for role in domain::forum::SeatRole::ALL {
                    sqlx::query("INSERT INTO seats (body_id, role) VALUES ($1, $2)").bind(id).bind(role.code()).execute(&mut *tx).await?;
                }
                set_body_themes(&mut tx, id, &input.theme_ids).await?;
                tx.commit().await?;
                Ok(domain::forum::Body {
                    id,
                    slug: input.slug.clone(),
                    kind: input.kind,
                    name: input.name.clone(),
                    parent_id: input.parent_id,
                    theme_ids: input.theme_ids.clone(),
                })
            }

            async fn update_body(&self, id: i64, input: &domain::forum::BodyInput, now: i64) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                check_body_references(&mut tx, input, Some(id)).await?;
                let updated = sqlx::query("UPDATE bodies SET slug = $1, kind = $2, name = $3, parent_id = $4, updated_at = $5 WHERE id = $6")
                    .bind(&input.slug)
                    .bind(input.kind.code())
                    .bind(input.name.to_json())
                    .bind(input.parent_id)
                    .bind(now)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                if updated.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                sqlx::query("DELETE FROM body_themes WHERE body_id = $1").bind(id).execute(&mut *tx).await?;
                set_body_themes(&mut tx, id, &input.theme_ids).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn seats_of(&self, body_id: i64) -> Result<Vec<domain::forum::Seat>, StoreError> {
                Ok(self.all_seats().await?.into_iter().filter(|s| s.body_id == body_id).collect())
            }

            async fn all_seats(&self) -> Result<Vec<domain::forum::Seat>, StoreError> {
                let rows: Vec<(i64, i64, String)> =
                    sqlx::query_as("SELECT id, body_id, role FROM seats ORDER BY body_id, id").fetch_all(&self.pool).await?;
                rows.into_iter()
                    .map(|(id, body_id, role)| {
                        domain::forum::SeatRole::parse(&role)
                            .map(|role| domain::forum::Seat { id, body_id, role })
                            .map_err(|e| StoreError::Corrupt(format!("seat {id}: {e}")))
                    })
                    .collect()
            }

            async fn list_people(&self) -> Result<Vec<domain::forum::Person>, StoreError> {
                let rows: Vec<$crate::forum::PersonRow> =
                    sqlx::query_as("SELECT id, name, email, email_public, user_id FROM people ORDER BY name, id")
                        .fetch_all(&self.pool)
                        .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn person(&self, id: i64) -> Result<Option<domain::forum::Person>, StoreError> {
                let row: Option<$crate::forum::PersonRow> =
                    sqlx::query_as("SELECT id, name, email, email_public, user_id FROM people WHERE id = $1")
                        .bind(id)
                        .fetch_optional(&self.pool)
                        .await?;
                Ok(row.map(Into::into))
            }

            async fn create_person(&self, input: &domain::forum::PersonInput, now: i64) -> Result<domain::forum::Person, StoreError> {
                let mut tx = self.begin_write().await?;
                let person = insert_person(&mut tx, input, now).await?;
                tx.commit().await?;
                Ok(person)
            }

            async fn memberships_of_body(&self, body_id: i64) -> Result<Vec<domain::forum::Membership>, StoreError> {
                let rows: Vec<$crate::forum::MembershipRow> =
                    sqlx::query_as(&format!("{} WHERE m.body_id = $1 ORDER BY m.starts_on, m.id", $crate::forum_sql::MEMBERSHIP_SELECT))
                        .bind(body_id)
                        .fetch_all(&self.pool)
                        .await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn all_memberships(&self) -> Result<Vec<domain::forum::Membership>, StoreError> {
                let rows: Vec<$crate::forum::MembershipRow> =
                    sqlx::query_as(&format!("{} ORDER BY m.body_id, m.starts_on, m.id", $crate::forum_sql::MEMBERSHIP_SELECT))
                        .fetch_all(&self.pool)
                        .await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn add_membership(&self, body_id: i64, input: &domain::forum::MembershipInput, now: i64) -> Result<i64, StoreError> {
                let mut tx = self.begin_write().await?;
                let id = insert_membership(&mut tx, body_id, input, now).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn add_membership_of_new_person(
                &self,
                body_id: i64,
                person: &domain::forum::PersonInput,
                input: &domain::forum::MembershipInput,
                now: i64,
            ) -> Result<(i64, i64), StoreError> {
                let mut tx = self.begin_write().await?;
                let person_id = insert_person(&mut tx, person, now).await?.id;
                let seat = domain::forum::MembershipInput { person_id, ..input.clone() };
                let id = insert_membership(&mut tx, body_id, &seat, now).await?;
                tx.commit().await?;
                Ok((person_id, id))
            }

            async fn end_membership(&self, id: i64, ends_on: time::Date) -> Result<(), StoreError> {
                let done = sqlx::query("UPDATE memberships SET ends_on = $1 WHERE id = $2 AND starts_on <= $1")
                    .bind($crate::forum::date_text(ends_on))
                    .bind(id)
                    .execute(self.writer())
                    .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::Refused { field: "ends_on", code: "membership-ends-before-start" });
                }
                Ok(())
            }

            async fn forum_scopes_of_user(&self, user_id: i64, today: time::Date) -> Result<Vec<domain::permissions::Scope>, StoreError> {
                // One query: this runs on every signed-in request.
                let rows: Vec<(i64, Option<i64>)> = sqlx::query_as(
                    "SELECT m.body_id, bt.theme_id FROM memberships m JOIN people p ON p.id = m.person_id
                     LEFT JOIN body_themes bt ON bt.body_id = m.body_id
                     WHERE p.user_id = $1 AND m.starts_on <= $2 AND (m.ends_on IS NULL OR m.ends_on >= $2)",
                )
                .bind(user_id)
                .bind($crate::forum::date_text(today))
                .fetch_all(&self.pool)
                .await?;
                let bodies: std::collections::BTreeSet<i64> = rows.iter().map(|(body, _)| *body).collect();
                let themes: std::collections::BTreeSet<i64> = rows.iter().filter_map(|(_, theme)| *theme).collect();
                use domain::permissions::Scope;
                Ok(bodies.into_iter().map(Scope::Body).chain(themes.into_iter().map(Scope::Theme)).collect())
            }

            async fn list_meetings(&self) -> Result<Vec<domain::forum::Meeting>, StoreError> {
                let rows: Vec<$crate::forum::MeetingRow> =
                    sqlx::query_as(&format!("SELECT {} FROM meetings ORDER BY starts_at, id", $crate::forum_sql::MEETING_COLUMNS))
                        .fetch_all(&self.pool)
                        .await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn meeting(&self, id: i64) -> Result<Option<domain::forum::Meeting>, StoreError> {
                let row: Option<$crate::forum::MeetingRow> =
                    sqlx::query_as(&format!("SELECT {} FROM meetings WHERE id = $1", $crate::forum_sql::MEETING_COLUMNS))
                        .bind(id)
                        .fetch_optional(&self.pool)
                        .await?;
                row.map(TryInto::try_into).transpose()
            }

            async fn create_meeting(&self, input: &domain::forum::MeetingInput, attendees: &[i64], now: i64) -> Result<i64, StoreError> {
                let mut tx = self.begin_write().await?;
                if let Some(body) = input.body_id {
                    require_row(&mut tx, "bodies", body, "body_id", "body-unknown").await?;
                }
                let query = sqlx::query(
                    "INSERT INTO meetings (body_id, kind, title, starts_at, ends_at, time_zone, place, online_url, agenda, minutes, outside,
                       status, updated_at, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id",
                );
                let row = bind_meeting(query, input, now).fetch_one(&mut *tx).await?;
                let id: i64 = sqlx::Row::try_get(&row, 0)?;
                replace_attendees(&mut tx, id, attendees).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn update_meeting(&self, id: i64, input: &domain::forum::MeetingInput, attendees: &[i64], now: i64) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                if let Some(body) = input.body_id {
                    require_row(&mut tx, "bodies", body, "body_id", "body-unknown").await?;
                }
                let query = sqlx::query(
                    "UPDATE meetings SET body_id = $1, kind = $2, title = $3, starts_at = $4, ends_at = $5, time_zone = $6, place = $7,
                       online_url = $8, agenda = $9, minutes = $10, outside = $11, status = $12, updated_at = $13 WHERE id = $14",
                );
                let done = bind_meeting(query, input, now).bind(id).execute(&mut *tx).await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                replace_attendees(&mut tx, id, attendees).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn attendees_of(&self, meeting_id: i64) -> Result<Vec<i64>, StoreError> {
                Ok(sqlx::query_scalar("SELECT person_id FROM meeting_attendees WHERE meeting_id = $1 ORDER BY person_id")
                    .bind(meeting_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn set_attendees(&self, meeting_id: i64, person_ids: &[i64]) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                require_row(&mut tx, "meetings", meeting_id, "meeting_id", "meeting-unknown").await?;
                replace_attendees(&mut tx, meeting_id, person_ids).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn recommendations_of_meeting(&self, meeting_id: i64) -> Result<Vec<domain::forum::Recommendation>, StoreError> {
                let rows: Vec<$crate::forum::RecommendationRow> = sqlx::query_as(&format!(
                    "SELECT {} FROM recommendations WHERE meeting_id = $1 ORDER BY id",
                    $crate::forum_sql::RECOMMENDATION_COLUMNS
                ))
                .bind(meeting_id)
                .fetch_all(&self.pool)
                .await?;
                self.with_commitments(rows).await
            }

            async fn recommendations_of_commitment(&self, commitment_id: i64) -> Result<Vec<domain::forum::Recommendation>, StoreError> {
                let rows: Vec<$crate::forum::RecommendationRow> = sqlx::query_as(&format!(
                    "SELECT {} FROM recommendations
                     WHERE id IN (SELECT recommendation_id FROM recommendation_commitments WHERE commitment_id = $1) ORDER BY id",
                    $crate::forum_sql::RECOMMENDATION_COLUMNS
                ))
                .bind(commitment_id)
                .fetch_all(&self.pool)
                .await?;
                self.with_commitments(rows).await
            }

            async fn recommendation(&self, id: i64) -> Result<Option<domain::forum::Recommendation>, StoreError> {
                let rows: Vec<$crate::forum::RecommendationRow> = sqlx::query_as(&format!(
                    "SELECT {} FROM recommendations WHERE id = $1",
                    $crate::forum_sql::RECOMMENDATION_COLUMNS
                ))
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
                Ok(self.with_commitments(rows).await?.pop())
            }

            async fn add_recommendation(
                &self,
                meeting_id: i64,
                input: &domain::forum::RecommendationInput,
                now: i64,
            ) -> Result<i64, StoreError> {
                let mut tx = self.begin_write().await?;
                require_row(&mut tx, "meetings", meeting_id, "meeting_id", "meeting-unknown").await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO recommendations (meeting_id, text, status, reason, created_at, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
                )
                .bind(meeting_id)
                .bind(input.text.to_json())
                .bind(input.status.code())
                .bind(input.reason.to_json())
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                link_commitments(&mut tx, id, &input.commitment_ids).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn update_recommendation(&self, id: i64, input: &domain::forum::RecommendationInput, now: i64) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query("UPDATE recommendations SET text = $1, status = $2, reason = $3, updated_at = $4 WHERE id = $5")
                    .bind(input.text.to_json())
                    .bind(input.status.code())
                    .bind(input.reason.to_json())
                    .bind(now)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                sqlx::query("DELETE FROM recommendation_commitments WHERE recommendation_id = $1").bind(id).execute(&mut *tx).await?;
                link_commitments(&mut tx, id, &input.commitment_ids).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn withdraw_document(&self, id: i64, reason: &domain::Localized, now: i64) -> Result<(), StoreError> {
                let done = sqlx::query("UPDATE documents SET withdrawn_at = $1, withdrawn_reason = $2 WHERE id = $3")
                    .bind(now)
                    .bind(reason.to_json())
                    .bind(id)
                    .execute(self.writer())
                    .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            }

            async fn update_person(&self, id: i64, input: &domain::forum::PersonInput) -> Result<(), StoreError> {
                let user_id: Option<i64> = match &input.email {
                    Some(email) => sqlx::query_scalar("SELECT id FROM users WHERE email = $1").bind(email).fetch_optional(&self.pool).await?,
                    None => None,
                };
                let done = sqlx::query("UPDATE people SET name = $1, email = $2, email_public = $3, user_id = $4 WHERE id = $5")
                    .bind(&input.name)
                    .bind(&input.email)
                    .bind(i64::from(input.email_public))
                    .bind(input.user_id.or(user_id))
                    .bind(id)
                    .execute(self.writer())
                    .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                Ok(())
            }

            async fn list_documents(&self) -> Result<Vec<domain::documents::Document>, StoreError> {
                let rows: Vec<$crate::forum::DocumentRow> = sqlx::query_as(&format!(
                    "SELECT {} FROM documents ORDER BY published_on DESC, id DESC",
                    $crate::forum_sql::DOCUMENT_COLUMNS
                ))
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn document(&self, id: i64) -> Result<Option<domain::documents::Document>, StoreError> {
                let row: Option<$crate::forum::DocumentRow> =
                    sqlx::query_as(&format!("SELECT {} FROM documents WHERE id = $1", $crate::forum_sql::DOCUMENT_COLUMNS))
                        .bind(id)
                        .fetch_optional(&self.pool)
                        .await?;
                row.map(TryInto::try_into).transpose()
            }

            async fn add_document(
                &self,
                input: &domain::documents::DocumentInput,
                source: &domain::documents::DocumentSource,
                uploaded_by: Option<i64>,
                now: i64,
            ) -> Result<i64, StoreError> {
                use domain::documents::DocumentSource;
                let mut tx = self.begin_write().await?;
                if let Some(meeting) = input.meeting_id {
                    require_row(&mut tx, "meetings", meeting, "meeting_id", "meeting-unknown").await?;
                }
                if let Some(body) = input.body_id {
                    require_row(&mut tx, "bodies", body, "body_id", "body-unknown").await?;
                }
                let (file, url) = match source {
                    DocumentSource::File(f) => (Some(f), None),
                    DocumentSource::Link { url } => (None, Some(url)),
                };
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO documents (kind, title, language, published_on, object_key, file_name, content_type, size, sha256, url,
                       meeting_id, body_id, uploaded_by, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
                )
                .bind(input.kind.code())
                .bind(input.title.to_json())
                .bind(&input.language)
                .bind($crate::forum::date_text(input.published_on))
                .bind(file.map(|f| f.object_key.clone()))
                .bind(file.map(|f| f.file_name.clone()))
                .bind(file.map(|f| f.content_type.clone()))
                .bind(file.map(|f| f.size))
                .bind(file.map(|f| f.sha256.clone()))
                .bind(url)
                .bind(input.meeting_id)
                .bind(input.body_id)
                .bind(uploaded_by)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(id)
            }
        }

        impl $store {
            /// A body row with the themes it drafts.
            async fn with_body_themes(
                &self,
                row: Option<$crate::forum::BodyRow>,
            ) -> Result<Option<domain::forum::Body>, StoreError> {
                let Some(row) = row else { return Ok(None) };
                let themes: Vec<i64> = sqlx::query_scalar("SELECT theme_id FROM body_themes WHERE body_id = $1 ORDER BY theme_id")
                    .bind(row.id)
                    .fetch_all(&self.pool)
                    .await?;
                row.into_body(themes).map(Some)
            }

            async fn with_commitments(
                &self,
                rows: Vec<$crate::forum::RecommendationRow>,
            ) -> Result<Vec<domain::forum::Recommendation>, StoreError> {
                if rows.is_empty() {
                    return Ok(vec![]);
                }
                let ids: Vec<String> = rows.iter().map(|r| r.id.to_string()).collect();
                // Ids are integers from the database, so inlining them is safe.
                let mut links = $crate::forum::grouped(
                    sqlx::query_as(&format!(
                        "SELECT recommendation_id, commitment_id FROM recommendation_commitments
                         WHERE recommendation_id IN ({}) ORDER BY commitment_id",
                        ids.join(",")
                    ))
                    .fetch_all(&self.pool)
                    .await?,
                );
                rows.into_iter()
                    .map(|r| { let c = links.remove(&r.id).unwrap_or_default(); r.into_recommendation(c) })
                    .collect()
            }
        }

        async fn replace_attendees(tx: &mut sqlx::Transaction<'_, DB>, meeting_id: i64, person_ids: &[i64]) -> Result<(), StoreError> {
            sqlx::query("DELETE FROM meeting_attendees WHERE meeting_id = $1").bind(meeting_id).execute(&mut **tx).await?;
            let mut seen = std::collections::BTreeSet::new();
            for person in person_ids.iter().filter(|p| seen.insert(**p)) {
                require_row(tx, "people", *person, "attendees", "person-unknown").await?;
                sqlx::query("INSERT INTO meeting_attendees (meeting_id, person_id) VALUES ($1, $2)")
                    .bind(meeting_id)
                    .bind(person)
                    .execute(&mut **tx)
                    .await?;
            }
            Ok(())
        }

        async fn insert_person(
            tx: &mut sqlx::Transaction<'_, DB>,
            input: &domain::forum::PersonInput,
            now: i64,
        ) -> Result<domain::forum::Person, StoreError> {
            // A forum member who has an account gets it linked, so memberships grant drafting rights.
            let user_id: Option<i64> = match (&input.user_id, &input.email) {
                (Some(id), _) => Some(*id),
                (None, Some(email)) => {
                    sqlx::query_scalar("SELECT id FROM users WHERE email = $1").bind(email).fetch_optional(&mut **tx).await?
                }
                (None, None) => None,
            };
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO people (name, email, email_public, user_id, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(&input.name)
            .bind(&input.email)
            .bind(i64::from(input.email_public))
            .bind(user_id)
            .bind(now)
            .fetch_one(&mut **tx)
            .await?;
            Ok(domain::forum::Person { id, name: input.name.clone(), email: input.email.clone(), email_public: input.email_public, user_id })
        }

        /// Seats a person after the checks: known person and institution, a free single seat.
        async fn insert_membership(
            tx: &mut sqlx::Transaction<'_, DB>,
            body_id: i64,
            input: &domain::forum::MembershipInput,
            now: i64,
        ) -> Result<i64, StoreError> {
            require_row(tx, "people", input.person_id, "person_id", "person-unknown").await?;
            if let Some(institution) = input.institution_id {
                require_row(tx, "institutions", institution, "institution_id", "institution-unknown").await?;
            }
            let seat_id: i64 = sqlx::query_scalar("SELECT id FROM seats WHERE body_id = $1 AND role = $2")
                .bind(body_id)
                .bind(input.role.code())
                .fetch_optional(&mut **tx)
                .await?
                .ok_or(StoreError::NotFound)?;
            if input.role.single_holder() {
                let held: Vec<$crate::forum::MembershipRow> =
                    sqlx::query_as(&format!("{} WHERE m.seat_id = $1", $crate::forum_sql::MEMBERSHIP_SELECT))
                        .bind(seat_id)
                        .fetch_all(&mut **tx)
                        .await?;
                for row in held {
                    let existing: domain::forum::Membership = row.try_into()?;
                    if input.overlaps(&existing) {
                        return Err(StoreError::Refused { field: "role", code: "seat-taken" });
                    }
                }
            }
            Ok(sqlx::query_scalar(
                "INSERT INTO memberships (person_id, body_id, seat_id, institution_id, starts_on, ends_on, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(input.person_id)
            .bind(body_id)
            .bind(seat_id)
            .bind(input.institution_id)
            .bind($crate::forum::date_text(input.starts_on))
            .bind(input.ends_on.map($crate::forum::date_text))
            .bind(now)
            .fetch_one(&mut **tx)
            .await?)
        }

        /// Binds a meeting's fields as `$1`…`$13` (the last is the time of the change).
        fn bind_meeting<'q>(
            query: sqlx::query::Query<'q, DB, <DB as sqlx::Database>::Arguments<'q>>,
            input: &'q domain::forum::MeetingInput,
            now: i64,
        ) -> sqlx::query::Query<'q, DB, <DB as sqlx::Database>::Arguments<'q>> {
            query
                .bind(input.body_id)
                .bind(input.kind.code())
                .bind(input.title.to_json())
                .bind(input.starts_at)
                .bind(input.ends_at)
                .bind(&input.time_zone)
                .bind(&input.place)
                .bind(&input.online_url)
                .bind(input.agenda.to_json())
                .bind(input.minutes.to_json())
                .bind($crate::forum::outside_json(&input.outside_participants))
                .bind(input.status.code())
                .bind(now)
        }

        /// Refuses with `code` on `field` unless `table` has a row with `id`. `table` is one of ours.
        async fn require_row(
            tx: &mut sqlx::Transaction<'_, DB>,
            table: &'static str,
            id: i64,
            field: &'static str,
            code: &'static str,
        ) -> Result<(), StoreError> {
            let found: Option<i64> = sqlx::query_scalar(&format!("SELECT id FROM {table} WHERE id = $1"))
                .bind(id)
                .fetch_optional(&mut **tx)
                .await?;
            found.map(|_| ()).ok_or(StoreError::Refused { field, code })
        }

        async fn check_body_references(
            tx: &mut sqlx::Transaction<'_, DB>,
            input: &domain::forum::BodyInput,
            self_id: Option<i64>,
        ) -> Result<(), StoreError> {
            if let Some(parent) = input.parent_id {
                if Some(parent) == self_id {
                    return Err(StoreError::Refused { field: "parent_id", code: "parent-cycle" });
                }
                require_row(tx, "bodies", parent, "parent_id", "body-unknown").await?;
            }
            for theme in &input.theme_ids {
                require_row(tx, "themes", *theme, "theme_ids", "theme-unknown").await?;
            }
            Ok(())
        }

        async fn set_body_themes(tx: &mut sqlx::Transaction<'_, DB>, body_id: i64, themes: &[i64]) -> Result<(), StoreError> {
            for theme in themes {
                sqlx::query("INSERT INTO body_themes (body_id, theme_id) VALUES ($1, $2)")
                    .bind(body_id)
                    .bind(theme)
                    .execute(&mut **tx)
                    .await?;
            }
            Ok(())
        }

        async fn link_commitments(tx: &mut sqlx::Transaction<'_, DB>, recommendation_id: i64, commitments: &[i64]) -> Result<(), StoreError> {
            let mut seen = std::collections::BTreeSet::new();
            for commitment in commitments.iter().filter(|c| seen.insert(**c)) {
                require_row(tx, "commitments", *commitment, "commitment_ids", "commitment-unknown").await?;
                sqlx::query("INSERT INTO recommendation_commitments (recommendation_id, commitment_id) VALUES ($1, $2)")
                    .bind(recommendation_id)
                    .bind(commitment)
                    .execute(&mut **tx)
                    .await?;
            }
            Ok(())
        }
    };
}

pub(crate) use impl_forum_repository;
