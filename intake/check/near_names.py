"""Near-misses of registered non-public names, by the check's own rules.

A word is a near-miss of a registered name word when, compared on the folded view:

* it starts with the name word's stem and adds at most a case ending or suffix
  (Хертек -> "Хертеком", Кравченко -> "Кравченкой", Зуев -> "Зуевым");
* it starts with one of the first name's short stems from :mod:`intake.check.stems`
  (Сергей -> "Серёжкин", "Серёж"; Елена -> "Ленуська"; Дмитрий -> "Димин"); for a first
  name the table does not list, its first four letters and any suffix, or its first
  three and a name form's suffix and ending (Гульнара -> "Гульнарочка", "Гуля", "Гулей");
* its stem is within a small edit distance of the name's stem, scaled by length:
  none below 5 letters, 1 for 5-6 letters, 2 from 7 (Кравченко -> "Кравчинко");
* it is a short form of an English first name, whole (William -> "Bill", "Billy's");
* it is a name word's stem of five letters or more, with its ending, after one or two
  letters glued to it: a handle made of an initial and a surname ("mkalnin" for Marta
  Kalnin, "ivzuev" for Ivan Zuev);
* it is the word a surname is made of as a nickname or a wife's name, its last consonant
  altered or a vowel put in ("Волчок", "Лисичка", "Булочка", "Кузнечиха", "Журавлиха");
  an adjectival surname takes an adjective's endings ("Серебряные", the family).
* it is a surname's word put into English ("Fish" for Рыба,
  :mod:`intake.redact.in_english`), or the English name a first name is and its short
  forms ("Nick" for Nikos or Николай).

A Cyrillic name word and its short stems are also compared in Latin spellings
(:mod:`intake.check.latin`: "Seryozhin", "Lenochka", "Kravchinko").

These rules deliberately over-ask: "Лента" starts like "Лена". Only words that could
be a name are asked about (see :func:`intake.check.core.check`). Limits: a name
written in another script than the registry's (Latin for a Cyrillic entry) is
compared letter by letter only where the letters look alike; a name broken into
pieces ("Крав ченко") or shortened to fewer than three letters is not seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from intake.check import morph
from intake.check.clipped import inner_parts, is_clipped, is_inner_clipped, syllables
from intake.check.latin import readings, spellings
from intake.check.latin import short_forms as latin_short_forms
from intake.check.stems import (
    ENDINGS,
    MIN_STEM,
    clipped,
    english_shorts,
    fleeting,
    inserted,
    latin_shorts_written,
    other_stems,
    short_stems,
    stem,
    tails,
)
from intake.check.words import STAMP
from intake.redact.in_english import english_name, surname_english
from intake.redact.kinds import FAMILY_TAG, tag_words
from intake.redact.normalize import skeleton
from intake.redact.polish_ru import polish_cyrillic

# An adjective's endings, which a surname such as Серебряный takes, the family's plural
# too ("Серебряные", "Серебряных")
_ADJECTIVAL = frozenset(
    skeleton(e)
    for e in (
        *("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему"),
        *("ым", "им", "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими"),
    )
)
# ... and with the suffix of an adjective of a family ("лахтинских", "зуевские")
_FAMILY_ADJECTIVE = frozenset(
    skeleton(suffix + ending)
    for suffix in ("инск", "ынск", "овск", "евск", "ск")
    for ending in ("ий", "ая", "ое", "ие", "их", "им", "ими", "ого", "ому", "ой", "ую", "ом")
)
MAX_ENDING = 4  # letters after a full stem: "кравченк" + "ой", "хертек" + "ами"
MAX_SUFFIX = 6  # letters after a short stem: "лен" + "уська", "сереж" + "кин"
MAX_LONGER = 8  # a misspelt word is compared when at most this much longer than the stem
MIN_GLUED = 5  # letters of a stem with an initial glued before it: "m" + "kalnin"
MIN_CUT = 3  # letters of a name cut short with a dot: "Мал." for Малика
MIN_CODE_CUT = 5  # letters of a name's beginning that make a code's part: "PETROS-SO-01"
_CASE_ENDINGS = frozenset(skeleton(e) for e in ENDINGS)
# Russian case endings and the -in possessive, typed in Latin letters
_BARE_TAILS = frozenset(
    skeleton(t)
    for t in (
        "i", "e", "y", "u", "oy", "oi", "ey", "ei", "om", "em", "ya", "yu", "ye", "yey",
        "in", "ina", "iny", "inu", "inoy", "inym", "inom", "ino",
    )
)  # fmt: skip
_SPLIT = re.compile(r"[\s.,;()\"«»-]+")
_DIGITS = "0123456789"
_LINE_ENDS = '.!?…:;)»"'
_CHAT_LINE = 60  # a chat message's line; wrapped prose runs longer
# A line that is only a date, and perhaps a time: a diary's or a notes app's entry heading
_DATE_HEADING = re.compile(
    r"\d{1,2}(?:[./]\d{1,2}(?:[./]\d{2,4})?|\s+[^\W\d_]{3,9}\.?(?:\s+\d{4})?)"
    r"(?:,?\s+\d{1,2}:\d{2})?"
)
# A transcript's turn heading on a line of its own: a speaker's label, then the time
# ("Speaker 2  09:02", "SPEAKER_01 [00:04:31]", "Судья 10:15")
_TURN_HEADING = re.compile(r"[^\W\d][^\n]{0,30}?[ \t]\[?\d{1,2}:\d{2}(?::\d{2})?\]?")
_LONG_LINE = 200  # a line no wrapping makes: with no capital, it was typed in lower case
# The time stamp that opens a line of a transcript or a notes app: "00:00:35  ",
# "[12] 2025-11-15 18:44  ", "[05.02.2026 02:17] ".
_TIME_STAMP = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?"
    r"(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+"
)
# A chat export's sender label: a time stamp in brackets, or a phone's export stamp
# ("18.10.2025, 08:05 - "), a name of up to three words (or the tag that replaced it:
# "[имя]") and perhaps a flat's number ("Светлана Бродова кв 12"), a colon.
_PHONE_STAMP = (
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*[-–—][ \t]*)?"
)
# or a transcript's or a call's captions' time stamp with no brackets ("00:02:18 Елена Гроза: ")
_BARE_STAMP = (
    r"(?:(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?"
)
_CHAT_LABEL = re.compile(
    rf"{STAMP}{_PHONE_STAMP}{_BARE_STAMP}(?:(?:[^\W\d_][\w.-]*|\[[^\]\n]{{1,20}}\])[ \t]?){{1,3}}"
    r"(?:(?:кв\.?|flat|apt\.?)[ \t]*\d{1,4}[ \t]?)?(?:[^\w\s:]{1,4}[ \t]?)?:[ \t]"
)  # an emoji after a contact's name: "Бабуля Рива ❤️: "
# A voice message's transcript after the label ("🎤 Transcript (ru): ", "Расшифровка: "):
# what follows is the message
_TRANSCRIBED = re.compile(
    r"[^\w\n]{0,4}[ \t]?(?i:transcript|transcription|расшифровка|голосовое|voice\s+message)"
    r"[^:\n]{0,15}:[ \t]*"
)


def allowed_distance(length: int) -> int:
    return 0 if length < 5 else 1 if length < 7 else 2


def distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it is exceeded. Only
    the cells within ``limit`` of the diagonal are worked out: a path through any other
    cell costs more than ``limit``."""
    over = limit + 1
    if abs(len(a) - len(b)) > limit:
        return over
    a, b = _trimmed(a, b)  # a common start or end costs nothing
    previous = [j if j <= limit else over for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        low, high = max(1, i - limit), min(len(b), i + limit)
        current = [over] * (len(b) + 1)
        current[0] = i if i <= limit else over
        for j in range(low, high + 1):
            cost = previous[j - 1] + (ca != b[j - 1])
            current[j] = min(previous[j] + 1, current[j - 1] + 1, cost, over)
        if min(current[low - 1 : high + 1]) > limit:
            return over
        previous = current
    return min(previous[-1], over)


def _trimmed(a: str, b: str) -> tuple[str, str]:
    """``a`` and ``b`` without the letters they start and end with in common (their
    distance is that of what is left)."""
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(a) - start and end < len(b) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    return a[start : len(a) - end], b[start : len(b) - end]


@dataclass
class NearNames:
    """The registered non-public names, ready to compare words against."""

    stems: frozenset[str]  # full stems: stem + ending, and the edit distance
    shorts: frozenset[str]  # short stems of first names: stem + suffix
    whole: frozenset[str] = frozenset()  # short forms compared whole: English "bill"
    latin: frozenset[str] = frozenset()  # Latin short forms of Russian names: "tolik"
    brief: frozenset[str] = frozenset()  # first three letters of a first name no table lists
    clipped: frozenset[str] = frozenset()  # its first syllable in Latin letters (clipped)
    inner: frozenset[str] = frozenset()  # its inner parts in Latin letters ("lamp")
    heads: frozenset[str] = frozenset()  # their stem, folded ("эмир", "роз" for Розалия)
    nicknames: frozenset[str] = frozenset()  # a name word's stem as a diminutive alters it
    roots: frozenset[str] = frozenset()  # a surname without its -ов, -ин: "сабл", "жук"
    adjectives: frozenset[str] = frozenset()  # an adjectival surname's stem: "зл" of Злой
    translated: frozenset[str] = frozenset()  # a name word put into English: "fish" of Рыба
    beginnings: frozenset[str] = frozenset()  # a name word's first letters: "мал" of Малика
    sounds: frozenset[str] = frozenset()  # how a name word sounds in Latin letters (sound_key)
    logins: frozenset[str] = frozenset()  # a short name word with another's initial: "jfrey"
    _memo: dict[str, bool] = field(default_factory=dict)
    # stems by first letter and by letters 2-3: the only ones _close can accept for a word
    _by_first: dict[str, list[str]] = field(default_factory=dict)
    _by_middle: dict[str, list[str]] = field(default_factory=dict)
    _indexed: bool = False

    @classmethod
    def of(cls, names: Iterable[str]) -> NearNames:
        """The table of ``names``. Many people share a first name, and a word's keys depend
        only on the word and on whether it opens a name of several words, so each such
        word is worked out once per table (``seen``), not once per person."""
        keys: tuple[set[str], ...] = (set(), set(), set(), set(), set())
        seen: set[tuple[str, bool]] = set()
        firsts: set[str] = set()
        for name in names:
            words = [w for w in _SPLIT.split(name.lower()) if w]
            for index, word in enumerate(words):
                opening = index == 0 and len(words) > 1
                if index == 0 and not short_stems(skeleton(word)):
                    firsts.add(word)
                if (word, opening) not in seen:
                    seen.add((word, opening))
                    for found, into in zip(_word_keys(word, opening), keys, strict=True):
                        into.update(found)
        keys[2].update(k for name in names for k in _glued(name))
        stems, shorts, whole, latin, brief = (frozenset(k) for k in keys)
        heads = frozenset(stem(skeleton(c)) for first in firsts for c in clipped(first))
        nicknames = frozenset(
            skeleton(a)
            for name in names
            for word in _SPLIT.split(name.lower())
            if len(word) >= MIN_STEM
            for a in map(alternated, (word, *spellings(word)))
            if a is not None
        )
        roots = frozenset(
            r
            for name in names
            for word in _SPLIT.split(name.lower())
            if (r := possessive_root(word))
        )
        nicknames |= {skeleton(a) for r in roots if (a := alternated(r)) is not None}
        nicknames |= {skeleton(f) for name in names if (f := _without_first_vowel(name))}
        return cls(
            stems,
            shorts,
            whole,
            latin,
            brief,
            syllables(firsts),
            inner_parts(firsts),
            heads,
            nicknames,
            roots,
            frozenset(
                a for name in names for w in _SPLIT.split(name.lower()) if (a := _adjective_stem(w))
            ),
            frozenset(
                skeleton(e)
                for name in names
                for w in _SPLIT.split(name.lower())
                for reading in ({w} if not w.isascii() else readings(w))
                for e in surname_english(reading)
            ),
            frozenset(
                folded[:n]
                for name in names
                for w in _SPLIT.split(name.lower())
                if len(folded := skeleton(w)) >= MIN_CUT + 2
                for n in range(MIN_CUT, len(folded) - 1)
            ),
            sounds=frozenset(
                key
                for name in names
                for w in _SPLIT.split(name.lower())
                for latin in ({w} if w.isascii() else spellings(w))
                if len(key := sound_key(latin)) >= MIN_SOUND
            ),
            logins=frozenset(k for name in names for k in _logins(name)),
        )

    def sounds_like(self, latin: str) -> bool:
        """True if the lower-case Latin letters sound as a registered name word does, as a
        speech recogniser hears it: "bybullartof" (its "by bull art of") for Baibulatov."""
        return bool(self.sounds) and sound_key(latin) in self.sounds

    def cut_short(self, folded: str) -> bool:
        """True if the folded word is a registered name word's first letters, :data:`MIN_CUT`
        or more with two or more left out: the name cut short, as a list or a retyped grid
        writes it with its dot ("Мал.?" for Малика, "Таг." for Тагаев)."""
        return folded in self.beginnings

    def clipped_form(self, word: str) -> bool:
        """True if ``word`` (as written) is a clipped short form of a registered first name
        the table does not list, in either script ("Нурик", "Zarochka":
        :mod:`intake.check.clipped`), or clipped from inside it ("Лампа" for Харлампий)."""
        return bool(self.clipped) and (
            is_clipped(word, self.clipped) or is_inner_clipped(word, self.inner)
        )

    def inner_form(self, word: str) -> bool:
        """True if ``word`` (as written) is a short form clipped from inside a registered
        first name the table does not list ("Лампа" for Харлампий)."""
        return bool(self.inner) and is_inner_clipped(word, self.inner)

    def head_form(self, folded: str) -> bool:
        """True if the folded word is the first four letters of a registered first name the
        table does not list, declined ("Эмир", "Эмиру" for Эмирхан; "Розу" for Розалия):
        a short form said as the name begins, though a dictionary word."""
        return any(folded[:n] in self.heads and folded[n:] in _CASE_ENDINGS for n in (3, 4))

    def latin_brief(self, folded: str) -> bool:
        """True if a Latin word is the first three letters of a registered first name no
        table lists, alone or going on for up to four letters: a short form in the name's
        own language ("Vio" for Viorica, "Toikka" for Toivo, "Sargo" for Sargon)."""
        return folded[:3] in self.brief and len(folded) - 3 <= MAX_SUFFIX - 2

    def latin_form(self, folded: str) -> bool:
        """True if the folded word is a Latin short form of a registered Russian first name
        ("tolik", "kolya's", "kolyas"), which English text may write in lower case."""
        bare = folded.removesuffix("'s")
        return bare in self.latin or (bare.endswith("s") and bare[:-1] in self.latin)

    def brief_whole(self, folded: str) -> bool:
        """True if the folded word is the first three letters of a registered first name no
        table lists, alone ("арс" for Арсен, as a chat calls him)."""
        return folded in self.brief

    def called(self, folded: str) -> bool:
        """True if the folded word is a registered first name's short stem or a name word's
        stem, whole: the vocative Russian makes by cutting a name's ending ("лен", "серёж",
        "марин"), as a Latin word types it ("len", "seryozh", "zhan")."""
        return len(folded) >= MIN_STEM and (folded in self.shorts or folded in self.stems)

    def latin_declined(self, folded: str) -> bool:
        """True if the folded Latin word is a first name's short stem with a bare case
        ending or the -in possessive ("kosti", "kostin", "kostyu" for Костя, typed in Latin
        letters): English words end so too ("time", "very"), so the caller asks only
        about a word no English dictionary knows."""
        return any(
            folded[:n] in self.shorts and folded[n:] in _BARE_TAILS
            for n in range(MIN_STEM, len(folded))
        )

    def latin_name(self, folded: str) -> bool:
        """True if the folded Latin word is a registered name word's form by the tighter
        rules, for lower-case English where the prefix rule would take "back" for
        Вася: a Latin short form, an English short form, a name's stem and two letters
        at most ("kravchenko's", "zueva", "lena"), or such a stem after an initial glued to it
        ("mkalnina")."""
        word = folded.removesuffix("'s")
        return (
            self.latin_form(word)
            or word in self.whole
            or _prefixed(word, self.stems, 2)
            or self.initialled(word)
            or self.nicknamed(word)
        )

    def __bool__(self) -> bool:
        return bool(self.stems or self.whole)

    def matches(self, folded: str) -> bool:
        """True if the folded word is a near-miss of a registered name word (a number
        glued to it aside: "kravchenko84"), or a part of it joined by a hyphen is
        ("Петровой-Водкиной", "Кравченко-младший")."""
        if folded not in self._memo:  # a letter stretched for emphasis is read once too
            word = folded.strip(_DIGITS) or folded
            parts = [p for p in word.split("-") if len(p) >= MIN_STEM] if "-" in word else []
            full = any(self._matches(p, shorts=False) for p in parts) or any(
                len(p) >= MIN_CODE_CUT and p in self.beginnings for p in parts
            )  # a code a name's beginning makes, a payment's reference: "STACK-FINAL"
            stretched = _collapsed(word)
            self._memo[folded] = (
                self._matches(word) or full or (stretched != word and self._matches(stretched))
            )
        return self._memo[folded]

    def is_form(self, folded: str, *, suffixed: bool = False) -> bool:
        """True if the folded word is a registered name word's stem or short stem followed by
        a suffix and ending of a name form (:func:`intake.check.stems.tails`), or a name's
        stem alone: "толику", "коляном", "орла", "волк"; not "только", "лента", "колесо".
        ``suffixed``: after a short stem a suffix is needed ("толику", not "люди"); a
        name's own stem takes any ending ("орла")."""
        endings, suffixed_endings = tails(), tails(suffixed=suffixed)
        if folded in self.stems or self.nicknamed(folded):
            return True  # the stem alone: "Волк", "Хертек" in the nominative
        if folded[:3] in self.brief and folded[3:] in endings:
            return True
        return any(
            (folded[:n] in self.stems and (folded[n:] in endings or folded[n:] in _ADJECTIVAL))
            or (folded[:n] in self.shorts and folded[n:] in suffixed_endings)
            for n in range(2, len(folded) + 1)
        )

    def is_stem_form(self, folded: str) -> bool:
        """True if the folded word is a registered name word's full stem and at most an
        ending ("кравченко", "bakhadyrova"); short stems and misspellings aside."""
        return _prefixed(folded, self.stems, MAX_ENDING)

    def _matches(self, word: str, *, shorts: bool = True) -> bool:
        """``shorts``: a first name's short stem counts too (not for half of a hyphenated
        word: "Санкт-Петербург" is no "Саня")."""
        if word in self.whole or word.removesuffix("'s") in self.whole:
            return True
        if shorts and _prefixed(word, self.shorts, MAX_SUFFIX):
            return True
        if shorts and word[:3] in self.brief and word[3:] in tails():
            return True  # Гульнара -> "Гуля", "Гулей"
        if _prefixed(word, self.stems, MAX_ENDING) or self.nicknamed(word):
            return True
        if self.root_form(word):
            return True  # the word a surname is made of, as a nickname: Саблин -> "Сабля"
        return self.misspelt(word) or self.initialled(word)

    def family_adjective(self, folded: str) -> bool:
        """True if the folded word is a registered name word's full stem with the adjective's
        suffix a family is called by ("лахтинских" for Лахти: "про «лахтинских» — это про
        нас", "зуевские")."""
        return any(
            folded[:n] in self.stems and folded[n:] in _FAMILY_ADJECTIVE
            for n in range(MIN_STEM, len(folded) - 3)
        )

    def root_form(self, folded: str) -> bool:
        """True if the folded word is the word a registered surname is made of, with a
        noun's case ending or a wife's suffix (Саблин -> "сабля", "саблей"; Пескарёв ->
        "пескарю"): what friends call its bearer; or an adjectival surname declined, its
        stem however short (Злой -> "Злому")."""
        return any(
            folded[: len(r)] == r and folded[len(r) :] in _ROOT_ENDINGS for r in self.roots
        ) or any(folded[: len(a)] == a and folded[len(a) :] in _ADJECTIVAL for a in self.adjectives)

    def nicknamed(self, folded: str) -> bool:
        """True if the folded word is a name word's diminutive that alters its last
        consonant, with its suffix and an ending (Волк -> "Волчок", "Волчка"; Yizhak ->
        "yizhachok"): a nickname made from a surname's word."""
        return any(
            folded[: len(a)] == a and _DIMINUTIVE.fullmatch(folded, len(a)) is not None
            for a in self.nicknames
            if len(folded) > len(a)
        )

    def diminutive_form(self, folded: str) -> bool:
        """True if the folded word is a registered name word's stem or short stem with a
        name form's suffix, not a bare ending ("сухарику" for Сухарь, "ленке"; not
        "сухаря"), or a nickname that alters the stem ("жучок")."""
        return self.nicknamed(folded) or any(
            (folded[:n] in self.stems or folded[:n] in self.shorts)
            and folded[n:] in _DIMINUTIVE_TAILS
            for n in range(MIN_STEM, len(folded))
        )

    def initialled(self, word: str) -> bool:
        """True if ``word`` is one or two letters glued before a name word's stem of
        :data:`MIN_GLUED` letters or more and its ending ("mkalnina", "ivzuevu")."""
        return word in self.logins or any(
            rest[:n] in self.stems
            for rest in (word[1:], word[2:])
            for n in range(max(MIN_GLUED, len(rest) - MAX_ENDING), len(rest) + 1)
        )

    def handle_part(self, folded: str) -> bool:
        """True if the folded word, a part of a handle, is the first half or more of a
        registered name word's stem, :data:`MIN_GLUED` letters at least ("kharit" of
        "el.kharit" for Elpida Kharitonidi): a user name built of clipped names."""
        n = len(folded)
        return n >= MIN_GLUED and any(
            s.startswith(folded) and 2 * n >= len(s) for s in self.stems if len(s) > n
        )

    def misspelt(self, word: str) -> bool:
        """True if the folded ``word`` is within the edit distance of a registered name's
        stem that its length allows (:func:`allowed_distance`): "Кравчинко", "Sargo"."""
        if not self._indexed:
            self._indexed = True
            for name_stem in self.stems:
                if allowed_distance(len(name_stem)):  # no other is ever close (_close)
                    self._by_first.setdefault(name_stem[:1], []).append(name_stem)
                    self._by_middle.setdefault(name_stem[1:3], []).append(name_stem)
        candidates = dict.fromkeys(  # each stem once, though it may share both
            (*self._by_first.get(word[:1], ()), *self._by_middle.get(word[1:3], ()))
        )
        word_stem = stem(word)
        return any(_close(word, s, word_stem) for s in candidates)


def _logins(name: str) -> set[str]:
    """A login of one of ``name``'s words too short for :meth:`NearNames.initialled`, four
    letters, with the first letter of another of its words before or after it ("jfrey",
    "freyj" for Jonas Frey): the other word's initial makes it this person's, not any
    four letters' with one glued on."""
    words = [w for w in _SPLIT.split(name.lower()) if w]
    out: set[str] = set()
    for first in words:
        initials = {w[0] for w in (first, *spellings(first)) if w and w[0].isascii()}
        for other in words:
            if other is first:
                continue
            for written in (other, *spellings(other)):
                if len(folded := skeleton(written)) == MIN_GLUED - 1:
                    out.update(skeleton(i) + folded for i in initials)
                    out.update(folded + skeleton(i) for i in initials)
    return out


def _without_first_vowel(name: str) -> str | None:
    """A Cyrillic first name's stem with its opening vowel dropped, as a grandmother or a
    village says it (Егор: "Горка", "Горик"; Ефим: "Фимка"): three letters, a consonant
    between two vowels ("гор"), of a name of several words."""
    words = [w for w in _SPLIT.split(name.lower()) if w]
    first = words[0] if len(words) > 1 else ""
    if len(first) < 4 or first[0] not in _VOWELS or first[2] not in _VOWELS:
        return None
    if first[1] in _VOWELS or not "а" <= first[1] <= "я":
        return None
    return first[1:4]


_SYLLABLE = 4  # letters: a name word this short is a syllable of a Chinese or Korean name


def _glued(name: str) -> set[str]:
    """A name of short words (a Chinese or Korean name's syllables: "Ли На", "Wu Jian")
    glued into one, in either order, in its script and in Latin letters, compared whole
    ("lina.design", a login; "Лина"): its words alone are too short to compare."""
    words = [w for w in _SPLIT.split(name.lower()) if w]
    if len(words) < 2 or any(len(w) > _SYLLABLE for w in words):
        return set()
    out: set[str] = set()
    for first, second in pairwise(words):
        for a in (first, *spellings(first)):
            for b in (second, *spellings(second)):
                out.update((skeleton(a + b), skeleton(b + a)))
    return out


def _word_keys(word: str, opening: bool) -> tuple[set[str], ...]:
    """(full stems, short stems, English short forms, Latin short forms, brief stems) of one
    lower-case name word; ``opening``: it opens a name of several words (a first name),
    whose first four letters are a short stem, and first three a brief one, when the
    table lists none."""
    folded = skeleton(word)
    if len(folded) < MIN_STEM or any(c.isdigit() for c in folded):
        return set(), set(), set(), set(), set()
    stems = {stem(skeleton(w)) for w in (word, *spellings(word), *_cyrillic_readings(word))}
    if not opening and (root := _surname_root(word)) is not None:
        stems.add(stem(skeleton(root)))  # "Коваль", "Коваля" for Ковальчик: a nickname
    if (dropped := fleeting(folded)) is not None:
        stems.add(dropped)
    stems.update(stem(skeleton(w)) for w in slavic_counterparts(word))
    stems.update(inserted(folded))
    shorts: set[str] = set()
    latin: set[str] = set()
    own = short_stems(folded) or _latin_shorts(word) or (clipped(word) if opening else ())
    others = {s for r in (folded, *map(skeleton, _cyrillic_readings(word))) for s in other_stems(r)}
    for short in (*own, *sorted(others)):
        latin_stems = [w for w in spellings(short) if len(w) >= MIN_STEM]
        shorts.update(skeleton(w) for w in (short, *latin_stems))
        latin.update(skeleton(w) for w in latin_short_forms(short))
    brief = {folded[:3]} if opening and not short_stems(folded) and len(folded) >= 4 else set()
    # an English short form of the name's Latin spelling: "Danny" for Даниэль
    english = set(english_shorts(folded))
    english.update(s for w in spellings(word) for s in english_shorts(skeleton(w)))
    # the English name another language's name is, and its short forms: "Nick" for Nikos
    if (name := english_name(word)) is not None:
        english.update((skeleton(name), *english_shorts(skeleton(name))))
    # and those short forms written in Cyrillic, declined: "Куба", "Кубе" for Jakub's "Kuba"
    english.update(skeleton(f) for s in latin_shorts_written(folded) for f in _in_cyrillic(s))
    if word.isascii() and len(folded) == MIN_STEM:  # "Lea": "Лея", "Леи", compared whole
        english.update(skeleton(f) for f in _in_cyrillic(word))
    return stems, shorts, english, latin, brief


# Case endings of a foreign short form written in Cyrillic, by its last letter
_FOREIGN_CASES = {
    "а": ("ы", "и", "е", "у", "ой"),
    "я": ("и", "е", "ю", "ей"),
    "ь": ("я", "ю", "ем", "е"),
}
_CONSONANT_CASES = ("а", "у", "ом", "е")


def _in_cyrillic(short: str) -> set[str]:
    """A Latin short form's Cyrillic spellings (Polish sounds, or letter by letter) and
    their case forms."""
    spellings_ = {polish_cyrillic(short)} | (readings(short) if short.isascii() else set())
    spellings_ |= {s[:-1] + "я" for s in spellings_ if s and s.endswith("еа")}  # "Лея"
    out: set[str] = set()
    for spelling in (s for s in spellings_ if s and len(s) > 2 and s[-1:] not in "йъ"):
        out.add(spelling)
        last = spelling[-1]
        if last in _FOREIGN_CASES:
            out.update(spelling[:-1] + e for e in _FOREIGN_CASES[last])
        elif last not in "еёиоуыэю":
            out.update(spelling + e for e in _CONSONANT_CASES)
    return out


# A diminutive's suffix after an altered consonant, and a case ending: "ок", "ка", "ком"
# A Russian surname's possessive suffix: what is left is the word it is made of ("Саблин"
# of "сабля", "Жуков" of "жук"), which friends use as a nickname ("Сабля", "Жук").
_CYRILLIC = re.compile(r"[а-яё]+")
_SURNAME_SUFFIXES = ("ова", "ева", "ёва", "ина", "ына", "ов", "ев", "ёв", "ин", "ын")
_ROOT_ENDINGS = frozenset(
    skeleton(e)
    for e in (
        *("", "а", "я", "ь", "ы", "и", "у", "ю", "е", "ом", "ем", "ой", "ей", "ёй", "ою", "ею"),
        *("иха", "ихи", "ихе", "иху", "ихой", "ихою"),
    )
)  # a noun's case endings: "с Жуком", "Сабле"; the wife's name: Петров -> "Петриха"
MIN_SURNAME_ROOT = 3


_ADJECTIVE_ENDS = ("ой", "ый", "ий", "ая", "яя")


def _adjective_stem(word: str) -> str | None:
    """The folded stem of a Cyrillic surname that is an adjective ("зл" of "злой", "бел" of
    "белая"), two letters or more; None for other words and for first names ("Юрий")."""
    if not word.endswith(_ADJECTIVE_ENDS) or len(word) < 4 or not _CYRILLIC.fullmatch(word):
        return None
    if morph.first_name_or_patronymic(word):
        return None
    return skeleton(word[:-2])


def possessive_root(word: str) -> str | None:
    """The folded word a Cyrillic surname (lower case) is made of, without its -ов, -ев,
    -ин or -ын ("сабл" of "саблин", "жук" of "жуков"), if three letters or more are left
    and the dictionary reads the word as no first name or patronymic ("Марина", "Ильин"
    as the patronymic's base are left alone)."""
    suffix = next((x for x in _SURNAME_SUFFIXES if word.endswith(x)), None)
    if (
        suffix is None
        or len(word) - len(suffix) < MIN_SURNAME_ROOT
        or not _CYRILLIC.fullmatch(word)
    ):
        return None
    if morph.first_name_or_patronymic(word):
        return None
    return skeleton(word[: -len(suffix)])


_DIMINUTIVE = re.compile(
    skeleton(r"(?:ок|ек|ёк|ик|онок|ёнок|енок|ишк|к|их|ok|ek|yok|ik|onok|yonok|k|ikh)\w{0,3}")
)
_ALTERNATION = (
    ("к", "ч"),
    ("г", "ж"),
    ("х", "ш"),
    ("ц", "ч"),
    ("kh", "sh"),
    ("k", "ch"),
    ("g", "zh"),
    ("ts", "ch"),
)


def alternated(word: str) -> str | None:
    """The word with its last consonant as a diminutive or an adjective changes it (Волк ->
    "Волчок", Жук -> "Жучок", Yizhak -> "yizhachok", Орех -> "Орешек", Лисица ->
    "Лисичка", the noun's ending dropped; Булка -> "Булочка", a vowel put in), or None: a
    nickname made from a surname's word, or the name of its bearer's wife (Кузнец ->
    "Кузнечиха")."""
    lower = word.lower()
    for end, into in (("ка", "оч"), ("ka", "och")):  # Булка -> "Булочка", Bulka -> "bulochka"
        if lower.endswith(end) and len(lower) > len(end) + 2 and lower[-3] not in _VOWELS:
            return lower[: -len(end)] + into
    if lower[-1:] in ("а", "я", "ь") and len(lower) > 3:
        lower = lower[:-1]
    for end, into in _ALTERNATION:
        if lower.endswith(end) and len(lower) > len(end) + 1:
            return lower[: -len(end)] + into
    return None


_VOWELS = frozenset("аеёиоуыэюяaeiouy")
# A diminutive's or a wife's suffix and a case ending: what a name word's stem takes in a
# nickname ("сухар" + "ик" + "у", "жур" + "их" + "а"), not a bare ending ("сухаря")
_DIMINUTIVE_TAILS = frozenset(
    skeleton(suffix + ending)
    for suffix in (
        *("к", "ок", "ек", "ёк", "ик", "чик", "очк", "ечк", "еньк", "оньк", "ушк", "юшк"),
        *("ульк", "юльк", "уськ", "юськ", "усик", "юсик", "уньк", "юньк", "их", "аш", "яш"),
        *("ашк", "ишк", "ёнок", "ёнк", "уш", "юш", "ушеньк", "юшеньк"),
    )
    for ending in ("", "а", "я", "ы", "и", "е", "у", "ю", "ой", "ей", "ом", "ем", "ам", "ах")
)
_REPEATS = re.compile(r"(.)\1+")


def _collapsed(word: str) -> str:
    """``word`` with each run of one letter written once: a chat stretches a name for
    emphasis ("стаас", "Сереееж"); a name's own double letter ("Кирилл") is then compared
    by the edit distance."""
    return _REPEATS.sub(r"\1", word)


# Suffixes a surname adds to a word that its bearer's nickname drops ("Коваль" for
# Ковальчик, "Бондарь" for Бондаренко, "Шевч" not: the root must be a word of its own)
_ROOT_SUFFIXES = ("енко", "чик", "чук", "ук", "юк")
MIN_ROOT = 5


# A Lithuanian or Latvian surname's Slavic counterpart, which a Russian clerk or a relative
# writes for it: its ending for a man, a wife or a daughter made the Slavic one
# (Юркявичюс, Юркявичене, Юркявичюте -> "Юркевич"; Янкаускас -> "Янковский";
# Калинаускас, Калинскайте -> "Калинский"; Latvian Петровичс -> "Петрович").
_BALTIC_ENDINGS = (
    (re.compile(r"(.{2,}?)[аяеоиу]?вич(?:юс|ус|иус|ене|юте|уте|айте|с|а)"), ("евич", "ович")),
    (re.compile(r"(.{2,}?)(?:ау|я?у)ск(?:ас|ене|айте|ис|а)"), ("овский", "ский")),
    (re.compile(r"(.{2,}?)(инск|ецк|ицк)(?:ас|ене|айте|ис|а)"), ("ий",)),
)


def slavic_counterparts(word: str) -> tuple[str, ...]:
    """The Slavic counterparts of a Baltic surname, lower case (see
    :data:`_BALTIC_ENDINGS`); none for other words."""
    lower = word.lower()
    for ending, slavic in _BALTIC_ENDINGS:
        if (found := ending.fullmatch(lower)) is not None:
            root = "".join(found.groups())
            return tuple(root + tail for tail in slavic)
    return ()


def _surname_root(word: str) -> str | None:
    """The word a Ukrainian or Polish surname is made from, as a nickname clips it
    ("ковальчик" -> "коваль"), if the dictionary knows it as a word; else None."""
    lower = word.lower()
    for suffix in _ROOT_SUFFIXES:
        root = lower.removesuffix(suffix)
        if root != lower and len(root) >= MIN_ROOT - 1:
            for candidate in (root, root + "ь", root[:-1] + "ь" if root.endswith("л") else ""):
                if len(candidate) >= MIN_ROOT and morph.known(candidate):
                    return candidate
    return None


def _cyrillic_readings(word: str) -> tuple[str, ...]:
    """A Latin name word as Cyrillic letters spell it back ("lohi" -> "лохи"), four
    letters or more: a name registered in Latin letters and written in Cyrillic; an "l"
    before a consonant also as "ль", which Latin spellings leave out ("Melnik" ->
    "Мельник")."""
    if not word.isascii() or len(word) < MIN_GLUED - 1:
        return ()
    found = sorted(r for r in name_readings(word.lower()) if "й" not in r[:-1])[:8]
    soft = (_SOFT_L.sub("ль", r) for r in found)
    return tuple(dict.fromkeys((*found, *(r for r in soft if r not in found))))


_SOFT_L = re.compile(r"л(?=[бвгджзклмнпрстфхцчшщ])")
_SOFT_VOWEL = re.compile(r"(?<=[бвгдзклмнпрстфхцчшщ])(?=[яюё])")


def name_readings(lower: str) -> list[str]:
    """:func:`~intake.check.latin.readings` of a registered Latin name word, most likely
    first, each also with the soft sign that Latin spellings leave out before "я", "ю", "ё"
    ("tatyana" -> "татьяна", "natalya" -> "наталья", "darya" -> "дарья")."""
    found = sorted(readings(lower))
    softened = (_SOFT_VOWEL.sub("ь", r) for r in found)
    return list(dict.fromkeys((*found, *sorted(r for r in softened if r not in found))))


def _latin_shorts(word: str) -> tuple[str, ...]:
    """The table's short stems of a first name written in Latin letters, read back into
    Cyrillic ("kirill" -> "кир": "Kir", "Kirya"); none for a word no reading lists."""
    if not word.isascii():
        return ()
    for cyrillic in name_readings(word.lower()):
        if own := short_stems(skeleton(cyrillic)):
            return own
    return ()


def _prefixed(word: str, stems: frozenset[str], most: int) -> bool:
    """True if ``word`` is one of ``stems`` followed by at most ``most`` letters."""
    return any(word[:n] in stems for n in range(max(1, len(word) - most), len(word) + 1))


def _close(word: str, name_stem: str, word_stem: str | None = None) -> bool:
    """True if ``word`` is a misspelling of ``name_stem`` (``word_stem``: ``stem(word)``, if
    the caller has it)."""
    limit = allowed_distance(len(name_stem))
    if limit == 0 or not len(name_stem) - limit <= len(word) <= len(name_stem) + MAX_LONGER:
        return False
    if word[:1] != name_stem[:1] and word[1:3] != name_stem[1:3]:
        return False
    word_stem = stem(word) if word_stem is None else word_stem
    candidates = {word_stem, word[: len(name_stem)], word[: len(name_stem) + 1]}
    return any(
        len(c) - len(name_stem) <= MAX_ENDING and _within(c, name_stem, limit) for c in candidates
    )


def _within(a: str, b: str, limit: int) -> bool:
    """True if ``a`` and ``b`` are at most ``limit`` edits apart. Each letter that one of them
    has and the other lacks costs an edit, so more such letters than ``limit`` settle it
    without working out the distance."""
    if len(set(a).difference(b)) > limit or len(set(b).difference(a)) > limit:
        return False
    return distance(a, b, limit) <= limit


def in_lower_case_line(text: str, index: int) -> bool:
    """True if the line of ``text`` around ``index`` was typed all in lower case (a retyped
    chat; a chat export's sender label aside), not only a line of wrapped prose that
    continues a sentence: it has no capital letter and no tag ("[имя]": the engine's tag
    stands where a capitalised name was), and it opens the text or a paragraph, follows
    a sentence's end, a sender's label or a transcript's turn heading ("Speaker 2  09:02"),
    is longer than wrapped prose's lines, or is short and follows another such line."""
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    raw = text[start : end if end >= 0 else len(text)]
    line = _body(raw)
    if _capitalises(line) or _has_tag(line):
        return False
    if start == 0 or line != raw or len(line) >= _LONG_LINE:
        return True  # the text's first line, a message after its sender's label, or a line
        # too long for wrapped prose: a recogniser's transcript with no capital anywhere
    before = _body(text[text.rfind("\n", 0, start - 1) + 1 : start - 1].rstrip())
    heading = before.strip()
    if not before or before[-1] in _LINE_ENDS or _DATE_HEADING.fullmatch(heading):
        return True  # a notes app's entry opens after its date: "12 окт 2023, 23:10"
    if _TURN_HEADING.fullmatch(heading):
        return True  # a transcript's turn opens after its speaker and time: "Speaker 2  09:02"
    short = len(line) <= _CHAT_LINE and len(before) <= _CHAT_LINE
    return short and not _capitalises(before)


# A word written with a capital and then a lower-case letter: its writer capitalises. An
# acronym in capitals ("IIN", "ICCID", "МТС") says nothing of that.
_TITLE_WORD = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]")
_TAG = re.compile(r"\[([^\]\n]{1,40})\]")
# The kinds' tag words (the engine's operators add terms' labels; the check may not import
# them: it reads no module that declines names)
_TAG_WORDS = frozenset(word for pair in tag_words().values() for word in pair) | {
    tag[1:-1] for tag in FAMILY_TAG.values()
}


