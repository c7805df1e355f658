"""Pattern recognizers: e-mails, handles, unit numbers, IDs, plates, coordinates, cards, dates.

Each recognizer is a function from the clean text to (kind, start, end, score)
tuples; :data:`RECOGNIZERS` lists them by name. Addresses are in
:mod:`intake.redact.addresses`, phones in :mod:`intake.redact.phones`.
Numbers that identify no one ("234 servicemen", "1 793", years, ages) match
none of these: every numeric pattern needs a cue word or a distinctive shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from intake.redact import (
    accounts,
    addresses,
    birth_cues,
    birth_dates,
    callsigns,
    coordinates,
    english_dict,
    identifiers,
    number_words,
    records,
    said_dates,
    secrets_cued,
)
from intake.redact.columns import Column, in_columns, may_hold_a_table
from intake.redact.cues import Blind, cue_matches, heads, lowered
from intake.redact.findings import (
    ADDRESS,
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
    PHONE,
    PLATE,
    SECRET,
    UNIT,
)
from intake.redact.identifiers import luhn_ok
from intake.redact.phones import find_phones

Hit = tuple[str, int, int, float]
Recognizer = Callable[[str], Iterator[Hit]]

_I = re.IGNORECASE
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}", _I)
LINK_RE = re.compile(
    r"(?:https?://)?(?:www\.)?(?:t(?:elegram)?\.me|vk\.(?:com|ru)|vkontakte\.ru|ok\.ru|odnoklassniki\.ru|instagram\.com|facebook\.com"
    r"|fb\.com|twitter\.com|x\.com|tiktok\.com|youtube\.com|wa\.me|signal\.me"
    # a person's profile on a site for code, work or writing: "github.com/ksazhen-000"
    r"|github\.com|gitlab\.com|linkedin\.com|habr\.com|livejournal\.com|medium\.com"
    r"|reddit\.com|soundcloud\.com|behance\.net|threads\.net|bsky\.app"
    # a page that takes donations or gathers a person's links: "boosty.to/nbekm"
    r"|boosty\.to|patreon\.com|ko-fi\.com|buymeacoffee\.com|donationalerts\.com|linktr\.ee"
    r"|taplink\.cc|twitch\.tv|dzen\.ru|rutube\.ru|pikabu\.ru|teletype\.in|yoomoney\.ru)"
    r"/[\w.@+/=?&%-]*[\w/=]",
    _I,
)
# Where a pattern began "(?<!X)Y", it is written "Y(?<!XY)": the same language, but the regex
# engine can then skip ahead to the next possible first character (several times faster).
HANDLE_RE = re.compile(r"@(?<![\w@.]@)[A-Za-z][A-Za-z0-9_]{2,31}(?![\w@])")
# a forum's user name after "u/" (Reddit's way of writing one): "u/kalev_and_sons"; Reddit
# allows 20 characters, other forums more
USER_RE = re.compile(r"(?<![\w/.])/?u/[A-Za-z0-9_-]{3,32}(?![\w/-])")
UNIT_RE = Blind(
    r"[вчпmuvp](?<!\w[вчпmuvp])(?:(?<=в)(?:\s?[/\\.]?\s?ч\.?|ойсков\w{0,3}\s+част\w{0,3}"
    r"|оинск\w{0,3}\s+част\w{0,3})|(?<=ч)аст\w{0,3}|(?<=п)(?:олев\w{0,3}\s+почт\w{0,3}|/п)"
    r"|(?<=m)(?:ilitary\s+unit|il\.\s?unit|/u|\.\s?u\.)|(?<=u)nit|(?<=p)art|(?<=v)(?:/ch|\.\s?ch\.?))"
    r"[\s:/\\.,#№–—-]{0,3}(?:(?:№|n|no\.?|#|number|номер)\s?)?"
    r"(\d{4,6}(?:\s?-\s?[а-яa-z]{1,2}|[а-яa-z]{1,2})?|\d{2,3}[ \u00a0]\d{3})(?!\w)"
)
# After these cue words alone a four-digit year is a year ("part 2023", "часть 1999").
_WEAK_UNIT_CUE = re.compile(r"(?:part|unit|част\w*)\W*$", _I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_ID_CUE = re.compile(
    r"(?<!\w)(?:паспорт\w{0,3}|загранпаспорт\w{0,3}|военн\w{1,3}\s+билет\w{0,3}|в/б|военник\w{0,3}"
    r"|удостоверени\w{1,2}|жетон\w{0,3}|личн\w{1,3}\s+(?:номер|код)\w{0,3}|инн|снилс|серия|passport"
    r"|military\s+id|id\s+card|service\s+number|personal\s+(?:number|code|id)|dog\s+tag"
    # a national personal number and its name in each country: "personal code", "PESEL",
    # "ИИН", "IDNP", "isikukood", "personas kods", "идентификационный номер"; a residence
    # card's or permit's number
    r"|national\s+id|(?:personal\s+)?identification\s+(?:number|code)|персональн\w{1,3}\s+(?:номер|код)"
    r"|идентификационн\w{1,3}\s+(?:номер|код)|иин|iin|idnp|pesel|isikukood|asmens\s+kodas"
    r"|огрн(?:ип)?"  # a sole trader's state registration number
    r"|jmbg|јмбг|матични\s+број|emšo|embg|ембг"  # the former Yugoslavia's personal number
    r"|personas\s+kods|рнокпп|residence\s+(?:card|permit)|внж|вид\w?\s+на\s+жительств\w"
    r"|стс|птс)",  # a vehicle's registration certificate or passport: "СТС 31 ХН 000915"
    _I,
)
_ID_NUMBER = re.compile(
    r"(?<![\w-])(?:\d{2}\s?\d{2}\s?(?:№\s?)?\d{3}\s?\d{3}"
    r"|(?:[a-z]{2}[\s-])?[а-яa-z]{2}[\s-]?(?:№\s?)?\d{6,9}"  # "AB 1234567", "LT-RK 00093314"
    r"|\d{3}-\d{3}-\d{3}\s?\d{2}|\d{6}-\d{5}"  # SNILS; a Latvian personal code
    # a Belarusian personal number: "3140890A001PB4", typed with Cyrillic letters too
    r"|\d{7}[a-zа-я]\d{3}[a-zа-я]{2}\d"
    r"|\d{2}\s?[а-яё]{2}\s?(?:№\s?)?\d{6}"  # a vehicle's papers: "31 ХН 000915"
    # fifteen: an entrepreneur's ОГРНИП; four groups of three: a Kazakh ИИН ("870 417 000 417")
    r"|\d{6,15}|\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3}|\d{3}[ \u00a0]\d{3})(?!\d)",
    _I,
)
_LONGEST_ID = 24  # characters: the longest number :data:`_ID_NUMBER` reads
# A Belarusian personal number by its shape alone, no cue needed: seven digits (the sex and
# the century's, then the date of birth), the region's letter, three digits, "PB", "BA" or
# "BI" and a check digit, the letters Latin or Cyrillic as people type them ("3120590А000РВ3")
_BELARUS_PERSONAL = re.compile(
    r"[0-9](?<![\w-]\d)\d{6}[ABCEHKMАВСЕНКМ]\d{3}(?:PB|BA|BI|РВ|ВА|ВІ|BІ|ВI)\d(?![\w-])"
)
SNILS_RE = re.compile(r"[0-9](?<!\d\d)\d{2}-\d{3}-\d{3}[\s-]\d{2}(?!\d)")
_PLATE_LETTERS = "АВЕКМНОРСТУХABEKMHOPCTYX"
_L = _PLATE_LETTERS
PLATE_RE = re.compile(
    rf"[{_L}\d](?<!\w[{_L}\d])(?:(?<=[{_L}])(?:\s?\d{{3}}\s?[{_L}]{{2}}\s?\d{{2,3}}(?:\s?RUS)?"
    rf"|[{_L}IІ]\s?\d{{4}}\s?[{_L}IІ]{{2}})|(?<=\d)\d{{3}}\s?[{_L}]{{2}}\s?\d{{2,3}})(?!\w)",
    _I,
)
COORD_RE = re.compile(
    r"(?<![\w.])[NSСЮ]?\s?[-+]?\d{1,2}[.,]\d{3,}°?\s?[NSСЮ]?\s*[,;/ ]\s*"
    r"[EWВЗ]?\s?[-+]?\d{1,3}[.,]\d{3,}°?\s?[EWВЗ]?(?![\w])"
    r"|\d{1,2}°\s?\d{1,2}['′]\s?(?:\d{1,2}(?:[.,]\d+)?[\"″]\s?)?[NSСЮ]?\s*,?\s*"
    r"\d{1,3}°\s?\d{1,2}['′]\s?(?:\d{1,2}(?:[.,]\d+)?[\"″]\s?)?[EWВЗ]?"
)
# Every coordinate pair contains this (a gate before the slow COORD_RE).
_COORD_GATE = re.compile(  # "\d[.,]\d{3,}..." from its separator
    r"[.,](?<=\d[.,])\d{3,}°?\s?[NSСЮ]?\s*[,;/ ]\s*[EWВЗ]?\s?[-+]?\d{1,3}[.,]\d{3}"
)
# Not inside a word: the digits of a hex digest (a manifest's sha256) are no card.
CARD_RE = re.compile(r"[2-6](?<![\w-][2-6])\d{3}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\w-])")
_MONTHS_RU = (
    r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
    r"\w{0,3}"
)
_MONTHS_EN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:tember|t)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
    r"(?:(?<![a-z]{4})(?<!may)\.)?"
)  # "Mar." abbreviated; "March." ends a sentence
# "\d(?<!\d\d)" is "(?<!\d)\d" written so that the regex engine can skip to the next digit.
DATE_RE = Blind(
    rf"[0-9](?<!\d\d)\d?(?:[./]\d{{1,2}}[./](?:19|20)?\d{{2}}(?!\d)"
    # a month's name ends its word: "17:00  Junior squad" holds no "00 Jun"
    rf"|\s+{_MONTHS_RU}(?![^\W\d_])(?:\s+(?:19|20)\d{{2}}(?:\s?г\.?)?)?"
    rf"|\s+{_MONTHS_EN}(?![^\W\d_])(?:\s+(?:19|20)\d{{2}})?)"
)
DATE_MONTH_FIRST = Blind(  # _MONTHS_EN, first letter first, opening a word ("Shogenov 31": no)
    r"[jfmasond](?<![^\W\d_][jfmasond])(?:(?<=j)(?:an(?:uary)?|une?|uly?)|(?<=f)eb(?:ruary)?|(?<=m)(?:ar(?:ch)?|ay)"
    r"|(?<=a)(?:pr(?:il)?|ug(?:ust)?)|(?<=s)ep(?:tember|t)?|(?<=o)ct(?:ober)?"
    r"|(?<=n)ov(?:ember)?|(?<=d)ec(?:ember)?)(?:(?<![a-z]{4})(?<!may)\.)?"
    r"\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{2})?"  # not "March 19" of "March 1986"
)
_LINK_CUE = re.compile(r"\.(?:me|com|ru|net|app|to|ee|cc|tv|in)/", _I)
# Where an _ID_CUE match can start: the first letters of each of its words.
_ID_HEADS = heads(
    *("паспорт", "загранпаспорт", "военн", "в/б", "удостоверени", "жетон", "личн", "инн"),
    *("снилс", "серия", "passport", "military", "id", "service", "personal", "dog"),
    *("jmbg", "јмбг", "матични", "emšo", "embg", "ембг"),
    *("national", "identification", "персональн", "идентификационн", "иин", "iin", "idnp"),
    *("pesel", "isikukood", "asmens", "personas", "рнокпп", "residence", "внж", "вид на"),
    "вида на",
    "стс",
    "птс",
    "огрн",
)
_DIGIT = re.compile(r"\d")


def _regex(kind: str, pattern: re.Pattern[str], score: float = 1.0, group: int = 0) -> Recognizer:
    def recognize(text: str) -> Iterator[Hit]:
        for match in pattern.finditer(text):
            yield kind, match.start(group), match.end(group), score

    return recognize


# An account's display name in quotes after the word for the account, a word or two
# between ('from an account named "Кеша Хабаровск"', 'The account owner "..."', "с
# аккаунта «Кеша Хабаровск»", "профиль под ником «Сова»"): whoever runs it is named by it
_DISPLAY_HEADS = heads("account", "profile", "аккаунт", "профил")
_DISPLAY_NAME = re.compile(
    r"(?<![^\W_])(?:account|profile|аккаунт\w{0,2}|профил\w{1,2})"
    r"(?:[ \t]+(?:named|called|name|owner|под|ником|именем|с|по|имени|названием)){0,2}"
    r"[ \t]*:?[ \t]*[«\"“„]((?-i:[A-ZА-ЯЁ0-9@_])[^«»\"“”„\n\[\]]{1,39})[»\"”“]",
    _I,
)


def find_handles(text: str) -> Iterator[Hit]:
    """Handles ("@zuev_s"), a forum's user names after "u/" ("u/kalev_and_sons") and an
    account's display name in quotes after its word."""
    if "@" in text:
        yield from ((HANDLE, m.start(), m.end(), 0.9) for m in HANDLE_RE.finditer(text))
    if "u/" in text:
        yield from ((HANDLE, m.start(), m.end(), 0.9) for m in USER_RE.finditer(text))
    for found in cue_matches(text, _DISPLAY_HEADS, _DISPLAY_NAME):
        yield HANDLE, found.start(1), found.end(1), 0.8


