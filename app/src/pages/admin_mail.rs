//! `/admin/email`: where email goes, the newest messages of every
//! subscriber with their state, and, when no SMTP server is configured, the
//! messages written to the local outbox (so a password reset link can be
//! followed on a machine without a mail server).

use leptos::prelude::*;

use super::admin_nav::AdminNav;
use super::error_page::ErrorPage;
use super::raw_text::PageTitle;
use crate::api::admin::{MailPage, load_mail_page};

#[component]
pub fn AdminMailPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| load_mail_page());
    view! {
        <PageTitle text=crate::i18n::tr!("admin-mail-title") />
        <section class="page admin-mail">
            <AdminNav current="email" />
            <h1>{crate::i18n::tr!("admin-mail-heading")}</h1>
            <Transition fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match page.await {
                        Ok(page) => view! { <MailView page /> }.into_any(),
                        Err(error) => view! { <ErrorPage error /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn MailView(page: MailPage) -> impl IntoView {
    super::hydration::mark_hydrated();
    let MailPage {
        smtp,
        outbox_dir,
        messages,
        outbox,
    } = page;
    let texts = crate::i18n::texts();
    let route = match (smtp, outbox_dir) {
        (Some(smtp), _) => {
            let (before, after) = texts.around("admin-mail-smtp", "server", &[]);
            view! {
                <p class="lead">{before}<code>{smtp}</code>{after}</p>
            }
            .into_any()
        }
        (None, dir) => {
            // Two pieces of code in one sentence: the directory's place is
            // marked, then cut out of what follows the variable's name.
            const DIRECTORY: &str = "\u{E001}";
            let (before, rest) = texts.around(
                "admin-mail-outbox",
                "variable",
                &[("directory", crate::i18n::Arg::from(DIRECTORY))],
            );
            let (middle, after) = rest
                .split_once(DIRECTORY)
                .map(|(middle, after)| (middle.to_owned(), after.to_owned()))
                .unwrap_or_else(|| (rest.clone(), String::new()));
            view! {
                <p class="lead">
                    {before}<code>"TAILSPIN_SMTP_URL"</code>{middle}
                    <code>{dir.unwrap_or_default()}</code>{after}
                </p>
            }
            .into_any()
        }
    };
    let count = crate::i18n::tr!("admin-mail-count", count = messages.len());
    let queued_label = crate::i18n::tr!("admin-mail-queued");
    let subscriber_label = crate::i18n::tr!("admin-mail-subscriber");
    let kind_label = crate::i18n::tr!("admin-mail-kind");
    let to_label = crate::i18n::tr!("admin-mail-to");
    let subject_label = crate::i18n::tr!("admin-mail-subject");
    let state_label = crate::i18n::tr!("admin-mail-state");
    let attempts_label = crate::i18n::tr!("admin-mail-attempts");
    let last_error_label = crate::i18n::tr!("admin-mail-last-error");
    let rows = messages
        .into_iter()
        .map(|m| {
            view! {
                <tr>
                    <td data-label=queued_label.clone()>{m.queued}</td>
                    <td data-label=subscriber_label.clone()>{m.tenant}</td>
                    <td data-label=kind_label.clone()>{m.kind}</td>
                    <td class="wrap" data-label=to_label.clone()>{m.recipient}</td>
                    <td class="wrap" data-label=subject_label.clone()>{m.subject}</td>
                    <td data-label=state_label.clone()>{m.status}</td>
                    <td class="number" data-label=attempts_label.clone()>{m.attempts}</td>
                    <td class="wrap" data-label=last_error_label.clone()>{m.error}</td>
                </tr>
            }
        })
        .collect_view();
    let written = (!outbox.is_empty()).then(|| {
        let items = outbox
            .into_iter()
            .map(|m| {
                view! {
                    <li>
                        <p class="hint">{crate::i18n::tr!("admin-mail-written", at = &m.written, name = &m.name)}</p>
                        <pre class="outbox-message">{m.text}</pre>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>{crate::i18n::tr!("admin-mail-in-outbox")}</h2>
            <ul class="outbox">{items}</ul>
        }
    });
    view! {
        {route}
        <h2>{crate::i18n::tr!("admin-mail-recent")}</h2>
        <p role="status">{count}</p>
        <div class="table-scroll" role="region" aria-label=crate::i18n::tr!("admin-mail-recent") tabindex="0">
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{queued_label}</th>
                        <th scope="col">{subscriber_label}</th>
                        <th scope="col">{kind_label}</th>
                        <th scope="col">{to_label}</th>
                        <th scope="col">{subject_label}</th>
                        <th scope="col">{state_label}</th>
                        <th scope="col" class="number">{attempts_label}</th>
                        <th scope="col">{last_error_label}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {written}
    }
}
