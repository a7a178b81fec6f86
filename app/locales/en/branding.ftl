# branding
# A subscriber's logo and style sheet, and the sample survey that
# previews it (branding.rs).

branding-title = Branding · { $tenant }
branding-heading = Branding
branding-lead = Your logo and colors on your survey pages and dashboard.

branding-logo-heading = Logo
branding-logo-current = Your current logo
branding-no-logo = No logo yet.
branding-logo-saved = The new logo is saved.
branding-logo-field = Logo image
branding-logo-hint = PNG, JPEG, GIF or WebP, up to 1 MiB and 4096 × 4096 pixels. It is shown at most 512 pixels wide.
branding-logo-replace = Replace the logo
branding-logo-upload = Upload the logo
branding-logo-remove = Remove the logo
branding-logo-error-empty = Please choose an image file.
branding-logo-error-too-large = The logo is larger than 1 MiB.
branding-logo-error-not-an-image = This is not a PNG, JPEG, GIF or WebP image.
branding-logo-error-too-many-pixels = The image is larger than 4096 × 4096 pixels or needs too much memory to open.
branding-logo-error-damaged = The image is damaged or incomplete.
branding-logo-error-busy = The server is busy opening other images. Please try again in a moment.
branding-logo-error-other = The logo could not be saved. Please try again.

branding-stylesheet-heading = Style sheet
branding-stylesheet-intro = Write CSS for the selectors and properties listed below; anything else is refused with its line and column. Images, fonts from elsewhere and at-rules are not allowed.
branding-allowed-summary = Selectors and properties you can use
branding-selectors = Selectors
branding-properties = Properties
branding-no-problems = No problems found.
branding-save = Save the style sheet
branding-saved = Saved: your survey pages use it now.

branding-preview-heading = Preview
branding-preview-hint = A sample survey with the style sheet above, as you type (before it is saved).
branding-preview-label = Preview of a survey page
branding-sample-title = Sample survey
branding-sample-description = Tell us how we did.
branding-sample-rating = How would you rate us?
branding-sample-poor = Poor
branding-sample-excellent = Excellent
branding-sample-contact = How did you contact us?
branding-sample-phone = Phone
branding-sample-email = Email
