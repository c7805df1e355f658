"""Short forms of Russian first names: diminutives, hypocoristics, vocatives, possessives.

A registered "Сергей" is also "Серёжа", "Серёжку", "Серёга", "Серж", "Серёж" (the
vocative: "Серёж, ответь") and "Серёжкин" (the possessive adjective: "Серёжкин
рюкзак"). The curated table ``intake/data/diminutives_ru.txt`` gives the usual
short forms of about 170 names (``intake/data/diminutives_rare.txt`` those of 70 names
less often given, "Кеша" for Иннокентий), and ``intake/data/diminutives_peoples.txt`` those of
other peoples' names ("Гоги" for Гиорги, "Тамик" for Таймураз, "Ваник" for Ованес),
which no rule makes; a form marked there as a base takes the
productive suffixes below (Лена: Ленка, Леночка, Ленуся, Ленуська...) and those of
endearment (Мила: Милаша, Милуша; Ваня: Ваняша). Every
form is declined by :mod:`intake.redact.declension_ru`; forms in -а/-я give
vocatives and -ин possessives; a masculine full name gives the old -ов/-ев
possessive ("Дмитриев рюкзак"), which is also a surname and so is only read as a
name before a noun it agrees with (:mod:`intake.redact.guards`).

A first name in -а/-я the table does not list ("Мадина") still takes the
productive suffixes ("Мадинка") and its vocative ("Мадин"); one in a consonant takes
-ик, -чик and -ка ("Муратик", "Русланчик", "Тимурка"). Either is also clipped to its
first syllable (up to its first vowel and the letter after it) with -ик and -ка for a
man ("Нуржан" -> "Нурик", "Ерболат" -> "Ерик", "Даурен" -> "Даука") or -ка and -очка for
a woman ("Зарема" -> "Зарочка"), and after a consonant -а ("Зара", "Ризван" -> "Риза",
"Магомед" -> "Мага") and, for a man, -о ("Вахтанг" -> "Вахо"); a syllable in -л also
takes -я ("Залина" -> "Заля", "Ильдар" -> "Иля"), a man's syllable and the consonant
after it -ик ("Рустам" -> "Рустик", "Хамзат" -> "Хамзик"), and either name the Kazakh
respectful -ке and -еке ("Даурен" -> "Даке", "Ерлан" -> "Ереке"). A compound name is
also its first element alone ("Эмирхан" -> "Эмир", "Гаджимурад" -> "Гаджи").

A short form that belongs to several names ("Саша", "Слава", "Женя") is a form of
each registered person it fits; the engine treats a form shared by two registered
people as ambiguous, never as either of them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib.resources import files

from intake.redact.declension_ru import decline, possessive_forms

# Productive suffixes after a hard stem (Лена -> лен-), a soft one (Таня -> тан-,
# spelled with ь or ю) and a sibilant one (Саша -> саш-).
_HARD = ("ка", "очка", "уля", "уся", "уська", "уня", "ушка", "ок")
_SOFT = ("ька", "ечка", "енька", "юша", "юшка", "юля", "юся", "юня", "ёк")
_SIBILANT = ("ка", "енька", "уля", "уня", "уся", "ок")
_NO_VOCATIVE = ("ка", "очка", "ечка", "енька", "онька", "ушка", "юшка")
# Suffixes of endearment that a short form takes, not a full name ("Мила" -> "Милаша",
# "Люба" -> "Любаша", "Ваня" -> "Ваняша"; "Милана" makes no "Миланаша")
_FOND_HARD = ("аша", "уша")
_FOND_SOFT = ("яша",)

Table = dict[str, tuple[str, tuple[tuple[str, bool], ...]]]  # name -> (gender, (form, base))


@lru_cache(maxsize=1)
def table() -> Table:
    """Full name (lower case, ё as е) -> (gender, ((short form, is a base), ...)): the
    Russian names' table and that of other peoples' names, a name in both with both
    lists."""
    out = dict(_common())
    out.update((name, entry) for name, entry in _rare().items() if name not in out)
    return out


@lru_cache(maxsize=1)
def _common() -> Table:
    """The Russian names' table and that of other peoples' names, a name in both with both
    lists."""
    out = dict(_russian())
    for name, (gender, own) in read_table("data/diminutives_peoples.txt", _fold).items():
        listed = out.get(name)
        both = listed[1] if listed is not None and listed[0] == gender else ()
        out[name] = (gender, both + own)
    return out


@lru_cache(maxsize=1)
def _rare() -> Table:
    """Russian names less often given today, or older ("Кеша" for Иннокентий)."""
    return read_table("data/diminutives_rare.txt", _fold)


@lru_cache(maxsize=1)
def _russian() -> Table:
    """The Russian names' table alone: a name not in it also takes the rule-made forms of
    :func:`unlisted_forms` ("Таймуразик" beside the listed "Тамик")."""
    return read_table("data/diminutives_ru.txt", _fold)


def read_table(path: str, key: Callable[[str], str]) -> Table:
    """A table of short forms in the package's format: ``Name g: form, form*, ...`` a line
    (``*`` marks a form, kept as True), ``#`` comments; names keyed by ``key``."""
    text = files("intake").joinpath(path).read_text(encoding="utf-8")
    out: Table = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, forms = line.split(":", 1)
        name, gender = head.split()
        shorts = tuple(
            (form.strip().rstrip("*").lower(), form.strip().endswith("*"))
            for form in forms.split(",")
            if form.strip()
        )
        out[key(name)] = (gender, shorts)
    return out


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def _entry(name: str, gender: str | None) -> tuple[str, tuple[tuple[str, bool], ...]] | None:
    entry = table().get(_fold(name))
    if entry is None or (gender is not None and entry[0] != gender):
        return None
    return entry


