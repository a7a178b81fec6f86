# The frame of every page, the language switcher, dates and errors.

-brand = Tailspin Surveys

skip-to-content = Skip to content
site-name = { -brand }
site-footer = { -brand } — surveys for every team.
page-title = { $title } · { -brand }
language-switcher = Language
loading = Loading…

date-long = { $day } { $month } { $year }
# A moment in UTC; every part is two digits (the year four).
date-time-minute = { $year }-{ $month }-{ $day } { $hour }:{ $minute } UTC
date-time-second = { $year }-{ $month }-{ $day } { $hour }:{ $minute }:{ $second } UTC
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

error-not-found = We could not find that page.
error-no-longer-accepting = This survey is no longer accepting answers.
error-not-open-yet = This survey opens on { $at }.
error-monthly-limit = This survey cannot take more answers this month.
error-already-answered = Your answers were already received with this personal link.
error-as-given = { $text }
error-invalid = Please correct the marked fields.
error-unauthorized = Please sign in to continue.
error-forbidden = You are not allowed to do that.
error-changed-since-read = This changed since you read it: read it again, then make your change.
error-too-large = What you sent is too large.
error-too-many-requests = Too many requests; please wait a moment and try again.
error-unavailable = The service is busy or under maintenance; please try again shortly.
error-internal = Something went wrong on our side. Please try again.
error-network = We could not reach the server. Please check your connection and try again.
error-malformed = The request was malformed.

error-page-not-found = Page not found
error-page-not-found-text = We could not find that page. Check the address, or ask whoever sent you the link.
error-page-closed = This survey is closed
error-page-closed-text = This survey is no longer accepting answers. Thank you for your interest.
error-page-not-open = This survey is not open yet
error-page-not-open-text = It opens on { $at }. Please come back then.
error-page-paused = This survey is paused
error-page-paused-text = The organization running this survey has received all the answers its plan allows this month, so it cannot take any more until next month. Nothing you send now is stored. If you were asked to answer, please tell whoever sent you the link.
error-page-answered = You have already answered
error-page-answered-text = Your answers were received with this personal link, which works once. Thank you! If you think this is a mistake, please tell whoever sent you the invitation.
error-page-sign-in = Please sign in
error-page-sign-in-text = You need to sign in to see this page.
error-page-forbidden = Not allowed
error-page-forbidden-text = Your role does not allow this page. Ask an Administrator of your organization.
error-page-other = Something went wrong
error-page-home = Go to the { -brand } home page
tenant-logo = { $name } logo
