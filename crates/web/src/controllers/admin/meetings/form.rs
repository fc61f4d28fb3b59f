use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::forum::{format_local, Meeting, MeetingForm, MeetingInput, MeetingKind, Recommendation};
use domain::institution::Branch;
use domain::permissions::Action;
use domain::validation::ValidationErrors;

use crate::auth::require;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::extract::At;
use crate::forms::{refused, CsrfForm, FormValues};
use crate::state::AppState;
use crate::views::{render_status, Page};

#[derive(Template)]
#[template(path = "admin/meetings/form.html")]
pub(crate) struct FormView {
    page: Page,
    action: String,
    meeting: Option<Meeting>,
    values: FormValues,
    errors: ValidationErrors,
    kinds: Vec<(String, String)>,
    meeting_statuses: Vec<(String, String)>,
    bodies: Vec<(String, String)>,
    people: Vec<(String, String)>,
    branches: Vec<(String, String)>,
    /// Each recommendation with its edit form's values and errors.
    recommendations: Vec<(Recommendation, FormValues, ValidationErrors)>,
    recommendation_values: FormValues,
    recommendation_errors: ValidationErrors,
    statuses: Vec<(String, String)>,
    /// Plan themes for recording an input from this meeting: (theme id, "Plan · Theme").
    themes: Vec<(String, String)>,
    input_values: FormValues,
    input_errors: ValidationErrors,
}

/// A refused input from the meeting, to show again with its errors.
pub(crate) struct InputForm {
    pub values: FormValues,
    pub errors: ValidationErrors,
}

/// What the recommendation forms show: a failed submission's values and errors, if any.
pub(crate) struct RecommendationForm {
    /// The recommendation being edited; `None` for the form that adds one.
    pub target: Option<i64>,
    pub values: FormValues,
    pub errors: ValidationErrors,
}

pub(crate) async fn view(
    state: &AppState,
    ctx: &Ctx,
    meeting: Option<Meeting>,
    values: FormValues,
    errors: ValidationErrors,
    recommendation: Option<RecommendationForm>,
) -> AppResult<Response> {
    view_with_input(state, ctx, meeting, values, errors, recommendation, None).await
}

