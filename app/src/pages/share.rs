//! `/t/{tenant}/surveys/{slug}/share`: a survey's public link, its QR code
//! (SVG and PNG downloads) and the code that embeds it in another website,
//! with the websites the tenant allows to embed its surveys (Administrators
//! change them here; it works with or without JavaScript), and its spam
//! protection (`spam_protection`).

use super::raw_text::{PageTitle, raw_text};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::copy_button::CopyButton;
use super::error_page::ErrorPage;
use super::form_feedback::{FieldError, FormAlert, invalid};
use super::spam_protection::SpamProtection;
use super::tenant_nav::TenantNav;
use crate::api::sharing::{SaveEmbedOrigins, SaveProofOfWork, SharePage, load_share_page};
use crate::domain::SurveyStatus;

#[component]
pub fn SharePage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let save = ServerAction::<SaveEmbedOrigins>::new();
    let save_spam = ServerAction::<SaveProofOfWork>::new();
    let page = Resource::new_blocking(
        move || {
            (
                tenant(),
                slug(),
                save.version().get(),
                save_spam.version().get(),
            )
        },
        |(tenant, slug, _, _)| load_share_page(tenant, slug),
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <ShareView page save save_spam /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ShareView(
    page: SharePage,
    save: ServerAction<SaveEmbedOrigins>,
    save_spam: ServerAction<SaveProofOfWork>,
) -> impl IntoView {
    super::hydration::mark_hydrated();
    let base = format!("/t/{}/surveys/{}", page.tenant_alias, page.slug);
    let title = page.title.clone();
    let body = match page.status {
        SurveyStatus::Draft => view! {
            <p class="lead">"This survey is a draft: it gets its public address when you publish it."</p>
            <p><a href=format!("{base}/edit")>"Open the editor to publish it"</a></p>
        }
        .into_any(),
        status => view! {
            {(status == SurveyStatus::Closed).then(|| view! {
                <p class="notice">"This survey is closed: its address tells respondents that it no longer accepts answers."</p>
            })}
            <LinkSection url=page.public_url.clone() />
            <h2>"Invite by email"</h2>
            <p>
                "Send each person a personal link that works once, with reminders for those who have not answered: "
                <a href=format!("{base}/invitations")>"Invitations"</a>
            </p>
            <QrSection base=base.clone() slug=page.slug.clone() url=page.public_url.clone() title=title.clone() />
            <EmbedSection page=page.clone() save />
            <SpamProtection page=page.clone() save=save_spam />
        }
        .into_any(),
    };
    view! {
        <PageTitle text=format!("Share: {} · {}", page.title, page.tenant_name) />
        <section class="page share">
            <TenantNav tenant=page.tenant_alias.clone() tenant_name=page.tenant_name.clone() current="" admin=false />
            <h1>{format!("Share: {}", page.title)}</h1>
            <p class="link-row">
                <a href=format!("{base}/results")>"Results"</a>
                <a href=format!("{base}/responses")>"Responses"</a>
                <a href=format!("{base}/invitations")>"Invitations"</a>
            </p>
            {body}
        </section>
    }
}

#[component]
fn LinkSection(url: String) -> impl IntoView {
    view! {
        <h2>"Link"</h2>
        <p id="share-link-hint" class="hint">"Anyone with this address can answer the survey."</p>
        <div class="copy-row">
            <input id="share-link" type="text" readonly value=url.clone() aria-label="Public address"
                aria-describedby="share-link-hint" />
            <CopyButton text=url.clone() label="Copy link" described="share-link".to_owned() />
        </div>
        <p><a href=url>"Open the survey"</a></p>
    }
}

#[component]
fn QrSection(base: String, slug: String, url: String, title: String) -> impl IntoView {
    view! {
        <h2>"QR code"</h2>
        <p class="hint">"For posters, slides and receipts: a phone's camera opens the survey."</p>
        <img class="qr-code" src=format!("{base}/qr.svg") width="240" height="240"
            alt=format!("QR code of the address of {title}: {url}") />
        <p class="downloads">
            <a href=format!("{base}/qr.svg") download=format!("{slug}-qr.svg")>"Download the QR code (SVG)"</a>
            <a href=format!("{base}/qr.png") download=format!("{slug}-qr.png")>"Download the QR code (PNG)"</a>
        </p>
    }
}

#[component]
fn EmbedSection(page: SharePage, save: ServerAction<SaveEmbedOrigins>) -> impl IntoView {
    let tenant_name = page.tenant_name.clone();
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    let saved = move || matches!(save.value().get(), Some(Ok(())));
    let websites = if page.embed_origins.is_empty() {
        view! {
            <p id="embed-websites">"None yet: until a website is listed, no other website can show the survey."</p>
        }
        .into_any()
    } else {
        view! {
            <ul id="embed-websites" class="plain-list">
                {page.embed_origins.iter().map(|o| view! { <li><code>{o.clone()}</code></li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let editor = if page.can_edit_origins {
        view! {
            <div role="status">{move || saved().then(|| view! { <p class="success">"The list of websites was saved."</p> })}</div>
            <FormAlert error />
            <ActionForm action=save attr:class="stacked" attr:id="embed-origins-form">
                <input type="hidden" name="tenant" value=page.tenant_alias.clone() />
                <label for="field-embed_origins">"Websites that may embed surveys"</label>
                <p class="hint" id="field-embed_origins-hint">
                    "One a line, the address of the website only, for example https://www.example.com. It applies to every survey of "
                    {page.tenant_name.clone()}"."
                </p>
                <textarea id="field-embed_origins" name="origins" rows="3"
                    aria-invalid=invalid(error, "embed_origins")
                    aria-describedby="field-embed_origins-hint field-embed_origins-error">{raw_text(page.embed_origins.join("\n"))}</textarea>
                <FieldError error field="embed_origins" id="field-embed_origins-error".to_owned() />
                <button type="submit" class="primary">"Save websites"</button>
            </ActionForm>
        }
        .into_any()
    } else {
        view! { <p class="hint">"An Administrator of your organization can add websites here."</p> }
            .into_any()
    };
    view! {
        <h2>"Embed in a website"</h2>
        <p id="embed-code-hint">
            "Paste this code into a page of a website listed below. The survey appears in the page, and the frame grows to fit it."
        </p>
        <pre id="embed-code" class="code-block" tabindex="0" aria-label="Embed code"
            aria-describedby="embed-code-hint"><code>{page.embed_snippet.clone()}</code></pre>
        <CopyButton text=page.embed_snippet.clone() label="Copy embed code" described="embed-code".to_owned() />
        <h3>{format!("Websites that may embed surveys of {tenant_name}")}</h3>
        {websites}
        {editor}
    }
}
