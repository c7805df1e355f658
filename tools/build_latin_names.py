"""Build intake/data/names_latin.txt: Latin name words that are also English dictionary words.

The publication check lets a capitalised Latin word through when the English
dictionary holds it as an ordinary lower-case word ("Windows", "Digital"), unless
it can be a person's name. This list is that exception, derived, not written by
hand: every word of

* the US Census 1990 first names (all) and surnames (the 10,000 most common), from
  the ``names`` package (public domain data);
* common East Asian surnames (:data:`EAST_ASIAN`: "Tao", "Sun", "Kim", "Long");
* the Russian first names and surnames of ``intake/data/names_ru.txt`` and the short
  forms of ``intake/data/diminutives_ru.txt`` in the check's two Latin schemes
  (:func:`intake.check.latin.spellings`: "Roman", "Vera", "Sokol", "Paha");

that the dictionary rules of :mod:`intake.check.english` would otherwise accept, or that
the gazetteer lists as a town (:mod:`intake.check.known`: "Adler", "Marx", "Tara").
Names the dictionary does not hold need no entry: they are asked about anyway.

Run once after upgrading english-words or names: ``python tools/build_latin_names.py``.
The ``names`` package is needed only here (``pip install names``), not at run time.
"""

from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "intake" / "data" / "names_latin.txt"
NAMES_RU = OUT.parent / "names_ru.txt"
MAX_SURNAME_RANK = 10_000


def census(max_surname_rank: int = MAX_SURNAME_RANK) -> set[str]:
    """First names of the US Census 1990 lists and its surnames of ``max_surname_rank`` or
    better, lower case."""
    import names  # type: ignore[import-untyped]

    folder = Path(names.__file__).parent
    found: set[str] = set()
    for name in ("dist.male.first", "dist.female.first", "dist.all.last"):
        for line in (folder / name).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if parts and (name != "dist.all.last" or int(parts[3]) <= max_surname_rank):
                found.add(parts[0].lower())
    return found


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Common Chinese, Korean, Vietnamese and Japanese surnames: short, and often English words.
EAST_ASIAN = _words(
    """
    li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
    cheng wei su lu ding ren shen yao shi tao jin kim lee park choi jung kang cho yoon jang lim
    shin seo kwon hwang ahn yoo hong jeon ko moon son bae baek heo nam nguyen tran le pham hoang
    phan vu vo dang bui do ho ngo duong ly abe ito kato sato ono mori ueda ota kido long
    """
)


def russian_names() -> set[str]:
    from intake.check.latin import spellings

    lines = NAMES_RU.read_text(encoding="utf-8").splitlines()
    names = (line.split()[1] for line in lines if line[:2] in ("m ", "f ", "s "))
    return {latin for name in names for latin in spellings(name)}


def russian_short_forms() -> set[str]:
    """Latin spellings of the short forms of intake/data/diminutives_ru.txt ("Paha")."""
    from intake.check.latin import spellings

    text = (OUT.parent / "diminutives_ru.txt").read_text(encoding="utf-8").lower()
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    words = {w for line in lines for w in re.findall(r"[а-яё]+", line)}
    return {latin for word in words for latin in spellings(word)}


def latin_towns() -> set[str]:
    lines = (OUT.parent / "places_ru.txt").read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line.isascii() and not line.startswith("#")}


def main() -> None:
    from intake.check.english import word_like

    towns = latin_towns()
    names = census() | russian_names() | russian_short_forms() | EAST_ASIAN
    words = sorted(w for w in names if word_like(w) or w in towns)
    head = (
        "# Latin name words the English dictionary or the gazetteer also holds (lower case,\n"
        "# one a line): the check asks about these. Built by tools/build_latin_names.py from\n"
        "# US Census 1990 names (the names package) and intake/data/names_ru.txt; do not edit.\n"
    )
    OUT.write_text(head + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
