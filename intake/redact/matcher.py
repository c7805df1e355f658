"""All registered forms matched in one pass (Aho-Corasick over the skeleton view).

One automaton holds every form of every person and term. A hit counts only on
word boundaries (no letter on either side), so "Иван" does not fire inside
"Иванович" unless "Иванович" is itself a form; a number glued to a form is a
boundary ("kravchenko84", "Зуев1990": a handle; digits inside a word are read as
letters first, see :mod:`intake.redact.normalize`). Overlapping hits are
resolved leftmost-longest. A form shared by several owners goes to the most
sensitive owner: private people and terms before public people and pseudonyms.
A run of single letters ("В ы д у м к и н", "В.Ы.Д.У.М.К.И.Н") is also read as
the word it spells; there any form of four letters or more counts. A guarded form
(a generated form that is also a common word, :mod:`intake.redact.guards`) counts
only where its guard admits it; a possessive adjective ("Серёжкин") is widened over
the noun it agrees with ("Серёжкин рюкзак"), so the operator can rebuild the phrase.
Words joined from capitalised words ("#свободуЗуеву", "ivanOrlov") are also read part by
part, and inside a hashtag a form of five letters or more counts anywhere
("#свободузуеву").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

import ahocorasick

from intake.redact import guards
from intake.redact.expand import FormInfo, FormTable
from intake.redact.findings import PERSON, POSSESSIVE, PUBLIC_PERSON, RELATIVE, TERM, Finding
from intake.redact.normalize import Normalized, joined_broken_words, skeleton
from intake.redact.possessive import noun_end

_RANK = {PERSON: 0, TERM: 1, PUBLIC_PERSON: 2}
_SPACED_MIN = 3  # "F-O-X", a surname spelt out on the phone
# Three or more single letters with one or two spaces, dots or dashes between them.
_SPACED = re.compile(r"(?<![^\W_])[^\W\d_](?:[ .\-*]{1,2}[^\W\d_](?![^\W_])){2,}")
# Where such a run can start: a separator after a letter that stands alone (looked for
# from the separator, which the regex engine skips to; most characters are letters).
_SPACED_START = re.compile(r"[ .\-*](?<=(?<![^\W_])[^\W\d_][ .\-*])")
# A capital inside a word ("#свободуЗуеву"), found from the capital: capitals are rarer.
_CAMEL = re.compile(r"[A-ZА-ЯЁ](?<=[a-zа-яё][A-ZА-ЯЁ])")
_HASHTAG = re.compile(r"#([^\W_]{5,40})")  # "#свободузуеву": words glued without capitals
_GLUED_MIN = 5  # letters a form needs to count inside a hashtag


def _preference(info: FormInfo) -> tuple[int, bool, int]:
    return _RANK.get(info.kind, 3), not info.own, info.owner


def _case(info: FormInfo) -> str | None:
    """The case a finding carries: a person's form of the other gender or of the plural
    ("Жуковская", "Зуевы" of a registered man) is a relative's (:data:`RELATIVE`), never
    the person's own."""
    return info.case if info.own or info.kind != PERSON else RELATIVE


def _best(infos: Iterable[FormInfo]) -> FormInfo:
    return min(infos, key=_preference)


_Entry = tuple[FormInfo, tuple[int, ...], tuple[int, ...]]


def _entry(infos: list[FormInfo]) -> _Entry:
    """The reading a form goes to, the private people it is a form of, and the people it
    is an own form of when there are two or more (an ambiguous name, else empty)."""
    people = sorted((i for i in infos if i.kind == PERSON), key=_preference)
    owners = tuple(dict.fromkeys(i.owner for i in people))
    own = tuple(dict.fromkeys(i.owner for i in people if i.own))
    return _best(infos), owners, own if len(own) > 1 else ()


Compiled = tuple[_Entry, _Entry | None]  # a form's entry; the unguarded one, if it has one


def compile_form(infos: list[FormInfo]) -> Compiled:
    """What the matcher keeps of a form's readings: its entry, and (for a guarded reading)
    the unguarded reading it gives way to where its guard does not admit it."""
    entry = _entry(infos)
    unguarded = [i for i in infos if not i.guard]
    return entry, (_entry(unguarded) if entry[0].guard and unguarded else None)


