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
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
        <PageTitle text=format!("Invitations: {} · {}", page.title, page.tenant_name) />
        <section class="page invitations">
            <TenantNav tenant=page.tenant_alias.clone() tenant_name=page.tenant_name.clone() current="" admin=false />
            <h1>{format!("Invitations: {}", page.title)}</h1>
            <p class="link-row">
                <a href=format!("{base}/share")>"Share"</a>
                <a href=format!("{base}/results")>"Results"</a>
                <a href=format!("{base}/responses")>"Responses"</a>
            </p>
            <p class="lead">
                "Each contact gets a personal link by email. A link works once, and reminders go only to those who have not answered."
            </p>
            {draft.then(|| view! {
                <p class="notice">"Invitations can be sent while the survey is published and open. You can add contacts and write the message now."</p>
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
        <h2 id="progress-heading">"Contacts"</h2>
        {move || {
            let progress = live.get();
            if progress.total == 0 {
                return view! { <p>"No contacts yet: add them below."</p> }.into_any();
            }
            let page = progress.page;
            let pages = progress.pages;
            view! {
                <ul class="status-counts" aria-label="Contacts by status">
                    <li><strong>{progress.total}</strong>" in all"</li>
                    {progress.counts.iter().filter(|(_, _, count)| *count > 0).map(|(code, label, count)| view! {
                        <li class=format!("status-{code}")><strong>{*count}</strong>" "{label.to_lowercase()}</li>
                    }).collect_view()}
                </ul>
                {progress.sending.then(|| view! {
                    <p class="hint">"Messages are on their way; this list updates by itself."</p>
                })}
                <div class="table-scroll" role="region" aria-label="Contacts" tabindex="0">
                    <table class="data contacts" aria-labelledby="progress-heading">
                        <thead>
                            <tr>
                                <th scope="col">"Email"</th>
                                <th scope="col">"Name"</th>
                                <th scope="col">"Status"</th>
                                <th scope="col">"Messages"</th>
                                <th scope="col">"Other columns"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {progress.contacts.iter().map(|contact| view! {
                                <tr>
                                    <th scope="row">{contact.email.clone()}</th>
                                    <td data-label="Name">{contact.name.clone()}</td>
                                    <td data-label="Status" class=format!("status-{}", contact.status)>{contact.status_label.clone()}</td>
                                    <td data-label="Messages">{contact.messages}</td>
                                    <td data-label="Other columns">{contact.attributes.clone()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                {(pages > 1).then(|| view! {
                    <nav class="pager" aria-label="Pages of contacts">
                        {(page > 1).then(|| view! { <a href=format!("{}/invitations?page={}", base.get_value(), page - 1)>"Previous page"</a> })}
                        <span>{format!("Page {page} of {pages}")}</span>
                        {(page < pages).then(|| view! { <a href=format!("{}/invitations?page={}", base.get_value(), page + 1)>"Next page"</a> })}
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
        Some(Ok(1)) => Some("1 message is on its way.".to_owned()),
        Some(Ok(n)) => Some(format!("{n} messages are on their way.")),
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
    let button = move |round: &'static str, label: &'static str| {
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
        <h2>"Send"</h2>
        <p class="hint">
            {move || match not_invited() {
                0 => "Everyone on the list has been invited.".to_owned(),
                1 => "1 contact has not been invited yet.".to_owned(),
                n => format!("{n} contacts have not been invited yet."),
            }}
            " A reminder goes to invited contacts who have not answered or unsubscribed."
        </p>
        <div role="status">{move || done().map(|text| view! { <p class="success">{text}</p> })}</div>
        <FormAlert error />
        <div class="button-row">
            {button("invitation", "Send invitations")}
            {button("reminder", "Send a reminder")}
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
        Some(Ok((added, 0))) => Some(format!("{added} added.")),
        Some(Ok((added, listed))) => {
            Some(format!("{added} added; {listed} were on the list already."))
        }
        _ => None,
    };
    view! {
        <h2>"Add contacts"</h2>
        <div role="status">{move || done().map(|text| view! { <p class="success">{text}</p> })}</div>
        <FormAlert error />
        <ActionForm action=add attr:class="stacked" attr:id="add-contacts">
            <input type="hidden" name="tenant" value=page.tenant_alias.clone() />
            <input type="hidden" name="slug" value=page.slug.clone() />
            <label for="field-contacts">"Contacts to add"</label>
            <p class="hint" id="field-contacts-hint">
                "One a line: an email, then a comma and a name if you like. Or paste a CSV file whose first line names its columns: email, name and any others (such as first_name or team), which the message can use as {{first_name}}. If a line is wrong, nothing is added and the line is named."
            </p>
            <textarea id="field-contacts" name="contacts" rows="6" spellcheck="false" node_ref=field
                aria-invalid=invalid(error, "contacts")
                aria-describedby="field-contacts-hint field-contacts-error">{raw_text(String::new())}</textarea>
            <FieldError error field="contacts" id="field-contacts-error".to_owned() />
            <CsvFilePicker target=field id="field-contacts-file" />
            <button type="submit" class="primary">"Add contacts"</button>
        </ActionForm>
    }
}

#[component]
fn MessageForm(page: InvitationsPage, save: ServerAction<SaveInvitationMessage>) -> impl IntoView {
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    let saved = move || matches!(save.value().get(), Some(Ok(())));
    view! {
        <h2>"Message"</h2>
        <div role="status">{move || saved().then(|| view! { <p class="success">"The message was saved."</p> })}</div>
        <FormAlert error />
        <ActionForm action=save attr:class="stacked" attr:id="invitation-message">
            <input type="hidden" name="tenant" value=page.tenant_alias.clone() />
            <input type="hidden" name="slug" value=page.slug.clone() />
            <label for="field-subject">"Subject"</label>
            <input id="field-subject" name="subject" type="text" value=page.subject.clone()
                aria-invalid=invalid(error, "subject") aria-describedby="field-subject-error" />
            <FieldError error field="subject" id="field-subject-error".to_owned() />
            <label for="field-message">"Message"</label>
            <p class="hint" id="field-message-hint">
                "{{name}}, {{email}} and the other columns of your list are filled in for each contact. The personal link and an unsubscribe link are added below the message. A blank line starts a new paragraph."
            </p>
            <textarea id="field-message" name="message" rows="6"
                aria-invalid=invalid(error, "message")
                aria-describedby="field-message-hint field-message-error">{raw_text(page.message.clone())}</textarea>
            <FieldError error field="message" id="field-message-error".to_owned() />
            <fieldset class="choices" aria-describedby="field-anonymous-error">
                <legend>"Answers from invitations"</legend>
                <label class="choice">
                    <input type="radio" name="anonymous" value="yes" checked=page.anonymous />
                    " Anonymous: record only that a contact answered"
                </label>
                <label class="choice">
                    <input type="radio" name="anonymous" value="no" checked=!page.anonymous />
                    " Linked: keep each response with the contact's name, email and columns"
                </label>
            </fieldset>
            <FieldError error field="anonymous" id="field-anonymous-error".to_owned() />
            <button type="submit" class="primary">"Save the message"</button>
        </ActionForm>
    }
}
