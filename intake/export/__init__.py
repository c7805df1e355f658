"""intake.export."""