def full_names(short: str, gender: str | None) -> tuple[str, ...]:
    """The full names ``short`` is a short form of, for ``gender`` ("Дима" -> "дмитрий",
    "вадим"); another people's names only for a form no Russian name has ("Митя" is
    Дмитрий, not Думитру as well), and the rarer names' only for a form no common name
    has ("Митя" is not Митрофан)."""
    lower = _fold(short)
    for names in (_russian(), _common(), _rare()):
        found = tuple(
            name
            for name, (g, shorts) in names.items()
            if (gender is None or g == gender) and any(_fold(s) == lower for s, _ in shorts)
        )
        if found:
            return found
    return ()


@lru_cache(maxsize=4096)
def short_forms(name: str, gender: str | None) -> tuple[str, ...]:
    """Every short form of first name ``name`` (nominative, lower case): the table's and
    the productive suffixes on its bases. Empty if the name is not in the table."""
    entry = _entry(name, gender)
    if entry is None:
        return ()
    out: dict[str, None] = {}
    for form, base in entry[1]:
        out[form] = None
        if base:
            out.update(dict.fromkeys(productive(form)))
            out.update(dict.fromkeys(fond(form)))
    # the full name in -а/-я is a base too: "Кристиночка", "Мариночка"
    out.update(dict.fromkeys(f for f in productive(_fold(name)) if f not in out))
    return tuple(out)


def productive(base: str) -> tuple[str, ...]:
    """Forms made from a base in -а/-я by the productive suffixes (Лена -> Ленка...)."""
    if len(base) < 3 or base[-1] not in "ая":
        return ()
    stem = base[:-1]
    if stem[-1] in "жшчщ":
        return tuple(stem + suffix for suffix in _SIBILANT)
    if base[-1] == "я":
        vowel = stem[-1] in "аеёиоуыэюя"  # "Рая": "Райка", "Раечка"
        return tuple(stem + ("йка" if vowel and suffix == "ька" else suffix) for suffix in _SOFT)
    return tuple(stem + suffix for suffix in _HARD)


def fond(base: str) -> tuple[str, ...]:
    """Forms a short base in -а/-я makes with the suffixes of endearment -аша, -уша and
    -яша ("Мила" -> "Милаша", "Милуша"; "Ваня" -> "Ваняша"); none after a sibilant
    ("Саша") or a vowel ("Рая")."""
    if len(base) < 3 or base[-1] not in "ая" or base[-2] in "жшчщаеёиоуыэюяь":
        return ()
    return tuple(base[:-1] + s for s in (_FOND_SOFT if base[-1] == "я" else _FOND_HARD))


def vocative(form: str) -> str | None:
    """The new vocative of a short form in -а/-я ("Серёжа" -> "серёж", "Митя" -> "мить"),
    None for forms that have none ("Ленка", "Мария")."""
    if len(form) < 3 or form[-1] not in "ая" or form.endswith(("ия", *_NO_VOCATIVE)):
        return None
    stem = form[:-1]
    if form[-1] == "я" and stem[-1] not in "жшчщаеёиоуыэюяь":
        return stem + "ь"
    return stem


def possessives(form: str) -> tuple[str, ...]:
    """The -ин possessive adjective of a form in -а/-я, every form ("Серёжкин", "Диминой")."""
    if len(form) < 3 or form[-1] not in "ая" or form.endswith("ия"):
        return ()
    return possessive_forms(form[:-1], "ин")


def patronymic_possessives(name: str) -> tuple[str, ...]:
    """The -ов/-ев possessive of a masculine full name ("Дмитрий" -> "Дмитриев")."""
    lower = name.lower()
    if len(lower) < 3 or lower[-1] in "аяоеиуыэю":
        return ()
    if lower[-1] in "йь":
        return possessive_forms(lower[:-1], "ев")
    return possessive_forms(lower, "ов")


@lru_cache(maxsize=4096)
def name_forms(name: str, gender: str | None) -> tuple[tuple[str, str], ...]:
    """(form, case) of every short form of ``name``, declined."""
    out: dict[str, str] = {}
    for short in short_forms(name, gender):
        for form, case in decline(short, gender, diminutive=True):
            out.setdefault(form, case)
    return tuple(out.items())


