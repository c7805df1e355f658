"""A quoted dictionary word after the word for what it names: газета «Труд», корабль «Союз».

A capitalised word alone in quotation marks is asked about even when the dictionary
knows it ("Гром", "Кедр"): that is how call signs and nicknames are written. Russian
writes the names of newspapers, parties, companies, ships, prizes and albums the same
way, right after the word for the thing: партия «Яблоко», радиостанция «Маяк», РИА
«Новости», ОАО «Мегафон», корабль «Союз», премия «Просветитель». Such a word names a
thing, not a person, when the word before it is one of :data:`THINGS` (any case) or one
of the organisation acronyms of :data:`ACRONYMS`.

Once a text has named a thing so, the same word alone in quotation marks later in that
text names it too ("«Союза» не будет" after "корабль «Союз»").

Deliberately missing: words for people and for military formations. "Командир взвода
«Гром»" can name the platoon or its commander's call sign, and "боец «Кедр»" is a
person, so взвод, рота, батальон, отряд, группа, боец and the like explain nothing.
Only a word the dictionary knows as an ordinary word is explained this way (see
:mod:`intake.check.capitalised`); an unknown one («Алтек») is still asked about.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from intake.check import morph
from intake.check.words import Word


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


THINGS = _words(
    """
    газета журнал издание агентство информагентство радиостанция радио телеканал канал
    телекомпания издательство портал сайт блог программа передача журнал
    партия движение организация объединение союз общество фонд ассоциация профсоюз
    компания корпорация концерн фирма холдинг банк завод фабрика комбинат предприятие
    магазин сеть кафе ресторан бар клуб гостиница отель театр кинотеатр музей галерея
    центр институт университет лицей гимназия больница клиника санаторий стадион
    премия фестиваль конкурс турнир акция кампания операция проект выставка
    альбом фильм сериал спектакль книга роман повесть песня сингл стихотворение картина
    корабль шаттл ракета ракета-носитель спутник станция модуль самолёт самолет вертолёт
    вертолет автомобиль машина грузовик судно теплоход крейсер подлодка поезд марка модель
    бренд промзона микрорайон квартал парк сквер рынок вокзал аэропорт
    """
)
# Words for a vehicle or a craft: its name alone in quotes is no person's even when the dictionary
# does not hold it (шаттл «Дискавери», корабль «Индевор»), and a person before it is its crew.
CRAFT = _words(
    """
    шаттл корабль ракета ракета-носитель спутник станция модуль самолёт самолет лайнер вертолёт
    вертолет судно теплоход крейсер подлодка фрегат танкер ледокол яхта паром зонд марсоход
    """
)
CREW = _words("командир капитан экипаж пилот водитель штурман механик член начальник боец")
ACRONYMS = _words(
    "ооо оао зао пао ао гуп муп фгуп нко ано оо рии риа ия иа ркк ск тк трк тц бц жк снт"
    " нии цбк гк ук фк хк пк"
)


def named_in(words: Sequence[Word]) -> frozenset[str]:
    """Lemmas of the dictionary words a text names as things (газета «Труд»): a later
    «Труда» alone in quotes is the same newspaper; and the words, lower case, it names as
    craft (:func:`crafts_named_in`)."""
    return crafts_named_in(words) | frozenset(
        lemma
        for w in words
        if w.quoted and names_a_thing(w.previous) and morph.classify(w.clean.lower()) == "word"
        for lemma in _lemmas(w.clean.lower())
    )


def crafts_named_in(words: Sequence[Word]) -> frozenset[str]:
    """The words alone in quotes, lower case, that the text names as a craft right after a word
    of :data:`CRAFT` (шаттл «Дискавери»), unless a word for its crew stands before that
    (командир корабля «Хертек»: the ship, or the commander's call sign?)."""
    found = set()
    for index, word in enumerate(words):
        if not word.quoted or index == 0 or not lemmas(word.previous) & CRAFT:
            continue
        if index >= 2 and lemmas(words[index - 2].clean.lower()) & CREW:
            continue
        found.add(_bare(word.clean.lower()))
    return frozenset(found)


def same_craft(word: Word, named: frozenset[str]) -> bool:
    """True if the quoted ``word`` is a case form of a craft the text named
    (:func:`crafts_named_in`): «Атлантиса» after шаттл «Атлантис»."""
    lower = _bare(word.clean.lower())
    return any(form in named for form in (lower, lower[:-1], lower[:-2], lower[:-1] + "а"))


def _bare(lower: str) -> str:
    return lower.replace("ё", "е")


def same_thing(word: Word, named: frozenset[str]) -> bool:
    """True if the quoted ``word`` is a form of a thing the text named before."""
    return bool(named) and bool(_lemmas(word.clean.lower()) & named)


def names_a_thing(previous: str) -> bool:
    """True if ``previous`` (lower case) is a word for a named thing or an organisation
    acronym."""
    return previous in ACRONYMS or bool(_lemmas(previous) & THINGS)


@lru_cache(maxsize=4096)
def lemmas(word: str) -> frozenset[str]:
    """The dictionary's lemmas of ``word`` as a noun (lower case; none for Latin words)."""
    return _lemmas(word)


def _lemmas(word: str) -> frozenset[str]:
    if not word or word.isascii():
        return frozenset()
    return frozenset(p.normal_form for p in morph._analyzer().parse(word) if p.tag.POS == "NOUN")