def find_cards(text: str) -> Iterator[Hit]:
    for match in CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield CARD, match.start(), match.end(), 1.0


# A card named by its last four digits: after a mask ("**** 4471", "MIR *4471", "карта
# •• 4471"; a word or two between, "с карты сына *4471"), after "card ending (in)",
# "карта, оканчивающаяся на", or after "last four digits", "last digits", "последние
# цифры", "посл. 4 цифры". The four digits are the card's: with the bank's records they
# name the holder.
_CARD_TAIL = re.compile(
    r"(?:(?:card|account|карт\w*|счёт\w*|счет\w*|visa|mastercard|maestro|amex|mir|мир)"
    r"[\s,]+(?:\w+[\s,]+){0,2}?"
    r"(?:ending|оканчива\w*|заканчива\w*)(?:\s+(?:in|on|with|на))?\s*[:#№*•·]*\s*"
    r"|(?:(?:last|final)\s+(?:(?:four|4)\s+)?digits|(?:last|final)\s+(?:four|4)"
    r"|(?:последн\w*|посл\.)\s*(?:(?:четыре|4)\s+)?цифр\w*)"
    r"(?:\s+(?:of\s+the\s+card|карты))?\s*[:—–-]?\s*[*•·]*\s*"
    r"|(?:card|карт\w*|mir|мир|visa|mastercard|maestro|маэстро)"
    r"(?:\W{0,3}[*•·xх]{1,16}|(?:[\s,]+[^\W\d_]+){1,2}?\W{0,3}[*•·]{1,16})\s?"
    r"|[*•·]{4,}\s?)(\d{4})(?!\d)",
    _I,
)
_CARD_TAIL_HEADS = heads(
    "card", "account", "карт", "счёт", "счет", "last", "final", "последн", "посл.", "mir",
    "мир", "visa", "mastercard", "maestro", "маэстро",
)  # fmt: skip


