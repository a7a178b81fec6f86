//! The share page's choice of proof-of-work challenge for a survey's public
//! link (`domain::proof_of_work`), with or without JavaScript.

use leptos::prelude::*;

use super::form_feedback::{FieldError, FormAlert};
use crate::api::sharing::{SaveProofOfWork, SharePage};
use crate::domain::ProofOfWork;

#[component]
pub(super) fn SpamProtection(
    page: SharePage,
    save: ServerAction<SaveProofOfWork>,
) -> impl IntoView {
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    let saved = move || matches!(save.value().get(), Some(Ok(())));
    let current = page.proof_of_work;
    view! {
        <h2>"Spam protection"</h2>
        <p id="spam-protection-hint">
            "Every public form has a hidden trap field and a minimum fill time, which stop most automated spam without bothering anyone. "
            "For a survey that still gets spam, the browser can also solve a small puzzle before it sends the answers: "
            "it takes a person's browser about a second while they read the questions, and costs a spammer as much for every response. "
            "No third-party service is involved, and personal invitation links are never asked to solve it."
        </p>
        <div role="status">{move || saved().then(|| view! { <p class="success">"Spam protection was saved."</p> })}</div>
        <FormAlert error />
        <ActionForm action=save attr:class="stacked" attr:id="spam-protection-form">
            <input type="hidden" name="tenant" value=page.tenant_alias.clone() />
            <input type="hidden" name="slug" value=page.slug.clone() />
            <fieldset class="choices" aria-describedby="spam-protection-hint field-proof_of_work-error">
                <legend>"Puzzle solved by the browser"</legend>
                {ProofOfWork::ALL.into_iter().map(|choice| view! {
                    <label class="choice">
                        <input type="radio" name="choice" value=choice.code() checked=choice == current />
                        {format!(" {}", choice.label())}
                    </label>
                }).collect_view()}
            </fieldset>
            <FieldError error field="proof_of_work" id="field-proof_of_work-error".to_owned() />
            <p class="hint">
                "Allowing answers without JavaScript keeps the survey open to everyone, but spam that does not run JavaScript then meets only the trap field and the fill time. "
                "Requiring it stops that spam too; people whose browser runs no JavaScript are told so on the survey page."
            </p>
            <button type="submit" class="primary">"Save spam protection"</button>
        </ActionForm>
    }
}
