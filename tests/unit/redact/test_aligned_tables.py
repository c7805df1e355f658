"""A table whose columns are aligned with spaces, as a terminal, a logbook or a PDF's text
lays one out: a row's cell is the one under its header's cell, an empty cell leaving no
mark. The people, dates and numbers are invented."""

from __future__ import annotations

from intake.redact import patterns

TABLE = """\
N   Фамилия          Задержан      Дата рождения   В/ч
1   Выдумов И.       03.03.2025    14.02.1991      00417
2   Выдумкин П.      05.03.2025                    00418
3   Сочинов О.       07.03.2025    21.11.1989
"""


def _found(text: str, kind: str) -> list[str]:
    return [text[s:e] for _r, k, s, e, _ in patterns.run_all(text) if k == kind]


def test_a_columns_values_are_read_under_its_header_whatever_cells_are_empty() -> None:
    assert set(_found(TABLE, "birth_date")) == {"14.02.1991", "21.11.1989"}
    assert set(_found(TABLE, "unit")) == {"00417", "00418"}


def test_the_dates_of_another_column_stay() -> None:
    births = _found(TABLE, "birth_date")
    assert not {"03.03.2025", "05.03.2025", "07.03.2025"} & set(births)


def test_a_paragraph_typed_with_two_spaces_after_its_full_stops_is_no_table() -> None:
    text = (
        "Он служил в части.  Дата рождения  у него в справке другая.  Потом звонил.\n"
        "В 14.02.1991 году такого не было.  Мы ждём.  Пишите.\n"
    )
    assert _found(text, "birth_date") == []


ROSTER = """\
Rank  Player (Lichess)     Real name (for prizes)     Score
1     vydum_knight         Kerim Vydumov              31
2     NotAVydumka09        Ruslan Sochinov (Перец)    22
3     Ivan Teplov          Ivan Teplov                19
"""


def test_a_user_name_under_its_columns_header_is_a_handle_and_a_real_name_is_not() -> None:
    assert set(_found(ROSTER, "handle")) == {"vydum_knight", "NotAVydumka09"}


def test_a_user_name_in_a_markdown_tables_column_is_a_handle() -> None:
    text = "| Ник | Бан до |\n|---|---|\n| Shtorm77 | 01.05 |\n| Гроза | 02.05 |\n"
    assert set(_found(text, "handle")) == {"Shtorm77"}


def test_an_accounts_number_is_no_handle() -> None:
    text = "| Account | Sum |\n|---|---|\n| 40817810000000000417 | 500 |\n"
    assert _found(text, "handle") == []


def test_a_header_cell_ending_with_an_abbreviations_dot_is_no_sentences_end() -> None:
    """ "BOF no." names a column: the line is still a header, and "YOB" heads the years of
    birth under it; a year in a row of another column stays."""
    text = (
        "Entry  Surname      First     YOB   Club   BOF no.     SI card\n"
        "0412   VYDUMOV      Umar      1998  TAY    000417      8004175\n"
        "0413   SOCHINOV     Ayub      2001  INT    2019        8004176\n"
    )
    assert _found(text, "birth_date") == ["1998", "2001"]