def find_card_tails(text: str) -> Iterator[Hit]:
    """A card by its last four digits (see :data:`_CARD_TAIL`); the span is the digits."""
    lower = lowered(text) or text.lower()
    if not any(word in lower for word in _CARD_TAIL_WORDS):
        return  # every form has a mask or one of these words; most texts have none
    for match in cue_matches(text, _CARD_TAIL_HEADS, _CARD_TAIL):
        yield CARD, match.start(1), match.end(1), 0.85
    if "***" in text or "•••" in text or "···" in text:  # the same span twice is one finding
        for match in _MASKED_TAIL.finditer(text):
            yield CARD, match.start(1), match.end(1), 0.85


_CARD_TAIL_WORDS = (
    "ending",
    "оканчива",
    "заканчива",
    "last",
    "final",
    "последн",
    "посл.",
    "*",
    "•",
    "·",
)
_MASKED_TAIL = re.compile(r"[*•·]{3,}[ \u00a0]?(\d{4})(?!\d)")


def find_ids(text: str) -> Iterator[Hit]:
    """Passport and military ID numbers within a few words after a cue word; SNILS by shape."""
    for cue in cue_matches(text, _ID_HEADS, _ID_CUE):
        # the number starts within 40 characters and is read whole, past them too ("personal
        # code from her 1993 pension file is 41501150000")
        number = _ID_NUMBER.search(text, cue.end(), cue.end() + 40 + _LONGEST_ID)
        if number is not None and number.start() <= cue.end() + 40:
            yield ID_NUMBER, number.start(), number.end(), 0.9
    yield from _regex(ID_NUMBER, SNILS_RE, 0.9)(text)
    yield from _regex(ID_NUMBER, _BELARUS_PERSONAL, 0.9)(text)


def find_links(text: str) -> Iterator[Hit]:
    """Links to messengers, social networks and profile sites, looked for only around
    ".me/", ".com/", ".ru/", ".net/", ".app/", ".to/", ".ee/", ".cc/", ".tv/", ".in/" (every
    domain :data:`LINK_RE` knows ends so)."""
    floor = 0
    for cue in _LINK_CUE.finditer(text):
        if cue.start() < floor:
            continue
        match = next(
            (
                m
                for m in LINK_RE.finditer(text, max(floor, cue.start() - 32))
                if m.end() > cue.start()
            ),
            None,
        )
        if match is not None and match.start() <= cue.start():
            yield HANDLE, match.start(), match.end(), 1.0
            floor = match.end()
    yield from _profile_links(text)


# A person's page on any other site, by its path: "/user/", "/profile/", "/db/" (a radio
# amateur's page: "qrz.com/db/R6LZ0"), a tipping or donation page's ("tips.example/t/0041-
# kandrey", "/tip/", "/donate/"), "/@name"; looked for from the path, then back to the
# domain's start
_PROFILE_PATH = re.compile(
    r"\.[a-z]{2,10}/(?:u|user|users|profile|profiles|people|member|members|db|id|accounts?"
    r"|t|p|tip|tips|donate)/"
    r"[\w.@+-]*\w|\.[a-z]{2,10}/@[\w.-]*\w",
    _I,
)
_DOMAIN_BEFORE = re.compile(r"(?:https?://)?(?:[\w-]+\.)*[\w-]+\Z", _I)


# A file shared by a link ("Запись тут: wetransfer.example/echo/0x00dsp", "dropbox.com/s/
# x7f..."): whoever has the link has the recording or the scan; found from the service's
# name, a path after its domain
_SHARING = (
    *("wetransfer", "we.tl", "dropbox", "drive.google", "docs.google", "disk.yandex"),
    *("yadi.sk", "cloud.mail", "mega", "icloud", "onedrive", "1drv", "box"),
)
_SHARED = re.compile(
    rf"(?<![\w.-])(?:https?://)?(?:[\w-]+\.)*?(?:{'|'.join(map(re.escape, _SHARING))})"
    r"(?:\.[a-z]{2,10}){1,2}/[\w./%?=&#~+-]*[\w/=#~+-]",
    _I,
)


def _profile_links(text: str) -> Iterator[Hit]:
    if "/" not in text:
        return
    for path in _PROFILE_PATH.finditer(text):
        domain = _DOMAIN_BEFORE.search(text, max(0, path.start() - 60), path.start())
        if domain is not None:
            yield HANDLE, domain.start(), path.end(), 0.9
    lower = lowered(text) or text.lower()
    if any(f"{service}." in lower for service in _SHARING):  # every link holds one
        for link in _SHARED.finditer(text):
            yield HANDLE, link.start(), link.end(), 0.85


# An address spelt out so that machines miss it: "ivan.k (at) example (dot) org",
# "ivan.k собака mail точка ru", "ivan.k[at]example[.]org". The "at" and at least one
# "dot" are both needed ("meet him at home" is no address).
_SPOKEN_AT = (
    r"(?:[ \t]*[(\[{<][ \t]*(?:at|@|собака)[ \t]*[)\]}>][ \t]*|[ \t]+(?:at|собака|собачка)[ \t]+)"
)
_SPOKEN_DOT = (
    r"(?:[ \t]*[(\[{<][ \t]*(?:dot|\.|точка)[ \t]*[)\]}>][ \t]*|[ \t]+(?:dot|точка)[ \t]+)"
)
SPOKEN_EMAIL_RE = re.compile(
    rf"(?<![\w.+-])[A-Za-z0-9][\w.+-]*(?:{_SPOKEN_DOT}[A-Za-z0-9][\w.+-]*)*{_SPOKEN_AT}[A-Za-z0-9][\w-]*(?:(?:{_SPOKEN_DOT}|\.)"
    rf"[A-Za-z0-9][\w-]*)*(?:{_SPOKEN_DOT}|\.)[A-Za-z]{{2,}}(?![\w-])",
    _I,
)
# One of these stands in every such address (looked for as written: no lower-cased copy)
_SPOKEN_MARKS = ("dot", "Dot", "DOT", "точк", "Точк", "ТОЧК", "[.]", "(.)")


def find_spoken_emails(text: str) -> Iterator[Hit]:
    """E-mail addresses spelt out in words or brackets (:data:`SPOKEN_EMAIL_RE`)."""
    if any(mark in text for mark in _SPOKEN_MARKS):
        for match in SPOKEN_EMAIL_RE.finditer(text):
            yield EMAIL, match.start(), match.end(), 0.9


def find_emails(text: str) -> Iterator[Hit]:
    """What ``EMAIL_RE.finditer`` finds, looked for only where there is an "@": a match
    starts where the run of local-part characters before an "@" starts, or nowhere."""
    floor, at = 0, text.find("@")
    while at != -1:
        start = at
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
            start -= 1
        match = EMAIL_RE.match(text, start) if start >= floor else None
        if match is not None:
            yield EMAIL, match.start(), match.end(), 1.0
            floor = match.end()
        at = text.find("@", max(at + 1, floor))


# Where a run of three or more digits starts that letters follow as a plate's do: after
# its first three digits a digit, a space and two letters (every plate of ours goes on
# so), or a separator and a Latin capital (another country's plate)
_PLATE_RUN = re.compile(rf"[0-9](?<!\d\d)\d{{2}}(?=\d?\s?[{_L}]{{2}}|[- ][A-Z])", _I)
_PLATE_AFTER_RUN = re.compile(rf"\d?\s?[{_L}]{{2}}", _I)


