"""Operators: what replaces a finding. Pseudonym, category tag, generalisation, keep.

A pseudonym takes the case and gender of the mention ("Жена Евгения" -> "Жена
Ивана") and its script (in Latin text "Dmitry's" -> "Ivan's": the possessive is
outside the span and stays). Tags are in the text's language ("[телефон]",
"[phone]").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from intake.redact import forms_ru
from intake.redact.findings import (
    COORDINATES,
    DATE,
    NAME,
    PERSON,
    PLURAL,
    POSSESSIVE,
    RELATIVE,
    Finding,
)
from intake.redact.kinds import FAMILY_TAG, tag_words
from intake.redact.language import language
from intake.redact.names_split import to_cyrillic
from intake.redact.polish_ru import polish_cyrillic
from intake.redact.possessive import construction
from intake.redact.translit import cyrillic_candidates, primary_latin

TAGS: dict[str, tuple[str, str]] = tag_words()  # the table of kinds: intake.redact.kinds
# Common term labels in both languages, so a registry written in English tags Russian text
# in Russian ("[населённый пункт]", not "[village]"); other labels are used as written.
LABELS: tuple[tuple[str, str], ...] = (
    ("населённый пункт", "village"),
    ("город", "town"),
    ("город", "city"),
    ("место работы", "workplace"),
    ("место работы", "employer"),
    ("школа", "school"),
    ("улица", "street"),
    ("регион", "region"),
    ("больница", "hospital"),
    ("воинская часть", "unit"),
    ("организация", "organisation"),
    ("место", "place"),
)
_LABEL_IN = {"ru": {en: ru for ru, en in LABELS}, "en": dict(LABELS)}


ALL_TAG_WORDS = frozenset(word for pair in (*TAGS.values(), *LABELS) for word in pair) | {
    tag[1:-1] for tag in FAMILY_TAG.values()
}
_YEAR = re.compile(r"(?:19|20)\d{2}")
_NUMBER = re.compile(r"[-+]?\d{1,3}[.,]\d+")


def tag(kind: str, lang: str, label: str | None = None) -> str:
    chosen = language(lang)
    if label:
        return f"[{_LABEL_IN[chosen.code].get(label.lower(), label)}]"
    return f"[{chosen.tag_word(kind)}]"


def generalise(kind: str, original: str, lang: str, role: str | None = None) -> str:
    """A coarser value: a year for a date, ~10 km for coordinates, a role for a person."""
    if kind == DATE and (year := _YEAR.search(original)):
        return year.group()
    if kind == COORDINATES:
        numbers = [n.replace(",", ".") for n in _NUMBER.findall(original)]
        if len(numbers) == 2:
            return "≈" + ", ".join(f"{float(n):.1f}" for n in numbers)
    if kind in (PERSON, NAME) and role:
        return f"[{role}]"
    return tag(kind, lang)


def _has_latin(text: str) -> bool:
    return any("a" <= c.lower() <= "z" for c in text)


def cyrillic_of(pseudonym: str) -> str:
    """The pseudonym as the engine writes it in place of a Cyrillic mention: a Latin word
    in Cyrillic letters ("Halyna" -> "Халына")."""
    words = []
    for word in pseudonym.split():
        if forms_ru.is_cyrillic(word) or word.endswith("."):
            words.append(word)
            continue
        known, _ = to_cyrillic(word)
        if known is None and _POLISH_LETTERS & set(word.lower()):
            known = polish_cyrillic(word)  # "Michał": "Михал", not "Мичаł"
        plain = "".join(c for c in unicodedata.normalize("NFD", word) if c.isascii())
        words.append((known or cyrillic_candidates(plain or word)[0]).capitalize())
    return " ".join(words)


_POLISH_LETTERS = frozenset("łśćńźżąęó")


_PREPOSITION_CASE = {
    "к": "datv",
    "ко": "datv",
    "по": "datv",
    "о": "loct",
    "об": "loct",
    "обо": "loct",
    "при": "loct",
    "у": "gent",
    "от": "gent",
    "до": "gent",
    "из": "gent",
    "без": "gent",
    "для": "gent",
    "около": "gent",
    "возле": "gent",
    "после": "gent",
    "против": "gent",
    "про": "accs",
    "через": "accs",
    "с": "ablt",
    "со": "ablt",
    "за": "ablt",
    "над": "ablt",
    "под": "ablt",
    "перед": "ablt",
}


# Cases a form declined by rule may share with the case it was found in: "Ардзинбе" is
# dative and prepositional, "Зозули" genitive, dative and prepositional, "Хертека"
# genitive and accusative; a form that does not decline ("Анна Хертек") is any case.
_SAME_FORM = {
    "nomn": frozenset({"gent", "datv", "accs", "ablt", "loct"}),
    "datv": frozenset({"loct"}),
    "loct": frozenset({"datv"}),
    "gent": frozenset({"accs", "datv", "loct"}),
    "accs": frozenset({"gent"}),
}


def case_of(original: str, gender: str | None, guess: str | None, before: str) -> str | None:
    """The grammatical case of a mention: the dictionary's readings of its first word for
    this gender, narrowed by a preposition before it, else the matcher's guess."""
    word = original.split(maxsplit=1)[0].lower() if original.split() else original.lower()
    cases = _readings(word, gender)
    preposition = _PREPOSITION_CASE.get(before.lower())
    if not cases:  # a form declined by rule ("Ардзинбе"): the preposition settles its case
        return _case_by_rule(word, guess, before.lower(), preposition)
    if preposition in cases or preposition in _SAME_FORM.get(str(guess), ()):
        return preposition  # "к Айгули": the dictionary reads it genitive, the rules dative
    if "gent" in cases and "datv" in cases and "nomn" not in cases:  # "Шайхутдиновой"
        return _gent_or_datv(before.lower()) or (guess if guess in cases else cases[0])
    return guess if guess in cases else cases[0]


