"""Counts and articles in words for messages: "1 finding", "4 findings", "an e-mail".

Never "finding(s)" or "a e-mail": every message that counts or names a kind of
thing forms its words here.
"""

from __future__ import annotations

IRREGULAR = {
    "testimony": "testimonies",
    "copy": "copies",
    "entry": "entries",
    "person": "people",
}
# Words spelled with a vowel that sound a consonant ("a unit"), and the reverse ("an hour").
_SOUNDS_CONSONANT = ("uni", "use", "usu", "eu", "one", "once")
_SOUNDS_VOWEL = ("hour", "honest", "honour", "heir")


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``count`` and the noun in the number it takes (``plural`` for irregular nouns)."""
    if count == 1:
        return f"1 {singular}"
    many = plural or IRREGULAR.get(singular) or f"{singular}s"
    return f"{count} {many}"


def verb(count: int, singular: str, plural: str) -> str:
    """The verb that agrees with ``count``: verb(1, "has", "have") is "has"."""
    return singular if count == 1 else plural


def article(noun: str) -> str:
    """``noun`` with "a" or "an" as it sounds: "an e-mail", "a unit", "an IMEI", "a phone"."""
    word = noun.strip()
    lower = word.lower()
    if lower.startswith(_SOUNDS_VOWEL):
        return f"an {word}"
    if lower.startswith(_SOUNDS_CONSONANT):
        return f"a {word}"
    if word[:1].isupper() and word.split()[0].isupper():  # an abbreviation, said letter by letter
        return f"an {word}" if word[0] in "AEFHILMNORSX" else f"a {word}"
    return f"an {word}" if lower[:1] in "aeio" or lower.startswith("u") else f"a {word}"