def find_plates(text: str) -> Iterator[Hit]:
    """What ``PLATE_RE.finditer`` finds, tried only at the 0-3 characters before a run of
    three or more digits: every plate's first digit run starts there."""
    floor = tried = 0
    for run in _PLATE_RUN.finditer(text):
        if (foreign := _foreign_plate(text, run.start())) is not None:
            yield PLATE, *foreign, 0.85
            continue
        if not _PLATE_AFTER_RUN.match(text, run.end()):
            continue  # every plate goes on from its first three digits so
        for start in range(max(run.start() - 3, floor, tried), run.start() + 1):
            match = PLATE_RE.match(text, start)
            if match is not None and not _word_between_numbers(match.group()):
                yield PLATE, match.start(), match.end(), 0.9
                floor = match.end()
                break
        tried = max(tried, run.start() + 1)
    yield from _uk_plates(text)


# A British plate of the current shape: two letters, the age's two digits (March's 02-26,
# September's 51-76), three letters ("YX19 OOK", "LD68 0AB" with a zero typed for an "O"),
# written from its digits (rarer than a capital); its letters are never I or Q.
_UK_PLATE = re.compile(
    r"[0-7](?<=(?<![\w-])[A-HJ-PR-Y][A-HJ-PR-Z][0-7])\d[ \u00a0]?(?:[A-HJ-PR-Z]{3}|0[A-HJ-PR-Z]{2})"
    r"(?![\w-])"
)
_UK_AGES = frozenset((*range(2, 27), *range(51, 77)))  # the ages British plates have had


def _uk_plates(text: str) -> Iterator[Hit]:
    for found in _UK_PLATE.finditer(text):
        if int(text[found.start() : found.start() + 2]) in _UK_AGES:
            yield PLATE, found.start() - 2, found.end(), 0.85


# Another country's plate: Latin capitals, three digits, Latin capitals, one separator
# ("GG-000-XR" in Georgia, "EE 000 BRT" with Estonia's country code, "GAA-000-B"); or
# three digits, capitals and two digits (below).
_FOREIGN_BEFORE = re.compile(r"(?<![\w-])[A-Z]{1,3}([- ])\Z")
_FOREIGN_AFTER = re.compile(r"\d{3}([- ])[A-Z]{1,3}(?![\w-])")
# Digits first, then capitals and the region's two digits ("000 ABC 01" in Kazakhstan),
# not a sum's currency ("500 USD 20")
_REGION_LAST = re.compile(r"(?<![\w-])\d{3}([- ])([A-Z]{2,3})\1\d{2}(?![\w-]|[.,]\d)")
_CURRENCIES = frozenset(
    {"USD", "EUR", "RUB", "GBP", "KZT", "UAH", "BYN", "GEL", "AMD", "AZN", "UZS", "KGS"}
    | {"TJS", "PLN", "CZK", "CHF", "CNY", "TRY"}
)


def _foreign_plate(text: str, digits: int) -> tuple[int, int] | None:
    """The span of a foreign plate whose digits start at ``digits``, or None."""
    if (
        text[digits + 3 : digits + 4] not in (" ", "-")
        or not "A" <= text[digits + 4 : digits + 5] <= "Z"
    ):
        return None  # a quick look before the regex
    region_last = _REGION_LAST.match(text, digits)
    if region_last is not None and region_last.group(2) not in _CURRENCIES:
        return region_last.start(), region_last.end()
    after = _FOREIGN_AFTER.match(text, digits)
    if after is None:
        return None
    before = _FOREIGN_BEFORE.search(text, max(0, digits - 4), digits)
    if before is None or before.group(1) != after.group(1):
        return None
    return before.start(), after.end()


_UNIT_COLUMN = Column(
    UNIT,
    heads("unit", "в/ч", "в_ч", "вч", "част", "воинск", "military", "mil.", underscored=True),
    re.compile(
        r"(?<![^\W_])(?:unit|в[/_]ч|вч|часть|воинская[\s_]+часть|military[\s_]+unit"
        r"|mil\.\s?unit)(?![^\W_])",
        _I,
    ),
    re.compile(r"(?<![\d.,:/-])\d{4,6}(?![\d.,:/-]?\d)"),
    0.85,
)


def _word_between_numbers(plate: str) -> bool:
    """True for a plate of the digits-first shape whose letters are in lower case: a word
    between two numbers ("3-0419 от 09.10.2025"), not a trailer's plate ("0419 ОТ 09")."""
    letters = [c for c in plate if c.isalpha()]
    return plate[:1].isdigit() and all(c.islower() for c in letters)


# A column of signatures or initials: each cell is someone's mark, a clipped name or
# initials ("| подпись |" over "Кис", "Лар.", "Д.К.", "МК", "Р. Гольдман"), whoever wrote
# it; a cell with a remark ("отказано, не часы посещения") is none
_SIGNATURE_COLUMN = Column(
    NAME,
    heads("подпис", "signature", "signed", "initials", "инициал", "роспис", underscored=True),
    re.compile(
        r"(?<![^\W_])(?:подпись|подписи|signature|signed|initials|инициалы|роспись)(?![^\W_])",
        _I,
    ),
    re.compile(  # the whole cell, not a tag the engine wrote ("[имя]") nor a remark
        r"(?:(?<=^)|(?<=^[ \t])|(?<=^[ \t]{2}))(?:[^\W\d_]{1,3}\.[ \t]?){0,2}[^\W\d_]{1,20}\.?"
        r"(?:[ \t]?[^\W\d_]{1,3}\.?){0,2}(?=[ \t]*$)"
    ),
    0.8,
    data=re.compile(r"\d"),  # a header has no digits; a row has its number, its dates
)


def find_signatures(text: str) -> Iterator[Hit]:
    """The marks in a column of signatures or initials (:data:`_SIGNATURE_COLUMN`); not a
    word in lower case longer than a clipped name, a status the column gives ("signed",
    "refused", "отказался"), however the cell is written round it."""
    if may_hold_a_table(text):
        for hit in in_columns(text, _SIGNATURE_COLUMN):
            written = text[hit[1] : hit[2]]
            if not (written.islower() and len(written.strip(". ")) > _CLIPPED_MARK):
                yield hit


_CLIPPED_MARK = 3  # letters of a mark written in lower case: "кис", "лар."


def find_units(text: str) -> Iterator[Hit]:
    """Unit numbers after every spelling of "в/ч", "войсковая часть", "military unit",
    "part"..., also with a space inside ("в/ч 01 212"); a year after a weak cue ("part
    2023") is not one, nor a number grouped in thousands unless it opens with 0. A table's
    column headed "Unit", "в/ч" or "Часть" (cells between "|", tabs or ";") holds one in
    each row, cue or not."""
    if may_hold_a_table(text):
        yield from in_columns(text, _UNIT_COLUMN)
    for match in UNIT_RE.finditer(text):
        number = match.group(1)
        cue = text[match.start() : match.start(1)]
        weak = _WEAK_UNIT_CUE.search(cue)
        if weak and (_YEAR.fullmatch(number) or (" " in number and number[0] != "0")):
            continue  # "part 2023"; "часть 12 000" is a count, "часть номер 01 212" a unit
        yield UNIT, match.start(), match.end(1), 1.0


def find_coordinates(text: str) -> Iterator[Hit]:
    if "°" in text or _COORD_GATE.search(text):
        yield from _regex(COORDINATES, COORD_RE)(text)


_NUMERIC_DATE = re.compile(r"(\d{1,2})[./](\d{1,2})[./]")
_CODE_BEFORE = re.compile(r"\d[.,/]")


