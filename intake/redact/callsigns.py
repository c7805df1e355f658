"""Call signs: the word or quoted words after "позывной", "позывным", "call sign"...

"Его позывной «Гром»", "с позывным "Туман"", "позывного „Сокол“", "позывной —
Бурый", "позыв. Сокол", "позывн. «Абаза»", "his call sign 'Thunder'", "callsign Wolf". A
quoted call sign is taken whole (several words, up to the closing quote), every quoted one
up to the end of the sentence ("позывные «Гром» и «Туман»"); an unquoted one is the first word that
is not a little word of the sentence ("позывной у него был Бурый": "Бурый"), with the
capitalised words right after it ("позывной Старый Лис"). Whose call sign it is may
stand between: after a colon or a dash the call sign is the first word that follows
("позывной её мужа: Тайга", "позывной у сына — шторм"), and a capitalised word is
taken before lower-case ones ("позывной моего брата Тайга"). After a plural cue every
item of the list is one ("Call signs: ГРАНИТ, ЖУК и ШАМАН"). A cue with nothing after it
in its clause points back to the nearest capitalised word before it in the sentence
("Зима, его так зовут, позывной такой"; "Ветла (позывной) сказал"), but not where the cue
is a verb's object ("Туяна, не пиши тут позывной": she is the one spoken to). The span
is the call sign itself, so the quotes stay around the tag. The same call sign put into
another language right after a quoted one ('"Ant" - Muravey.', '«Муравей» (Ant)') is one
too. A capitalised call sign, once announced, is one wherever else the text names it
capitalised, in capitals or in title case, in its other cases and in Latin letters if it
was announced in Cyrillic ("ГРАНИТ" ... "Granit: Приём"; "позывной «Малина»" ... "через
Малину").

An amateur radio call sign is a licence that names its holder: a prefix of one or two
letters (or a letter and a digit, a digit and a letter), a digit, and a suffix of one to
four letters, in capitals ("RV3AQF", "UA9ABC/P", "4X1AB", "OH2BZZ"). In a text that speaks
of amateur radio (a logbook's "QSO", "QTH", "RST" or "73 de", "ham", "amateur radio",
"радиолюбитель", "APRS") every code of that shape is one, in whatever case it is typed
again; elsewhere only right after "call", "de", "licence" or "позывной" ("own call
RV6AJ"), so that a model or a part number ("T72B", "H2O") stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from intake.redact import forms_ru
from intake.redact.columns import Column, in_columns
from intake.redact.cues import cue_matches, heads
from intake.redact.diminutives_en import dictionary_word
from intake.redact.findings import CALL_SIGN
from intake.redact.translit import latin_spellings

Hit = tuple[str, int, int, float]

CUE_RE = re.compile(
    r"(?<!\w)(?:позывн\.|позывн\w{0,4}|позыв\.|pozyvn\w{0,4}|call[\s-]?signs?|callsigns?"
    r"|nom\s+de\s+guerre)(?!\w)",
    re.I,
)
_CUE_HEADS = heads("позыв", "pozyv", "call", "nom de")  # "pozyvnoy": Russian typed in Latin
# an apostrophe glued to a letter is no opening quote: a soft sign typed in Latin letters
# ("call sign Remin' (Ukrainian for ...)"), a possessive
_QUOTED = re.compile(r"(?<![^\W\d_])[«\"„“”'‘’‹]\s*([^«»\"„“”'‘’‹›\n]{1,40}?)\s*[»\"“”'‘’›]")
_WORD = re.compile(r"[^\W_][\w-]*(?:'(?![^\W\d_]))?")  # "Remin'": a soft sign's apostrophe
# a line's end ends the sentence, unless the next line goes on with it, as a hard-wrapped
# paragraph does ("call sign was\n   \"Жук-5\"."): in a quote or a lower-case word
_SENTENCE_END = re.compile(r"[.!?;]|\n(?![ \t]*[«\"„“'a-zа-яё])")
_CELL_END = re.compile(r"[|\t]")  # a table's next cell: "| Позывной | Дата |" is a header
_WINDOW = 80
# Little words that may stand between the cue and the call sign.
_LITTLE = frozenset(
    (
        *("у", "его", "её", "ее", "него", "неё", "нее", "был", "была", "было", "были", "есть"),
        *("это", "как", "такой", "такая", "по", "же", "и", "а", "называли", "звали", "он"),
        *("она", "они", "мне", "нам", "ему", "ей", "им", "тоже", "ещё", "еще", "сейчас"),
        *("тогда", "там", "раньше", "is", "was", "are", "were", "his", "her", "their", "of"),
        *("the", "a", "an"),
        *("as", "name", "named", "called", "known"),
        # the same in Russian typed in Latin letters: "pozyvnoy u menya byl kuvalda"
        *("u", "nego", "menya", "byl", "byla", "eto", "kak", "takoi", "takoy", "tozhe"),
    )
)


def _tag(text: str) -> bool:
    """True if ``text`` opens with a tag, as written or escaped by Markdown ("\\[позывной\\]")."""
    return text.removeprefix("\\").startswith("[")


def _window(text: str, start: int) -> str:
    """The text after a cue word up to the end of its sentence or its table cell, or the
    next cue word (not the word of a tag: "позывной у Армана был «[позывной]»")."""
    window = text[start : start + _WINDOW]
    cues = (c for c in CUE_RE.finditer(window) if window[c.start() - 1 : c.start()] != "[")
    for end in (_SENTENCE_END.search(window), _CELL_END.search(window), next(cues, None)):
        if end is not None:
            window = window[: end.start()]
    return window


# A table's column headed "Позывной", "call_sign": its cells are call signs, whatever
# they say, but for a word that says there is none.
_COLUMN = Column(
    CALL_SIGN,
    heads("позыв", "call", "callsign", "pozyv", underscored=True),
    re.compile(
        r"(?<![^\W_])(?:позывн\w{0,4}|позыв\.|call[\s_-]?signs?|callsigns?|pozyvn\w{0,4})", re.I
    ),
    re.compile(
        r"(?<![^\W_])(?![^\[\n]*\])"  # not inside a tag: "[call sign]"
        r"(?!(?:нет|не\s+знаю|неизв\w*|не\s+указ\w*|none|unknown|n/a|no)(?![^\W_]))"
        r"[^\W\d_][\w-]*(?:[ \u00a0][^\W\d_][\w-]*){0,2}",
        re.I,
    ),
    0.85,
    data=re.compile(r"\d"),  # a header has no digits; a row has its number, its dates
)


def find_call_signs(text: str) -> Iterator[Hit]:
    """(kind, start, end, score) of each call sign announced by a cue word or standing in a
    table's column of call signs, and of every other mention of a capitalised one in the
    text ("Гром: Приём" in an intercept after "позывной Гром"); a category tag already in
    its place ("позывной [позывной]") is not one."""
    yield from amateur_call_signs(text)
    announced = [  # a call sign has a letter or a digit: not a CSV's '","' after the cue
        hit
        for hit in (*_announced(text), *in_columns(text, _COLUMN))
        if any(c.isalnum() for c in text[hit[1] : hit[2]])
    ]
    yield from announced
    names = {text[start:end] for _kind, start, end, _score in announced}
    spans = {(start, end) for _kind, start, end, _score in announced}
    spellings = sorted({s for n in names if n[:1].isupper() for s in _spellings(n)})
    if not spellings:
        return
    alternatives = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    for found in re.finditer(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", text, re.I):
        if found.span() not in spans and found.group()[:1].isupper():
            yield CALL_SIGN, found.start(), found.end(), 0.75


def _spellings(name: str) -> set[str]:
    """The call sign as written, and if it is one Cyrillic word its Latin spellings and,
    when it is a noun, its other cases ("Малина" ... "через Малину")."""
    if " " in name or not forms_ru.is_cyrillic(name):
        return {name}
    return {name, *latin_spellings(name.lower()), *_cases(name.lower())}


def _cases(word: str) -> set[str]:
    """The case forms of a noun in the number it is written in (none for another word)."""
    parses = [p for p in forms_ru.parses(word) if p.tag.POS == "NOUN"]
    if not parses:
        return set()
    number = parses[0].tag.number
    return {str(f.word) for f in parses[0].lexeme if f.tag.number == number}


# Gapping after a call sign's sentence: "позывной у меня «Барс». А у Азамата – Тихий, а у
# Руслана – Гром." The verb and the cue are left out; whose it is, a dash, the call sign.
_GAPPED = re.compile(
    r"(?:[Аа]|[Ии]|[Нн]у\s+а|[Аа]\s+вот)?\s*[Уу]\s+[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)?\s*[–—-]\s*"
    r"[«\"„“]?([А-ЯЁ][\w-]+(?:\s[А-ЯЁ][\w-]+)?)[»\"“”]?(?=\s*[,.;!?\n]|\s*$)"
)
_NEXT_CLAUSE = re.compile(r"\s*(?:[.;!?…]\s*|,\s*)")
_GAPPED_REACH = 120  # characters after a cue within which its sentence ends


def _gapped(text: str, cue_end: int) -> Iterator[Hit]:
    """Call signs in the clauses right after a cue's sentence that leave the cue out
    (:data:`_GAPPED`), one after another."""
    end = _SENTENCE_END.search(text, cue_end, cue_end + _GAPPED_REACH)
    if end is None:
        return
    position = end.start()
    while (gap := _NEXT_CLAUSE.match(text, position)) is not None:
        found = _GAPPED.match(text, gap.end())
        if found is None:
            return
        yield CALL_SIGN, found.start(1), found.end(1), 0.75
        position = found.end()


# "Морж — позывной Ильи", "Шквал — это его позывной": the word before a dash is the call
# sign the cue after it names, whatever follows the cue.
_DASHED_BEFORE = re.compile(r"(?<![^\W_])([A-ZА-ЯЁ][\w-]+)[ \t]*[—–][ \t]*(?:это[ \t]+)?$")


# The quoted call sign put into another language right after it, ending its clause: '"Ant" -
# Muravey.', '«Муравей» (Ant)'
_GLOSS = re.compile(
    r"[ \t]*(?:[-–—][ \t]*|\((?=[^)\n]{1,30}\))|\[(?=[^\]\n]{1,30}\]))"
    # a translator's or an editor's label before it: "[TN: Челны]", "(рус. Гром)"
    r"(?:(?:TN|NB|Transl\.?|lit\.|рус\.|in Russian|по-русски|in Cyrillic)[ \t]*:?[ \t]*)?"
    r"[«\"„“']?([A-ZА-ЯЁ][\w-]+)"
    r"(?=[»\"“”'’]?[)\]]|[»\"“”'’]?(?:[ \t]*[.,;\n]|$))"
)


# Capitals and digits together in the cue's sentence: a radio station's call sign, written
# so whatever words stand between ("позывной станции R6LZ0 — Анатолий", "Жук-5")
_CODED = re.compile(
    r"(?<![\w-])(?=[A-ZА-ЯЁ0-9-]*\d)(?=[0-9-]*[A-ZА-ЯЁ])[A-ZА-ЯЁ0-9]{2,6}(?:-[A-ZА-ЯЁ0-9]{1,4})?"
    r"(?![\w-])"
)
# A capitalised word right after the cue, then a bracket before any quote: the call sign,
# its gloss quoted inside the bracket
_BARE_BEFORE_GLOSS = re.compile(
    r"[ \t:—–-]*([A-ZА-ЯЁ][\w-]*(?:'(?![^\W\d_]))?)[ \t,]*\([^«\"„“'‘’\n)]*[«\"„“'‘’]"
)


def _announced(text: str) -> Iterator[Hit]:
    for cue in cue_matches(text, _CUE_HEADS, CUE_RE):
        if text[cue.start() - 1 : cue.start()] != "[":
            yield from _gapped(text, cue.end())
            dashed = _DASHED_BEFORE.search(text, max(0, cue.start() - 30), cue.start())
            if dashed is not None and dashed.group(1).lower() not in _LITTLE:
                yield CALL_SIGN, dashed.start(1), dashed.end(1), 0.8
        if text[cue.start() - 1 : cue.start()] == "[":
            continue  # the tag's own word
        if _NOTHING_AFTER.match(text, cue.end()):
            if _NAMING_BEFORE.search(text, max(0, cue.start() - 12), cue.start()) and (
                (back := _before(text, cue.start())) is not None
            ):
                yield CALL_SIGN, back[0], back[1], 0.8
            continue
        window = _window(text, cue.end())
        quoted = [m for m in _QUOTED.finditer(window) if not _tag(m.group(1))]
        if quoted and (bare := _BARE_BEFORE_GLOSS.match(window)) is not None:
            # the call sign written bare, its gloss quoted in brackets after it: "call sign
            # Remin' (Ukrainian for "strap")"
            yield CALL_SIGN, cue.end() + bare.start(1), cue.end() + bare.end(1), 0.85
        for match in quoted:
            yield CALL_SIGN, cue.end() + match.start(1), cue.end() + match.end(1), 0.9
            if (gloss := _GLOSS.match(window, match.end())) is not None:
                yield CALL_SIGN, cue.end() + gloss.start(1), cue.end() + gloss.end(1), 0.8
        if quoted or _QUOTED.search(window):
            continue
        english = _ENGLISH_CUE.match(cue.group()) is not None
        for coded in _CODED.finditer(window):  # "позывной станции R6LZ0 — Анатолий"
            yield CALL_SIGN, cue.end() + coded.start(), cue.end() + coded.end(), 0.8
        spans = (
            _listed(window, english)
            if _PLURAL.search(cue.group())
            else [_unquoted(window, english)]
        )
        for span in filter(None, spans):
            yield CALL_SIGN, cue.end() + span[0], cue.end() + span[1], 0.8


# What stands right before a cue that names the word before it: a comma, a bracket or a
# dash ("Зима, ..., позывной такой", "Ветла (позывной)"), or a word that makes the cue a
# predicate ("это позывной", "his call sign"); not a verb's object ("Туяна, не пиши тут
# позывной": the word before is the one spoken to).
_NAMING_BEFORE = re.compile(
    r"(?:[,(—–-]|(?<![^\W_])(?:это|его|её|ее|их|мой|моя|наш|такой|his|her|their|its|a|the))"
    r"[ \t]*$",
    re.I,
)
# A cue that ends its clause: "Зима, его так зовут, позывной такой, он сказал".
# or whose it is and since when, its line ending there: "молдаван, это позывной его теперь"
_NOTHING_AFTER = re.compile(
    r"(?:[ \t]+(?:такой|такая|такое|его|её|ее|их|теперь|сейчас|now))*[ \t]*(?:[,;)…\n]|\.(?!\w)|$)"
)
_PLURAL = re.compile(r"позывн(?:ые|ых|ыми)|signs", re.I)
_CAPITALISED = re.compile(r"[A-ZА-ЯЁ](?<![^\W_][A-ZА-ЯЁ])[^\W\d_]+(?![^\W_])")
_CLAUSE_BREAK = re.compile(r"[,(—–]|\s-\s")
_BACK = 60  # characters before a cue within which the word it points back to is looked for


def _before(text: str, cue_start: int) -> tuple[int, int] | None:
    """The nearest capitalised word before a cue in its sentence, neither in a tag nor a
    little word ("Его позывной, как и имя, не знаю"), with a comma, a dash or a bracket
    between them: "Это Данин позывной" names whose it is, not the call sign."""
    floor = max(0, cue_start - _BACK)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, cue_start)]
    words = [
        w
        for w in _CAPITALISED.finditer(text, ends[-1] if ends else floor, cue_start)
        if text[w.start() - 1 : w.start()] != "[" and w.group().lower() not in _LITTLE
    ]
    if words and _CLAUSE_BREAK.search(text, words[-1].end(), cue_start):
        return words[-1].span()
    # or a word in lower case that a naming verb gives, in a chat typed so: "а ребята его
    # зовут молдаван, это позывной его теперь"
    named = _NAMED_LOWER.search(text, floor, cue_start)
    if named is not None and _nickname(named.group(1), english=False):
        return named.span(1)
    return None


_NAMED_LOWER = re.compile(
    r"(?<![^\W_])(?:зовут|звали|называют|называли|кличут|прозвали)[ \t]+([а-яё][а-яё-]{2,})"
    r"[ \t]*,[ \t]*(?:это[ \t]+|его[ \t]+|её[ \t]+)*\Z"
)


_ENGLISH_CUE = re.compile(r"call|nom", re.I)
_NOT_NICKNAMES = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "VERB", "INFN", "ADVB", "PRED"})


def _nickname(word: str, english: bool) -> bool:
    """True if a lower-case word can be a call sign: not a preposition, conjunction,
    particle, pronoun, verb or adverb in the dictionary's first reading; a Latin word after
    an English cue, if it is no English word ("call sign kinto" in captions typed in lower
    case; not "the call sign with the river"), after a Russian one as it is (Russian typed
    in Latin letters)."""
    if not forms_ru.is_cyrillic(word):
        return not (english and dictionary_word(word.lower()))
    parses = forms_ru.parses(word.lower())
    return not parses or parses[0].tag.POS not in _NOT_NICKNAMES


# Items of a list of call signs: ", ", " и ", " and " between them.
_ITEM_SEPARATOR = re.compile(r"\s*,\s*(?:и\s+|and\s+)?|\s+(?:и|and)\s+")


def _listed(window: str, english: bool) -> list[tuple[int, int] | None]:
    """Every item of the list after a plural cue; an item of more than two words ends it,
    and so does a lower-case word no call sign can be (:func:`_nickname`)."""
    separator = _SEPARATOR.search(window)
    offset = separator.end() if separator is not None else 0
    spans: list[tuple[int, int] | None] = []
    for item in _ITEM_SEPARATOR.split(window[offset:]):
        if _tag(item.strip()):  # a tag already in its place
            offset = window.index(item, offset) + len(item)
            continue
        words = [w for w in _WORD.finditer(item) if w.group().lower() not in _LITTLE]
        if not words or len(words) > 2:
            break
        if words[0].group()[0].islower() and not _nickname(words[0].group(), english):
            break  # a clause goes on: "Вы сказали позывные тоже писать"
        start = window.index(item, offset)
        spans.append((start + words[0].start(), start + words[-1].end()))
        offset = start + len(item)
    return spans


# Capitalised words that go on an unquoted call sign ("Старый Лис"), one space apart.
_MORE_CAPITALISED = re.compile(r"(?: [A-ZА-ЯЁ][\w-]*)*")


# A colon or a dash between words: what follows is the call sign ("позывной её мужа: Тайга").
_SEPARATOR = re.compile(r"\s*:\s*|\s+[—–-]\s+")


def _unquoted(window: str, english: bool = False) -> tuple[int, int] | None:
    """The span of the call sign: after a colon or dash, the first word that follows it;
    else the first capitalised word that is not a little word, or the first such word in
    lower case, if it can be a nickname (a noun, an adjective or a word the dictionary does
    not know: "позывной у него был бурый"; not "позывной с ним не совпадал"; after an
    English cue no English word: "do not confuse the call sign with the river"); with the
    capitalised words right after a capitalised one. None if a tag comes first."""
    separator = _SEPARATOR.search(window)
    if separator is not None and not _names_after(window, separator.end(), english):
        separator = None  # "позывной Удмурт — напишите мне": the word before the dash
    offset = separator.end() if separator is not None else 0
    words = []
    for word in _WORD.finditer(window, offset):
        if window[: word.start()].rstrip().endswith("["):
            return None
        if word.group().lower() not in _LITTLE:
            words.append(word)
    if not words:
        return None
    first = words[0] if offset else next((w for w in words if w.group()[0].isupper()), words[0])
    if not offset and first.group()[0].islower() and not _nickname(first.group(), english):
        return None
    end = first.end()
    if first.group()[0].isupper():
        more = _MORE_CAPITALISED.match(window, end)
        end = more.end() if more is not None else end
    return first.start(), end


def _names_after(window: str, offset: int, english: bool) -> bool:
    """True if the first word after a colon or a dash can be the call sign: capitalised, or
    a nickname (:func:`_nickname`); not where a clause goes on ("— напишите мне", "— так
    его и звали") and the call sign is the capitalised word before the mark, or the tag
    that replaced it."""
    words = (w for w in _WORD.finditer(window, offset) if w.group().lower() not in _LITTLE)
    first = next(words, None)
    before = "[" in window[:offset] or any(  # a tag: the call sign, already replaced
        w.group()[0].isupper() and w.group().lower() not in _LITTLE
        for w in _WORD.finditer(window, 0, offset)
    )
    return not before or (
        first is not None and (first.group()[0].isupper() or _nickname(first.group(), english))
    )


# An ITU call sign: prefix, digit, suffix; a portable or mobile mark after a slash. The
# suffix opens with a letter and may hold digits, as a special station's does and as one
# made up for an example is written ("R9W0XQ", "LZ1ZX00": zeros where letters would be).
# Where a pattern began "(?<!X)Y", it is written "Y(?<!XY)": the regex engine can then
# skip ahead to the next capital or digit.
_AMATEUR = re.compile(
    r"[A-Z0-9](?<![\w/-][A-Z0-9])(?:(?<=[A-Z])[A-Z]?|(?<=[A-Z])[0-9]|(?<=[0-9])[A-Z])"
    r"[0-9][A-Z][A-Z0-9]{0,4}(?:/(?:[A-Z]{1,3}|[0-9]))?(?![\w/-])"
)
_DIGIT_THEN_CAPITAL = re.compile(r"[0-9][A-Z]")
# Words of a text about amateur radio: a logbook's abbreviations and the hobby's names.
_RADIO_TEXT = re.compile(
    r"(?<![^\W_])(?:QSO|QSL|QTH|QRZ|RST|APRS|CQ|73\s+de|ham|hams|amateur\s+radio"
    r"|radio\s+amateurs?|радиолюбител\w*|любительск\w+\s+радио\w*|коротковолнов\w*"
    r"|UKV|УКВ|КВ-?\s?связ\w*)(?![^\W_])",
    re.I,
)
_RADIO_HEADS = heads(
    "qso", "qsl", "qth", "qrz", "rst", "aprs", "cq", "73", "ham", "amateur", "radio",
    "радиолюбител", "любительск", "коротковолнов", "ukv", "укв", "кв",
)  # fmt: skip
# Words right before a call sign in any text.
_LICENCE_CUE = re.compile(
    r"(?:\bcall|\bcalled|\bde|\blicen[cs]e[ds]?|\bпозывно\w*|\bлицензи\w*)[\s:]+$", re.I
)


def amateur_call_signs(text: str) -> Iterator[Hit]:
    """Amateur radio call signs: each code of the shape in a text about amateur radio,
    after "call", "de", "licence" or "позывной" elsewhere; every other mention of one
    found, in any case ("rv3aqf" in a chat)."""
    if _DIGIT_THEN_CAPITAL.search(text) is None:
        return  # every call sign has a digit and a capital after it; most texts have none
    shaped = list(_AMATEUR.finditer(text))
    if not shaped:
        return
    radio = next(cue_matches(text, _RADIO_HEADS, _RADIO_TEXT), None) is not None
    found: set[str] = set()
    for match in shaped:
        if radio or _LICENCE_CUE.search(text, max(0, match.start() - 20), match.start()):
            found.add(match.group())
            yield CALL_SIGN, match.start(), match.end(), 0.85
    if not found:
        return
    alternatives = "|".join(re.escape(f) for f in sorted(found, key=len, reverse=True))
    for again in re.finditer(rf"(?<![\w/-])(?:{alternatives})(?![\w/-])", text, re.I):
        if again.group() not in found:
            yield CALL_SIGN, again.start(), again.end(), 0.85