def _capitalises(line: str) -> bool:
    return _TITLE_WORD.search(line) is not None or line.lstrip()[:1].isupper()


def _has_tag(line: str) -> bool:
    """True if ``line`` holds a tag the engine writes ("[имя]": it stands where a name
    was written, perhaps with a capital); "[laughter]" or a note's "[12]" is none."""
    return any(found.group(1).strip("\\ ") in _TAG_WORDS for found in _TAG.finditer(line))


def opens_lower_case_sentence(text: str, index: int) -> bool:
    """True if the lower-case word at ``index`` opens a sentence in a line whose writer
    does not capitalise sentences: the line (after a chat's sender label) starts with a
    lower-case letter, and the word opens it or follows a sentence's end ("да. лось это
    ротный наш"). There a lower-case word is as telling as a capitalised one opening a
    sentence elsewhere."""
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    raw = text[start : end if end >= 0 else len(text)]
    body = _body(raw)
    opening = start + len(raw) - len(body.lstrip())  # where the line's own words start
    if not text[opening : opening + 1].islower():
        return False
    return index == opening or text[opening:index].rstrip().endswith((".", "!", "?", "…"))


def in_lower_case_message(text: str, index: int) -> bool:
    """True if the line around ``index`` is a chat's message (after its sender's label) that
    opens with a lower-case letter: its writer does not capitalise, though a town's name
    may have a capital ("новости по сухарику. мать сказала учебка под Ростовом")."""
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    raw = text[start : end if end >= 0 else len(text)]
    label = _CHAT_LABEL.match(raw)
    if label is None:
        return False
    body = raw[label.end() :]
    if (transcribed := _TRANSCRIBED.match(body)) is not None:
        body = body[transcribed.end() :]
    return body.lstrip()[:1].islower()


