//! The region part of `/admin/subscribers/{alias}`: where the subscriber's
//! surveys and answers live, a form to move them to another region, and
//! the move's progress (asked for every second while it runs).

use leptos::prelude::*;

use super::form_feedback::{FieldError, FormAlert, invalid};
use crate::api::region_moves::{
    MoveProgress, MoveSubscriberRegion, RegionMoves, load_region_moves,
};

const POLL_MS: u64 = 1_000;

/// The page loads `moves` with the subscriber's details and again after
/// `action` asks for a move; while one runs, the panel asks every second.
#[component]
pub fn RegionMovePanel(
    alias: String,
    moves: RegionMoves,
    action: ServerAction<MoveSubscriberRegion>,
) -> impl IntoView {
    let live = RwSignal::new(moves.clone());
    Effect::new({
        let alias = alias.clone();
        move |_| {
            let alias = alias.clone();
            let handle = set_interval_with_handle(
                move || {
                    if !live.get_untracked().moving() {
                        return;
                    }
                    let alias = alias.clone();
                    leptos::task::spawn_local(async move {
                        if let Ok(moves) = load_region_moves(alias).await {
                            live.set(moves);
                        }
                    });
                },
                std::time::Duration::from_millis(POLL_MS),
            );
            on_cleanup(move || {
                if let Ok(handle) = handle {
                    handle.clear();
                }
            });
        }
    });
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let where_kept = move || {
        let moves = live.get();
        let own = moves
            .regions
            .iter()
            .any(|r| r.id == moves.region && r.own_database);
        if own {
            crate::i18n::tr!("region-move-panel-kept-own", region = &moves.region)
        } else {
            crate::i18n::tr!("region-move-panel-kept-main", region = &moves.region)
        }
    };
    let choices: Vec<_> = moves
        .regions
        .iter()
        .filter(|r| r.id != moves.region)
        .cloned()
        .collect();
    let can_move = !choices.is_empty();
    let options = move || {
        choices
            .iter()
            .map(|r| {
                let label = if r.own_database {
                    crate::i18n::tr!("region-move-panel-own-database", region = &r.id)
                } else {
                    crate::i18n::tr!("region-move-panel-main-database", region = &r.id)
                };
                view! { <option value=r.id.clone()>{label}</option> }
            })
            .collect_view()
    };
    let options = StoredValue::new(options);
    let alias = StoredValue::new(alias);
    view! {
        <h2 id="region">{crate::i18n::tr!("region-move-panel-heading")}</h2>
        <p id="subscriber-region">{where_kept}</p>
        {move || live.get().moves.first().cloned().map(|latest| view! { <MoveStatus latest /> })}
        <Show when=move || can_move && !live.get().moving()>
            <ActionForm action attr:class="stacked" attr:id="move-form">
                <input type="hidden" name="alias" value=alias.get_value() />
                <p id="move-help" class="hint">{crate::i18n::tr!("region-move-panel-help")}</p>
                <label for="move-region">{crate::i18n::tr!("region-move-panel-move-to")}</label>
                <select id="move-region" name="region" aria-invalid=invalid(error, "region")
                    aria-describedby="move-help field-move-region-error">
                    {options.with_value(|options| options())}
                </select>
                <FieldError error field="region" id="field-move-region-error".to_owned() />
                <FormAlert error />
                <button type="submit" class="primary">{crate::i18n::tr!("region-move-panel-move")}</button>
            </ActionForm>
        </Show>
    }
}

#[component]
fn MoveStatus(latest: MoveProgress) -> impl IntoView {
    view! {
        <div class="transfer" role="status" aria-live="polite" id="move-progress"
            data-finished=latest.finished.to_string()>
            <p>
                <strong>{format!("{}: {} → {}", latest.state, latest.from_region, latest.to_region)}</strong>
                {(!latest.step.is_empty()).then(|| format!(" — {}", latest.step))}
            </p>
            <p>
                {crate::i18n::tr!(
                    "region-move-panel-rows-copied",
                    count = latest.rows_copied,
                    by = &latest.requested_by,
                    at = &latest.requested,
                )}
            </p>
            {(!latest.finished).then(|| view! { <progress aria-label=crate::i18n::tr!("region-move-panel-moving")></progress> })}
            {(!latest.message.is_empty()).then(|| view! { <p class="transfer-message">{latest.message.clone()}</p> })}
        </div>
    }
}