def _a_date(text: str, match: re.Match[str]) -> bool:
    """False for digits that only look like a date: a day or a month no calendar has
    ("89.00/2024"), or the end of a longer code with dots ("ИПРА No 0021.89.00/2024"),
    which a date's finding would explain to the publication check."""
    start = match.start()
    if _CODE_BEFORE.fullmatch(text, max(0, start - 2), start):
        return False
    numeric = _NUMERIC_DATE.match(text, start)
    if numeric is None:
        return True
    first, second = int(numeric.group(1)), int(numeric.group(2))
    return min(first, second) > 0 and min(first, second) <= 12 and max(first, second) <= 31


def find_dates(text: str) -> Iterator[Hit]:
    found = [(m.start(), m.end()) for m in DATE_RE.finditer(text) if _a_date(text, m)]
    found += [(m.start(), m.end()) for m in DATE_MONTH_FIRST.finditer(text)]
    end = -1
    for start, stop in sorted(found, key=lambda span: (span[0], -span[1])):
        if start >= end:
            yield DATE, start, stop, 0.8
            end = stop


RECOGNIZERS: dict[str, Recognizer] = {
    "phone": find_phones,
    "email": find_emails,
    "spoken_email": find_spoken_emails,
    "link": find_links,
    "handle": find_handles,
    "unit": find_units,
    "id": find_ids,
    "plate": find_plates,
    "coordinates": find_coordinates,
    "card": find_cards,
    "card_tail": find_card_tails,
    "secret": secrets_cued.find_secrets,
    "address": addresses.find_addresses,
    "call_sign": callsigns.find_call_signs,
    "cued_number": identifiers.find_cued_numbers,
    "imei": identifiers.find_imei_runs,
    "network": identifiers.find_network_ids,
    "account": accounts.find_account_ids,
    "series": identifiers.find_series_and_personal_numbers,
    "grave": identifiers.find_graves,
    "gaming_id": identifiers.find_gaming_ids,
    "field_id": identifiers.find_field_ids,
    "boarding_pass": identifiers.find_boarding_passes,
    "gapped": identifiers.find_gapped_numbers,
    "coordinate": coordinates.find_coordinates,
    "three_words": coordinates.find_three_word_addresses,
    "date": find_dates,
    "record": records.find_records,
    "birth": birth_cues.find_cued_birth_dates,  # no digits needed: a date may be in words
    "birth_time": birth_cues.find_birth_times,
    "signature": find_signatures,
}
_NEEDS_DIGITS = frozenset(
    {"phone", "unit", "id", "plate", "coordinates", "card", "card_tail", "date", "cued_number"}
    | {"imei", "grave", "gapped", "network", "boarding_pass", "field_id", "birth_time"}
    | {"record"}
    | {"coordinate"}
)
_NEEDS_AT = frozenset({"email"})


_CODE_WORD = re.compile(r"code|код|шифр", _I)


def _skipped(text: str) -> frozenset[str]:
    """Recognizers that cannot match ``text`` (cheap literal checks before slow regexes)."""
    skip: set[str] = set()
    if _DIGIT.search(text) is None:  # a user name after "Telegram" needs a digit or "_",
        # an observer's code of capitals its cue ("obs. code LKV")
        cued = "_" in text or _CODE_WORD.search(text) is not None
        skip |= _NEEDS_DIGITS - {"cued_number"} if cued else _NEEDS_DIGITS
    if "@" not in text:
        skip |= _NEEDS_AT
    return frozenset(skip)


_A_YEAR = re.compile(r"(?:19|20)\d{2}")


@dataclass
class _Held:
    """What :func:`run_all` has found that the text may say again without its cue."""

    codes: dict[str, str] = field(default_factory=dict)  # a code with a letter, and its kind
    numbers: dict[str, str] = field(default_factory=dict)  # a number of three digits or more
    held_at: set[int] = field(default_factory=set)  # where those numbers stand
    births: set[tuple[int, int, int]] = field(default_factory=set)  # day, month and year
    # (day and month 0: a year of birth alone)
    streets: list[tuple[int, int]] = field(default_factory=list)  # addresses' spans
    houses: set[str] = field(default_factory=set)  # an address's house and flat: "41/7"
    handles: set[str] = field(default_factory=set)  # user names, lower case, without "@"
    handles_at: list[tuple[int, int]] = field(default_factory=list)  # where they stand
    squeezed: dict[str, str] = field(default_factory=dict)  # a plate or a document, squeezed
    squeezed_at: list[tuple[int, int]] = field(default_factory=list)  # where they stand
    corrected: list[tuple[int, int, str]] = field(default_factory=list)  # identifiers' spans
    ends: dict[str, str] = field(default_factory=dict)  # a long code's first and last letters
    ends_at: list[tuple[int, int]] = field(default_factory=list)  # where those codes stand

    def add(self, text: str, kind: str, start: int, end: int) -> None:
        if kind in _ENDS_KINDS and _LONG_CODE.fullmatch(text, start, end):
            code = text[start:end]
            self.ends.update((e, kind) for e in _code_ends(code))
            self.ends_at.append((start, end))
        if kind in _CORRECTED_KINDS or kind == BIRTH_DATE:
            self.corrected.append((start, end, kind))
        if kind == ADDRESS:
            self.streets.append((start, end))
            self.houses.update(m.group() for m in _HOUSE_FLAT.finditer(text, start, end))
        if kind in _SQUEEZED_KINDS and (key := _squeezed(text[start:end])):
            self.squeezed[key] = kind
            self.squeezed_at.append((start, end))
        if kind == HANDLE and (names := _handle_names(text[start:end])):
            self.handles.update(names)
            self.handles_at.append((start, end))
        if kind in _ECHOED:
            self.codes.update((c, kind) for c in _CODE.findall(text, start, end))
            for number in _HELD_NUMBER.finditer(text, start, end):
                if value := _value(number.group()):
                    self.numbers[value] = kind  # without its zeros; and as written:
                # as written too where zeros lead two digits or more ("041" of "А 041 ВН 08";
                # not "000" of "12 00 000 417", which every sum in thousands writes)
                if value or len(number.group().lstrip("0")) >= 2:
                    self.numbers.setdefault(number.group(), kind)
                    self.held_at.add(number.start())
        elif kind == BIRTH_DATE and (born := birth_dates.read_back(text[start:end])):
            self.births.add(born)
        elif kind == BIRTH_DATE and _A_YEAR.fullmatch(text, start, end):
            self.births.add((0, 0, int(text[start:end])))  # "1961 г.р.": the year alone

    def again(self, text: str) -> Iterator[tuple[str, str, int, int, float]]:
        yield from _birth_times(text, self.corrected)
        yield from _wrapped_tails(text, self.corrected)
        if self.births:  # without its cue: "DOB 14/03/2015" ... "записали 14.03.2015"
            for kind, start, end, score in birth_dates.said_again(text, self.births):
                yield "said_again", kind, start, end, score
                yield from _wrong_births(text, start, end)  # "19.06.1994 а не 93-го"
            for kind, start, end, score in birth_cues.said_again_in_words(text, self.births):
                yield "said_again", kind, start, end, score
        if self.codes:
            yield from _said_again(text, self.codes)
        if self.numbers:
            yield from _numbers_again(text, self.numbers, self.held_at)
        for kind, start, end, score in addresses.streets_again(text, self.streets):
            yield "said_again", kind, start, end, score
        yield from _address_tails(text, self.streets)
        if self.houses:
            yield from _houses_again(text, self.houses, self.streets)
        for kind, start, end, score in addresses.villages_again(text, self.streets):
            yield "said_again", kind, start, end, score
        if self.handles:
            yield from _handles_again(text, self.handles, self.handles_at)
        if self.squeezed:
            yield from _squeezed_again(text, self.squeezed, self.squeezed_at)
        for start, end, kind in self.corrected:
            yield from _wrong_versions(text, start, end, kind)
        if self.ends:
            yield from _ends_again(text, self.ends, self.ends_at)


