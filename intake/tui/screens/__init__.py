"""The interface's screens, and :func:`build`, which makes the screen for a location.

Only the screens needed before unlocking are imported at start-up; the content
screens load when first opened (keeps the time to the unlock screen short).
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen

from intake.tui.messages import Location
from intake.tui.screens.first_run import FirstRunScreen, RecoveryKeyScreen
from intake.tui.screens.help import HelpScreen, help_title
from intake.tui.screens.unlock import UnlockScreen
from intake.tui.session import Session

__all__ = [
    "FirstRunScreen",
    "HelpScreen",
    "RecoveryKeyScreen",
    "UnlockScreen",
    "build",
    "help_title",
]


def build(location: Location, session: Session) -> Screen[Any]:  # noqa: PLR0911 (one per kind)
    """The content screen for ``location`` (used to open screens and to restore them)."""
    if location.kind == "editor":
        # late: a screen's widgets load when it is first shown
        from intake.tui.screens.editor import EditorScreen

        return EditorScreen(session, location.testimony_id)
    if location.kind == "review" and location.testimony_id:
        # late: a screen's widgets load when it is first shown
        from intake.tui.screens.review import ReviewScreen

        return ReviewScreen(session, location.testimony_id, ner="ner" in location.flags)
    if location.kind == "people":
        # late: a screen's widgets load when it is first shown
        from intake.tui.screens.people import PeopleScreen

        return PeopleScreen(session)
    if location.kind == "terms":
        # late: a screen's widgets load when it is first shown
        from intake.tui.screens.terms import TermsScreen

        return TermsScreen(session)
    if location.kind == "audit":
        # late: a screen's widgets load when it is first shown
        from intake.tui.screens.audit import AuditScreen

        return AuditScreen(session)
    if location.kind == "contacts":
        # late: a screen's widgets load when it is first shown
        from intake.tui.screens.contacts import ContactsScreen

        return ContactsScreen(session)
    if location.kind == "export":
        # late: a screen's widgets load when it is first shown
        from intake.tui.screens.export import ExportScreen

        return ExportScreen(session, location)
    # late: a screen's widgets load when it is first shown
    from intake.tui.screens.testimonies import TestimoniesScreen

    return TestimoniesScreen(session)
