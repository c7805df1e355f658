"""Values in a table's column, found by its header: a column headed "Дата рождения" holds
dates of birth, one headed "Unit" or "в/ч" unit numbers, whatever each row says.

A table is lines with cells between "|" (Markdown), or separated by tabs, semicolons or
commas as a spreadsheet saved as text has them, or aligned with runs of spaces as a
terminal, a logbook or a PDF's text lays one out; blank lines are allowed between its
rows. In an aligned table a row's cell is the one under the header's cell, for an empty
cell leaves no mark.
A line of prose with commas is no header: a cell longer than a column's name or a sentence
ending inside the line says so.
Only the lines a header's cue word stands in are read as headers, so the text is not
split line by line. A header holds no date, no tag and no value of its column's kind: a
row that does is data ("| 02.06.1991 | ... | копия свидетельства о рождении |"),
whatever its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from intake.redact.cues import Heads, cue_matches

Hit = tuple[str, int, int, float]

# The separators of a table's cells, with the fewest a row has: "|" (Markdown), a tab, ";"
# and "," (a spreadsheet saved as text).
_SEPARATORS = (("|", 2), ("\t", 1), (";", 2), (",", 3))
_SEPARATOR_ROW = re.compile(r"^[\s|:+-]*$")
_DATE = re.compile(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}(?!\d)")


@dataclass(frozen=True)
class Column:
    """What a column holds: the ``kind`` of the values ``value`` finds in its cells, below a
    header cell that ``cue`` finds (``heads``: the cue's first letters, for
    :func:`intake.redact.cues.cue_matches`)."""

    kind: str
    heads: Heads
    cue: re.Pattern[str]
    value: re.Pattern[str]
    score: float
    data: re.Pattern[str] | None = None  # what only a row of data holds (default: a value)


_TWO_SEMICOLONS = re.compile(r";[^\n;]*;")  # a line of a spreadsheet saved with ";"
_TWO_GAPS = re.compile(r"\S  +\S[^\n]*?\S  +\S")  # a line of an aligned table


def may_hold_a_table(text: str) -> bool:
    """True if ``text`` has a separator a table's rows are read by ("|", a tab, two ";" on
    a line, or two runs of spaces between words; not a CSV's commas, which prose has
    too): a quick look before a column's cues are looked for."""
    return (
        "|" in text
        or "\t" in text
        or _TWO_SEMICOLONS.search(text) is not None
        or ("  " in text and _TWO_GAPS.search(text) is not None)
    )


def in_columns(text: str, column: Column) -> Iterator[Hit]:
    """The values in every column whose header ``column.cue`` finds, in every row below."""
    line_end = -1
    for cue in cue_matches(text, column.heads, column.cue):
        if cue.start() <= line_end:
            continue  # a header already read
        start = text.rfind("\n", 0, cue.start()) + 1
        line_end = text.find("\n", cue.start())
        line_end = len(text) if line_end < 0 else line_end
        cells = cells_of(text[start:line_end])
        if cells is None or _prose(text[start:line_end], cells):
            yield from _named_columns(text, start, line_end, column)
            continue  # no table's header
        if any(_data(c, column) for _at, c in cells if not _tag_beside_cue(c, cells, column)):
            continue  # a row of data
        for index, (at, cell) in enumerate(cells):  # "| д.р. | партнёрша | д.р. |": each
            if column.cue.search(cell):
                sep = separator_of(text[start:line_end])
                under = (at, at + len(cell)) if sep == ALIGNED else None
                shape = (len(cells), sep)
                yield from _values(text, line_end + 1, index, column, shape, under=under)


# A table's columns named in a line of their own, the rows' separator not theirs:
# "Columns: entry / date of burial / name as given / DOB / plot" over rows parted by "|"
_NAMED = re.compile(r"[ \t]*(?:columns|fields|колонки|столбцы|графы|поля)[ \t]*:[ \t]*", re.I)
_NAMED_SEPARATOR = re.compile(r"[ \t]*[/;,][ \t]*")


