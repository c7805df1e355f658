"""The check for a redaction engine's registry, built once per engine and reused.

What the engine contributes is only the list of people (who is private, who is
public) and, through :func:`explained_spans`, where its output already holds a
pseudonym, a tag, a public person, a place, an organisation or a date. It never
contributes a name's forms: the check derives its own. A place whose word resembles
a registered non-public name explains nothing unless its context settles it, nor does
a public person's name of one word that resembles one (:func:`doubtful`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from intake.check.core import Check
from intake.check.words import Text
from intake.redact import places
from intake.redact.findings import (
    DATE,
    ORGANISATION,
    PLACE,
    PSEUDONYM,
    PUBLIC_PERSON,
    TAG,
    Finding,
)

if TYPE_CHECKING:
    from intake.redact import Redactor

EXPLAINING = frozenset({PSEUDONYM, TAG, PUBLIC_PERSON, PLACE, ORGANISATION, DATE})
_CHECKS: WeakKeyDictionary[Redactor, Check] = WeakKeyDictionary()


def check_for(redactor: Redactor) -> Check:
    """The check for the engine's registry: its private people's names and aliases, its
    public people (public figures included) as explained words, and its sensitive terms."""
    if redactor not in _CHECKS:
        people = redactor.registry.people
        _CHECKS[redactor] = Check(
            [n for p in people if not p.public for n in (p.name, *p.aliases)],
            [n for p in people if p.public for n in (p.name, *p.aliases)],
            terms=[t.text for t in redactor.registry.terms],
            pseudonyms=[p.pseudonym for p in people if p.pseudonym and not p.public],
        )
    return _CHECKS[redactor]


def explained_spans(redactor: Redactor, text: str) -> Sequence[tuple[int, int]]:
    """Spans of final text the engine wrote or keeps by policy (pseudonyms, tags, public
    people, places, organisations, dates), but a doubtful place (:func:`doubtful`). A
    pseudonym is one wherever it stands, though the engine reads a longer span there
    ("Любовь Дарьи" opening a sentence, a possessive rewritten, reads as a two-word
    name): the words around it are read by the check."""
    found = [f for f in redactor.analyze(text) if f.kind in EXPLAINING]
    spans = [(f.start, f.end) for f in found if not doubtful(redactor, text, f)]
    return spans + redactor.pseudonym_spans(text)  # inside a longer reading too


def doubtful(redactor: Redactor, text: str, finding: Finding) -> bool:
    """True if ``finding`` is a place the engine keeps whose word resembles a registered
    non-public name and whose context does not settle it: "уверена в Жуковском", "письмо
    из Королёва" may name the person; "в городе Жуковском", "Жуковского района" do not.
    So is a public person named by one word that resembles a registered non-public name
    ("Lyosha" for a public Алексей and a private one alike): a whole name settles it.
    The check then asks about it instead of taking the engine's word."""
    if finding.kind not in (PLACE, PUBLIC_PERSON):
        return False
    names = check_for(redactor).names
    words = Text.of(text[finding.start : finding.end]).words
    if not any(names.matches(w.folded) for w in words):
        return False
    if finding.kind == PUBLIC_PERSON:
        return len(words) == 1
    return not places.announced(text, finding.start, finding.end)