class Matcher:
    """Finds registered forms; built once per registry, reused for every text."""

    def __init__(
        self, table: FormTable, recognizer: str = "registry", *, spelled_out: bool = True
    ) -> None:
        self._build({k: compile_form(infos) for k, infos in table.items()}, recognizer, spelled_out)

    @classmethod
    def of_compiled(
        cls, forms: dict[str, Compiled], recognizer: str, *, spelled_out: bool = True
    ) -> Matcher:
        """A matcher over forms already compiled (:func:`compile_form`), which a caller
        that matches many texts against the same forms keeps."""
        matcher = cls.__new__(cls)
        matcher._build(forms, recognizer, spelled_out)
        return matcher

    def _build(self, forms: dict[str, Compiled], recognizer: str, spelled_out: bool) -> None:
        self.recognizer = recognizer
        self._spelled = spelled_out  # also read runs of single letters as words
        self.size = len(forms)
        self._automaton = ahocorasick.Automaton()
        # a guarded reading its guard does not admit gives way to an unguarded one
        self._fallback: dict[str, _Entry] = {}
        for key, (entry, fallback) in forms.items():
            if fallback is not None:
                self._fallback[key] = fallback
            self._automaton.add_word(key, (len(key), *entry))
        if self.size:
            self._automaton.make_automaton()

    def hits(self, text: str) -> list[_Hit]:
        """(start, end, info) of forms on word boundaries, leftmost-longest, in ``text``
        (already a skeleton)."""
        return self._hits(text, whole_words=True)

    def _hits(self, text: str, *, whole_words: bool, min_length: int = 0) -> list[_Hit]:
        if not self.size:
            return []
        found: list[_Hit] = []
        limit = len(text)
        for end_index, (length, info, owners, candidates) in self._automaton.iter(text):
            start, end = end_index - length + 1, end_index + 1
            if length < min_length:
                continue
            if whole_words and (
                (start > 0 and text[start - 1].isalpha()) or (end < limit and text[end].isalpha())
            ):
                continue
            found.append((start, end, info, owners, candidates))
        return _leftmost_longest(found)

    def find(self, norm: Normalized) -> list[Finding]:
        """Findings in original offsets (forms spelled out letter by letter included, and
        forms broken at a line end or said syllable by syllable: "Греб-\nнев", "Ти-мо-ха")."""
        found = self._find(norm)
        joined = joined_broken_words(norm.original)
        if joined is not None:
            text, breaks = joined
            found += [
                f
                for f in self._find(Normalized.of(text))
                if any(f.start < end and start < f.end for start, end in breaks)
            ]
        return found

    def _find(self, norm: Normalized) -> list[Finding]:
        name = self.recognizer
        found = self.hits(norm.skeleton)
        found += self._camel_hits(norm, found)
        found += self._hashtag_hits(norm.skeleton, found)
        hits = self._admitted(norm, found) + self._spaced_hits(norm.skeleton)
        if not norm.shifts:  # the views have the original's offsets
            return [
                Finding(i.kind, start, end, 1.0, name, i.owner, _case(i), i.script, owners, both)
                for start, end, i, owners, both in hits
            ]
        out: list[Finding] = []
        for start, end, i, owners, both in hits:
            o_start, o_end = norm.span(start, end)
            out.append(
                Finding(
                    i.kind, o_start, o_end, 1.0, name, i.owner, _case(i), i.script, owners, both
                )
            )
        return out

    def _admitted(self, norm: Normalized, hits: list[_Hit]) -> list[_Hit]:
        """Hits whose guard admits them (else their unguarded reading, if any), possessives
        widened over their noun. Guards read the clean view (same offsets)."""
        out: list[_Hit] = []
        opening: list[_Hit] = []  # turned away for opening a sentence
        lower: list[_Hit] = []  # turned away for its small letter
        for start, end, info, owners, both in hits:
            stop = _admit(norm.clean, start, end, info)
            if stop is not None:
                out.append((start, stop, info, owners, both))
            elif (fallback := self._fallback.get(norm.skeleton[start:end])) is not None:
                out.append((start, end, *fallback))
            elif info.guard & guards.NOT_INITIAL:
                opening.append((start, end, info, owners, both))
            elif info.guard & guards.CAPITAL and norm.clean[start].islower():
                lower.append((start, end, info, owners, both))
        if lower:
            out += _lower_case_names(norm, lower, out)
        return out + _named_elsewhere(norm, opening, out) if opening else out

    def _camel_hits(self, norm: Normalized, found: list[_Hit]) -> list[_Hit]:
        """Forms that are a part of a word joined from capitalised words, as hashtags and
        handles are written ("#свободуЗуеву", "#SaveElenaSmirnova", "ivanOrlov")."""
        out: list[_Hit] = []
        for start, end in camel_parts(norm.clean):
            if any(s < end and start < e for s, e, *_ in found):
                continue
            for s, e, info, owners, both in self.hits(norm.skeleton[start:end]):
                out.append((start + s, start + e, info, owners, both))
        return out

    def _hashtag_hits(self, text: str, found: list[_Hit]) -> list[_Hit]:
        """Forms of five letters or more anywhere inside a hashtag, where words are glued
        without spaces or capitals ("#свободузуеву"); guarded forms (common words) only
        where their guard admits them, which in lower case is never."""
        out: list[_Hit] = []
        for tag in _HASHTAG.finditer(text):
            start, end = tag.span(1)
            if any(s < end and start < e for s, e, *_ in found):
                continue
            for s, e, info, owners, both in self._hits(
                tag.group(1), whole_words=False, min_length=_GLUED_MIN
            ):
                out.append((start + s, start + e, info, owners, both))
        return out

    def _spaced_hits(self, text: str) -> list[_Hit]:
        """Forms written one letter at a time ("В ы д у м к и н", "В.Ы.Д.У.М.К.И.Н")."""
        if not self.size or not self._spelled:
            return []
        found: list[_Hit] = []
        for letters, collapsed in _spelled_out(text):
            # any form of three letters or more inside the run: "И В.Ы.Д.У.М.К.И.Н"
            for start, end, info, owners, both in self._hits(
                collapsed, whole_words=False, min_length=_SPACED_MIN
            ):
                found.append((letters[start], letters[end - 1] + 1, info, owners, both))
        return found

    def contains_any(self, text: str) -> bool:
        return bool(self.hits(skeleton(text)))


