"""The interface's screens, and :func:`build`, which makes the screen for a location."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen

from intake.tui.messages import Location
from intake.tui.screens.audit import AuditScreen
from intake.tui.screens.editor import EditorScreen
from intake.tui.screens.export import ExportScreen
from intake.tui.screens.first_run import FirstRunScreen, RecoveryKeyScreen
from intake.tui.screens.help import HelpScreen
from intake.tui.screens.people import PeopleScreen
from intake.tui.screens.review import ReviewScreen
from intake.tui.screens.testimonies import TestimoniesScreen
from intake.tui.screens.unlock import UnlockScreen
from intake.tui.session import Session

__all__ = ["AuditScreen", "EditorScreen", "ExportScreen", "FirstRunScreen", "HelpScreen",
           "PeopleScreen", "RecoveryKeyScreen", "ReviewScreen", "TestimoniesScreen",
           "UnlockScreen", "build"]


def build(location: Location, session: Session) -> Screen[Any]:
    """The content screen for ``location`` (used to open screens and to restore them)."""
    if location.kind == "editor":
        return EditorScreen(session, location.testimony_id)
    if location.kind == "review" and location.testimony_id:
        return ReviewScreen(session, location.testimony_id)
    simple = {"people": PeopleScreen, "audit": AuditScreen, "export": ExportScreen}
    return simple.get(location.kind, TestimoniesScreen)(session)
