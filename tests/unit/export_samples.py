"""Fictional export material shared by the export unit tests (invented people and text)."""

from __future__ import annotations

from typing import Any

from intake.export import document
from intake.models import Consent, Gender, Interview, Person, Relation, Testimony

PEOPLE = {
    "p-mother01": Person("p-mother01", "Галина Выдумкина", "Мария", Gender.FEMALE),
    "p-son00001": Person("p-son00001", "Евгений Выдумкин", "Иван", Gender.MALE),
    "p-wife0001": Person("p-wife0001", "Darya Madeup", "Anna", Gender.FEMALE),
    "p-husb0001": Person("p-husb0001", "Артём Выдуманный", "Пётр", Gender.MALE),
    "p-public01": Person("p-public01", "Ольга Примерова", "Вера", Gender.FEMALE, public=True),
}


def simple_inflect(name: str, case: str, gender: str | None) -> str:
    """A stand-in inflection for layout tests: the genitive of a few invented pseudonyms."""
    table = {("Иван", "gent"): "Ивана", ("Пётр", "gent"): "Петра", ("Мария", "gent"): "Марии"}
    return table.get((name, case), name)


def make_testimony(tid: str = "t-sample01", language: str = "ru", **changes: Any) -> Testimony:
    fields: dict[str, Any] = {
        "id": tid,
        "title": "Мать о задержании сына",
        "transcript": "Текст.",
        "interview": Interview(language=language, date="2026-03-14"),
        "consent": Consent(publish_summary=True, publish_quotes=True),
        "source": "p-mother01",
        "relation": Relation.MOTHER,
        "subjects": ("p-son00001",),
    }
    fields.update(changes)
    return Testimony(**fields)


def item(t: Testimony | None = None, **changes: Any) -> document.RedactedTestimony:
    fields: dict[str, Any] = {
        "testimony": t or make_testimony(),
        "title": "Мать о задержании сына",
        "summary": "Сына удерживали в подвале. Номер: [телефон].",
        "quotes": ("Он позвонил мне с чужого телефона.",),
        "transcript": "Меня зовут Мария.\nСын служил в [в/ч].",
        "counts": {"person": 2, "phone": 1},
    }
    fields.update(changes)
    return document.RedactedTestimony(**fields)


def build(
    *items: document.RedactedTestimony, with_transcript: bool = False, precision: str = "month"
) -> dict[str, Any]:
    options = document.Options("2026-05-10", "default-1", with_transcript, precision)
    return document.build(items or (item(),), PEOPLE, options, simple_inflect)
