"""The leak gate, attacked: identifiers planted in every field and through every decision.

Each planted identifier must be redacted by review or refused by the gate (exit 3,
nothing written, a message naming testimony, kind and position but never the
string): never exported. To prove the gate stands on its own, some tests switch
the redaction step off entirely and check that the gate alone refuses.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from intake import models, people, review, testimonies
from intake.errors import EXIT_LEAK
from intake.models import Consent, Gender, Interview, Quote
from intake.review.items import Redacted
from intake.store import people as people_store
from tests.cli.export_world import leaked, open_vault
from tests.conftest import Result, run_intake

Cli = Callable[..., Result]
CLEAN = "Ничего особенного здесь нет."


def _plant(vault_path: Path, field: str, text: str, language: str = "ru") -> str:
    """A testimony whose only identifier is ``text`` in ``field``; returns its id."""
    with open_vault(vault_path) as vault:
        people.register(
            vault, "Евгений Выдумкин", aliases=("Женя",), gender=Gender.MALE, pseudonym="Иван"
        )
        people.register(vault, "Ольга Примерова", gender=Gender.FEMALE, public=True)
        transcript = f"{CLEAN} {text}" if field == "quote" else CLEAN
        draft = models.Testimony(
            id="",
            title=text if field == "title" else "Свидетельство",
            transcript=transcript,
            summary=text if field == "summary" else CLEAN,
            interview=Interview(language=language, date="2026-03-14"),
            consent=Consent(publish_summary=True, publish_quotes=True),
            quotes=(Quote(len(CLEAN) + 1, len(transcript)),) if field == "quote" else (),
        )
        return testimonies.create(vault, draft).id


def _approve(cli: Cli, tid: str) -> None:
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0


def _no_redaction(rev: review.Review, _redactor: object) -> Redacted:
    """A redaction step that failed completely: every field as it was written."""
    return Redacted(dict(rev.texts), ())


def assert_refused(result: Result, out: Path, tid: str | None, kind: str, where: str) -> None:
    assert result.code == EXIT_LEAK, result.stderr
    assert "leak gate" in result.stderr
    if tid:
        assert f"testimony {tid}" in result.stderr
    assert f"a {kind} in" in result.stderr and where in result.stderr
    assert "at character" in result.stderr
    assert leaked(result.stderr) == [], "the refusal must never quote what leaked"
    assert list(out.parent.glob(out.name + "*")) == [], "nothing may be written"


@dataclass(frozen=True)
class Plant:
    field: str  # where the identifier is planted
    text: str
    language: str
    kind: str  # what the gate reports
    where: str  # where the gate says it is


PLANTED = [
    pytest.param(plant, id=name)
    for name, plant in {
        "summary": Plant("summary", "Сын Евгений Выдумкин пропал.", "ru", "person", "summary"),
        "quote": Plant("quote", "Женя позвонил мне ночью.", "ru", "person", "quotes[0]"),
        "title": Plant("title", "О Евгении Выдумкине", "ru", "person", "title"),
        "latin": Plant("summary", "Her son Evgeny Vydumkin vanished.", "en", "person", "summary"),
        "latin-2": Plant(
            "summary", "Her son Yevgeniy Vydumkin vanished.", "en", "person", "summary"
        ),
        "phone": Plant("summary", "Звонил с 8-900-000-00-01 ночью.", "ru", "phone", "summary"),
        "phone-2": Plant("summary", "Звонил с +7 (900) 000 00 01 ночью.", "ru", "phone", "summary"),
        "zero-width-space": Plant(
            "summary", "Сын Евг\u200bений Выдумкин пропал.", "ru", "person", "summary"
        ),
        "zero-width-joiner": Plant(
            "summary", "Сын Евгений Выд\u200dумкин пропал.", "ru", "person", "summary"
        ),
        "latin-look-alikes": Plant(
            "summary", "Сын Eвгeний Выдумкин пропал.", "ru", "person", "summary"
        ),
    }.items()
]


@pytest.mark.parametrize("plant", PLANTED)
def test_a_planted_identifier_is_redacted_by_review_and_never_exported(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path, plant: Plant
) -> None:
    tid = _plant(made_vault[0], plant.field, plant.text, plant.language)
    _approve(cli, tid)
    out = tmp_path / "publication.md"
    result = cli("export", "--with-transcript", "--out", str(out))
    assert result.code == 0, result.stderr
    published = out.read_text(encoding="utf-8").replace("\\", "")
    assert leaked(published) == [] and "Выд" not in published and "Vyd" not in published


@pytest.mark.parametrize("plant", PLANTED)
def test_with_redaction_switched_off_the_gate_alone_refuses_the_export(
    cli: Cli,
    made_vault: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    plant: Plant,
) -> None:
    tid = _plant(made_vault[0], plant.field, plant.text, plant.language)
    _approve(cli, tid)
    monkeypatch.setattr("intake.export.publish.review.redacted", _no_redaction)
    for fmt in ("md", "json", "html", "docx"):
        out = tmp_path / f"publication.{fmt}"
        result = cli("export", "--format", fmt, "--out", str(out))
        assert_refused(result, out, tid, plant.kind, plant.where)


@pytest.mark.parametrize(
    ("decision", "kind"),
    [
        (("--keep", "{person}"), "person"),
        (("--replace", "{person}", "Евгений"), "person"),
        (("--replace", "{person}", "Zhenya"), "person"),
        (("--keep", "{phone}"), "phone"),
    ],
)
def test_a_decision_that_keeps_an_identifier_is_refused(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path, decision: tuple[str, ...], kind: str
) -> None:
    tid = _plant(made_vault[0], "summary", "Женя звонил с +7 900 000-00-01.")
    numbers = {
        f["kind"]: str(f["number"])
        for f in json.loads(cli("review", tid, "--json").stdout)["findings"]
    }
    args = [a.format(**numbers) for a in decision]
    assert cli("review", tid, *args).code == 0
    _approve(cli, tid)
    out = tmp_path / "publication.md"
    assert_refused(cli("export", "--out", str(out)), out, tid, kind, "summary")
    assert json.loads(cli("exports", "--json").stdout) == []


def test_a_pseudonym_equal_to_a_real_name_is_refused(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    tid = _plant(made_vault[0], "summary", "Женя пропал.")
    with open_vault(made_vault[0]) as vault:
        people.register(vault, "Сергей Небывалов", gender=Gender.MALE, pseudonym="Матвей")
        son = next(p for p in people_store.all_people(vault.connection) if p.pseudonym == "Иван")
        with vault.transaction() as conn:  # what a damaged or old vault could hold
            people_store.update(conn, type(son)(**{**son.__dict__, "pseudonym": "Сергей"}))
    _approve(cli, tid)
    out = tmp_path / "publication.md"
    assert_refused(cli("export", "--out", str(out)), out, tid, "person", "summary")


def test_public_people_pass_the_gate(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    tid = _plant(made_vault[0], "summary", "Мне помогла Ольга Примерова.")
    _approve(cli, tid)
    out = tmp_path / "publication.md"
    assert cli("export", "--out", str(out)).code == 0
    assert "Ольга Примерова" in out.read_text(encoding="utf-8")


def test_a_file_name_that_names_someone_is_refused(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    tid = _plant(made_vault[0], "summary", CLEAN)
    _approve(cli, tid)
    out = tmp_path / "Выдумкин.md"
    assert_refused(cli("export", "--out", str(out)), out, None, "person", "the file name")


def test_a_real_process_exits_3_and_writes_nothing(
    made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    vault_path = made_vault[0]
    tid = _plant(vault_path, "summary", "Женя пропал.")
    with open_vault(vault_path) as vault:
        first = review.load(vault, tid).items[0].number
        review.decide(vault, tid, {first: review.Choice("keep")})
        review.approve(vault, tid)
    out = tmp_path / "publication.docx"
    passphrase = b"correct horse battery staple\n"
    done = run_intake(
        "--vault",
        str(vault_path),
        "--passphrase-file",
        "-",
        "export",
        "--out",
        str(out),
        stdin=passphrase,
    )
    assert done.returncode == EXIT_LEAK
    assert "Traceback" not in done.stderr.decode() and leaked(done.stderr.decode()) == []
    assert not out.exists()
