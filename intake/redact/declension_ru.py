"""Russian noun declension by ending, for names the dictionary does not analyse.

pymorphy3 knows the common Russian names, but not "Хертек", "Монгуш", "Аяс",
"Ооржак" or a diminutive such as "Ленуська"; its guesses for them are other
parts of speech ("хертек" as a past-tense verb). These rules decline such words
the way Russian grammar declines any noun, by the last letters and the person's
gender:

- a masculine consonant stem takes -а, -у, -а, -ом, -е (Хертек, Хертека, Хертеку,
  Хертека, Хертеком, Хертеке); after ж, ш, ч, щ, ц both -ом and -ем are produced
  ("с Монгушом", "с Сержем": the stress decides, and it is not written);
  a masculine -ь or -й stem takes -я, -ю, -я, -ем, -е;
- a stem in -а or -я declines for both genders (Гудава, Зозуля; Серёжа, Лена);
  -ия takes -ии, -ии, -ию, -ией, -ии;
- a feminine consonant stem does not decline (Анна Хертек, о Хертек); a feminine
  first name in -ь declines like "Любовь" (Айгуль, Айгули);
- words ending in -о, -е, -и, -у, -ю, -ы, -э and surnames in -ых, -их (and so
  the Ukrainian -ко, -енко) do not decline;
- a masculine surname in -ёл, -ец, -ок... is also declined with the vowel dropped, as
  its noun is (:func:`fleeting_forms`: Орёл, Орла; Кравец, Кравца).

The ``petrovich`` ports on PyPI (``pytrovich``, ``petrovich``) were evaluated first:
they decline Russian-pattern names well but their rules, last released in 2016-2019,
give the unknown consonant stems above no masculine endings unless a rule lists them
and have no fleeting-vowel handling for diminutives; a dozen lines of rules below are
easier to check than a vendored rule file.

Forms are lower case; the case order is nominative, genitive, dative, accusative,
instrumental, prepositional (accusative = genitive: these are names of people).
"""

from __future__ import annotations

from functools import lru_cache

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_VOWELS = frozenset("аеёиоуыэюя")
_SIBILANT = frozenset("жшчщц")
_VELAR_OR_SIBILANT = frozenset("гкхжшчщ")
_INDECLINABLE = ("о", "е", "ё", "и", "у", "ю", "ы", "э", "ых", "их")

CaseForms = tuple[tuple[str, str], ...]  # ((form, case), ...), nominative first


@lru_cache(maxsize=16384)
def decline(word: str, gender: str | None, *, diminutive: bool = False) -> CaseForms:
    """Every (form, case) of ``word`` (lower case) declined by its ending for ``gender``
    ("m", "f" or None for either). ``diminutive``: drop the -о-/-ё- of a final -ок/-ёк/-ек
    (Сашок, Сашка; Ванёк, Ванька; surnames keep it: Хертек, Хертека). A masculine
    word of five letters or more in -ый/-ой is declined as the adjective it is (Серый,
    Серого; Толстой); a shorter one as a noun (Цой, Цоя)."""
    lower = word.lower()
    if len(lower) < 2 or lower.endswith(_INDECLINABLE):
        return ((lower, "nomn"),)
    if lower.endswith(("ый", "ой")) and len(lower) >= 5 and gender != "f":  # Серый, not Цой
        stem = lower[:-2]
        return _pairs(lower, (stem + "ого", stem + "ому", stem + "ого", stem + "ым", stem + "ом"))
    last = lower[-1]
    if last in "ая":
        return _first_declension(lower)
    if last == "ь" and gender == "f":
        stem = lower[:-1]
        return _pairs(lower, (stem + "и", stem + "и", lower, stem + "ью", stem + "и"))
    if gender == "f" or last in _VOWELS:
        return ((lower, "nomn"),)
    return _second_declension(lower, diminutive)


def _first_declension(lower: str) -> CaseForms:
    """Nouns in -а/-я, either gender (Гудава, Серёжа, Митя, Мария)."""
    stem = lower[:-1]
    if lower.endswith("ия"):
        return _pairs(lower, (stem + "и", stem + "и", stem + "ю", stem + "ей", stem + "и"))
    if lower[-1] == "я":
        return _pairs(lower, (stem + "и", stem + "е", stem + "ю", stem + "ей", stem + "е"))
    gent = stem + ("и" if stem[-1:] in _VELAR_OR_SIBILANT else "ы")
    ablt = stem + ("ей" if stem[-1:] in _SIBILANT else "ой")
    out = _pairs(lower, (gent, stem + "е", stem + "у", ablt, stem + "е"))
    if stem[-1:] in _SIBILANT:  # "Монгушой" is not written, but a stressed -ой is possible
        out += ((stem + "ой", "ablt"),)
    return out


def _second_declension(lower: str, fleeting: bool) -> CaseForms:
    """Masculine nouns in a consonant, -ь or -й (Хертек, Монгуш, Игорь, Цой)."""
    if lower[-1] in "ьй":
        stem = lower[:-1]
        loct = stem + ("и" if lower.endswith("ий") else "е")  # "о Гурии", "о Цое"
        return _pairs(lower, (stem + "я", stem + "ю", stem + "я", stem + "ем", loct))
    stem = _fleeting_stem(lower) if fleeting else lower
    ablt = ("ем", "ом") if stem[-1] in _SIBILANT else ("ом",)
    out = _pairs(lower, (stem + "а", stem + "у", stem + "а", stem + ablt[0], stem + "е"))
    return out + tuple((stem + ending, "ablt") for ending in ablt[1:])


