"""Secrets after their cue: a source's safe word, a code word, a password, a PIN.

Whoever reads "кодовое слово: «абрикос»" can call as the source, or withdraw a consent in
the source's name, so the word is redacted like a document number. A secret is the value
that follows its cue ("кодовое слово", "контрольное слово", "пароль", "пин-код", "safe
word", "code word", "password", "passphrase", "PIN", and in Latin letters "parol'"):

* in quotes right after the cue or after a colon, dash or "=" (up to 60 characters:
  «синяя птица», "apricot");
* else the one word after a colon, dash or "=" ("пароль: tulpan1987", "PIN - 4517"),
  or after "is" ("the safe word is apricot").

Words between the cue and its colon name whose secret it is ("пароль от почты: ...";
three words at most, on the cue's line); the other language's cue may stand there too
("Safe word / кодовое слово:"). A cue followed by neither ("забыла пароль от почты",
"the password was changed") gives no secret.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from intake.redact.cues import cue_matches, heads
from intake.redact.findings import SECRET

Hit = tuple[str, int, int, float]

_I = re.IGNORECASE
_HEADS = heads(
    "кодов", "контрольн", "секретн", "стоп-слово", "парол", "пин", "pin", "safe", "safeword",
    "code", "codeword", "password", "passphrase", "passcode", "secret", "parol", "kodov",
)  # fmt: skip
_CUE = re.compile(
    r"(?:(?:кодов|контрольн|секретн)(?:ое|ым|ого)\s+слов(?:о|ом|а)|кодов(?:ая|ую|ой)\s+фраз[аыуе]"
    r"|стоп-слово|парол[ьяюеи]|пин(?:-?код)?|pin(?:-?code)?|safe\s?word|code\s?word"
    r"|password|passphrase|passcode|secret\s+word|parol'?|kodovoe\s+slovo)(?!\w)",
    _I,
)
# whose secret it is, or the other language's cue: up to three words before the colon
_BETWEEN = re.compile(r"(?:[ \t]*[/(]?[ \t]*[^\W\d_][\w'-]*\)?){0,3}?[ \t]*(?=[:=—–-]|\bis\b)", _I)
_MARK = re.compile(r"[ \t]*(?:[:=—–-]|is\b)[ \t]*", _I)
_QUOTED = re.compile(r"[ \t]*([«\"“„'])([^«»\"“”„'\n\[\]]{1,60})([»\"”“'])")  # no tag
_WORD = re.compile(r"[^\s,;.!?()«»\"“”„'\[\]]{2,40}(?![^\s,;.!?)»\"”'])")  # not a tag


def find_secrets(text: str) -> Iterator[Hit]:
    """Secrets after their cue (see the module)."""
    for cue in cue_matches(text, _HEADS, _CUE):
        quoted = _QUOTED.match(text, cue.end())  # «абрикос» right after the cue
        if quoted is not None:
            yield SECRET, quoted.start(2), quoted.end(2), 0.9
            continue
        between = _BETWEEN.match(text, cue.end())
        mark = _MARK.match(text, between.end()) if between is not None else None
        if mark is None:
            continue
        quoted = _QUOTED.match(text, mark.end())
        if quoted is not None:
            yield SECRET, quoted.start(2), quoted.end(2), 0.9
        elif (word := _WORD.match(text, mark.end())) is not None:
            yield SECRET, word.start(), word.end(), 0.85