def _named_columns(text: str, start: int, line_end: int, column: Column) -> Iterator[Hit]:
    """The values under a column named in a line of the table's columns (:data:`_NAMED`),
    when the next line that is not blank is a row of as many cells."""
    named = _NAMED.match(text, start, line_end)
    if named is None:
        return
    cells = _NAMED_SEPARATOR.split(text[named.end() : line_end].strip())
    rows = text[line_end + 1 :].lstrip("\n")
    first = rows[: rows.find("\n")] if "\n" in rows else rows
    sep = separator_of(first)
    row = cells_of(first)
    if sep is None or row is None or len(row) != len(cells) or len(cells) < 2:
        return
    for index, cell in enumerate(cells):
        if column.cue.search(cell):
            yield from _values(text, line_end + 1, index, column, (len(cells), sep))


_TAG_CELL = re.compile(r"\s*\[[^\]\n]+\]\s*")


def _tag_beside_cue(cell: str, cells: list[tuple[int, str]], column: Column) -> bool:
    """True if ``cell`` is only a tag the engine wrote, in a line whose other cell holds the
    column's cue in plain words: a header whose neighbour the engine replaced ("| Позывной
    | [позывной] |"), not a row of data ("| [дата рождения] | суд |")."""
    if _TAG_CELL.fullmatch(cell) is None:
        return False
    return any(column.cue.search(c) and "[" not in c for _at, c in cells)


# A sentence that ends inside a line: prose, not a header
_SENTENCE_INSIDE = re.compile(r"[.!?…»)][ \t]+[А-ЯЁA-Z«]")
_LONGEST_HEADER_CELL = 40  # characters


def _prose(line: str, cells: list[tuple[int, str]]) -> bool:
    """True if a line read as cells by its commas or runs of spaces is prose, not a header
    ("Грачёв («Грач» — это и позывной, и фамилия, так его все и звали). По словам ..."):
    a cell too long for a column's name, or a sentence that ends inside the line."""
    if "|" in line or "\t" in line or line.count(";") >= 2:
        return False  # cells by another separator
    too_long = any(len(cell.strip()) > _LONGEST_HEADER_CELL for _at, cell in cells)
    if separator_of(line) == ALIGNED:  # "Player (Lichess)   Real name": a bracket, no end
        return too_long or any(" " in c and _ends_a_sentence(c) for _at, c in cells)
    return too_long or _SENTENCE_INSIDE.search(line) is not None


# A column's name may end with an abbreviation's dot: "BOF no.", "Моб. тел."
_ABBREVIATED = re.compile(
    r"(?<![^\W\d_])(?:no|nr|ref|tel|тел|ном|моб|кв|стр|ул)\.\Z", re.IGNORECASE
)


def _ends_a_sentence(cell: str) -> bool:
    end = cell.rstrip()
    return end[-1:] in ".!?…" and _ABBREVIATED.search(end) is None


def _goes_on(lines: list[str], number: int, width: int) -> bool:
    """True if the next line that is not blank is a row of ``width`` cells."""
    for line in lines[number : number + 3]:
        if line.strip():
            cells = cells_of(line)
            return cells is not None and len(cells) == width
    return False


def _data(cell: str, column: Column) -> bool:
    """True if ``cell`` holds a date, a tag or a value: its row is no header."""
    holds = column.data or column.value
    return bool(_DATE.search(cell) or "[" in cell or holds.search(cell))


ALIGNED = "  "  # the "separator" of a table aligned with spaces
_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")  # two spaces or more between two cells
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")  # words parted by one space at most


def separator_of(line: str) -> str | None:
    """The separator ``line``'s cells are read by, or None for a line that is no row: a
    line of three cells or more parted by runs of spaces is a row of an aligned table.
    What a CSV's quoted cell holds is not counted ('..., "tag; kit = кит (whale)", ...'
    is a row of commas, though its quotes hold two ";")."""
    bare = _QUOTED.sub('""', line) if '"' in line else line
    sep = next((s for s, least in _SEPARATORS if bare.count(s) >= least), None)
    if sep is None and len(_GAP.findall(line)) >= 2:
        return ALIGNED
    return sep


