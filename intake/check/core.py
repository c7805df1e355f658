"""The publication check: the final text read by detectors of its own.

:class:`Check` is built from the registry's names; :meth:`Check.run` returns every
word or code of a text that its three rules cannot explain (kinds in :data:`KINDS`).
The caller says what is already explained: spans of the text (findings the review
covers, pseudonyms and tags the engine wrote) and strings the reviewer decided to
keep. The check never asks the redaction engine which forms a name takes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from intake.check import capitalised, english, morph, numbers, things
from intake.check.latin import spellings
from intake.check.near_names import NearNames
from intake.check.words import Text, Word
from intake.redact.normalize import skeleton

NEAR_NAME = "check:near-name"
CAPITALISED = "check:capitalised"
NUMBER = "check:number"
KINDS = (NEAR_NAME, CAPITALISED, NUMBER)
ORDINARY = frozenset({"word", "place"})


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    start: int  # offsets in the original text
    end: int


class Check:
    """Near-misses of ``private_names``; capitalised words and codes nothing explains.

    ``public_names`` (public figures) and ``kept`` (strings decided "keep") explain
    the words they contain wherever they occur.
    """

    def __init__(
        self,
        private_names: Iterable[str],
        public_names: Iterable[str] = (),
        kept: Iterable[str] = (),
    ) -> None:
        private_names = tuple(private_names)
        self.names = NearNames.of(private_names)
        self._spelt = _spelt(private_names)
        self._public = _folded_words(public_names)
        self._kept = _folded_words(kept) | {skeleton(k).strip() for k in kept}

    def with_kept(self, kept: Iterable[str]) -> Check:
        other = Check.__new__(Check)
        other.names, other._public, other._spelt = self.names, self._public, self._spelt
        other._kept = self._kept | _folded_words(kept) | {skeleton(k).strip() for k in kept}
        return other

    def run(self, text: str, explained: Sequence[tuple[int, int]] = ()) -> list[Hit]:
        """Every unexplained hit in ``text``, in order; ``explained`` spans are skipped."""
        view = Text.of(text)
        named = things.named_in(view.words)
        hits = [h for w in view.words if (h := self._word(view, w, named)) is not None]
        for start, end in numbers.codes(view.norm.clean):
            if skeleton(view.norm.clean[start:end]) not in self._kept:
                hits.append(Hit(NUMBER, *view.original_span(start, end)))
        spans = sorted(explained)
        return _disjoint(h for h in hits if not _overlaps(h, spans))

    def _word(self, view: Text, word: Word, named: frozenset[str]) -> Hit | None:
        if word.folded in self._kept:
            return None
        if self.names and self.names.matches(word.folded) and self._could_be_name(word):
            return Hit(NEAR_NAME, *view.original_span(word.start, word.end))
        if word.folded not in self._public and capitalised.unexplained(word, named):
            return Hit(CAPITALISED, *view.original_span(word.start, word.end))
        return None

    def _spells_a_name(self, latin: str) -> bool:
        return bool(_skeletons(english.bare_forms(latin.lower())) & self._spelt)

    def _could_be_name(self, word: Word) -> bool:
        """A lower-case or sentence-initial dictionary word ("лента", "Сердце") is not, nor
        a lower-case Latin word ("lens"), nor an English word or brand that no registered
        name spells, in any form ("Military" near Мила, "Russia" near Руслан)."""
        if word.clean.isascii():
            return word.capitalised and not (
                english.ordinary(word.clean) and not self._spells_a_name(word.clean)
            )
        if word.capitalised and not word.initial:
            return True
        return morph.classify(word.clean.lower()) not in ORDINARY


def _skeletons(strings: Iterable[str]) -> frozenset[str]:
    return frozenset(skeleton(s) for s in strings)


def _spelt(names: Iterable[str]) -> frozenset[str]:
    """The registered name words and their Latin spellings ("Stern"; Роман: "roman"), folded."""
    words = {w.clean.lower() for name in names for w in Text.of(name).words}
    return frozenset(skeleton(s) for word in words for s in (word, *spellings(word)))


def _folded_words(strings: Iterable[str]) -> frozenset[str]:
    return frozenset(w.folded for s in strings for w in Text.of(s).words)


def _disjoint(hits: Iterable[Hit]) -> list[Hit]:
    """In order, the longest of hits that overlap ("АБ-123456" over "АБ")."""
    out: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, h.start - h.end)):
        if not out or hit.start >= out[-1].end:
            out.append(hit)
    return out


def _overlaps(hit: Hit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < hit.end and hit.start < end for start, end in spans)
