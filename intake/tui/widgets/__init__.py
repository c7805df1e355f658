"""intake.tui.widgets."""
