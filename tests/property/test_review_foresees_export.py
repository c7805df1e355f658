"""Review lists everything the export would refuse: taking review's defaults, approving and
exporting never ends in a refusal review did not show.

Texts are drawn at random (fixed seeds) from hand-written sentences in which forms the
engine does not know are planted: possessives that open a sentence (the engine rebuilds
them as noun and pseudonym, so a common noun takes a capital: "Алёшиной жене" becomes
"Жене ..."), a name after a possessive ("Машин Серёжа"), near-misses of registered names,
terms in new forms. All people, places and numbers are invented.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from intake import models, people, review, terms, testimonies
from intake.export import publish
from intake.export.selection import plan
from intake.models import Consent, Gender, Interview
from intake.review.items import becomes
from intake.store.vault import Vault

PEOPLE = (  # (name, gender, pseudonym): pseudonyms fixed, so every run reads the same
    ("Евгений Котов", Gender.MALE, "Пётр"),
    ("Алексей Зуев", Gender.MALE, "Глеб"),
    ("Елена Кравченко", Gender.FEMALE, "Вера"),
    ("Аяс Хертек", Gender.MALE, "Тимур"),
    ("Мария Сидоренко", Gender.FEMALE, "Нина"),
)
TERMS = ("Верхние Кутаны", "кафе «Солнышко»", "Заречное")
SENTENCES = (
    "Алёшиной жене сказали, что его нет.",
    "Женькиной сестре тоже звонили.",
    "Машкиного сына забрали ночью.",
    "Лёшкиному командиру сообщили.",
    "Машин Серёжа пропал в марте.",
    "Жене Алексея сказали ждать.",
    "Ленкин муж служил в отряде.",
    "Серёгина машина сгорела.",
    "Котовы уехали в Верхние Кутаны.",
    "Мы жили в Заречном у Маши.",
    "Хозяйка кафе «Солнышко» всё видела.",
    "Про Хертека ничего не известно.",
    "Кравчинко приходила дважды.",
    "Её звали Ленуська.",
    "Лена, ответь!",
    "лена сказала что мишка уехал",
    "Командир Зуев приказал ждать.",
    "Женины вещи отдали матери.",
    "Верхнекутанские ребята помогли.",
    "Евгению Котову передали посылку.",
    "Аясу сказали ждать звонка.",
    "Сидоренко Е.А. подписала бумагу.",
    "Позывной «Гром» был у Аяса.",
    "Про «Солнышко» писали в газете.",
)
SEEDS = range(len(SENTENCES))  # each sentence opens one text


def _world(vault: Vault) -> None:
    for name, gender, pseudonym in PEOPLE:
        people.register(vault, name, gender=gender, pseudonym=pseudonym)
    for term in TERMS:
        terms.add(vault, term)


def _text(seed: int) -> str:
    others = [s for s in SENTENCES if s != SENTENCES[seed]]
    return " ".join([SENTENCES[seed], *random.Random(seed).sample(others, 3)])


def _testimony(vault: Vault, text: str) -> str:
    draft = models.Testimony(
        id="",
        title="Свидетельство",
        transcript=text,
        summary="",
        interview=Interview(language="ru"),
        consent=Consent(publish_summary=True, publish_quotes=True),
    )
    return testimonies.create(vault, draft).id


@pytest.mark.parametrize("seed", SEEDS)
def test_taking_reviews_defaults_never_ends_in_a_refusal_review_did_not_show(
    vault: Vault, tmp_path: Path, seed: int
) -> None:
    _world(vault)
    testimony = _testimony(vault, _text(seed))
    review.accept_defaults(vault, testimony)
    review.approve(vault, testimony)
    ready = publish.prepare(
        vault, plan(vault, [testimony]), tmp_path / "out.md", "md", with_transcript=True
    )
    assert [leak.describe() for leak in ready.leaks] == []


def test_a_possessive_rebuilt_at_a_sentence_start_is_listed_with_the_word_it_moves(
    vault: Vault,
) -> None:
    _world(vault)
    testimony = _testimony(vault, "Алёшиной жене сказали, что его нет.")
    listed = review.load(vault, testimony)
    asked = [(i.finding.kind, listed.original(i)) for i in listed.items]
    assert asked == [("person", "Алёшиной жене"), ("check:near-name", "жене")]
    redactor = review.redactor_for(vault)
    assert [becomes(listed, redactor, i) for i in listed.items] == ["[имя]", "[имя]"]


def test_keeping_the_moved_word_publishes_the_rebuilt_possessive(
    vault: Vault, tmp_path: Path
) -> None:
    _world(vault)
    testimony = _testimony(vault, "Алёшиной жене сказали, что его нет.")
    review.decide(vault, testimony, {2: review.Choice("keep")})
    review.accept_defaults(vault, testimony)
    review.approve(vault, testimony)
    ready = publish.prepare(
        vault, plan(vault, [testimony]), tmp_path / "out.md", "md", with_transcript=True
    )
    assert ready.leaks == ()
    assert ready.document["testimonies"][0]["transcript"] == "Жене Глеба сказали, что его нет."


def test_redacting_the_moved_word_tags_the_whole_possessive(vault: Vault) -> None:
    _world(vault)
    testimony = _testimony(vault, "Алёшиной жене сказали, что его нет.")
    decided, _ = review.accept_defaults(vault, testimony)
    fields = review.redacted(decided, review.redactor_for(vault)).fields
    assert fields["transcript"] == "[имя] сказали, что его нет."


def test_with_the_ner_model_the_defaults_never_end_in_a_refusal_either(
    vault: Vault, tmp_path: Path
) -> None:
    """As `review --accept-defaults --ner` takes them: the model's findings too, then the
    findings read without it, which approval and export read."""
    _world(vault)
    testimony = _testimony(vault, " ".join(SENTENCES[:8]))
    review.accept_defaults(vault, testimony, review.redactor_for(vault, ner=True))
    review.approve(vault, testimony)
    ready = publish.prepare(
        vault, plan(vault, [testimony]), tmp_path / "out.md", "md", with_transcript=True
    )
    assert [leak.describe() for leak in ready.leaks] == []
