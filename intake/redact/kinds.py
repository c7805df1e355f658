"""The table of finding kinds: for each, the policy's default action, the tag words that
replace it in each language, and the colour the interface marks it with.

Policy files name these kinds (``schemas/policy.schema.json`` lists exactly these; a
test checks it). The policy's defaults (:data:`intake.redact.policy.DEFAULT_ACTIONS`),
the operators' tag words (:data:`intake.redact.operators.TAGS`) and the interface's
colours are read from here, so a new kind is added in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from intake.redact.findings import (
    ADDRESS,
    AMBIGUOUS,
    BIRTH_DATE,
    CALL_SIGN,
    CARD,
    COORDINATES,
    DATE,
    DEVICE_ID,
    EMAIL,
    HANDLE,
    ID_NUMBER,
    NAME,
    ORGANISATION,
    PERSON,
    PHONE,
    PLACE,
    PLATE,
    PSEUDONYM,
    PUBLIC_PERSON,
    SECRET,
    TAG,
    TERM,
    UNIT,
    Action,
)


@dataclass(frozen=True)
class Kind:
    action: Action  # the default policy's action
    tags: MappingProxyType[str, str]  # language code -> tag word ("имя", "name")
    colour: str  # how the interface marks it ("": not marked)


def _kind(action: Action, ru: str, en: str, colour: str) -> Kind:
    return Kind(action, MappingProxyType({"ru": ru, "en": en}), colour)


NAMED = "#ff5f5f"
NUMBER = "#d7af00"
CONTACT = "#ffaf00"
KINDS: MappingProxyType[str, Kind] = MappingProxyType(
    {
        PERSON: _kind("pseudonym", "имя", "name", NAMED),
        AMBIGUOUS: _kind("tag", "имя", "name", "#ff0087"),
        TERM: _kind("tag", "скрыто", "redacted", "#ff5fd7"),
        NAME: _kind("tag", "имя", "name", "#ff875f"),
        PHONE: _kind("tag", "телефон", "phone", CONTACT),
        EMAIL: _kind("tag", "почта", "email", CONTACT),
        HANDLE: _kind("tag", "аккаунт", "handle", CONTACT),
        UNIT: _kind("tag", "воинская часть", "unit", NUMBER),
        ID_NUMBER: _kind("tag", "номер документа", "ID number", NUMBER),
        CALL_SIGN: _kind("tag", "позывной", "call sign", NUMBER),
        DEVICE_ID: _kind("tag", "номер устройства", "device ID", NUMBER),
        PLATE: _kind("tag", "номер машины", "plate", NUMBER),
        COORDINATES: _kind("tag", "координаты", "coordinates", NUMBER),
        ADDRESS: _kind("tag", "адрес", "address", "#ff8700"),
        CARD: _kind("tag", "номер карты", "card", CONTACT),
        SECRET: _kind("tag", "кодовое слово", "code word", CONTACT),
        PLACE: _kind("keep", "место", "place", "#5fd7af"),
        DATE: _kind("keep", "дата", "date", "#87d787"),
        BIRTH_DATE: _kind("tag", "дата рождения", "date of birth", NUMBER),
        ORGANISATION: _kind("keep", "организация", "organisation", "#87afd7"),
        PUBLIC_PERSON: _kind("keep", "имя", "name", "#5fafff"),
        PSEUDONYM: _kind("keep", "скрыто", "redacted", ""),  # already redacted: not marked
        TAG: _kind("keep", "скрыто", "redacted", ""),
    }
)


# The tag of a family named by its surname ("Кудрявцевы", "the Sokolovs"), never one
# person's pseudonym
FAMILY_TAG = {"ru": "[фамилия]", "en": "[family name]"}


def default_actions() -> dict[str, Action]:
    return {name: kind.action for name, kind in KINDS.items()}


def tag_words() -> dict[str, tuple[str, str]]:
    """kind -> (Russian, English) tag word."""
    return {name: (kind.tags["ru"], kind.tags["en"]) for name, kind in KINDS.items()}


def colours() -> dict[str, str]:
    """kind -> colour, for the kinds the interface marks."""
    return {name: kind.colour for name, kind in KINDS.items() if kind.colour}