def _case_by_rule(word: str, guess: str | None, before: str, preposition: str | None) -> str | None:
    """The case of a form the dictionary does not read: its preposition's when the form
    can be in it, else the matcher's guess."""
    if before in ("с", "со") and word.endswith(("ой", "ей")) and guess != "nomn":
        return "ablt"  # "с Водкиной", "с Петровой-Водкиной": with her
    if preposition is not None and (guess is None or preposition in _SAME_FORM.get(guess, ())):
        return preposition
    if guess in ("datv", "loct") and not preposition:  # "на Ардзинбе", "Ардзинбе"
        return "loct" if before in ("в", "во", "на") else "datv"
    return guess if guess is not None else _gent_or_datv(before)


@lru_cache(maxsize=4096)
def _gent_or_datv(before: str) -> str | None:
    """After a noun a bare surname is most often genitive ("мать Ивановой"); after a verb
    or at the start of a clause, dative ("позвонили Ивановой", "Ивановой сорок лет")."""
    if not before:
        return "datv"
    if not forms_ru.is_cyrillic(before):
        return None
    pos = forms_ru.parses(before)[0].tag.POS
    if pos == "NOUN":
        return "gent"
    return "datv" if pos in ("VERB", "INFN", "GRND", "PRTS") else None


@lru_cache(maxsize=16384)
def _readings(word: str, gender: str | None) -> tuple[str, ...]:
    """The cases the dictionary reads ``word`` in as a singular name part of ``gender``
    (its own entries only: for a word it does not know, the matched form's case, which
    the expansion declined by rule, is a better guess than the analyser's prediction)."""
    return tuple(
        p.tag.case
        for p in forms_ru.parses(word)
        if forms_ru.in_dictionary(p)
        and forms_ru.NAME_TAGS & set(p.tag.grammemes)
        and "sing" in p.tag
        and "voct" not in p.tag
        and (gender is None or forms_ru.GENDER_TAG[gender] in p.tag or "ms-f" in p.tag)
    )  # "Женя", "Саша": either gender


