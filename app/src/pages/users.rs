//! `/t/{tenant}/users`: the tenant Administrator's list of users. For
//! accounts kept by Tailspin Surveys it invites users by email or adds them
//! with a first password (up to the plan's limit), sends an invitation
//! again, resets passwords, changes roles and removes users. Every form is an
//! `ActionForm`: a plain form post before hydration, a server-function call
//! after it.

use super::raw_text::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::error_page::ErrorPage;
use super::form_feedback::{FieldError, FormAlert, invalid};
use super::tenant_nav::TenantNav;
use crate::api::users::{
    AddUser, ChangeUserRole, InviteUser, RemoveUser, ResendInvitation, ResetUserPassword,
    UserDirectory, UserRow, load_users,
};
use crate::domain::{PASSWORD_MIN_CHARS, Role, SignInKind};

#[derive(Clone, Copy)]
struct UserActions {
    add: ServerAction<AddUser>,
    invite: ServerAction<InviteUser>,
    resend: ServerAction<ResendInvitation>,
    reset: ServerAction<ResetUserPassword>,
    role: ServerAction<ChangeUserRole>,
    remove: ServerAction<RemoveUser>,
}

#[component]
pub fn UsersPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let actions = UserActions {
        add: ServerAction::new(),
        invite: ServerAction::new(),
        resend: ServerAction::new(),
        reset: ServerAction::new(),
        role: ServerAction::new(),
        remove: ServerAction::new(),
    };
    // Reloaded after every change, so the list always shows what is stored.
    let directory = Resource::new_blocking(
        move || {
            (
                tenant(),
                actions.add.version().get(),
                actions.invite.version().get(),
                actions.resend.version().get(),
                actions.role.version().get(),
                actions.remove.version().get(),
            )
        },
        |(tenant, ..)| load_users(tenant),
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">{crate::i18n::tr!("loading")}</p> }>
            {move || Suspend::new(async move {
                match directory.await {
                    Ok(directory) => view! { <UsersView directory actions /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn UsersView(directory: UserDirectory, actions: UserActions) -> impl IntoView {
    super::hydration::mark_hydrated();
    let UserDirectory {
        tenant_alias,
        tenant_name,
        plan_label,
        sign_in,
        max_users,
        users,
        me,
    } = directory;
    let local = sign_in == SignInKind::LocalAccounts;
    let usage = match max_users {
        Some(max) => crate::i18n::tr!(
            "users-usage-limited",
            count = users.len(),
            max = max,
            plan = &plan_label,
        ),
        None => crate::i18n::tr!(
            "users-usage-unlimited",
            count = users.len(),
            plan = &plan_label,
        ),
    };
    let full = max_users.is_some_and(|max| users.len() >= max as usize);
    let explanation = match sign_in {
        SignInKind::LocalAccounts => None,
        SignInKind::OwnIdentityProvider => Some(crate::i18n::tr!("users-federated")),
        SignInKind::SocialIdentity => Some(crate::i18n::tr!("users-social")),
    };
    let rows = users
        .into_iter()
        .map(|user| {
            let tenant = tenant_alias.clone();
            view! { <UserRowView user tenant local me actions /> }
        })
        .collect_view();
    view! {
        <PageTitle text=crate::i18n::tr!("users-title", tenant = &tenant_name) />
        <section class="page users">
            <TenantNav tenant=tenant_alias.clone() tenant_name=tenant_name.clone() current="users" admin=true
                premium=sign_in == SignInKind::OwnIdentityProvider />
            <h1>{crate::i18n::tr!("users-heading")}</h1>
            <p>{usage}</p>
            {explanation.map(|text| view! { <p class="lead">{text}</p> })}
            <ActionOutcome actions />
            <div class="table-scroll" role="region" aria-label=crate::i18n::tr!("users-heading") tabindex="0">
                <table class="data">
                    <thead>
                        <tr>
                            <th scope="col">{crate::i18n::tr!("users-column-name")}</th>
                            <th scope="col">{crate::i18n::tr!("users-column-signs-in-as")}</th>
                            <th scope="col">{crate::i18n::tr!("users-column-role")}</th>
                            <th scope="col">{crate::i18n::tr!("users-column-last-sign-in")}</th>
                            {local.then(|| view! { <th scope="col">{crate::i18n::tr!("users-column-actions")}</th> })}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {local.then(|| view! { <InviteUserForm tenant=tenant_alias.clone() full action=actions.invite /> })}
            {local.then(|| view! { <AddUserForm tenant=tenant_alias.clone() full action=actions.add /> })}
        </section>
    }
}

/// What the last change in the list did: success announced politely,
/// refusals in an alert.
#[component]
fn ActionOutcome(actions: UserActions) -> impl IntoView {
    let error = Signal::derive(move || {
        [
            actions.reset.value().get().and_then(Result::err),
            actions.resend.value().get().and_then(Result::err),
            actions.role.value().get().and_then(Result::err),
            actions.remove.value().get().and_then(Result::err),
        ]
        .into_iter()
        .flatten()
        .next()
    });
    let changed = move || {
        if matches!(actions.reset.value().get(), Some(Ok(()))) {
            Some(crate::i18n::tr!("users-password-changed"))
        } else if matches!(actions.resend.value().get(), Some(Ok(()))) {
            Some(crate::i18n::tr!("users-invitation-resent"))
        } else if matches!(actions.role.value().get(), Some(Ok(()))) {
            Some(crate::i18n::tr!("users-role-changed"))
        } else if matches!(actions.remove.value().get(), Some(Ok(()))) {
            Some(crate::i18n::tr!("users-removed"))
        } else {
            None
        }
    };
    view! {
        <div role="status">
            {move || changed().map(|text| view! { <p class="success">{text}</p> })}
        </div>
        <FormAlert error />
    }
}

#[component]
fn UserRowView(
    user: UserRow,
    tenant: String,
    local: bool,
    me: i64,
    actions: UserActions,
) -> impl IntoView {
    let UserRow {
        id,
        name,
        sign_in_name,
        role,
        last_sign_in,
        local: has_password,
        invited,
    } = user;
    let is_me = id == me;
    let invitation = (local && invited).then(|| {
        view! {
            <td class="actions" data-label=crate::i18n::tr!("users-column-actions")><div class="action-stack">
                <ResendForm tenant=tenant.clone() id name=name.clone() action=actions.resend />
                <RemoveForm tenant=tenant.clone() id name=name.clone() action=actions.remove />
            </div></td>
        }
    });
    let last_sign_in = match (invited, last_sign_in) {
        (true, _) => crate::i18n::tr!("users-invited-no-password"),
        (false, Some(date)) => crate::i18n::texts().long_date_of(&date),
        (false, None) => crate::i18n::tr!("users-never"),
    };
    let manage = (local && has_password).then(|| {
        view! {
            <td class="actions" data-label=crate::i18n::tr!("users-column-actions")><div class="action-stack">
                <RoleForm tenant=tenant.clone() id name=name.clone() role is_me action=actions.role />
                <ResetPasswordForm tenant=tenant.clone() id name=name.clone() action=actions.reset />
                {(!is_me).then(|| view! { <RemoveForm tenant=tenant.clone() id name=name.clone() action=actions.remove /> })}
            </div></td>
        }
    });
    view! {
        <tr>
            <th scope="row">{name.clone()} {is_me.then(|| format!(" {}", crate::i18n::tr!("users-you")))}</th>
            <td data-label=crate::i18n::tr!("users-column-signs-in-as")>{sign_in_name}</td>
            <td data-label=crate::i18n::tr!("users-column-role")>{role.localized_label()}</td>
            <td data-label=crate::i18n::tr!("users-column-last-sign-in")>{last_sign_in}</td>
            {manage}
            {invitation}
        </tr>
    }
}

#[component]
fn RoleForm(
    tenant: String,
    id: i64,
    name: String,
    role: Role,
    is_me: bool,
    action: ServerAction<ChangeUserRole>,
) -> impl IntoView {
    let select_id = format!("role-{id}");
    let options = Role::ALL
        .into_iter()
        .map(|r| view! { <option value=r.code() selected=r == role>{r.localized_label()}</option> })
        .collect_view();
    view! {
        <ActionForm action attr:class="inline">
            <input type="hidden" name="tenant" value=tenant />
            <input type="hidden" name="user" value=id.to_string() />
            <label for=select_id.clone() class="visually-hidden">{crate::i18n::tr!("users-role-of", name = &name)}</label>
            <select id=select_id name="role" disabled=is_me>{options}</select>
            {(!is_me).then(|| view! { <button type="submit" class="secondary">{crate::i18n::tr!("users-change-role")}</button> })}
        </ActionForm>
    }
}

#[component]
fn ResetPasswordForm(
    tenant: String,
    id: i64,
    name: String,
    action: ServerAction<ResetUserPassword>,
) -> impl IntoView {
    let input_id = format!("new-password-{id}");
    view! {
        <details>
            <summary>{crate::i18n::tr!("users-reset-password-of", name = &name)}</summary>
            <ActionForm action attr:class="stacked">
                <input type="hidden" name="tenant" value=tenant />
                <input type="hidden" name="user" value=id.to_string() />
                <label for=input_id.clone()>{crate::i18n::tr!("users-new-password-for", name = &name)}</label>
                <p class="hint" id=format!("{input_id}-hint")>{crate::i18n::tr!("users-password-hint", min = PASSWORD_MIN_CHARS)}</p>
                <input id=input_id.clone() name="password" type="password" autocomplete="new-password"
                    required minlength=PASSWORD_MIN_CHARS.to_string()
                    aria-describedby=format!("{input_id}-hint") />
                <button type="submit" class="secondary">{crate::i18n::tr!("users-set-password")}</button>
            </ActionForm>
        </details>
    }
}

#[component]
fn RemoveForm(
    tenant: String,
    id: i64,
    name: String,
    action: ServerAction<RemoveUser>,
) -> impl IntoView {
    view! {
        <details>
            <summary>{crate::i18n::tr!("users-remove", name = &name)}</summary>
            <ActionForm action attr:class="stacked">
                <input type="hidden" name="tenant" value=tenant />
                <input type="hidden" name="user" value=id.to_string() />
                <p>{crate::i18n::tr!("users-remove-warning", name = &name)}</p>
                <button type="submit" class="danger">{crate::i18n::tr!("users-remove-confirm", name = &name)}</button>
            </ActionForm>
        </details>
    }
}

#[component]
fn AddUserForm(tenant: String, full: bool, action: ServerAction<AddUser>) -> impl IntoView {
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let added = move || matches!(action.value().get(), Some(Ok(())));
    let roles = Role::ALL
        .into_iter()
        .map(|r| view! { <option value=r.code() selected=r == Role::SurveyCreator>{r.localized_label()}</option> })
        .collect_view();
    view! {
        <h2>{crate::i18n::tr!("users-add-heading")}</h2>
        <p class="lead">{crate::i18n::tr!("users-add-lead")}</p>
        {full.then(|| view! {
            <p class="lead">{crate::i18n::tr!("users-add-full")}</p>
        })}
        <div role="status">
            {move || added().then(|| view! { <p class="success">{crate::i18n::tr!("users-added")}</p> })}
        </div>
        <FormAlert error />
        <ActionForm action attr:class="stacked" attr:id="add-user">
            <input type="hidden" name="tenant" value=tenant />
            <label for="new-name">{crate::i18n::tr!("users-field-name")}</label>
            <input id="new-name" name="name" type="text" autocomplete="off" required maxlength="100"
                aria-invalid=invalid(error, "name") aria-describedby="new-name-error" />
            <FieldError error field="name" id="new-name-error".to_owned() />
            <label for="new-email">{crate::i18n::tr!("users-field-email")}</label>
            <input id="new-email" name="email" type="email" autocomplete="off" required
                aria-invalid=invalid(error, "email") aria-describedby="new-email-error" />
            <FieldError error field="email" id="new-email-error".to_owned() />
            <label for="new-role">{crate::i18n::tr!("users-field-role")}</label>
            <select id="new-role" name="role">{roles}</select>
            <label for="new-password">{crate::i18n::tr!("users-first-password")}</label>
            <p class="hint" id="new-password-hint">{crate::i18n::tr!("users-password-hint", min = PASSWORD_MIN_CHARS)}</p>
            <input id="new-password" name="password" type="password" autocomplete="new-password"
                required minlength=PASSWORD_MIN_CHARS.to_string()
                aria-invalid=invalid(error, "password")
                aria-describedby="new-password-hint new-password-error" />
            <FieldError error field="password" id="new-password-error".to_owned() />
            <button type="submit" class="primary">{crate::i18n::tr!("users-add-button")}</button>
        </ActionForm>
    }
}

#[component]
fn ResendForm(
    tenant: String,
    id: i64,
    name: String,
    action: ServerAction<ResendInvitation>,
) -> impl IntoView {
    view! {
        <ActionForm action attr:class="inline">
            <input type="hidden" name="tenant" value=tenant />
            <input type="hidden" name="user" value=id.to_string() />
            <button type="submit" class="secondary" aria-label=crate::i18n::tr!("users-resend-label", name = &name)>
                {crate::i18n::tr!("users-resend")}
            </button>
        </ActionForm>
    }
}

/// The usual way to add someone: they get an email and choose their own
/// password, so nobody else ever knows it.
#[component]
fn InviteUserForm(tenant: String, full: bool, action: ServerAction<InviteUser>) -> impl IntoView {
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let invited = move || matches!(action.value().get(), Some(Ok(())));
    let roles = Role::ALL
        .into_iter()
        .map(|r| view! { <option value=r.code() selected=r == Role::SurveyCreator>{r.localized_label()}</option> })
        .collect_view();
    view! {
        <h2>{crate::i18n::tr!("users-invite-heading")}</h2>
        <p class="lead">{crate::i18n::tr!("users-invite-lead")}</p>
        {full.then(|| view! {
            <p class="lead">{crate::i18n::tr!("users-invite-full")}</p>
        })}
        <div role="status">
            {move || invited().then(|| view! { <p class="success">{crate::i18n::tr!("users-invited")}</p> })}
        </div>
        <FormAlert error />
        <ActionForm action attr:class="stacked" attr:id="invite-user">
            <input type="hidden" name="tenant" value=tenant />
            <label for="invite-name">{crate::i18n::tr!("users-field-name")}</label>
            <input id="invite-name" name="name" type="text" autocomplete="off" required maxlength="100"
                aria-invalid=invalid(error, "name") aria-describedby="invite-name-error" />
            <FieldError error field="name" id="invite-name-error".to_owned() />
            <label for="invite-email">{crate::i18n::tr!("users-field-email")}</label>
            <input id="invite-email" name="email" type="email" autocomplete="off" required
                aria-invalid=invalid(error, "email") aria-describedby="invite-email-error" />
            <FieldError error field="email" id="invite-email-error".to_owned() />
            <label for="invite-role">{crate::i18n::tr!("users-field-role")}</label>
            <select id="invite-role" name="role">{roles}</select>
            <button type="submit" class="primary">{crate::i18n::tr!("users-invite-button")}</button>
        </ActionForm>
    }
}
