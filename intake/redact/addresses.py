"""Street addresses, Russian and English forms.

A street word ("ул.", "улица", "проспект", "Street", "ulitsa"...) followed by a
name, with or without a house number, flat and building; or a house number with
a flat ("д. 5, кв. 12"). Street names alone are redacted too: in a village a
street is an address.

People write an address without the street word too: "живёт на Садовой 3", "с Ленина
12-45", a house chat named «Гагарина 7 — соседи". A capitalised word and a house number
after "на", "с", "по", "до", "от", "около", "возле" or an opening quote is an address
when nothing the number counts follows it ("на Урале 5 лет" is a stay; "на Садовой 3"
is not). In a text about a block of flats (квартира, подъезд, соседи, этаж) a flat is
named by its number alone, an ordinal with no noun after it: "адвокат для сына из 27-й",
"занесу в 27-ю"; "из 27-й бригады" names a brigade.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from intake.redact import english_dict, forms_ru, number_words
from intake.redact.columns import Column, in_columns
from intake.redact.cues import cue_matches, heads, lowered
from intake.redact.findings import ADDRESS
from intake.redact.normalize import folded_like_regex

_STREET_RU = (
    r"(?:ул(?:\.|иц\w{1,2})|пр(?:-т|-кт|\.|оспект\w{0,2})|пер(?:\.|еул\w{1,3})|ш(?:\.|оссе)"
    r"|б(?:-р|ульвар\w{0,2})|пл(?:\.|ощад\w{1,2})|наб(?:\.|ережн\w{2,3})|мкр(?:н)?\.?"
    r"|микрорайон\w{0,2}|проезд\w{0,2}|туп(?:\.|ик\w{0,2})|тракт\w{0,2}|аллея|аллее|аллеи)"
)
STREET_WORD = re.compile(_STREET_RU, re.IGNORECASE)  # "улица", "пр-т", "Площадь"
# The street word capitalised ("Ул. Мира, 12" opening a line, a bike station «Ул. Мира,
# 00»): only with a house number, for a capitalised one is often a place's own name
# ("Шоссе Энтузиастов", "Площадь Советов"; "Набережные Челны", a town, is no
# embankment); "Ш." is a name's initial.
_STREET_RU_CAPITAL = (
    r"(?:Ул(?:\.|иц\w{1,2})|Пр(?:-т|-кт|\.|оспект\w{0,2})|Пер(?:\.|еул\w{1,3})|Шоссе"
    r"|Б(?:-р|ульвар\w{0,2})|Пл(?:\.|ощад\w{1,2})|Наб(?:\.|ережн(?:ая|ой|ую|ою))|Мкр(?:н)?\.?"
    r"|Микрорайон\w{0,2}|Проезд\w{0,2}|Туп(?:\.|ик\w{0,2})|Тракт\w{0,2}|Алле[яеи])"
)
# The street's name and a house number without "д." stay on the street word's line: "ул.
# Щорса" ending a header's line is no street of "Щорса Неделя 10" with the next line's words
_NAME_RU = r"(?:\d{1,3}-?(?:го|й|я|ой)?[^\S\n]+)?[А-ЯЁA-Z][\w.-]*(?:[^\S\n]+[А-ЯЁ][\w-]*){0,2}"
_HOUSE_RU = (
    r"(?:(?:\s*,?\s*д(?:ом)?\.?\s*|[^\S\n]*,?[^\S\n]*)\d{1,4}(?:[а-яА-Я](?!\w))?(?:/\d{1,4})?(?!\w))?"
    r"(?:\s*,?\s*(?:кв(?:артира)?|корп(?:ус)?|к|стр(?:оение)?|под(?:ъезд)?)\.?\s*\d{1,4}(?!\d))*"
)
RU_STREET = re.compile(
    rf"(?<!\w)(?:{_STREET_RU}[^\S\n]*{_NAME_RU}{_HOUSE_RU}"
    rf"|{_STREET_RU_CAPITAL}[^\S\n]*{_NAME_RU}(?=[^\S\n]*,?[^\S\n]*(?:д(?:ом)?\.?\s*)?\d){_HOUSE_RU})"
)
# The street's name before its word, as an adjective ("Рославльское ш. 7", "Ленинский
# проспект, 5", "Садовая ул., д. 3"): only with a house number, for "Красная площадь" and
# "Ленинградское шоссе" alone name a place, not a house; and only a home's (:func:`_a_home`).
RU_STREET_NAME_FIRST = re.compile(
    r"[А-ЯЁ](?<![^\W_][А-ЯЁ])[а-яё]+(?:ая|яя|ий|ый|ой|ое|ее)(?:-[А-ЯЁа-яё][а-яё]+)?[^\S\n]+"
    rf"{_STREET_RU}(?!\w)(?=[^\S\n]*,?[^\S\n]*(?:д(?:ом)?\.?\s*)?\d){_HOUSE_RU}"
)
# Where a pattern began "(?<!X)Y", it is written "Y(?<!XY)": the same language, but the regex
# engine can then skip ahead to the next possible first character.
RU_HOUSE = re.compile(
    r"д(?<!\wд)(?:ом)?\.?\s*\d{1,4}(?:[а-я](?!\w))?(?:/\d{1,4})?\s*,?\s*(?:кв(?:артира)?|корп(?:ус)?)\.?"
    r"\s*\d{1,4}(?!\d)",
    re.IGNORECASE,
)
# The same in Latin letters, as an English text or a form abroad gives a Russian address
# ("3 mkr, d. 10, kv. 4", "d. 5, korp. 2"): a microdistrict's number before it, a letter
# after the house's number (OCR reads "10" as "1O" too)
RU_HOUSE_LATIN = re.compile(
    r"(?:\d{1,2}[ \t-]?(?:mkr|mkrn|mikrorayon|mikrorajon)\.?[ \t]*,?[ \t]*)?"
    r"d(?<![\w.]d)(?:om)?\.?[ \t]*\d{1,4}[a-zA-Z]?(?![\w/])(?:/\d{1,4})?[ \t]*,?[ \t]*"
    r"(?:kv(?:artira)?|korp(?:us)?)\.?[ \t]*\d{1,4}(?!\d)",
    re.IGNORECASE,
)
_STREET_EN = (
    r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?"
    r"|Prospekt|Prospect|Square|Sq\.?|Way|Court|Ct\.?|Place|Pl\.?|Highway|Embankment"
    # British streets and rows of houses: "14 Hope Terrace", "2 Beck Cottages"
    r"|Terrace|Close|Crescent|Grove|Gardens|Mews|Row|Cottages|Walk|Parade)"
)
_FLAT_EN = r"(?:,?\s*(?:apt\.?|apartment|flat|building|bldg\.?)\s*\d{1,4}\w?)*"
# (not a date's month: "06/03 Sarah Lane says" is a day and a person; "2/41 Elmore Street"
# is a flat and a house)
EN_NUMBER_FIRST = re.compile(
    rf"[0-9](?<![\w,]\d)(?<!\d[/.]0)(?!(?<=\d[/.]1)[0-2](?!\d))"
    rf"\d{{0,4}}\w?,?\s+(?:[A-Z][\w'-]*\s+){{1,3}}{_STREET_EN}(?!\w){_FLAT_EN}"
)
EN_NAME_FIRST = re.compile(
    rf"[A-Z](?<!\w[A-Z])[\w'-]*\s+(?:[A-Z][\w'-]*\s+){{0,2}}{_STREET_EN}(?!\w)\s*,?\s*\d{{1,4}}\w?"
    rf"(?!\d){_FLAT_EN}"
)
EN_TRANSLIT = re.compile(
    r"(?<!\w)(?:ulitsa|ul\.|prospekt|pr\.|pereulok|per\."
    # Ukrainian and Belarusian: vulytsia, provulok, prospekt, bulvar, ploshcha
    r"|vulytsi?a|vulytsya|vulitsa|vulica|vul\.|provulok|prov\.|prosp\.|bulvar|bulv\.|ploshcha"
    # Romanian and Moldovan: strada, its "str." before the name ("str. Pobedy 00")
    r"|str\.|strada"
    # a microdistrict: "mkr. Yubileyny, d. 5"
    r"|mkrn?\.|mikrora[yj]on)"
    # the street's name on the cue's line, capitalised ("PR.\n\nsergey-suhodol commented" is
    # a pull request's line, then a user's)
    # or a date's day first, as streets are named after one ("str. 25 Octombrie 112")
    r"[^\S\n]*(?:\d{1,2}[^\S\n]+)?(?-i:[A-Z])[\w'-]*(?:[^\S\n]+(?-i:[A-Z])[\w'-]*)?"
    r"(?:\s*,?\s*\d{1,4}\w?(?!\d))?"
    # the house, flat and building as English or Russian in Latin letters name them
    r"(?:,?\s*(?:apt\.?|apartment|flat|building|bldg\.?|d\.|dom|kv\.?|kvartira|korp\.?|korpus"
    r"|ap\.|apartament)"  # Romanian's flat
    r"\s*\d{1,4}\w?)*",
    re.IGNORECASE,
)


# A Central Asian address: Uzbek gives each part its number first ("Chilonzor 9-kvartal,
# 41-uy, 17-xonadon", "9-мавзе, 41-уй, 17-хонадон"); Kazakh and Kyrgyz name the house and
# the flat before their numbers ("үй 41, пәтер 17", "үй 41, батир 17"). Two parts at least.
_UZ_PART = (
    r"\d{1,4}[ \t]?-?[ \t]?(?:kvartal|mavze|uy|xonadon|квартал|мавзе|уй|үй|хонадон)(?![\w'ʻ])"
)
CENTRAL_ASIAN = re.compile(
    rf"(?<![\w-])(?:(?-i:[A-ZА-ЯЁЎҚҒҲ])[\w'ʻ-]*[ \t]+)?{_UZ_PART}(?:[ \t]*,[ \t]*{_UZ_PART})+"
    r"|(?<![\w-])(?:үй|уй|uy)[ \t]*№?[ \t]*\d{1,4}\w?[ \t]*,[ \t]*(?:пәтер|патер|батир|хонадон"
    r"|xonadon|kv\.?|кв\.?)[ \t]*№?[ \t]*\d{1,4}(?!\d)",
    re.IGNORECASE,
)
_CENTRAL_ASIAN_HEADS = ("uy", "уй", "үй", "xonadon", "хонадон", "mavze", "мавзе")


# Literals one of which every match of a pattern contains (cheap checks before slow regexes).
_RU_STREET_WORDS = (
    "ул",
    "пр",
    "пер",
    "ш.",
    "шоссе",
    "б-р",
    "бульвар",
    "пл",
    "наб",
    "мкр",
    "микрорайон",
    "проезд",
    "туп",
    "тракт",
    "алле",
)
# A flat, a building or an entrance in an address, its number after it
_DWELLING_WORDS = r"кв|корп|под|подъезд|стр|к(?=\.)"  # "к.2": a building, its dot after it
_HOUSE_WORD = re.compile(rf"(?<![^\W_])(?:д|дом|{_DWELLING_WORDS})\.?\s*\d")
_DWELLING = re.compile(rf"(?<![^\W_])(?:{_DWELLING_WORDS})\.?\s*\d")
_STREET_HOUSE_BEFORE = re.compile(
    r"(?<![^\W\d_])[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?[ \t]+\d{1,4}[а-я]?(?:/\d{1,4})?"
    r"[ \t]*,?[ \t]*\Z"
)
# Words that say where someone lives or is registered: "прож.", "проживает", "прописан"
_LIVES_AT = r"прож(?:\.|ива\w{1,6})|прописан\w{0,2}|зарег(?:\.|истрирован\w{0,2})"
# Words before an address that say someone lives there or is met at their door
_HOME_BEFORE = re.compile(
    rf"(?<![^\W_])(?:жив[её]т|живут|жил[аи]?|{_LIVES_AT}"
    r"|регистрации|домашн\w{2,3}|подъезда?|дома)\b[^.\n]{0,40}\Z",
    re.IGNORECASE,
)
_RU_STREET_GATE = re.compile("|".join(map(re.escape, _RU_STREET_WORDS)))  # one scan, not 15
_EN_STREET_GATE = re.compile(rf"{_STREET_EN}(?!\w)")
# where EN_TRANSLIT starts
_TRANSLIT_HEADS = heads("ul", "pr", "per", "vul", "bulv", "plosh", "str", "mkr", "mikr")


def _patterns(text: str) -> list[tuple[re.Pattern[str], float]]:
    """The address patterns that can match ``text``."""
    out: list[tuple[re.Pattern[str], float]] = []
    folded = lowered(text) or folded_like_regex(text)  # the cue finders' cached view
    if _RU_STREET_GATE.search(folded):
        out += [(RU_STREET, 0.9), (RU_STREET_NAME_FIRST, 0.9)]
    if "кв" in folded or "корп" in folded:
        out.append((RU_HOUSE, 0.9))
    if "kv" in folded or "korp" in folded:
        out.append((RU_HOUSE_LATIN, 0.9))
    if any(head in folded for head in _CENTRAL_ASIAN_HEADS):
        out.append((CENTRAL_ASIAN, 0.85))
    if _EN_STREET_GATE.search(text):
        out += [(EN_NUMBER_FIRST, 0.9), (EN_NAME_FIRST, 0.9)]
    if any(head in folded for head in ("ul", "pr", "plosh", "str", "mkr", "mikr")):
        out.append((EN_TRANSLIT, 0.8))
    return out


# A British postcode, outward and inward parts ("E10 0XX", "SW1A 1AA"), written from the
# space between them: its inward part (a digit and two capitals) is rarer than a capital.
_POSTCODE_UK = re.compile(r"[0-9](?<=[A-Z\d][ \u00a0]\d)[A-Z]{2}(?![\w-])")
_OUTWARD = re.compile(r"(?<![A-Za-z\d])[A-Z]{1,2}\d[A-Z\d]?$")


def find_addresses(text: str) -> Iterator[tuple[str, int, int, float]]:
    yield from _spoken_addresses(text)
    yield from _latin_after_cue(text)
    yield from _streets_abroad(text)
    yield from _balkan_streets(text)
    yield from _postcode_lines(text)
    yield from _translit_houses(text)
    yield from _po_boxes(text)
    yield from _garden_plots(text)
    yield from _named_houses(text)
    yield from _settlements_of_residence(text)
    yield from _numbered_houses(text)
    yield from _houses_by_number(text)
    yield from _flats(text)
    for found in _POSTCODE_UK.finditer(text):
        outward = _OUTWARD.search(text, max(0, found.start() - 5), found.start() - 1)
        if outward is not None:
            yield ADDRESS, outward.start(), found.end(), 0.85
    for pattern, score in _patterns(text):
        if pattern is EN_TRANSLIT:  # "ul" and "pr" stand in many English words: heads first
            matches = cue_matches(text, _TRANSLIT_HEADS, pattern)
        else:
            matches = pattern.finditer(text)
        for match in matches:
            if pattern is RU_STREET_NAME_FIRST and not _a_home(text, match):
                continue
            yield ADDRESS, match.start(), match.end(), score


def _a_home(text: str, match: re.Match[str]) -> bool:
    """True if a street named before its word is a home's address: a flat, an entrance or
    a building in it ("Рославльское ш. 7, под. 2"), or a word before it saying someone lives
    there ("прописан Садовая ул., д. 3"); a court's or an office's is written so too
    ("Ленинский пр-т, 24") and stays. Not a count after it ("Красная площадь 5 раз")."""
    if _DWELLING.search(match.group()) is not None:
        return True
    if _HOME_BEFORE.search(text, max(0, match.start() - 60), match.start()) is None:
        return False
    return _HOUSE_WORD.search(match.group()) is not None or not counts_next(
        text, match.end(), match.group().rstrip()
    )


# "на Садовой 3", "с Ленина 12-45", «Гагарина 7», "на Союзной, д. 12": a capitalised word
# and a house number, "д." or "дом" before it or not.
_SPOKEN = re.compile(
    r"(?P<street>[А-ЯЁ](?<![^\W_][А-ЯЁ])[а-яё]++(?:-[А-ЯЁ]?[а-яё]++)?+)\s*+,?\s*+"
    r"(?:д(?:ом)?+\.?+\s*+)?+"
    r"(?P<house>\d{1,3}(?:[а-яА-Я](?![^\W_]))?(?:/\d{1,3})?(?:\s*-\s*\d{1,4})?"
    r"(?:\s*,?\s*(?:кв(?:артира)?|корп(?:ус)?|стр(?:оение)?)\.?\s*\d{1,4})*)(?![^\W_]|[.,:]\d)"
)
# ... or the house's number said in words, as a transcribed call gives it ("с Ленина
# семнадцать", "на Садовой дом сто два"): written from the number (rarer than a capital),
# the street's name looked for before it
_SAID_HOUSE = re.compile(
    r"(?P<street>[А-ЯЁ](?<![^\W_][А-ЯЁ])[а-яё]++(?:-[А-ЯЁ]?[а-яё]++)?+)[^\S\n]*+,?[^\S\n]*+"
    r"(?:дом[^\S\n]+)?(?P<first>[а-яё]++)"
)
_CARDINAL = re.compile(number_words.RU_CARDINAL)
_NEXT_WORD = re.compile(r"[^\S\n]*([^\W\d_]+)")
# Parts of speech a number can count or agree with: what follows a stay, not an address.
_COUNTED = frozenset({"NOUN", "ADJF", "NUMR"})
# Words of a text about a block of flats (looked for in the lower-cased text).
_FLATS_WORDS = ("квартир", "кв.", "подъезд", "сосед", "этаж", "жильц")
# A flat by its number alone: "из 27-й", "в 27-ю", "27-я" after a preposition.
_FLAT = re.compile(
    r"(?<![^\W_])(?:из|в|во|к|ко|с|со|у|для|по)\s+(\d{1,4}-?(?:й|ю|я|ой))(?![^\W_]|-)"
)


def _next_word_parses(text: str, end: int) -> tuple[Any, ...]:
    """The dictionary's readings of the Cyrillic word after ``end`` on its line."""
    after = _NEXT_WORD.match(text, end)
    if after is None or not forms_ru.is_cyrillic(after.group(1)):
        return ()
    return tuple(forms_ru.parses(after.group(1).lower()))


