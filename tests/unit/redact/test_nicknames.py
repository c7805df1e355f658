"""A word the text itself says someone is called by is a name, though the dictionary reads
it as a word or it opens a sentence ("Мага (так его дома) звонил"); the text's own words
for it are the evidence. The sentences are written by hand; every name is invented.
"""

from __future__ import annotations

import pytest

from intake.redact import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Сын в части с весны. Пупа (так его дома) звонил вчера.", ["Пупа"]),
        ("Сын в части. Бублик — его так все называют — пропал в мае.", ["Бублик"]),
        ("Рядом был Серый, как его звали в роте, он и рассказал.", ["Серый"]),
        ("Ну вот, Колобок, так его у нас звали, ушёл первым.", ["Колобок"]),
        ("«Жучок», как его называют соседи, вернулся.", ["Жучок"]),
        ("Сухарь, как его звали в роте, пропал в мае.", ["Сухарь"]),
        ("Колобок — так его у нас зовут — ушёл первым.", ["Колобок"]),
        ("Her son is in a unit now. Bubba, as his mother calls him, wrote once.", ["Bubba"]),
        ("Mo/Momo is the name she uses; the papers say otherwise.", ["Mo", "Momo"]),
        ("Pip is what they call him at home.", ["Pip"]),
        # a word in brackets after a full name, and the word again in another case
        ("Состав: Алексей Выдумов (Бубен), бас. Бубну сказать спасибо.", ["Бубен", "Бубну"]),
        # a code name's key in a source log, and the code name wherever the log uses it
        (
            "CODE NAMES\nBRAM = Oleg Vymyslov (deckhand). Burner only.\n\n"
            "2025-05-12  BRAM, 40 min. Bram's own book is at home.",
            ["BRAM", "Bram"],
        ),
    ],
)
def test_a_word_said_to_be_what_someone_is_called_is_a_name(
    redactor: Redactor, text: str, words: list[str]
) -> None:
    out = redactor.redact(text).text
    for word in words:
        assert word in text  # the premise
        assert word not in out.replace("[", " ").split(), out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("00:18 CALLER: its my mother's maiden name vydumova", "vydumova"),
        ("Мать, урождённая Выдумова, живёт в Уфе.", "Выдумова"),
        ("Девичья фамилия матери — Сидоренко.", "Сидоренко"),
        ("Her mother, née Vymysl, left in 1990.", "Vymysl"),
    ],
)
def test_a_maiden_name_after_its_cue_is_a_name(redactor: Redactor, text: str, name: str) -> None:
    """The surname a woman was born with, a bank's security answer too: a name whatever the
    dictionary says, in lower case in a call's transcript."""
    assert name not in redactor.redact(text).text
    kept = (
        "The maiden name is unknown, and the Renee report says so. Her DOB is needed. "
        "В девичестве молдавская фамилия. Девичью фамилию указал отдельно."
    )
    assert redactor.redact(kept).text == kept


def test_the_word_is_found_again_in_another_case_though_a_dictionary_word(
    redactor: Redactor,
) -> None:
    text = "Бублик — его так все называют — пропал в мае. Бублика видели в Ростове. Бублику писали."
    out = redactor.redact(text).text
    assert "Бублик" not in out, out
    assert "Ростове" in out  # the town stays


@pytest.mark.parametrize(
    "text",
    [
        "Забыла, как её зовут, но помню лицо.",  # a verb before the clause
        "Помню, как его звали: это было давно.",
        "Москва, как её называют, город большой.",  # a place stays a place
        "Так его и не дождались.",
        "As they call him at work, nobody knows.",  # no word before the clause
    ],
)
def test_a_clause_after_a_word_that_names_nobody_changes_nothing(
    redactor: Redactor, text: str
) -> None:
    assert redactor.redact(text).text == text


def test_a_place_an_acronym_or_an_agency_in_brackets_after_a_name_is_no_nickname(
    redactor: Redactor,
) -> None:
    text = (
        "Автор: Иван Выдумов (Москва), отдел (ФСБ); John Vydumov (Reuters) wrote. "
        "Играли Пётр Выдумов (Армения) и Лев Сказкин (Индия). Армения и Индия сыграли вничью."
    )
    out = redactor.redact(text).text
    assert "(Москва)" in out and "(ФСБ)" in out and "(Reuters)" in out, out
    assert "Армения и Индия" in out, out  # a country is no nickname found again
