//! `/t/{tenant}/branding`: the tenant's logo and style sheet. The style
//! sheet is checked as the Administrator types (the same validator as the
//! server, compiled into the WebAssembly) and shown on a sample survey
//! before it is saved; the server checks it again on save.

use super::raw_text::raw_text;
use leptos::prelude::*;
use leptos_meta::Stylesheet;

use super::raw_text::PageTitle;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::error_page::ErrorPage;
use super::form_feedback::FormAlert;
use super::survey_form::QuestionItem;
use super::tenant_nav::TenantNav;
use crate::api::branding::{BrandingPage, RemoveTenantLogo, SaveTenantStylesheet, load_branding};
use crate::domain::stylesheet::{
    ALLOWED_SELECTORS, StyleProblem, TenantStylesheet, allowed_properties,
};
use crate::domain::{Question, QuestionId, QuestionKind, SubmissionErrors};

/// The element the live preview's rules are confined to.
const PREVIEW_SCOPE: &str = ".branding-preview";
const PREVIEW_SHEET_ID: &str = "branding-preview-sheet";

#[component]
pub fn BrandingPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let changes = RwSignal::new(0u32);
    let page = Resource::new_blocking(
        move || (tenant(), changes.get()),
        |(tenant, _)| load_branding(tenant),
    );
    view! {
        <Transition fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <BrandingView page changes /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn BrandingView(page: BrandingPage, changes: RwSignal<u32>) -> impl IntoView {
    super::hydration::mark_hydrated();
    let tenant = page.tenant_alias.clone();
    let title = crate::i18n::tr!("branding-title", tenant = &page.branding.tenant_name);
    view! {
        <PageTitle text=title />
        // An empty sheet of our own origin whose rules the preview replaces
        // through the CSSOM (the Content-Security-Policy allows no inline styles).
        <Stylesheet id=PREVIEW_SHEET_ID href="/branding/preview.css" />
        <section class="page branding">
            <TenantNav tenant=tenant.clone() tenant_name=page.branding.tenant_name.clone() current="branding" admin=true premium=page.premium />
            <h1>{crate::i18n::tr!("branding-heading")}</h1>
            <p class="lead">{crate::i18n::tr!("branding-lead")}</p>
            <LogoSection tenant=tenant.clone() logo_url=page.branding.logo_url.clone() changes />
            <StylesheetSection tenant stored=page.stylesheet logo_url=page.branding.logo_url tenant_name=page.branding.tenant_name />
        </section>
    }
}

#[component]
fn LogoSection(tenant: String, logo_url: Option<String>, changes: RwSignal<u32>) -> impl IntoView {
    let query = use_query_map();
    let outcome = move || {
        let query = query.read();
        if let Some(code) = query.get("logo_error") {
            let message = logo_error_message(&code);
            Some(view! { <p class="field-error" role="alert">{message}</p> }.into_any())
        } else if query.get("logo").as_deref() == Some("saved") {
            Some(view! { <p class="notice" role="status">{crate::i18n::tr!("branding-logo-saved")}</p> }.into_any())
        } else {
            None
        }
    };
    let remove = ServerAction::<RemoveTenantLogo>::new();
    let remove_error = Signal::derive(move || remove.value().get().and_then(Result::err));
    Effect::new(move |_| {
        if let Some(Ok(())) = remove.value().get() {
            changes.update(|n| *n += 1);
        }
    });
    let has_logo = logo_url.is_some();
    view! {
        <h2>{crate::i18n::tr!("branding-logo-heading")}</h2>
        {match logo_url {
            Some(url) => view! { <p><img class="logo-current" src=url alt=crate::i18n::tr!("branding-logo-current") /></p> }.into_any(),
            None => view! { <p>{crate::i18n::tr!("branding-no-logo")}</p> }.into_any(),
        }}
        {outcome}
        <form class="stacked" method="post" action=format!("/t/{tenant}/branding/logo") enctype="multipart/form-data">
            <label for="logo-file">{crate::i18n::tr!("branding-logo-field")}</label>
            <p class="hint" id="logo-file-hint">
                {crate::i18n::tr!("branding-logo-hint")}
            </p>
            <input id="logo-file" name="logo" type="file" required aria-describedby="logo-file-hint"
                accept="image/png,image/jpeg,image/gif,image/webp" />
            <button type="submit" class="primary">{if has_logo {
                crate::i18n::tr!("branding-logo-replace")
            } else {
                crate::i18n::tr!("branding-logo-upload")
            }}</button>
        </form>
        {has_logo.then(|| view! {
            <FormAlert error=remove_error />
            <ActionForm action=remove attr:class="inline">
                <input type="hidden" name="tenant" value=tenant.clone() />
                <button type="submit" class="secondary">{crate::i18n::tr!("branding-logo-remove")}</button>
            </ActionForm>
        })}
    }
}

fn logo_error_message(code: &str) -> String {
    match code {
        "empty" => crate::i18n::tr!("branding-logo-error-empty"),
        "too-large" => crate::i18n::tr!("branding-logo-error-too-large"),
        "not-an-image" => crate::i18n::tr!("branding-logo-error-not-an-image"),
        "too-many-pixels" => crate::i18n::tr!("branding-logo-error-too-many-pixels"),
        "damaged" => crate::i18n::tr!("branding-logo-error-damaged"),
        "busy" => crate::i18n::tr!("branding-logo-error-busy"),
        _ => crate::i18n::tr!("branding-logo-error-other"),
    }
}

#[component]
fn StylesheetSection(
    tenant: String,
    stored: String,
    logo_url: Option<String>,
    tenant_name: String,
) -> impl IntoView {
    let css = RwSignal::new(stored.clone());
    let checked = Memo::new(move |_| TenantStylesheet::parse(&css.get()));
    let save = ServerAction::<SaveTenantStylesheet>::new();
    let save_error = Signal::derive(move || save.value().get().and_then(Result::err));
    let saved = move || matches!(save.value().get(), Some(Ok(_)));
    // The live preview, in the browser only.
    Effect::new(move |_| {
        if let Ok(sheet) = checked.get() {
            apply_preview(sheet.scoped_rules(PREVIEW_SCOPE), 10);
        }
    });
    let problems = move || checked.get().err().unwrap_or_default();
    let server_problems = move || {
        save_error
            .get()
            .map(|e| e.problems_with("css"))
            .unwrap_or_default()
    };
    view! {
        <h2>{crate::i18n::tr!("branding-stylesheet-heading")}</h2>
        <p>
            {crate::i18n::tr!("branding-stylesheet-intro")}
        </p>
        <details class="allowed">
            <summary>{crate::i18n::tr!("branding-allowed-summary")}</summary>
            <h3>{crate::i18n::tr!("branding-selectors")}</h3>
            <ul class="code-list">{ALLOWED_SELECTORS.iter().map(|s| view! { <li><code>{*s}</code></li> }).collect_view()}</ul>
            <h3>{crate::i18n::tr!("branding-properties")}</h3>
            <ul class="code-list">{allowed_properties().map(|p| view! { <li><code>{p}</code></li> }).collect_view()}</ul>
        </details>
        <FormAlert error=save_error />
        <ActionForm action=save attr:class="stacked wide" attr:id="stylesheet-form">
            <input type="hidden" name="tenant" value=tenant />
            <label for="css">"CSS"</label>
            <textarea id="css" name="css" rows="14" spellcheck="false" class="code"
                aria-describedby="css-problems"
                on:input=move |ev| {
                    css.set(event_target_value(&ev));
                    // What the server said was about the text before this edit.
                    save.value().set(None);
                }>
                {raw_text(stored.clone())}
            </textarea>
            <div id="css-problems" class="style-problems" aria-live="polite">
                {move || {
                    let mut all: Vec<String> = problems().iter().map(StyleProblem::to_string).collect();
                    all.extend(server_problems());
                    if all.is_empty() {
                        view! { <p class="hint">{crate::i18n::tr!("branding-no-problems")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="field-error-list">
                                {all.into_iter().map(|p| view! { <li class="field-error">{p}</li> }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }}
            </div>
            <button type="submit" class="primary">{crate::i18n::tr!("branding-save")}</button>
            <p role="status" class="hint">{move || saved().then(|| crate::i18n::tr!("branding-saved"))}</p>
        </ActionForm>
        <h2>{crate::i18n::tr!("branding-preview-heading")}</h2>
        <p class="hint">{crate::i18n::tr!("branding-preview-hint")}</p>
        <SamplePreview logo_url tenant_name />
    }
}

/// A sample survey drawn by the survey page's own question component
/// (`survey_form.rs`), so the preview looks exactly like the real page.
#[component]
fn SamplePreview(logo_url: Option<String>, tenant_name: String) -> impl IntoView {
    let questions = [
        Question {
            id: QuestionId(1),
            text: crate::i18n::tr!("branding-sample-rating"),
            required: true,
            kind: QuestionKind::Range {
                low_label: Some(crate::i18n::tr!("branding-sample-poor")),
                high_label: Some(crate::i18n::tr!("branding-sample-excellent")),
            },
        },
        Question {
            id: QuestionId(2),
            text: crate::i18n::tr!("branding-sample-contact"),
            required: false,
            kind: QuestionKind::Choice(crate::domain::ChoiceList {
                options: vec![
                    crate::i18n::tr!("branding-sample-phone"),
                    crate::i18n::tr!("branding-sample-email"),
                ],
                ..Default::default()
            }),
        },
    ];
    let errors = RwSignal::new(SubmissionErrors::default());
    // Three stars chosen, as a respondent would see them.
    let values = [Some("3".to_owned()), Some("0".to_owned())];
    view! {
        <div class="branding-preview" aria-label=crate::i18n::tr!("branding-preview-label") role="region">
            <div class="site-header"><span class="brand">"Tailspin Surveys"</span></div>
            <div id="surveyTitle">
                {logo_url.map(|url| view! { <img class="tenant-logo" src=url alt="" /> })}
                <p class="tenant-name">{tenant_name}</p>
                <h1>{crate::i18n::tr!("branding-sample-title")}</h1>
                <div class="description"><p>{crate::i18n::tr!("branding-sample-description")}</p></div>
            </div>
            <div id="surveyForm">
                <ol>
                    {questions.into_iter().zip(values).enumerate().map(|(place, (question, value))| {
                        let number = place + 1;
                        view! { <QuestionItem question value errors number /> }
                    }).collect_view()}
                </ol>
                <button type="button" class="primary" disabled>{crate::i18n::tr!("survey-submit")}</button>
            </div>
        </div>
    }
}

/// Replaces the preview sheet's rules (browser only; the server renders
/// the page without them). The sheet may still be loading: then it tries
/// again a little later.
#[allow(unused_variables)]
fn apply_preview(rules: Vec<String>, attempts: u8) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let sheet = document()
            .get_element_by_id(PREVIEW_SHEET_ID)
            .and_then(|e| e.dyn_into::<web_sys::HtmlLinkElement>().ok())
            .and_then(|link| link.sheet())
            .and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok());
        let Some(sheet) = sheet else {
            if attempts > 0 {
                set_timeout(
                    move || apply_preview(rules, attempts - 1),
                    std::time::Duration::from_millis(200),
                );
            }
            return;
        };
        while sheet.css_rules().map(|r| r.length()).unwrap_or(0) > 0 {
            if sheet.delete_rule(0).is_err() {
                break;
            }
        }
        for rule in &rules {
            let length = sheet.css_rules().map(|r| r.length()).unwrap_or(0);
            let _ = sheet.insert_rule_with_index(rule, length);
        }
    }
}
