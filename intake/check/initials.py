"""Initials standing for a registered person: "К. Н. сказала", "cousin K. wrote", "R.M.".

A name cut down to its initials still names someone to a reader who knows the family.
A run of one to three capital initials, each with its dot, that stands alone (no
surname after it, none right before it) is asked about: two or three always (they
name a person, and a patronymic's initial is seldom registered: "К. Н." for Ксения
Николаевна), but for a few abbreviations ("U.S."); one when it is the initial of a
word of a registered non-public name ("K." for Кравченко), in either script ("N."
for Николай).
Initials with a surname ("А. С. Пушкин", "Иванов И. И.") belong to that surname and
are read with it (a title is no surname: "Mr K."); a letter with a number after it
("т. 2") or a hyphen ("С.-Петербург") is no initial.

A code of two or three capitals and a number whose letters are a registered person's
initials ("KH-1" for Kaur Hunt, a source's code in a journalist's notes) is asked about too.

Initials without dots alone in a table's cell ("| ЛП |", a column of signatures) are asked
about when they are a registered person's.

Two or three capitals without dots standing alone ("Thank DH for the egg hunt") are asked
about when they are a registered person's initials (two of its words' in either order, or
all three in the name's order or its last word first), and three or four when they are
the beginnings of two or three of one registered person's name words (a mark made "to
avoid his name": "ШАЙ" for Шихалиев Айдемир), unless they are a common acronym
(:data:`ACRONYMS`) or stand in a line written in capitals. Two capitals alone in quotes
that are two registered people's initials are a couple's monogram ("на сургуче — «ТГ»").

Limits: initials without dots that are not a registered person's ("КН") are read as an
acronym; a lone initial of a name nobody registered is not asked about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import permutations

from intake.check import english, morph
from intake.check.latin import readings, spellings
from intake.check.words import sentence_start

# One to three capitals, each followed by a dot, a space or none between them.
# An initial is a capital, or a Latin digraph a Russian letter is spelt with ("Ts." for Ц)
_INITIAL = r"(?:[A-ZА-ЯЁ]|Y[aeou]|Zh|Kh|Ch|Sh|Ts)\."
_RUN = re.compile(rf"(?<![^\W_]){_INITIAL}(?:[ \u00a0]?{_INITIAL}){{0,2}}")
_AFTER = re.compile(r"[ \u00a0]*(?:([A-ZА-ЯЁ][^\W\d_]+)|(\d|-))?")
_BEFORE = re.compile(r"([A-ZА-ЯЁ][^\W\d_]+)[ \u00a0]*$")
# Titles before initials ("Mr K."): the initials stand for the name.
_TITLES = frozenset(
    (
        *("mr", "mrs", "ms", "miss", "dr", "sgt", "cpl", "pvt", "capt", "lt", "col"),
        *("frau", "herr", "pani", "pan", "madame", "mme", "monsieur", "señora", "sra", "señor"),
    )
)
# Initials with dots that stand for no person ("U.S.", "U. N.", "Т. Е.").
ABBREVIATIONS = frozenset(
    ("US", "UK", "UN", "EU", "DC", "LA", "NY", "AD", "BC", "AM", "PM", "ТЕ", "СШ", "РФ", "СМ")
)
# Acronyms of two or three capitals a registered person's initials may spell ("СК" for
# Сергей Кравченко is the Investigative Committee; "PC" for Pavel Chernov a computer)
ACRONYMS = frozenset(
    (
        *("ID", "TV", "PR", "HR", "IT", "OK", "PC", "CV", "DJ", "MP", "GP", "AI", "VR", "OS"),
        *("QR", "PS", "PA", "HQ", "RU", "UA", "BY", "KZ", "GB", "MB", "KB", "TB", "SD", "CD"),
        *("IV", "VI", "XI", "XX", "VIP", "CEO", "DNA", "FBI", "GPS", "NGO", "SMS", "USB", "VPN"),
        *("ТВ", "ЖК", "СК", "МО", "ВК", "ОК", "ЧП", "ДР", "ВС", "ЧВК", "ФСБ", "МВД", "СИЗО"),
        *("РФ", "РБ", "КР", "ЗП", "ИП", "ПК", "СМИ", "ДНР", "ЛНР", "ВСУ", "ГАИ", "ДПС", "ЗАГС"),
    )
)
_SPLIT = re.compile(r"[\s-]+")
_ACRONYM = 3  # capitals a word after initials has at most to be no surname but initials
_MIN_ABBREVIATED = 5  # letters a name word needs before three of its letters are a code of it
_VOWELS = frozenset("aeiouyаеёиоуыэюя")
# Two or three capitals and a number: a code built from initials ("KH-1", "ЛЛ 2", "RG_2")
_CODE = re.compile(
    r"(?:(?<![\w-])|(?<=[a-z0-9][_-]))([A-ZА-ЯЁ]{2,3})(?:[-_ \u00a0]?\d{1,4}(?:[-_.]\d{1,4}){0,2}"
    r"|[-_][A-Za-zА-ЯЁа-яё][\w-]{1,20}|\.(?:pdf|docx?|jpe?g|png|heic|txt|xlsx?|zip|m4a|ogg))"
    r"(?![\w-])"
)  # "KH-1", "ЛЛ 2", "MB_2025-12" (a folder named by the initials and the month); a device
# named by its owner's initials: "JW-ThinkPad", "AK_iPhone"; a file's name
# ("consent_KV_signed.pdf", "sinastria-AG-KYa.pdf", "KV.pdf")
# Two or three capitals alone, without dots, an English possessive after them: "Thank DH"
_TOGETHER = re.compile(r"(?<![\w.'’-])([A-ZА-ЯЁ]{2,4})(?=(?:['’]s)?(?![\w'’-]))")
# Two capitals alone in quotes: a monogram ("на сургуче — «ТГ»")
_QUOTED_PAIR = re.compile(r"(?<=[«\"“])([A-ZА-ЯЁ]{2})(?=[»\"”])")
_CAPITALS_LINE = 0.6  # share of a line's letters in capitals above which it is a heading's
# Two or three capitals alone in a table's cell: "| ЛП |"
_CELL_INITIALS = re.compile(
    r"(?<=\|)[ \t]*((?:[ZKCS]h|Ts|Y[aueo]|[A-ZА-ЯЁ]){2,3})[ \t]*(?=\|)"  # "| ZhD |" too
    r"|(?<=[(\[«\"“])([A-ZА-ЯЁ]{2,3})(?=[)\]»\"”]|[ \t][^\W\d_])"  # or in brackets, quotes:
    # "(MO)", «AT», or opening a quoted label: "AH archive 2019–2022"
)
# A title, then one to three capitals without dots, alone ("Mrs P-I", "Mr K")
_TITLED = re.compile(
    r"(?<![^\W\d_])(?:Mr|Mrs|Ms|Miss|Dr|Herr|Frau|Pan|Pani|г-н|г-жа)\.?[ \u00a0]+"
    r"([A-ZА-ЯЁ](?:[-‐]?[A-ZА-ЯЁ]){0,2})(?![\w.‐-])"
)
# Two initials joined by "+" or "&": a couple's ("М+З 2017" engraved on a ring)
_COUPLE = re.compile(
    r"(?<![^\W\d_])([A-ZА-ЯЁ])\.?[ \u00a0]?[+&][ \u00a0]?([A-ZА-ЯЁ])\.?(?![^\W\d_])"
)
# A Latin initial of two letters, as a name starting with one is initialled: "Zh" of Zhanna
_DIGRAPH = re.compile(r"[ZKCS]h|Ts|Y[aueo]")
# A name and its initials in brackets after it, as a text defines an abbreviation it then
# uses: "Madina Bisultanova (MB)".
_DEFINED = re.compile(
    r"((?:[A-ZА-ЯЁ][^\W\d_]+[ \u00a0]+){1,2}[A-ZА-ЯЁ][^\W\d_]+)[ \u00a0]*\(([A-ZА-ЯЁ]{2,3})\)"
)
# ... or the initials first and the name in brackets: "LB (Liliya Bondarchuk)".
_DEFINED_FIRST = re.compile(
    r"(?<![^\W\d_])([A-ZА-ЯЁ]{2,3})[ \u00a0]*\(((?:[A-ZА-ЯЁ][^\W\d_]+[ \u00a0]+){1,2}"
    r"[A-ZА-ЯЁ][^\W\d_]+)\)"
)


def letters_of(word: str) -> frozenset[str]:
    """The capitals an initial of ``word`` can be written with: its own first letter and
    the first letter of its spellings in the other script ("Юрий": Ю, Y, I; "Zhenya": Z,
    Ж, З)."""
    first, lower = word[:1].upper(), word.lower()
    other = readings(lower[:2]) | readings(lower[:1]) if word.isascii() else spellings(word)
    return frozenset({first, *(s[:1].upper() for s in other if s)})


class Initials:
    """Each registered non-public person as the initial letters of their name words."""

    def __init__(self, names: Iterable[str]) -> None:
        people = []
        worded = []  # each person's name words, in capitals, in the scripts they are spelt in
        spelt: set[str] = set()  # every name word of four letters or more, in both scripts
        for name in names:
            words = [w for w in _SPLIT.split(name) if len(w) >= 2 and w[0].isalpha()]
            if words:
                people.append(tuple(letters_of(w) for w in words))
                worded.append(
                    tuple(
                        frozenset({w.upper(), *(s.upper() for s in spellings(w.lower()))})
                        if not w.isascii()
                        else frozenset({w.upper()})
                        for w in words
                    )
                )
            for word in (w.lower() for w in words if len(w) >= _MIN_ABBREVIATED):
                spelt.update({word, *spellings(word)} if not word.isascii() else {word})
        self._people = tuple(people)
        self._worded = tuple(worded)
        self._spelt = frozenset(spelt)

    def abbreviates(self, letters: str) -> bool:
        """True if three or four capitals are a registered name word cut to its first letter
        and some of its consonants in order ("LKV" for Lukkoev, "УМХ" for Умаханов): an
        observer's, a beekeeper's or a trader's code."""
        lower = letters.lower()
        if not 3 <= len(letters) <= 4 or letters in ABBREVIATIONS or set(lower[1:]) & _VOWELS:
            return False  # "ГАИ", "МВД" are acronyms; a name cut so keeps its consonants
        return any(w[0] == lower[0] and _in_order(lower[1:], w[1:]) for w in self._spelt)

    def __bool__(self) -> bool:
        return bool(self._people)

    def fits(self, letters: str) -> bool:
        """True for two or three initials that are no abbreviation (:data:`ABBREVIATIONS`):
        they name a person, registered or not, and a patronymic's initial is seldom
        registered ("К. Н." for Ксения Николаевна). One initial, or an abbreviation's
        letters ("L. A." for Leyla Aliyeva, not Los Angeles), if they are those of the
        words of a registered name."""
        if len(letters) > 1 and letters not in ABBREVIATIONS:
            return True
        return any(_assigned(letters, person) for person in self._people)  # "L. A.": Leyla A.

    def codes(self, clean: str) -> Iterator[tuple[int, int]]:
        """Spans of codes made of a registered non-public person's initials and a number
        ("KH-1" for Kaur Hunt in a journalist's key of sources, "ЛЛ2"), or of a name word
        cut to some of its letters (:meth:`abbreviates`: "УМХ-001" for Умаханов): a
        source's code names the source to whoever has the key, or guesses it."""
        for code in _CODE.finditer(clean):
            letters = code.group(1)
            if any(_assigned(letters, person) for person in self._people) or self.abbreviates(
                letters
            ):
                yield code.start(), code.end()

    def titled(self, clean: str) -> Iterator[tuple[int, int]]:
        """Spans of a registered person's initials without dots after a title ("Mrs P-I"
        for Mrs Papadaki-Ivanova, "Mr K"): the title says a person stands there."""
        for found in _TITLED.finditer(clean):
            letters = found.group(1).replace("-", "").replace("‐", "")
            if any(_assigned(letters, person) for person in self._people):
                yield found.start(1), found.end(1)

    def couples(self, clean: str) -> Iterator[tuple[int, int]]:
        """Spans of two initials joined by "+" or "&", as a couple's are engraved on a ring
        or carved on a tree ("М+З 2017", "A & K"), each the initial of a word of a
        registered non-public person's name (a name may be registered surname first)."""
        if "+" not in clean and "&" not in clean:
            return
        firsts = {letter for person in self._people for word in person for letter in word}
        for pair in _COUPLE.finditer(clean):
            if pair.group(1) in firsts and pair.group(2) in firsts:
                yield pair.start(), pair.end()

    def in_cells(self, clean: str) -> Iterator[tuple[int, int]]:
        """Spans of a registered non-public person's initials without dots alone in a
        table's cell ("| ЛП |" for Лидия Перевозова in a column of signatures), in
        brackets ("Note to file (MO):" for Miriam Okafor) or in quotes (a subject's code,
        'subject "AT"'): an acronym elsewhere, a signature or a code there."""
        if not any(mark in clean for mark in '|([«"“'):
            return
        for cell in _CELL_INITIALS.finditer(clean):
            group = 1 if cell.group(1) else 2
            letters = _DIGRAPH.sub(lambda pair: pair.group()[0], cell.group(group))
            if any(_assigned(letters, person) for person in self._people):
                yield cell.start(group), cell.end(group)

    def defined(self, clean: str) -> Iterator[tuple[int, int]]:
        """Spans of the initials, without dots, that the text defines for a registered
        person ("Madina Bisultanova (MB)", "LB (Liliya Bondarchuk)") and then uses alone
        ("MB said", "MB's mother"): a code that names the person to any reader of the text."""
        if "(" not in clean:
            return
        letters = set()
        pairs = [(f.group(1), f.group(2)) for f in _DEFINED.finditer(clean)]
        pairs += [(f.group(2), f.group(1)) for f in _DEFINED_FIRST.finditer(clean)]
        for name, code in pairs:
            initials = "".join(w[0] for w in name.split())
            named = initials.endswith(code) or initials.startswith(code)
            if named and any(_assigned(code, person) for person in self._people):
                letters.add(code)
        for code in letters:
            for used in re.finditer(rf"(?<![^\W\d_]){code}(?![^\W\d_])", clean):
                yield used.start(), used.end()

    def together(self, clean: str) -> Iterator[tuple[int, int]]:
        """Spans of two or three capitals without dots, alone, that are a registered
        non-public person's initials (:func:`_in_name_order`: "Thank DH for the egg hunt"
        for Daniel Hunt): a team's shorthand for one of its own.
        Not a common acronym (:data:`ACRONYMS`), nor in a line written in capitals, but
        where they stand as a name does (:func:`_as_a_name`)."""
        for found in _TOGETHER.finditer(clean):
            letters = found.group(1)
            if (
                letters in ABBREVIATIONS or letters in ACRONYMS or _in_capitals(clean, found)
            ) and not _as_a_name(clean, found):
                continue
            initials = len(letters) <= 3 and any(_in_name_order(letters, p) for p in self._people)
            if initials or (
                len(letters) >= 3 and any(_beginnings(letters, p) for p in self._worded)
            ):
                yield found.start(1), found.end(1)

    def monograms(self, clean: str) -> Iterator[tuple[int, int]]:
        """Spans of two capitals alone in quotes, each the initial of a word of a registered
        non-public person's name, as a couple's monogram is pressed in sealing wax ("на
        сургуче — «ТГ»" for Тигран and Гаяне): :meth:`couples` without the "+"."""
        if not any(mark in clean for mark in '«"“'):
            return
        firsts = {letter for person in self._people for word in person for letter in word}
        for pair in _QUOTED_PAIR.finditer(clean):
            letters = pair.group(1)
            if letters in ABBREVIATIONS or letters in ACRONYMS:
                continue
            if letters[0] in firsts and letters[1] in firsts:
                yield pair.start(1), pair.end(1)

    def runs(self, clean: str) -> Iterator[tuple[int, int]]:
        """Spans of the bare runs of initials in ``clean`` whose letters fit a person."""
        for run in _RUN.finditer(clean):
            if _bare(clean, run.start(), run.end()):
                letters = "".join(c for c in run.group() if c.isupper())  # "Ts.": T
                if self.fits(letters):
                    yield run.start(), run.end()


