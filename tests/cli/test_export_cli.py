"""Review, quotes, approval and export as an editor meets them on the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest

from intake import testimonies
from intake.models import Consent
from intake.schemas_util import first_error
from tests.cli.export_world import World, built_world, leaked, open_vault, record_an_export
from tests.conftest import Prepared, Result

Cli = Callable[..., Result]


@pytest.fixture
def world(made_vault: tuple[Path, str], prepared: Prepared) -> World:
    return prepared(made_vault[0], built_world)


def approve_with_defaults(cli: Cli, *ids: str) -> None:
    for tid in ids:
        assert cli("review", tid, "--accept-defaults").code == 0
        assert cli("approve", tid).code == 0


def review_json(cli: Cli, tid: str) -> dict[str, Any]:
    result = cli("review", tid, "--json")
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_review_lists_every_finding_undecided_with_the_policy_default(
    cli: Cli, world: World
) -> None:
    shown = review_json(cli, world.ru)
    findings = shown["findings"]
    assert isinstance(findings, list) and shown["complete"] is False
    kinds = {f["kind"] for f in findings}
    assert {"person", "unit", "phone", "public_person"} <= kinds
    assert all(f["decision"] is None for f in findings)
    public = next(f for f in findings if f["kind"] == "public_person")
    assert public["default"] == "keep"
    assert {f["field"] for f in findings} == {"summary", "transcript"}


def test_accept_defaults_decides_everything_and_marks_the_testimony_reviewed(
    cli: Cli, world: World
) -> None:
    result = cli("review", world.ru, "--accept-defaults")
    assert result.code == 0 and "Took the policy's decision for " in result.stderr
    shown = review_json(cli, world.ru)
    assert shown["complete"] is True and shown["status"] == "reviewed"
    becomes = {f["text"]: f["becomes"] for f in shown["findings"]}
    assert becomes["Евгения"] == "Ивана" and becomes["+7 900 000-00-01"] == "[телефон]"


def test_a_testimony_with_undecided_findings_cannot_be_approved(cli: Cli, world: World) -> None:
    result = cli("approve", world.ru)
    assert result.code == 2
    assert "undecided" in result.stderr and "Traceback" not in result.stderr


def test_single_decisions_keep_redact_and_replace_by_number(cli: Cli, world: World) -> None:
    result = cli(
        "review", world.en, "--keep", "3", "--replace", "4", "[a phone number]", "--redact", "1"
    )
    assert result.code == 0, result.stderr
    findings = {f["number"]: f for f in review_json(cli, world.en)["findings"]}
    assert findings[3]["decision"] == "keep"
    assert findings[4]["becomes"] == "[a phone number]"
    assert findings[1]["becomes"] == "Anna"
    assert cli("review", world.en, "--keep", "99").code == 2


def test_a_quote_must_occur_in_the_transcript(cli: Cli, world: World) -> None:
    result = cli("quote", "add", world.ru, "Этих слов там нет")
    assert result.code == 2 and "does not occur" in result.stderr


def test_adding_a_quote_sends_an_approved_testimony_back_to_review(cli: Cli, world: World) -> None:
    approve_with_defaults(cli, world.ru)
    assert cli("quote", "add", world.ru, "Женя позвонил мне с номера +7 900 000-00-01.").code == 0
    shown = review_json(cli, world.ru)
    assert shown["status"] == "draft"
    quote_findings = [f for f in shown["findings"] if f["field"] == "quote:1"]
    assert {f["kind"] for f in quote_findings} == {"person", "phone"}
    assert all(f["decision"] is None for f in quote_findings)


@pytest.mark.parametrize("with_transcript", [False, True])
def test_every_format_is_exported_with_a_manifest_and_no_identifier(
    cli: Cli, world: World, tmp_path: Path, with_transcript: bool
) -> None:
    approve_with_defaults(cli, world.ru, world.en)
    cli("quote", "add", world.en, "He called me once from 8 (900) 000-00-02.")
    approve_with_defaults(cli, world.en)
    for fmt in ("md", "json", "html", "docx"):
        out = tmp_path / f"publication.{fmt}"
        args = ["--with-transcript"] if with_transcript else []
        result = cli("export", "--format", fmt, "--out", str(out), *args)
        assert result.code == 0, f"{fmt}: {result.stderr}"
        assert result.stdout.split() == [str(out), str(out) + ".manifest.json"]
        text = _text_of(out, fmt)
        assert leaked(text) == [], fmt
        assert ("Мария" in text or "Иван" in text) and "Pyotr" in text, fmt
        assert "He called me once from [phone]." in text, fmt
        assert ("[воинская часть]" in text) is with_transcript, fmt
        manifest = json.loads((tmp_path / f"publication.{fmt}.manifest.json").read_text())
        assert first_error(manifest, "export-manifest.schema.json") is None, fmt
        assert manifest["testimonies"] == [world.ru, world.en], fmt
        if fmt == "json":
            assert first_error(json.loads(text), "export.schema.json") is None


def _text_of(path: Path, fmt: str) -> str:
    """The text a reader sees (Markdown escapes removed)."""
    if fmt == "docx":
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    text = path.read_text(encoding="utf-8")
    return text.replace("\\", "") if fmt == "md" else text


def test_the_export_header_names_the_source_by_relation_and_pseudonym(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    approve_with_defaults(cli, world.ru, world.en)
    out = tmp_path / "p.json"
    assert cli("export", "--out", str(out)).code == 0
    doc = json.loads(out.read_text())
    bylines = [t["byline"] for t in doc["testimonies"]]
    assert bylines == [
        "Мария, мать Ивана (имена изменены)",
        "Anna, the wife of Pyotr (names changed)",
    ]
    attributions = [t["attribution"] for t in doc["testimonies"]]
    assert attributions == ["Мария, мать Ивана", "Anna, the wife of Pyotr"]
    dates = [t["interview_date"]["text"] for t in doc["testimonies"]]
    assert dates == ["март 2026 г.", "March 2026"]


def test_testimonies_that_may_not_go_out_are_left_out_with_the_reason(
    cli: Cli, world: World, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    approve_with_defaults(cli, world.en)
    with open_vault(made_vault[0]) as vault:
        testimonies.edit(
            vault, world.en, {"consent": Consent(publish_summary=True, withdrawn_on="2026-04-01")}
        )
    out = tmp_path / "p.md"
    result = cli("export", "--out", str(out), world.ru, world.en)
    assert result.code == 1
    assert f"left out {world.ru}: not approved (status: draft)" in result.stderr
    assert f"left out {world.en}: consent withdrawn" in result.stderr
    assert not out.exists() and list(tmp_path.glob("p.md*")) == []


@pytest.mark.slow
def test_an_edit_after_approval_keeps_the_testimony_out_until_reviewed_again(
    cli: Cli, world: World, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    approve_with_defaults(cli, world.ru, world.en)
    with open_vault(made_vault[0]) as vault:
        testimonies.edit(vault, world.ru, {"summary": "Сына Евгения Выдумкина держали в подвале."})
    result = cli("export", "--out", str(tmp_path / "p.md"))
    assert result.code == 0
    assert f"left out {world.ru}: not approved (status: draft)" in result.stderr
    shown = review_json(cli, world.ru)
    summary = [f for f in shown["findings"] if f["field"] == "summary"]
    assert summary and all(f["decision"] is None for f in summary)  # the old decision is stale


def test_the_export_log_lists_each_export(cli: Cli, world: World, tmp_path: Path) -> None:
    approve_with_defaults(cli, world.ru)
    assert cli("export", "--out", str(tmp_path / "a.html")).code == 0
    assert (
        cli("export", "--format", "md", "--with-transcript", "--out", str(tmp_path / "b.txt")).code
        == 0
    )
    entries = json.loads(cli("exports", "--json").stdout)
    assert [(e["format"], e["with_transcript"]) for e in entries] == [("html", False), ("md", True)]
    assert entries[0]["testimonies"] == [world.ru]
    assert entries[0]["files"][0]["path"].endswith("a.html")
    assert entries[0]["counts"]["person"] >= 1
    table = cli("exports")
    assert table.code == 0 and "html" in table.stdout


def test_nothing_approved_means_nothing_written(cli: Cli, world: World, tmp_path: Path) -> None:
    result = cli("export", "--out", str(tmp_path / "p.md"))
    assert result.code == 1 and "nothing to export" in result.stderr
    assert list(tmp_path.glob("p.md*")) == []


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The demo vault (fictional Russian and English testimonies), every one approved."""
    from intake import keys, review
    from intake.demo import create_demo

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(keys.TEST_PROFILE_ENV, "1")
        demo = create_demo(tmp_path_factory.mktemp("demo"))
        with open_vault_as(demo.path, demo.passphrase) as vault:
            redactor = review.redactor_for(vault)
            for tid in demo.testimony_ids:
                transcript = testimonies.get(vault, tid).transcript
                review.add_quote(vault, tid, transcript.split(". ")[1])
                review.accept_defaults(vault, tid, redactor)
                review.approve(vault, tid, redactor)
    return demo.path, demo.passphrase