_SENTENCE_WORDS = 6  # words a wrapped sentence needs to tell how its writer types
_WRAPPED_LINES = 20  # lines looked back over for the sentence's opening


def in_lower_case_sentence(text: str, index: int) -> bool:
    """True if the line around ``index`` continues a sentence wrapped over lines that
    opens a line with a lower-case letter, :data:`_SENTENCE_WORDS` words or more from its
    opening: a writer who types in lower case (a courier's dictated notes, wrapped at a
    width, so no one line tells it), though the names in it may have capitals, a
    pseudonym's among them ("короче в постамат не влезло ... это для\nЗаремы передать ...
    соседке зайцу"). A sentence ends at its mark, a blank line or a line that is only a
    date; a chat's lines (a sender's label, a time stamp) are left to the rules for chats."""
    first = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    own = text[first : end if end >= 0 else len(text)]
    if _body(own) != own:
        return False
    lines = 1
    while first > 0 and lines <= _WRAPPED_LINES:
        start = text.rfind("\n", 0, first - 1) + 1
        before = text[start : first - 1].rstrip()
        if (
            not before.strip()
            or before[-1] in ".!?…"
            or _DATE_HEADING.fullmatch(before.strip())
            or _body(before) != before
        ):
            break
        first, lines = start, lines + 1
    opening = text[first:index].lstrip()
    return (
        lines >= 2
        and opening[:1].isalpha()
        and opening[:1].islower()
        and len(opening.split()) >= _SENTENCE_WORDS
    )