def fleeting_forms(word: str, gender: str | None) -> CaseForms:
    """The oblique cases of a masculine surname whose last vowel may drop, as it does in the
    noun it comes from (Орёл: Орла, Орлу, Орлом; Кравец: Кравца; Корень: Корня, Корню):
    people write both "у Орла" and "у Орёла", so both are forms. Empty for other words."""
    lower = word.lower()
    if gender == "f" or len(lower) < 4:
        return ()
    if lower.endswith("ень") and lower[-4] not in _VOWELS and lower[-4] not in "ьй":
        stem = lower[:-3] + "н"  # Корень: Корня, Корню, Корнем (as ремень, камень)
        return _pairs(lower, (stem + "я", stem + "ю", stem + "я", stem + "ем", stem + "е"))[1:]
    if lower[-2] not in "еёо":
        return ()
    if lower[-1] in _VOWELS or lower[-1] in "ьй" or lower[-3] in _VOWELS or lower[-3] in "ьй":
        return ()
    stem = lower[:-2] + lower[-1]
    out = _pairs(lower, (stem + "а", stem + "у", stem + "а", stem + "ом", stem + "е"))[1:]
    return out + (((stem + "ем", "ablt"),) if stem[-1] in _SIBILANT else ())


def plural_forms(word: str) -> tuple[str, ...]:
    """The plural of a consonant-stem surname, a family ("у Хертеков", "Монгуши"); empty
    for other endings, whose plural would read like a singular case ("Ардзинбы")."""
    lower = word.lower()
    if len(lower) < 3 or lower[-1] in _VOWELS or lower[-1] in "ьй":
        return ()
    nominative = "и" if lower[-1] in _VELAR_OR_SIBILANT else "ы"
    genitive = "ей" if lower[-1] in "жшчщ" else "ов"
    return tuple(lower + ending for ending in (nominative, genitive, "ам", "ами", "ах"))


def _fleeting_stem(lower: str) -> str:
    """ "сашок" -> "сашк", "ванёк" -> "ваньк", "олежек" -> "олежк"; other words unchanged."""
    if len(lower) < 4 or not lower.endswith(("ок", "ёк", "ек")):
        return lower
    before = lower[-3]
    if before in _VOWELS:
        return lower
    soft = lower[-2] in "ёе" and before not in _SIBILANT and before not in "гкх"
    return lower[:-2] + ("ь" if soft else "") + "к"


def _pairs(nominative: str, oblique: tuple[str, str, str, str, str]) -> CaseForms:
    return ((nominative, "nomn"), *zip(oblique, CASES[1:], strict=True))


# Possessive adjectives (Серёжкин, Димин; Дмитриев): the suffix is added to the stem,
# then these endings, each with the (gender, number, case) readings it has, so the
# noun after it can be checked for agreement ("Серёжкина мама", "Серёжкина рюкзака").
POSSESSIVE_ENDINGS: dict[str, frozenset[tuple[str, str, str]]] = {
    "": frozenset({("masc", "sing", "nomn"), ("masc", "sing", "accs")}),
    "а": frozenset(
        {
            ("femn", "sing", "nomn"),
            ("masc", "sing", "gent"),
            ("neut", "sing", "gent"),
            ("masc", "sing", "accs"),
        }
    ),
    "о": frozenset({("neut", "sing", "nomn"), ("neut", "sing", "accs")}),
    "ы": frozenset({("", "plur", "nomn"), ("", "plur", "accs")}),
    "ого": frozenset(
        {("masc", "sing", "gent"), ("neut", "sing", "gent"), ("masc", "sing", "accs")}
    ),
    "у": frozenset({("masc", "sing", "datv"), ("neut", "sing", "datv"), ("femn", "sing", "accs")}),
    "ому": frozenset({("masc", "sing", "datv"), ("neut", "sing", "datv")}),
    "ой": frozenset({("femn", "sing", c) for c in ("gent", "datv", "ablt", "loct")}),
    "ым": frozenset({("masc", "sing", "ablt"), ("neut", "sing", "ablt"), ("", "plur", "datv")}),
    "ом": frozenset({("masc", "sing", "loct"), ("neut", "sing", "loct")}),
    "ых": frozenset({("", "plur", "gent"), ("", "plur", "loct"), ("", "plur", "accs")}),
    "ыми": frozenset({("", "plur", "ablt")}),
}


def possessive_forms(stem: str, suffix: str) -> tuple[str, ...]:
    """The possessive adjective of ``stem`` + ``suffix`` (-ин, -ов, -ев) in every form."""
    base = stem.lower() + suffix
    return tuple(base + ending for ending in POSSESSIVE_ENDINGS)


def possessive_readings(form: str) -> frozenset[tuple[str, str, str]]:
    """The (gender, number, case) readings of a possessive form by its ending."""
    for suffix in ("ин", "ын", "ов", "ев"):
        index = form.rfind(suffix)
        if index > 0 and (ending := form[index + 2 :]) in POSSESSIVE_ENDINGS:
            return POSSESSIVE_ENDINGS[ending]
    return frozenset()
