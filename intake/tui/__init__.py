"""intake.tui."""
