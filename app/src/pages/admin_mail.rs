//! `/admin/email`: where email goes, the newest messages of every
//! subscriber with their state, and, when no SMTP server is configured, the
//! messages written to the local outbox (so a password reset link can be
//! followed on a machine without a mail server).

use leptos::prelude::*;

use super::admin_nav::AdminNav;
use super::error_page::ErrorPage;
use super::figures::count_of;
use super::raw_text::PageTitle;
use crate::api::admin::{MailPage, load_mail_page};

#[component]
pub fn AdminMailPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| load_mail_page());
    view! {
        <PageTitle text="Email · Tailspin administration" />
        <section class="page admin-mail">
            <AdminNav current="email" />
            <h1>"Email"</h1>
            <Transition fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
    let route = match (smtp, outbox_dir) {
        (Some(smtp), _) => view! {
            <p class="lead">"Email is sent through the SMTP server " <code>{smtp}</code> "."</p>
        }
        .into_any(),
        (None, dir) => view! {
            <p class="lead">
                "No SMTP server is configured (" <code>"TAILSPIN_SMTP_URL"</code> "), so email is written to the outbox directory "
                <code>{dir.unwrap_or_default()}</code> " instead of being sent. The newest messages are shown below."
            </p>
        }
        .into_any(),
    };
    let count = format!(
        "{}.",
        count_of(messages.len() as i64, "message", "messages")
    );
    let rows = messages
        .into_iter()
        .map(|m| {
            view! {
                <tr>
                    <td data-label="Queued">{m.queued}</td>
                    <td data-label="Subscriber">{m.tenant}</td>
                    <td data-label="Kind">{m.kind}</td>
                    <td class="wrap" data-label="To">{m.recipient}</td>
                    <td class="wrap" data-label="Subject">{m.subject}</td>
                    <td data-label="State">{m.status}</td>
                    <td class="number" data-label="Attempts">{m.attempts}</td>
                    <td class="wrap" data-label="Last error">{m.error}</td>
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
                        <p class="hint">{format!("Written {} · {}.eml", m.written, m.name)}</p>
                        <pre class="outbox-message">{m.text}</pre>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>"In the outbox"</h2>
            <ul class="outbox">{items}</ul>
        }
    });
    view! {
        {route}
        <h2>"Recent messages"</h2>
        <p role="status">{count}</p>
        <div class="table-scroll" role="region" aria-label="Recent messages" tabindex="0">
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">"Queued"</th>
                        <th scope="col">"Subscriber"</th>
                        <th scope="col">"Kind"</th>
                        <th scope="col">"To"</th>
                        <th scope="col">"Subject"</th>
                        <th scope="col">"State"</th>
                        <th scope="col" class="number">"Attempts"</th>
                        <th scope="col">"Last error"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {written}
    }
}
