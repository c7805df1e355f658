"""`intake add` with several files: one transaction, every id printed in order, all or none."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("made_vault")

TEXTS = [  # fictional
    "Мать рассказала, что сына забрали в марте и с тех пор писем не было.",
    "Отец говорит, что в части им ничего не объяснили и звонить запретили.",
    "The sister said the family wrote every week and never got an answer.",
]


def files(tmp_path: Path) -> list[str]:
    paths = []
    for number, text in enumerate(TEXTS, 1):
        path = tmp_path / f"testimony-{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def listed(cli: Any) -> list[dict[str, Any]]:
    result = cli("list", "--json")
    assert result.code == 0, result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def test_several_files_are_imported_and_their_ids_printed_in_order(
    cli: Any, tmp_path: Path
) -> None:
    result = cli("add", *files(tmp_path))
    assert result.code == 0, result.stderr
    ids = result.stdout.split()
    assert len(ids) == 3 and all(i.startswith("t-") for i in ids)
    for tid, text in zip(ids, TEXTS, strict=True):
        shown = cli("show", tid)
        assert shown.code == 0 and text in shown.stdout
    assert sorted(row["id"] for row in listed(cli)) == sorted(ids)


def test_when_one_file_is_refused_none_is_imported(cli: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"title": "Без текста"}), encoding="utf-8")
    result = cli("add", *files(tmp_path), str(bad))
    assert result.code == 2 and "hint:" in result.stderr
    assert listed(cli) == []


def test_a_source_that_is_not_registered_refuses_the_whole_batch(cli: Any, tmp_path: Path) -> None:
    result = cli("add", *files(tmp_path), "--source", "Никто Незарегистрированный")
    assert result.code != 0 and "hint:" in result.stderr
    assert listed(cli) == []


@pytest.mark.parametrize(
    ("extra", "message"),
    [(["-"], "standard input"), (["--title", "Один"], "--title"), (["DUP"], "named twice")],
)
def test_mixing_standard_input_a_single_title_or_a_repeated_file_is_refused(
    cli: Any, tmp_path: Path, extra: list[str], message: str
) -> None:
    paths = files(tmp_path)
    extra = [paths[0] if e == "DUP" else e for e in extra]
    result = cli("add", *paths, *extra)
    assert result.code == 2 and message in result.stderr
    assert listed(cli) == []