def counts_next(text: str, end: int, number: str) -> bool:
    """True if the word after a number is one it counts, in the case Russian counts in
    ("5 лет", "3 месяца", "21 день"; not "3 весной"); not a word read first as a
    preposition, a conjunction or a particle ("041 по ним узнаете": "по" is no noun's
    abbreviation there)."""
    one = number.endswith("1") and not number.endswith("11")
    cases = {"gent", "gen2", *(("nomn", "accs") if one else ())}
    parses = _next_word_parses(text, end)
    if parses and parses[0].tag.POS in _FUNCTION_WORDS:
        return False
    return any(p.tag.POS in _COUNTED and p.tag.case in cases for p in parses)


_FUNCTION_WORDS = frozenset({"PREP", "CONJ", "PRCL"})


def _agrees_next(text: str, end: int) -> bool:
    """True if an ordinal has its noun after it ("из 27-й бригады", "в 3-й раз")."""
    parses = _next_word_parses(text, end)
    return bool(parses) and parses[0].tag.POS in _COUNTED


# What stands right before the street's name: a preposition, the word for a flat ("Квартира
# Мира 41-17"), or an opening quote.
_SPOKEN_BEFORE = re.compile(
    r"(?:(?<![^\W_])(?:на|с|со|по|до|от|около|возле|квартир[аеуы]|кв\.)\s+|[«\"„“])$",
    re.IGNORECASE,
)


