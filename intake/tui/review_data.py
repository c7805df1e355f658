"""The review screen's calls into the core: each returns the testimony's new review state.

Like those of :mod:`intake.tui.data`, they run in workers with the vault lent by the
session; the engine (a :class:`~intake.redact.Redactor`) is passed back in, since
expanding the registry is the slow part.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from intake.store.vault import Vault
    from intake.tui.session import Session


@dataclass(frozen=True)
class ReviewState:
    """A testimony's review, the engine it was made with, and what each item becomes."""

    review: Any  # intake.review.Review
    redactor: Any  # intake.redact.Redactor (reused: expanding the registry is slow)
    becomes: tuple[str, ...]


def review_state(
    vault: Vault, testimony_id: str, redactor: Any = None, *, ner: bool = False
) -> ReviewState:
    """``ner``: a new engine that also reads with the Russian NER model (slow to load)."""
    # late: the redaction engine (0.2 s) loads when first used, not at start-up
    from intake import review as service
    from intake.review.items import becomes

    redactor = redactor or service.redactor_for(vault, ner=ner)
    loaded = service.load(vault, testimony_id, redactor)
    return ReviewState(
        loaded, redactor, tuple(becomes(loaded, redactor, item) for item in loaded.items)
    )


def decide(
    vault: Vault, testimony_id: str, number: int, choice: tuple[str, str | None], redactor: Any
) -> ReviewState:
    """Record ``choice`` = (redact | keep | replace, replacement) for finding ``number``."""
    # late: the redaction engine (0.2 s) loads when first used, not at start-up
    from intake import review as service

    action, replacement = choice
    decided = service.Choice(action, replacement)  # type: ignore[arg-type]
    service.decide(vault, testimony_id, {number: decided}, redactor)
    return review_state(vault, testimony_id, redactor)


def accept_defaults(vault: Vault, testimony_id: str, redactor: Any) -> ReviewState:
    # late: the redaction engine (0.2 s) loads when first used, not at start-up
    from intake import review as service

    service.accept_defaults(vault, testimony_id, redactor)
    return review_state(vault, testimony_id, redactor)


def approve(vault: Vault, testimony_id: str, redactor: Any) -> ReviewState:
    # late: the redaction engine (0.2 s) loads when first used, not at start-up
    from intake import review as service

    service.approve(vault, testimony_id, redactor)
    return review_state(vault, testimony_id, redactor)


def add_quote(vault: Vault, testimony_id: str, text: str, redactor: Any) -> ReviewState:
    # late: the redaction engine (0.2 s) loads when first used, not at start-up
    from intake import review as service

    service.add_quote(vault, testimony_id, text)
    return review_state(vault, testimony_id, redactor)


def save_transcript(vault: Vault, testimony_id: str, text: str, redactor: Any) -> ReviewState:
    # late: the store (sqlcipher3) loads at unlock, not at start-up
    from intake import testimonies

    testimonies.edit(vault, testimony_id, {"transcript": text})
    return review_state(vault, testimony_id, redactor)


def read_with_ner(session: Session, testimony_id: str) -> ReviewState:
    """Load the NER model outside the vault's lock (a lock need not wait for it), then
    read the testimony with it (an engine of its own)."""
    # late: the NER code (natasha, numpy) loads only when NER is asked for
    from intake.redact.ner import warm_up

    warm_up()
    return session.call(lambda vault: review_state(vault, testimony_id, ner=True))
