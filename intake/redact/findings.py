"""Findings: what was found where. Spans only; recognizers never rewrite text.

Offsets are always in the ORIGINAL text (Python string indices, end exclusive).
A finding never carries the matched string itself, so it can be logged, stored
or printed as JSON without leaking what it points at.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# Kinds of findings. Policy files use these names.
PERSON = "person"  # a registered, non-public person
PUBLIC_PERSON = "public_person"  # a registered person marked public (kept by default)
TERM = "term"  # a registered sensitive term (home village, workplace...)
NAME = "name"  # a person name nobody registered (NER or the Latin-script detector)
PHONE = "phone"
EMAIL = "email"
HANDLE = "handle"  # messenger handles and t.me / vk.com links
UNIT = "unit"  # military unit numbers
ID_NUMBER = "id_number"  # passport, military ID and personal numbers, SNILS, INN, OMS policy
CALL_SIGN = "call_sign"  # a call sign after "позывной" / "call sign"
DEVICE_ID = "device_id"  # a phone's IMEI, a network card's MAC address, an IP address
PLATE = "plate"  # vehicle registration plates
COORDINATES = "coordinates"
ADDRESS = "address"
CARD = "card"  # bank card numbers (Luhn-valid, or after a cue word)
SECRET = "secret"  # noqa: S105 (a kind's name): a safe word, code word, password or PIN
PLACE = "place"
DATE = "date"
BIRTH_DATE = "birth_date"  # a date of birth: a date that identifies (tagged; a date is kept)
ORGANISATION = "organisation"
PSEUDONYM = "pseudonym"  # a pseudonym already in the text (kept: redaction is idempotent)
PLURAL = "plur"  # the case of a form that is only ever plural ("the Sokolovs"): a family
RELATIVE = "rel"  # the case of a Latin surname of the other gender ("Sokolova" of a man)
POSSESSIVE = "poss"  # the case of a possessive adjective ("Серёжкин"): a construction replaces it
TAG = "tag"  # a category tag such as "[phone]" already in the text (kept)
AMBIGUOUS = "ambiguous"  # a registered name that fits two or more people: a tag and a question

KINDS = (
    PERSON,
    PUBLIC_PERSON,
    TERM,
    NAME,
    PHONE,
    EMAIL,
    HANDLE,
    UNIT,
    ID_NUMBER,
    CALL_SIGN,
    DEVICE_ID,
    PLATE,
    COORDINATES,
    ADDRESS,
    CARD,
    SECRET,
    PLACE,
    DATE,
    BIRTH_DATE,
    ORGANISATION,
    PSEUDONYM,
    TAG,
    AMBIGUOUS,
)

Action = Literal["pseudonym", "tag", "generalise", "keep"]
ACTIONS: tuple[Action, ...] = ("pseudonym", "tag", "generalise", "keep")


@dataclass(frozen=True, slots=True)
class Finding:
    """A span of the original text that a recognizer believes is of ``kind``.

    ``owner`` is the index of the registered person or term (registry findings
    only); ``case`` the grammatical case of the matched Russian form, when known;
    ``script`` "cyr" or "lat", the script of the matched text.
    """

    kind: str
    start: int
    end: int
    score: float
    recognizer: str
    owner: int | None = None
    case: str | None = None
    script: str = "cyr"
    owners: tuple[int, ...] = ()  # every registered owner of the matched form (shared forms)
    # the registered people the form fits equally well (own gender), when two or more do:
    # "Сергей" with two Сергеи registered names neither for sure
    candidates: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError("a finding spans at least one character")

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Finding) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do with one finding: the policy's action, or a reviewer's choice.

    ``replacement`` overrides the operator's output (a reviewer's own wording).
    """

    finding: Finding
    action: Action
    replacement: str | None = None


@dataclass(frozen=True, slots=True)
class Applied:
    """A finding as applied: where it was in the original, what replaced it."""

    start: int
    end: int
    kind: str
    action: Action
    replacement: str
    recognizer: str
    score: float

    def to_json(self) -> dict[str, object]:
        """The public, leak-free view: never the original string."""
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "action": self.action,
            "replacement": self.replacement,
        }


@dataclass(frozen=True, slots=True)
class RedactionResult:
    text: str
    findings: tuple[Applied, ...]
    lang: str

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "findings": [f.to_json() for f in self.findings]}
