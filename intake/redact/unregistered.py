"""Names nobody registered, in any script: the Latin rules (:mod:`intake.redact.names`),
the Russian NER model when asked (:mod:`intake.redact.ner`), then the Cyrillic rules
(:mod:`intake.redact.names_ru`, which build on the Latin module's word lists). A name
found once is found wherever else the text writes it capitalised, in either script and
in a case ending (:func:`echoes`: "Дома его зовут Берл" ... "Berl has a medical
exemption"), where no rule would see it again (opening a sentence, in English).

A name found loses a first word that opens its sentence where the text writes that word
elsewhere in lower case before the name's next word, still capitalised, and the
dictionary knows it as no name (:func:`_without_title`): "Гелюнг Тензин всё прочитает"
beside "гелюнг Тензин" is a monk's title and his name (sloppy chat that writes names in
lower case writes both words so). The title is no part of a name to redact, nor, for a
public figure registered by his name alone, a name nobody registered around his.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from intake.redact import diminutives, forms_ru, guards, names, names_ru
from intake.redact.contact_cards import find_card_names
from intake.redact.diminutives_en import dictionary_word
from intake.redact.findings import NAME
from intake.redact.ner import find_names_ner
from intake.redact.nicknames import find_nicknames
from intake.redact.translit import latin_key

Hit = tuple[str, str, int, int, float]  # (recognizer, kind, start, end, score)
_CAPITALISED = re.compile(r"[A-ZА-ЯЁ](?<![^\W\d_][A-ZА-ЯЁ])[^\W\d_]{2,}")
_MIN_STEM = 4  # letters a name needs before a case ending is read after it ("Берла")
_SURE = 0.75  # a name found by the NER, or of two words, is echoed; one lone word is not
_FIRST_WORD = re.compile(r"([А-ЯЁ][а-яё]+)[^\S\n]+([А-ЯЁ][а-яё]+)")
_NAME_READINGS = frozenset({"Name", "Surn", "Patr"})
_SENTENCE_REACH = 300


def find_all(text: str, ner: bool, covered: list[tuple[int, int]] | None = None) -> list[Hit]:
    """:func:`find_names` and their :func:`echoes`."""
    found = [
        trimmed
        for hit in find_names(text, ner, covered)
        if (trimmed := _without_firm(text, _without_title(text, hit))) is not None
    ]
    nicknames = list(find_nicknames(text))
    found += nicknames + list(_said_again(text, nicknames))
    return found + list(echoes(text, found))


def _without_title(text: str, hit: Hit) -> Hit:
    """``hit`` without a first word that opens its sentence, is no name the dictionary
    knows and is written in lower case elsewhere in ``text`` before the name's next word
    (see the module's docstring)."""
    recognizer, kind, start, end, score = hit
    first = _FIRST_WORD.match(text, start, end) if kind == NAME else None
    if first is None or any(c.isalnum() for c in _sentence_before(text, start)):
        return hit
    lower = first.group(1).lower()
    if any(_NAME_READINGS & set(p.tag.grammemes) for p in forms_ru.dictionary_parses(lower)):
        return hit
    # the two words in any case ending, by their first four letters ("гелюнгу Тензину")
    if re.search(rf"(?<![\w-]){lower[:4]}[а-яё]*[^\S\n]+{first.group(2)[:4]}", text) is None:
        return hit
    return recognizer, kind, first.start(2), end, score


_FIRM = re.compile(r"[ \t]+[А-ЯЁ][а-яё]+-[А-ЯЁ][а-яё]+\Z")


def _without_firm(text: str, hit: Hit) -> Hit | None:
    """``hit`` without a last word that joins a place to a common word, as a business's name
    does ("Оксана Днестр-Экспресс", a contact saved with the firm's name: the NER reads
    the two as one person's name; see :func:`~intake.redact.names_ru.place_compound`);
    None if nothing is left."""
    recognizer, kind, start, end, score = hit
    last = _FIRM.search(text, start, end) if kind == NAME else None
    if last is None or not names_ru.place_compound(last.group().strip()):
        return hit
    return (recognizer, kind, start, last.start(), score) if last.start() > start else None


def _sentence_before(text: str, start: int) -> str:
    """The text between the start of the sentence holding ``start`` and ``start`` (within
    a line's reach: a mark that no line holds is not looked for through the whole text)."""
    floor = max(0, start - _SENTENCE_REACH)
    opened = max(text.rfind(c, floor, start) for c in ".!?…\n")
    return text[max(opened + 1, floor) : start]


def _said_again(text: str, nicknames: Sequence[Hit]) -> Iterator[Hit]:
    """Every other capitalised mention of a word the text says someone is called by, in
    a case ending too, though a dictionary word ("Мага (так его дома) ..." ... "Мага
    просил денег"): the text itself has said it is a name."""
    if not nicknames:
        return
    said = {text[start:end].lower() for _r, _k, start, end, _s in nicknames}
    # its vowel dropped as it declines: "Бубен" is "Бубну", "Орёл" "Орлу"
    said |= {w[:-2] + w[-1] for w in said if len(w) >= 4 and w[-2] in "еоё" and w[-1] in _HARD}
    spans = sorted((start, end) for _r, _k, start, end, _s in nicknames)
    for word in _CAPITALISED.finditer(text):
        lower = word.group().lower()
        if (lower in said or any(stem in said for stem in _stems(lower))) and not _inside(
            word.start(), word.end(), spans
        ):
            yield "nickname", NAME, word.start(), word.end(), 0.7


def echoes(text: str, found: Sequence[Hit]) -> Iterator[Hit]:
    """Capitalised words outside ``found`` that spell a word of a name found there with
    some confidence (by the NER, or two name words together), in the other script too
    (compared on :func:`~intake.redact.translit.latin_key`), or, in Cyrillic, add a case
    ending to one of four letters or more ("Берла" after "Берл"), or is a possessive
    adjective of one in -а/-я ("Федин номер" after "Федя"); not a word the dictionary
    reads first as a common word."""
    keys: set[str] = set()
    possessives: set[str] = set()  # of any name found, a lone first name too ("Федя")
    scores: dict[str, float] = {}  # each name's best score
    for _r, kind, start, end, score in found:
        if kind == NAME:
            scores[text[start:end]] = max(score, scores.get(text[start:end], 0.0))
    for name, score in scores.items():
        for word in _CAPITALISED.finditer(name):
            possessives.update(diminutives.possessives(word.group().lower()))
            if score >= _SURE:
                keys |= _keys(word.group())
    if not keys and not possessives:
        return
    spans = sorted((start, end) for _r, _k, start, end, _s in found)
    longest = max((len(k) for k in keys), default=0) + 6
    heads = {k[: _MIN_STEM - 1] for k in keys}  # every spelling, stem and key shares them
    verdicts: dict[str, bool] = {}  # a word's verdict, worked out once per text
    for word in _CAPITALISED.finditer(text):
        written = word.group()
        if written not in verdicts:
            verdicts[written] = _echo(written, keys, possessives, heads, longest)
        if verdicts[written] and not _inside(word.start(), word.end(), spans):
            yield "name-echo", NAME, word.start(), word.end(), 0.7


def _echo(
    written: str, keys: set[str], possessives: set[str], heads: set[str], longest: int
) -> bool:
    """True if a capitalised word echoes a name found (the cheap tests first)."""
    if written.lower() in possessives:
        return not _common_word(written, possessive=True)
    if not keys or len(written) > longest or latin_key(written)[: _MIN_STEM - 1] not in heads:
        return False
    return _spells(written, keys) and not _common_word(written)


# Russian case endings a name takes when it declines as a noun ("Берла", "Берлу", "Берлом")
_ENDINGS = ("а", "у", "ом", "ем", "е", "ы", "и", "ой", "ей", "ою", "ею", "ю", "я")


def _common_word(word: str, *, possessive: bool = False) -> bool:
    """True if the dictionary reads ``word`` first as a common word: a Cyrillic word whose
    first reading is no name (nor, for a ``possessive``, a possessive adjective: "Федин"),
    a Latin word of the English dictionary ("Адвокат", "Интернет" beside a name found in
    them once are words; "Машин" beside "Маша" is a word)."""
    lower = word.lower()
    if lower.isascii():
        return dictionary_word(lower)
    if possessive:  # a guess from the ending is no reading: "Гошин" is no "шина"
        known = forms_ru.dictionary_parses(lower)
        return bool(known) and not (guards.proper(known[0]) or "Poss" in known[0].tag)
    parses = forms_ru.parses(lower)
    return bool(parses) and not guards.proper(parses[0])


@lru_cache(maxsize=16384)
def _keys(word: str) -> frozenset[str]:
    """The word's key, and in Cyrillic its stem's too, without a case ending: "Гогитой"
    is met by "Gogita" and "Гогиту" on "гогит"."""
    return frozenset({latin_key(word), *(latin_key(stem) for stem in _stems(word))})


_HARD = frozenset("бвгджзклмнпрстфхцчшщ")


def _stems(word: str) -> Iterator[str]:
    lower = word.lower()
    if "а" <= lower[-1:] <= "я":
        for ending in _ENDINGS:
            if lower.endswith(ending) and len(lower) - len(ending) >= _MIN_STEM:
                yield lower[: -len(ending)]


def _spells(word: str, keys: set[str]) -> bool:
    """True if ``word`` (or, in Cyrillic, its stem; in Latin letters, the word without a
    final vowel: "Gogita") has one of ``keys``."""
    if latin_key(word) in keys or any(latin_key(stem) in keys for stem in _stems(word)):
        return True
    lower = word.lower()
    return (
        lower.isascii()
        and lower[-1] in "aeiouy"
        and len(lower) > _MIN_STEM
        and (latin_key(lower[:-1]) in keys)
    )


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True if ``start``-``end`` overlaps one of ``spans`` (sorted by start; names are
    short, so only the few that start before ``end`` and end last can)."""
    index = bisect.bisect_left(spans, (end, end))
    return any(e > start for _s, e in spans[max(0, index - 4) : index])


def find_names(text: str, ner: bool, covered: list[tuple[int, int]] | None = None) -> Iterator[Hit]:
    """(recognizer, kind, start, end, score) of unregistered names in any script. NER, when
    on, reads only sentences with a capitalised word outside ``covered`` (sorted disjoint
    spans already found; None: read everything)."""
    for kind, start, end, score in names.find_latin_names(text):
        yield "latin-names", kind, start, end, score
    if ner:
        for kind, start, end, score in find_names_ner(text, covered):
            yield "natasha", kind, start, end, score
    for kind, start, end, score in names_ru.find(text, ner, names.single_cyrillic):
        yield "ru-names", kind, start, end, score
    yield from find_card_names(text)
