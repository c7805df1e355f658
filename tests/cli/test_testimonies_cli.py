"""The testimony commands as a researcher uses them: add in every format, list, show, edit,
search with inflected forms, delete; broken input is refused with nothing written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docx
import pytest

from intake.schemas_util import first_error
from tests.conftest import PASSPHRASE, run_intake

RU = (
    "Говорит мать. Моего сына Артёма Тестового-Горшенина увезли ночью. "
    "Потом его жена написала мне в телеграме, что его держат в подвале."
)
EN = "The mother speaks. Her son was detained at the border and calls nobody."

pytestmark = pytest.mark.usefixtures("made_vault")


def add(cli: Any, path: Path | str, *args: str, stdin: bytes = b"") -> str:
    result = cli("add", str(path), *args, stdin=stdin)
    assert result.code == 0, result.stderr
    return str(result.stdout.strip().splitlines()[-1])


def shown(cli: Any, testimony_id: str) -> dict[str, Any]:
    result = cli("show", testimony_id, "--json")
    assert result.code == 0, result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    assert first_error(document, "testimony.schema.json") is None
    return document


def listed(cli: Any) -> list[dict[str, Any]]:
    result = cli("list", "--json")
    assert result.code == 0, result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def test_add_prints_the_new_id_alone_on_the_last_line(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "mother.txt").write_text(RU, encoding="utf-8")
    result = cli("add", str(tmp_path / "mother.txt"))
    assert result.code == 0
    last = result.stdout.splitlines()[-1]
    assert last.startswith("t-") and last == last.strip() and " " not in last
    document = shown(cli, last)
    assert document["transcript"] == RU
    assert document["interview"]["language"] == "ru"
    assert document["status"] == "draft"


def test_each_format_is_imported(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"# Border crossing\n\n{EN}\n", encoding="utf-8")
    word = docx.Document()
    word.add_paragraph(RU)
    word.save(str(tmp_path / "b.docx"))
    (tmp_path / "c.json").write_text(
        json.dumps(
            {
                "title": "Из JSON",
                "transcript": RU,
                "interview": {"language": "ru"},
                "consent": {"publish_quotes": True},
            }
        ),
        encoding="utf-8",
    )
    ids = [add(cli, tmp_path / name, "--allow-duplicate") for name in ("a.md", "b.docx", "c.json")]
    titles = [shown(cli, tid)["title"] for tid in ids]
    assert titles == ["Border crossing", "b", "Из JSON"]
    assert shown(cli, ids[0])["interview"]["language"] == "en"
    assert shown(cli, ids[2])["consent"]["publish_quotes"] is True


def test_standard_input_follows_the_passphrase_line(cli: Any) -> None:
    tid = add(cli, "-", "--title", "Звонок", "--lang", "ru", stdin=EN.encode())
    document = shown(cli, tid)
    assert document["transcript"] == EN
    assert document["title"] == "Звонок"
    assert document["interview"]["language"] == "ru"


def test_a_shown_document_imports_again_as_a_new_draft(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(RU, encoding="utf-8")
    first = add(cli, tmp_path / "a.txt")
    document = shown(cli, first)
    second = add(
        cli, "-", "--format", "json", "--allow-duplicate", stdin=json.dumps(document).encode()
    )
    again = shown(cli, second)
    assert second != first
    assert again["transcript"] == document["transcript"]
    assert again["title"] == document["title"]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("bad.txt", "Зюзюкино".encode("cp1251"), "not valid UTF-8"),
        ("empty.txt", b"", "is empty"),
        ("bad.json", '{"title": "Зюзюкино"}'.encode(), "does not follow testimony.schema.json"),
        ("bad.docx", "Зюзюкино".encode(), "not a readable .docx"),
    ],
)
def test_broken_input_is_refused_and_nothing_is_written(
    cli: Any, tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    (tmp_path / name).write_bytes(data)
    result = cli("add", str(tmp_path / name))
    assert result.code == 2
    assert expected in result.stderr
    assert "Зюзюкино" not in result.stderr
    assert "Traceback" not in result.stderr
    assert listed(cli) == []


def test_a_file_over_10_mb_is_refused(cli: Any, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(10 * 1024 * 1024 + 1)
    result = cli("add", str(big))
    assert result.code == 2 and "larger than 10 MB" in result.stderr
    assert listed(cli) == []


def test_list_shows_every_testimony(cli: Any) -> None:
    first = add(cli, "-", "--title", "Первое", stdin=RU.encode())
    second = add(cli, "-", "--title", "Second", stdin=EN.encode())
    assert [row["id"] for row in listed(cli)] == [first, second]
    table = cli("list").stdout
    assert "Первое" in table and "Second" in table and "STATUS" in table


def test_show_renders_a_readable_page(cli: Any) -> None:
    tid = add(cli, "-", stdin=RU.encode())
    page = cli("show", tid).stdout
    assert f"id:        {tid}" in page and "Transcript" in page and RU in page
    assert "nothing may be published" in page


def test_editing_the_summary_of_a_reviewed_testimony_returns_it_to_draft(cli: Any) -> None:
    tid = add(cli, "-", stdin=RU.encode())
    assert cli("edit", tid, "--status", "reviewed").code == 0
    assert shown(cli, tid)["status"] == "reviewed"
    result = cli("edit", tid, "--summary-file", "-", stdin="Сводка: сына увезли.".encode())
    assert result.code == 0, result.stderr
    document = shown(cli, tid)
    assert document["summary"] == "Сводка: сына увезли."
    assert document["status"] == "draft"
    assert "returned to draft after a content edit" in [h["note"] for h in document["history"]]


def test_the_history_names_fields_but_never_keeps_old_text(cli: Any, tmp_path: Path) -> None:
    tid = add(cli, "-", "--title", "Старое название", stdin=RU.encode())
    (tmp_path / "new.txt").write_text(EN, encoding="utf-8")
    assert (
        cli("edit", tid, "--title", "Новое", "--transcript-file", str(tmp_path / "new.txt")).code
        == 0
    )
    history = shown(cli, tid)["history"]
    assert {"title", "transcript"} <= {h["field"] for h in history}
    assert "Старое" not in json.dumps(history, ensure_ascii=False)
    assert "Говорит" not in json.dumps(history, ensure_ascii=False)


def test_edit_sets_interview_consent_and_tags(cli: Any) -> None:
    tid = add(cli, "-", stdin=RU.encode())
    result = cli(
        "edit",
        tid,
        "--interview-date",
        "2024-03",
        "--place",
        "Пермский край",
        "--mode",
        "messenger",
        "--interviewer",
        "r1",
        "--consent-summary",
        "--consent-quotes",
        "--anonymity-wishes",
        "без города",
        "--tag",
        "отказ",
        "--tag",
        "подвал",
        "--untag",
        "подвал",
        "--relation",
        "mother",
    )
    assert result.code == 0, result.stderr
    document = shown(cli, tid)
    assert document["interview"] == {
        "language": "ru",
        "date": "2024-03",
        "place": "Пермский край",
        "mode": "messenger",
        "interviewer": "r1",
    }
    assert document["consent"]["publish_summary"] and document["consent"]["publish_quotes"]
    assert document["tags"] == ["отказ"]
    assert document["source"]["relation"] == "mother"


def test_withdrawing_consent_is_recorded_with_its_date(cli: Any) -> None:
    tid = add(cli, "-", stdin=RU.encode())
    cli("edit", tid, "--consent-summary")
    assert cli("edit", tid, "--withdraw-consent").code == 0
    assert shown(cli, tid)["consent"]["withdrawn_on"] is not None
    assert "WITHDRAWN" in cli("show", tid).stdout


@pytest.mark.parametrize(
    "args", [["--status", "approved"], ["--interview-date", "March"], ["--mode", "carrier-pigeon"]]
)
def test_edit_refuses_values_outside_the_model(cli: Any, args: list[str]) -> None:
    tid = add(cli, "-", stdin=RU.encode())
    result = cli("edit", tid, *args)
    assert result.code == 2
    assert shown(cli, tid)["status"] == "draft"


@pytest.mark.parametrize(
    "query", ["Артём", "артем", "Артёмом", "телеграм", "подвал", "ТЕЛЕГРАМЕ", "мать сын"]
)
def test_search_finds_inflected_russian_forms(cli: Any, query: str) -> None:
    tid = add(cli, "-", stdin=RU.encode())
    add(cli, "-", stdin=EN.encode())
    result = cli("search", *query.split(), "--json")
    assert result.code == 0, result.stderr
    hits = json.loads(result.stdout)
    assert [hit["id"] for hit in hits] == [tid]
    assert "[" in hits[0]["snippet"]


def test_search_ranks_a_title_match_first_and_snippets_the_original(cli: Any) -> None:
    in_text = add(cli, "-", "--title", "Звонок", stdin=RU.encode())
    in_title = add(cli, "-", "--title", "Подвал", stdin="Короткий текст без деталей.".encode())
    hits = json.loads(cli("search", "подвалы", "--json").stdout)
    assert [hit["id"] for hit in hits] == [in_title, in_text]
    assert hits[1]["snippet"].count("[подвале]") == 1


def test_search_in_english_uses_stems(cli: Any) -> None:
    tid = add(cli, "-", stdin=EN.encode())
    result = cli("search", "detain")
    assert result.code == 0
    assert tid in result.stdout and "[detained]" in result.stdout


def test_a_search_without_words_is_bad_input(cli: Any) -> None:
    assert cli("search", "…").code == 2


def test_delete_needs_yes_without_a_terminal(cli: Any) -> None:
    tid = add(cli, "-", stdin=RU.encode())
    refused = cli("delete", tid)
    assert refused.code == 2 and "--yes" in refused.stderr
    assert cli("delete", tid, "--yes").code == 0
    assert cli("show", tid).code == 2
    assert json.loads(cli("search", "телеграм", "--json").stdout) == []
    assert cli("delete", tid, "--yes").code == 2


def test_a_wrong_passphrase_opens_nothing(cli: Any) -> None:
    result = cli("list", passphrase=False, stdin=b"not the passphrase at all\n")
    assert result.code == 2
    assert result.stderr  # the wrong-passphrase message with a hint, from the vault


def test_the_real_command_reads_the_passphrase_then_the_testimony(made_vault: Any) -> None:
    vault, _ = made_vault
    stdin = PASSPHRASE.encode() + b"\n" + RU.encode()
    added = run_intake("--vault", str(vault), "--passphrase-file", "-", "add", "-", stdin=stdin)
    assert added.returncode == 0, added.stderr
    tid = added.stdout.decode().splitlines()[-1]
    found = run_intake(
        "--vault",
        str(vault),
        "--passphrase-file",
        "-",
        "search",
        "Артёма",
        stdin=PASSPHRASE.encode() + b"\n",
    )
    assert tid in found.stdout.decode()


@pytest.mark.parametrize(("answer", "code", "kept"), [(b"n\n", 2, True), (b"y\n", 0, False)])
def test_delete_asks_at_a_terminal(
    cli: Any, monkeypatch: pytest.MonkeyPatch, answer: bytes, code: int, kept: bool
) -> None:
    from intake.cli import testimony_cmds

    tid = add(cli, "-", stdin=RU.encode())
    monkeypatch.setattr(testimony_cmds, "interactive", lambda: True)
    result = cli("delete", tid, stdin=answer)
    assert result.code == code
    assert "cannot be undone" in result.stdout + result.stderr
    assert (cli("show", tid).code == 0) is kept


def test_an_event_is_recorded_with_its_date_precision_and_victims(cli: Any) -> None:
    son = cli("person", "add", "Евгений Тестовый-Горшенин").stdout.splitlines()[-1]
    tid = add(cli, "-", stdin=RU.encode())
    result = cli(
        "event",
        "add",
        tid,
        "задержание",
        "--place",
        "Пермский край",
        "--date",
        "2024-02",
        "--precision",
        "month",
        "--victim",
        son,
    )
    assert result.code == 0, result.stderr
    (event,) = shown(cli, tid)["events"]
    assert event == {
        "description": "задержание",
        "place": "Пермский край",
        "date": "2024-02",
        "precision": "month",
        "victims": [son],
    }
    assert "event:" in cli("show", tid).stdout
    assert cli("event", "add", tid, "x", "--victim", "Никто").code == 2


def test_importing_the_same_transcript_twice_is_refused_unless_allowed(cli: Any) -> None:
    first = add(cli, "-", stdin=RU.encode())
    again = cli("add", "-", stdin=RU.encode())
    assert again.code == 2
    assert f"already in the vault ({first})" in again.stderr
    assert "--allow-duplicate" in again.stderr
    assert len(json.loads(cli("list", "--json").stdout)) == 1
    allowed = cli("add", "-", "--allow-duplicate", stdin=RU.encode())
    assert allowed.code == 0, allowed.stderr
    assert len(json.loads(cli("list", "--json").stdout)) == 2
