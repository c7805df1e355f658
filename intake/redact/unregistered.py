"""Names nobody registered, in any script: the Latin rules (:mod:`intake.redact.names`),
the Russian NER model when asked (:mod:`intake.redact.ner`), then the Cyrillic rules
(:mod:`intake.redact.names_ru`, which build on the Latin module's word lists)."""

from __future__ import annotations

from collections.abc import Iterator

from intake.redact import names, names_ru
from intake.redact.ner import find_names_ner


def find_names(
    text: str, ner: bool, covered: list[tuple[int, int]] | None = None
) -> Iterator[tuple[str, str, int, int, float]]:
    """(recognizer, kind, start, end, score) of unregistered names in any script. NER, when
    on, reads only sentences with a capitalised word outside ``covered`` (sorted disjoint
    spans already found; None: read everything)."""
    for kind, start, end, score in names.find_latin_names(text):
        yield "latin-names", kind, start, end, score
    if ner:
        for kind, start, end, score in find_names_ner(text, covered):
            yield "natasha", kind, start, end, score
    for kind, start, end, score in names_ru.find(text, ner, names.single_cyrillic):
        yield "ru-names", kind, start, end, score
