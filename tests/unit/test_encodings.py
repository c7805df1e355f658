"""Text files in the encodings people save: UTF-16 with a mark is read, others are named."""

from __future__ import annotations

import pytest

from intake.errors import InputError
from intake.ingest import decode
from intake.ingest.encodings import likely_encoding, utf16_with_bom

RU = "Мой сын служил в части, его звали Вымысел.\n"  # invented
FR = "Le village de Nulpart était calme, dit-elle à l'été.\n"  # invented


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_imported_as_its_text(codec: str) -> None:
    mark = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[codec]
    data = mark + RU.encode(codec)
    assert decode(data, "the file") == RU
    assert utf16_with_bom(data) == RU


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (RU.encode("cp1251"), "Windows-1251 (Cyrillic)"),
        (RU.encode("koi8-r"), "KOI8-R (Cyrillic)"),
        (FR.encode("cp1252"), "Windows-1252 or Latin-1"),
        (RU.encode("utf-16-le"), "UTF-16 without a byte-order mark"),
    ],
)
def test_other_encodings_are_refused_with_the_likely_one_named(data: bytes, named: str) -> None:
    assert likely_encoding(data) == named
    with pytest.raises(InputError) as refused:
        decode(data, "the file")
    assert named in refused.value.message
    assert "UTF-8" in (refused.value.hint or "")
