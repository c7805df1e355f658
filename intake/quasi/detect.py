"""Find the details that still point to one person, in Russian and English text.

A :class:`Detail` is a span (offsets in the original text, never the string),
its kind (``quasi:age``, ``quasi:place``...) and a class that refines its weight
in the scoring rules: the size class of a settlement, ``brigade`` for a
formation at brigade level, ``event`` for the exact date of a rare event
(detention, transfer, injury) named in the same sentence. Overlapping hits keep
the earliest, then the longest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from intake.quasi import patterns_en, patterns_ru, places

_EVENT = re.compile(
    r"задерж|арест|ранен|ранил|перев[её]л|переве|погиб|пропал|отказ|мобилиз|призва|забрал"
    r"|увез|осужд|плен|дезерт|сбежал|detain|arrest|wound|injur|transfer|killed|missing"
    r"|disappear|refus|mobili[sz]|conscript|sentenc|captur|desert",
    re.IGNORECASE,
)
_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
_LATIN = re.compile("[a-z]", re.IGNORECASE)
_REACH = 150  # characters either side of a trigger that a pattern reads


@dataclass(frozen=True, slots=True)
class Detail:
    kind: str
    start: int
    end: int
    cls: str | None = None  # refines the weight: "small", "brigade", "event"...
    lang: str = "ru"


class _Language:
    """One language's patterns behind one Aho-Corasick pass over the lower-cased text:
    a stem's hit sends only its own rows to read the text around it (all stems are
    reported, overlapping ones too, so "полковник" wakes both ranks and units)."""

    def __init__(
        self,
        lang: str,
        rows: tuple[patterns_ru.Row, ...],
        bare: re.Pattern[str],
        trigger: re.Pattern[str],
    ) -> None:

        self.lang, self.rows, self.bare, self.bare_trigger = lang, rows, bare, trigger
        stems: dict[str, list[int]] = {}
        for index, row in enumerate(rows):
            for stem in row[3].split("|"):
                stems.setdefault(stem.lower(), []).append(index)
        self.automaton = ahocorasick.Automaton()
        for stem, targets in stems.items():
            self.automaton.add_word(stem, (len(stem), tuple(targets)))
        self.automaton.make_automaton()

    def find(self, text: str, lower: str) -> list[Detail]:
        windows: dict[int, list[tuple[int, int]]] = {}
        for end, (length, targets) in self.automaton.iter(lower):
            window = _window(text, end + 1 - length, end + 1)
            for target in targets:
                windows.setdefault(target, []).append(window)
        for hit in self.bare_trigger.finditer(text):
            windows.setdefault(-1, []).append(_window(text, hit.start(), hit.end()))
        out: list[Detail] = []
        for target, spans in windows.items():
            for start, end in _merged(spans):
                out += self._read(text, target, start, end)
        return out

    def _read(self, text: str, target: int, start: int, end: int) -> list[Detail]:
        if target < 0:
            return _bare(text, self.bare, self.lang, start, end)
        kind, pattern, cls, _ = self.rows[target]
        out = []
        for match in pattern.finditer(text, start, end):
            group = "d" if "d" in pattern.groupindex and match.group("d") else 0
            s, e = match.span(group)
            out.append(Detail(kind, s, e, _class(text, kind, cls, s, e), self.lang))
        return out


_RU = _Language("ru", patterns_ru.PATTERNS, patterns_ru.BARE, patterns_ru.BARE_TRIGGER)
_EN = _Language("en", patterns_en.PATTERNS, patterns_en.BARE, patterns_en.BARE_TRIGGER)


def find_details(text: str) -> list[Detail]:
    """Every detail in ``text``, both scripts, overlaps resolved, in text order."""
    found: list[Detail] = []
    lower = text.lower()
    if len(lower) != len(text):  # a rare letter whose lower case is longer: keep offsets
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if _CYRILLIC.search(text):
        found += _RU.find(text, lower)
    if _LATIN.search(text):
        found += _EN.find(text, lower)
    return _resolve(found)


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """About _REACH characters either side, widened to whole words."""
    left = max(0, start - _REACH)
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = min(len(text), end + _REACH)
    while right < len(text) and not text[right].isspace():
        right += 1
    return left, right


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _class(text: str, kind: str, cls: str | None, start: int, end: int) -> str | None:
    span = text[start:end].lower()
    if kind == "quasi:place":
        if cls in ("village", "town"):  # named as a village; a district weighs as a town
            return "small" if cls == "village" else "town"
        return places.size_of(text[start:end]) or "small"
    if kind == "quasi:unit" and ("бригад" in span or "brigade" in span or "division" in span):
        return "brigade"
    if kind == "quasi:date" and _EVENT.search(_sentence(text, start, end)):
        return "event"
    return cls


def _bare(text: str, pattern: re.Pattern[str], lang: str, start: int, end: int) -> list[Detail]:
    """A settlement named after a preposition ("из Кяхты", "from Kyakhta") that the
    gazetteer lists as a town or smaller place (cities are too big to narrow much)."""
    out: list[Detail] = []
    for match in pattern.finditer(text, start, end):
        size = places.size_of(match.group("d"))
        if size in ("small", "town"):
            out.append(Detail("quasi:place", *match.span("d"), size, lang))
    return out


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span (looking at most _REACH characters either side)."""
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    left = max(text.rfind(c, low, start) for c in ".!?\n") + 1 or low
    rights = [i for i in (text.find(c, end, high) for c in ".!?\n") if i >= 0]
    return text[max(left, low) : min(rights) if rights else high]


def _resolve(found: list[Detail]) -> list[Detail]:
    kept: list[Detail] = []
    for detail in sorted(found, key=lambda d: (d.start, -(d.end - d.start))):
        if kept and detail.start < kept[-1].end:
            continue
        kept.append(detail)
    return kept