def _body(line: str) -> str:
    """A chat line without its sender's label ("[12.03.24, 14:05] Марина: ") or the time
    stamp that opens a transcript's or a notes app's line ("00:00:35  ", "[12] 2025-11-15
    18:44  "), if any: what follows is a message of its own."""
    label = _CHAT_LABEL.match(line) or _TIME_STAMP.match(line)
    return line[label.end() :] if label else line


def in_handle(text: str, start: int, end: int) -> bool:
    """True if the word at ``text[start:end]`` is part of a handle, an e-mail address or a
    link, where nobody writes capitals: glued to an underscore, after "@" or "/", or
    joined to another word by a dot ("lena.kravchenko", "@zuev_s", "vk.com/seryozha")."""
    before = text[start - 1 : start] if start else ""
    after = text[end : end + 1]
    if before in ("_", "@", "/") or after in ("_", "@"):
        return True
    joined_before = before == "." and start >= 2 and text[start - 2].isalnum()
    return joined_before or (after == "." and text[end + 1 : end + 2].isalnum())


# How Latin letters sound, as an English speech recogniser spells a name it does not know:
# letters that sound alike made one, voiced consonants unvoiced, an "r" before a consonant
# or at the end left out (as British English says it: "art" is "at"), each run of vowels
# one vowel, doubled consonants single. "Baibulatov" and "by bull art of" both give
# "papalatav"; "by a lot of" gives "palatav".
_SOUNDS_TOGETHER = (
    ("shch", "s"), ("sch", "s"), ("kh", "k"), ("zh", "s"), ("sh", "s"), ("ch", "c"),
    ("ts", "c"), ("tz", "c"), ("ph", "f"), ("ck", "k"), ("th", "t"), ("gh", "k"), ("qu", "kv"),
)  # fmt: skip
_SOUNDS_ALIKE = str.maketrans("bdgvzwqxjyf", "ptkfsfkkiif")
_UNSAID_R = re.compile(r"r(?=[^aeiou]|$)")
_VOWEL_RUN = re.compile(r"[aeiou]+")
_DOUBLED = re.compile(r"([^a])\1+")
MIN_SOUND = 7  # symbols of a key: a shorter one is too easily met by chance


def sound_key(latin: str) -> str:
    """The key of how ``latin`` (lower-case Latin letters, nothing else) sounds."""
    key = latin
    for letters, sound in _SOUNDS_TOGETHER:
        key = key.replace(letters, sound)
    key = _UNSAID_R.sub("", key.translate(_SOUNDS_ALIKE).replace("h", ""))
    return _DOUBLED.sub(r"\1", _VOWEL_RUN.sub("a", key))
