"""Numbers read out in words: a phone, a unit or a card number dictated digit by digit.

A voice-to-text transcript writes "шесть один девять девять два" or "unit number is
six one nine nine two" where a typed text would have digits. A run of
:data:`MIN_WORDS` or more number words (digits, teens, tens and hundreds, in Russian,
English or Russian typed in Latin letters: "nol devyat shest'"), parted by spaces,
commas or hyphens, is read as a code: no count or quantity is said that way. Words for
thousands and millions break a run ("две тысячи двадцать второго года" is a year), and
so does "and" ("one hundred and fifty"). A group of digits inside a run of number words is
part of it, as a transcript writes some of a dictated number in digits.

An address's words between its numbers ("двадцать два квартира сорок") count in a run too,
and a run that holds one needs three words only ("flat two, fourteen").

Limits: numbers said in larger groups ("восемьсот двенадцать сорок пять") are read only
when the run is long enough; ordinals ("двадцать второго") end a run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from intake.redact.normalize import Normalized

MIN_WORDS = 4


def _valued(words: str, first: int, step: int = 1) -> dict[str, int]:
    """Each of ``words`` with the number it says, counting from ``first`` by ``step``."""
    return {word: first + step * n for n, word in enumerate(words.split())}


# The number each word says: a digit, a teen, a ten, a hundred (Russian, English, Russian in
# Latin letters)
_DIGITS = {
    **_valued("ноль один два три четыре пять шесть семь восемь девять", 0),
    **_valued("нуль одна две", 0),
    **_valued("zero one two three four five six seven eight nine", 0),
    **_valued("nol odin dva tri chetyre pyat shest sem vosem devyat", 0),
    **_valued("nul odna dve", 0),
    "одно": 1,
    # zeros counted, as a phone is read out: "три ноля", "два нуля" (000, 00)
    **dict.fromkeys(("ноля", "нуля", "нолей", "нулей"), 0),
    "oh": 0,
    "nought": 0,
    # digits as relatives dictate them in their own language: Ukrainian (its "п'ять" and
    # "дев'ять" read as Russian's, the apostrophe dropped), Uzbek in Cyrillic and Latin
    # letters, Kazakh, Kyrgyz, Tatar, Azerbaijani and Turkish, Tajik
    **_valued("нуль один два три чотири пять шість сім вісім девять", 0),
    **_valued("нол бир икки уч тўрт беш олти етти саккиз тўққиз", 0),
    **_valued("nol bir ikki uch tort besh olti yetti sakkiz toqqiz", 0),
    **_valued("нөл бір екі үш төрт бес алты жеті сегіз тоғыз", 0),
    **_valued("нөл бир эки үч төрт беш алты жети сегиз тогуз", 0),
    **_valued("ноль бер ике өч дүрт биш алты җиде сигез тугыз", 0),
    **_valued("sıfır bir iki üç dörd beş altı yeddi səkkiz doqquz", 0),
    **_valued("sıfır bir iki üç dört beş altı yedi sekiz dokuz", 0),
    **_valued("сифр як ду се чор панҷ шаш ҳафт ҳашт нӯҳ", 0),
}
# and as the check's clean view writes them ("altı" is "alti" there: a dotless i folded)
_DIGITS |= {Normalized.of(word).clean.lower(): value for word, value in _DIGITS.items()}
_TEENS = {
    **_valued(
        "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать "
        "семнадцать восемнадцать девятнадцать",
        10,
    ),
    **_valued(
        "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen", 10
    ),
    "desyat": 10,
}
_TENS = {
    **_valued(
        "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто", 20, 10
    ),
    **_valued("twenty thirty forty fifty sixty seventy eighty ninety", 20, 10),
    **_valued(
        "dvadtsat tridtsat sorok pyatdesyat shestdesyat semdesyat vosemdesyat devyanosto", 20, 10
    ),
}
_HUNDREDS = {
    **_valued("сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот", 100, 100),
    "sto": 100,
}
# every number word, Russian, English and Russian in Latin letters
NUMBER_WORDS = frozenset({**_DIGITS, **_TEENS, **_TENS, **_HUNDREDS})
# Russian ordinals, as a date is dictated ("03 ноль пятое восемьдесят девятый"): inside a
# run of number words they are its parts; alone they are ordinary words ("пятое отделение")
_ORDINAL = re.compile(
    r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат"
    r"|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат"
    r"|двадцат|тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност)"
    r"(?:ый|ой|ий|ая|ое|ье|ья|ого|ьего|ому|ьему|ым|ом|ую|ью)"
)
# "pyat'": the soft sign typed as "'"; an apostrophe inside a word is part of it (Ukrainian's
# "п'ять", Uzbek's "to'rt"), dropped when the word is read
_WORD = re.compile(r"[^\W_]+(?:['’ʼʻ][^\W\d_]+)*(?:'(?![^\W\d_]))?")
_APOSTROPHES = str.maketrans("", "", "'’ʼʻ")
_BETWEEN = re.compile(r"[\s,-]*")
# A table's cell wrapped onto the next row, whose first cells are empty: the rest of the row,
# the line's end and the empty cells stand between two words of one number ("... была сто
# сорок     | цифры — бип" over "          |       | девять, ноль ноль ноль ...")
_CELL_END = re.compile(r"(?<=[^\W_])[ \t,]*\|")
# the next row's first cell empty: spaces before its first bar, or two bars with none
_NEXT_ROW = re.compile(r"[^\n]*\n(?:[ \t]+\||[ \t]*\|[ \t]*\|)(?:[ \t]*\|)*[ \t]*(?=[^\W_])")
_WORD_BEFORE = re.compile(r"[^\W_]+\Z")


def _unwrapped(clean: str) -> str:
    """``clean`` with what stands between two number words across a wrapped cell made
    spaces (the same length: spans stay as they are)."""
    if "|" not in clean:
        return clean
    parts: list[str] = []
    last = 0
    for cell_end in _CELL_END.finditer(clean):
        if cell_end.start() < last:
            continue
        before = _WORD_BEFORE.search(clean, max(0, cell_end.start() - 20), cell_end.start())
        if before is None or not _said(before.group()):
            continue
        row = _NEXT_ROW.match(clean, cell_end.end())
        after = _WORD.match(clean, row.end()) if row is not None else None
        if row is not None and after is not None and _said(after.group()):
            parts += [clean[last : cell_end.start()], " " * (row.end() - cell_end.start())]
            last = row.end()
    return "".join(parts) + clean[last:] if parts else clean


def _said(word: str) -> bool:
    token = word.lower()
    return token in NUMBER_WORDS or _ORDINAL.fullmatch(token) is not None


# A phone's "+" said as a word opens a run: "плюс семь девятьсот один"
_PLUS = frozenset(("плюс", "plus", "plyus"))
MIN_SAID = 2  # number words in a run that also holds groups of digits ("девятьсот один, 000")
# Words a number is dictated with that say no digit of their own: "oh-seven-seven-hundred
# nine-hundred three-one-six" (a British phone: 07700 900316), "double seven", "triple
# oh", a house's "ноль дробь семнадцать" (0/17). Inside a run they neither count nor break
# it; alone they are words ("two hundred people" is two number words).
_SAYING = frozenset(("hundred", "double", "triple", "дробь", "слэш", "слеш", "slash"))
# A code's letters said by their names, between its digits said as words: "кей зет восемь
# эль ку ноль" (KZ8LQ0), "kilo zulu eight lima zero" (the radio alphabet). They count as words
# of a run, not as number words, so a run needs its number words still.
_LETTER_NAMES_SAID = (
    "эй би си ди эф джи эйч джей кей эл эль эм эн оу пи кью ку ар эс ти ви дабл икс экс "
    "уай вай зет зед бэ вэ гэ дэ жэ зэ пэ тэ цэ "
    "alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima "
    "mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky "
    "xray yankee zulu"
)
_LETTER_NAMES = frozenset(_LETTER_NAMES_SAID.split())
# A plate's letters said as they are written, between its digits said as words: "х ноль
# ноль ноль мс сорок два" (Х000МС 42); one to three of the letters a Russian plate uses
_PLATE_LETTERS = re.compile(r"[авекмнорстух]{1,3}")
# short words written with those letters alone: prepositions, particles, pronouns ("в два,
# в три часа"); not "ка", К's name more often than the particle ("а ноль ноль ноль ка эм")
_SHORT_WORDS = frozenset(
    (
        "в", "с", "к", "у", "о", "а", "на", "но", "он", "от", "то", "ну", "ее", "ах", "ох", "ух",
        "та", "те", "ко", "со", "во", "кт", "мне", "нет", "кто", "как", "вот", "все",
        "тех", "тот", "там", "том", "так", "нас", "вас", "раз", "еще", "сам", "сет", "тем",
        "нам", "мо", "ам", "рот", "кот", "мех", "ест", "нос", "сон", "сом", "ток", "ум", "ром",
        "хор",
    )
)  # fmt: skip
# The words of an address said aloud between its numbers: "ленина двадцать два квартира
# сорок", "дом пять корпус два". Like a letter's name, they count as words of a run, not as
# number words.
_ADDRESS_WORDS = frozenset(
    (
        *("дом", "д", "кв", "квартира", "корпус", "корп", "строение", "стр", "подъезд"),
        *("flat", "apartment", "apt", "house", "building"),
    )
)


def runs(clean: str) -> Iterator[tuple[int, int]]:
    """Spans of runs of :data:`MIN_WORDS` or more number words in ``clean``; groups of
    digits count in a run of :data:`MIN_SAID` words or more, as a transcript writes part
    of a number said aloud in digits ("плюс семь девятьсот один, 000, двенадцать-тридцать")."""
    clean = _unwrapped(clean)
    start = end = count = said = 0
    addressed = False  # the run holds an address's word: three words are enough
    for word in _WORD.finditer(clean):
        joined = count and _BETWEEN.fullmatch(clean, end, word.start())
        token = word.group().lower().translate(_APOSTROPHES)
        if token in _SAYING and joined:
            end = word.end()  # "seven-seven-hundred": the run goes on, one word no longer
            continue
        # digits hyphened to letters are a code's ("QX-58317"), no part of a number said
        digits = token.isdigit() and not (
            not joined and word.start() and clean[word.start() - 1] in "-‐–"
        )
        said_word = _said(token)
        letter = (
            token in _LETTER_NAMES
            or token in _ADDRESS_WORDS
            or (_PLATE_LETTERS.fullmatch(token) is not None and token not in _SHORT_WORDS)
        )
        if not (digits or said_word or letter or (token in _PLUS and not joined)):
            if _long_enough(count, said, addressed):
                yield start, end
            count = said = 0
            continue
        if not joined:
            if _long_enough(count, said, addressed):
                yield start, end
            start, count, said, addressed = word.start(), 0, 0, False
        end, count, said = word.end(), count + 1, said + (not digits and not letter)
        addressed = addressed or token in _ADDRESS_WORDS
    if _long_enough(count, said, addressed):
        yield start, end


MIN_ADDRESS_WORDS = 3  # an address's word and two numbers: "flat two, fourteen"


def _long_enough(count: int, said: int, addressed: bool) -> bool:
    least = MIN_ADDRESS_WORDS if addressed else MIN_WORDS
    return count >= least and said >= MIN_SAID


def said_numbers(clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of each run of two number words or more and the digits it says,
    group by group as a number is dictated: "six one one" is 611, "триста восемьдесят один"
    381, "zero zero zero, six thirteen" 000613, "six hundred and eleven" 611."""
    clean = _unwrapped(clean)
    run: list[tuple[str, int, int]] = []
    for word in _WORD.finditer(clean):
        token = word.group().lower().translate(_APOSTROPHES)
        joined = bool(run) and _BETWEEN.fullmatch(clean, run[-1][2], word.start()) is not None
        known = token in _DIGITS or token in _TEENS or token in _TENS or token in _HUNDREDS
        if (known or (run and token in ("hundred", "and"))) and (joined or not run):
            run.append((token, word.start(), word.end()))
            continue
        yield from _said_run(run)
        run = [(token, word.start(), word.end())] if known else []
    yield from _said_run(run)


