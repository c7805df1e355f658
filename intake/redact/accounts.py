"""Accounts with a shape of their own: a bank account's IBAN, a messenger export's ids.

* An IBAN's shape (ISO 13616: two letters, two check digits, groups of four), read after
  its cue ("IBAN", "account", "счёт", "р/с") by :mod:`intake.redact.identifiers`,
  whatever its check digits; one with no cue is the publication check's (a code of
  letters and digits).
* A messenger export's account ids: Telegram's "user5000000412" and "channel..." as its
  JSON export writes a sender, and a JSON id field of eight digits or more ("id":
  4000000817 is a personal chat's peer; a message's own id is shorter).
* A cryptocurrency wallet's address by its shape, with no cue: Ethereum's "0x" and 40
  hexadecimal digits (and a transaction's "0x" and 64), Bitcoin's and Litecoin's bech32
  ("bc1q...", "ltc1..."), TRON's "T" and 33 Base58 characters, Bitcoin's older Base58
  address ("1..." or "3...", 26 to 35 characters with capitals, small letters and
  digits), Monero's 95; and a transaction's hash, 64 hexadecimal digits, after its cue
  ("TxID", "hash", "хэш"). A wallet is one person's account on a public ledger, which
  anyone can follow to the exchange that knows the holder. A hash of 40 digits or fewer
  after no cue (a commit's, a file's) is left alone.
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


# Base58: the digits and Latin letters but 0, O, I and l
_B58 = "1-9A-HJ-NP-Za-km-z"
_WALLET = re.compile(
    r"0x[0-9a-fA-F]{64}|0x[0-9a-fA-F]{40}"
    r"|(?:bc1|tb1|ltc1)[a-z0-9]{20,87}|(?:BC1|TB1|LTC1)[A-Z0-9]{20,87}"
    rf"|T[{_B58}]{{33}}|[13][{_B58}]{{25,34}}|[48][0-9AB][{_B58}]{{93}}"
)
# a run of Latin letters and digits as long as the shortest address: the only places an
# address or a hash is looked for (a Russian text has few)
_LONG_RUN = re.compile(r"[0-9A-Za-z]{26,}")
_HASH = re.compile(r"[0-9a-fA-F]{64}")
# hexadecimal digits alone: a digest or a commit's hash that begins "bc1" is no Bitcoin
# address (a manifest's sha256 digests hold one in a few thousand)
_HASH_DIGITS = re.compile(r"[0-9a-fA-F]+")
_TX_CUE = re.compile(
    r"(?<![\w-])(?:tx[ \t]?id|tx[ \t]?hash|txn|transaction[ \t]+hash|hash|х[эе]ш)"
    r"(?:[ \t]*транзакции)?[ \t]*[:=—–-]?[ \t]*\Z",
    re.IGNORECASE,
)
_TX_REACH = 32  # characters back from a hash to its cue


def find_account_ids(text: str) -> Iterator[Hit]:
    """A messenger export's account ids and a wallet's address (see the module)."""
    for run in _LONG_RUN.finditer(text):
        start, end = run.span()
        if _joined(text, start - 1) or _joined(text, end):
            continue  # part of a longer word, a link or a code
        token = run.group()
        if _WALLET.fullmatch(token) is not None and _HASH_DIGITS.fullmatch(token) is None:
            if token[0] not in "13" or _mixed(token):  # not a long number
                yield ID_NUMBER, start, end, 0.85
        elif _HASH.fullmatch(token) and _TX_CUE.search(text, max(0, start - _TX_REACH), start):
            yield ID_NUMBER, start, end, 0.85
    if "user" in text or "channel" in text:
        for found in _EXPORT_ID.finditer(text):
            yield HANDLE, found.start(), found.end(), 0.9
    if '"' in text:
        for found in _JSON_ID.finditer(text):
            yield HANDLE, found.start(1), found.end(1), 0.85


def _mixed(address: str) -> bool:
    """True if ``address`` has a capital, a small letter and a digit, as a Base58 one does."""
    return (
        any(c.isupper() for c in address)
        and any(c.islower() for c in address)
        and any(c.isdigit() for c in address)
    )


def _joined(text: str, index: int) -> bool:
    """True if ``text[index]`` joins a run to more of a word ("-", "_", a letter)."""
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] in "_-")