def _beginnings(letters: str, person: tuple[frozenset[str], ...]) -> bool:
    """True if ``letters`` are the beginnings of two or three of the person's name words,
    each used once, in any order, one of them two letters or more ("ШАЙ": Ш of Шихалиев,
    АЙ of Айдемир): plain initials are :func:`_in_name_order`'s."""

    def cut(rest: str, left: tuple[frozenset[str], ...], pieces: int) -> bool:
        if not rest:
            return 2 <= pieces < len(letters)
        return any(
            any(spelling.startswith(rest[:size]) for spelling in word)
            and cut(rest[size:], left[:index] + left[index + 1 :], pieces + 1)
            for index, word in enumerate(left)
            for size in range(1, len(rest) + 1)
        )

    return len(person) >= 2 and cut(letters, person, 0)


def _in_order(letters: str, word: str) -> bool:
    """True if ``letters`` stand in ``word`` in that order, others between them."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def _assigned(letters: str, person: tuple[frozenset[str], ...]) -> bool:
    if len(letters) > len(person):
        return False
    return any(
        all(letter in word for letter, word in zip(letters, order, strict=False))
        for order in permutations(person, len(letters))
    )


def _in_name_order(letters: str, person: tuple[frozenset[str], ...]) -> bool:
    """True if ``letters`` are the initials of the person's name words, two of them in
    either order ("DH" or "HD" for Daniel Hunt; "НК" for a registry's "Кравченко Николай
    Петрович"), or three in the name's order or with its last word first."""
    if len(letters) == 2:
        return _assigned(letters, person)
    if len(letters) != len(person):
        return False
    return any(
        all(letter in word for letter, word in zip(letters, order, strict=True))
        for order in (person, (person[-1], *person[:-1]))
    )


# A firm's legal form a word or two after capitals: a firm named by its owner's initials
# ("KK ALTERATIONS LTD", "ООО «АК Строй»" has its form before)
_FIRM_AFTER = re.compile(
    r"(?:[ \u00a0]+[^\W\d_][\w&'’-]*){0,2}[ \u00a0]+"
    r"(?:ltd|limited|llc|llp|plc|inc|gmbh|s\.?r\.?l|sp\.? z o\.?o|ооо|тов)(?![^\W\d_])",
    re.IGNORECASE,
)
# A dash before capitals that end their line or come before a date: a note signed with
# initials ("Flagged. — KB")
_SIGNED = re.compile(r"(?:^|(?<=\s))[—–-][ \u00a0]?$")
_SIGNED_END = re.compile(r"[ \u00a0]*(?:$|\n|[,;]?[ \u00a0]*\d)")


def _as_a_name(clean: str, found: re.Match[str]) -> bool:
    """True if capitals that read as an acronym or stand in a line of capitals stand as a
    person's name does: a firm named by them ("KK ALTERATIONS LTD"), or a note signed with
    them after a dash ("Flagged. — KB", kilobytes otherwise)."""
    start, end = found.span(1)
    if _FIRM_AFTER.match(clean, end):
        return True
    return bool(_SIGNED.search(clean, max(0, start - 3), start)) and bool(
        _SIGNED_END.match(clean, end)
    )


def _in_capitals(clean: str, found: re.Match[str]) -> bool:
    """True if the line of ``found`` is written mostly in capitals (a heading, a form's
    printed line: "ST SWITHUN'S C OF E PRIMARY SCHOOL")."""
    start = clean.rfind("\n", 0, found.start()) + 1
    end = clean.find("\n", found.end())
    letters = [c for c in clean[start : len(clean) if end < 0 else end] if c.isalpha()]
    return sum(c.isupper() for c in letters) > _CAPITALS_LINE * len(letters)


def _bare(clean: str, start: int, end: int) -> bool:
    """No surname right after the run ("К. Зуев") or name right before it ("Зуев К. Н.",
    "Hasan K."; an ordinary word opening the sentence is none: "Свидетель Н. К."), and no
    hyphen after its last dot ("С.-Петербург"), nor a number after one initial ("т. 2",
    "Ст. 5"); two initials and a year are someone's ("R.U. 1989" engraved on a keepsake)."""
    after = _AFTER.match(clean, end)
    if after is not None and _surname_after(after.group(1)):
        return False
    if (
        after is not None
        and after.group(2)
        and (after.group(2) == "-" or clean.count(".", start, end) < 2)
    ):
        return False
    before = _BEFORE.search(clean, max(0, start - 40), start)
    if before is None or before.group(1).lower() in _TITLES:
        return True
    if _function_word(before.group(1)):
        return True  # a track named «Для З.», a letter "To K.": the initial stands alone
    return sentence_start(clean, before.start()) and not _name_like(before.group(1))


_ENGLISH_FUNCTION = frozenset(("for", "to", "from", "with", "by", "and", "or", "dear", "hi"))


def _function_word(word: str) -> bool:
    lower = word.lower()
    return lower in _ENGLISH_FUNCTION if word.isascii() else morph.function_word(lower)


def _surname_after(word: str | None) -> bool:
    """A capitalised word after the run is its surname unless it opens the next sentence
    as an ordinary word would ("К. Н. Потом она ушла"), or is capitals of three letters or
    fewer: another's initials or an acronym ("Told Mrs Reader and Mr T. KM", a log's
    sign-off)."""
    if word is None or (word.isupper() and len(word) <= _ACRONYM):
        return False
    return _name_like(word)


def _name_like(word: str) -> bool:
    """True unless ``word`` is an ordinary word (English, or Russian read first as one)."""
    lower = word.lower()
    if word.isascii():
        return not english.ordinary(word)
    return morph.classify(lower) != "word" or not morph.mostly_common(lower)
