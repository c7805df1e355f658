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

OUT = Path(__file__).resolve().parent.parent / "intake" / "data" / "names_census.txt"
MAX_SURNAME_RANK = 20_000


def census() -> list[str]:
    import names  # type: ignore[import-untyped]

    folder = Path(names.__file__).parent
    found: set[str] = set()
    for name in ("dist.male.first", "dist.female.first", "dist.all.last"):
        for line in (folder / name).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if parts and (name != "dist.all.last" or int(parts[3]) <= MAX_SURNAME_RANK):
                found.add(parts[0].lower())
    return sorted(found)


def main() -> None:
    words = census()
    head = (
        "# US Census 1990 first names and the surnames of rank 20,000 or better (lower case,"
        " one a line),\n# from the names package (public domain). Built by"
        " tools/build_census_names.py; do not edit.\n"
    )
    OUT.write_text(head + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
