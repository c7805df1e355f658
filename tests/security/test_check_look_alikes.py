"""What the publication check takes as ordinary text, attacked with look-alikes.

The check lets brands, English words, names of things in quotes, known towns and
organisations, ratings, sums and short dates through. In each of those places a
person's name, a call sign or an identifier can stand instead; this file plants one
such look-alike per relaxation, which the engine alone leaves, and shows the whole
workflow (review --accept-defaults, approve, export) keeps it out of the publication.
A testimony of ordinary words of the same classes is published as written, with no
question asked. Every name and number here is invented.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from intake import models, testimonies
from intake.models import Consent, Interview
from tests.cli.export_world import open_vault
from tests.conftest import Result

Cli = Callable[..., Result]

# (the look-alike, a sentence that plants it where an ordinary word of a class would stand)
LOOK_ALIKES = [
    ("IvanPetrov", "Потом IvanPetrov пропал без вести."),  # camel case, like "MySQL"
    ("SErgey", "Потом SErgey пропал без вести."),  # two capitals, like "NEWSru"
    ("Rose", "Потом Rose пропала без вести."),  # an English word, and a first name
    ("Paha", "Потом Paha пропал без вести."),  # an English word, and a Russian short form
    ("Гром", "Командир взвода «Гром» пропал без вести."),  # like газета «Труд»
    ("2637", "Рейтинг у всех высокий, а его перевели в 2637."),  # like a rating
    ("54321", "Денег нет. Перевели 54321 и всё."),  # like a sum of money
    ("12.09", "Паспорт серия 12.09 пропал."),  # like a day and month
    ("Hollingsworth", "Директор компании Hollingsworth пропал без вести."),  # компании Vestas
    ("Хертек", "Командир корабля «Хертек» пропал без вести."),  # like шаттл «Дискавери»
    ("Тусоном", "Деньги передали с Тусоном, больше не видели."),  # like в Тусоне
    ("Baker", "Then the Sergeant Baker Team went missing."),  # like the Western Military
]
ORDINARY = (
    "Как пишет газета «Труд», он писал мне в «Одноклассниках» и в WhatsApp, "
    "а деньги я переводила через Сбербанк, скинула 7000. Потом его видели в Курске. "
    "Microsoft и Google тут ни при чём, как и Red Cross. Рабочие компании Vestas ездили "
    "в Тусоне смотреть старт: шаттл «Дискавери» сел. Дорога Москва — Ростов закрыта, пишет "
    "the Western Military District."
)
ORDINARY_WORDS = [
    "«Труд»",
    "«Одноклассниках»",
    "Сбербанк",
    "7000",
    "Microsoft",
    "Red Cross",
    "Vestas",
    "Тусоне",
    "«Дискавери»",
    "Москва — Ростов",
    "Western Military",
]


def _testimony(vault_path: Path, text: str) -> str:
    with open_vault(vault_path) as vault:
        draft = models.Testimony(
            id="",
            title="Свидетельство",
            transcript=text,
            summary=text,
            interview=Interview(language="ru", date="2026-03-14"),
            consent=Consent(publish_summary=True, publish_quotes=True),
        )
        return testimonies.create(vault, draft).id


def _publish(cli: Cli, tid: str, out: Path) -> str:
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0
    result = cli("export", "--with-transcript", "--out", str(out))
    assert result.code == 0, result.stderr
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("form", "text"), LOOK_ALIKES, ids=[f for f, _t in LOOK_ALIKES])
def test_each_look_alike_is_one_the_redactor_leaves(form: str, text: str) -> None:
    """The premise: without the check, each form would be published."""
    from intake.redact import Redactor, Registry

    assert form in Redactor(Registry(people=[])).redact(text).text


@pytest.mark.parametrize(("form", "text"), LOOK_ALIKES, ids=[f for f, _t in LOOK_ALIKES])
def test_a_look_alike_of_an_ordinary_word_is_listed_and_kept_out_of_the_export(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path, form: str, text: str
) -> None:
    tid = _testimony(made_vault[0], text)
    result = cli("review", tid, "--json")
    listed = [f for f in json.loads(result.stdout)["findings"] if f["text"] == form]
    assert [(str(f["kind"])[:6], f["default"]) for f in listed] == [("check:", "redact")] * 2
    assert form not in _publish(cli, tid, tmp_path / "publication.md")


def test_ordinary_words_of_the_same_classes_are_published_as_written(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    tid = _testimony(made_vault[0], ORDINARY)
    result = cli("review", tid, "--json")
    kinds = {str(f["kind"]) for f in json.loads(result.stdout)["findings"]}
    assert [k for k in kinds if k.startswith("check:")] == []
    published = _publish(cli, tid, tmp_path / "publication.md")
    assert [w for w in ORDINARY_WORDS if w not in published] == []
