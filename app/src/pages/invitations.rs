//! `/t/{tenant}/surveys/{slug}/invitations`: a survey's contacts, the
//! invitation they get (with `{{column}}` placeholders), sending it and
//! reminders, and where each contact stands, kept up to date while
//! messages go out. Every form works with or without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::csv_file_picker::CsvFilePicker;
use super::error_page::ErrorPage;
use super::form_feedback::{FieldError, FormAlert, invalid};
use super::raw_text::{PageTitle, raw_text};
use super::tenant_nav::TenantNav;
use crate::api::survey_invitations::{
    AddSurveyContacts, InvitationProgress, InvitationsPage, SaveInvitationMessage,
    SendSurveyInvitations, load_invitation_progress, load_invitations_page,
};
use crate::domain::SurveyStatus;

/// How often an open page asks for the contacts' progress.
const POLL_MS: u64 = 2_000;

#[component]
pub fn InvitationsPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let list_page = move || {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<i64>().ok())
            .unwrap_or(1)
    };
    let save = ServerAction::<SaveInvitationMessage>::new();
    let page = Resource::new_blocking(
        move || (tenant(), slug(), save.version().get()),
        |(tenant, slug, _)| load_invitations_page(tenant, slug),
    );
    let progress = Resource::new_blocking(
        move || (tenant(), slug(), list_page()),
        |(tenant, slug, page)| load_invitation_progress(tenant, slug, page),
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match (page.await, progress.await) {
                    (Ok(page), Ok(progress)) => view! { <InvitationsView page progress save /> }.into_any(),
                    (Err(error), _) | (_, Err(error)) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn InvitationsView(
    page: InvitationsPage,
    progress: InvitationProgress,
    save: ServerAction<SaveInvitationMessage>,
) -> impl IntoView {
    super::hydration::mark_hydrated();
    let base = format!("/t/{}/surveys/{}", page.tenant_alias, page.slug);
    let live = RwSignal::new(progress);
    let add = ServerAction::<AddSurveyContacts>::new();
    let send = ServerAction::<SendSurveyInvitations>::new();
    let (tenant, slug) = (page.tenant_alias.clone(), page.slug.clone());
    let refresh = move || {
        let (tenant, slug) = (tenant.clone(), slug.clone());
        let list_page = live.get_untracked().page;
        leptos::task::spawn_local(async move {
            if let Ok(progress) = load_invitation_progress(tenant, slug, list_page).await {
                live.set(progress);
            }
        });
    };
    {
        let refresh = refresh.clone();
        Effect::new(move |_| {
            // After each add or send, and then while messages go out.
            add.version().get();
            send.version().get();
            refresh();
        });
    }
    Effect::new(move |_| {
        let refresh = refresh.clone();
        let handle = set_interval_with_handle(
            move || {
                if live.get_untracked().sending {
                    refresh();
                }
            },
            std::time::Duration::from_millis(POLL_MS),
        );
        on_cleanup(move || {
            if let Ok(handle) = handle {
                handle.clear();
            }
        });
    });
    let draft = page.status != SurveyStatus::Published;
    view! {
        <PageTitle text=crate::i18n::tr!(
            "invitations-page-title",
            survey = &page.title,
            tenant = &page.tenant_name,
        ) />
        <section class="page invitations">
            <TenantNav tenant=page.tenant_alias.clone() tenant_name=page.tenant_name.clone() current="" admin=false />
            <h1>{crate::i18n::tr!("invitations-heading", survey = &page.title)}</h1>
            <p class="link-row">
                <a href=format!("{base}/share")>{crate::i18n::tr!("invitations-share")}</a>
                <a href=format!("{base}/results")>{crate::i18n::tr!("invitations-results")}</a>
                <a href=format!("{base}/responses")>{crate::i18n::tr!("invitations-responses")}</a>
            </p>
            <p class="lead">{crate::i18n::tr!("invitations-lead")}</p>
            {draft.then(|| view! {
                <p class="notice">{crate::i18n::tr!("invitations-draft")}</p>
            })}
            <Progress live base=base.clone() />
            <SendForms page=page.clone() send live />
            <AddContacts page=page.clone() add />
            <MessageForm page save />
        </section>
    }
}

#[component]
fn Progress(live: RwSignal<InvitationProgress>, base: String) -> impl IntoView {
    let base = StoredValue::new(base);
    view! {
        <h2 id="progress-heading">{crate::i18n::tr!("invitations-contacts-heading")}</h2>
        {move || {
            let progress = live.get();
            if progress.total == 0 {
                return view! { <p>{crate::i18n::tr!("invitations-none")}</p> }.into_any();
            }
            let page = progress.page;
            let pages = progress.pages;
            // The total in <strong> inside its phrase: "12 in all"; a part left
            // empty is not rendered (an empty text renders as a space).
            let (total_before, total_after) =
                crate::i18n::texts().around("invitations-total", "total", &[]);
            view! {
                <ul class="status-counts" aria-label=crate::i18n::tr!("invitations-by-status")>
                    <li>{(!total_before.is_empty()).then_some(total_before)}<strong>{count_text(progress.total)}</strong>{(!total_after.is_empty()).then_some(total_after)}</li>
                    {progress.counts.iter().filter(|(_, _, count)| *count > 0).map(|(code, label, count)| view! {
                        <li class=format!("status-{code}")><strong>{count_text(*count)}</strong>" "{label.to_lowercase()}</li>
                    }).collect_view()}
                </ul>
                {progress.sending.then(|| view! {
                    <p class="hint">{crate::i18n::tr!("invitations-sending")}</p>
                })}
                <div class="table-scroll" role="region" aria-label=crate::i18n::tr!("invitations-contacts") tabindex="0">
                    <table class="data contacts" aria-labelledby="progress-heading">
                        <thead>
                            <tr>
                                <th scope="col">{crate::i18n::tr!("invitations-column-email")}</th>
                                <th scope="col">{crate::i18n::tr!("invitations-column-name")}</th>
                                <th scope="col">{crate::i18n::tr!("invitations-column-status")}</th>
                                <th scope="col">{crate::i18n::tr!("invitations-column-messages")}</th>
                                <th scope="col">{crate::i18n::tr!("invitations-column-other")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {progress.contacts.iter().map(|contact| view! {
                                <tr>
                                    <th scope="row">{contact.email.clone()}</th>
                                    <td data-label=crate::i18n::tr!("invitations-column-name")>{contact.name.clone()}</td>
                                    <td data-label=crate::i18n::tr!("invitations-column-status") class=format!("status-{}", contact.status)>{contact.status_label.clone()}</td>
                                    <td data-label=crate::i18n::tr!("invitations-column-messages")>{count_text(contact.messages)}</td>
                                    <td data-label=crate::i18n::tr!("invitations-column-other")>{contact.attributes.clone()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                {(pages > 1).then(|| view! {
                    <nav class="pager" aria-label=crate::i18n::tr!("invitations-pages")>
                        {(page > 1).then(|| view! { <a href=format!("{}/invitations?page={}", base.get_value(), page - 1)>{crate::i18n::tr!("invitations-previous")}</a> })}
                        <span>{crate::i18n::tr!("invitations-page-of", page = page, pages = pages)}</span>
                        {(page < pages).then(|| view! { <a href=format!("{}/invitations?page={}", base.get_value(), page + 1)>{crate::i18n::tr!("invitations-next")}</a> })}
                    </nav>
                })}
            }
            .into_any()
        }}
    }
}

#[component]
fn SendForms(
    page: InvitationsPage,
    send: ServerAction<SendSurveyInvitations>,
    live: RwSignal<InvitationProgress>,
) -> impl IntoView {
    let error = Signal::derive(move || send.value().get().and_then(Result::err));
    let done = move || match send.value().get() {
        Some(Ok(n)) => Some(crate::i18n::tr!("invitations-sent", count = n)),
        _ => None,
    };
    let not_invited = move || {
        live.get()
            .counts
            .iter()
            .find(|(code, _, _)| code == "not_invited")
            .map_or(0, |(_, _, count)| *count)
    };
    let (tenant, slug) = (page.tenant_alias, page.slug);
    let button = move |round: &'static str, label: String| {
        let (tenant, slug) = (tenant.clone(), slug.clone());
        view! {
            <ActionForm action=send attr:class="inline-form">
                <input type="hidden" name="tenant" value=tenant />
                <input type="hidden" name="slug" value=slug />
                <input type="hidden" name="round" value=round />
                <button type="submit" class=if round == "invitation" { "primary" } else { "secondary" }>{label}</button>
            </ActionForm>
        }
    };
    view! {
        <h2>{crate::i18n::tr!("invitations-send-heading")}</h2>
        <p class="hint">
            {move || crate::i18n::tr!("invitations-not-invited", count = not_invited())}
            " "
            {crate::i18n::tr!("invitations-reminder-hint")}
        </p>
        <div role="status">{move || done().map(|text| view! { <p class="success">{text}</p> })}</div>
        <FormAlert error />
        <div class="button-row">
            {button("invitation", crate::i18n::tr!("invitations-send-invitations"))}
            {button("reminder", crate::i18n::tr!("invitations-send-reminder"))}
        </div>
    }
}

#[component]
fn AddContacts(page: InvitationsPage, add: ServerAction<AddSurveyContacts>) -> impl IntoView {
    let error = Signal::derive(move || add.value().get().and_then(Result::err));
    // Added: the field starts empty for the next list.
    let field = NodeRef::<leptos::html::Textarea>::new();
    Effect::new(move |_| {
        if matches!(add.value().get(), Some(Ok(_)))
            && let Some(field) = field.get_untracked()
        {
            field.set_value("");
        }
    });
    let done = move || match add.value().get() {
        Some(Ok((added, 0))) => Some(crate::i18n::tr!("invitations-added", added = added)),
        Some(Ok((added, listed))) => Some(crate::i18n::tr!(
            "invitations-added-listed",
            added = added,
            listed = listed,
        )),
        _ => None,
    };
    view! {
        <h2>{crate::i18n::tr!("invitations-add-heading")}</h2>
        <div role="status">{move || done().map(|text| view! { <p class="success">{text}</p> })}</div>
        <FormAlert error />
        <ActionForm action=add attr:class="stacked" attr:id="add-contacts">
            <input type="hidden" name="tenant" value=page.tenant_alias.clone() />
            <input type="hidden" name="slug" value=page.slug.clone() />
            <label for="field-contacts">{crate::i18n::tr!("invitations-contacts-label")}</label>
            <p class="hint" id="field-contacts-hint">{crate::i18n::tr!("invitations-contacts-hint")}</p>
            <textarea id="field-contacts" name="contacts" rows="6" spellcheck="false" node_ref=field
                aria-invalid=invalid(error, "contacts")
                aria-describedby="field-contacts-hint field-contacts-error">{raw_text(String::new())}</textarea>
            <FieldError error field="contacts" id="field-contacts-error".to_owned() />
            <CsvFilePicker target=field id="field-contacts-file" />
            <button type="submit" class="primary">{crate::i18n::tr!("invitations-add-button")}</button>
        </ActionForm>
    }
}

#[component]
fn MessageForm(page: InvitationsPage, save: ServerAction<SaveInvitationMessage>) -> impl IntoView {
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    let saved = move || matches!(save.value().get(), Some(Ok(())));
    view! {
        <h2>{crate::i18n::tr!("invitations-message-heading")}</h2>
        <div role="status">{move || saved().then(|| view! { <p class="success">{crate::i18n::tr!("invitations-message-saved")}</p> })}</div>
        <FormAlert error />
        <ActionForm action=save attr:class="stacked" attr:id="invitation-message">
            <input type="hidden" name="tenant" value=page.tenant_alias.clone() />
            <input type="hidden" name="slug" value=page.slug.clone() />
            <label for="field-subject">{crate::i18n::tr!("invitations-subject")}</label>
            <input id="field-subject" name="subject" type="text" value=page.subject.clone()
                aria-invalid=invalid(error, "subject") aria-describedby="field-subject-error" />
            <FieldError error field="subject" id="field-subject-error".to_owned() />
            <label for="field-message">{crate::i18n::tr!("invitations-message")}</label>
            <p class="hint" id="field-message-hint">{crate::i18n::tr!("invitations-message-hint")}</p>
            <textarea id="field-message" name="message" rows="6"
                aria-invalid=invalid(error, "message")
                aria-describedby="field-message-hint field-message-error">{raw_text(page.message.clone())}</textarea>
            <FieldError error field="message" id="field-message-error".to_owned() />
            <fieldset class="choices" aria-describedby="field-anonymous-error">
                <legend>{crate::i18n::tr!("invitations-answers-legend")}</legend>
                <label class="choice">
                    <input type="radio" name="anonymous" value="yes" checked=page.anonymous />
                    " "
                    {crate::i18n::tr!("invitations-anonymous")}
                </label>
                <label class="choice">
                    <input type="radio" name="anonymous" value="no" checked=!page.anonymous />
                    " "
                    {crate::i18n::tr!("invitations-linked")}
                </label>
            </fieldset>
            <FieldError error field="anonymous" id="field-anonymous-error".to_owned() />
            <button type="submit" class="primary">{crate::i18n::tr!("invitations-save-message")}</button>
        </ActionForm>
    }
}

/// A count written the page language's way (`1,234`, `1.234`).
fn count_text(count: i64) -> String {
    crate::i18n::format_number(crate::i18n::texts().language(), count as f64)
}