_QUOTES = frozenset('«"„“')


# "адрес Кадырова 00", "Адрес доставки: Садовая 5 кв 3", "прописка — Ленина 12": the word
# that says an address follows, a word of whose address at most, a colon or a dash.
_ADDRESS_BEFORE = re.compile(
    r"(?<![^\W_])(?:адрес\w{0,3}|прописк\w{0,2})(?:\s+[а-яё]+)?\s*[:—–-]?\s*$", re.IGNORECASE
)


def _spoken_addresses(text: str) -> Iterator[tuple[str, int, int, float]]:
    for match in _SPOKEN.finditer(text):
        number = re.sub(r"\D", "", match.group("house"))
        if _a_street_before(text, match) and not counts_next(text, match.end(), number):
            yield ADDRESS, match.start("street"), match.end("house"), 0.75
    for said in _SAID_HOUSE.finditer(text):
        if said.group("first") not in number_words.RU_CARDINAL_WORDS:
            continue
        house = _CARDINAL.match(text, said.start("first"))
        if house is None or not _a_street_before(text, said, quoted=False):
            continue  # «Бригада два, как слышите?» is a call on the radio
        number = "1" if house.group().endswith("один") else "5"
        if not counts_next(text, house.end(), number):  # "на Урале пять лет" is a stay
            yield ADDRESS, said.start("street"), house.end(), 0.7


def _a_street_before(text: str, match: re.Match[str], *, quoted: bool = True) -> bool:
    """True if the capitalised word of ``match`` is a street's name by what stands before it
    (a preposition, the word for a flat or an address, or, if ``quoted``, a quote), and no
    first name."""
    start = match.start("street")
    before = _SPOKEN_BEFORE.search(text, max(0, start - 10), start)
    if before is not None and not quoted and before.group().strip() in _QUOTES:
        before = None
    if before is None and _ADDRESS_BEFORE.search(text, max(0, start - 30), start) is None:
        return False
    # «Галине 34, дети 6 и 9 лет»: a woman and her age; no street is so named
    return not _first_name(match.group("street"))


# A street in Latin letters and its house after the word for an address, as a form or a
# note gives one abroad with no word for a street ("Address: Kreenholmi 00-7, Narva",
# "адрес: Brivibas 12-4"); a street's name of one or two capitalised words.
_ADDRESS_CUE = re.compile(
    r"(?<![^\W_])(?:address|addr\.?|адрес\w{0,3}|прописк\w{0,2})"
    # a word or two of where it is written: "address in system: Ostostie 00 A 00"
    r"(?:[ \t]+(?:[a-z]+|[а-яё]+)){0,2}[ \t]*[:—–-][ \t]*",
    re.IGNORECASE,
)
_ADDRESS_HEADS = heads("address", "addr", "адрес", "прописк")
_LATIN_STREET = re.compile(
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?[ \t]*,?[ \t]*"
    r"\d{1,3}[A-Za-z]?(?:/\d{1,3})?(?:[ \t]*-[ \t]*\d{1,4})?(?![\w]|[.,:]\d)"
    r"(?:[ \t]+[A-Z][ \t]?\d{1,3}(?!\w|[.,:]\d))?"  # a stair and a flat: "Ostostie 00 A 00"
)


# A street abroad named before its word, as the Baltic states, Turkey, Hungary, Central Asia
# and Germany write one ("Maskavas iela 250, dz. 14", "Gedimino pr. 9-4", "Narva mnt 00",
# "Atatürk Caddesi 12", "Berliner Str. 5"), with its house and flat. Found from the street's
# word, its name read back.
_ABROAD_HEADS = heads(
    "iela", "gatvė", "gatve", "g.", "prospektas", "pr.", "alėja", "tänav", "tn", "maantee",
    "mnt", "puiestee", "pst", "caddesi", "cad.", "sokak", "sokağı", "sk.", "utca", "út",
    "körút", "köçəsi", "küçəsi", "prospekti", "ko'chasi", "koʻchasi", "kóshesi", "str.",
    "straße", "strasse", "allee", "platz",
)  # fmt: skip
_HOUSE_ABROAD = (
    r"[ \t]*,?[ \t]*(?:nr\.?[ \t]*)?\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?!\w|[.,:]\d)"
    r"(?:[ \t]*[-–][ \t]*\d{1,4}|[ \t]+[A-Z][ \t]?\d{1,3}(?!\w|[.,:]\d)"  # "00 B 14": a stair
    r"|[ \t]*,?[ \t]*(?i:dz\.|dzīv\.|butas|b\.|k(?:orter)?\.?-?|m\.|apt\.?|flat|whg\.|zi\."
    r"|lgh\.?|as\.|kv\.?|daire)[ \t]*\d{1,4}(?!\w|[.,:]\d))?"
)
_ABROAD = re.compile(
    r"(?:(?i:iela|gatv[ėe]|prospektas|alėja|tänav|maantee|puiestee|caddesi|sokak|sokağı|utca"
    r"|út|körút|k[öü]çəsi|prospekti|ko[ʻ']chasi|kóshesi|stra(?:ße|sse)|allee|platz)"
    r"|g\.|pr\.|tn\.?|mnt\.?|pst\.?|cad\.|sk\.|[Ss]tr\.)"  # abbreviations in lower case
    rf"(?!\w){_HOUSE_ABROAD}"
)
_HOUSE = re.compile(_HOUSE_ABROAD)
# the street's name before its word: one to three words opening with a capital
_ABROAD_NAME = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:[ \t]|-)){1,3}\Z")