class PerTextMatcher(Matcher):
    """A matcher with no automaton of its own: each text gets one over just the forms it
    can hold (:meth:`_for`), so its cost follows the text, not the registry."""

    def _for(self, text: str) -> Matcher:
        raise NotImplementedError

    def hits(self, text: str) -> list[_Hit]:
        return self._for(text).hits(text)

    def find(self, norm: Normalized) -> list[Finding]:
        parts = [norm.skeleton[start:end] for start, end in camel_parts(norm.clean)]
        parts += glued_words(norm.skeleton)
        return self._for(" ".join([norm.skeleton, *parts])).find(norm)


_Hit = tuple[int, int, FormInfo, tuple[int, ...], tuple[int, ...]]


def _named_elsewhere(norm: Normalized, opening: list[_Hit], admitted: list[_Hit]) -> list[_Hit]:
    """Forms turned away for opening a sentence as a common word would ("Кеше привет":
    "кеш" is a cache) that the text names someone by inside a sentence, in this case or
    another ("как Кеша и говорил"): a form of the same person's name word, admitted there."""
    clean, folded = norm.clean, norm.skeleton
    inside = {
        (info.owner, folded[start:end])
        for start, end, info, _owners, _both in admitted
        if not guards.at_sentence_start(clean, start)
    }
    out: list[_Hit] = []
    for start, end, info, owners, both in opening:
        if _same_word(folded[start:end], info.owner, inside) and not guards.opens_a_saying(
            clean, start, end
        ):
            stop = _admit(clean, start, end, replace(info, guard=info.guard & ~guards.NOT_INITIAL))
            if stop is not None:
                out.append((start, stop, info, owners, both))
    return out


def _same_word(form: str, owner: int, admitted: set[tuple[int, str]]) -> bool:
    """True if an admitted form of ``owner`` begins with ``form``'s stem (the form without
    a case ending's letters): the same name word, in this case or another."""
    stem = guards.name_stem(form)
    return any(o == owner and admitted_form.startswith(stem) for o, admitted_form in admitted)


