"""The engine's own output is explained to the check: a pseudonym the dictionary does not
know ("Ерлан") in the case the engine wrote it ("Ерлану", "Ерланом") is no unknown
capitalised word, so an export is not refused over the pseudonyms themselves.

Every person here is invented.
"""

from __future__ import annotations

from intake.check.setup import check_for, explained_spans
from intake.redact import Redactor, Registry

REDACTOR = Redactor(
    Registry.from_json(
        {
            "people": [
                {"name": "Серик Выдумбаев", "gender": "m", "pseudonym": "Ерлан"},
                {"name": "Айдана Сочинова", "gender": "f", "pseudonym": "Меруерт Жолдасова"},
            ]
        }
    )
)
TEXT = "Передай Серику, что мы с Сериком говорили. Айдане Сочиновой тоже передали."
REDACTED = "Передай Ерлану, что мы с Ерланом говорили. Меруерт Жолдасовой тоже передали."


def test_the_engine_writes_the_pseudonyms_in_the_mentions_cases() -> None:
    assert REDACTOR.redact(TEXT).text == REDACTED


def test_unexplained_the_inflected_pseudonyms_would_be_asked_about() -> None:
    """The premise: the check alone does not know these words."""
    asked = [REDACTED[h.start : h.end] for h in check_for(REDACTOR).run(REDACTED)]
    assert {"Ерлану", "Ерланом"} <= set(asked)


def test_the_check_asks_nothing_about_the_pseudonyms_the_engine_wrote() -> None:
    assert check_for(REDACTOR).run(REDACTED, explained_spans(REDACTOR, REDACTED)) == []


def _asked(text: str) -> list[str]:
    """What the check asks about in a final text, read as the gate reads it."""
    spans = explained_spans(REDACTOR, text)
    return [text[h.start : h.end] for h in check_for(REDACTOR).run(text, spans)]


def test_a_capitalised_word_right_before_a_pseudonym_is_the_rest_of_the_name() -> None:
    """A surname the engine does not know (a clerk's misspelling) before the first name's
    pseudonym: the export is not written until someone decides it."""
    assert _asked("В списке есть Сорока Ерлан, так его записали.") == ["Сорока"]
    assert _asked("Там записано: есть Ворона Меруерт Жолдасова.") == ["Ворона"]
    assert _asked("Потом пришла Ворона [имя], и всё.") == ["Ворона"]


def test_a_title_a_kinship_word_or_a_sentence_start_before_a_pseudonym_is_not_asked() -> None:
    assert _asked("Вчера Дядя Ерлан пришёл. Потом Ерлан ушёл.") == []
    assert _asked("We met Aunt Ерлан and in March Ерлан left.") == []