# The street's word joined to its name ("Hauptstr. 00", "Aleksanterinkatu 12",
# "Drottninggatan 5"), found from the word in the lower-cased text, its capitalised name
# read back ("Brigade 155" has no such word)
_JOINED = (
    r"(?:str\.|stra(?:ße|sse)|katu|tie|kuja|polku|gatan|vägen|vej|straat|laan|gasse|weg)"
    r"(?=[ \t]*,?[ \t]*\d)"
)
_JOINED_WORD = re.compile(_JOINED)
_JOINED_WORD_ANY_CASE = re.compile(_JOINED, re.IGNORECASE)  # where lower case moves offsets
_JOINED_NAME = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+\Z")


def _streets_abroad(text: str) -> Iterator[tuple[str, int, int, float]]:
    for street in cue_matches(text, _ABROAD_HEADS, _ABROAD):
        name = _ABROAD_NAME.search(text, max(0, street.start() - 48), street.start())
        if name is not None:
            yield ADDRESS, name.start(), street.end(), 0.8
    lower = lowered(text)
    words = _JOINED_WORD_ANY_CASE.finditer(text) if lower is None else _JOINED_WORD.finditer(lower)
    for word in words:
        name = _JOINED_NAME.search(text, max(0, word.start() - 30), word.start())
        house = _HOUSE.match(text, word.end())
        if name is not None and house is not None:
            yield ADDRESS, name.start(), house.end(), 0.8


# A street as Serbian, Croatian, Montenegrin and Bosnian write one, in Latin or Cyrillic
# letters: its word first, its name in any case ("Bulevar kralja Aleksandra 73", "Trg
# Republike 5"), or its name alone before the house's number with a flat ("stan": a flat,
# "sprat": a floor, "ulaz": an entrance: "Kneginje Zorke 00, stan 00"), or before "bb"
# ("bez broja", no number: "Njegoševa bb", "Dobrota bb, stan 14 or 41").
_BALKAN_HOUSE = r"(?:\d{1,4}[a-zA-Z]?(?:/\d{1,3})?|bb|бб)(?![\w/]|[.,:]\d)"
_BALKAN_FLAT = (
    r"(?:[ \t]*,?[ \t]*(?:stan|sprat|ulaz|стан|спрат|улаз)[ \t]*\d{1,4}(?![\w/]|[.,:]\d)"
    r"(?:[ \t]+(?:or|ili|или|или)[ \t]+\d{1,4}(?![\w/]|[.,:]\d))?)"
)
_BALKAN_HEADS = heads(
    "bulevar", "trg", "ulica", "ul.", "obala", "šetalište", "булевар", "трг", "улица",
    "bb", "бб", "stan", "sprat", "ulaz", "стан", "спрат", "улаз",
)  # fmt: skip
_BALKAN = re.compile(
    r"(?:(?:Bulevar|Trg|Ulica|[Uu]l\.|Obala|Šetalište|Булевар|Трг)[ \t]+"
    rf"(?:[^\W\d_][\w'’.-]*[ \t]+){{1,3}}?{_BALKAN_HOUSE}"
    rf"|(?:bb|бб)(?![\w/])"
    rf"|(?=(?:stan|sprat|ulaz|стан|спрат|улаз)[ \t]*\d)){_BALKAN_FLAT}*"
)
# the name and the house before "bb" or a flat: one to three words opening with a capital
_BALKAN_NAME = re.compile(
    r"(?<![^\W\d_])[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁЂЈЉЊЋЏ][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,2}"
    rf"(?:[ \t]*,?[ \t]*{_BALKAN_HOUSE})?[ \t]*,?[ \t]*\Z"
)


def _balkan_streets(text: str) -> Iterator[tuple[str, int, int, float]]:
    for found in cue_matches(text, _BALKAN_HEADS, _BALKAN):
        head = found.group()[:2].lower()
        if found.group()[:1].isupper() or head == "ul":
            yield ADDRESS, found.start(), found.end(), 0.8  # the street's word first
            continue
        name = _BALKAN_NAME.search(text, max(0, found.start() - 48), found.start())
        if name is None:
            continue
        if head in ("bb", "бб") or _HOUSE_BEFORE.search(name.group()):
            yield ADDRESS, name.start(), found.end(), 0.8


_HOUSE_BEFORE = re.compile(rf"{_BALKAN_HOUSE}[ \t]*,?[ \t]*\Z")


# An address line as most of Europe writes one, its street's word left out or none at all:
# a street's name, the house (and flat), a comma, the postcode and the town ("Cara Dušana
# 41/7, 11000 Beograd", "Kneza Miloša 5, 21000 Novi Sad"); written from the comma and the
# postcode after it, rarer than a capital, the street and the house looked back for. Not a
# date's month and day before a year ("March 5, 2024 Berlin").
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁЂЈЉЊЋЏ"
_POSTCODE_TOWN = re.compile(
    rf",(?<=\d,)[ \t]*(?P<code>(?:[A-Z]{{1,2}}-)?\d{{4,5}})[ \t]+[{_CAPITAL}][^\W\d_]"
)
# the street's name: a capitalised word, then capitalised ones or lower-case ones of four
# letters or more ("Bulevar kralja Aleksandra"; not the "at" of "lives at")
_STREET_HOUSE = re.compile(
    rf"(?<![^\W\d_])[{_CAPITAL}](?:[^\W\d_]*(?:[ \t]+(?:[{_CAPITAL}][\w'’.-]*|[^\W\d_]{{4,}}))"
    r"{0,3}?[ \t]+(?P<last>[^\W\d_]+\.?)"
    # or one word, a South Slavic street's adjective ("Njegoševa", "Nemanjina", "Resavska")
    r"|[^\W\d_]+(?:ev|ov|sk|in|ев|ов|ск|ин)[aа])[ \t]+\d{1,4}[a-zA-Z]?(?:/\d{1,3})?\Z"
)
# a month's name, whole or cut, in English, Russian and the Balkans' Latin ("Mart", "Maj");
# here, not birth_dates' (which reads this module): a word before a house, not a date
_MONTH_WORD = re.compile(
    r"(?i:jan|feb|mar|apr|may|maj|jun|jul|aug|avg|sep|oct|okt|nov|dec|январ|феврал|март|апрел"
    r"|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|янв|фев|авг|сент|окт|нояб|дек)"
    r"[^\W\d_]*\.?"
)
_MONTH_AFTER = re.compile(rf"[ \t]+{_MONTH_WORD.pattern}")


def _postcode_lines(text: str) -> Iterator[tuple[str, int, int, float]]:
    for postcode in _POSTCODE_TOWN.finditer(text):
        street = _STREET_HOUSE.search(text, max(0, postcode.start() - 60), postcode.start())
        if street is None or _MONTH_WORD.fullmatch(street.group("last") or ""):
            continue
        yield ADDRESS, street.start(), postcode.end("code"), 0.8


# A house by "d." ("дом" in Latin letters) after its street's or its district's name and a
# comma, as a Russian address is typed in Latin letters ("Almaty, Zhetysu-2, d. 00",
# "Lenina, d. 5, kv. 12"); written from "d." and its number, the name looked back for (not
# a death's year: "Tolstoy, d. 1910" has four digits)
_D_HOUSE = re.compile(
    r"d(?<![^\W_]d)\.[ \t]?\d{1,3}(?:[a-z]|/\d{1,3})?(?![\d./-])"  # from "d": a letter
    r"(?:[ \t]*,?[ \t]*(?:kv|apt|flat)\.?[ \t]?\d{1,4}(?![\d./-]))?"
)
_D_HOUSE_NAME = re.compile(r"(?<![^\W_])[A-Z][a-z]+(?:-\d{1,2})?[ \t]*,[ \t]*\Z")


def _translit_houses(text: str) -> Iterator[tuple[str, int, int, float]]:
    if "d." not in text:
        return
    for house in _D_HOUSE.finditer(text):
        name = _D_HOUSE_NAME.search(text, max(0, house.start() - 30), house.start())
        if name is not None and not _MONTH_AFTER.match(text, house.end()):  # "d. 12 May"
            yield ADDRESS, name.start(), house.end(), 0.8


