"""Places keep their text: a town that is also a surname is not a person.

"Мы живём в Жуковском" names the town Жуковский even when a Дмитрий Жуковский is
registered; "В Пушкине" is the town Пушкин; "Делегация Швеции" names a country. A
one-word span reads as a place when

* the word's lemma is in the gazetteer (``intake/data/places_ru.txt``: towns of
  Russia, Ukraine and Belarus derived from GeoNames by ``tools/build_places.py``)
  or the dictionary tags it Geox, and the word before is a preposition of place
  (в, из, под, около, до...) in a case that preposition governs, or a word such
  as "город" / "г." / "села";
* or the dictionary reads it only as a place (Geox, never a first name, surname
  or patronymic): "Швеции", "Донбассе";
* or the next word is "области", "края", "района"... ("Курской области");
* in Latin script, a town of the gazetteer after "in", "near", "outside"...
  ("in Zhukovsky"; not after "from" or "to", which more often name a person).

Limits: a word the dictionary knows as a first name is never read as a place (the
town Артём is tagged as a name: a leaked name is worse than a town tagged); a
surname after "в" ("уверен в Жуковском") is read as the town.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from intake.redact import forms_ru, guards
from intake.redact.findings import NAME, ORGANISATION, PERSON, PLACE, Finding
from intake.redact.lexicon import lexicon
from intake.redact.names import common_use
from intake.redact.translit import latin_key

# Prepositions of place and the cases they govern for a place after them.
_GOVERN = {
    "в": ("loct", "loc2", "accs"),
    "во": ("loct", "loc2", "accs"),
    "на": ("loct", "loc2", "accs"),
    "из": ("gent", "gen2"),
    "изо": ("gent", "gen2"),
    "до": ("gent", "gen2"),
    "около": ("gent",),
    "возле": ("gent",),
    "близ": ("gent",),
    "вблизи": ("gent",),
    "под": ("ablt", "accs"),
    "через": ("accs",),
}
# Nouns (lemmas) that announce a place by name: "в городе Жуковский", "Курской области".
_PLACE_NOUNS = frozenset(
    (
        "г", "гор", "пос", "пгт", "дер", "город", "поселок", "село", "деревня",
        "станица", "аул", "столица", "хутор", "селение", "кишлак", "улус", "сумон", "слобода",
        "городок", "поселение",
    )
)  # fmt: skip
# One-letter abbreviations count only with their dot ("с. Ключи"; "с Иваном" is "with").
_ABBREVIATED = frozenset(("с", "д", "ст", "х"))
_REGION_NOUNS = frozenset(("область", "край", "район", "округ", "республика", "губерния"))
_WORD_BEFORE = re.compile(r"([\w]+)\.?[^\S\n]+$")
_WORD_AFTER = re.compile(r"[^\S\n]+([\w]+)")
_NAME_TAGS = forms_ru.NAME_TAGS


@lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    """Lower-case names of settlements (ё folded to е)."""
    text = files("intake").joinpath("data/places_ru.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=65536)
def _readings(word: str) -> tuple[frozenset[str], bool, bool]:
    """(cases in which ``word`` is a place, only a place, a first name too)."""
    lower = word.lower().replace("ё", "е")
    places = gazetteer()
    cases: set[str] = set()
    person = first_name = False
    known = forms_ru.morph().word_is_known(lower)  # a guessed parse is no evidence
    for parse in forms_ru.parses(lower) if known else ():
        grammemes = parse.tag.grammemes
        lemma = parse.normal_form.replace("ё", "е")
        if "Geox" in grammemes or lemma in places:
            cases.add(str(parse.tag.case))
        person = person or bool(_NAME_TAGS & grammemes)
        first_name = first_name or "Name" in grammemes
    if lower in places and not cases:
        cases.update(forms_ru.CASES)  # a town the dictionary does not know: any case
    return frozenset(cases), bool(cases) and not person, first_name


def reads_as_place(text: str, start: int, end: int, *, registered: bool = False) -> bool:
    """True if text[start:end], one word, names a place here (rules in the module doc).
    A ``registered`` person's form needs the context: the dictionary's "only a place"
    is not enough ("Машино", Маша's possessive, is also a village)."""
    word = text[start:end]
    if not word or not word[0].isupper() or " " in word:
        return False
    if not forms_ru.is_cyrillic(word):
        return _latin_place(text, start, word)
    return _cyrillic_place(text, start, end, registered)


def announced(text: str, start: int, end: int) -> bool:
    """True if the word at text[start:end] is announced as a place by its context, not only
    by a preposition: a noun before it ("в городе Жуковском", "г. Королёв", "села
    Выдумкино") or a region's noun after it ("Жуковского района")."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is not None:
        previous = before.group(1).lower()
        dotted = "." in before.group(0)
        if previous in _PLACE_NOUNS or _lemma(previous) in _PLACE_NOUNS:
            return True
        if dotted and previous in _ABBREVIATED:
            return True
    after = _WORD_AFTER.match(text, end)
    return after is not None and _lemma(after.group(1)) in _REGION_NOUNS


def _cyrillic_place(text: str, start: int, end: int, registered: bool) -> bool:
    word = text[start:end]
    if _adjective(word):  # "Курской области": a region by its noun
        after = _WORD_AFTER.match(text, end)
        if after is not None and _lemma(after.group(1)) in _REGION_NOUNS:
            return True
    cases, only_place, first_name = _readings(word)
    if registered and (not cases or first_name):
        return False  # the context is read only where it could decide (the common case)
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    previous = before.group(1).lower() if before is not None else ""
    dotted = before is not None and "." in before.group(0)
    named = bool(previous) and (
        previous in _PLACE_NOUNS
        or _lemma(previous) in _PLACE_NOUNS
        or (dotted and previous in _ABBREVIATED)
    )
    if named and not registered:
        return True  # "в селе Выдумкино": a noun that announces a settlement by its name
    if not cases or first_name:
        return False  # a registered name needs a place reading too ("г ГОРШЕНИН" is him)
    if only_place and not registered:
        return True
    return named or bool(cases & set(_GOVERN.get(previous, ())))


_LATIN_BEFORE = re.compile(r"([A-Za-z]+)[^\S\n]+$")
# "from" and "to" are left out: "a letter from Zhukovsky" is from the man
_LATIN_PREPOSITIONS = frozenset(("in", "near", "outside", "around", "into", "towards"))


def _latin_place(text: str, start: int, word: str) -> bool:
    """A Latin-script town of the gazetteer after "in", "from", "near"... ("in Zhukovsky");
    never a first name ("in Anna" is read as the woman)."""

    lower = word.lower()
    if lower not in gazetteer() or latin_key(word) in lexicon().first_lat:
        return False
    before = _LATIN_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).lower() in _LATIN_PREPOSITIONS


@lru_cache(maxsize=65536)
def _adjective(word: str) -> bool:
    return any("ADJF" in p.tag for p in forms_ru.parses(word.lower()))


@lru_cache(maxsize=4096)
def _lemma(word: str) -> str:
    lower = word.lower().replace("ё", "е")
    found = forms_ru.parses(lower)
    return found[0].normal_form.replace("ё", "е") if found else lower


# A formation's name in quotes after its noun: батальон «Ахмат», ЧВК «Вагнер», unit "Sever".
_FORMATION_BEFORE = re.compile(
    r"(?:батальон|полк|бригад|дивизи|отряд|чвк|пвк|группировк|подразделени|корпус|battalion"
    r"|regiment|brigade|unit|group)\w*[^\S\n]+[«\"„“]$",
    re.IGNORECASE,
)
_CLOSING_QUOTES = frozenset('»"“”')


def names_a_formation(text: str, start: int, end: int) -> bool:
    """True if text[start:end] is a formation's quoted name (батальон «Ахмат»)."""
    return bool(
        text[end : end + 1] in _CLOSING_QUOTES  # the cheap test first
        and _FORMATION_BEFORE.search(text, max(0, start - 30), start)
    )


def reclassify(text: str, findings: list[Finding]) -> list[Finding]:
    """Person and name findings that read as places become kept places, a formation's
    quoted name a kept organisation; a registered name-word written as a lower-case common
    noun ("надежда") is no finding."""
    out: list[Finding] = []
    for f in findings:
        if f.kind in (PERSON, NAME) and names_a_formation(text, f.start, f.end):
            out.append(Finding(ORGANISATION, f.start, f.end, f.score, "formation"))
        elif f.kind in (PERSON, NAME) and reads_as_place(
            text, f.start, f.end, registered=f.kind == PERSON
        ):
            out.append(Finding(PLACE, f.start, f.end, f.score, "gazetteer"))
        elif f.kind != PERSON or not _common_word(text, f, findings):
            out.append(f)
    return out


_NAME_GAP = re.compile(r"[ \t]{1,2}")  # between the words of one name, on one line


def _common_word(text: str, f: Finding, findings: list[Finding]) -> bool:
    """True if person finding ``f`` is a lower-case common noun ("надежда", "мороз") and not
    a word of a name: next to another form of the same person, across one or two spaces,
    it is the name ("евгений мороз"), however it is written."""
    if not common_use(text, f.start, f.end) or _quoted_name_word(text, f, findings):
        return False
    before = _NAME_GAP.search(text, max(0, f.start - 2), f.start)
    after = _NAME_GAP.match(text, f.end, f.end + 2)
    edges = {before.start() if before and before.end() == f.start else -1}
    edges.add(after.end() if after else -1)
    mine = set(f.owners or (f.owner,))
    return not any(
        (g.end in edges or g.start in edges)
        and g is not f
        and g.kind == PERSON
        and set(g.owners or (g.owner,)) & mine
        and not common_use(text, g.start, g.end)
        for g in findings
    )


def _quoted_name_word(text: str, f: Finding, findings: list[Finding]) -> bool:
    """True if the lower-case word is quoted in a case's form, as a message wrote it
    ("дрозду"), where the text names the same person by it with a capital ("Вадим
    Дрозд"): the name itself, talked about. Quoted in the nominative it is the word
    glossed ('his surname is the word for elk, "лось"')."""
    if f.case in (None, "nomn"):
        return False
    if not guards.quoted(text, f.start, f.end):
        return False
    word = text[f.start : f.end]
    stem = guards.name_stem(word)
    mine = set(f.owners or (f.owner,))
    return any(
        g.kind == PERSON
        and set(g.owners or (g.owner,)) & mine
        and any(
            w[:1].isupper() and w.lower().startswith(stem) for w in text[g.start : g.end].split()
        )
        for g in findings
    )


def without_places(text: str, findings: list[Finding]) -> list[Finding]:
    """The findings less person forms that read as places or common words (for the
    sweep and the gate)."""
    return [
        f
        for f in findings
        if not (
            f.kind == PERSON
            and (
                reads_as_place(text, f.start, f.end, registered=True)
                or _common_word(text, f, findings)
                or names_a_formation(text, f.start, f.end)
            )
        )
    ]
