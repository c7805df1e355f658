"""Locking the interface drops the engine's and the check's caches of names and words.

The caches below are named by hand (each is keyed by a registered name part or a
testimony word); a redaction fills them, and the interface's lock (the lock key, the
idle lock and the panic key all lock the session) empties them. The data tables that
take no argument stay. A command of the command line ends its process instead.
Names are invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from intake.check import Check
from intake.check import morph as check_morph
from intake.redact import Person, Redactor, Registry, forms_ru, places, translit, variants
from intake.redact.names_split import split_name
from intake.tui.session import Session
from tests.conftest import PASSPHRASE

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


def _session(made_vault: tuple[Path, str]) -> Session:
    session = Session(made_vault[0])
    session.open(bytearray(PASSPHRASE.encode()))
    return session


def test_a_redaction_fills_the_named_caches() -> None:
    """The premise: each named cache holds something after a redaction and a check."""
    _fill()
    assert [c for c in NAMED_CACHES if c.cache_info().currsize == 0] == []


def test_locking_the_interface_empties_every_named_cache(made_vault: tuple[Path, str]) -> None:
    session = _session(made_vault)
    _fill()
    session.lock()
    assert not session.unlocked
    assert [c for c in NAMED_CACHES if c.cache_info().currsize] == []


@pytest.mark.parametrize("table", [forms_ru.morph, places.gazetteer])
def test_a_data_table_that_takes_no_argument_is_kept(
    made_vault: tuple[Path, str], table: Any
) -> None:
    session = _session(made_vault)
    table()
    session.lock()
    assert table.cache_info().currsize == 1
