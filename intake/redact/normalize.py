"""Normalised views of a text, with offsets that lead back to the original.

Matching runs on two views:

* ``clean``: the text with its disguises undone (:mod:`intake.redact.disguises`):
  without default-ignorable code points (zero-width and bidi controls, variation
  selectors, tag characters, soft hyphens, the braille blank) and combining marks;
  each character in its NFKC form (circled, fullwidth and mathematical letters,
  ligatures); and, in a word that mixes scripts, look-alikes written in the word's
  script (Greek "φ" in a Cyrillic word is "ф"). Pattern recognizers (phones,
  e-mails, unit numbers...) and the leak gate read this view.
* ``skeleton``: ``clean`` folded one character to one character: lower case,
  Latin and Greek letters that look like Cyrillic ones mapped to the Cyrillic
  letter, ё→е, й→и, accented Latin letters to their base letter, every
  apostrophe to ``'``, every dash to ``-``, every space to `` ``. Registered
  forms are folded the same way, so "Гоpшенин" with a Latin ``p``, "ГОРШЕНИН"
  and "Горш\u200bенин" all meet "горшенин".

In a word that mixes letters and digits, the skeleton also reads each digit as
the letter it stands for ("Г0ршенин", "Orl0v", "3айцев", "Ив4н"; 3 as з in a
Cyrillic word and e in a Latin one); words of digits only (numbers, phones)
are left alone. Both views have the same length; where a character was deleted
or expanded ("ﬁ" is "fi") an offset map leads back to the original, and a span
that covers part of an expanded character covers all of it.
A name spelled out letter by letter ("Г о р ш е н и н") is found by the
matcher (:mod:`intake.redact.matcher`), which reads such runs as words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from intake.redact import confusables, disguises
from intake.redact.fold import LETTER_BY_DIGIT, fold


@lru_cache(maxsize=1)
def _clean_table() -> dict[str, str]:
    """Character -> its form in the clean view ("" deleted), for characters that change."""
    table = {chr(code): form for code, form in disguises.compatibility().items()}
    table.update(dict.fromkeys(disguises.deleted(), ""))
    return table


def skeleton(text: str) -> str:
    """The folded form used for matching (also applied to registered forms)."""
    return fold(text) if confusables.plain(text) else Normalized.of(text).skeleton


Edit = tuple[int, int, int]  # (view start, view end, original index) of a resized character


def _clean(text: str) -> tuple[str, tuple[Edit, ...]]:
    """The clean view of ``text`` and where its characters changed length."""
    table = _clean_table()
    text = disguises.braille_numbers(text)
    parts: list[str] = []
    edits: list[Edit] = []
    position = delta = 0  # delta: view index minus original index
    for match in confusables.rare().finditer(text):
        index = match.start()
        form = table.get(match.group())
        if form is None:
            continue
        parts += [text[position:index], form]
        position = index + 1
        if len(form) != 1:
            edits.append((index + delta, index + delta + len(form), index))
            delta += len(form) - 1
    if parts:
        parts.append(text[position:])
        text = "".join(parts)
    return _fold_mixed_words(text), tuple(edits)


def _fold_mixed_words(text: str) -> str:
    """``text`` with each word that mixes scripts written in its own script."""
    hits = confusables.mixed_words(text)
    if not hits:
        return text
    parts: list[str] = []
    position = 0
    for hit in hits:
        if hit < position:
            continue  # in the word just folded
        start, end = hit, hit + 1
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        parts += [text[position:start], confusables.fold_word(text[start:end])]
        position = end
    parts.append(text[position:])
    return "".join(parts)


@dataclass(frozen=True)
class Normalized:
    """The two views of ``original`` and the way back to original offsets."""

    original: str
    clean: str
    skeleton: str
    _edits: tuple[Edit, ...]  # sorted by view start

    @classmethod
    def of(cls, text: str) -> Normalized:
        if confusables.plain(text):  # the common case: nothing to undo
            return cls(text, text, fold(text), ())
        clean, edits = _clean(text)
        return cls(text, clean, fold(clean), edits)

    @property
    def shifts(self) -> tuple[int, ...]:
        """The view starts of deleted or expanded characters (empty: the views have the
        original's offsets)."""
        return tuple(start for start, _, _ in self._edits)

    def to_original(self, index: int) -> int:
        """Original index of the view character at ``index``."""
        if not self._edits:
            return index
        k = bisect.bisect_right(self._edits, (index, len(self.clean) + 1, 0)) - 1
        if k < 0:
            return index
        _, end, original = self._edits[k]
        if index < end:
            return original  # inside an expanded character
        return index + original + 1 - end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of a non-empty view span (deleted characters inside are included)."""
        return self.to_original(start), self.to_original(end - 1) + 1


@lru_cache(maxsize=4096)
def _replacement_views(replacement: str) -> tuple[str, str] | None:
    """The clean and skeleton views of a replacement, if it keeps its length and has no
    word of mixed scripts or of letters and digits (whose fold may depend on the text
    around it)."""
    norm = Normalized.of(replacement)
    if norm.shifts or confusables.mixed_words(replacement) or LETTER_BY_DIGIT.search(norm.clean):
        return None
    return norm.clean, norm.skeleton


def splice(norm: Normalized, output: str, edits: Iterable[tuple[int, int, str]]) -> Normalized:
    """The views of ``output``, which is ``norm.original`` with each (start, end) span
    replaced by a string, built from ``norm``'s views without folding the unchanged text
    again (equal to ``Normalized.of(output)``).

    Every fold that reads context reads it inside a word (a word of mixed scripts, digits
    read as letters, a capital I between small letters), so pieces are joined only when
    each edit starts and ends between words, in the input and in the output; otherwise
    the output is folded afresh."""
    edits = [(start, end, r) for start, end, r in edits if norm.original[start:end] != r]
    views = [v for _, _, r in edits if (v := _replacement_views(r)) is not None]
    if norm.shifts or len(views) < len(edits):
        return Normalized.of(output)
    clean: list[str] = []
    skeletons: list[str] = []
    seams: list[int] = []  # where each replacement starts and ends in the output
    position = shift = 0
    for (start, end, replacement), (clean_view, skeleton_view) in zip(edits, views, strict=True):
        clean += [norm.clean[position:start], clean_view]
        skeletons += [norm.skeleton[position:start], skeleton_view]
        seams += [start + shift, start + shift + len(replacement)]
        shift += len(replacement) - (end - start)
        position = end
    clean.append(norm.clean[position:])
    skeletons.append(norm.skeleton[position:])
    spliced = Normalized(output, "".join(clean), "".join(skeletons), ())
    cuts = [index for start, end, _ in edits for index in (start, end)]
    if _in_a_word(norm, cuts) or _in_a_word(spliced, seams):
        return Normalized.of(output)
    return spliced


def _in_a_word(norm: Normalized, indexes: Iterable[int]) -> bool:
    """True if a letter or digit is on both sides of one of ``indexes``, in either view
    (the skeleton's fold makes no letter or digit of anything else, so the clean view's
    characters tell for both)."""
    clean = norm.clean
    # a slice of two characters is alphanumeric if both are; at 0 the slice is one
    # character (or none past the end), which is no pair
    return any(len(pair := clean[i - 1 : i + 1]) == 2 and pair.isalnum() for i in indexes if i)


# A word broken at the end of a line: a letter, a hyphen (or a soft hyphen), the line
# break, and a lower-case letter ("Греб-\nнев", "Крав\u00ad\nченко").
_LINE_BREAK = re.compile(r"[-\u00ad][ \t]*\r?\n[ \t]*")
# A word said syllable by syllable, as a child learning to speak or someone spelling a name
# out says it: three syllables or more of one to three letters, joined by hyphens
# ("Ти-мо-ха", "Ко-ва-лен-ко"), or two of a consonant and a vowel each, not the same twice
# ("Са-ша", "Ка-тя"; not "из-за", "ха-ха")
_VOWELS = "аеёиоуыэюяaeiouy"
_CV = rf"(?i:[^\W\d_{_VOWELS}][{_VOWELS}])"
_SYLLABLES = re.compile(rf"[^\W\d_]{{1,3}}(?:-[^\W\d_]{{1,3}}){{2,}}|({_CV})-(?!(?i:\1)$){_CV}")
_HYPHENATED = re.compile(r"[\w-]+")  # the word a hyphen stands in, read back from it
_SYLLABLE_REACH = 24  # characters before a hyphen within which its word starts


def _syllable_hyphens(text: str) -> list[tuple[int, int]]:
    """The spans of the hyphens in each word said syllable by syllable (:data:`_SYLLABLES`),
    found from each hyphen (rarer than a letter)."""
    spans: list[tuple[int, int]] = []
    end = 0
    hyphen = text.find("-")
    while hyphen >= 0:
        if hyphen >= end:
            floor = max(0, hyphen - _SYLLABLE_REACH)
            start = hyphen
            while start > floor and (text[start - 1].isalnum() or text[start - 1] in "-_"):
                start -= 1
            word = _HYPHENATED.match(text, start)
            end = word.end() if word is not None else hyphen + 1
            if word is not None and _SYLLABLES.fullmatch(word.group()):
                spans += [
                    (start + i, start + i + 1) for i, c in enumerate(word.group()) if c == "-"
                ]
        hyphen = text.find("-", max(hyphen + 1, end))
    return spans


@lru_cache(maxsize=4)  # each matcher reads the same text in turn
def joined_broken_words(text: str) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """``text`` with each word broken at a line end joined (the hyphen and the break
    replaced by as many soft hyphens, which the clean view deletes: offsets stay the
    original's), and so each word said syllable by syllable (:data:`_SYLLABLES`), and the
    spans of the breaks; None if there is none. A hyphen at a line end may also be a real
    one ("Кравченко-\nмладший"), so callers read both texts."""
    breaks = (
        tuple(
            m.span()
            for m in _LINE_BREAK.finditer(text)
            if m.start() and text[m.start() - 1].isalpha() and text[m.end() : m.end() + 1].islower()
        )
        if "\n" in text
        else ()
    )
    if "-" in text and (hyphens := _syllable_hyphens(text)):
        breaks = tuple(sorted((*breaks, *hyphens)))
    if not breaks:
        return None
    parts: list[str] = []
    position = 0
    for start, end in breaks:
        parts += [text[position:start], "\u00ad" * (end - start)]
        position = end
    parts.append(text[position:])
    return "".join(parts), breaks


@lru_cache(maxsize=4)
def folded_like_regex(text: str) -> str:
    """``text`` case-folded so that a literal found by ``re.IGNORECASE`` is found in it by
    ``in`` (casefold maps "ſ", "K", "ᲂ"... as the regex engine does; "ı", "İ" by hand)."""
    return text.casefold().replace("ı", "i").replace("\u0307", "")
