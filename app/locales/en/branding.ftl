# branding
