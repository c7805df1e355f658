"""Names, quotes, search terms and other sensitive text reach intake without the command
line: from standard input (after the passphrase line), from a --...-file, or a prompt; so
another local account reading the process list never sees them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_testimonies_cli import add, shown
from tests.cli.test_vault_cli import assert_error
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.usefixtures("made_vault")

NAME = "Вымышлен Тестовикович"  # fictional
ALIASES = ("Вымышленчик", "Vymyshlen")
ADD_FROM_STDIN = ("--passphrase-file", "-", "person", "add", "--gender", "m")
TEXT = "The mother speaks. Her son Vymyshlen was taken at the border and calls nobody."


def _people(cli: Any) -> list[dict[str, Any]]:
    result = cli("person", "list", "--json", "--reveal")
    assert result.code == 0, result
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def test_person_add_without_a_name_reads_it_and_the_aliases_from_standard_input(
    cli: Any,
) -> None:
    stdin = "\n".join((NAME, *ALIASES)).encode() + b"\n"
    result = cli("person", "add", "--gender", "m", "--alias-file", "-", stdin=stdin)
    assert result.code == 0, result
    (person,) = _people(cli)
    assert person["name"] == NAME
    assert tuple(person["aliases"]) == ALIASES


def test_person_add_without_a_name_and_nothing_on_standard_input_says_it_is_empty(
    cli: Any,
) -> None:
    assert_error(cli("person", "add"), 2, "the real name read from standard input is empty")
    assert _people(cli) == []


def test_person_edit_takes_the_corrected_name_and_aliases_from_files(
    cli: Any, tmp_path: Path
) -> None:
    pid = cli("person", "add", "--gender", "m", stdin=b"Placeholder Personov\n").stdout.split()[-1]
    (tmp_path / "name.txt").write_text(f"{NAME}\n", encoding="utf-8")
    (tmp_path / "aliases.txt").write_text("\n".join(ALIASES) + "\n", encoding="utf-8")
    result = cli(
        "person",
        "edit",
        pid,
        "--name-file",
        str(tmp_path / "name.txt"),
        "--alias-file",
        str(tmp_path / "aliases.txt"),
    )
    assert result.code == 0, result
    (person,) = _people(cli)
    assert (person["name"], tuple(person["aliases"])) == (NAME, ALIASES)


def test_a_text_option_and_its_file_twin_exclude_each_other(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "name.txt").write_text(NAME, encoding="utf-8")
    result = cli("person", "edit", "x", "--name", "A", "--name-file", str(tmp_path / "name.txt"))
    assert_error(result, 2, "--name and --name-file exclude each other")


def test_quote_add_without_text_reads_the_rest_of_standard_input(cli: Any) -> None:
    tid = add(cli, "-", stdin=TEXT.encode())
    result = cli("quote", "add", tid, stdin=b"taken at the border\n")
    assert result.code == 0, result
    assert [q["text"] for q in shown(cli, tid)["quotes"]] == ["taken at the border"]


def test_search_without_words_reads_them_from_standard_input(cli: Any) -> None:
    tid = add(cli, "-", stdin=TEXT.encode())
    result = cli("search", stdin=b"border\n")
    assert result.code == 0, result
    assert tid in result.stdout


def test_edit_reads_several_texts_from_standard_input_in_the_documented_order(
    cli: Any,
) -> None:
    tid = add(cli, "-", stdin=TEXT.encode())
    result = cli(
        "edit",
        tid,
        "--anonymity-wishes-file",
        "-",
        "--place-file",
        "-",
        "--title-file",
        "-",
        "--interviewer-file",
        "-",
        stdin=b"A fictional title\nFictional Oblast\n@fictional_handle\nNo village named\n",
    )
    assert result.code == 0, result
    document = shown(cli, tid)
    assert document["title"] == "A fictional title"
    assert document["interview"]["place"] == "Fictional Oblast"
    assert document["interview"]["interviewer"] == "@fictional_handle"
    assert document["consent"]["anonymity_wishes"] == "No village named"


def test_the_name_being_added_is_not_in_the_process_list_while_intake_waits(
    made_vault: tuple[Path, str],
) -> None:
    vault_dir, _recovery = made_vault
    child = subprocess.Popen(
        [sys.executable, "-m", "intake", "--vault", str(vault_dir), *ADD_FROM_STDIN],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )
    assert child.stdin is not None
    child.stdin.write(PASSPHRASE.encode() + b"\n")
    child.stdin.flush()
    # What any local account sees (unless /proc is mounted with hidepid=2).
    seen = b""
    for _ in range(600):  # until the new process has its command line in place
        seen = Path(f"/proc/{child.pid}/cmdline").read_bytes()
        if seen:
            break
        time.sleep(0.05)
    _out, err = child.communicate(NAME.encode() + b"\n", timeout=120)
    assert child.returncode == 0, err
    assert NAME.encode() not in seen
    assert b"person\0add" in seen  # the command line was read, and it was this one


def test_event_add_reads_its_description_and_place_from_standard_input(cli: Any) -> None:
    tid = add(cli, "-", stdin=TEXT.encode())
    result = cli(
        "event",
        "add",
        tid,
        "--place-file",
        "-",
        "--date",
        "2025-01",
        stdin=b"Detained at a fictional checkpoint\nFictional Oblast\n",
    )
    assert result.code == 0, result
    (event,) = shown(cli, tid)["events"]
    assert event["description"] == "Detained at a fictional checkpoint"
    assert event["place"] == "Fictional Oblast"