def open_vault_as(path: Path, passphrase: str):  # type: ignore[no-untyped-def]
    from intake.store.vault import Vault

    return Vault.open(path, bytearray(passphrase.encode()))


@pytest.mark.parametrize("fmt", ["md", "json", "html", "docx"])
def test_the_demo_vault_exports_in_every_format(
    cli: Cli, demo_vault: tuple[Path, str], tmp_path: Path, fmt: str
) -> None:
    path, passphrase = demo_vault
    out = tmp_path / f"demo.{fmt}"
    result = cli(
        "--passphrase-file",
        "-",
        "export",
        "--with-transcript",
        "--out",
        str(out),
        stdin=passphrase.encode() + b"\n",
        passphrase=False,
        vault=path,
    )
    assert result.code == 0, result.stderr
    assert "left out" in result.stderr  # the demo has a testimony without consent
    text = _text_of(out, fmt)
    for identifier in ("Мухин", "Дроздов", "99999", "000-00-01", "example.org", "@zhenya"):
        assert identifier not in text
    manifest = json.loads(Path(str(out) + ".manifest.json").read_text())
    assert first_error(manifest, "export-manifest.schema.json") is None
    if fmt == "json":
        assert first_error(json.loads(text), "export.schema.json") is None


def test_a_pseudonym_that_became_a_real_name_is_named_in_the_refusal(
    cli: Cli, world: World, tmp_path: Path, made_vault: tuple[Path, str]
) -> None:
    approve_with_defaults(cli, world.ru)
    record_an_export(made_vault[0])  # published before: a pseudonym is never redrawn silently
    added = cli("person", "add", "Иван Прохожий", "--gender", "m")  # the son's pseudonym
    assert added.code == 0 and world.son in added.stderr  # warned at registration
    out = tmp_path / "publication.md"
    refused = cli("export", "--out", str(out), world.ru)
    assert refused.code == 3 and not out.exists()
    assert f"intake person edit {world.son} --new-pseudonym" in refused.stderr
    assert "Прохожий" not in refused.stderr and "Евгени" not in refused.stderr
    assert cli("person", "edit", world.son, "--new-pseudonym").code == 0
    exported = cli("export", "--out", str(out), world.ru)
    assert exported.code == 0, exported.stderr
    assert leaked(out.read_text(encoding="utf-8")) == []


