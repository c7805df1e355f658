"""Registered names inside words joined from capitalised words, as hashtags, handles and
page names are written ("#свободуЗуеву", "#SaveElenaSmirnova", "ivanOrlov"), and a
surname before initials. Names are invented; expected survivors are hand-written."""

from __future__ import annotations

import pytest

from intake import models, people, review, testimonies
from intake.models import Consent, Gender, Interview
from intake.redact import Person, Redactor, Registry
from intake.redact.normalize import skeleton
from intake.store.vault import Vault

REGISTRY = Registry(
    [
        Person("Сергей Выдумкин", gender="m", pseudonym="Олег"),
        Person("Иван Небывалов", gender="m", pseudonym="Пётр"),
        Person("Elena Pridumova", gender="f", pseudonym="Anna"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("Писали под тегом #свободуВыдумкину.", "выдумкин"),
        ("Писали под тегом #ВыдумкинСвободу.", "выдумкин"),
        ("Тег #НебываловуСвободу набрал сотню постов.", "небывалов"),
        ("Tagged #FreeVydumkin and #SavePridumova.", "vydumkin"),
        ("Tagged #SaveElenaPridumova.", "pridumov"),
        ("Его страница: ivanNebyvalov.", "nebyvalov"),
        ("Канал СергейВыдумкинОфициально удалили.", "выдумкин"),
        ("Тег #свободувыдумкину набрал сотню постов.", "выдумкин"),  # glued in lower case
        ("Tagged #pridumovaforever.", "pridumov"),
    ],
)
def test_a_name_joined_to_other_words_by_a_capital_is_redacted(
    redactor: Redactor, text: str, stem: str
) -> None:
    assert stem not in skeleton(redactor.redact(text).text)


@pytest.mark.parametrize(
    "text",
    [
        "Купил iPhone в McDonalds.",
        "Сайт ВКонтакте и YouTube.",
        "Пишет в WhatsApp.",
        "Теги #деньпобеды и #москвадлявсех.",
    ],
)
def test_joined_words_that_hold_no_registered_name_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_a_surname_before_initials_is_no_possessive_rebuilt_over_an_initial(
    redactor: Redactor,
) -> None:
    """ "Иванов" is also Иван's possessive; an initial after it is no noun it agrees with."""
    out = redactor.redact("Иванов И.И. подписал протокол.").text
    assert "Иванов" not in out and "Петра" not in out


@pytest.mark.parametrize("tag", ["#свободуВыдумкину", "#свободувыдумкину"])
def test_the_vaults_word_index_finds_a_name_inside_a_joined_word(vault: Vault, tag: str) -> None:
    people.register(vault, "Сергей Выдумкин", gender=Gender.MALE, pseudonym="Олег")
    draft = models.Testimony(
        id="",
        title="Свидетельство",
        transcript=f"Писали под тегом {tag}.",
        interview=Interview(language="ru"),
        consent=Consent(publish_summary=True, publish_quotes=True),
    )
    testimony = testimonies.create(vault, draft).id
    listed = review.load(vault, testimony)
    assert [(i.finding.kind, listed.original(i).lower()) for i in listed.items] == [
        ("person", "выдумкину")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tagged #SaveElenaPridumova.", "Tagged #SaveAnna."),
        ("Пост #СвободуСергеюВыдумкину.", "Пост #СвободуОлегу."),
    ],
)
def test_a_first_name_and_surname_joined_in_one_word_become_one_pseudonym(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected
