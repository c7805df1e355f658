"""Pattern recognizers: e-mails, handles, unit numbers, IDs, plates, coordinates, cards, dates.

Each recognizer is a function from the clean text to (kind, start, end, score)
tuples; :data:`RECOGNIZERS` lists them by name. Addresses are in
:mod:`intake.redact.addresses`, phones in :mod:`intake.redact.phones`.
Numbers that identify no one ("234 servicemen", "1 793", years, ages) match
none of these: every numeric pattern needs a cue word or a distinctive shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from intake.redact import addresses
from intake.redact.findings import (
    CARD,
    COORDINATES,
    DATE,
    EMAIL,
    HANDLE,
    ID_NUMBER,
    PLATE,
    UNIT,
)
from intake.redact.phones import find_phones

Hit = tuple[str, int, int, float]
Recognizer = Callable[[str], Iterator[Hit]]

_I = re.IGNORECASE
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}", _I)
LINK_RE = re.compile(
    r"(?:https?://)?(?:www\.)?(?:t(?:elegram)?\.me|vk\.com|ok\.ru|instagram\.com|facebook\.com"
    r"|fb\.com|twitter\.com|x\.com|tiktok\.com|youtube\.com|wa\.me|signal\.me)"
    r"/[\w.@+/=?&%-]*[\w/=]", _I)
HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z][A-Za-z0-9_]{2,31}(?![\w@])")
UNIT_RE = re.compile(
    r"(?<!\w)(?:в\s?/\s?ч|в\.\s?ч\.|вч|войсков\w{0,3}\s+част\w{0,3}|(?:воинск\w{0,3}\s+)?част\w{0,3}"
    r"|полев\w{0,3}\s+почт\w{0,3}|п/п|military\s+unit|unit|mil\.\s?unit|v/ch)"
    r"\s*(?:№|n|no\.?|#)?\s*(\d{4,6}(?:\s?-\s?[а-яa-z]{1,2}|[а-яa-z]{1,2})?)(?!\w)", _I)
_ID_CUE = re.compile(
    r"(?<!\w)(?:паспорт\w{0,3}|загранпаспорт\w{0,3}|военн\w{1,3}\s+билет\w{0,3}|в/б|военник\w{0,3}"
    r"|удостоверени\w{1,2}|жетон\w{0,3}|личн\w{1,3}\s+номер\w{0,3}|инн|снилс|серия|passport"
    r"|military\s+id|id\s+card|service\s+number|dog\s+tag)", _I)
_ID_NUMBER = re.compile(
    r"(?<![\w-])(?:\d{2}\s?\d{2}\s?(?:№\s?)?\d{6}|[а-яa-z]{2}[\s-]?(?:№\s?)?\d{6,7}"
    r"|\d{3}-\d{3}-\d{3}\s?\d{2}|\d{6,12})(?!\d)", _I)
SNILS_RE = re.compile(r"(?<!\d)\d{3}-\d{3}-\d{3}[\s-]\d{2}(?!\d)")
_PLATE_LETTERS = "АВЕКМНОРСТУХABEKMHOPCTYX"
PLATE_RE = re.compile(
    rf"(?<!\w)(?:[{_PLATE_LETTERS}]\s?\d{{3}}\s?[{_PLATE_LETTERS}]{{2}}\s?\d{{2,3}}(?:\s?RUS)?"
    rf"|[{_PLATE_LETTERS}]{{2}}\s?\d{{4}}\s?[{_PLATE_LETTERS}]{{2}}"
    rf"|\d{{4}}\s?[{_PLATE_LETTERS}]{{2}}\s?\d{{2,3}})(?!\w)", _I)
COORD_RE = re.compile(
    r"(?<![\w.])[NSСЮ]?\s?[-+]?\d{1,2}[.,]\d{3,}°?\s?[NSСЮ]?\s*[,;/ ]\s*"
    r"[EWВЗ]?\s?[-+]?\d{1,3}[.,]\d{3,}°?\s?[EWВЗ]?(?![\w])"
    r"|\d{1,2}°\s?\d{1,2}['′]\s?(?:\d{1,2}(?:[.,]\d+)?[\"″]\s?)?[NSСЮ]?\s*,?\s*"
    r"\d{1,3}°\s?\d{1,2}['′]\s?(?:\d{1,2}(?:[.,]\d+)?[\"″]\s?)?[EWВЗ]?")
CARD_RE = re.compile(r"(?<![\d-])[2-6]\d{3}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\d-])")
_MONTHS_RU = (r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
              r"\w{0,3}")
_MONTHS_EN = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
              r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
DATE_RE = re.compile(
    rf"(?<!\d)\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)?\d{{2}}(?!\d)"
    rf"|(?<!\d)\d{{1,2}}\s+{_MONTHS_RU}(?:\s+(?:19|20)\d{{2}}(?:\s?г\.?)?)?"
    rf"|(?<!\d)\d{{1,2}}\s+{_MONTHS_EN}(?:\s+(?:19|20)\d{{2}})?"
    rf"|{_MONTHS_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{{2}})?", _I)


def _regex(kind: str, pattern: re.Pattern[str], score: float = 1.0, group: int = 0) -> Recognizer:
    def recognize(text: str) -> Iterator[Hit]:
        for match in pattern.finditer(text):
            yield kind, match.start(group), match.end(group), score
    return recognize


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char) * (2 if i % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def find_cards(text: str) -> Iterator[Hit]:
    for match in CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield CARD, match.start(), match.end(), 1.0


def find_ids(text: str) -> Iterator[Hit]:
    """Passport and military ID numbers within a few words after a cue word; SNILS by shape."""
    for cue in _ID_CUE.finditer(text):
        window_start = cue.end()
        window = text[window_start: window_start + 40]
        number = _ID_NUMBER.search(window)
        if number is not None:
            yield ID_NUMBER, window_start + number.start(), window_start + number.end(), 0.9
    yield from _regex(ID_NUMBER, SNILS_RE, 0.9)(text)


RECOGNIZERS: dict[str, Recognizer] = {
    "phone": find_phones,
    "email": _regex(EMAIL, EMAIL_RE),
    "link": _regex(HANDLE, LINK_RE),
    "handle": _regex(HANDLE, HANDLE_RE, 0.9),
    "unit": _regex(UNIT, UNIT_RE, 1.0),
    "id": find_ids,
    "plate": _regex(PLATE, PLATE_RE, 0.9),
    "coordinates": _regex(COORDINATES, COORD_RE),
    "card": find_cards,
    "address": addresses.find_addresses,
    "date": _regex(DATE, DATE_RE, 0.8),
}


def run_all(text: str, skip: frozenset[str] = frozenset()
            ) -> Iterator[tuple[str, str, int, int, float]]:
    """(recognizer, kind, start, end, score) of every pattern hit in ``text``, except the
    recognizers named in ``skip``."""
    for name, recognize in RECOGNIZERS.items():
        if name in skip:
            continue
        for kind, start, end, score in recognize(text):
            if end > start:
                yield name, kind, start, end, score
