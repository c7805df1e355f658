"""Text files as people save them: UTF-8, or UTF-16 with a byte-order mark (Windows
Notepad's "Unicode"); anything else is refused with the encoding it most likely is.

Guessing is only for the hint: text is never decoded from a guess, since a wrong
guess would store a garbled testimony that no one notices until it is published.
"""

from __future__ import annotations

import codecs

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def utf16_with_bom(data: bytes) -> str | None:
    """The text of UTF-16 data that starts with a byte-order mark, else None."""
    if not data.startswith(UTF16_BOMS):
        return None
    try:
        return data.decode("utf-16")  # the mark gives the byte order and is dropped
    except UnicodeDecodeError:
        return None


def likely_encoding(data: bytes) -> str | None:
    """A name for the encoding non-UTF-8 ``data`` is probably in, for a hint; or None."""
    sample = data[:65536]
    if 0 in sample and min(len(set(sample[0::2])), len(set(sample[1::2]))) <= 3:
        return "UTF-16 without a byte-order mark"  # one byte of each pair: the script's block
    high = [b for b in sample if b >= 0xC0]
    if not high:
        return None
    latin = sum(1 for b in sample if 0x41 <= b <= 0x7A)
    if len(high) < latin:  # a few accented letters among Latin ones: not Cyrillic
        return "Windows-1252 or Latin-1"
    upper_half = sum(1 for b in high if b >= 0xE0)  # Cyrillic lower case in Windows-1251
    if upper_half * 2 >= len(high):
        return "Windows-1251 (Cyrillic)"
    letters = sample.decode("koi8-r", errors="replace")
    if sum(1 for c in letters if "а" <= c <= "я") * 2 >= len(high):
        return "KOI8-R (Cyrillic)"
    return "Windows-1252 or Latin-1"
