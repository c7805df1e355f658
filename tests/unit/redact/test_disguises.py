"""Disguises are undone in the matching views: invisible code points removed, styled and
enclosed letters read as letters, look-alikes of another script written in the word's
own script. Ordinary text keeps its characters and offsets. All names are fictional."""

from __future__ import annotations

import unicodedata

import pytest

from intake.redact import Redactor, Registry, disguises
from intake.redact.normalize import Normalized

REGISTRY = {
    "people": [
        {"name": "Елена Кравченко", "gender": "f", "pseudonym": "Анна"},
        {"name": "Дмитрий Жуковский", "gender": "m", "pseudonym": "Иван"},
        {"name": "Aliya Madeupova", "gender": "f", "pseudonym": "Maria"},
        {"name": "Lidia Pokolova", "gender": "f", "pseudonym": "Nina"},
    ]
}
REDACTOR = Redactor(Registry.from_json(REGISTRY), ner=False)

CLEAN_VIEWS = [
    ("emoji variation selector", "Крав\ufe0fченко", "Кравченко"),
    ("text variation selector", "Крав\ufe0eченко", "Кравченко"),
    ("ideographic variation selector", "Крав\U000e0100ченко", "Кравченко"),
    ("tag characters", "Кр\U000e0041\U000e0062авченко\U000e007f", "Кравченко"),
    ("braille blank", "Крав\u2800ченко", "Кравченко"),
    ("Mongolian vowel separator", "Крав\u180eченко", "Кравченко"),
    ("combining enclosing circle", "К\u20ddравченко", "Кравченко"),
    ("zalgo marks", "Кра\u0336\u0337в\u1dc4ченко", "Кравченко"),
    ("circled Latin letters", "ⓀⓡⒶⓋⒸⒽⒺⓃⓀⓄ", "KrAVCHENKO"),
    ("negative circled letters", "🅚🅡🅐🅥", "KRAV"),
    ("negative squared letters", "🅺🆁🅰🆅", "KRAV"),
    ("squared letters", "🄺🅁🄰🅅", "KRAV"),
    ("regional indicators", "🇰🇷🇦🇻", "KRAV"),
    ("parenthesised letters", "⒦⒭", "(k)(r)"),
    ("fullwidth letters", "Ｋｒａｖ", "Krav"),
    ("ligature", "ﬁeld", "field"),
    ("circled digits", "в/ч ①②③④⑤", "в/ч 12345"),
    ("negative circled digits", "❶❷❸", "123"),
    ("fullwidth digits", "１２３４５", "12345"),
    ("Arabic-Indic digits", "в/ч ٤٥٦٧٨", "в/ч 45678"),
    ("Devanagari and Bengali digits", "+7 ९००-০০০", "+7 900-000"),
    ("Mongolian and Tai Tham digits", "᠑᠒ ᪃᪄", "12 34"),
    ("Greek phi in a Cyrillic word", "Жуковский и φедор", "Жуковский и федор"),
    ("Greek eta, omicron, alpha in Cyrillic words", "Кравчеηкο Εлеηα", "Кравченко Елена"),
    ("Greek eta in a Cyrillic word", "Кравчеηко", "Кравченко"),
    ("Latin look-alikes in a Cyrillic word", "Kpaвчeнко", "Кравченко"),
    ("Cyrillic look-alikes in a Latin word", "Маdеupоvа", "Madeupova"),
    ("Armenian o in a Latin word", "Madeupօva", "Madeupova"),
    ("Russian braille", "письмо от ⠺⠇⠁⠙⠊⠅⠁, ⠪⠙⠊⠅ ⠫", "письмо от владика, эдик я"),
    ("braille digits after the number sign", "тел ⠼⠓⠊⠁⠙ ⠁⠃", "тел ⠼8914 аб"),
]


@pytest.mark.parametrize(("text", "clean"), [pytest.param(t, c, id=n) for n, t, c in CLEAN_VIEWS])
def test_the_clean_view_undoes_each_disguise(text: str, clean: str) -> None:
    assert Normalized.of(text).clean == clean


