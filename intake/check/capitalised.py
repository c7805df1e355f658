"""Capitalised words in the middle of a sentence that nothing explains.

A capitalised word that is not the first of a sentence, a line or a quotation is
a proper name more often than not; so is one alone in quotation marks (a call
sign: «Гром»), wherever it stands. It is explained when the Russian dictionary
knows it as an ordinary word or as a place or organisation (:mod:`intake.check.morph`),
when it is a public figure's name, a finding the reviewer decided, a pseudonym or
a tag the engine wrote (the caller passes those), or, in Latin script, a word, brand
or title that is no one's name (:mod:`intake.check.english`; in a title or before a word
for a region: :mod:`intake.check.runs`), a Russian dictionary word that is no name written
in Latin letters ("Voenny Osvedomitel", not alone in quotes), a town on a river
("Rostov-on-Don"), or a known town in Latin letters or organisation in Cyrillic
(:mod:`intake.check.known`); a firm's name after the word for a firm, a town on a journey,
a place on a route (:mod:`intake.check.around`). A dictionary word alone in quotation
marks is explained only after the word for what it names (газета «Труд», корабль «Союз»:
:mod:`intake.check.things`), and an unknown one after the word for a craft (шаттл
«Дискавери»). Everything else is asked about: a surname
the dictionary does not hold, a call sign, a first name (the dictionary knows "Вера",
but as a name too), a village, a Latin name.

A word in a script nothing here reads (Georgian, Armenian, Hebrew, Arabic, the scripts of
Asia) is asked about wherever it stands (:func:`unread_script`).

Limits: a name written in lower case or in capitals of five letters or fewer
(read as an acronym: "ФСБ", "ОМОН"), or as the first word of a sentence, is
not seen by this rule (near-misses of registered names are, see
:mod:`intake.check.near_names`); a capitalised word the dictionary knows only as
an ordinary word ("Гром", "Мельник", "Бурятов") is let through, unless it stands alone
in quotation marks («Гром», "Кедр": a call sign, a nickname) with no word for a thing
before it: asking about all of them doubled the rate on news text (39 instead of 20
per 1,000 words on factRuEval). A Latin word in quotation marks is explained by the
list of common words and by its shape only, never by the dictionary ("Hawk" is asked).
A capitalised word right after "позывной", "кличка", "прозвище", "call sign", "nickname"
is asked about whatever else would explain it, and so is a dialogue's label ("Гром:"
opening two lines or more) unless it names a role (``data/dialogue_roles.txt``:
"Свидетель:", "Q:") or a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.check import english, known, latin_words, morph, things
from intake.check.words import Word

NAME_LIKE = frozenset({"name", "unknown"})
CALL_SIGN_CUES = ("позыв", "кличк", "прозвищ", "погонял", "callsign", "nickname")
CALL_SIGN_WORDS = frozenset(("sign", "ник", "nick", "alias"))
MAX_ACRONYM = 5
MIN_OPENING_SURNAME = 6  # letters of a Latin word opening a sentence read for a surname
# A town on a river ("Rostov-on-Don", "Komsomolsk-na-Amure"): no person's name takes this shape.
_ON_RIVER = re.compile(r"[a-z]{3,}-(?:on|upon|na|am|sur)-[a-z]{3,}")


def unexplained(
    word: Word, named: frozenset[str] = frozenset(), settled: frozenset[int] = frozenset()
) -> bool:
    """True if this capitalised word in mid-sentence could be a name nobody decided.
    ``named``: what the text named as things (:func:`intake.check.things.named_in`);
    ``settled``: starts of Latin words the words around them explain
    (:func:`intake.check.around.settled`)."""
    if not word.capitalised or word.has_digit or len(word.clean) < 2:
        return False
    if _call_sign(word):
        return True
    if word.start in settled or _explained_whole(word):
        return False
    if word.initial and not word.quoted:
        return _unknown_opening(word)
    if word.quoted and not word.clean.isascii():
        return _quoted_unexplained(word, named)
    parts = [part for part in word.clean.split("-") if part]
    return any(_part_unexplained(part, word) for part in parts)


_LAST_CYRILLIC = "\u052f"  # letters past the Cyrillic blocks: Armenian, Hebrew, Georgian...


def unread_script(word: Word) -> bool:
    """True if ``word`` is written in a script nothing here reads (Georgian, Armenian,
    Hebrew, Arabic, the scripts of Asia: "ნინო ბარამიძე" in a Georgian document): no
    dictionary explains it and Georgian's capitals are not used for names, so it is asked
    about wherever it stands."""
    if word.clean[:1] <= _LAST_CYRILLIC or word.has_digit:
        return False
    letters = [c for c in word.clean if c.isalpha()]
    if not all(c > _LAST_CYRILLIC for c in letters):
        return False
    # one letter of a script whose letters are syllables or words is a name of its own: a
    # Korean surname's syllable ("최" for Цой), a Chinese one's character ("王")
    return len(letters) >= 2 or (len(letters) == 1 and _syllabic(letters[0]))


def _syllabic(letter: str) -> bool:
    """True for a Hangul syllable, a CJK ideograph or a kana."""
    code = ord(letter)
    return (
        0xAC00 <= code <= 0xD7A3
        or 0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x3040 <= code <= 0x30FF
    )


def _call_sign(word: Word) -> bool:
    """Right after a call sign's cue ("позывной «Сигнал»", "call sign Hawk"), or a dialogue's
    label that names no role nor place ("Гром: Приём", "Hawk: copy"): nothing explains it."""
    if word.previous.startswith(CALL_SIGN_CUES) or word.previous in CALL_SIGN_WORDS:
        return True
    if not word.label or word.clean.lower() in _roles():
        return False
    return word.clean.isascii() or morph.classify(word.clean.lower()) != "place"


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return english.data_words("dialogue_roles.txt")


def _unknown_opening(word: Word) -> bool:
    """A Cyrillic word opening a sentence that the dictionary does not hold at all: a name
    more often than not ("Гогита эту неделю молчит"); a Latin one shaped as an East Slavic
    or Caucasian surname that no dictionary, town or list of common words explains
    ("Client: Tsybikov?")."""
    lower = word.clean.lower()
    if "-" in lower:
        return False
    if word.clean.isascii():
        return (
            len(lower) >= MIN_OPENING_SURNAME
            and english.surname_shaped(lower)
            and not english.dictionary_word(lower)
            and lower not in english.common_latin()
            and not known.latin_town(lower, word.previous)
        )
    if known.world_town(word):
        return False
    return morph.classify(lower) == "unknown" and not known.organisation(lower)


def _explained_whole(word: Word) -> bool:
    """An acronym ("ФСБ", "BBC": see the limits above), a known organisation ("Сбербанк",
    «Медиазону»), a place named by the noun after it ("Московской области") or a known
    hyphenated word ("Нью-Йорк")."""
    lower = word.clean.lower()
    if word.clean.isupper() and len(word.clean) <= MAX_ACRONYM:
        return True
    if not word.clean.isascii() and (known.organisation(lower) or known.place_adjective(word)):
        return True
    if word.clean.isascii() and (lower in english.common_latin() or _ON_RIVER.fullmatch(lower)):
        return True  # "Hewlett-Packard", "Coca-Cola", "Rostov-on-Don"
    return "-" in word.clean and morph.classify(lower) not in NAME_LIKE


def _quoted_unexplained(word: Word, named: frozenset[str]) -> bool:
    """«Гром» alone in quotes: a call sign, unless a word after газета, корабль... (or a
    thing the text named so before); a place too after a capitalised word ("Алиев «Мир»")."""
    kind = morph.classify(word.clean.lower())
    if kind == "unknown":
        return not things.same_craft(word, named)  # шаттл «Дискавери», and «Дискавери» again
    after_thing = things.names_a_thing(word.previous) or things.same_thing(word, named)
    if kind == "place":  # "Алиев «Мир»": a nickname; «Спартак», "в «Шахты»": places
        return word.after_name and not after_thing
    return not (kind == "word" and after_thing)


def _part_unexplained(part: str, word: Word) -> bool:
    if part.isupper() and len(part) <= MAX_ACRONYM:
        return False  # "PR-служба", "IT-компания": an acronym in a compound
    if part.isascii():
        lower = part.lower()
        return not (
            english.ordinary(part, quoted=word.quoted)
            or english.in_phrase(lower, word.previous, word.following)
            or known.latin_town(lower, word.previous)
            or (not word.quoted and latin_words.russian_word(lower))
        )
    kind = morph.classify(part.lower())
    if kind == "place" and part == word.clean:
        return known.town_or_surname(word)  # "Иванова", "Пушкин": a town, or a person?
    return kind in NAME_LIKE and not known.world_town(word)