@lru_cache(maxsize=4096)
def unlisted_forms(name: str, gender: str | None) -> tuple[tuple[str, str], ...]:
    """(form, case) for a first name the table does not list: in -а/-я ("Мадина", "Аюна"),
    the productive suffixes on the name itself, declined ("Мадинка", "Мадиночке"); in a
    consonant ("Мурат", "Айгерим"), -ик, -чик and -ка ("Муратик", "Русланчик",
    "Тимурка", "Айгеримка")."""
    lower = name.lower()
    if len(lower) < 4 or _fold(lower) in _russian():
        return ()
    shorts = (productive(lower) or _consonant_shorts(lower, gender)) + clipped(lower, gender)
    shorts += compound_head(lower)
    return tuple({f: c for short in shorts for f, c in decline(short, gender)}.items())


_VOWELS = "аеёиоуыэюя"
# The second element of a compound Turkic or North Caucasian name, which people drop:
# "Эмирхан" -> "Эмир", "Гаджимурад" -> "Гаджи", "Серикбай" -> "Серик", "Алибек" -> "Али"
_ELEMENTS = (
    "магомед", "султан", "мурад", "болат", "булат", "джан", "хан", "бек", "бай", "жан", "али",
    "гуль", "гюль",
)  # fmt: skip


def compound_head(lower: str) -> tuple[str, ...]:
    """The first element of a compound name, said alone (see :data:`_ELEMENTS`), if it has
    three letters or more and a vowel."""
    for element in _ELEMENTS:
        head = lower.removesuffix(element)
        if head != lower and len(head) >= 3 and any(c in _VOWELS for c in head):
            return (head,)
    return ()


def clipped(lower: str, gender: str | None) -> tuple[str, ...]:
    """Short forms of a first name clipped to its first syllable (see the module)."""
    first = next((i for i, c in enumerate(lower) if c in _VOWELS), None)
    if first is None or first + 2 >= len(lower) or not lower.isalpha():
        return ()
    syllable = lower[: first + 2]
    respectful = _respectful(lower, first)
    if syllable[-1] in _VOWELS or syllable[-1] == "й":  # "Дау-", "Тай-": -ка only
        return ((syllable + "ка",) if len(syllable) >= 3 else ()) + respectful
    bare = (syllable + "а", syllable + "о") if len(syllable) >= 3 else ()
    soft = (syllable + "я",) if syllable[-1] == "л" else ()  # "Заля", "Иля", "Диля"
    if gender == "f":
        return (syllable + "ка", syllable + "очка", *bare[:1], *soft, *respectful)
    closed = lower[: first + 3]  # the syllable and the next consonant: "Рустик", "Хамзик"
    cluster = (closed + "ик",) if closed[-1] not in _VOWELS + "йь" else ()
    return (syllable + "ик", syllable + "ка", *bare, *soft, *cluster, *respectful)


def _respectful(lower: str, first: int) -> tuple[str, ...]:
    """The Kazakh respectful forms: the open first syllable and -ке ("Даурен" -> "Даке",
    "Жандос" -> "Жаке"), the closed one and -еке ("Ерлан" -> "Ереке", "Нурлан" -> "Нуреке");
    none for a name that ends as Kazakh names do not, in -е, -и, -у or -ю (Moldovan
    "Василе" is no "Ваке", the name of a district of Tbilisi)."""
    if lower.endswith(("е", "и", "у", "ю")):
        return ()
    open_ = (lower[: first + 1] + "ке",) if first >= 1 else ()
    closed = lower[: first + 2]
    return open_ + ((closed + "еке",) if closed[-1] not in _VOWELS + "йь" else ())


def _consonant_shorts(lower: str, gender: str | None) -> tuple[str, ...]:
    if lower[-1] in "аеёиоуыэюяйь" or not lower.isalpha():
        return ()
    if gender == "f":
        return (lower + "ка",)
    chik = (lower + "чик",) if lower[-1] in "нлрм" else ()
    return (lower + "ик", *chik, lower + "ка")


@lru_cache(maxsize=4096)
def vocatives(name: str, gender: str | None) -> tuple[str, ...]:
    """The vocatives of the short forms of ``name`` ("Серёж", "Лен"); a pseudonym replaces
    one in the nominative ("Серёж, ответь" -> "Иван, ответь")."""
    return tuple(dict.fromkeys(v for s in short_forms(name, gender) if (v := vocative(s))))


@lru_cache(maxsize=4096)
def possessive_adjectives(name: str, gender: str | None) -> tuple[str, ...]:
    """Possessive adjectives of ``name``: -ин of every short form in -а/-я (and of the
    name itself), -ов/-ев of a masculine full name and of its short forms in a
    consonant ("Толиков", "Колянов")."""
    out: dict[str, None] = {}
    for form in (name.lower(), *short_forms(name, gender)):
        out.update(dict.fromkeys(possessives(form)))
    if gender != "f":
        out.update(dict.fromkeys(patronymic_possessives(name)))
        for form in short_forms(name, gender):  # "Толиков рюкзак", "Колянова мать"
            out.update(dict.fromkeys(patronymic_possessives(form)))
    return tuple(out)
