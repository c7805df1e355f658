"""intake.tui.screens."""
