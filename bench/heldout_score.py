"""Scoring of one redacted output against a held-out answer file (tests/heldout/).

Pure functions, no I/O beyond reading the answer files: fold text the same way on
both sides (invisible characters, look-alike Latin letters inside Cyrillic words,
NFKC, ё), look strings up as whole words with their letter case, and mask what is
printed so that a report never shows a string it checks for.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HELDOUT = Path(__file__).resolve().parent.parent / "tests" / "heldout"

# Latin letters that look like Cyrillic ones; folded only inside words that hold Cyrillic.
_LOOKALIKES = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_STRESS = "\u0301"


def _invisible(char: str) -> bool:
    code = ord(char)
    return (
        unicodedata.category(char) == "Cf"
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
        or char == _STRESS
    )


def _fold_word(match: re.Match[str]) -> str:
    word = match.group(0)
    return word.translate(_LOOKALIKES) if _CYRILLIC.search(word) else word


_NUMERO = "\ue000"  # a private-use character NFKC leaves alone, standing in for "№"


def fold(text: str) -> str:
    """The view both sides are compared in: letter case is kept."""
    visible = "".join(char for char in text if not _invisible(char))
    # "№" stays itself: NFKC's "No" would glue it to a number after it ("№00GE04127" read as
    # one word "No00GE04127", in which the number is no whole word)
    kept = visible.replace("№", _NUMERO)
    normal = unicodedata.normalize("NFKC", kept).replace("ё", "е").replace("Ё", "Е")
    normal = normal.replace(_NUMERO, "№")
    return _WORD.sub(_fold_word, normal)


def unescape_markdown(text: str) -> str:
    """Undo Markdown backslash escapes so that "\\[имя\\]" and "1\\-я" read as written."""
    return _MD_ESCAPE.sub(r"\1", text)


def _pattern(needle: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(fold(needle)) + r"(?!\w)")


def occurs(needle: str, folded_text: str) -> bool:
    """Whether needle occurs in an already folded text as a whole word."""
    return _pattern(needle).search(folded_text) is not None


def blank_out(folded_text: str, keep: list[str]) -> str:
    """Blank the kept strings, so that "Слава" inside "Слава богу" is not a leak."""
    for phrase in keep:
        folded_text = _pattern(phrase).sub(lambda m: "\0" * len(m.group(0)), folded_text)
    return folded_text


def mask(text: str) -> str:
    """First visible character and dots: enough to find it in the answer file."""
    shown = fold(text).strip()
    return shown[:1] + "." * max(len(shown) - 1, 2)


def is_identifier(text: str) -> bool:
    """Numbers, links and handles, as opposed to word forms of names and call signs."""
    return any(char.isdigit() for char in text) or "@" in text or "/" in text


@dataclass(frozen=True)
class Case:
    """One held-out text and its hand-written answers."""

    name: str
    path: Path
    text: str
    answers: dict[str, Any]

    @property
    def lang(self) -> str:
        return str(self.answers.get("lang", "auto"))


def load_cases(only: list[str] | None = None, folder: Path = HELDOUT) -> list[Case]:
    cases = []
    for answer in sorted(folder.glob("*.json")):
        if only and answer.stem not in only:
            continue
        text_path = answer.with_suffix(".txt")
        answers = json.loads(answer.read_text(encoding="utf-8"))
        cases.append(Case(answer.stem, text_path, text_path.read_text(encoding="utf-8"), answers))
    return cases


def answer_problems(case: Case) -> list[str]:
    """Answer strings that do not occur in the text itself, and must-redact strings that
    occur only inside must-keep ones (so that no output could ever show them leaking)."""
    folded = fold(case.text)
    wanted = [
        *case.answers["must_redact"],
        *case.answers["must_keep"],
        *case.answers["unregistered_names"],
    ]
    missing = [mask(s) for s in wanted if not occurs(s, folded)]
    mentions = [e["mention"] for e in case.answers.get("expected_pseudonym_cases", [])]
    missing += [mask(m) for m in mentions if fold(m) not in folded]
    outside = blank_out(folded, case.answers["must_keep"])
    hidden = [s for s in case.answers["must_redact"] if occurs(s, folded)]
    return missing + [
        mask(s) + " (only inside kept text)" for s in hidden if not occurs(s, outside)
    ]


@dataclass
class Score:
    """What one output did with one case's answers (strings kept only masked)."""

    leaked_words: list[str] = field(default_factory=list)
    leaked_ids: list[str] = field(default_factory=list)
    redact_total: tuple[int, int] = (0, 0)  # word forms, identifiers
    lost: list[str] = field(default_factory=list)
    keep_total: int = 0
    names_missed: list[str] = field(default_factory=list)
    names_total: int = 0
    forms_found: int = 0
    forms_total: int = 0


def score(case: Case, output: str) -> Score:
    folded = fold(output)
    answers = case.answers
    keep: list[str] = answers["must_keep"]
    checked = blank_out(folded, keep)
    leaked = [s for s in answers["must_redact"] if occurs(s, checked)]
    ids = [s for s in answers["must_redact"] if is_identifier(s)]
    expected = answers.get("expected_pseudonym_cases", [])
    return Score(
        leaked_words=[mask(s) for s in leaked if not is_identifier(s)],
        leaked_ids=[mask(s) for s in leaked if is_identifier(s)],
        redact_total=(len(answers["must_redact"]) - len(ids), len(ids)),
        lost=[mask(s) for s in keep if not occurs(s, folded)],
        keep_total=len(keep),
        names_missed=[mask(s) for s in answers["unregistered_names"] if occurs(s, folded)],
        names_total=len(answers["unregistered_names"]),
        forms_found=sum(any(occurs(x, folded) for x in e["expect"]) for e in expected),
        forms_total=len(expected),
    )