ORDINARY = [
    "Его забрали в в/ч № 12345 — так сказала мать… «Ничего не знаем».",
    "The unit is 47°54′N 35°10′E, about 3″ off; price €5, 20 °C.",
    "Ελληνικά: φως και νερό.",
    "Ivan, Иван, and café; naïve Zoë.",
    "Telegram: @some_handle, e-mail x@y.org.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_keeps_every_character_and_offset(text: str) -> None:
    norm = Normalized.of(text)
    assert norm.clean == text
    assert norm.shifts == ()


@pytest.mark.parametrize(
    ("text", "view_span", "original"),
    [
        ("x ﬁnd y", (2, 6), "ﬁnd"),  # "find" in the view
        ("x ﬁnd y", (3, 6), "ﬁnd"),  # "ind": half of the ligature takes all of it
        ("a К\ufe0fрав b", (2, 6), "К\ufe0fрав"),
        ("a ①② b", (2, 4), "①②"),
        ("a ⒦⒭ b", (3, 4), "⒦"),  # "k" inside "(k)"
    ],
)
def test_a_view_span_leads_back_to_whole_original_characters(
    text: str, view_span: tuple[int, int], original: str
) -> None:
    start, end = Normalized.of(text).span(*view_span)
    assert text[start:end] == original


DISGUISED_NAMES = [
    "Кравчен\ufe0fко",
    "Крав\U000e0020ченко",
    "Кр\u2800авченко",
    "ⓀⓇⒶⓋⒸⒽⒺⓃⓀⓄ",
    "Кравчеηко",
    "Εлена Кравченко",
    "Жуκовсκий",
    "Жуковсκий",
    "Дмиτрий",
    "Жуковс\u20ddкий",
    "Кравчҽнко",  # Abkhasian che for е
    "PokoIova",  # capital I for l inside a word
    "Pok\u043e\u04c0ova",  # Cyrillic о and palochka inside a Latin word
    "⠅⠗⠁⠺⠟⠑⠝⠅⠕",  # in Russian braille, as a letter for a blind mother is transcribed
]


@pytest.mark.parametrize("disguise", DISGUISED_NAMES)
def test_a_disguised_registered_name_is_redacted_and_the_leak_scan_sees_it(
    disguise: str,
) -> None:
    text = f"Соседи видели, как {disguise} уходил утром."
    result = REDACTOR.redact(text)
    assert disguise not in result.text
    assert any(f.kind == "person" for f in result.findings), result.findings
    assert any(f.kind == "person" for f in REDACTOR.scan_for_leaks(text))
    assert not [f for f in REDACTOR.scan_for_leaks(result.text) if f.kind == "person"]


# An identifier typed in another script's digits (NFKC keeps them): the patterns read
# ASCII digits only (``[0-9]``), so the clean view must hold nothing else.
OTHER_DIGITS = [
    ("phone", "номер ٨ ٩٠٠ ٠٠٠-١٢-٣٤, звоните", "phone"),
    ("local phone", "звоните ३४५-६७-८९ вечером", "phone"),
    ("short phone after its cue", "тел. ٥٥-١٢-٣٤", "phone"),
    ("date of birth", "родился ٠٣.١٢.١٩٩٠ в Омске", "birth_date"),
    ("phone in braille", "номер ⠼⠓⠊⠚⠚⠚⠚⠚⠁⠃⠉⠙, звоните", "phone"),
]


@pytest.mark.parametrize(("text", "kind"), [pytest.param(t, k, id=n) for n, t, k in OTHER_DIGITS])
def test_an_identifier_in_another_scripts_digits_is_redacted_and_seen(text: str, kind: str) -> None:
    result = REDACTOR.redact(text)
    assert any(f.kind == kind for f in result.findings), result.findings
    assert not any(c.isdigit() for c in result.text), result.text
    assert any(f.kind == kind for f in REDACTOR.scan_for_leaks(text))


def test_every_decimal_digit_reads_as_its_ascii_digit() -> None:
    table = disguises.compatibility()
    digits = [c for c in range(0x80, 0x110000) if unicodedata.decimal(chr(c), None) is not None]
    assert len(digits) > 600  # every script's digits, not a few
    assert [table.get(c) for c in digits] == [str(unicodedata.decimal(chr(c))) for c in digits]


def test_every_character_nfkc_changes_is_in_the_table_or_deliberately_left() -> None:
    """The blocks the compatibility table reads hold every character NFKC changes, except
    CJK ideographs, musical notes and the signs kept on purpose."""
    table = disguises.compatibility()
    kept = set("№″‴…") | set(disguises.deleted())
    missing = [
        hex(code)
        for code in range(0x110000)
        if not _ideograph_or_surrogate(code)
        and code not in table
        and chr(code) not in kept
        and not unicodedata.is_normalized("NFKC", chr(code))
    ]
    assert missing == []


def _ideograph_or_surrogate(code: int) -> bool:
    return (
        0xD800 <= code <= 0xDFFF
        or 0xF900 <= code <= 0xFAFF  # CJK compatibility ideographs
        or 0x2F800 <= code <= 0x2FA1F  # CJK compatibility ideographs supplement
        or 0x2F00 <= code <= 0x2FDF  # Kangxi radicals
        or 0x3200 <= code <= 0x33FF  # enclosed and squared CJK
        or 0x1D100 <= code <= 0x1D1FF  # musical symbols (notes with stems)
    )