@pytest.mark.slow
def test_review_with_ner_shows_places_and_its_decisions_hold_at_export(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    del world  # the vault and its people; this testimony is new
    text = "Сына держали в Курске. Там же был Аркадий Ёлкин из соседней роты.".encode()
    added = cli("add", "-", "--lang", "ru", "--title", "Мать о сыне", stdin=text)
    tid = added.stdout.splitlines()[-1]
    assert cli("edit", tid, "--consent-summary", "--consent-quotes").code == 0
    plain = {f["kind"] for f in review_json(cli, tid)["findings"]}
    assert "place" not in plain
    with_ner = cli("review", tid, "--ner", "--json")
    findings = json.loads(with_ner.stdout)["findings"]
    place = next(f for f in findings if f["kind"] == "place")
    assert place["text"] == "Курске" and place["default"] == "keep"
    assert cli("review", tid, "--ner", "--accept-defaults").code == 0
    assert any(
        f["kind"] == "place" and f["decision"] == "keep" for f in review_json(cli, tid)["findings"]
    )
    assert cli("approve", tid).code == 0
    out = tmp_path / "publication.md"
    result = cli("export", "--with-transcript", "--out", str(out), tid)
    assert result.code == 0, result.stderr
    published = out.read_text(encoding="utf-8")
    assert "Курске" in published and "Ёлкин" not in published


@pytest.mark.slow  # twelve demo vaults
def test_no_demo_vault_has_a_pseudonym_that_is_another_persons_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Pseudonyms are drawn at random, so several demo vaults are made: the first export a
    new user tries must never be refused for a clash the demo made itself."""
    from intake import keys, people
    from intake.demo import create_demo

    monkeypatch.setenv(keys.TEST_PROFILE_ENV, "1")
    for _ in range(12):
        demo = create_demo(tmp_path)
        with open_vault_as(demo.path, demo.passphrase) as vault:
            assert people.pseudonym_clashes(vault.connection) == []
