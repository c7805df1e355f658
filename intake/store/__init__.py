"""intake.store."""
