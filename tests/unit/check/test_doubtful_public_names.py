"""A public figure named by one word that resembles a registered private name is asked
about, not taken on the engine's word: "Lenina mama" is Lena's mother, not Lenin's.

Every private person here is invented; Lenin is the engine's own public figure.
"""

from __future__ import annotations

from intake.check import NEAR_NAME
from intake.check.setup import check_for, explained_spans
from intake.redact import Redactor, Registry
from intake.redact.findings import PUBLIC_PERSON

PRIVATE = {"name": "Елена Выдумкина", "gender": "f", "pseudonym": "Мария"}
REDACTOR = Redactor(Registry.from_json({"people": [PRIVATE]}))


def _asked(text: str) -> list[str]:
    hits = check_for(REDACTOR).run(text, explained_spans(REDACTOR, text))
    return [text[h.start : h.end] for h in hits if h.kind == NEAR_NAME]


def test_the_engine_reads_the_word_as_the_public_figure() -> None:
    """The premise: without the check, the word would be kept as a public person's."""
    text = "Then Lenina mama called us."
    assert [(f.kind, text[f.start : f.end]) for f in REDACTOR.analyze(text)] == [
        (PUBLIC_PERSON, "Lenina")
    ]


def test_one_word_that_fits_a_public_figure_and_a_private_name_is_asked_about() -> None:
    assert _asked("Then Lenina mama called us.") == ["Lenina"]


def test_a_public_person_named_in_full_explains_its_words() -> None:
    both = Redactor(
        Registry.from_json(
            {"people": [PRIVATE, {"name": "Елена Публичная", "gender": "f", "public": True}]}
        )
    )
    text = "Вчера Елена Публичная выступила."
    assert [f.kind for f in both.analyze(text)] == [PUBLIC_PERSON]
    assert check_for(both).run(text, explained_spans(both, text)) == []


def test_without_a_resembling_private_name_the_public_figure_explains_itself() -> None:
    other = Redactor(Registry.from_json({"people": [{"name": "Пётр Выдумкин", "gender": "m"}]}))
    text = "Then Lenina mama called us."
    assert check_for(other).run(text, explained_spans(other, text)) == []
