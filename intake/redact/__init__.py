"""intake.redact."""
