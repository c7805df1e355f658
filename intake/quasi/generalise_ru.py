"""Russian generalisations that keep the sentence grammatical.

Each function takes the detail's text and returns the choices, most general
last. Agreement uses pymorphy3: "села Ключи" -> "небольшого села" (genitive
kept), "3-й роты" -> "роты" / "подразделения", "с двумя другими" -> "с
несколькими другими", "24-летнего" -> "молодого".
"""

from __future__ import annotations

import re
from typing import Any

from intake.quasi.patterns_ru import MONTHS
from intake.redact import forms_ru

MONTHS_GEN = MONTHS  # genitive: "19 июля"
MONTHS_LOC = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре"
SEASONS = ("зимой", "весной", "летом", "осенью")
DECADES = {2: "двадцать", 3: "тридцать", 4: "сорок", 5: "пятьдесят", 6: "шестьдесят"}
_ADJ_ENDINGS = {
    "ий": ("ой", "ый"),
    "его": ("ого", "ого"),
    "ему": ("ому", "ому"),
    "им": ("ым", "ым"),
    "ем": ("ом", "ом"),
    "яя": ("ая", "ая"),
    "ей": ("ой", "ой"),
    "юю": ("ую", "ую"),
    "ие": ("ые", "ые"),
    "их": ("ых", "ых"),
    "ими": ("ыми", "ыми"),
}
_OFFICERS = ("лейтенант", "капитан", "майор", "подполковник", "полковник")
_NUMERAL_WORDS = re.compile(
    r"двумя|тремя|четырьмя|пятью|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|\d+"
)
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def inflect(word: str, like: str) -> str:
    """``word`` (a lemma) in the case and number of the word ``like``."""
    tag = _tag(like)
    if tag is None:
        return word
    grammemes = {g for g in (tag.case, tag.number) if g}
    for parse in forms_ru.parses(word):
        form = parse.inflect(grammemes)
        if form is not None:
            return str(form.word)
    return word


def agree(adjective: str, noun: str) -> str:
    """``adjective`` agreed with ``noun`` in gender, number and case."""
    tag = _tag(noun)
    if tag is None:
        return adjective
    grammemes = {g for g in (tag.case, tag.number) if g}
    if tag.number == "sing" and tag.gender:
        grammemes.add(tag.gender)
    for parse in forms_ru.parses(adjective):
        form = parse.inflect(grammemes)
        if form is not None:
            return str(form.word)
    return adjective


def _tag(word: str) -> Any:
    parses = [p for p in forms_ru.parses(word.lower()) if "NOUN" in p.tag or "NUMR" in p.tag]
    return parses[0].tag if parses else None


_AGE_WORDS = {
    "восемнадцат": 18,
    "девятнадцат": 19,
    "двадцат": 20,
    "тридцат": 30,
    "сорок": 40,
    "пятидесят": 50,
    "шестидесят": 60,
}


def age(text: str) -> list[str]:
    digits = re.search(r"\d+", text)
    words = (n for stem, n in _AGE_WORDS.items() if text.lower().startswith(stem))
    number = int(digits.group()) if digits else next(words)
    adjective = re.search(r"летн(ий|его|ему|им|ем|яя|ей|юю|ие|их|ими)$", text)
    if adjective:
        stem, column = (
            ("молод", 0) if number < 30 else ("взросл", 1) if number < 50 else ("пожил", 0)
        )
        return [stem + _ADJ_ENDINGS[adjective.group(1)][column]]
    rounded = max(5, 5 * round(number / 5))
    prefix = "примерно в" if text.startswith("в ") else "около"
    out = [f"{prefix} {rounded} лет"]
    if number // 10 in DECADES:
        out.append(
            ("в " if text.startswith("в ") else "") + f"{DECADES[number // 10]} с лишним лет"
        )
    return out


def birth(text: str) -> list[str]:
    year = int(re.search(r"(?:19|20)\d{2}", text).group())  # type: ignore[union-attr]
    decade = f"{year // 10 * 10}-х"
    verb = re.match(r"родил(?:ся|ась)", text)
    if verb:
        part = "начале" if year % 10 < 4 else "середине" if year % 10 < 7 else "конце"
        return [f"{verb.group()} в {part} {decade}", f"{verb.group()} в {decade}"]
    return [f"{decade} годов рождения"]


