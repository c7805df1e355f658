"""Markdown and .docx imports are read as a reader sees them: markup interpreted,
tables where they stand, the first heading as the title."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from intake import ingest
from intake.ingest.text import markdown_text

MARKDOWN = """# Мать о **сыне**

Он писал: \\# не заголовок, \\*\\*не жирный\\*\\*, *курсив* и &amp; знак.
Вторая строка того же абзаца.

1. первое
2. второе

- пункт
- другой пункт

| когда | что |
|---|---|
| март | звонок |

> цитата из письма

Ссылка [на сайт](https://example.invalid/page) и <b>тег</b>.
"""

EXPECTED = """Мать о сыне

Он писал: # не заголовок, **не жирный**, курсив и & знак.
Вторая строка того же абзаца.

1. первое
2. второе

• пункт
• другой пункт

когда | что
март | звонок

цитата из письма

Ссылка на сайт (https://example.invalid/page) и тег."""


def test_markdown_is_interpreted_not_kept_as_source() -> None:
    title, text = markdown_text(MARKDOWN)
    assert title == "Мать о сыне"
    assert text == EXPECTED


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("a \\_b\\_ c", "a _b_ c"),
        ("**жирный**", "жирный"),
        ("`код`", "код"),
        ("![описание](x.png)", "описание"),
        ("<mail@example.invalid>", "mail@example.invalid"),
        ("&#1048;ван", "Иван"),
    ],
)
def test_each_markdown_construct_becomes_the_words_it_shows(source: str, expected: str) -> None:
    assert markdown_text(source)[1] == expected


def test_a_markdown_import_keeps_the_interpreted_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    testimony = ingest.load(str(path))
    assert testimony.title == "Мать о сыне"
    assert testimony.transcript == EXPECTED
    assert "\\" not in testimony.transcript


def test_a_docx_takes_its_first_heading_1_as_title_and_keeps_tables_in_place(
    tmp_path: Path,
) -> None:
    document = docx.Document()
    document.add_paragraph("Черновик", style="Title")
    document.add_paragraph("Мать о звонке сына", style="Heading 1")
    document.add_paragraph("До таблицы.")
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("когда", "что"), ("март", "звонок")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("После таблицы.")
    document.add_paragraph("Второй раздел", style="Heading 1")
    path = tmp_path / "interview_2026-03.docx"
    document.save(str(path))
    testimony = ingest.load(str(path))
    assert testimony.title == "Мать о звонке сына"
    assert testimony.transcript == (
        "Черновик\nМать о звонке сына\nДо таблицы.\nкогда | что\nмарт | звонок\n"
        "После таблицы.\nВторой раздел"
    )


def test_a_docx_without_a_heading_is_titled_after_its_file(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Только текст.")
    path = tmp_path / "interview_2026-03.docx"
    document.save(str(path))
    assert ingest.load(str(path)).title == "interview_2026-03"


@pytest.mark.parametrize(
    ("title", "flagged"),
    [
        ("interview_2026-03", True),
        ("interview-1", True),
        ("notes.v2", True),
        ("untitled", True),
        ("", True),
        ("Мать о задержании сына", False),
        ("Мать", False),
        ("A wife on her husband's detention", False),
    ],
)
def test_a_title_that_is_only_a_file_name_keeps_the_testimony_out_of_exports(
    title: str, flagged: bool
) -> None:
    from intake.export.selection import title_problem

    problem = title_problem(title)
    assert (problem is not None) is flagged
    if problem:
        assert "--title" in problem and (not title or title not in problem)
