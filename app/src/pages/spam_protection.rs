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
        <h2>{crate::i18n::tr!("spam-protection-heading")}</h2>
        <p id="spam-protection-hint">{crate::i18n::tr!("spam-protection-hint")}</p>
        <div role="status">{move || saved().then(|| view! { <p class="success">{crate::i18n::tr!("spam-protection-saved")}</p> })}</div>
        <FormAlert error />
        <ActionForm action=save attr:class="stacked" attr:id="spam-protection-form">
            <input type="hidden" name="tenant" value=page.tenant_alias.clone() />
            <input type="hidden" name="slug" value=page.slug.clone() />
            <fieldset class="choices" aria-describedby="spam-protection-hint field-proof_of_work-error">
                <legend>{crate::i18n::tr!("spam-protection-legend")}</legend>
                {ProofOfWork::ALL.into_iter().map(|choice| view! {
                    <label class="choice">
                        <input type="radio" name="choice" value=choice.code() checked=choice == current />
                        {format!(" {}", choice.localized_label())}
                    </label>
                }).collect_view()}
            </fieldset>
            <FieldError error field="proof_of_work" id="field-proof_of_work-error".to_owned() />
            <p class="hint">{crate::i18n::tr!("spam-protection-choice-hint")}</p>
            <button type="submit" class="primary">{crate::i18n::tr!("spam-protection-save")}</button>
        </ActionForm>
    }
}
