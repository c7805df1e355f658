"""Accounts with a shape of their own: a bank account's IBAN, a messenger export's ids.

* An IBAN's shape (ISO 13616: two letters, two check digits, groups of four), read after
  its cue ("IBAN", "account", "счёт", "р/с") by :mod:`intake.redact.identifiers`,
  whatever its check digits; one with no cue is the publication check's (a code of
  letters and digits).
* A messenger export's account ids: Telegram's "user5000000412" and "channel..." as its
  JSON export writes a sender, and a JSON id field of eight digits or more ("id":
  4000000817 is a personal chat's peer; a message's own id is shorter).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from intake.redact.findings import HANDLE

Hit = tuple[str, int, int, float]

IBAN = re.compile(
    r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?![A-Z0-9])"
)
_EXPORT_ID = re.compile(r"(?<!\w)(?:user|channel)\d{6,}(?!\w)")
_JSON_ID = re.compile(r'"(?:id|from_id|user_id|chat_id|peer_id|actor_id)"\s*:\s*"?(\d{8,})(?!\d)')


def find_account_ids(text: str) -> Iterator[Hit]:
    """A messenger export's account ids (see the module)."""
    if "user" in text or "channel" in text:
        for found in _EXPORT_ID.finditer(text):
            yield HANDLE, found.start(), found.end(), 0.9
    if '"' in text:
        for found in _JSON_ID.finditer(text):
            yield HANDLE, found.start(1), found.end(1), 0.85
