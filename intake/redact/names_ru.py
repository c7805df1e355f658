"""Unregistered names in Cyrillic text by rules (the fallback when NER is off, and a
second reader when it is on).

Every capitalised word is a token of one class:

* ``N``: a name by the lexicon (a known first name, surname or patronymic in some
  case) or by a surname's ending, that the dictionary does not read only as a
  common word or a place;
* ``C``: a word the dictionary reads only as a common word, or first as a place
  ("Власти", "Германии", "Израиль", "Московский");
* ``U``: a word the dictionary does not know (foreign names: "Пелоси", "Йорш").

Adjacent tokens on one line (spaces or initials between) form runs, but initials after
a word end its run before a common word ("Зорин С. А. Потом ушёл"); a run is a name when it
has an ``N`` and another word (a ``C`` or ``U`` just after a known first name is
the surname: "Виктор Понедельник", "Нэнси Пелоси"), when a cue word ("сын",
"заявил") precedes it, or, for one ``N``, by the rules of :mod:`intake.redact.names`.
Without NER, two or more ``U`` words together are a name too, and so is one ``U``
word inside a sentence ("с Хертеком": a surname the dictionary does not know, in
any case; over-tagging a foreign place is the price). Every other
capitalised occurrence of a found name's words (in any case ending) is then a name
as well ("Бенер заявил" after "Джон Бенер"). Initials before or after a name join it
("А. И. Петрова", "Петрова А. И.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from intake.redact import forms_ru
from intake.redact.findings import NAME
from intake.redact.names import cue_before, is_cyrillic_name, stop_word

Hit = tuple[str, int, int, float]
Token = tuple[int, int, str]  # start, end, class
_WORD = re.compile(r"[А-ЯЁ](?<![\w-][А-ЯЁ])[а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?![\w])")
# Between two words of one run: spaces or initials, on one line ("Ринат" ending a line and
# "Следователь" opening the next are two fields, not a name and surname)
_BETWEEN = re.compile(r"^(?:[^\S\n]|[^\S\n]?[А-ЯЁ]\.[^\S\n]?){1,3}\Z")
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[А-ЯЁ]\.[^\S\n]?){1,2}$")
_INITIALS_AFTER = re.compile(r"[^\S\n]?(?:[^\S\n]?[А-ЯЁ]\.){1,2}(?![А-ЯЁа-яё])")
_QUOTE_BEFORE = re.compile(r"[«\"„“]$")
_SENTENCE_END = '.!?…\n"«»“”(:;—-'
_NEXT = re.compile(r"[^\S\n]+([а-яё]+)")
# Nouns (lemmas) after which a capitalised word names a thing, not a person.
_THING_NOUNS = frozenset(
    [
        "агентство",
        "компания",
        "газета",
        "журнал",
        "банк",
        "клуб",
        "команда",
        "фирма",
        "бренд",
        "остров",
        "город",
        "река",
        "озеро",
        "улица",
        "проспект",
        "площадь",
        "станция",
        "метро",
        "корабль",
        "автомобиль",
        "завод",
        "телеканал",
        "радио",
        "партия",
        "движение",
        "фонд",
    ]
)
_STEM_ENDINGS = (
    "ого",
    "ому",
    "ым",
    "ом",
    "ой",
    "ем",
    "ей",
    "ую",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "ы",
    "и",
)


@lru_cache(maxsize=65536)
def token_class(word: str) -> str:
    """ "N", "C" or "U" (module doc) for a capitalised word."""
    if stop_word(word) or place_compound(word):
        return "C"
    lower = word.lower()
    found = forms_ru.parses(lower)
    known_word = forms_ru.morph().word_is_known(lower)
    has_name = any(forms_ru.NAME_TAGS & p.tag.grammemes for p in found)
    if known_word and (not has_name or _place_score(found) + 0.01 >= _name_score(found)):
        return "C"
    known, shaped = is_cyrillic_name(word)
    if known or shaped or has_name:
        return "N"
    return "C" if known_word else "U"


@lru_cache(maxsize=65536)
def place_compound(word: str) -> bool:
    """True if ``word`` joins a place to a common word by a hyphen, as a business's name does
    ("Днестр-Экспресс", "Волга-Транс", "Байкал-Сервис"): no surname, even after a first
    name ("Оксана Днестр-Экспресс", a contact saved with the firm's name)."""
    parts = word.split("-")
    if len(parts) < 2 or any(token_class(part) != "C" for part in parts):
        return False
    return any("Geox" in p.tag.grammemes for part in parts for p in forms_ru.parses(part.lower()))


def _place_score(found: tuple[object, ...]) -> float:
    return sum(p.score for p in found if "Geox" in p.tag.grammemes)  # type: ignore[attr-defined]


def _name_score(found: tuple[object, ...]) -> float:
    return sum(p.score for p in found if forms_ru.NAME_TAGS & p.tag.grammemes)  # type: ignore[attr-defined]


@lru_cache(maxsize=65536)
def _adjective(word: str) -> bool:
    """True if the dictionary reads ``word`` first as an adjective ("Московскому")."""
    found = forms_ru.parses(word.lower())
    return bool(found) and "ADJF" in found[0].tag and found[0].score >= 0.2


@lru_cache(maxsize=65536)
def _noun_or_adjective(word: str) -> bool:
    found = forms_ru.parses(word)
    return bool(found) and ("NOUN" in found[0].tag or "ADJF" in found[0].tag)


def _modifies_next(text: str, end: int, word: str) -> bool:
    """True if ``word`` is an adjective followed by a lower-case noun or adjective
    ("Московскому времени", "Хмельницкой атомной")."""
    after = _NEXT.match(text, end)
    return after is not None and _adjective(word) and _noun_or_adjective(after.group(1))


@lru_cache(maxsize=65536)
def is_first_name(word: str) -> bool:
    return any("Name" in p.tag.grammemes for p in forms_ru.parses(word.lower()))


def tokens(text: str) -> Iterator[Token]:
    for match in _WORD.finditer(text):
        if len(match.group()) >= 2:
            yield match.start(), match.end(), token_class(match.group())


def runs(text: str, seen: list[Token]) -> Iterator[list[Token]]:
    """Runs of adjacent tokens; every token is also appended to ``seen``."""
    run: list[Token] = []
    for token in tokens(text):
        seen.append(token)
        between = text[run[-1][1] : token[0]] if run else ""
        if (
            run
            and (between == " " or _BETWEEN.match(between))
            and not _initials_close(between, token)
        ):
            run.append(token)
            continue
        if run:
            yield run
        run = [token]
    if run:
        yield run


def _initials_close(between: str, token: Token) -> bool:
    """True if initials between two words belong to the word before: the next one is a
    common word ("Зорин С. А. Потом ушёл")."""
    return "." in between and token[2] == "C"


def _groups(text: str, run: list[Token]) -> Iterator[list[Token]]:
    """The parts of a run that may be one name: split at ``C`` words, except a word just
    after a known first name (its surname)."""
    group: list[Token] = []
    for token in run:
        after_first = (
            bool(group)
            and is_first_name(text[group[-1][0] : group[-1][1]])
            and not place_compound(text[token[0] : token[1]])
        )
        if token[2] != "C" or after_first:
            group.append(token if token[2] != "C" else (token[0], token[1], "U"))
            continue
        if group:
            yield group
        group = []
    if group:
        yield group


def find(text: str, ner: bool, single: object) -> Iterator[Hit]:
    """Name spans; ``single(text, begin, start, end)`` judges a lone ``N`` word at
    text[start:end] (``begin``: where its initials start, else ``start``)."""
    found: list[Hit] = []
    seen: list[Token] = []
    for run in runs(text, seen):
        for group in _groups(text, run):
            hit = _judge(text, group, ner, single)
            if hit is not None:
                found.append(hit)
    yield from found
    yield from _echoes(text, found, seen)


def _judge(text: str, group: list[Token], ner: bool, single: object) -> Hit | None:
    start, end = group[0][0], group[-1][1]
    if _names_a_thing(text, group):
        return None
    initials = _INITIALS_BEFORE.search(text, max(0, start - 8), start)
    begin = initials.start() if initials else start
    classes = [t[2] for t in group]
    after = _INITIALS_AFTER.match(text, end)
    if (
        (len(group) > 1 and ("N" in classes or not ner))
        or after is not None  # "Подпись: Выдумкин С. А."
        or cue_before(text, start)
        or (classes == ["N"] and single(text, begin, start, end))  # type: ignore[operator]
        or (classes == ["U"] and not ner and not _opens_sentence(text, begin))
    ):
        return NAME, begin, after.end() if after else end, 0.8 if len(group) > 1 else 0.6
    return None


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in _SENTENCE_END


def _names_a_thing(text: str, group: list[Token]) -> bool:
    """True if a one-word group names a thing: quoted («Демидов», «Орион»: a business, a
    ship, a formation), after a noun such as "агентство" or "город", or an adjective
    before its noun ("Московскому времени")."""
    start, end = group[0][0], group[-1][1]
    if len(group) > 1:
        return _after_thing_noun(text, start)
    return (
        bool(_QUOTE_BEFORE.search(text, max(0, start - 1), start))
        or _after_thing_noun(text, start)
        or _modifies_next(text, end, text[start:end])
    )


def _after_thing_noun(text: str, start: int) -> bool:
    before = cyrillic_word_before(text, start)
    if before is None:
        return False
    found = forms_ru.parses(before)
    return bool(found) and found[0].normal_form.replace("ё", "е") in _THING_NOUNS


def cyrillic_word_before(text: str, start: int, reach: int = 30) -> str | None:
    r"""The lower-case Cyrillic word that spaces (not a line break) part from ``start``,
    within ``reach`` characters: what the regex ``([а-яё]+)[^\S\n]+$`` searched for
    between ``start - reach`` and ``start`` finds (its "$" also stands before a last
    line break), read backwards instead of tried at every position of the window."""
    floor = max(0, start - reach)
    end = start - 1 if start > floor and text[start - 1] == "\n" else start
    spaces = end
    while end > floor and text[end - 1] != "\n" and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > floor and ("а" <= text[begin - 1] <= "я" or text[begin - 1] == "ё"):
        begin -= 1
    return text[begin:end] if begin < end < spaces else None


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    lower = word.lower().replace("ё", "е")
    for ending in _STEM_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            return lower[: -len(ending)]
    return lower


def _echoes(text: str, found: list[Hit], seen: list[Token]) -> Iterator[Hit]:
    """Other capitalised occurrences (``seen``: every token) of the found names' words."""
    if not found:
        return
    spans = sorted((s, e) for _k, s, e, _sc in found)
    inside = _inside_each(spans, [start for start, _end, _kind in seen])
    stems = {
        _stem(text[start:end])
        for (start, end, kind), within in zip(seen, inside, strict=True)
        if within and kind != "C" and end - start >= 3
    }
    for (start, end, _kind), within in zip(seen, inside, strict=True):
        if not within and _stem(text[start:end]) in stems:
            yield NAME, start, end, 0.6


def _inside_each(spans: list[tuple[int, int]], positions: list[int]) -> list[bool]:
    """For each of ``positions`` (ascending), True if it is inside one of the last four of
    ``spans`` (sorted) that start at or before it."""
    out: list[bool] = []
    index, reach = -1, -1  # the last span starting at or before the position; the end of
    for position in positions:  # the furthest of it and the three before it
        if index + 1 < len(spans) and spans[index + 1][0] <= position:
            while index + 1 < len(spans) and spans[index + 1][0] <= position:
                index += 1
            reach = max(end for _start, end in spans[max(0, index - 3) : index + 1])
        out.append(position < reach)
    return out
