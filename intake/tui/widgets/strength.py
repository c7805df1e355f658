"""A rough passphrase strength hint, shown as the person types a new passphrase.

It is an estimate for guidance only (length times the size of the character
pools used, discounted for repeated characters); it cannot know whether the
phrase is a quotation or reused elsewhere. Twelve characters are required.
"""

from __future__ import annotations

import math
import string

MIN_CHARS = 12
_POOLS = (
    (string.ascii_lowercase, 26),
    (string.ascii_uppercase, 26),
    (string.digits, 10),
    (string.punctuation + " ", 33),
)


def estimated_bits(passphrase: str) -> float:
    pool = sum(size for chars, size in _POOLS if any(ch in chars for ch in passphrase))
    if any(ord(ch) > 127 for ch in passphrase):
        pool += 66  # Cyrillic letters and other scripts
    if not passphrase or pool == 0:
        return 0.0
    distinct = len(set(passphrase)) / len(passphrase)
    return len(passphrase) * math.log2(pool) * min(1.0, 0.4 + distinct)


def strength_hint(passphrase: str) -> tuple[str, str]:
    """(level, sentence): level is short, weak, fair or strong."""
    length = len(passphrase)
    if length < MIN_CHARS:
        return "short", f"Too short: {length} of at least {MIN_CHARS} characters."
    bits = estimated_bits(passphrase)
    if bits < 60:
        return "weak", "Weak: add more unrelated words; length beats symbols."
    if bits < 80:
        return "fair", "Fair: one or two more words would make it strong."
    return "strong", "Strong. Write it nowhere near the laptop."
