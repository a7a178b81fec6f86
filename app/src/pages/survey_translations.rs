//! `/t/{tenant}/surveys/{slug}/translations`: the survey's language, each
//! translation side by side with the survey's own texts, and whether
//! respondents may read untranslated texts in the survey's language. Every
//! form works without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::error_page::ErrorPage;
use super::form_feedback::FormAlert;
use super::raw_text::{PageTitle, raw_text};
use super::tenant_nav::TenantNav;
use crate::api::survey_translations::{
    AddSurveyLanguage, RemoveSurveyLanguage, SaveSurveyTranslation, SetSurveyLanguage,
    SetTranslationFallback, SurveyTranslations, TranslationColumn, load_survey_translations,
};
use crate::i18n::{Language, tr};

#[derive(Clone, Copy)]
struct Actions {
    written_in: ServerAction<SetSurveyLanguage>,
    add: ServerAction<AddSurveyLanguage>,
    remove: ServerAction<RemoveSurveyLanguage>,
    fallback: ServerAction<SetTranslationFallback>,
    save: ServerAction<SaveSurveyTranslation>,
}

#[component]
pub fn SurveyTranslationsPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let actions = Actions {
        written_in: ServerAction::new(),
        add: ServerAction::new(),
        remove: ServerAction::new(),
        fallback: ServerAction::new(),
        save: ServerAction::new(),
    };
    let page = Resource::new_blocking(
        move || {
            (
                tenant(),
                slug(),
                actions.written_in.version().get(),
                actions.add.version().get(),
                actions.remove.version().get(),
                actions.fallback.version().get(),
                actions.save.version().get(),
            )
        },
        |(tenant, slug, ..)| load_survey_translations(tenant, slug),
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <TranslationsView page actions /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn TranslationsView(page: SurveyTranslations, actions: Actions) -> impl IntoView {
    super::hydration::mark_hydrated();
    let errors = [
        Signal::derive(move || actions.written_in.value().get().and_then(Result::err)),
        Signal::derive(move || actions.add.value().get().and_then(Result::err)),
        Signal::derive(move || actions.remove.value().get().and_then(Result::err)),
        Signal::derive(move || actions.fallback.value().get().and_then(Result::err)),
        Signal::derive(move || actions.save.value().get().and_then(Result::err)),
    ];
    let saved = move || matches!(actions.save.value().get(), Some(Ok(())));
    let SurveyTranslations {
        tenant_alias,
        tenant_name,
        slug,
        title,
        editable,
        written_in,
        fallback,
        translations,
        addable,
        total,
    } = page;
    let back = format!("/t/{tenant_alias}/surveys/{slug}/edit");
    let hidden = StoredValue::new((tenant_alias.clone(), slug.clone()));
    let ids = move || {
        let (tenant, slug) = hidden.get_value();
        view! {
            <input type="hidden" name="tenant" value=tenant />
            <input type="hidden" name="slug" value=slug />
        }
    };
    let written_in_options = Language::ALL
        .into_iter()
        .filter(|l| *l == written_in || !translations.iter().any(|t| t.language == *l))
        .map(|l| view! { <option value=l.code() selected=l == written_in>{crate::i18n::texts().language_name(l)}</option> })
        .collect_view();
    let columns = translations
        .into_iter()
        .map(|column| {
            let (tenant, slug) = hidden.get_value();
            view! { <TranslationTable column written_in editable total tenant slug actions /> }
        })
        .collect_view();
    view! {
        <PageTitle text=tr!("translations-title", title = title.clone(), tenant = tenant_name.clone()) />
        <section class="page translations">
            <TenantNav tenant=tenant_alias.clone() tenant_name current="" admin=false />
            <p><a href=back>{tr!("translations-back")}</a></p>
            <h1>{tr!("translations-heading", title = title)}</h1>
            <p>{tr!("translations-lead")}</p>
            {errors.map(|error| view! { <FormAlert error /> }).collect_view()}
            {(!editable).then(|| view! { <p class="notice" role="note">{tr!("translations-frozen")}</p> })}
            <ActionForm action=actions.written_in attr:class="inline" attr:id="written-in-form">
                {ids()}
                <label for="written-in">{tr!("translations-written-in")}</label>
                <select id="written-in" name="written_in" disabled=!editable>{written_in_options}</select>
                <button type="submit" class="secondary" disabled=!editable>{tr!("translations-written-in-save")}</button>
            </ActionForm>
            {(editable && !addable.is_empty()).then(|| view! {
                <ActionForm action=actions.add attr:class="inline" attr:id="add-language-form">
                    {ids()}
                    <label for="add-language">{tr!("translations-add-label")}</label>
                    <select id="add-language" name="language">
                        {addable.iter().map(|l| view! { <option value=l.code()>{crate::i18n::texts().language_name(*l)}</option> }).collect_view()}
                    </select>
                    <button type="submit" class="primary">{tr!("translations-add")}</button>
                </ActionForm>
            })}
            <ActionForm action=actions.fallback attr:class="stacked" attr:id="fallback-form">
                {ids()}
                <label class="checkbox">
                    <input type="checkbox" name="fallback" value="on" checked=fallback disabled=!editable />
                    {tr!("translations-fallback", language = crate::i18n::texts().language_name(written_in))}
                </label>
                <p class="hint">{tr!("translations-fallback-hint")}</p>
                <button type="submit" class="secondary" disabled=!editable>{tr!("translations-fallback-save")}</button>
            </ActionForm>
            <Show when=saved>
                <p role="status" class="saved">{tr!("translations-saved")}</p>
            </Show>
            {columns}
        </section>
    }
}

#[component]
fn TranslationTable(
    column: TranslationColumn,
    written_in: Language,
    editable: bool,
    total: usize,
    tenant: String,
    slug: String,
    actions: Actions,
) -> impl IntoView {
    let hidden = StoredValue::new((tenant, slug));
    let ids = move || {
        let (tenant, slug) = hidden.get_value();
        view! {
            <input type="hidden" name="tenant" value=tenant />
            <input type="hidden" name="slug" value=slug />
        }
    };
    let language = column.language;
    let code = language.code();
    let heading_id = format!("translation-{code}");
    let status = if column.missing == 0 {
        tr!("translations-complete")
    } else {
        tr!(
            "translations-missing",
            count = column.missing,
            total = total
        )
    };
    let rows = column
        .rows
        .into_iter()
        .enumerate()
        .map(|(index, row)| {
            let id = format!("text-{code}-{index}");
            let name = format!("texts[{}]", row.place);
            let hint_id = format!("{id}-source");
            let field = if row.long {
                view! { <textarea id=id.clone() name=name lang=code dir=language.direction()
                    aria-describedby=hint_id.clone() readonly=!editable rows="4">{raw_text(row.text)}</textarea> }
                .into_any()
            } else {
                view! { <input id=id.clone() name=name value=row.text lang=code dir=language.direction()
                    aria-describedby=hint_id.clone() readonly=!editable /> }
                .into_any()
            };
            view! {
                <tr>
                    <td id=hint_id lang=written_in.code() dir=written_in.direction()>{row.source}</td>
                    <td>
                        <label for=id class="visually-hidden">{tr!("translations-field", language = crate::i18n::texts().language_name(language), number = index + 1)}</label>
                        {field}
                        {row.outdated.then(|| view! { <p class="hint">{tr!("translations-outdated")}</p> })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="translation" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{crate::i18n::texts().language_name(language)}</h2>
            <p class="translation-status">{status}</p>
            <ActionForm action=actions.save attr:class="stacked" attr:id=format!("translation-form-{code}")>
                {ids()}
                <input type="hidden" name="language" value=code />
                <div class="table-scroll">
                    <table class="side-by-side">
                        <thead>
                            <tr>
                                <th scope="col">{crate::i18n::texts().language_name(written_in)}</th>
                                <th scope="col">{crate::i18n::texts().language_name(language)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                {editable.then(|| view! {
                    <button type="submit" class="primary">{tr!("translations-save", language = crate::i18n::texts().language_name(language))}</button>
                })}
            </ActionForm>
            {editable.then(|| view! {
                <ActionForm action=actions.remove attr:class="inline">
                    {ids()}
                    <input type="hidden" name="language" value=code />
                    <button type="submit" class="secondary">{tr!("translations-remove", language = crate::i18n::texts().language_name(language))}</button>
                </ActionForm>
            })}
        </section>
    }
}
