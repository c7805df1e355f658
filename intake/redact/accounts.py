"""Accounts with a shape of their own: a bank account's IBAN, a messenger export's ids.

* An IBAN (ISO 13616: two letters, two check digits, groups of four) anywhere when its
  check digits are right; after "IBAN" whatever they are
  (:mod:`intake.redact.identifiers`).
* A messenger export's account ids: Telegram's "user5000000412" and "channel..." as its
  JSON export writes a sender, and a JSON id field of eight digits or more ("id":
  4000000817 is a personal chat's peer; a message's own id is shorter).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from intake.redact.findings import HANDLE, ID_NUMBER

Hit = tuple[str, int, int, float]

IBAN = re.compile(
    r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?![A-Z0-9])"
)
_EXPORT_ID = re.compile(r"(?<!\w)(?:user|channel)\d{6,}(?!\w)")
_JSON_ID = re.compile(r'"(?:id|from_id|user_id|chat_id|peer_id|actor_id)"\s*:\s*"?(\d{8,})(?!\d)')


def find_account_ids(text: str) -> Iterator[Hit]:
    """IBANs whose check digits are right, and a messenger export's account ids."""
    for found in IBAN.finditer(text):
        if iban_ok(found.group()):
            yield ID_NUMBER, found.start(), found.end(), 0.9
    if "user" in text or "channel" in text:
        for found in _EXPORT_ID.finditer(text):
            yield HANDLE, found.start(), found.end(), 0.9
    if '"' in text:
        for found in _JSON_ID.finditer(text):
            yield HANDLE, found.start(1), found.end(1), 0.85


def iban_ok(iban: str) -> bool:
    """The ISO 13616 check: the four first characters moved to the end, letters as numbers
    (A=10 ... Z=35), the whole modulo 97 is 1."""
    compact = iban.replace(" ", "")
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