pub(crate) async fn view_with_input(
    state: &AppState,
    ctx: &Ctx,
    meeting: Option<Meeting>,
    values: FormValues,
    errors: ValidationErrors,
    recommendation: Option<RecommendationForm>,
    input: Option<InputForm>,
) -> AppResult<Response> {
    let title_id = if meeting.is_some() { "admin-meeting-edit" } else { "admin-meeting-new" };
    let page = Page::new(state, ctx, title_id);
    let action = match &meeting {
        Some(m) => page.href(&format!("/admin/meetings/{}", m.id)),
        None => page.href("/admin/meetings"),
    };
    let failed = !errors.is_empty()
        || recommendation.as_ref().is_some_and(|r| !r.errors.is_empty())
        || input.as_ref().is_some_and(|i| !i.errors.is_empty());
    let input = input.unwrap_or(InputForm { values: FormValues::default(), errors: ValidationErrors::new() });
    let mut recommendation = recommendation.unwrap_or(RecommendationForm {
        target: None,
        values: FormValues::default(),
        errors: ValidationErrors::new(),
    });
    let mut recommendations = vec![];
    if let Some(m) = &meeting {
        for r in state.db.recommendations_of_meeting(m.id).await? {
            if recommendation.target == Some(r.id) {
                let failed = std::mem::replace(
                    &mut recommendation,
                    RecommendationForm { target: None, values: FormValues::default(), errors: ValidationErrors::new() },
                );
                recommendations.push((r, failed.values, failed.errors));
            } else {
                let values = recommendation_values(state, &r).await?;
                recommendations.push((r, values, ValidationErrors::new()));
            }
        }
    }
    let view = FormView {
        kinds: MeetingKind::ALL.iter().map(|k| (k.code().to_string(), page.label("meeting-kind", k.code()))).collect(),
        meeting_statuses: domain::forum::MeetingStatus::ALL
            .iter()
            .map(|s| (s.code().to_string(), page.label("meeting-status", s.code())))
            .collect(),
        bodies: state.db.list_bodies().await?.iter().map(|b| (b.id.to_string(), page.plain(&b.name))).collect(),
        people: state.db.list_people().await?.into_iter().map(|p| (p.id.to_string(), p.name)).collect(),
        branches: Branch::ALL.iter().map(|b| (b.code().to_string(), page.branch(b.code()))).collect(),
        statuses: domain::forum::RecommendationStatus::ALL
            .iter()
            .map(|s| (s.code().to_string(), page.label("recommendation-status", s.code())))
            .collect(),
        themes: crate::presenters::theme_options(state, &page).await?,
        input_values: input.values,
        input_errors: input.errors,
        page,
        action,
        meeting,
        values,
        errors,
        recommendations,
        recommendation_values: recommendation.values,
        recommendation_errors: recommendation.errors,
    };
    let status = if failed { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    render_status(status, &view)
}

async fn recommendation_values(state: &AppState, r: &Recommendation) -> AppResult<FormValues> {
    let mut values = FormValues::default();
    values.set_localized("text", &r.text);
    values.set_localized("reason", &r.reason);
    values.set("status", r.status.code());
    let mut codes = vec![];
    for id in &r.commitment_ids {
        if let Some(c) = state.db.commitment(*id).await? {
            codes.push(c.code);
        }
    }
    values.set("commitments", codes.join(", "));
    Ok(values)
}

pub(crate) fn values_of(meeting: &Meeting, attendees: &[i64]) -> FormValues {
    let mut values = FormValues::default();
    let zone = &meeting.time_zone;
    values.set("body_id", meeting.body_id.map(|b| b.to_string()).unwrap_or_default());
    values.set("kind", meeting.kind.code());
    values.set("status", meeting.status.code());
    values.set_localized("title", &meeting.title);
    values.set("start_date", format_local(meeting.starts_at, zone, "%Y-%m-%d"));
    values.set("start_time", format_local(meeting.starts_at, zone, "%H:%M"));
    values.set("end_date", format_local(meeting.ends_at, zone, "%Y-%m-%d"));
    values.set("end_time", format_local(meeting.ends_at, zone, "%H:%M"));
    values.set("time_zone", zone.clone());
    values.set("place", meeting.place.clone().unwrap_or_default());
    values.set("online_url", meeting.online_url.clone().unwrap_or_default());
    values.set_localized("agenda", &meeting.agenda);
    values.set_localized("minutes", &meeting.minutes);
    for (branch, count) in &meeting.outside_participants {
        values.set(&format!("outside_{}", branch.code()), count.to_string());
    }
    for person in attendees {
        values.set("attendees", person.to_string());
    }
    values
}

fn parse(values: &FormValues) -> Result<(MeetingInput, Vec<i64>), ValidationErrors> {
    let form = MeetingForm {
        body_id: values.get("body_id").to_string(),
        kind: values.get("kind").to_string(),
        status: values.get("status").to_string(),
        titles: values.localized("title"),
        start_date: values.get("start_date").to_string(),
        start_time: values.get("start_time").to_string(),
        end_date: values.get("end_date").to_string(),
        end_time: values.get("end_time").to_string(),
        time_zone: values.get("time_zone").to_string(),
        place: values.get("place").to_string(),
        online_url: values.get("online_url").to_string(),
        agenda: values.localized("agenda"),
        minutes: values.localized("minutes"),
        outside: Branch::ALL
            .iter()
            .map(|b| (b.code().to_string(), values.get(&format!("outside_{}", b.code())).to_string()))
            .collect(),
    };
    let mut errors = ValidationErrors::new();
    let mut attendees = vec![];
    for raw in values.all("attendees") {
        match raw.parse::<i64>() {
            Ok(id) => attendees.push(id),
            Err(_) => errors.add("attendees", "person-unknown"),
        }
    }
    match MeetingInput::parse(&form) {
        Ok(input) if errors.is_empty() => Ok((input, attendees)),
        Ok(_) => Err(errors),
        Err(mut e) => {
            e.0.extend(errors.0);
            Err(e)
        }
    }
}

pub async fn new(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    let mut values = FormValues::default();
    values.set("time_zone", state.config.time_zone.clone());
    values.set("kind", MeetingKind::ForumMeeting.code());
    view(&state, &ctx, None, values, ValidationErrors::new(), None).await
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    let values = FormValues(pairs);
    let (input, attendees) = match parse(&values) {
        Ok(parsed) => parsed,
        Err(errors) => return view(&state, &ctx, None, values, errors, None).await,
    };
    match state.db.create_meeting(&input, &attendees, state.now()).await {
        Ok(id) => Ok(ctx.see_other(&format!("/admin/meetings/{id}/edit?notice=created"))),
        Err(err) => view(&state, &ctx, None, values, refused(err)?, None).await,
    }
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    At(meeting): At<domain::forum::Meeting>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    let values = values_of(&meeting, &state.db.attendees_of(meeting.id).await?);
    view(&state, &ctx, Some(meeting), values, ValidationErrors::new(), None).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    At(meeting): At<domain::forum::Meeting>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    require(&ctx.principal, Action::ManageForum)?;
    let values = FormValues(pairs);
    let (input, attendees) = match parse(&values) {
        Ok(parsed) => parsed,
        Err(errors) => return view(&state, &ctx, Some(meeting), values, errors, None).await,
    };
    match state.db.update_meeting(meeting.id, &input, &attendees, state.now()).await {
        Ok(()) => Ok(ctx.see_other(&format!("/admin/meetings/{}/edit?notice=saved", meeting.id))),
        Err(err) => view(&state, &ctx, Some(meeting), values, refused(err)?, None).await,
    }
}
