"""The English name another language's first name is: a Greek Nikos living in Bristol goes
by "Nick", a Николай in London by "Nick" too, an Екатерина by "Kate" (the people are
invented). The English short forms count as the English table has them counted."""

from __future__ import annotations

import pytest

from intake.redact import Person, Redactor, Registry


@pytest.mark.parametrize(
    ("registered", "text", "form"),
    [
        ("Nikos Kesidis", "Then Nick's student ID is needed for the permit.", "Nick"),
        ("Nikos Kesidis", "Ask Nicholas about the boxes.", "Nicholas"),
        ("Николай Выдумов", "In London he goes by Nicky now.", "Nicky"),
        ("Екатерина Выдумова", "Kate called from the shelter.", "Kate"),
        ("Ioannis Vydumidis", "We wrote to John twice.", "John"),
    ],
)
def test_the_english_name_a_first_name_is_is_redacted(
    registered: str, text: str, form: str
) -> None:
    gender = "f" if registered.startswith("Екатерина") else "m"
    redactor = Redactor(Registry([Person(registered, gender=gender, pseudonym="Глеб Осипов")]))
    out = redactor.redact(text).text
    assert form not in out
    assert "Gleb" in out  # as the person, not as a name nobody registered


def test_a_name_anglicised_by_few_keeps_other_mens_english_names() -> None:
    """Иван is left out of the table: "John" in an English text is more often another man,
    redacted as a name nobody registered, never given Иван's pseudonym."""
    redactor = Redactor(Registry([Person("Иван Выдумов", gender="m", pseudonym="Глеб Осипов")]))
    out = redactor.redact("We wrote to John twice.").text
    assert "Gleb" not in out and "Глеб" not in out
