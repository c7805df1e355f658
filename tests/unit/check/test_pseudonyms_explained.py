"""The engine's own output is explained to the check: a pseudonym the dictionary does not
know ("Ерлан") in the case the engine wrote it ("Ерлану", "Ерланом") is no unknown
capitalised word, so an export is not refused over the pseudonyms themselves.

Every person here is invented.
"""

from __future__ import annotations

import re

from intake.check import Check
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


def _asked_in_review(text: str) -> list[str]:
    """What the check asks about in an original text, every finding of the engine
    explained, as review reads it."""
    spans = [(f.start, f.end) for f in REDACTOR.analyze(text)]
    return [text[h.start : h.end] for h in check_for(REDACTOR).run(text, spans)]


def test_in_review_a_capitalised_word_before_a_registered_name_is_asked_about() -> None:
    assert _asked_in_review("У них записано: есть Сорока Серик, вот так.") == ["Сорока"]


def test_in_a_lower_case_line_an_unknown_word_after_a_name_is_asked_about() -> None:
    """A speech recogniser's surname, misheard: no dictionary knows it."""
    assert _asked_in_review("ну вот серик выдумбай снимал всё на телефон") == ["выдумбай"]
    assert _asked_in_review("so serik vydumbay filmed it all") == ["vydumbay"]
    assert _asked_in_review("ну вот серик снимал всё на телефон") == []
    assert _asked_in_review("so serik and his wife filmed it all") == []  # a short word
    assert _asked_in_review("00:00:16  with me are serik and his wife") == []


def test_a_place_before_a_pseudonym_is_not_the_rest_of_the_name() -> None:
    """Read by the check alone: the place is in no explained span."""
    check = Check(["Серик Выдумбаев"], pseudonyms=["Ерлан"])
    text = "Это сказал президент Сирии Ерлан, а потом есть Мая Ерлан."  # Мая: also a month
    spans = [m.span() for m in re.finditer("Ерлан", text)]
    asked = [text[h.start : h.end] for h in check.run(text, spans)]
    assert asked == ["Мая"]


def test_a_latin_place_before_a_name_tag_that_the_capitalised_rule_explains_is_not_asked() -> None:
    """ "Abakan" here is a court's town, as the words around it say; not a name's rest."""
    assert _asked("He wrote from Abakan. The hearing is at the Abakan [name] Military Court.") == []


def test_a_pseudonym_inside_a_longer_reading_is_still_explained() -> None:
    """A possessive opening a sentence is rewritten with the pseudonym after its noun
    ("Катина любовь" -> "Любовь Дарьи"); the engine then reads the two capitalised words
    as a name nobody registered, but the pseudonym in it is still its own."""
    redactor = Redactor(
        Registry.from_json(
            {"people": [{"name": "Екатерина Выдумова", "gender": "f", "pseudonym": "Дарья"}]}
        )
    )
    text = "Сочинение хорошее. Катина любовь к папе видна в каждой строчке."
    redacted = redactor.redact(text).text
    assert "Любовь Дарьи" in redacted  # the premise: the rewrite
    assert check_for(redactor).run(redacted, explained_spans(redactor, redacted)) == []
    start = redacted.index("Дарьи")
    assert redactor.pseudonym_spans(redacted) == [(start, start + len("Дарьи"))]


LATIN = Redactor(
    Registry.from_json(
        {"people": [{"name": "Larysa Vydumka", "gender": "f", "pseudonym": "Halyna"}]}
    ),
    ner=False,
)


def test_a_latin_pseudonym_written_in_cyrillic_letters_is_explained() -> None:
    """A Latin pseudonym in place of a Cyrillic mention is written in Cyrillic letters,
    declined as a first name ("Ларисе передай" -> "Халыне передай", not the surname's
    "Халыной"); the gate knows it as the engine's own."""
    text = "От: Лариса Выдумка\nЛарисе передай, что Larysa wrote. Потом с Ларисой говорили."
    redacted = LATIN.redact(text).text
    assert "Халыне передай" in redacted and "с Халыной" in redacted
    assert check_for(LATIN).run(redacted, explained_spans(LATIN, redacted)) == []
