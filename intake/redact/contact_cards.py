"""Names in a contact card (vCard) pasted into a testimony: its "N:" field.

A phone's exported contact ("BEGIN:VCARD ... N:Маакагир;Ульяна;Прокопьевна;; ...
END:VCARD") names its person in a structured field: family name, given name,
additional names, prefix and suffix, separated by ";". Each part there is a person's
name, however the rules for running text would read it ("N:;Kuzmich;;;", a commander
known by his nickname). The display name ("FN:") is not read so: people write notes and
organisations there ("FN:Kuzmich komandir", "FN:Военкомат Черкесск"); its name words are
found by the other rules, and where they repeat the same card's "N:" parts.

These names are found with a score below the echo's (:data:`intake.redact.unregistered._SURE`):
a card's part is not looked for again through the text, so a registered person named in
a card keeps their pseudonym elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from intake.redact.findings import NAME

Hit = tuple[str, str, int, int, float]  # (recognizer, kind, start, end, score)

_GATE = re.compile(r"vcard", re.IGNORECASE)  # no copy of a long text in upper case
_CARD = re.compile(r"BEGIN:VCARD.*?(?:END:VCARD|\Z)", re.DOTALL | re.IGNORECASE)
# the N field, its parameters aside ("N;CHARSET=UTF-8:"), to the line's end
_N_FIELD = re.compile(r"^[ \t]*N(?:;[^:\n]*)?:([^\n]*)$", re.MULTILINE)
_PART = re.compile(r"[^;,\n]+")
_FN_FIELD = re.compile(r"^[ \t]*FN(?:;[^:\n]*)?:([^\n]*)$", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def find_card_names(text: str) -> Iterator[Hit]:
    """The parts of every contact card's "N:" field, as names, and the words of its "FN:"
    field that are one of them ("FN:Kuzmich komandir" beside "N:;Kuzmich;;;")."""
    if _GATE.search(text) is None:
        return
    for card in _CARD.finditer(text):
        parts: set[str] = set()
        for field in _N_FIELD.finditer(text, card.start(), card.end()):
            for part in _PART.finditer(text, field.start(1), field.end(1)):
                words = part.group()
                start = part.start() + len(words) - len(words.lstrip())
                end = part.end() - (len(words) - len(words.rstrip()))
                if end > start and any(c.isalpha() for c in text[start:end]):
                    parts.update(w.casefold() for w in _WORD.findall(text, start, end))
                    yield "vcard", NAME, start, end, 0.7
        for field in _FN_FIELD.finditer(text, card.start(), card.end()):
            for word in _WORD.finditer(text, field.start(1), field.end(1)):
                if word.group().casefold() in parts:
                    yield "vcard", NAME, word.start(), word.end(), 0.7
