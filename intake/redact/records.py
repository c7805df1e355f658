"""Numbers that identify a person through a record: a date of birth, a parcel's tracking
number, an e-wallet, a court case or a police protocol.

* a date of birth with no cue beside it (in a table's column, right after a name:
  :mod:`intake.redact.birth_dates`; those beside a cue are
  :mod:`intake.redact.birth_cues`'): kind ``birth_date``, tagged by default, where an
  ordinary date is kept;
* a tracking number: the international postal shape (two letters, nine digits, two
  letters: "RA000123456RU") anywhere, fourteen digits after "трек", "ШПИ", "tracking";
* an e-wallet number (11 to 16 digits, in any grouping) after "кошелёк", "ЮMoney",
  "YooMoney", "QIWI", "wallet";
* a case, protocol, waybill, receipt, resolution, request or file number after its cue
  ("дело", "протокол", "накладная", "квитанция", "постановление", "обращение",
  "повестка", "case", "waybill", "receipt", "resolution", "summons", "ticket", "file"):
  with "№" or
  "No." before it, or with a dash or slash inside ("1-234/2024"), or letters and six or
  seven digits ("АА 0001234"), with a form's two-digit series before them ("прот. 61 АГ
  № 000123": a protocol's region).

Each numeric pattern but the postal shape needs its cue, so years and counts stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from intake.redact.birth_dates import find_birth_dates
from intake.redact.cues import cue_matches, heads
from intake.redact.findings import ID_NUMBER
from intake.redact.identifiers import number_after

Hit = tuple[str, int, int, float]
_I = re.IGNORECASE
_WINDOW = 30  # characters after a cue in which its number is looked for

# the international postal shape, written from its first digit (two capitals before it)
_POSTAL = re.compile(
    r"[0-9](?:(?<=[A-Z]{2}\d)|(?<=[A-Z]{2}\s\d))\d{2}\s?\d{3}\s?\d{3}\s?[A-Z]{2}(?![\w-])"
)
_POSTAL_START = re.compile(r"(?<![\w-])[A-Z]{2}\s?$")
_TRACK_HEADS = heads("трек", "шпи", "tracking", "track")
_TRACK_CUE = re.compile(r"(?:трек\w{0,6}|шпи|tracking|track)(?!\w)", _I)
_TRACK_NUMBER = re.compile(r"(?<![\d-])\d(?:[ -]?\d){13}(?![\d-]?\d)")
_WALLET_HEADS = heads("кошел", "юmoney", "yoomoney", "qiwi", "киви", "wallet", "ю.money")
_WALLET_CUE = re.compile(
    r"(?:кошел[её]к\w{0,3}|кошельк\w{0,3}|ю\.?money|yoomoney|qiwi|киви|wallet)(?!\w)", _I
)
_WALLET_NUMBER = re.compile(r"(?<![\d-])\d(?:[ -]?\d){10,15}(?![\d-]?\d)")
_CASE_HEADS = heads(
    "дел", "протокол", "case", "protocol", "накладн", "waybill", "квитанц", "receipt",
    "постановлен", "resolution", "обращени", "заявк", "ticket", "file", "повестк", "summons",
    "прот",
)  # fmt: skip
_CASE_CUE = re.compile(
    r"(?:дел[оау]|делом|протокол\w{0,3}|case|protocol|накладн\w{0,4}|waybill|квитанци\w{0,2}"
    r"|receipt|постановлени\w{0,2}|resolution|обращени\w{0,2}|заявк\w{0,2}|ticket|file"
    r"|повестк\w{0,2}|summons|прот\.)(?!\w)",
    _I,
)
_CASE_NUMBER = re.compile(
    r"(?:№|#|(?<![^\W_])(?:no\.?|number)(?![^\W\d_]))\s?[\w/-]*\d[\w/-]*"  # not "Nodar_FINAL2"
    # with a dash or a slash inside, but not a date written year first ("file 2025-06.docx",
    # "дело от 2025-06-09": a month and a day)
    r"|(?<![\w/-])(?!(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?![\w/-]))"
    r"\d{1,5}(?:[-/]\d{1,6}){1,3}(?![\w/-])"
    # a form's series before its letters: a protocol's region ("61 АГ 123456")
    r"|(?<!\w)(?:\d{2}\s?)?[А-ЯЁA-Z]{2}\s?(?:№\s?)?\d{6,7}(?!\w)",
    _I,
)


def find_records(text: str) -> Iterator[Hit]:
    """Dates of birth, tracking, wallet, case and protocol numbers (see the module)."""
    yield from find_birth_dates(text)
    for postal in _POSTAL.finditer(text):
        letters = _POSTAL_START.search(text, max(0, postal.start() - 4), postal.start())
        if letters is not None:
            yield ID_NUMBER, letters.start(), postal.end(), 0.8
    for heads_re, cue_re, number_re in (
        (_TRACK_HEADS, _TRACK_CUE, _TRACK_NUMBER),
        (_WALLET_HEADS, _WALLET_CUE, _WALLET_NUMBER),
        (_CASE_HEADS, _CASE_CUE, _CASE_NUMBER),
    ):
        for cue in cue_matches(text, heads_re, cue_re):
            yield from number_after(text, cue.end(), ID_NUMBER, number_re, 0.85, window=_WINDOW)