def cells_of(line: str) -> list[tuple[int, str]] | None:
    """(offset in the line, text) of each cell, or None for a line that is no table row."""
    sep = separator_of(line)
    if sep is None:
        return None
    if sep == ALIGNED:
        return [(m.start(), m.group()) for m in _ALIGNED_CELL.finditer(line)]
    if sep == "," and '"' in line:  # a CSV's quoted cell holds commas: '"Nabiev, Sukhrob"'
        return [(m.start(), m.group()) for m in _CSV_CELL.finditer(line)]
    cells, at = [], 0
    for part in line.split(sep):
        cells.append((at, part))
        at += len(part) + 1
    return cells


_QUOTED = re.compile(r'"(?:[^"\n]|"")*"')  # a CSV's quoted cell, a doubled quote inside
# A cell of a line saved as CSV: quoted (a doubled quote inside), or up to the next comma;
# each starts the line or follows a comma
_CSV_CELL = re.compile(r'(?:(?<=,)|^)(?:[ \t]*"(?:[^"\n]|"")*"[ \t]*(?=,|$)|[^,\n]*)')


def _values(
    text: str,
    offset: int,
    index: int,
    column: Column,
    shape: tuple[int, str | None],
    *,
    under: tuple[int, int] | None = None,
) -> Iterator[Hit]:
    """The values in cell ``index`` of the rows from ``offset`` on, up to a line that is no
    row (a blank line between rows is allowed), unless rows of the header's width follow
    it: a sub-heading inside the table ("Ю-2 (14–15 лет)") and the same columns on. A line
    whose cells another separator parts is no row: a note under a "|" table, its commas
    read as cells, put "Irina" of its prose in the signatures' column. ``shape``: the
    header's number of cells and separator; ``under``: in an aligned table, the header
    cell's place in its line, the cell of a row that stands under it is the column's."""
    width, sep = shape
    if sep in (",", ";") and text.startswith('"', offset):  # a CSV's quoted cells may hold
        yield from _quoted_values(text, offset, index, column, sep)  # line breaks
        return
    lines = text[offset:].splitlines(keepends=True)
    for number, line in enumerate(lines):
        cells = cells_of(line) if separator_of(line) == sep else None
        if cells is None and line.strip() and not _goes_on(lines, number + 1, width):
            return
        pick = index
        if cells is not None and under is not None:  # the cell under the header's
            cells = [c for c in cells if c[0] < under[1] and c[0] + len(c[1]) > under[0]]
            pick = 0
        if cells is not None and pick < len(cells) and not _SEPARATOR_ROW.match(line):
            at, cell = cells[pick]
            for found in column.value.finditer(cell):
                yield (
                    column.kind,
                    offset + at + found.start(),
                    offset + at + found.end(),
                    column.score,
                )
        offset += len(line)


def _quoted_values(text: str, offset: int, index: int, column: Column, sep: str) -> Iterator[Hit]:
    """The values in cell ``index`` of the rows of a CSV whose cells are quoted, read as a
    CSV reader does: a quoted cell goes on over line breaks ("...", a Google Form's
    answer of several lines), up to a row that does not open with a quote."""
    for row in _quoted_rows(text, offset, sep):
        if index < len(row):
            at, end = row[index]
            for found in column.value.finditer(text, at, end):
                yield column.kind, found.start(), found.end(), column.score


def _quoted_rows(text: str, offset: int, sep: str) -> Iterator[list[tuple[int, int]]]:
    """Each row from ``offset`` as the (start, end) of its cells, quotes left out."""
    at = offset
    while at < len(text) and text.startswith('"', at):
        row, cell, quoted = [], at, False
        while at < len(text):
            char = text[at]
            if char == '"':
                if quoted and text.startswith('"', at + 1):
                    at += 2  # a doubled quote inside a quoted cell
                    continue
                quoted = not quoted
            elif not quoted and char in (sep, "\n"):
                row.append(_unquoted(text, cell, at))
                cell = at + 1
                if char == "\n":
                    break
            at += 1
        else:
            row.append(_unquoted(text, cell, at))
        yield row
        at += 1


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    if end - start >= 2 and text[start] == '"' and text[end - 1] == '"':
        return start + 1, end - 1
    return start, end