# A long code's first or last four to six characters said alone, as one checks a wallet's
# address or a key by them ("TXk9r4...ZbRw" ... "проверить первые и последние 4 символа:
# TXk9 ... ZbRw"): letters and digits, or capitals inside small letters; a part of digits
# alone is the numbers' (:func:`_numbers_again`), a word of letters alone no code's part
_ENDS_KINDS = frozenset({ID_NUMBER, DEVICE_ID, SECRET, HANDLE})
_LONG_CODE = re.compile(r"[A-Za-z0-9]{16,}")
_CODE_PART = re.compile(r"(?<![\w-])[A-Za-z0-9]{4,6}(?![\w-])")


def _code_ends(code: str) -> Iterator[str]:
    for n in range(4, 7):
        for part in (code[:n], code[-n:]):
            letters = [c for c in part if c.isalpha()]
            if letters and (len(letters) < n or any(c.isupper() for c in letters[1:])):
                yield part


def _ends_again(
    text: str, ends: dict[str, str], codes_at: list[tuple[int, int]]
) -> Iterator[tuple[str, str, int, int, float]]:
    for part in _CODE_PART.finditer(text):
        kind = ends.get(part.group())
        if kind is not None and not any(s <= part.start() < e for s, e in codes_at):
            yield "said_again", kind, part.start(), part.end(), 0.75


# A plot or a building right after an address found, which its finder left out (a
# village's: "д. Солманово, уч. 0-Б", "с. Ивановка, корп. 2")
_ADDRESS_TAIL = re.compile(
    r"[ \t]*,[ \t]*((?:уч(?:асток)?|корп(?:ус)?|стр(?:оение)?|plot)\.?[ \t]*№?[ \t]*"
    r"\d{1,4}(?:[-/]?[А-ЯЁа-яёA-Za-z0-9]{1,2})?)(?![\w-])",
    re.IGNORECASE,
)


def _address_tails(
    text: str, streets: list[tuple[int, int]]
) -> Iterator[tuple[str, str, int, int, float]]:
    """The plot or the building after each address found (:data:`_ADDRESS_TAIL`)."""
    for _start, end in streets:
        if (tail := _ADDRESS_TAIL.match(text, end)) is not None:
            yield "said_again", ADDRESS, tail.start(1), tail.end(), 0.75


# A plate or a document's number said again in another case or spacing ("Reg: YK19 XWF" ...
# "Golf yk19xwf", "AB 1234567" ... "ab1234567"): its letters and digits alone, in capitals,
# five or more with a letter and a digit among them
_SQUEEZED_KINDS = frozenset({PLATE, ID_NUMBER, DEVICE_ID})
_SQUEEZE = re.compile(r"[\s‐-]+")
# a part of a file's or a user's name between underscores too: "V_20240710_0930_417BKT.ddd"
_TOKEN = re.compile(r"(?<![^\W_])(?<!-)[^\W_]+(?:-[^\W_]+)*")
_MIN_SQUEEZED = 5
_MAX_SQUEEZED_WORDS = 6


def _squeezed(written: str) -> str | None:
    key = _SQUEEZE.sub("", written).upper()
    if len(key) < _MIN_SQUEEZED or not key.isalnum():
        return None
    if not any(c.isdigit() for c in key) or not any(c.isalpha() for c in key):
        return None
    return key


# A digit read out as its word, as a code is dictated: "W4K zero D7 R2X", "ноль"
_DIGIT_WORDS = {
    word: str(digit)
    for digit, words in enumerate(
        (
            ("zero", "oh", "ноль", "нуль"),
            ("one", "один"),
            ("two", "два"),
            ("three", "три"),
            ("four", "четыре"),
            ("five", "пять"),
            ("six", "шесть"),
            ("seven", "семь"),
            ("eight", "восемь"),
            ("nine", "девять"),
        )
    )
    for word in words
}


def _read_out(word: str) -> str:
    return _DIGIT_WORDS.get(word.lower(), word)


def spellings_again(text: str, strings: Iterable[str]) -> list[tuple[int, int]]:
    """Where ``text`` writes one of ``strings`` that is a code (five letters and digits or
    more, a letter and a digit among them) in another case or spacing: a string decided
    "redact" in review ("DF4A17") is the same code as "DF-4A-17" and "dd f4 a1 7"."""
    keys = {key: "" for string in strings if (key := _squeezed(string))}
    if not keys:
        return []
    return [(start, end) for _r, _k, start, end, _s in _squeezed_again(text, keys, [])]


def _squeezed_again(
    text: str, keys: dict[str, str], held_at: list[tuple[int, int]]
) -> Iterator[tuple[str, str, int, int, float]]:
    """Each word, or up to four words a space apart ("dd 0a 41" of "DD0A41"), that squeezed
    is one of ``keys``, where none of them was found (``held_at``)."""
    tokens = list(_TOKEN.finditer(text))
    for index, token in enumerate(tokens):
        spans = [(token.start(), token.end(), _read_out(token.group()))]
        for after in tokens[index + 1 : index + _MAX_SQUEEZED_WORDS]:
            if after.start() != spans[-1][1] + 1 or text[spans[-1][1]] != " ":
                break
            spans.append((token.start(), after.end(), spans[-1][2] + _read_out(after.group())))
        for start, end, written in spans:
            key = _squeezed(written)
            if key is None or key not in keys:
                continue
            if not any(s <= start and end <= e for s, e in held_at):
                yield "said_again", keys[key], start, end, 0.75


# A user name said again without its cue, its tag or its "@", an English possessive too
# ("Riot ID aldr#BUR01" ... "aldr's prize money", "Steam says aldr last online")
_HANDLE_WORD = re.compile(r"(?<![\w@#/.])[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9_](?![\w@#]|\.\w)")
_MIN_HANDLE = 4


def _birth_times(
    text: str, found: list[tuple[int, int, str]]
) -> Iterator[tuple[str, str, int, int, float]]:
    """The time of a birth right after its date, as a birth certificate or an astrologer's
    form gives it ("born 2 Aug 2012, 14:35", "19 Oct 1987, approx 06:10")."""
    for _start, end, kind in found:
        if kind == BIRTH_DATE and (time := _BIRTH_TIME.match(text, end)) is not None:
            yield "said_again", BIRTH_DATE, time.start(1), time.end(), 0.75


# The rest of a number that a hard wrap carried to the next, indented line ("account no.
# 40817810 0 0000 0417\n   36 (client read ...)"): digits opening that line, no list's
# item number ("2.", "3)", or the next row's where the line opens with its own), no time
# (" 13:06  проп.") and no count ("12 раз")
_WRAPPED_TAIL = re.compile(r"[ \t]*\n[ \t]+(\d{1,6})(?![\w.,:)/-])")


_ROW_NUMBER = re.compile(r"[ \t]*\d")


def _numbered_row(text: str, end: int) -> bool:
    """True if the line ending at ``end`` opens with a number: a list's or a table's row,
    whose next line's number is the next row's (" 1 — ... СНИЛС 000" / " 2 — Максим")."""
    return _ROW_NUMBER.match(text, text.rfind("\n", 0, end) + 1) is not None


