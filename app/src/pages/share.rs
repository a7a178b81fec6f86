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
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
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
            <p class="lead">{crate::i18n::tr!("share-draft")}</p>
            <p><a href=format!("{base}/edit")>{crate::i18n::tr!("share-open-editor")}</a></p>
        }
        .into_any(),
        status => {
            // The link inside its sentence; a part left empty is not rendered
            // (an empty text renders as a space).
            let (invite_before, invite_after) =
                crate::i18n::texts().around("share-invite-text", "link", &[]);
            view! {
                {(status == SurveyStatus::Closed).then(|| view! {
                    <p class="notice">{crate::i18n::tr!("share-closed")}</p>
                })}
                <LinkSection url=page.public_url.clone() />
                <h2>{crate::i18n::tr!("share-invite-heading")}</h2>
                <p>
                    {(!invite_before.is_empty()).then_some(invite_before)}
                    <a href=format!("{base}/invitations")>{crate::i18n::tr!("share-invitations")}</a>
                    {(!invite_after.is_empty()).then_some(invite_after)}
                </p>
                <QrSection base=base.clone() slug=page.slug.clone() url=page.public_url.clone() title=title.clone() />
                <EmbedSection page=page.clone() save />
                <SpamProtection page=page.clone() save=save_spam />
            }
            .into_any()
        }
    };
    view! {
        <PageTitle text=crate::i18n::tr!(
            "share-page-title",
            survey = &page.title,
            tenant = &page.tenant_name,
        ) />
        <section class="page share">
            <TenantNav tenant=page.tenant_alias.clone() tenant_name=page.tenant_name.clone() current="" admin=false />
            <h1>{crate::i18n::tr!("share-heading", survey = &page.title)}</h1>
            <p class="link-row">
                <a href=format!("{base}/results")>{crate::i18n::tr!("share-results")}</a>
                <a href=format!("{base}/responses")>{crate::i18n::tr!("share-responses")}</a>
                <a href=format!("{base}/invitations")>{crate::i18n::tr!("share-invitations")}</a>
            </p>
            {body}
        </section>
    }
}

#[component]
fn LinkSection(url: String) -> impl IntoView {
    view! {
        <h2>{crate::i18n::tr!("share-link-heading")}</h2>
        <p id="share-link-hint" class="hint">{crate::i18n::tr!("share-link-hint")}</p>
        <div class="copy-row">
            <input id="share-link" type="text" readonly value=url.clone() aria-label=crate::i18n::tr!("share-public-address")
                aria-describedby="share-link-hint" />
            <CopyButton text=url.clone() label=crate::i18n::tr!("share-copy-link") described="share-link".to_owned() />
        </div>
        <p><a href=url>{crate::i18n::tr!("share-open-survey")}</a></p>
    }
}

#[component]
fn QrSection(base: String, slug: String, url: String, title: String) -> impl IntoView {
    view! {
        <h2>{crate::i18n::tr!("share-qr-heading")}</h2>
        <p class="hint">{crate::i18n::tr!("share-qr-hint")}</p>
        <img class="qr-code" src=format!("{base}/qr.svg") width="240" height="240"
            alt=crate::i18n::tr!("share-qr-alt", survey = &title, url = &url) />
        <p class="downloads">
            <a href=format!("{base}/qr.svg") download=format!("{slug}-qr.svg")>{crate::i18n::tr!("share-qr-svg")}</a>
            <a href=format!("{base}/qr.png") download=format!("{slug}-qr.png")>{crate::i18n::tr!("share-qr-png")}</a>
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
            <p id="embed-websites">{crate::i18n::tr!("share-embed-none")}</p>
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
            <div role="status">{move || saved().then(|| view! { <p class="success">{crate::i18n::tr!("share-embed-saved")}</p> })}</div>
            <FormAlert error />
            <ActionForm action=save attr:class="stacked" attr:id="embed-origins-form">
                <input type="hidden" name="tenant" value=page.tenant_alias.clone() />
                <label for="field-embed_origins">{crate::i18n::tr!("share-embed-origins-label")}</label>
                <p class="hint" id="field-embed_origins-hint">
                    {crate::i18n::tr!("share-embed-origins-hint", tenant = &page.tenant_name)}
                </p>
                <textarea id="field-embed_origins" name="origins" rows="3"
                    aria-invalid=invalid(error, "embed_origins")
                    aria-describedby="field-embed_origins-hint field-embed_origins-error">{raw_text(page.embed_origins.join("\n"))}</textarea>
                <FieldError error field="embed_origins" id="field-embed_origins-error".to_owned() />
                <button type="submit" class="primary">{crate::i18n::tr!("share-embed-save")}</button>
            </ActionForm>
        }
        .into_any()
    } else {
        view! { <p class="hint">{crate::i18n::tr!("share-embed-admin-only")}</p> }.into_any()
    };
    view! {
        <h2>{crate::i18n::tr!("share-embed-heading")}</h2>
        <p id="embed-code-hint">{crate::i18n::tr!("share-embed-code-hint")}</p>
        <pre id="embed-code" class="code-block" tabindex="0" aria-label=crate::i18n::tr!("share-embed-code-label")
            aria-describedby="embed-code-hint"><code>{page.embed_snippet.clone()}</code></pre>
        <CopyButton text=page.embed_snippet.clone() label=crate::i18n::tr!("share-copy-embed-code") described="embed-code".to_owned() />
        <h3>{crate::i18n::tr!("share-embed-websites", tenant = &tenant_name)}</h3>
        {websites}
        {editor}
    }
}