# A post office box, a home's address for the mail: its word and its number ("а/я 17",
# "абонентский ящик № 0017", "P.O. Box 1234", "Postfach 12 34 56", "poštanski fah 41");
# in a text that names one, a box's number said again after "ящик" or "box", in words too
# ("спрашивали «ящик семнадцать»", "the box 41 key")
_PO_BOX_HEADS = heads(
    "а/я", "а/с", "абонент", "p.o", "p. o", "po box", "pob", "post office", "postfach",
    "poštansk", "postansk", "p.fah", "p. fah", "skrytka", "skr.", "casella", "apartado",
)  # fmt: skip
_NUMBER_SIGN = r"[ \t]*(?:№|no\.?|#|nr\.?)?[ \t]*"
_PO_BOX = re.compile(
    r"(?:а/я|а/с|абонентск\w{0,4}[ \t]+ящик\w{0,3}|p\.?[ \t]?o\.?[ \t]*box|pob"
    r"|post[ \t]+office[ \t]+box|postfach|po[šs]tanski[ \t]+fah|p\.[ \t]?fah"
    r"|skr(?:ytka|\.)[ \t]+poczt\w*\.?|casella[ \t]+postale|apartado(?:[ \t]+de[ \t]+correos)?)"
    rf"{_NUMBER_SIGN}\d{{1,6}}(?:[ \t]\d{{2,3}}){{0,2}}(?![\d/.,-]\d)",
    re.IGNORECASE,
)
_BOX_AGAIN = re.compile(
    rf"(?<![^\W_])(?:ящик\w{{0,3}}|box(?:es)?){_NUMBER_SIGN}"
    rf"(?:\d{{1,6}}(?![\d/.,-]\d)|{number_words.RU_CARDINAL})",
    re.IGNORECASE,
)
_BOX_AGAIN_HEADS = heads("ящик", "box")


def _po_boxes(text: str) -> Iterator[tuple[str, int, int, float]]:
    boxes = list(cue_matches(text, _PO_BOX_HEADS, _PO_BOX))
    for box in boxes:
        yield ADDRESS, box.start(), box.end(), 0.85
    if boxes:
        for again in cue_matches(text, _BOX_AGAIN_HEADS, _BOX_AGAIN):
            yield ADDRESS, again.start(), again.end(), 0.8


# A plot in a garden or dacha partnership, a home as much as a flat ("СНТ «Колос», участок
# 58", "участок № 12 в СНТ «Ромашка»"); the partnership's name alone is a place
_PARTNERSHIP = r"(?:СНТ|ДНТ|ДНП|ТСН|СПК|ОНТ|СНТСН)[ \t]*[«\"][^»\"\n]{1,40}[»\"]"
_PLOT = r"(?:участ(?:ок|ке|ка)|уч\.|уч-к)[ \t]*№?[ \t]*\d{1,4}[а-яА-Я]?(?![\w/])"
_PLOT_HEADS = heads("снт", "днт", "днп", "тсн", "спк", "онт", "участ", "уч.", "уч-к")
_GARDEN_PLOT = re.compile(
    rf"{_PARTNERSHIP}[ \t]*,?[ \t]*{_PLOT}|{_PLOT}[ \t]*,?[ \t]*(?:в[ \t]+)?{_PARTNERSHIP}"
)
# ... in English: the plot's number after the gardeners' association or the dacha ("dacha
# plot, Krugloozernoye village, "Rodnichok" gardeners' association, plot 00")
_PLOT_EN_HEADS = heads("gardeners", "allotment", "dacha", "garden")
_GARDEN_PLOT_EN = re.compile(
    r"(?:gardeners['’]?[ \t]+(?:association|partnership|society)|allotments?|dacha|garden[ \t]+"
    r"(?:association|partnership|society))[^\n]{0,80}?"
    r"\b(plot[ \t]*(?:no\.?|#|№)?[ \t]*\d{1,4}[a-z]?)(?![\w/.,]?\d)",
    re.IGNORECASE,
)


# Where someone lives, said before the address: "прож. Республика Мордовия, ... р-н,
# с. Константиновка", "зарегистрирован по адресу: ... д. Выдумкино"
_RESIDENCE_HEADS = heads("прож", "зарег", "место жит", "адрес", "прописан")
_RESIDENCE = re.compile(
    rf"(?<![^\W_])(?:{_LIVES_AT}|место[ \t]+жительства|адрес\w{{0,3}})", re.IGNORECASE
)
# A village, a settlement, a farmstead by its type, abbreviated or whole, and its name: in
# the address of where someone lives it is as small as a street
_SETTLEMENT = re.compile(
    r"(?<![^\W_])(?:с\.|д\.|дер\.|пос\.|п\.|пгт\.?|х\.|ст-ца|село|деревня|посёлок|поселок"
    r"|хутор|станица|аул)[ \t]*(?:[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁ][а-яё]+)?)"
)
_RESIDENCE_REACH = 160  # characters of the address after its cue
# A village's street and house after the village and a comma, the street's word left out as
# a village's addresses are written ("с. Новое Чурилино, Садовая 14"): the street, a
# capitalised word or two, and the house's number
# (written from the comma, rarer than a letter, the village looked back for)
_VILLAGE_STREET = re.compile(
    r",[ \t]*(?P<street>[А-ЯЁ][а-яё]+(?:[ \t]+[А-ЯЁ][а-яё]+)?)[ \t]+"
    r"(?P<house>\d{1,4}(?:[а-я]|/\d{1,3})?)(?![\w/.,-]?\d|[^\W\d_])"
)
_SETTLEMENT_BEFORE = re.compile(rf"{_SETTLEMENT.pattern}[ \t]*\Z")


def _settlements_of_residence(text: str) -> Iterator[tuple[str, int, int, float]]:
    """A village named by its type in the address after a word for where someone lives, up
    to a blank line or a ";". A table's header ("| адрес | заказчик |") is no such word: the
    rows under it are read by their column, every row of it (how far down a reach would go
    depends on how long the rows above are, which redaction changes)."""
    header = False
    for cue in cue_matches(text, _RESIDENCE_HEADS, _RESIDENCE):
        line_start = text.rfind("\n", 0, cue.start()) + 1
        line_end = text.find("\n", cue.end())
        if text.count("|", line_start, len(text) if line_end < 0 else line_end) >= 2:
            header = True  # a table's header: its column is read below, every row of it
            continue
        end = min(len(text), cue.end() + _RESIDENCE_REACH)
        for stop in ("\n\n", ";"):
            found = text.find(stop, cue.end(), end)
            end = found if found >= 0 else end
        for village in _SETTLEMENT.finditer(text, cue.end(), end):
            yield ADDRESS, village.start(), village.end(), 0.8
    if header:
        yield from in_columns(text, _ADDRESS_COLUMN)
    for street in _VILLAGE_STREET.finditer(text):
        if _SETTLEMENT_BEFORE.search(
            text, max(0, street.start() - 48), street.start()
        ) and not counts_next(text, street.end(), street.group("house")):  # "5 лет"
            yield ADDRESS, street.start("street"), street.end(), 0.8


# A village in a table's column headed "адрес": every row's, however far down
_ADDRESS_COLUMN = Column(
    ADDRESS,
    heads("адрес"),
    re.compile(r"(?<![^\W_])адрес\w{0,3}(?![^\W_])", re.IGNORECASE),
    _SETTLEMENT,
    0.8,
)


# A house named by its street and number after the word "дом", as a residents' chat is
# titled ("Дом Ленина 112 (жильцы)", "дом на Гагарина 7"); not "дом Петрова 12 лет назад"
_HOUSE_HEADS = heads("дом")
_NAMED_HOUSE = re.compile(
    r"(?:дом|Дом)[ \t]+(?:на[ \t]+)?(?P<street>[А-ЯЁ][а-яё]+(?:[ \t]+[А-ЯЁ][а-яё]+)?)[ \t]+"
    r"(?P<house>\d{1,4}[а-яА-Я]?(?:/\d{1,3})?)(?![\w/.,]?\d)"
)


# A house by its number alone, numbered as such ("house No. 00A", "дом № 12") or given in
# brackets after whose it is ("сосед Анатолий (дом 213)"): in a village or a street already
# named, the house is the address
_NUMBERED_HOUSE = re.compile(
    r"(?<![^\W_])(?:house[ \t]+(?:no\.?|number|#)|дом(?:а|е|у|ом)?[ \t]*№)[ \t]*\d{1,4}[a-zа-я]?"
    r"(?![\w/.,]?\d|[^\W\d_])"
    r"|(?<=\()(?:дом|house)[ \t]+\d{1,4}[a-zа-я]?(?=\))",
    re.IGNORECASE,
)
_NUMBERED_HEADS = heads("house", "дом")