def render_pseudonym(
    pseudonym: str,
    finding: Finding,
    original: str,
    gender: str | None,
    before: str = "",
    *,
    initial: bool = False,
) -> str:
    """``pseudonym`` in the script, case and capitalisation of the mention it replaces;
    ``before`` is the word before the mention (a preposition decides ambiguous cases);
    ``initial``: the mention opens a sentence (a possessive's noun then takes the capital).

    A possessive adjective ("Серёжкин рюкзак", case ``POSSESSIVE``) becomes the noun
    phrase and the pseudonym in the genitive ("рюкзак Ивана"), never a bare nominative.
    """
    matched = (finding.script, finding.case)
    return _render(pseudonym, matched, original, gender, before, initial=initial)


@lru_cache(maxsize=65536)
def _render(
    pseudonym: str,
    matched: tuple[str, str | None],
    original: str,
    gender: str | None,
    before: str,
    *,
    initial: bool = False,
) -> str:
    script, guess = matched
    if str(guess) == POSSESSIVE:  # "Митины письма": not the plural surname "Митины"
        genitive = inflect_pseudonym(cyrillic_of(pseudonym), "gent", gender)
        return construction(original.strip(), genitive, initial)
    if (guess is not None and str(guess) in (PLURAL, RELATIVE)) or _plural_surname(original):
        # a family, not the person: one first name cannot stand for several people
        return FAMILY_TAG["en" if script == "lat" else "ru"]
    if script == "lat" or (_has_latin(original) and not forms_ru.is_cyrillic(original)):
        out = pseudonym if not forms_ru.is_cyrillic(pseudonym) else primary_latin(pseudonym)
    else:
        case = case_of(original, gender, guess, before)
        out = inflect_pseudonym(cyrillic_of(pseudonym), case, gender)
    return forms_ru.match_case(original.strip(), out)


def inflect_pseudonym(pseudonym: str, case: str | None, gender: str | None) -> str:
    """A Russian pseudonym in ``case``: its first name, and a surname after it ("с Иваном
    Петровым", "у Ольги Сидоренко")."""
    first, *rest = pseudonym.split(" ")
    words = [forms_ru.inflect(first, case, gender)]
    words += [forms_ru.inflect_surname(word, case, gender) for word in rest]
    return " ".join(words)


def _plural_surname(original: str) -> bool:
    """True if the mention reads only as a plural surname ("Кудрявцевы", "Соколовых")."""
    word = original.split(maxsplit=1)[0].lower() if original.split() else original.lower()
    if not forms_ru.is_cyrillic(word) or _readings(word, None):
        return False
    return any(
        forms_ru.in_dictionary(p) and "Surn" in p.tag and "plur" in p.tag
        for p in forms_ru.parses(word)
    )


_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def agree_preposition(preposition: str, word: str) -> str:
    """``preposition`` ("о"/"об", "с"/"со") in the form the following ``word`` needs:
    "об Олеге", "о Евгении", "со Степаном", "с Сергеем"; in capitals before a word in
    capitals ("СО СТЕПАНОМ", not "Со СТЕПАНОМ"). Other words come back unchanged."""
    lower, first, second = preposition.lower(), word[:1].lower(), word[1:2].lower()
    if lower in ("о", "об"):
        wanted = "об" if first in "аиоуыэ" else "о"
    elif lower in ("с", "со"):
        clustered = word.lower().startswith(("вс", "вз", "льв"))  # "со Всеволодом", "со Львом"
        wanted = "со" if (first in "сзжш" and second in _CONSONANTS) or clustered else "с"
    else:
        return preposition
    if wanted == lower:
        return preposition
    if preposition.isupper() and word.isupper():  # a line in capitals: "СО СТЕПАНОМ"
        return wanted.upper()
    return forms_ru.match_case(preposition, wanted)