def _said_run(run: list[tuple[str, int, int]]) -> Iterator[tuple[int, int, str]]:
    while run and (run[-1][0] == "and" or (run[-1][0] == "hundred" and _stray(run))):
        run = run[:-1]
    if len(run) < 2:
        return
    digits = _digits_of([token for token, _start, _end in run])
    if digits:
        yield run[0][1], run[-1][2], digits


def _stray(run: list[tuple[str, int, int]]) -> bool:
    """True if the run's last word, "hundred", says no number of its own (no digit before)."""
    return len(run) < 2 or run[-2][0] not in _DIGITS


def _digits_of(tokens: list[str]) -> str:
    """The digits the words say, each group (a hundred, a ten, a teen, a digit) in turn."""
    out, at = "", 0
    while at < len(tokens):
        value, size, at = _group(tokens, at)
        if size == 0:
            return ""
        out += str(value).zfill(size)
    return out


def _group(tokens: list[str], at: int) -> tuple[int, int, int]:
    """(value, digits, next index) of the group of number words from ``at``."""
    token = tokens[at]
    if token in _HUNDREDS or (token in _DIGITS and tokens[at + 1 : at + 2] == ["hundred"]):
        return _hundreds(tokens, at)
    following = tokens[at + 1] if at + 1 < len(tokens) else ""
    if token in _TENS and _DIGITS.get(following, 0) > 0:
        return _TENS[token] + _DIGITS[following], 2, at + 2
    if token in _TENS or token in _TEENS:
        return _TENS.get(token) or _TEENS[token], 2, at + 1
    if token in _DIGITS:
        return _DIGITS[token], 1, at + 1
    return 0, 0, at


def _hundreds(tokens: list[str], at: int) -> tuple[int, int, int]:
    """A group of three digits: "триста восемьдесят один", "six hundred and eleven"."""
    token = tokens[at]
    value = _HUNDREDS.get(token) or _DIGITS[token] * 100
    at += 1 if token in _HUNDREDS else 2
    if tokens[at : at + 1] == ["and"]:
        at += 1
    if (
        at < len(tokens)
        and tokens[at] not in _HUNDREDS
        and tokens[at : at + 2] != [tokens[at], "hundred"]
    ):
        rest, size, after = _group(tokens, at)
        if size:
            return value + rest, 3, after
    return value, 3, at
