"""A name that fits two registered people is never given one of their pseudonyms: it is
a tag and a review question whose choices are the candidates; picking one gives that
person's pseudonym. All people are fictional."""

from __future__ import annotations

import json
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("made_vault")


def _add_person(cli: Any, name: str, pseudonym: str) -> str:
    result = cli("person", "add", name, "--gender", "m", "--pseudonym", pseudonym)
    assert result.code == 0, result.stderr
    return str(result.stdout.splitlines()[-1])


def _review(cli: Any, tid: str, *args: str) -> dict[str, Any]:
    result = cli("review", tid, "--json", *args)
    assert result.code == 0, result.stderr
    doc: dict[str, Any] = json.loads(result.stdout)
    return doc


@pytest.fixture
def two_sergeys(cli: Any) -> tuple[str, str, str]:
    first = _add_person(cli, "Сергей Выдумкин", "Олег")
    second = _add_person(cli, "Сергей Небывалов", "Павел")
    added = cli("add", "-", stdin="Сергей звонил вечером.".encode())
    assert added.code == 0, added.stderr
    return first, second, str(added.stdout.splitlines()[-1])


def test_review_lists_an_ambiguous_name_with_its_candidates_and_tags_it_by_default(
    cli: Any, two_sergeys: tuple[str, str, str]
) -> None:
    first, second, tid = two_sergeys
    [item] = _review(cli, tid)["findings"]
    assert item["kind"] == "ambiguous"
    assert {c["id"] for c in item["candidates"]} == {first, second}
    assert item["becomes"] == "[имя]"


def test_picking_a_candidate_gives_that_persons_pseudonym(
    cli: Any, two_sergeys: tuple[str, str, str]
) -> None:
    _first, second, tid = two_sergeys
    [item] = _review(cli, tid, "--person", "1", second)["findings"]
    assert (item["decision"], item["becomes"]) == ("person", "Павел")


def test_a_person_who_is_no_candidate_is_refused(
    cli: Any, two_sergeys: tuple[str, str, str]
) -> None:
    third = _add_person(cli, "Пётр Выдуманный", "Степан")
    refused = cli("review", two_sergeys[2], "--person", "1", third)
    assert refused.code == 2 and "candidates" in refused.stderr
