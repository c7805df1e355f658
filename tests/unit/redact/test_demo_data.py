"""The demo testimonies read as an editor would want them after redaction: every
registered private name, phone, unit, e-mail, handle and plate goes; the public
person, places and ordinary numbers stay; one mention is one pseudonym. Fictional."""

from __future__ import annotations

import pytest

from intake.demo_data import PEOPLE, TESTIMONIES
from intake.redact import Person, Redactor, Registry

PSEUDONYMS = {
    "galina": "Лариса",
    "evgeny": "Олег",
    "sergey": "Матвей",
    "darya": "Anna",
    "artyom": "Иван",
}


def _registry(pseudonyms: dict[str, str]) -> Registry:
    return Registry(
        people=[
            Person(
                name,
                aliases=aliases,
                gender=gender,
                public=public,
                role=role,
                pseudonym=pseudonyms.get(key),
            )
            for key, name, aliases, gender, public, role in PEOPLE
        ]
    )


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(_registry(PSEUDONYMS))


EXPECTED = {
    (0, "transcript"): (
        "Меня зовут Лариса. Мой сын Олег служил в [воинская часть]. "
        "В марте он отказался ехать на фронт, и его вместе с Матвеем "
        "заперли в подвале под Луганском. Олег позвонил мне с чужого телефона "
        "[телефон] и сказал, что их там 234 человека. "
        "Я написала жалобу, мне помогла Ольга Примерова. "
        "Олегу сейчас 24 года. Писать ему можно на [почта] "
        "или в телеграм [аккаунт]."
    ),
    (0, "summary"): (
        "Мать военнослужащего рассказывает, что её сына Олега после отказа "
        "ехать на фронт удерживали в подвале вместе с сослуживцем."
    ),
    (1, "transcript"): (
        "I am Anna. My husband Ivan served in [unit]. "
        "In April he refused to sign a new contract. Ivan's commander had him held "
        "in a basement with about 40 others. He called me once from [phone]. "
        "Olga Primerova from a rights group told me to write everything down. "
        "Anna, they told me, stop asking questions."
    ),
    (1, "summary"): (
        "The wife of a serviceman says her husband Ivan was held in a basement "
        "after refusing to sign a new contract."
    ),
    (2, "transcript"): (
        "Матвей рассказал, что вместе с Олегом провёл в подвале девять дней. "
        "Номер машины, на которой их везли: [номер машины]."
    ),
    (2, "summary"): "Сослуживец подтверждает рассказ о подвале.",
}


@pytest.mark.parametrize(("index", "field"), sorted(EXPECTED))
def test_demo_testimonies_read_right(redactor: Redactor, index: int, field: str) -> None:
    text = str(TESTIMONIES[index][field])
    out = redactor.redact(text).text
    assert out.split("\n\n")[-1] == EXPECTED[(index, field)]


@pytest.mark.parametrize("field", ["title", "place"])
def test_titles_and_places_stay(redactor: Redactor, field: str) -> None:
    for testimony in TESTIMONIES:
        assert redactor.redact(str(testimony[field])).text == testimony[field]


GONE = [
    "Галин",
    "Петровн",
    "Мухин",
    "Евгени",
    "Женя",
    "Дроздов",
    "Сергей",
    "Darya",
    "Dasha",
    "Sokolov",
    "Artyom",
    "99999",
    "88888",
    "000-00-0",
    "@",
    "А123ВС",
    "zhenya",
]
STAYS = [
    "Ольга Примерова",
    "Olga Primerova",
    "под Луганском",
    "234 человека",
    "24 года",
    "about 40 others",
    "девять дней",
]


def test_nothing_registered_survives_with_assigned_pseudonyms() -> None:
    """Pseudonyms drawn from the pool (not given) must not change what goes and stays."""
    redactor = Redactor(_registry({}))
    outputs = " ".join(
        redactor.redact(str(t[f])).text for t in TESTIMONIES for f in ("transcript", "summary")
    )
    assert [g for g in GONE if g in outputs] == []
    assert [s for s in STAYS if s not in outputs] == []
    assert redactor.scan_for_leaks(outputs) == []
