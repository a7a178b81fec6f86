# subscribers
