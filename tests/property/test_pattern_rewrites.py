"""The fast recognizers find exactly what the plain regexes they replace found.

The reference patterns below are the original, slower spellings; the recognizers in
:mod:`intake.redact.patterns` and :mod:`intake.redact.phones`, and the scans of the
skeleton fold, the spelled-out names and the words of mixed scripts, were rewritten for
speed (first character before the look-behind, literal anchors, pre-filters) and must
not find one span less or more.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from intake.redact import (
    addresses,
    birth_cues,
    callsigns,
    confusables,
    coordinates,
    fold,
    identifiers,
    initials,
    matcher,
    names,
    names_ru,
    patterns,
    phones,
    records,
    unregistered,
)
from intake.redact.cues import Blind, cue_matches

_I = re.IGNORECASE
_L = "АВЕКМНОРСТУХABEKMHOPCTYX"
_STREET_EN = (
    r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?"
    r"|Prospekt|Prospect|Square|Sq\.?|Way|Court|Ct\.?|Place|Pl\.?|Highway|Embankment)"
)
_FLAT_EN = r"(?:,?\s*(?:apt\.?|apartment|flat|building|bldg\.?)\s*\d{1,4}\w?)*"
REFERENCE = {
    "email": re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}", _I),
    "link": patterns.LINK_RE,
    "handle": re.compile(r"(?<![\w@.])@[A-Za-z][A-Za-z0-9_]{2,31}(?![\w@])"),
    "unit": re.compile(
        r"(?<!\w)(?:в\s?[/\\.]?\s?ч\.?|войсков\w{0,3}\s+част\w{0,3}"
        r"|(?:воинск\w{0,3}\s+)?част\w{0,3}|полев\w{0,3}\s+почт\w{0,3}|п/п|military\s+unit|unit"
        r"|part|mil\.\s?unit|v/ch|v\.\s?ch\.?)[\s:/\\.,#№–—-]{0,3}(?:(?:№|n|no\.?|#|number|номер)\s?)?"
        r"(\d{4,6}(?:\s?-\s?[а-яa-z]{1,2}|[а-яa-z]{1,2})?|\d{2,3}[ \u00a0]\d{3})(?!\w)",
        _I,
    ),
    "plate": re.compile(
        rf"(?<!\w)(?:[{_L}]\s?\d{{3}}\s?[{_L}]{{2}}\s?\d{{2,3}}(?:\s?RUS)?"
        rf"|[{_L}]{{2}}\s?\d{{4}}\s?[{_L}]{{2}}|\d{{4}}\s?[{_L}]{{2}}\s?\d{{2,3}})(?!\w)",
        _I,
    ),
    "coordinates": patterns.COORD_RE,
    "grid reference": re.compile(
        r"(?<![\w-])[1-6]?\d[C-HJ-NP-X]\s?[A-HJ-NP-Z]{2}\s?"
        r"(?:\d{5}\s?\d{5}|\d{4}\s?\d{4}|\d{3}\s?\d{3})(?![\w-])"
    ),
    "year of birth": re.compile(
        r"(?<!\d)(?:19|20)\d{2}(?=\s?г\.\s?р\.|\s?г\.?р\.?(?!\w))"
        # or its last two digits, a dot after the mark's first letter ("78 г.р.")
        r"|(?<![\d.,:/-])\d{2}(?=\s?г\.(?:\s?р\.|р\.?(?!\w)))",
        _I,
    ),
    "postal": re.compile(r"(?<![\w-])[A-Z]{2}\s?\d{3}\s?\d{3}\s?\d{3}\s?[A-Z]{2}(?![\w-])"),
    "snils": re.compile(r"(?<!\d)\d{3}-\d{3}-\d{3}[\s-]\d{2}(?!\d)"),
    "card": re.compile(r"(?<![\w-])[2-6]\d{3}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\w-])"),
    "candidate": re.compile(r"(?<![\w+])\+?\(?\d[\d\s().\-–]{5,22}\d(?!\w)"),
    "local": re.compile(r"(?<![\w\-–+(])\d{3}[\-–]\d{2}[\-–]\d{2}(?![\w\-–])"),
    "short": re.compile(
        r"(?i:тел\w*|phone|tel|номер\w*|звон\w*|call\w*)\.?:?\s{1,3}"
        r"(\d{2}[\-–]\d{2}[\-–]\d{2})(?![\w\-–])"
    ),
    "spelled": re.compile(
        r"(?<![^\W_])[^\W\d_](?:[ .\-*]{1,2}[^\W\d_](?![^\W_])){2,}"
    ),  # three letters or more
    "mixed": re.compile(r"[a-zA-Z](?=[\u0400-\u04ff])|[\u0400-\u04ff](?=[a-zA-Z])"),
    "house": re.compile(
        r"(?<!\w)(?:д(?:ом)?\.?\s*\d{1,4}(?:[а-я](?!\w))?(?:/\d{1,4})?\s*,?\s*"
        r"(?:кв(?:артира)?|корп(?:ус)?)\.?\s*\d{1,4})(?!\d)",
        _I,
    ),
    "street number first": re.compile(
        rf"(?<![\w,])\d{{1,5}}\w?,?\s+(?:[A-Z][\w'-]*\s+){{1,3}}{_STREET_EN}(?!\w){_FLAT_EN}"
    ),
    "street name first": re.compile(
        rf"(?<!\w)(?:[A-Z][\w'-]*\s+){{1,3}}{_STREET_EN}(?!\w)\s*,?\s*\d{{1,4}}\w?(?!\d)" + _FLAT_EN
    ),
    "street transliterated": addresses.EN_TRANSLIT,
    "id cue": patterns._ID_CUE,
    "date": re.compile(
        rf"(?<!\d)\d{{1,2}}(?:[./]\d{{1,2}}[./](?:19|20)?\d{{2}}(?!\d)"
        rf"|\s+{patterns._MONTHS_RU}(?![^\W\d_])(?:\s+(?:19|20)\d{{2}}(?:\s?г\.?)?)?"
        rf"|\s+{patterns._MONTHS_EN}(?![^\W\d_])(?:\s+(?:19|20)\d{{2}})?)",
        _I,
    ),
    "month first": re.compile(
        rf"(?<![^\W\d_]){patterns._MONTHS_EN}\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?"
        r"(?:,?\s+(?:19|20)\d{2})?",
        _I,
    ),
    "certificate": re.compile(r"(?<![\w-])[IVXІХ]{1,4}\s?[-‐–]\s?[А-ЯЁ]{2}\s?(?:№\s?)?\d{6}(?!\d)"),
    "camel": re.compile(r"[a-zа-яё][A-ZА-ЯЁ]"),
}
FAST = {
    "email": lambda t: [(s, e) for _, s, e, _ in patterns.find_emails(t)],
    "link": lambda t: [(s, e) for _, s, e, _ in patterns.find_links(t)],
    "handle": lambda t: [m.span() for m in patterns.HANDLE_RE.finditer(t)],
    "unit": lambda t: [m.span(1) for m in patterns.UNIT_RE.finditer(t)],
    "plate": lambda t: [(s, e) for _, s, e, _ in patterns.find_plates(t)],
    "coordinates": lambda t: [(s, e) for _, s, e, _ in patterns.find_coordinates(t)],
    "grid reference": lambda t: [
        (s, e) for _, s, e, _ in coordinates.find_coordinates(t) if t[s:e] and _grid(t[s:e])
    ],
    "year of birth": lambda t: sorted(  # the years ("1991 г.р." is also a date before a cue)
        {(s, e) for _, s, e, _ in birth_cues.find_cued_birth_dates(t) if t[s:e].isdigit()}
    ),
    "postal": lambda t: [(s, e) for k, s, e, _ in records.find_records(t) if k == "id_number"],
    "snils": lambda t: [m.span() for m in patterns.SNILS_RE.finditer(t)],
    "card": lambda t: [m.span() for m in patterns.CARD_RE.finditer(t)],
    "candidate": lambda t: [m.span() for m in phones._CANDIDATE.finditer(t)],
    "local": lambda t: [m.span() for m in phones._LOCAL.finditer(t)],
    "short": lambda t: [(s, e) for _, s, e, score in phones.find_phones(t) if score == 0.8],
    "spelled": lambda t: [(p[0][0], p[0][-1] + 1) for p in matcher._spelled_out(t)],
    "mixed": lambda t: [
        (p, p + 1) for p in confusables.mixed_words(t) if not confusables.rare().match(t, p)
    ],
    "house": lambda t: [m.span() for m in addresses.RU_HOUSE.finditer(t)],
    "street number first": lambda t: [m.span() for m in addresses.EN_NUMBER_FIRST.finditer(t)],
    "street name first": lambda t: [m.span() for m in addresses.EN_NAME_FIRST.finditer(t)],
    "street transliterated": lambda t: [
        m.span() for m in cue_matches(t, addresses._TRANSLIT_HEADS, addresses.EN_TRANSLIT)
    ],
    "id cue": lambda t: [m.span() for m in cue_matches(t, patterns._ID_HEADS, patterns._ID_CUE)],
    "date": lambda t: [m.span() for m in patterns.DATE_RE.finditer(t)],
    "month first": lambda t: [m.span() for m in patterns.DATE_MONTH_FIRST.finditer(t)],
    "certificate": lambda t: [m.span() for m in identifiers._CERTIFICATE.finditer(t)],
    "camel": lambda t: [(m.start() - 1, m.end()) for m in matcher._CAMEL.finditer(t)],
}
GROUP = {"unit": 1, "short": 1}


def _grid(span: str) -> bool:
    """A span the grid-reference scan found (its band letter follows a digit)."""
    return re.search(r"\d[C-HJ-NP-X]\s?[A-HJ-NP-Z]{2}", span) is not None


PIECES = [
    "в/ч",
    "В/Ч:",
    "в\\ч",
    "в.ч",
    "part",
    "number ",
    "номер",
    "v.ch.",
    "-",
    ":",
    "в.ч.",
    "вч",
    "войсковая часть",
    "воинской части",
    "части",
    "полевая почта",
    "п/п",
    "military unit",
    "Unit",
    "mil. unit",
    "v/ch",
    "№",
    "#",
    "no.",
    "12345",
    "1234",
    "99999-АБ",
    "а",
    "x",
    "ᲀч",
    "А123ВС77",
    "АВ 1234 ЕК",
    "1234 АВ 77",
    "RUS",
    "А",
    "В ",
    "77",
    "55.7558, 37.6173",
    "55°45′ N",
    "37°37′ E",
    "123-456-789 01",
    "4276 1234 5678 9012",
    "+7 (900) 000-00-01",
    "8 900 000 00 01",
    "+(",
    "(",
    "+",
    "a.b+c@d-e.example.org",
    "@",
    "@some_body",
    "t.me/x_y",
    "https://www.vk.com/id1",
    ".com/",
    ".",
    ",",
    "-",
    "_",
    "Ivan",
    "Иван",
    "0",
    "7",
    " ",
    "  ",
    "\n",
    "ı",
    "ſ",
    "12.03.2023",
    "12 марта",
    "May",
    "March 3rd",
    "2023",
    "г.",
    "тел.: ",
    "Телефон ",
    "звонили\t",
    "call me  ",
    "55-12-34",
    "345-67-89",
    "К о в а л ь",
    "ж.у.к.",
    "Пеtров",
    "Ivаn",
    "ⓐ",
    "Ив4н",
    "k1",
    "84",
    "д. 5, кв. 12",
    "Дом 7 корп 2",
    "д5кв1",
    "12 Baker Street",
    "Lenin Avenue 5",
    "Old Mill Road, flat 3",
    "ulitsa Lenina 5",
    "Ul. Mira",
    "pr. Mira 3",
    "PER. Tihiy",
    "vul. Sadova",
    "Bulvar Shevchenka 2",
    "ploshcha Rynok",
    "prison",
    "would",
    "паспорт",
    "Паспорт серии",
    "военный билет",
    "ВОЕННИК",
    "military id",
    "ID card",
    "dog tag",
    "ᲃнилс",
    "ſervice number",
    "personal number",
    "37U DB 12345 67890",
    "7UDB123456",
    "DB",
    "37U",
    " 1991 г.р.",
    "1991г.р",
    "1991 г. р.",
    "г.р.",
    "RA000123456RU",
    "EE 000 123 456 RU",
    "RU",
    "–",
    "—",
    "II-МЮ № 000123",
    "I-АН 654321",
    "ІХ",
    "Св",
    "свободуЗуеву",
    "Ё",
    "mAY 3",
    " Sep 12",
    "ДЕКАБРЯ 2023 Г.",
    "İ",
    "ﬁ",
]
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TEXTS = st.lists(st.sampled_from(PIECES), max_size=10).map("".join)


@pytest.mark.parametrize("name", sorted(REFERENCE))
@SETTINGS
@given(text=TEXTS)
@example(text="тел.: 4276 1234 5678 9012в/ч")  # a number after a phone's cue is no short one
def test_fast_recognizers_find_what_the_plain_regexes_found(name: str, text: str) -> None:
    group = GROUP.get(name, 0)
    assert FAST[name](text) == [m.span(group) for m in REFERENCE[name].finditer(text)]


@SETTINGS
@given(text=TEXTS)
def test_words_of_letters_and_digits_are_found_as_before(text: str) -> None:
    reference = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")
    assert (fold.LETTER_BY_DIGIT.search(text) is None) == (reference.search(text) is None)
    assert _words_at(text, fold.LETTER_BY_DIGIT) == _words_at(text, reference)


def _words_at(text: str, pattern: re.Pattern[str]) -> set[tuple[int, int]]:
    """The runs of letters and digits around each match of ``pattern``."""
    out = set()
    for match in pattern.finditer(text):
        start, end = match.start(), match.end()
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        out.add((start, end))
    return out


@SETTINGS
@given(text=TEXTS)
def test_dates_are_found_as_before(text: str) -> None:
    months_ru = (
        r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр"
        r"|декабр)\w{0,3}"
    )
    months_en = (
        r"(?:January|February|March|April|May|June|July|August|September|October"
        r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
    )
    # (not after a digit and a dot, a comma or a slash: a longer code's tail, "0021.89.00/2024";
    # a month's name ends its word: "17:00  Junior" holds no "00 Jun")
    reference = re.compile(
        rf"(?<!\d)(?<!\d[.,/])\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)?\d{{2}}(?!\d)"
        rf"|(?<!\d)(?<!\d[.,/])\d{{1,2}}\s+{months_ru}(?![^\W\d_])(?:\s+(?:19|20)\d{{2}}(?:\s?г\.?)?)?"
        rf"|(?<!\d)(?<!\d[.,/])\d{{1,2}}\s+{months_en}(?![^\W\d_])(?:\s+(?:19|20)\d{{2}})?"
        # a month opening a word ("Shogenov 31" holds no "nov 31")
        # (its day a day's digits, not a year's first two: "May 1986")
        rf"|(?<![^\W\d_]){months_en}\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{{2}})?",
        _I,
    )
    expected = {m.span() for m in reference.finditer(text)}
    found = {(s, e) for _, s, e, _ in patterns.find_dates(text)}
    assert expected <= found or all(any(a <= s and t <= b for a, b in found) for s, t in expected)


def test_a_case_blind_regex_must_be_written_in_lower_case() -> None:
    """:class:`~intake.redact.cues.Blind` reads the lower-cased text case-sensitively: a
    capital in its regex would never match there."""
    with pytest.raises(ValueError, match="lower case"):
        Blind(r"(?<!\w)Unit\s\d+")
    assert Blind(r"\Sunit\S").lower.pattern == r"\Sunit\S"  # "\S" is a class, no capital


# Word scans written from their capital letter, not from a look-behind: the regex engine
# tries a look-behind at every position of the text, and skips to a capital.
WORD_SCANS: dict[str, tuple[str, re.Pattern[str]]] = {
    "unregistered capitalised": (
        r"(?<![^\W\d_])[A-ZА-ЯЁ][^\W\d_]{2,}",
        unregistered._CAPITALISED,
    ),
    "russian name word": (
        r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?![\w])",
        names_ru._WORD,
    ),
    "cyrillic word": (
        r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?![\w])",
        names._CYR_WORD,
    ),
    "latin word": (
        r"(?<![\w'’])[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)?(?![\w])",
        names._LAT_WORD,
    ),
    "call sign capitalised": (
        r"(?<![^\W_])[A-ZА-ЯЁ][^\W\d_]+(?![^\W_])",
        callsigns._CAPITALISED,
    ),
    "code said again": (r"(?<![\w-])[A-ZА-ЯЁ]{1,3}[-‐]?\d{2,}(?![\w-])", patterns._CODE),
    "initial": (r"(?<![^\W\d_])([A-ZА-ЯЁ])\.", initials._INITIAL),
    "number said again": (r"(?<![\w.,/:-])[0-9]{3,}(?![\w]|[.,/:-][0-9])", patterns._NUMBER),
}
WORD_PIECES = st.sampled_from(
    [
        *"AaZzЯяЁё-_'’. 19\n,/:",
        "Ив",
        "ан",
        "Smith",
        "O'Neil",
        "Петров-Водкин",
        "Б-14",
        "В.",
        "x2",
        "611",
    ]
)


@pytest.mark.parametrize("name", sorted(WORD_SCANS))
@SETTINGS
@given(text=st.lists(WORD_PIECES, max_size=14).map("".join))
def test_word_scans_find_what_the_look_behind_first_regexes_found(name: str, text: str) -> None:
    reference, fast = WORD_SCANS[name]
    expected = [m.span() for m in re.finditer(reference, text)]
    assert [m.span() for m in fast.finditer(text)] == expected
    found = fast.search(text)
    assert (found.span() if found else None) == (expected[0] if expected else None)


@SETTINGS
@given(
    text=st.lists(st.sampled_from([*"ая ё\n\tXя", "\u00a0", "дом", "Дом", ", "]), max_size=14).map(
        "".join
    ),
    start=st.integers(0, 40),
)
def test_the_word_before_is_what_the_regex_found(text: str, start: int) -> None:
    start = min(start, len(text))
    found = re.compile(r"([а-яё]+)[^\S\n]+$").search(text, max(0, start - 30), start)
    assert names_ru.cyrillic_word_before(text, start) == (found.group(1) if found else None)