def date(text: str, before: str) -> list[str]:
    month, year = _month_year(text)
    if month is None:
        return []
    suffix = f" {year} года" if year else ""
    if before in ("до", "после", "с", "около", "от"):
        return [f"середины {MONTHS_GEN[month]}{suffix}"]
    if before in ("к", "на"):
        return [f"{'середине' if before == 'к' else 'середину'} {MONTHS_GEN[month]}{suffix}"]
    season = SEASONS[(month + 1) % 12 // 3]
    out = [f"в {MONTHS_LOC.split()[month]}{suffix}", f"{season}{suffix}"]
    return out + ([f"в {year} году"] if year else [])


def _month_year(text: str) -> tuple[int | None, str | None]:
    year_match = re.search(r"(?:19|20)\d{2}", text)
    year = year_match.group() if year_match else None
    numeric = re.match(r"\d{1,2}\.(\d{1,2})\.", text)
    if numeric:
        month = int(numeric.group(1)) - 1
        return (month if 0 <= month < 12 else None), year
    for index, name in enumerate(MONTHS_GEN):
        if name in text.lower():
            return index, year
    return None, year


def place(text: str, size: str | None, region: str | None) -> list[str]:
    words = text.split()
    head = words[0]
    if words[-1].lower().startswith("район"):  # "Кяхтинского района" -> "района"
        return [words[-1].lower()] + ([f"{words[-1].lower()} {region}"] if region else [])
    if len(words) == 1:  # a bare town name: "из Кяхты"
        noun = inflect("город" if size == "town" else "посёлок", head)
        out = [f"{agree('небольшой', noun)} {noun}"]
        return out + ([f"{noun} {region}"] if region else [])
    if "населени" in text or "жив" in text or "прожива" in text or "жител" in text:
        return [_population(text)]
    out = [f"{agree('небольшой', head)} {head.lower()}"]
    return out + ([f"{head.lower()} {region}"] if region else [])


def _population(text: str) -> str:
    digits = re.sub(r"\D", "", text.split("тысяч", maxsplit=1)[0])
    thousands = "тысяч" in text or (digits and int(digits) >= 1000)
    many = "несколько тысяч" if thousands else "несколько сотен"
    return re.sub(
        r"(?:около\s+|в\s+|меньше\s+|всего\s+)?\d[\d\s,.]*(?:тысяч[а-яё]*\s*)?",
        many + " ",
        text,
        count=1,
    ).replace("  ", " ")


def unit(text: str) -> list[str]:
    words = text.split()
    preposition = words.pop(0).lower() if words[0].lower() in ("во", "со", "ко") else ""
    noun = words[-1]
    if noun.startswith("№") or noun[0].isdigit():
        noun = words[0]
    found = [noun.lower(), inflect("подразделение", noun)]
    return [_with(preposition, word) for word in found]


def _with(preposition: str, word: str) -> str:
    """ "во"/"со"/"ко" where the next word needs it ("во взвод", "в роту")."""
    if not preposition:
        return word
    short = preposition[0]
    clusters = {"в": "вф", "с": "сзшж", "к": "кг"}[short]
    doubled = word[:1] in clusters and word[1:2] not in "аеёиоуыэюя"
    return f"{preposition if doubled else short} {word}"


def rank(text: str) -> list[str]:
    word = text.rsplit(maxsplit=1)[-1]
    lemma = "офицер" if any(word.lower().startswith(o) for o in _OFFICERS) else "военнослужащий"
    return [inflect(lemma, word)]


def specialty(text: str) -> list[str]:
    return [inflect("военнослужащий", text.split(maxsplit=1)[0])]


def count(text: str) -> list[str]:
    lower = text.lower()
    if lower.startswith("единственн"):
        return ["одна из немногих" if lower.endswith("ая") else "один из немногих"]
    if lower in ("двое", "трое", "четверо", "пятеро", "шестеро", "семеро"):
        return ["несколько человек"]
    if lower in ("двоих", "троих", "четверых", "пятерых"):
        return ["нескольких"]
    numeral = _NUMERAL_WORDS.search(lower)
    if numeral is None:
        return []
    tag = _tag(numeral.group()) if not numeral.group().isdigit() else None
    case = next((c for c in _CASES if tag is not None and c in tag), "gent")
    few = (
        "нескольких"
        if case in ("gent", "loct", "accs")
        else "несколькими"
        if case == "ablt"
        else "нескольким"
    )
    return [text[: numeral.start()] + few + text[numeral.end() :]]


def occupation(text: str) -> list[str]:
    verb = text.split(maxsplit=1)[0]
    tags = {p.tag.POS for p in forms_ru.parses(verb.lower())[:1]}
    return [verb] if tags & {"VERB", "INFN"} else ["[род занятий]"]


def physical(text: str) -> list[str]:
    del text
    return ["[особая примета]"]