def _wrapped_tails(
    text: str, found: list[tuple[int, int, str]]
) -> Iterator[tuple[str, str, int, int, float]]:
    """The rest of an identifier's number on the next line (:data:`_WRAPPED_TAIL`)."""
    for _start, end, kind in found:
        if kind != BIRTH_DATE and text[end - 1 : end].isdigit() and not _numbered_row(text, end):
            tail = _WRAPPED_TAIL.match(text, end)
            if tail is not None and not addresses.counts_next(text, tail.end(1), tail.group(1)):
                yield "said_again", kind, tail.start(1), tail.end(1), 0.75  # not "12 раз"


def _houses_again(
    text: str, houses: set[str], streets: list[tuple[int, int]]
) -> Iterator[tuple[str, str, int, int, float]]:
    """An address's house and flat said again alone ("ул. Ленина, д. 41/7" ... "Da, 41/7")."""
    for house in _HOUSE_FLAT.finditer(text):
        inside = any(s <= house.start() < e for s, e in streets)
        if house.group() in houses and not inside:
            yield "said_again", ADDRESS, house.start(), house.end(), 0.75


_HOUSE_FLAT = re.compile(r"[0-9](?<![\d/.]\d)\d{0,3}[a-zа-я]?/\d{1,4}(?![\d/]|[.,]\d)")
_BIRTH_TIME = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:approx\.?|approximately|about|around|at|ca\.?|около|примерно|в)[ \t]+)?"
    r"((?:[01]?\d|2[0-3]):[0-5]\d)(?![\d:]|[.,]\d)",
    re.IGNORECASE,
)


def _handle_names(handle: str) -> set[str]:
    """The parts of a handle a text says again alone: without "@" and a "#" tag, in lower
    case, if it is Latin, :data:`_MIN_HANDLE` characters or more, and no English word; of a
    link, its last segment and the one word beside an id's digits in it
    ("tips.example/t/0041-kandrey" ... "на бейдже старый qr был kandrey")."""
    if "/" in handle:
        last = handle.rstrip("/").rsplit("/", 1)[-1].lower()
        # a word beside an id's digits is a name's ("0041-kandrey"); a slug of words alone
        # is the handle whole ("vostok_tour_kzn", "komi-spellcheck") or a title's
        words = _LINK_WORD.findall(last) if any(c.isdigit() for c in last) else []
        parts = (last, *words) if len(words) == 1 else (last,)
        return {n for part in parts if (n := _handle_name(part))}
    return {name} if (name := _handle_name(handle)) else set()


_LINK_WORD = re.compile(r"(?<![a-z])[a-z]{5,}(?![a-z])")  # a word in a link's last segment


def _handle_name(handle: str) -> str:
    name = handle.lstrip("@").split("#", 1)[0].lower()
    if len(name) < _MIN_HANDLE or _HANDLE_WORD.fullmatch(name) is None:
        return ""
    return "" if name in english_dict.words() else name


def _handles_again(
    text: str, handles: set[str], found_at: list[tuple[int, int]]
) -> Iterator[tuple[str, str, int, int, float]]:
    for found in _HANDLE_WORD.finditer(text):
        if found.group().lower() in handles and not any(
            start < found.end() and found.start() < end for start, end in found_at
        ):
            yield "said_again", HANDLE, found.start(), found.end(), 0.75


def run_all(
    text: str, skip: frozenset[str] = frozenset()
) -> Iterator[tuple[str, str, int, int, float]]:
    """(recognizer, kind, start, end, score) of every pattern hit in ``text``, except the
    recognizers named in ``skip``, then what they found said again (:class:`_Held`)."""
    skip = skip | _skipped(text)
    held = _Held()
    for name, recognize in RECOGNIZERS.items():
        if name in skip:
            continue
        for kind, start, end, score in recognize(text):
            if end > start:
                held.add(text, kind, start, end)
                yield name, kind, start, end, score
    yield from held.again(text)


def _numbers_again(
    text: str, numbers: dict[str, str], held_at: set[int]
) -> Iterator[tuple[str, str, int, int, float]]:
    """The identifiers' numbers said again alone, in digits or in words."""
    yield from _number_said_again(text, numbers, held_at)
    lower = lowered(text)
    if lower is not None:  # and said in words: "камера 611" ... "в шестьсот одиннадцатой"
        for said, start, end in number_words.find_said(lower, numbers):
            counted = addresses.counts_next(text, end, said)
            if not counted and addresses.MEASURED.match(text, end) is None:
                yield "said_again", numbers[said], start, end, 0.75


# A code with a letter that an identifier holds ("cell B-14", "талон П-047") is the same
# identifier wherever the text says it again without its cue ("Shares B-14 with one other
# man"): letters and digits together are no count, year or price.
_ECHOED = frozenset({ID_NUMBER, ADDRESS, PLATE, UNIT, SECRET})
# An identifier's wrong version beside the right one, as a correction gives it ("исправь мой
# серийник, там WTU0004173F а не 173Е", "X-417, not X-471", "не 173Е, а WTU0004173F"): the
# same identifier misread, which with the right one narrows it to the person
_CORRECTED_KINDS = frozenset({ID_NUMBER, PLATE, UNIT, SECRET, DEVICE_ID, PHONE, CARD, CALL_SIGN})
# a letter and a digit, or four digits or more that are no year ("не 2 раза", "не 1990 года")
_WRONG = (
    r"(?!(?:19|20)\d\d(?![\w-]))(?=[\w-]*\d)(?=[\w-]*[^\W\d_]|[\d-]{4})"
    r"[\w-]{2,20}(?:[ \t]\d[\w-]{0,10}){0,3}"
)
# the words before a wrong version after the right one, and around one before it
_NOT_AFTER = r"[ \t]*[,;]?[ \t]*(?:а[ \t]+не|но[ \t]+не|не|not|instead[ \t]+of|вместо)[ \t]+"
_NOT_BEFORE_RIGHT = r"(?<![^\W_])(?:не|not)[ \t]+(?P<wrong>{})[ \t]*,?[ \t]*(?:а|but)[ \t]+\Z"
_WRONG_AFTER = re.compile(rf"{_NOT_AFTER}(?P<wrong>{_WRONG})(?![\w-])", _I)
_NOT_BEFORE = re.compile(r"(?<![^\W_])(?:не|not)[ \t]+\Z", _I)
_RIGHT_AFTER = re.compile(rf"[ \t]*,?[ \t]*(?:а|but)[ \t]+(?P<wrong>{_WRONG})(?![\w-])", _I)
_WRONG_BEFORE = re.compile(_NOT_BEFORE_RIGHT.format(_WRONG), _I)


# ... or its last digits given another way after "или", "or", "а не", "not" ("АЕ-000417…
# или 471"): three or more, at most two of them other than the identifier's last ones
_OTHER_TAIL = re.compile(
    r"(?:…|\.{2,3})?[ \t]*[,;]?[ \t]*(?:или|либо|or|а[ \t]+не|не|not)[ \t]+"
    r"(?P<wrong>\d{3,8})(?![\w-])",
    _I,
)
_LAST_DIGITS = re.compile(r"\d+(?=\D*\Z)")
_MISREAD_DIGITS = 2


def _misread_tail(identifier: str, other: str) -> bool:
    """True if ``other`` is the identifier's last digits with one or two of them changed or
    swapped ("471" for "АЕ-000417"), not a count after it ("или 4710 рублей")."""
    last = _LAST_DIGITS.search(identifier)
    if last is None or len(last.group()) < len(other):
        return False
    own = last.group()[-len(other) :]
    return 0 < sum(a != b for a, b in zip(own, other, strict=True)) <= _MISREAD_DIGITS


