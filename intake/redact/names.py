"""Person names nobody registered.

* Russian: natasha's NER (:mod:`intake.redact.ner`), behind a switch.
* Without NER, and for Latin-script text always: the name lexicon
  (:mod:`intake.redact.lexicon`) with capitalisation and context rules. A
  capitalised word that is a known first name or surname, or has a surname's
  ending, is a name when it is not the first word of a sentence, when it sits
  next to another name word, or after a cue ("Mr", "brother", "сын"...).
  Adjacent name words and initials form one span.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib.resources import files

from intake.redact import forms_ru
from intake.redact.diminutives_en import dictionary_word
from intake.redact.findings import NAME
from intake.redact.forms_ru import is_patronymic_form
from intake.redact.lexicon import lexicon
from intake.redact.translit import latin_key

Hit = tuple[str, int, int, float]

_LAT_WORD = re.compile(r"[A-Z](?<![\w'’][A-Z])[a-z]+(?:['’-][A-Za-z][a-z]+)?(?![\w])")
_CYR_WORD = re.compile(r"[А-ЯЁ](?<![\w-][А-ЯЁ])[а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?![\w])")
_SURNAME_END_LAT = re.compile(
    r"(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|sky|skiy|skii|skaya|tsky|tskiy|tskaya|enko|chuk"
    r"|yuk|shvili|dze|yan|ian|uk)$"
)
_SURNAME_END_CYR = re.compile(
    r"(?:ов|ова|ев|ева|ёв|ин|ина|ын|ский|ская|цкий|цкая|енко|чук|швили|дзе|ян)$"
)
# Between two words of one name: spaces and initials, never a blank line (a paragraph break).
_BETWEEN = re.compile(
    r"^(?!.*\n\s*\n)(?:\s|\s?[A-ZА-ЯЁ]\.\s?){1,3}\Z|^[^\S\n]*\n?[^\S\n]*\Z", re.DOTALL
)
_SENTENCE_END = '.!?…\n"«»“”(:;'
_CALENDAR = frozenset(
    (
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december"),
    )
)


@lru_cache(maxsize=1)
def _context() -> tuple[frozenset[str], frozenset[str]]:
    """(cue words, stop words) from intake/data/name_context.json."""
    doc = json.loads(files("intake").joinpath("data/name_context.json").read_text("utf-8"))
    cues = frozenset(doc["cues"])
    return cues, frozenset(doc["stop"]) | cues


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in _SENTENCE_END


def _cue_before(text: str, start: int) -> bool:
    words = re.findall(r"[\w]+", text[max(0, start - 20) : start].lower())
    return bool(words) and words[-1] in _context()[0]


def _is_latin_name(word: str) -> tuple[bool, bool]:
    """(known first name or surname, has a surname's shape)."""
    lex = lexicon()
    key = latin_key(word)
    known = key in lex.first_lat or key in lex.surnames_lat or word.lower() in lex.english_first
    shaped = len(word) >= 5 and bool(_SURNAME_END_LAT.search(word.lower()))
    return known, shaped


_ENDINGS = (
    "",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "ы",
    "и",
    "ой",
    "ей",
    "ом",
    "ем",
    "ым",
    "им",
    "ых",
    "ьи",
    "ью",
    "ого",
    "его",
    "ому",
    "ему",
    "ую",
    "ая",
    "ию",
    "ии",
    "ия",
    "ием",
    "ие",
)
_RESTORE = ("", "а", "я", "й", "ь", "ия", "ий")


def _is_cyrillic_name(word: str) -> tuple[bool, bool]:
    lex = lexicon()
    lower = word.lower().replace("ё", "е")
    for ending in _ENDINGS:
        if ending and not lower.endswith(ending):
            continue
        stem = lower[: len(lower) - len(ending)] if ending else lower
        for restore in _RESTORE:
            lemma = stem + restore
            if (len(lemma) > 2 and lemma in lex.first_cyr) or lemma in lex.surnames_cyr:
                return True, True
    if len(lower) >= 6 and is_patronymic_form(lower):  # "Сергеевна" identifies as well
        return True, True
    return False, bool(_SURNAME_END_CYR.search(lower)) and len(lower) >= 5


def _tokens(text: str, cyrillic: bool) -> Iterator[tuple[int, int, bool, bool]]:
    pattern = _CYR_WORD if cyrillic else _LAT_WORD
    for match in pattern.finditer(text):
        verdict = _classify(match.group(), cyrillic)
        if verdict is not None:
            yield match.start(), match.end(), verdict[0], verdict[1]


@lru_cache(maxsize=65536)
def _classify(word: str, cyrillic: bool) -> tuple[bool, bool] | None:
    """(known, shaped) for a capitalised word that may be a name, else None (cached:
    words repeat)."""
    if word.lower() in _context()[1] or len(word) < 3:
        return None
    known, shaped = (_is_cyrillic_name if cyrillic else _is_latin_name)(word)
    return (known, shaped) if known or shaped else None


@lru_cache(maxsize=8192)
def _common_noun(word: str) -> bool:
    """True if the dictionary also reads ``word`` as a common noun (надежда, вера, роза):
    capitalised at a sentence start, it is not a name by itself."""
    if not forms_ru.is_cyrillic(word) or not forms_ru.morph().word_is_known(word.lower()):
        return False  # a guessed parse is no evidence
    return any(
        "NOUN" in p.tag and not (forms_ru.NAME_TAGS & p.tag.grammemes) and "Geox" not in p.tag
        for p in forms_ru.parses(word.lower())
    )


# English first names that are also common words; written in lower case they name no one.
_ENGLISH_COMMON = frozenset(
    [
        "hope",
        "faith",
        "grace",
        "joy",
        "rose",
        "lily",
        "daisy",
        "ivy",
        "holly",
        "iris",
        "pearl",
        "ruby",
        "amber",
        "dawn",
        "summer",
        "autumn",
        "april",
        "may",
        "june",
        "august",
        "will",
        "mark",
        "bill",
        "pat",
        "art",
        "rich",
        "frank",
        "guy",
        "sunny",
    ]
)


def common_use(text: str, start: int, end: int) -> bool:
    """True if text[start:end] is one lower-case word the dictionary knows as a common
    noun ("надежда и вера", "we lost hope"): a name-word written as a common word names
    no one."""
    word = text[start:end]
    if not (word.isalpha() and word.islower()):
        return False
    return word in _ENGLISH_COMMON if word.isascii() else _common_noun(word)


def name_like(word: str) -> bool:
    """True if a capitalised word is a known first name or surname, or has a surname's
    shape, in its script."""
    return _classify(word, forms_ru.is_cyrillic(word)) is not None


def surname_shaped(word: str) -> bool:
    """True if a capitalised word of five letters or more ends as surnames do in its script
    ("Арутюнян", "Petrov"; not "Мира")."""
    lower = word.lower()
    ending = _SURNAME_END_CYR if forms_ru.is_cyrillic(word) else _SURNAME_END_LAT
    return len(lower) >= 5 and ending.search(lower) is not None


def first_name(word: str) -> bool:
    """True if a capitalised word is a known first name as it stands, in its script."""
    lex = lexicon()
    if forms_ru.is_cyrillic(word):
        return word.lower().replace("ё", "е") in lex.first_cyr
    return latin_key(word) in lex.first_lat or word.lower() in lex.english_first


def no_word(word: str) -> bool:
    """True if a capitalised word is no dictionary's word in its script: it may be a name."""
    if forms_ru.is_cyrillic(word):
        return not forms_ru.morph().word_is_known(word.lower())
    return _unknown(word)


def stop_word(word: str) -> bool:
    return word.lower() in _context()[1]


def cue_before(text: str, start: int) -> bool:
    return _cue_before(text, start)


def is_cyrillic_name(word: str) -> tuple[bool, bool]:
    """(known first name or surname in some case, has a surname's shape)."""
    return _is_cyrillic_name(word)


def single_cyrillic(text: str, begin: int, start: int, end: int) -> bool:
    """A lone Cyrillic name word is a name: a known one unless it opens a sentence as a
    common noun, a surname-shaped one unless it opens a sentence (its initials, from
    ``begin``, are not a sentence end)."""
    known, shaped = _is_cyrillic_name(text[start:end])
    opening = _sentence_start(text, begin)
    if known:
        return not (opening and _common_noun(text[start:end]))
    return shaped and not opening


def find_latin_names(text: str) -> Iterator[Hit]:
    """Latin-script name spans found by the lexicon and context rules (Cyrillic ones:
    :mod:`intake.redact.names_ru`, which builds on this module), each with an unknown
    surname after a known first name, or an unknown first name before a surname
    (:func:`_widened`: "Natan Gurfinkel", "Gogita Kvirikashvili")."""
    for kind, start, end, score in _latin_runs(text):
        wide = _widened(text, start, end)
        yield kind, *wide, score if wide == (start, end) else max(score, 0.8)  # two words


def _latin_runs(text: str) -> Iterator[Hit]:
    cyrillic = False
    run: list[tuple[int, int, bool, bool]] = []
    for token in _tokens(text, cyrillic):
        if run and _BETWEEN.match(text[run[-1][1] : token[0]]):
            run.append(token)
            continue
        yield from _judge(text, run)
        run = [token]
    yield from _judge(text, run)


_NEXT_LATIN = re.compile(r" ([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?=['’]s\b|[^\w'’-]|$)")
_LAST_LATIN = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,}) $")