def _lower_case_names(norm: Normalized, lower: list[_Hit], admitted: list[_Hit]) -> list[_Hit]:
    """Forms in lower case that a common word has ("дрозд" is a thrush), turned away for
    their small letter, that are the person's: right beside a form of the same person's
    name in the same case ("перевод Вадику дрозду за бензин": the surname, typed in lower
    case), or quoted as a word ('«дрозду» is written in lower case; it is his surname')."""
    text = norm.clean
    # where a form a space before an admitted one ends, where one a space after it starts:
    # the admitted form's case and whose it can be
    before: dict[int, list[tuple[str | None, set[int]]]] = {}
    after: dict[int, list[tuple[str | None, set[int]]]] = {}
    for start, end, info, owners, _both in admitted:
        if info.case is not None:
            whose = {info.owner, *owners}
            before.setdefault(start - 1, []).append((info.case, whose))
            after.setdefault(end + 1, []).append((info.case, whose))
    out: list[_Hit] = []
    for start, end, info, owners, both in lower:
        near = [
            *(after.get(start, ()) if text[start - 1 : start] == " " else ()),
            *(before.get(end, ()) if text[end : end + 1] == " " else ()),
        ]
        # a surname a family shares is any of theirs: "сереже корню" is Сергей Корень's
        whose = {info.owner, *owners}
        beside = info.case is not None and any(
            case == info.case and whose & others for case, others in near
        )
        # quoted: the name talked about, if quoted in a case's form and the text names
        # the person by it elsewhere (:func:`intake.redact.places.reclassify` asks)
        if beside or guards.quoted(text, start, end):
            out.append((start, end, info, owners, both))
    return out


def _admit(text: str, start: int, end: int, info: FormInfo) -> int | None:
    """The end of the mention if ``info``'s guard admits it (a possessive's noun
    included), else None."""
    if info.guard and not guards.admits(text, start, end, info.guard):
        return None
    if str(info.case) != POSSESSIVE and not info.guard & guards.NOUN:
        return end
    noun = noun_end(text, start, end)
    if noun is None:
        return None if info.guard & guards.NOUN else end
    return noun if str(info.case) == POSSESSIVE else end


def glued_words(text: str) -> list[str]:
    """Every string of five letters or more inside a hashtag of ``text`` (a skeleton): the
    words a form found there could be filed under."""
    return [
        tag[i:j]
        for tag in _HASHTAG.findall(text)
        for i in range(len(tag) - _GLUED_MIN + 1)
        for j in range(i + _GLUED_MIN, len(tag) + 1)
    ]


@lru_cache(maxsize=4)  # the engine's matchers read one text in turn
def camel_parts(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each part of the words of ``text`` that have a capital after a
    lower-case letter, cut before each such capital ("свободу", "Зуеву")."""
    words: set[tuple[int, int]] = set()
    for match in _CAMEL.finditer(text):
        start, end = match.start(), match.end()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        words.add((start, end))
    parts: list[tuple[int, int]] = []
    for start, end in sorted(words):
        cuts = [i + 1 for i in range(start, end - 1) if text[i].islower() and text[i + 1].isupper()]
        bounds = [start, *cuts, end]
        parts += [(a, b) for a, b in itertools.pairwise(bounds) if b - a >= 2]
    return tuple(parts)


def _spelled_out(text: str) -> tuple[tuple[list[int], str], ...]:
    """(letter positions, the word they spell) of each run of single letters in ``text``."""
    runs = []
    floor = 0
    for separator in _SPACED_START.finditer(text):  # what _SPACED.finditer(text) finds
        run = _SPACED.match(text, separator.start() - 1) if separator.start() > floor else None
        if run is None:
            continue
        floor = run.end()
        letters = [i for i in range(run.start(), run.end()) if text[i].isalpha()]
        runs.append((letters, "".join(text[i] for i in letters)))
    return tuple(runs)


def _leftmost_longest(found: list[_Hit]) -> list[_Hit]:
    found.sort(key=lambda h: (h[0], -h[1]))
    out: list[_Hit] = []
    for hit in found:
        if out and hit[0] < out[-1][1]:
            if hit[1] > out[-1][1] and hit[0] == out[-1][0]:
                out[-1] = hit
            continue
        out.append(hit)
    return out
