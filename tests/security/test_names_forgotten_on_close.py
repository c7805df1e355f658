"""Closing a vault drops the engine's and the check's caches of names and words.

The caches below are named by hand (each is keyed by a registered name part or a
testimony word); a redaction fills them, and closing any vault, as a lock or the end
of a command does, empties them. The data tables that take no argument stay.
Names are invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from intake.check import Check
from intake.check import morph as check_morph
from intake.redact import Person, Redactor, Registry, forms_ru, places, translit, variants
from intake.redact.names_split import split_name
from intake.store.vault import Vault
from tests.conftest import PASSPHRASE, Result

Cli = Callable[..., Result]

NAMED_CACHES: list[Any] = [
    split_name,
    variants.part_variants,
    translit.latin_spellings,
    forms_ru.parses,
    places._readings,
    check_morph.classify,
]
TEXT = "Сергея Выдумкина увезли из Курска, Серёжкин рюкзак остался у Тувинцевой."


def _fill() -> None:
    registry = Registry([Person("Сергей Выдумкин", gender="m", pseudonym="Иван Петров")])
    Redactor(registry).redact(TEXT)
    Check(["Сергей Выдумкин"]).run(TEXT)


def test_a_redaction_fills_the_named_caches() -> None:
    """The premise: each named cache holds something after a redaction and a check."""
    _fill()
    assert [c for c in NAMED_CACHES if c.cache_info().currsize == 0] == []


def test_closing_a_vault_empties_every_named_cache(made_vault: tuple[Path, str]) -> None:
    _fill()
    vault = Vault.open(made_vault[0], bytearray(PASSPHRASE.encode()))
    vault.close()
    assert [c for c in NAMED_CACHES if c.cache_info().currsize] == []


def test_a_command_leaves_no_name_cached(cli: Cli, made_vault: tuple[Path, str]) -> None:
    added = cli("person", "add", "--gender", "m", stdin="Сергей Выдумкин".encode())
    assert added.code == 0, added.stderr
    result = cli("add", "-", "--lang", "ru", "--title", "Свидетельство", stdin=TEXT.encode())
    assert result.code == 0, result.stderr
    assert cli("review", result.stdout.split()[-1]).code == 0
    assert [c for c in NAMED_CACHES if c.cache_info().currsize] == []


@pytest.mark.parametrize("table", [forms_ru.morph, places.gazetteer])
def test_a_data_table_that_takes_no_argument_is_kept(
    made_vault: tuple[Path, str], table: Any
) -> None:
    table()
    Vault.open(made_vault[0], bytearray(PASSPHRASE.encode())).close()
    assert table.cache_info().currsize == 1