# ... or in English, "house" and its number (not "house 3 times"), as an address's item
# gives it ("Marek Villas, house 3, Pissouri"); in Russian "дом" and its number on the line
# of a street's address ("ул. Чертыгашева 140 кв 12 [от руки: «дом 104!»]"), not alone ("Дом
# 2 шёл по ТВ")
_ENGLISH_HOUSE = re.compile(
    r"(?<![^\W_])(?:[Hh]ouse|HOUSE)[ \t]+\d{1,4}[a-zA-Z]?(?![\w/.,]?\d|[^\W\d_]|-)"
)
_HOUSE_ON_THE_LINE = re.compile(
    r"(?<![^\W_])(?:[Дд]ом|ДОМ)[ \t]+\d{1,4}[а-яА-Я]?(?![\w/.,]?\d|[^\W\d_]|-)"
)


# A villa by its number, as a gated community abroad numbers its houses ("Вилла 18, Аль
# Барша 2", "Villa 18, Jumeirah Park")
_VILLA = re.compile(
    r"(?<![^\W_])(?:[Вв]илл[аеуы]|ВИЛЛА|[Vv]illa|VILLA)[ \t]*(?:№|no\.?|#)?[ \t]*"
    r"\d{1,4}[a-zA-Zа-я]?(?![\w/.,]?\d|[^\W\d_]|-)"
)


# A residential complex by its name and a building of it ("ЖК «Морской бриз», корпус 3"):
# the building is the address of everyone who lives there
_COMPLEX = re.compile(
    r"(?<![^\W_])ЖК[ \t]*[«\"“„][^«»\"“”„\n]{2,40}[»\"”“][ \t]*,?[ \t]*"
    r"(?:корпус|корп\.?|к\.|строение|стр\.|дом|д\.)[ \t]*№?[ \t]*\d{1,4}[а-я]?(?![\w/])"
)


# A house by its number alone, as British English names a neighbour's ("Neighbour at No.
# 39", "Pat from No 39", "lives at No. 00 on the same street"): "No." and its number after
# "at", "from" or "of", where the sentence speaks of a neighbour, a street, a house or who
# lives or owns it (not "next to No. 1" in a list, "father of No. 2")
_HOUSE_NO = re.compile(r"(?<![^\W\d_])No\.?[ \t]?\d{1,4}[A-Za-z]?(?![\w.]\w?)")
_HOUSE_NO_BEFORE = re.compile(r"(?<![^\W\d_])(?:at|from|of)[ \t]+\Z")
_HOUSE_NO_CONTEXT = re.compile(
    r"(?<![^\W\d_])(?:neighbou?rs?|lives?|living|lived|street|road|lane|avenue|house|owner"
    r"|owns|door|drive|garden|fence)(?![^\W\d_])",
    re.IGNORECASE,
)
_HOUSE_NO_REACH = 60


# A house's number and its flat, which make an address with no street ("Hannah (no 37,
# flat B)", "No. 12, apt 4"): who lives there, among the street's or the block's neighbours
_HOUSE_AND_FLAT_EN = re.compile(
    r"(?<![^\W\d_])(?:no\.?|number|#)[ \t]?\d{1,4}[A-Za-z]?[ \t]*,[ \t]*"
    r"(?:flat|apt\.?|apartment)[ \t]*(?:no\.?[ \t]?)?(?:\d{1,4}[A-Za-z]?|(?-i:[A-Z]))(?![\w-])",
    re.IGNORECASE,
)


def _houses_by_number(text: str) -> Iterator[tuple[str, int, int, float]]:
    """A house by "No." and its number (:data:`_HOUSE_NO`), or with its flat after it
    (:data:`_HOUSE_AND_FLAT_EN`)."""
    lower = lowered(text) or text.lower()
    if "flat" in lower or "apt" in lower or "apartment" in lower:
        for house in _HOUSE_AND_FLAT_EN.finditer(text):
            yield ADDRESS, house.start(), house.end(), 0.75
    if "No" not in text:
        return
    for house in _HOUSE_NO.finditer(text):  # from "No", rarer than "at" and "of"
        if not _HOUSE_NO_BEFORE.search(text, max(0, house.start() - 6), house.start()):
            continue
        start = max(0, house.start() - _HOUSE_NO_REACH)
        end = min(len(text), house.end() + _HOUSE_NO_REACH)
        if _HOUSE_NO_CONTEXT.search(text, start, end):
            yield ADDRESS, house.start(), house.end(), 0.75


def _numbered_houses(text: str) -> Iterator[tuple[str, int, int, float]]:
    for house in cue_matches(text, _NUMBERED_HEADS, _NUMBERED_HOUSE):
        yield ADDRESS, house.start(), house.end(), 0.75
    if "ЖК" in text:
        for complex_ in _COMPLEX.finditer(text):
            yield ADDRESS, complex_.start(), complex_.end(), 0.75
    lower = lowered(text) or text.lower()
    if "вилл" in lower or "villa" in lower:
        for villa in _VILLA.finditer(text):
            number = re.sub(r"\D", "", villa.group())
            if not MEASURED.match(text, villa.end()) and not counts_next(text, villa.end(), number):
                yield ADDRESS, villa.start(), villa.end(), 0.75
    if "house" in lower:
        for house in _ENGLISH_HOUSE.finditer(text):
            if not MEASURED.match(text, house.end()):
                yield ADDRESS, house.start(), house.end(), 0.75
    if "дом" in lower:
        for house in _HOUSE_ON_THE_LINE.finditer(text):
            start = text.rfind("\n", 0, house.start()) + 1
            end = text.find("\n", house.end())
            line = text[start : len(text) if end < 0 else end]
            if RU_STREET.search(line) and not counts_next(text, house.end(), "5"):
                yield ADDRESS, house.start(), house.end(), 0.75


def _named_houses(text: str) -> Iterator[tuple[str, int, int, float]]:
    for house in cue_matches(text, _HOUSE_HEADS, _NAMED_HOUSE):
        if not counts_next(text, house.end(), re.sub(r"\D", "", house.group("house"))):
            yield ADDRESS, house.start("street"), house.end(), 0.75


def _garden_plots(text: str) -> Iterator[tuple[str, int, int, float]]:
    for plot in cue_matches(text, _PLOT_HEADS, _GARDEN_PLOT):
        yield ADDRESS, plot.start(), plot.end(), 0.8
    for plot in cue_matches(text, _PLOT_EN_HEADS, _GARDEN_PLOT_EN):
        yield ADDRESS, plot.start(1), plot.end(1), 0.8


# ... or later in the sentence that says whose address it is, after a comma: "Her address
# is the same street, Lenina 00, Nyurba"; the street's word no English word
_ADDRESS_SAID = re.compile(
    r"(?<![^\W_])(?:address|адрес)\w{0,3}[ \t]+(?:is|was|это)[ \t]+[^\n.,;:]{0,30},[ \t]*",
    re.IGNORECASE,
)


# A British house's name before its street, after the word for an address or a property
# ("Property: The Old Forge, Ludlow Road, Little Stretton"): the house and the street
_PROPERTY_CUE = re.compile(r"(?<![^\W_])(?:address|property)[ \t]*:[ \t]*", re.IGNORECASE)
_PROPERTY_HEADS = heads("address", "property")
# (its name opens with "The" or holds a house's word: a town first, "Address: Tbilisi,
# Paliashvili Street", is no house)
_HOUSE_BY_NAME = re.compile(
    r"(?=The[ \t]|(?:[A-Z][\w'-]*[ \t]+){0,3}(?:Cottage|House|Farm|Forge|Lodge|Barn|Mill|Hall"
    r"|Manor|Villa|Grange|Croft|Rectory|Vicarage|Bungalow|Cabin|Chalet|Farmhouse|Oast)\b)"
    rf"(?:[A-Z][\w'-]*[ \t]+){{0,3}}[A-Z][\w'-]*[ \t]*,[ \t]*(?:[A-Z][\w'-]*[ \t]+){{1,3}}"
    rf"{_STREET_EN}(?!\w)"
)


