//! Permission to make a tenant scope without a signed-in member's access
//! check: for the public site, or for work the platform itself does.
//! Only services can issue one (the constructors are visible to
//! `crate::services` alone), so a server function, page or handler that
//! forgot its access check has no way to obtain a scope: it does not
//! compile.

/// Work the platform itself does for a tenant, never on behalf of a
/// signed-in member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SystemTask {
    /// Loading the demo tenant into an empty database at start-up.
    DemoData,
    /// Setting up a tenant that was just created.
    Onboarding,
    /// The statistics task merging queued answers.
    Statistics,
    /// A tenant's background job (the SQL export) that the tenant asked for.
    BackgroundJob,
    /// Removing a deleted tenant's data (asked for by a Tailspin administrator).
    Purge,
    /// Tailspin administration acting on a tenant (the administrator was
    /// checked by `platform_admin_access`), or the operator's command line.
    PlatformAdministration,
    /// Restoring a backup into a new tenant.
    Restore,
    /// Someone not signed in asking for a password reset link, or using one.
    AccountRecovery,
    /// The background runner sending queued email.
    MailDelivery,
    /// The webhook runner delivering a tenant's events.
    WebhookDelivery,
    /// Moving a tenant's surveys and answers to another region (asked for
    /// by a Tailspin administrator).
    RegionMove,
}

/// Permission for one system task.
#[derive(Debug)]
pub struct SystemGrant(SystemTask);

impl SystemGrant {
    pub(in crate::services) fn new(task: SystemTask) -> SystemGrant {
        SystemGrant(task)
    }

    /// For integration tests, which set up and inspect data directly.
    #[cfg(any(test, feature = "test-support"))]
    pub fn for_tests(task: SystemTask) -> SystemGrant {
        SystemGrant(task)
    }

    pub fn task(&self) -> SystemTask {
        self.0
    }
}

/// Permission to read an active tenant's public surveys and branding, and
/// to store answers: what the public site may do for anyone.
#[derive(Debug)]
pub struct PublicSiteGrant(());

impl PublicSiteGrant {
    pub(in crate::services) fn new() -> PublicSiteGrant {
        PublicSiteGrant(())
    }

    /// For integration tests, which set up and inspect data directly.
    #[cfg(any(test, feature = "test-support"))]
    pub fn for_tests() -> PublicSiteGrant {
        PublicSiteGrant(())
    }
}
