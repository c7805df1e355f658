"""Approved quotes are listed by number and removed by that number."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("made_vault")

ACCOUNT = "Он написал: держитесь там. Потом связь пропала на неделю.\n"  # invented


def added(cli: Any) -> str:
    result = cli("add", "-", stdin=ACCOUNT.encode())
    assert result.code == 0, result.stderr
    return str(result.stdout.splitlines()[-1])


def test_quotes_are_listed_in_transcript_order_and_removed_by_number(cli: Any) -> None:
    tid = added(cli)
    assert cli("quote", "add", tid, "связь пропала").code == 0
    assert cli("quote", "add", tid, "держитесь там").code == 0
    assert cli("quote", "list", tid).stdout.splitlines() == [
        "1\tдержитесь там",
        "2\tсвязь пропала",
    ]
    removed = cli("quote", "remove", tid, "1")
    assert removed.code == 0, removed.stderr
    assert cli("quote", "list", tid).stdout.splitlines() == ["1\tсвязь пропала"]


def test_a_testimony_without_quotes_says_how_to_mark_one(cli: Any) -> None:
    tid = added(cli)
    listed = cli("quote", "list", tid)
    assert listed.code == 0 and listed.stdout == ""
    assert f"intake quote add {tid}" in listed.stderr


@pytest.mark.parametrize(
    "args",
    [("quote", "list", "t-nothing"), ("quote", "remove", "t-nothing", "1"), ("quote", "remove")],
)
def test_an_unknown_testimony_or_quote_number_is_exit_2(cli: Any, args: tuple[str, ...]) -> None:
    assert cli(*args).code == 2


def test_a_quote_number_the_testimony_does_not_have_is_exit_2_and_changes_nothing(
    cli: Any,
) -> None:
    tid = added(cli)
    cli("quote", "add", tid, "связь пропала")
    refused = cli("quote", "remove", tid, "3")
    assert refused.code == 2 and "no quote number 3" in refused.stderr
    assert f"intake quote list {tid}" in refused.stderr
    assert cli("quote", "list", tid).stdout.splitlines() == ["1\tсвязь пропала"]


def test_subcommand_help_gives_each_description_whole(cli: Any) -> None:
    for group in ("quote", "person", "term"):
        shown = cli(group, "--help", passphrase=False)
        assert shown.code == 0
        assert "..." not in shown.stdout.split("Commands:")[1], group
