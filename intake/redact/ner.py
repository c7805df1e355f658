"""Names, places and organisations by natasha's NER, read only where it can add something.

natasha (segmenter, news embeddings, NER tagger only; never its morphology helpers)
runs at tens of KB/s, so its models load once, on first use, and it reads only the
sentences that have a capitalised Cyrillic word nothing else has found yet. A word
that opens a sentence counts only if it may be a proper name (the dictionary does
not know it, or reads it first as a name, place or organisation): "Жена", "Мы",
"Из" open sentences without making them worth reading. The chosen sentences go
through natasha as one text, one per line, and spans come back in the input's
offsets.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from intake.redact import forms_ru
from intake.redact.findings import NAME, ORGANISATION, PLACE
from intake.redact.resolve import covered_by

Hit = tuple[str, int, int, float]
_SENTENCE = re.compile(r"[^.!?…\n]+[.!?…]*")
_CAPITALISED = re.compile(r"(?<![\w-])[А-ЯЁ][а-яёА-ЯЁ-]*")
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "UNKN"})
_KINDS = {"PER": (NAME, 0.85), "LOC": (PLACE, 0.8), "ORG": (ORGANISATION, 0.8)}


@lru_cache(maxsize=1)
def _models() -> tuple[Any, Any]:
    # late: the NER code (natasha, numpy) loads only when NER is asked for
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


def warm_up() -> None:
    """Load the models now (about a second), e.g. in a thread before a vault is touched."""
    _models()


@lru_cache(maxsize=65536)
def _may_be_proper(word: str) -> bool:
    """True unless the dictionary reads ``word`` first as a common word."""
    lower = word.lower()
    analyser = forms_ru.morph()
    if not analyser.word_is_known(lower):
        return True
    return bool(_PROPER & set(analyser.parse(lower)[0].tag.grammemes))


def worth_reading(text: str, start: int, end: int, covered: list[tuple[int, int]]) -> bool:
    """True if the sentence text[start:end] has a capitalised word nobody has found yet."""
    for match in _CAPITALISED.finditer(text, start, end):
        if covered_by(match.start(), match.end(), covered):
            continue
        opening = not any(c.isalnum() for c in text[start : match.start()])
        if not opening or _may_be_proper(match.group()):
            return True
    return False


def _chosen(text: str, covered: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    spans = [m.span() for m in _SENTENCE.finditer(text)]
    if covered is None:
        return spans
    return [(s, e) for s, e in spans if worth_reading(text, s, e, covered)]


def find_names_ner(text: str, covered: list[tuple[int, int]] | None = None) -> Iterator[Hit]:
    """(kind, start, end, score) of names, places and organisations in the sentences worth
    reading (all of them when ``covered`` is None)."""
    chosen = _chosen(text, covered)
    if not chosen:
        return
    # late: the NER code (natasha, numpy) loads only when NER is asked for
    from natasha import Doc

    starts, offsets, pieces, position = [], [], [], 0
    for start, end in chosen:
        starts.append(position)
        offsets.append(start)
        pieces.append(text[start:end])
        position += end - start + 1
    segmenter, tagger = _models()
    doc = Doc("\n".join(pieces))
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    for span in doc.spans:
        index = bisect.bisect_right(starts, span.start) - 1
        shift = offsets[index] - starts[index]
        stop = min(span.stop, starts[index] + len(pieces[index]))
        if stop > span.start and not _role_label(text, span.start + shift, stop + shift):
            kind, score = _KINDS[span.type]
            yield kind, span.start + shift, stop + shift, score


def _role_label(text: str, start: int, end: int) -> bool:
    """True for one common word that opens a line with a colon after it: a dialogue's
    "Вопрос:", "Ответ:", "Свидетель:" is a role, however the model reads it."""
    word = text[start:end]
    at_line_start = not text[text.rfind("\n", 0, start) + 1 : start].strip()
    return (
        word.isalpha() and at_line_start and text[end : end + 1] == ":" and not _may_be_proper(word)
    )
