"""Sensitive terms: a home village or a school registered once is redacted everywhere."""

from __future__ import annotations

import json
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("made_vault")

VILLAGE = "Вымыслово"  # an invented village
ACCOUNT = f"Мой сын вырос в деревне {VILLAGE}, там все его знают.\n".encode()


def terms(cli: Any) -> list[dict[str, str]]:
    result = cli("term", "list", "--json")
    assert result.code == 0, result.stderr
    found: list[dict[str, str]] = json.loads(result.stdout)
    return found


def test_a_term_is_added_listed_and_removed_by_its_number(cli: Any) -> None:
    assert cli("term", "add", VILLAGE, "--label", "village").code == 0
    assert cli("term", "add", "--label", "school", stdin="Школа Выдумки\n".encode()).code == 0
    assert terms(cli) == [
        {"text": VILLAGE, "label": "village"},
        {"text": "Школа Выдумки", "label": "school"},
    ]
    listed = cli("term", "list")
    assert listed.stdout.splitlines() == [f"1\t{VILLAGE}\tvillage", "2\tШкола Выдумки\tschool"]
    assert cli("term", "remove", "1").code == 0
    assert terms(cli) == [{"text": "Школа Выдумки", "label": "school"}]


def test_a_registered_term_is_a_finding_the_review_redacts(cli: Any) -> None:
    cli("term", "add", VILLAGE, "--label", "village")
    added = cli("add", "-", stdin=ACCOUNT)
    assert added.code == 0, added.stderr
    testimony_id = added.stdout.splitlines()[-1]
    review = cli("review", testimony_id, "--accept-defaults", "--json")
    assert review.code == 0, review.stderr
    found = json.loads(review.stdout)["findings"]
    term = [f for f in found if f["text"] == VILLAGE]
    assert [(f["kind"], f["decision"]) for f in term] == [("term", "redact")], found
    redacted = cli("redact", "--json", "-", passphrase=False, stdin=ACCOUNT)
    assert VILLAGE in redacted.stdout, "without the vault's registry the term is not known"


def test_a_duplicate_an_empty_and_an_unknown_term_are_refused_with_exit_2(cli: Any) -> None:
    cli("term", "add", VILLAGE)
    for args, said in (
        (("term", "add", VILLAGE.upper()), "already registered"),
        (("term", "add", "   "), "empty"),
        (("term", "remove", "7"), "no term"),
    ):
        result = cli(*args)
        assert result.code == 2, (args, result.stderr)
        assert said in result.stderr
        assert "Error" not in result.stderr.split(":")[0]
