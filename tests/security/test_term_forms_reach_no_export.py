"""A registered sensitive term (a home village) reaches no export in a form the redactor
does not know: a misspelling of it or of an adjective made from it.

The engine redacts the term's case forms; the publication check asks about the rest
(kind ``check:near-term``), review's defaults redact them, and an export that did not
decide them is refused. The places and people are invented."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from intake import models, people, terms, testimonies
from intake.errors import EXIT_LEAK
from intake.models import Consent, Gender, Interview
from tests.cli.export_world import open_vault
from tests.conftest import Result

Cli = Callable[..., Result]

TERMS = ["Ташлык", "Гунибкент"]
# Forms the engine's table of term forms does not hold (the premise test shows it).
PLANTED = ["ташликские", "Ташлик", "Ташликской", "гунипкентского"]
TEXT = (
    "Все ташликские ребята ушли. В справке записали «Ташлик». "
    "Директор Ташликской школы уехал. Из гунипкентского отдела не звонили."
)


@pytest.mark.parametrize("form", PLANTED)
def test_each_planted_form_is_one_the_redactor_leaves(form: str) -> None:
    from intake.redact import Redactor, Registry

    registry = Registry.from_json({"people": [], "terms": [{"text": t} for t in TERMS]})
    assert form in Redactor(registry).redact(TEXT).text


def _vault_with(vault_path: Path, text: str) -> str:
    with open_vault(vault_path) as vault:
        people.register(vault, "Коля Выдумкин", gender=Gender.MALE, pseudonym="Олег")
        for term in TERMS:
            terms.add(vault, term)
        draft = models.Testimony(
            id="",
            title="Свидетельство",
            transcript=text,
            summary=text,
            interview=Interview(language="ru", date="2026-03-14"),
            consent=Consent(publish_summary=True, publish_quotes=True),
        )
        return testimonies.create(vault, draft).id


def test_review_defaults_redact_every_planted_form(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    tid = _vault_with(made_vault[0], TEXT)
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0
    out = tmp_path / "publication.md"
    assert cli("export", "--with-transcript", "--out", str(out)).code == 0
    published = out.read_text(encoding="utf-8")
    assert [form for form in PLANTED if form in published] == []


def test_with_the_review_side_switched_off_the_export_refuses_them(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("intake.review.items.checked", lambda *_args: [])
    monkeypatch.setattr("intake.review.items.foresee", lambda *_args: [])  # its foresight too
    tid = _vault_with(made_vault[0], TEXT)
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0
    out = tmp_path / "publication.md"
    result = cli("export", "--with-transcript", "--out", str(out))
    assert result.code == EXIT_LEAK, result.stderr
    assert result.stderr.count("check:near-term") >= len(PLANTED)
    assert [form for form in PLANTED if form in result.stderr] == []
    assert list(out.parent.glob(out.name + "*")) == []


MULTI_WORD_TERMS = ["Верхние Кутаны", "кафе «Солнышко»", "ЧВК Гроза", "Заречное"]
MULTI_WORD_TEXT = (
    "Мы жили в Верхних Кутанах, его забрали из Верхних Кутан. Верхнекутанские ребята "
    'помогли. Он сидел в кафе "Солнышко", потом служил в ЧВК «Гроза». Бойцы «Грозы» '
    "приходили ночью. Заречные соседи молчали, заречненская школа закрыта."
)
MULTI_WORD_STEMS = ["кутан", "солнышк", "гроз", "заречн"]  # hand-written


def test_terms_of_several_words_reach_no_export_in_any_form(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    with open_vault(made_vault[0]) as vault:
        for term in MULTI_WORD_TERMS:
            terms.add(vault, term)
        draft = models.Testimony(
            id="",
            title="Свидетельство",
            transcript=MULTI_WORD_TEXT,
            interview=Interview(language="ru", date="2026-03-14"),
            consent=Consent(publish_summary=True, publish_quotes=True),
        )
        tid = testimonies.create(vault, draft).id
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0
    out = tmp_path / "publication.md"
    assert cli("export", "--with-transcript", "--out", str(out)).code == 0
    published = out.read_text(encoding="utf-8").lower()
    assert [stem for stem in MULTI_WORD_STEMS if stem in published] == []