def _widened(text: str, start: int, end: int) -> tuple[int, int]:
    """A name span with the capitalised Latin word right after it when its last word is a
    known first name, and the one right before it when its first word is a surname
    (known or of a surname's shape), if that word is no English word nor a word of the
    context lists: a surname or a first name the lexicon does not hold."""
    lex = lexicon()
    words = text[start:end].split()
    after = _NEXT_LATIN.match(text, end)
    if after is not None and latin_key(words[-1]) in lex.first_lat and _unknown(after.group(1)):
        end = after.end(1)
    before = _LAST_LATIN.search(text, max(0, start - 30), start)
    first = words[0]
    surname = latin_key(first) in lex.surnames_lat or _SURNAME_END_LAT.search(first.lower())
    if (
        before is not None
        and surname
        and _unknown(before.group(1))
        and (not _sentence_start(text, before.start(1)) or _is_latin_name(before.group(1))[0])
    ):
        start = before.start(1)
    return start, end


def _unknown(word: str) -> bool:
    """True if a capitalised Latin word is no English dictionary word, no word of the
    context lists and no name the lexicon classes otherwise: it may be a name."""
    lower = word.lower()
    return lower not in _context()[1] and not dictionary_word(lower) and lower not in _CALENDAR


def _judge(text: str, run: list[tuple[int, int, bool, bool]]) -> Iterator[Hit]:
    if not run:
        return
    start, end = run[0][0], run[-1][1]
    known = any(t[2] for t in run)
    if len(run) > 1 and (known or len(run) > 2):
        yield NAME, start, end, 0.8
    elif _cue_before(text, start) or (
        known and not (_sentence_start(text, start) and _common_noun(text[start:end]))
    ):
        yield NAME, start, end, 0.7
    elif run[0][3] and not _sentence_start(text, start):
        yield NAME, start, end, 0.5
