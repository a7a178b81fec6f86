# administration

## admin.rs: the administrators' home

admin-heading = Tailspin administration
admin-sign-in-heading = Please sign in
admin-sign-in-link = Sign in to Tailspin administration
# $email is shown in bold.
admin-signed-in-as = Signed in as { $email }
admin-statistics-heading = Statistics task
admin-statistics-queued = Answers waiting to be merged
admin-statistics-oldest = Oldest waiting since
admin-statistics-dead-letters = Dead letters
admin-statistics-here = This server's task since it started:
admin-statistics-merged = Answers merged
admin-statistics-conflicts = Version conflicts (retried)
admin-statistics-failed = Failed attempts
admin-statistics-elsewhere = The task runs in separate worker processes; their counters are in their logs.

## admin_mail.rs: /admin/email

admin-mail-title = Email · Tailspin administration
admin-mail-heading = Email
# $server is the SMTP server's address, shown as code.
admin-mail-smtp = Email is sent through the SMTP server { $server }.
# $variable is the setting's name (TAILSPIN_SMTP_URL) and $directory a
# folder, both shown as code; keep $variable before $directory.
admin-mail-outbox = No SMTP server is configured ({ $variable }), so email is written to the outbox directory { $directory } instead of being sent. The newest messages are shown below.
admin-mail-count = { $count ->
    [one] { $count } message.
   *[other] { $count } messages.
  }
admin-mail-written = Written { $at } · { $name }.eml
admin-mail-in-outbox = In the outbox
admin-mail-recent = Recent messages
admin-mail-queued = Queued
admin-mail-subscriber = Subscriber
admin-mail-kind = Kind
admin-mail-to = To
admin-mail-subject = Subject
admin-mail-state = State
admin-mail-attempts = Attempts
admin-mail-last-error = Last error

## admin_restore.rs: /admin/restore

admin-restore-title = Restore a backup · Tailspin administration
admin-restore-heading = Restore a backup
admin-restore-lead = Creates a new subscriber from a backup that a subscriber's Administrator downloaded: its settings, surveys, responses, users and branding. Statistics are rebuilt after the restore. Backups hold no secrets, so give the ones its sign-in needs.
admin-restore-archive = Backup archive (.tar.gz, at most 100 MiB)
admin-restore-alias = New alias
admin-restore-password = Password for the first Administrator (Standard plan)
admin-restore-secret = Client secret at the identity provider (Premium plan)
admin-restore-submit = Restore into a new subscriber

## admin_usage.rs: /admin/usage and /admin/dead-letters

# $month is written 2026-03.
admin-usage-title = Usage { $month } · Tailspin administration
admin-usage-heading = Usage for { $month }
admin-usage-months = Months
admin-usage-month = Month
admin-usage-show = Show
admin-usage-download = Download usage-{ $month }.csv
# $storage is a size such as 1.5 MB.
admin-usage-summary = { $subscribers ->
    [one] { $subscribers } subscriber
   *[other] { $subscribers } subscribers
  }; { $responses ->
    [one] { $responses } response
   *[other] { $responses } responses
  }, { $surveys ->
    [one] { $surveys } survey published
   *[other] { $surveys } surveys published
  }, { $storage } stored in all.
admin-usage-storage-hint = Storage is the subscriber's answers received by the end of the month plus its files as they are now.
admin-usage-by-subscriber = Usage by subscriber
admin-usage-subscriber = Subscriber
admin-usage-plan = Plan
admin-usage-responses = Responses
admin-usage-surveys-published = Surveys published
admin-usage-active-surveys = Active surveys
admin-usage-users = Users
admin-usage-storage = Storage
admin-usage-plan-changes = Plan changes
admin-usage-when = When
admin-usage-from = From
admin-usage-to = To
admin-usage-by = By
admin-usage-no-plan-changes = No subscriber changed plan in { $month }.
admin-usage-prorates = Billing prorates each subscriber's month from these times.
admin-usage-download-plan-changes = Download plan-changes-{ $month }.csv
admin-usage-dead-letters-title = Dead letters · Tailspin administration
admin-usage-dead-letters-heading = Dead letters
admin-usage-dead-letters-lead = Answers the statistics task failed to merge five times. They are stored and appear in responses and exports, but not in the statistics. Re-queue them once the cause is fixed, or discard them.
admin-usage-no-dead-letters = No dead letters.
admin-usage-dead-letter-count = { $count ->
    [one] { $count } dead letter.
   *[other] { $count } dead letters.
  }
admin-usage-failed = Failed
admin-usage-submission = Submission
admin-usage-attempts = Attempts
admin-usage-error = Error
admin-usage-actions = Actions
# $submission is a number that names a submission, $survey a survey's address name.
admin-usage-submission-of = { $submission } of { $survey }
admin-usage-requeue = Re-queue
admin-usage-discard = Discard