# A date of birth's wrong version beside the right one: another date, or a year, four digits
# or two and "-го" ("ДР там 19.06.1994 а не 93-го", "не 1993, а 19.06.1994")
_WRONG_BIRTH = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)?\d{2}-?го|(?:19|20)\d{2})"
    r"(?![\w./-]?\d)"
)
_WRONG_BIRTH_AFTER = re.compile(rf"{_NOT_AFTER}(?P<wrong>{_WRONG_BIRTH})(?![^\W\d_])", _I)
_WRONG_BIRTH_BEFORE = re.compile(_NOT_BEFORE_RIGHT.format(_WRONG_BIRTH), _I)


_YEARS_APART = 10  # a birth year misread or misremembered is seldom further from the right one
_YEAR_IN = re.compile(r"(?:19|20)\d{2}(?!\d)|(?<!\d)\d{2}(?=\D*\Z)")


def _year_of(written: str) -> int | None:
    """The year a date or a year is written with ("19.06.1994", "93-го", "19.06.94")."""
    found = _YEAR_IN.search(written.removesuffix("го").rstrip("-"))
    if found is None:
        return None
    year = int(found.group())
    return year if len(found.group()) == 4 else birth_dates.full_year(year)


# A year said in words in the bracket after a date of birth, a version of its year ("b.
# 08.08.1993 (Inga first said "ninety-two", then corrected to 1993)"): tens and units, as
# a year's last two digits are said
_BRACKET_AFTER = re.compile(r"[ \t]*\(([^()\n]{1,100})\)")
_YEAR_SAID_SHORT = re.compile(
    r"(?<![^\W\d_])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?![^\W\d_-])"
    r"|(?:двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто)[ \t]+"
    r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят)\w{1,3}"
    r"|(?:двадцат|тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност)\w{1,3})",
    _I,
)


_DECADE_ENDINGS = ("ые", "ых", "ым", "ыми")


def _versions_in_bracket(
    text: str, end: int, right: int | None
) -> Iterator[tuple[str, str, int, int, float]]:
    bracket = _BRACKET_AFTER.match(text, end)
    if bracket is None or right is None:
        return
    for said in _YEAR_SAID_SHORT.finditer(text, bracket.start(1), bracket.end(1)):
        if said.group().lower().endswith(_DECADE_ENDINGS):
            continue  # a decade: "девяностые"
        year = said_dates.year_value(said.group())
        if year is not None and abs(year - right) <= _YEARS_APART:
            yield "said_again", BIRTH_DATE, said.start(), said.end(), 0.75


def _wrong_births(text: str, start: int, end: int) -> Iterator[tuple[str, str, int, int, float]]:
    right = _year_of(text[start:end])
    yield from _versions_in_bracket(text, end, right)
    for wrong in (
        _WRONG_BIRTH_AFTER.match(text, end),
        _WRONG_BIRTH_BEFORE.search(text, max(0, start - 30), start),
    ):
        if wrong is None:
            continue
        year = _year_of(wrong.group("wrong"))
        if right is not None and year is not None and abs(right - year) > _YEARS_APART:
            continue  # "не 2024 года выезд": another year's
        yield "said_again", BIRTH_DATE, wrong.start("wrong"), wrong.end("wrong"), 0.75


def _wrong_versions(
    text: str, start: int, end: int, kind: str
) -> Iterator[tuple[str, str, int, int, float]]:
    if kind == BIRTH_DATE:
        yield from _wrong_births(text, start, end)
        return
    if (after := _WRONG_AFTER.match(text, end)) is not None:
        yield "said_again", kind, after.start("wrong"), after.end("wrong"), 0.75
    elif (tail := _OTHER_TAIL.match(text, end)) is not None and _misread_tail(
        text[start:end], tail.group("wrong")
    ):
        yield "said_again", kind, tail.start("wrong"), tail.end("wrong"), 0.75
    elif _NOT_BEFORE.search(text, max(0, start - 8), start) and (
        right := _RIGHT_AFTER.match(text, end)  # "не 4511 002041, а 4511 002014": the right one
    ):
        yield "said_again", kind, right.start("wrong"), right.end("wrong"), 0.75
    if (before := _WRONG_BEFORE.search(text, max(0, start - 40), start)) is not None:
        yield "said_again", kind, before.start("wrong"), before.end("wrong"), 0.75


_CODE = re.compile(r"[A-ZА-ЯЁ](?<![\w-][A-ZА-ЯЁ])[A-ZА-ЯЁ]{0,2}[-‐]?\d{2,}(?![\w-])")


def _said_again(text: str, codes: dict[str, str]) -> Iterator[tuple[str, str, int, int, float]]:
    for found in _CODE.finditer(text):
        if (kind := codes.get(found.group())) is not None:
            yield "said_again", kind, found.start(), found.end(), 0.75


# A number of three digits or more that an identifier holds ("камера 611", "в/ч 12345",
# "паспорт 45 11 000804", the last group of "ЭК-12-000381") is the same identifier where
# the text says it again alone, as written or without its leading zeros ("тег 000417" ...
# "тег 417 просто", "МР-000418" ... "our family number is 418"; not "0611" for "камера
# 611": zeros of its own make another list's number): not a year, not a piece of a
# longer number, a date or a time, not a count of what follows it ("611 рублей", "611
# km"), and not after a sign of its own ("пропуск № 0412", "#0614": another list's number).
# (written from its first digit: a look-behind first is tried at every position of a text)
_NUMBER = re.compile(r"[0-9](?<![\w.,/:-][0-9])[0-9]{2,}(?![\w]|[.,/:-][0-9])")
# inside an identifier, a group after a dash counts too ("ЭК-12-000381", "АК-000291")
_HELD_NUMBER = re.compile(r"[0-9](?<![\w.,/:][0-9])[0-9]{2,}(?![\w]|[.,/:-][0-9])")
_NUMBERED = re.compile(r"(?:№|#|(?<![^\W\d_])(?:no|nr|n)\.?)[ \t]*$", re.IGNORECASE)


def _value(number: str) -> str:
    """The number without its leading zeros if it can be an identifier's alone: three
    digits or more, and not a year (1900 to 2099). Held so, it finds the number said with
    no zeros; a number written with zeros is found only as written."""
    value = number.lstrip("0")
    if len(value) < 3 or (len(value) == 4 and value[:2] in ("19", "20")):
        return ""
    return value


def _number_said_again(
    text: str, numbers: dict[str, str], held_at: set[int]
) -> Iterator[tuple[str, str, int, int, float]]:
    for found in _NUMBER.finditer(text):
        kind = numbers.get(found.group())  # as written, or without the zeros it was held with
        # (a number with zeros of its own is another list's: "member 0417" beside "000417")
        if kind is None or found.start() in held_at:  # the identifier's own number
            continue
        if addresses.MEASURED.match(text, found.end()) is not None:
            continue
        if _NUMBERED.search(text, max(0, found.start() - 4), found.start()) is not None:
            continue
        if not addresses.counts_next(text, found.end(), found.group()):
            yield "said_again", kind, found.start(), found.end(), 0.75
    if any(len(number) >= _MIN_GROUPED for number in numbers):
        for found in _GROUPED_NUMBER.finditer(text):
            digits = re.sub(r"\D", "", found.group())
            if len(digits) >= _MIN_GROUPED and (kind := numbers.get(digits)) is not None:
                yield "said_again", kind, found.start(), found.end(), 0.75


# A long number said again in groups ("IIN 970815400417" ... "970 815 400 417"): eight
# digits or more, in two to six groups of one to four parted by a space or a dash
_MIN_GROUPED = 8
_GROUPED_NUMBER = re.compile(r"(?<![\w.,])\d{1,4}(?:[ \t-]\d{1,4}){1,5}(?![\w]|[.,]\d)")