def _latin_after_cue(text: str) -> Iterator[tuple[str, int, int, float]]:
    for cue in cue_matches(text, _ADDRESS_HEADS, _ADDRESS_CUE):
        street = _LATIN_STREET.match(text, cue.end())
        if street is not None:
            yield ADDRESS, street.start(), street.end(), 0.8
    for cue in cue_matches(text, _PROPERTY_HEADS, _PROPERTY_CUE):
        house = _HOUSE_BY_NAME.match(text, cue.end())
        if house is not None:
            yield ADDRESS, house.start(), house.end(), 0.8
    for cue in cue_matches(text, _ADDRESS_HEADS, _ADDRESS_SAID):
        street = _LATIN_STREET.match(text, cue.end())
        name = street.group().split()[0].strip(",").lower() if street is not None else ""
        if street is not None and name not in english_dict.words():
            yield ADDRESS, street.start(), street.end(), 0.8


def _first_name(word: str) -> bool:
    """True if the dictionary reads ``word`` first as a first name."""
    parses = forms_ru.parses(word.lower())
    return bool(parses) and "Name" in parses[0].tag


# A flat by its number after its word: "кв. 49", "квартира №12", "жильцы кв. 51" (not
# "54 кв. м" nor "квартира 54 кв.м", its area).
_FLAT_NUMBER = re.compile(
    r"(?<![^\W_])(?:кв\.|кв(?=\s*№?\s*\d)|квартир[аеуыо]\w{0,2})\s*№?\s*(\d{1,4}[а-я]?)"
    r"(?![\d.,]?\d|[^\W\d_]|\s*кв\.?\s*м|\s*м[²2]?(?![^\W_]))",
    re.IGNORECASE,
)


# A house and a flat said number first, as a chat answers "which house?": "00-й дом, 17
# кв.", "дом 5 12 кв" (not an area: "17 кв. м", "17 кв.м")
_HOUSE_AND_FLAT = re.compile(
    r"(?<![\w-])(?:\d{1,4}-?(?:й|ый|ой)[ \t]+дом|дом[ \t]*№?[ \t]*\d{1,4}[а-я]?)[ \t]*,?[ \t]*"
    r"\d{1,4}[ \t]?кв(?:\.|артира)?(?![^\W\d_]|[ \t]*\.?[ \t]*м(?![^\W_]))",
    re.IGNORECASE,
)


# A room someone lives in: after "live in", "живу в" ("I live in C-507", "живёт в комнате
# 312"), and in a text about a hostel or a dormitory after the word for a room ("room 507",
# "комната 312", "ком. 12"), a shelter or an asylum seekers' accommodation centre: such a
# room is a home address.
_LIVES_IN = re.compile(
    r"(?<![^\W_])(?:liv(?:e[sd]?|ing)|stay(?:s|ed|ing)?|moved?|moving)\s+(?:in(?:to)?|to)\s+"
    r"(?:(?:the\s+)?(?:dorm\s+)?room\s+(?:no\.?\s*)?(?P<number>\d{1,4}[a-z]?)"
    r"|(?P<code>[A-Z]{1,2}[-‐]\d{1,4}))(?![\w-])"
    r"|(?<![^\W_])(?:жив[уёе]\w{0,2}|жил[аи]?|прожива\w{1,3}|переехал\w{0,2}|переселил\w{0,4})"
    r"\s+в\s+(?:комнат[уеы]\s*(?:№\s*)?(?P<ru_number>\d{1,4}[а-я]?)"
    r"|(?P<ru_code>[А-ЯA-Z]{1,2}[-‐]\d{1,4}))(?![\w-])",
    re.IGNORECASE,
)
# A room's, a cabin's or a cell's number: a letter may come before it ("B-14") or after
# it, joined or with a hyphen ("214A", "509-б", "12а")
_ROOM_NUMBER = r"(?:[A-ZА-Я][-‐])?\d{1,4}(?:[-‐]?[a-zа-я](?![\w-]))?"
_ROOM = re.compile(
    r"(?<![^\W_])(?:room|комнат[аеуы]|комн\.|ком\.|к\.|bed|bunk|койк[аеиуо]й?|кроват[ьи])"
    rf"\s*(?:№|no\.?)?\s*{_ROOM_NUMBER}(?![\w-])",
    re.IGNORECASE,
)
# a bed in a hostel or a shelter is where its guest sleeps, as a room is ("Bed 12, lower
# bunk", "койка 22")
_ROOM_HEADS = heads("room", "комнат", "комн.", "ком.", "к.", "bunk", "кроват")
_BED_HEADS = ("bed", "койк")  # heads of a ward's bed too (:data:`_SEAT_HEADS`)
_DORM_WORDS = (
    "общежит", "общаг", "dorm", "hostel", "хостел", "residence hall", "кампус", "accommodation",
    "shelter", "reception cent", "временного размещения", "пвр", "приют", "проживающ",
    "resident", "occupant", "allocation", "жилец", "жильц", "housing",
)  # fmt: skip


_LIVES_HEADS = heads(
    "live", "lives", "lived", "living", "stay", "stays", "stayed", "staying", "move", "moved",
    "moving", "жив", "жил", "прожива", "переехал", "переселил",
)  # fmt: skip


def _rooms(text: str, lower: str) -> Iterator[tuple[str, int, int, float]]:
    """Rooms someone lives in (see :data:`_LIVES_IN` and :data:`_ROOM`) and where a
    passenger travels (:data:`_CARRIAGE_SEAT`): one pass for the verbs and the words for a
    room, a carriage or a cabin; a dormitory's words are looked for only where a word for
    a room is."""
    rooms: list[int] = []
    carriage = False
    for head in _ROOM_OR_LIVES.finditer(lower):
        if head.word in _ROOM_HEADS.words:
            rooms.append(head.start())
        elif head.word in _SEAT_HEADS.words:
            if head.word in _BED_HEADS:
                rooms.append(head.start())
            if (match := _CARRIAGE_SEAT.match(text, head.start())) is not None:
                carriage = carriage or not head.word.startswith(_NO_CARRIAGE)
                yield ADDRESS, match.start(), match.end(), 0.75
        elif (match := _LIVES_IN.match(text, head.start())) is not None:
            group = next(g for g in ("number", "code", "ru_number", "ru_code") if match.group(g))
            yield ADDRESS, match.start(group), match.end(group), 0.75
    if carriage:  # a seat alone, in a text with a carriage's seat
        for match in _SEAT_ALONE.finditer(text):
            yield ADDRESS, match.start(), match.end(), 0.75
    if rooms and any(word in lower for word in _DORM_WORDS):
        for start in rooms:
            if (match := _ROOM.match(text, start)) is not None:
                yield ADDRESS, match.start(), match.end(), 0.75
        yield from in_columns(text, _ROOM_COLUMN)


_ROOM_COLUMN = Column(  # a dormitory's table of who lives where: "| комната | кто |"
    ADDRESS,
    heads("комн", "ком.", "room"),
    re.compile(r"(?<![^\W_])(?:комнат[аы]|комн\.|ком\.|room)(?![^\W_])", re.IGNORECASE),
    re.compile(rf"(?<![\w-]){_ROOM_NUMBER}(?![\w-])", re.IGNORECASE),
    0.75,
)


