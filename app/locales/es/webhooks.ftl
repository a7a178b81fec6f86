# webhooks
