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
use super::figures::count_of;
use super::form_feedback::{FieldError, FormAlert, invalid};
use super::tenant_nav::TenantNav;
use crate::api::users::{
    AddUser, ChangeUserRole, InviteUser, RemoveUser, ResendInvitation, ResetUserPassword,
    UserDirectory, UserRow, load_users,
};
use crate::domain::{PASSWORD_HINT, PASSWORD_MIN_CHARS, Role, SignInKind};

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
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
        Some(max) => format!(
            "{} of {} on the {plan_label} plan.",
            users.len(),
            count_of(max, "user", "users")
        ),
        None => format!(
            "{} on the {plan_label} plan (no limit).",
            count_of(users.len() as i64, "user", "users")
        ),
    };
    let full = max_users.is_some_and(|max| users.len() >= max as usize);
    let explanation = match sign_in {
        SignInKind::LocalAccounts => None,
        SignInKind::OwnIdentityProvider => Some(
            "Your users sign in with your organization's identity provider. They appear here after their first sign-in; their role comes from your claim-mapping rules each time they sign in.",
        ),
        SignInKind::SocialIdentity => {
            Some("This subscription is owned by one social identity, which is its only user.")
        }
    };
    let rows = users
        .into_iter()
        .map(|user| {
            let tenant = tenant_alias.clone();
            view! { <UserRowView user tenant local me actions /> }
        })
        .collect_view();
    view! {
        <PageTitle text=format!("Users · {tenant_name}") />
        <section class="page users">
            <TenantNav tenant=tenant_alias.clone() tenant_name=tenant_name.clone() current="users" admin=true
                premium=sign_in == SignInKind::OwnIdentityProvider />
            <h1>"Users"</h1>
            <p>{usage}</p>
            {explanation.map(|text| view! { <p class="lead">{text}</p> })}
            <ActionOutcome actions />
            <div class="table-scroll" role="region" aria-label="Users" tabindex="0">
                <table class="data">
                    <thead>
                        <tr>
                            <th scope="col">"Name"</th>
                            <th scope="col">"Signs in as"</th>
                            <th scope="col">"Role"</th>
                            <th scope="col">"Last sign-in"</th>
                            {local.then(|| view! { <th scope="col">"Actions"</th> })}
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
            Some("The password was changed.")
        } else if matches!(actions.resend.value().get(), Some(Ok(()))) {
            Some("The invitation was sent again.")
        } else if matches!(actions.role.value().get(), Some(Ok(()))) {
            Some("The role was changed.")
        } else if matches!(actions.remove.value().get(), Some(Ok(()))) {
            Some("The user was removed.")
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
            <td class="actions" data-label="Actions"><div class="action-stack">
                <ResendForm tenant=tenant.clone() id name=name.clone() action=actions.resend />
                <RemoveForm tenant=tenant.clone() id name=name.clone() action=actions.remove />
            </div></td>
        }
    });
    let last_sign_in = match (invited, last_sign_in) {
        (true, _) => "invited, has not chosen a password yet".to_owned(),
        (false, Some(date)) => date,
        (false, None) => "never".to_owned(),
    };
    let manage = (local && has_password).then(|| {
        view! {
            <td class="actions" data-label="Actions"><div class="action-stack">
                <RoleForm tenant=tenant.clone() id name=name.clone() role is_me action=actions.role />
                <ResetPasswordForm tenant=tenant.clone() id name=name.clone() action=actions.reset />
                {(!is_me).then(|| view! { <RemoveForm tenant=tenant.clone() id name=name.clone() action=actions.remove /> })}
            </div></td>
        }
    });
    view! {
        <tr>
            <th scope="row">{name.clone()} {is_me.then_some(" (you)")}</th>
            <td data-label="Signs in as">{sign_in_name}</td>
            <td data-label="Role">{role.label()}</td>
            <td data-label="Last sign-in">{last_sign_in}</td>
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
        .map(|r| view! { <option value=r.code() selected=r == role>{r.label()}</option> })
        .collect_view();
    view! {
        <ActionForm action attr:class="inline">
            <input type="hidden" name="tenant" value=tenant />
            <input type="hidden" name="user" value=id.to_string() />
            <label for=select_id.clone() class="visually-hidden">{format!("Role of {name}")}</label>
            <select id=select_id name="role" disabled=is_me>{options}</select>
            {(!is_me).then(|| view! { <button type="submit" class="secondary">"Change role"</button> })}
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
            <summary>{format!("Reset password of {name}")}</summary>
            <ActionForm action attr:class="stacked">
                <input type="hidden" name="tenant" value=tenant />
                <input type="hidden" name="user" value=id.to_string() />
                <label for=input_id.clone()>{format!("New password for {name}")}</label>
                <p class="hint" id=format!("{input_id}-hint")>{PASSWORD_HINT}</p>
                <input id=input_id.clone() name="password" type="password" autocomplete="new-password"
                    required minlength=PASSWORD_MIN_CHARS.to_string()
                    aria-describedby=format!("{input_id}-hint") />
                <button type="submit" class="secondary">"Set password"</button>
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
            <summary>{format!("Remove {name}")}</summary>
            <ActionForm action attr:class="stacked">
                <input type="hidden" name="tenant" value=tenant />
                <input type="hidden" name="user" value=id.to_string() />
                <p>{format!("{name} will no longer be able to sign in.")}</p>
                <button type="submit" class="danger">{format!("Yes, remove {name}")}</button>
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
        .map(|r| view! { <option value=r.code() selected=r == Role::SurveyCreator>{r.label()}</option> })
        .collect_view();
    view! {
        <h2>"Add a user with a first password"</h2>
        <p class="lead">"Or choose their first password yourself, and tell it to them."</p>
        {full.then(|| view! {
            <p class="lead">"Your plan's user limit is reached; remove a user before adding another."</p>
        })}
        <div role="status">
            {move || added().then(|| view! { <p class="success">"The user was added. Tell them their email and first password."</p> })}
        </div>
        <FormAlert error />
        <ActionForm action attr:class="stacked" attr:id="add-user">
            <input type="hidden" name="tenant" value=tenant />
            <label for="new-name">"Name"</label>
            <input id="new-name" name="name" type="text" autocomplete="off" required maxlength="100"
                aria-invalid=invalid(error, "name") aria-describedby="new-name-error" />
            <FieldError error field="name" id="new-name-error".to_owned() />
            <label for="new-email">"Email"</label>
            <input id="new-email" name="email" type="email" autocomplete="off" required
                aria-invalid=invalid(error, "email") aria-describedby="new-email-error" />
            <FieldError error field="email" id="new-email-error".to_owned() />
            <label for="new-role">"Role"</label>
            <select id="new-role" name="role">{roles}</select>
            <label for="new-password">"First password"</label>
            <p class="hint" id="new-password-hint">{PASSWORD_HINT}</p>
            <input id="new-password" name="password" type="password" autocomplete="new-password"
                required minlength=PASSWORD_MIN_CHARS.to_string()
                aria-invalid=invalid(error, "password")
                aria-describedby="new-password-hint new-password-error" />
            <FieldError error field="password" id="new-password-error".to_owned() />
            <button type="submit" class="primary">"Add user"</button>
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
            <button type="submit" class="secondary" aria-label=format!("Send the invitation to {name} again")>
                "Send the invitation again"
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
        .map(|r| view! { <option value=r.code() selected=r == Role::SurveyCreator>{r.label()}</option> })
        .collect_view();
    view! {
        <h2>"Invite a user"</h2>
        <p class="lead">"They get an email with a link to choose their own password. The link works for seven days."</p>
        {full.then(|| view! {
            <p class="lead">"Your plan's user limit is reached; remove a user before inviting another."</p>
        })}
        <div role="status">
            {move || invited().then(|| view! { <p class="success">"The invitation was sent."</p> })}
        </div>
        <FormAlert error />
        <ActionForm action attr:class="stacked" attr:id="invite-user">
            <input type="hidden" name="tenant" value=tenant />
            <label for="invite-name">"Name"</label>
            <input id="invite-name" name="name" type="text" autocomplete="off" required maxlength="100"
                aria-invalid=invalid(error, "name") aria-describedby="invite-name-error" />
            <FieldError error field="name" id="invite-name-error".to_owned() />
            <label for="invite-email">"Email"</label>
            <input id="invite-email" name="email" type="email" autocomplete="off" required
                aria-invalid=invalid(error, "email") aria-describedby="invite-email-error" />
            <FieldError error field="email" id="invite-email-error".to_owned() />
            <label for="invite-role">"Role"</label>
            <select id="invite-role" name="role">{roles}</select>
            <button type="submit" class="primary">"Send invitation"</button>
        </ActionForm>
    }
}