# Where a passenger travels: a carriage and a seat ("ваг. 9, м. 17", "вагон 9, место 17",
# "car 9, seat 17"), a seat alone in a text with a carriage ("с м. 22 на м. 30"), a
# cabin ("cabin 7021", "каюта 214"): with the trip, it names the passenger to whoever
# holds the manifest. Where a detainee is held, too: his cell ("камера 412", "cell B-14").
# The heads of a cabin's or a cell's word, and of a ward's and a bed's: none is a carriage's
_CABIN_HEADS = ("cabin", "кают", "камер", "кам.", "cell")
_WARD_HEADS = ("палат", "пал.", "ward")
_SEAT_HEADS = heads(
    "ваг", "car ", "coach", "carriage", "мест", "м.", "seat", "berth",
    *_CABIN_HEADS, *_WARD_HEADS, *_BED_HEADS,
)  # fmt: skip
_NO_CARRIAGE = (*_CABIN_HEADS, *_WARD_HEADS, *_BED_HEADS)
# A patient's ward and bed said together ("палата № 12, койка 4", "пал. 311, койка 6", "пал.
# 214, к. 3", "пал. 5/1", "в палату 12 на койку 4", "ward 4 bed 11", "bed 2, ward 7"): with
# the hospital, they name the patient to whoever reads its list. A ward or a bed alone is
# kept (a ward's heading).
_WARD = r"(?:палат[аеуы]|пал\.|ward)[ \t]*(?:№|no\.?)?[ \t]*\d{1,4}[a-zа-я]?"
_BED = r"(?:койк[аеиуо]й?|bed|к\.)[ \t]*(?:№|no\.?)?[ \t]*\d{1,3}"  # "к." after a ward only
_WARD_JOIN = r"[ \t]*(?:[,;/]|на|in|в)?[ \t]*"
_CARRIAGE = r"(?:ваг(?:он\w{0,2})?\.?|car|coach|carriage)[ \t]*№?[ \t]*\d{1,2}"
_SEAT = r"(?:м\.|мест[оаеу]|местом|seat|place|berth)[ \t]*№?[ \t]*\d{1,3}[a-zа-я]?"
_CARRIAGE_SEAT = re.compile(
    rf"(?<![^\W_])(?:{_CARRIAGE}[ \t]*[,;/]?[ \t]*{_SEAT}"
    rf"|{_SEAT}[ \t]*[,;/]?[ \t]*{_CARRIAGE}"  # the seat first: "место 16 вагона 9"
    rf"|(?:cabin|кают[аеуы])[ \t]*№?[ \t]*{_ROOM_NUMBER}"
    # a detainee's cell ("камера 412", "кам. 214", "cell B-14"), not a camera's megapixels
    rf"|(?:камер[аеуы]|кам\.|cell)[ \t]*(?:№|no\.?)?[ \t]*{_ROOM_NUMBER}"
    r"(?![\w-]|[ \t]*(?:мп|mp|мегапикс|megapix|px|fps|кадр))"
    rf"|{_WARD}(?:{_WARD_JOIN}{_BED}|/\d{{1,3}})|{_BED}{_WARD_JOIN}{_WARD})(?![\w-])",
    re.IGNORECASE,
)
_SEAT_ALONE = re.compile(
    r"(?<![^\W_])(?:м\.|мест[оаеу]|местом|seat|berth)[ \t]*№?[ \t]*\d{1,3}(?![\w.,–-]?\d)",
    re.IGNORECASE,
)


# the words for a room, the verbs for living somewhere and the words for a carriage or a
# cabin: one pass of the text for the three
_ROOM_OR_LIVES = heads(*_ROOM_HEADS.words, *_LIVES_HEADS.words, *_SEAT_HEADS.words)


# What a number measures or counts when it stands right after it ("611 рублей", "5 km",
# "20 percent", "3 rooms"): the number is no flat's, no identifier's said again.
MEASURED = re.compile(
    r"[ \t\u00a0]*(?:[$€₽%£]|(?:руб|р\.|коп|тыс|млн|шт|кг|км|км/ч|м\b|см|мм|г\b|л\b|мл"
    r"|usd|eur|rub|kg|km|mph|cm|mm|ml|pcs|percent|per\b|miles?|months?|years?|days?|hours?"
    r"|minutes?|times|rooms?|people|persons|men|women|euros?|dollars?|pounds?|rubles?|roubles?)"
    r"(?![^\W\d_]{4}))",
    re.IGNORECASE,
)
# A flat by its number in English: "flat 24", "flat 4B", "apartment 12", "apt. 5" (not "a
# flat 20 percent", "flat 5 km")
_ENGLISH_FLAT = re.compile(
    r"(?<![^\W_])(?:flat|apartment|apt\.?)[ \t]*(?:no\.?|#)?[ \t]*\d{1,4}(?:[-‐]?[a-z])?(?![\w-])"
    rf"(?!{MEASURED.pattern})",
    re.IGNORECASE,
)


def _flats(text: str) -> Iterator[tuple[str, int, int, float]]:
    lower = lowered(text) or text.lower()  # the cue finders' cached view
    yield from _rooms(text, lower)
    if "flat" in lower or "apartment" in lower or "apt" in lower:
        for match in _ENGLISH_FLAT.finditer(text):
            yield ADDRESS, match.start(), match.end(), 0.75
    if "кв." in lower or "квартир" in lower or "кв " in lower:
        for match in _FLAT_NUMBER.finditer(text):
            numbered = "№" in match.group() or match.group().lower().startswith("кв.")
            parses = _next_word_parses(text, match.end())[:1]  # "кв. 49 и её сын": a conjunction
            counted = any(p.tag.POS in _COUNTED and p.tag.case in ("gent", "gen2") for p in parses)
            if numbered or not counted:  # "в квартире 2 комнат"; "квартиры № 51 нашего дома"
                # the street and the house before it without their words: "Ленина 4 кв 9"
                reach = max(0, match.start() - 40)
                street = _STREET_HOUSE_BEFORE.search(text, reach, match.start())
                start = match.start() if street is None else street.start()
                yield ADDRESS, start, match.end(), 0.75
    if "дом" in lower and "кв" in lower:
        for match in _HOUSE_AND_FLAT.finditer(text):
            yield ADDRESS, match.start(), match.end(), 0.75
    if not any(word in lower for word in _FLATS_WORDS):
        return
    for match in _FLAT.finditer(text):
        if not _agrees_next(text, match.end()):
            yield ADDRESS, match.start(), match.end(), 0.75


# A street found in an address ("ул. Бассейная, 27, кв. 114") is the same address where
# the text names it again by its name and house alone, in any case ("Бассейная, 27 снова",
# "на Бассейной 27"): the street's word is said once and left out after.
_STREET_NAME_WORD = re.compile(
    r"[А-ЯЁA-Z](?<![^\W\d_][А-ЯЁA-Z])[а-яёa-z]{3,}(?:-[А-ЯЁA-Z][а-яёa-z]+)?"
)
_FIRST_HOUSE = re.compile(r"\d{1,4}(?![\d:.]\d)")
_RU_ENDING = re.compile(r"(?:ая|ой|ую|ою|ий|ый|ого|ому|ом|ым|ее|ое|ей|а|ы|е|у|и|ю|я)$")


def villages_again(
    text: str, found: list[tuple[int, int]]
) -> Iterator[tuple[str, int, int, float]]:
    """A village found as where someone lives (:data:`_SETTLEMENT`) is the same village
    wherever the text names it again, by its type and name ("по адресу: с. Улахан-Ан" ...
    "расположенного: ..., с. Улахан-Ан"): one place, redacted everywhere or nowhere."""
    villages = {text[s:e] for s, e in found if _SETTLEMENT.fullmatch(text, s, e)}
    for village in villages:
        at = text.find(village)
        while at >= 0:
            end = at + len(village)
            if not text[end : end + 1].isalpha() and not any(s <= at < e for s, e in found):
                yield ADDRESS, at, end, 0.75
            at = text.find(village, end)


def streets_again(text: str, found: list[tuple[int, int]]) -> Iterator[tuple[str, int, int, float]]:
    """The streets of the addresses at ``found`` named again by name and house number."""
    named: dict[str, set[str]] = {}  # the street's stem: its houses' numbers (two on one
    # street: "Садовая 14" and "Садовая 9")
    for start, end in found:
        street = _STREET_NAME_WORD.search(text, start, end)
        if street is None:
            continue
        house = _FIRST_HOUSE.search(text, street.end(), end)
        if house is None or text[street.end() : house.start()].strip(" ,\t") not in (
            "",
            "д.",
            "дом",
        ):
            continue
        word = street.group()
        stem = _RU_ENDING.sub("", word) if len(word) >= 6 and forms_ru.is_cyrillic(word) else word
        named.setdefault(stem, set()).add(house.group())
    if not named:
        return
    spans = sorted(found)
    stems = "|".join(map(re.escape, sorted(named, key=len, reverse=True)))
    again = re.compile(  # every street at once; its own house number checked after
        # a hyphen between too, as a residents' association is named: "ТСЖ «Вересаева-9»"
        rf"(?<![^\W\d_])(?P<stem>{stems})[а-яё]{{0,3}}(?:[ \t]*,?[ \t]*(?:д\.[ \t]*)?|[-‐–])"
        r"(?P<house>\d{1,4})(?![\d]|[^\W\d_]{2})"
    )
    for match in again.finditer(text):
        number = match.group("house")
        if number not in named[match.group("stem")]:
            continue
        inside = any(s <= match.start() < e for s, e in spans)
        if not inside and not counts_next(text, match.end(), number):
            yield ADDRESS, match.start(), match.end(), 0.75
