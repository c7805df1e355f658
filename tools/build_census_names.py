"""Build intake/data/names_census.txt: the commonest US Census 1990 first names and surnames.

The publication check takes a capitalised Latin word right after the word for a firm, an
agency or a newspaper as that thing's name ("компании Vestas", "ИА Regnum", "газету Fatto
Quotidiano"), unless it can be a person's name: firms are named after their founders too
("компании Goldberg"). This list is that exception, derived, not written by hand: every
first name of the US Census 1990 lists and the surnames of rank 20,000 or better, lower
case, from the ``names`` package (public domain data).

Run once after upgrading names: ``python tools/build_census_names.py``.
The ``names`` package is needed only here (``pip install names``), not at run time.
"""

from __future__ import annotations

from pathlib import Path

from build_latin_names import census  # the same lists, with more surnames

OUT = Path(__file__).resolve().parent.parent / "intake" / "data" / "names_census.txt"
MAX_SURNAME_RANK = 20_000


def main() -> None:
    words = sorted(census(MAX_SURNAME_RANK))
    head = (
        "# US Census 1990 first names and the surnames of rank 20,000 or better (lower case,"
        " one a line),\n# from the names package (public domain). Built by"
        " tools/build_census_names.py; do not edit.\n"
    )
    OUT.write_text(head + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
