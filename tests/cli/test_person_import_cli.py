"""`intake person import`: many people from a registry file in one transaction, each with a
pseudonym that is no one's name, no case form of a registered first name, and no one else's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from intake.redact.normalize import skeleton

pytestmark = pytest.mark.usefixtures("made_vault")

# Fictional people.
PEOPLE: list[dict[str, Any]] = [
    {"name": "Евгений Выдумкин", "aliases": ["Женя"], "role": "soldier"},
    {"name": "Марина Выдумкина", "gender": "f", "role": "mother"},
    {"name": "Александр Небывалов"},
    {"name": "Николай Придуманов", "pseudonym": "Тимофей"},
    {"name": "Jane Madeupson", "gender": "f", "public": True},
]
REGISTRY = {"people": PEOPLE, "terms": [{"text": "Нижние Выдумки", "label": "village"}]}


def listed(cli: Any) -> list[dict[str, Any]]:
    result = cli("person", "list", "--json", "--reveal")
    assert result.code == 0, result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def test_import_registers_everyone_and_prints_their_ids_in_order(cli: Any, tmp_path: Path) -> None:
    source = tmp_path / "registry.json"
    source.write_text(json.dumps(REGISTRY, ensure_ascii=False), encoding="utf-8")
    result = cli("person", "import", str(source))
    assert result.code == 0, result.stderr
    ids = result.stdout.split()
    rows = {row["id"]: row for row in listed(cli)}
    assert [rows[i]["name"] for i in ids] == [p["name"] for p in PEOPLE]
    assert rows[ids[0]]["aliases"] == ["Женя"] and rows[ids[0]]["gender"] == "m"
    assert rows[ids[1]]["gender"] == "f" and rows[ids[4]]["public"] is True
    assert rows[ids[3]]["pseudonym"] == "Тимофей"
    assert "1 term was not imported" in result.stderr


def test_import_reads_standard_input_after_the_passphrase(cli: Any) -> None:
    result = cli("person", "import", "-", stdin=json.dumps(REGISTRY, ensure_ascii=False).encode())
    assert result.code == 0, result.stderr
    assert len(listed(cli)) == len(PEOPLE)


def test_drawn_pseudonyms_are_no_name_no_case_form_of_one_and_never_shared(cli: Any) -> None:
    # Women draw from a pool holding "Евгения" (a case form of the registered "Евгений"),
    # men from one holding "Валентин" and "Евгений" (forms of the registered "Валентина",
    # "Евгения"): 60 people of each drawn at random make such a draw near certain if allowed.
    registry = {
        "people": [
            *({"name": f"Евгений Тестов{i}", "gender": "m"} for i in range(3)),
            *({"name": f"Валентина Тестова{i}", "gender": "f"} for i in range(3)),
            *({"name": f"Мария Примерова{i}", "gender": "f"} for i in range(60)),
            *({"name": f"Олег Примеров{i}", "gender": "m"} for i in range(60)),
        ]
    }
    stdin = json.dumps(registry, ensure_ascii=False).encode()
    result = cli("person", "import", "-", stdin=stdin)
    assert result.code == 0, result.stderr
    rows = listed(cli)
    pseudonyms = [row["pseudonym"] for row in rows]
    assert len({skeleton(p) for p in pseudonyms}) == len(pseudonyms) == 126
    words = {skeleton(w) for row in rows for w in row["name"].split()}
    for pseudonym in pseudonyms:
        assert not {skeleton(w) for w in pseudonym.split()} & words
        assert pseudonym.split()[0] not in {"Евгения", "Валентин", "Евгений"}


@pytest.mark.parametrize(
    ("people", "message"),
    [
        ([{"name": "Олег Тестов", "pseudonym": "Евгений"}, {"name": "Евгений Тестов"}], "name"),
        (
            [
                {"name": "Олег Тестов", "pseudonym": "Глеб"},
                {"name": "Игорь Тестов", "pseudonym": "Глеб"},
            ],
            "already used",
        ),
        ([{"name": "Олег Тестов"}, {"name": "   "}], "people[1]"),
        ([{"name": "Олег Тестов"}, {"name": "Qwx"}], "person 2"),
    ],
)
def test_a_bad_entry_is_refused_and_nobody_is_registered(
    cli: Any, people: list[dict[str, str]], message: str
) -> None:
    result = cli(
        "person", "import", "-", stdin=json.dumps({"people": people}, ensure_ascii=False).encode()
    )
    assert result.code == 2
    assert message in result.stderr and "hint:" in result.stderr
    assert listed(cli) == []


def test_a_file_that_breaks_the_schema_is_refused_before_the_passphrase(
    cli: Any, tmp_path: Path
) -> None:
    source = tmp_path / "registry.json"
    source.write_text(json.dumps({"people": [{"nom": "Олег Тестов"}]}), encoding="utf-8")
    result = cli("person", "import", str(source), passphrase=False)
    assert result.code == 2 and "hint:" in result.stderr
    assert "passphrase" not in result.stderr.lower()


def test_a_name_equal_to_an_existing_pseudonym_is_refused(cli: Any) -> None:
    first = cli("person", "add", "Олег Тестов", "--pseudonym", "Глеб Тестович")
    assert first.code == 0, first.stderr
    registry = {"people": [{"name": "Глеб Тестович"}]}
    result = cli("person", "import", "-", stdin=json.dumps(registry, ensure_ascii=False).encode())
    assert result.code == 2 and "equals the pseudonym" in result.stderr
    assert len(listed(cli)) == 1
