"""Invariants of redaction, for any text around the registered names."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.redact import Person, Redactor, Registry
from intake.redact.normalize import skeleton

REDACTOR = Redactor(
    Registry(
        [
            Person("Евгений Горшенин", pseudonym="Иван"),
            Person("Ксения Дашиева", gender="f", pseudonym="Анна"),
        ]
    )
)
FORMS = [
    "Горшенин",
    "Горшенина",
    "Горшениным",
    "Евгения",
    "Gorshenin",
    "Yevgeny",
    "Дашиевой",
    "Ксении",
    "Kseniya",
    "Dashieva",
]
# Hand-written (not the engine's form table): a stem of each registered name in each script.
FORBIDDEN_STEMS = (
    "горшенин",
    "gorshenin",
    "евгени",
    "yevgen",
    "evgen",
    "дашиев",
    "dashiev",
    "ксени",
    "kseni",
)
LOOKALIKE = str.maketrans({"о": "o", "а": "a", "е": "e", "р": "p", "с": "c", "х": "x"})
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
FILLER = st.text(alphabet=st.sampled_from(list("абвгд efgh ,.;:!?\n0123456789")), max_size=40)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _disguise(form: str, seed: int, how: str) -> str:
    rng = random.Random(seed)
    if how == "upper":
        return form.upper()
    if how == "lower":
        return form.lower()
    if how == "lookalike":
        return form.translate(LOOKALIKE)
    chars = list(form)
    for _ in range(rng.randint(1, 3)):
        chars.insert(rng.randint(1, len(chars) - 1), rng.choice(ZERO_WIDTH))
    return "".join(chars)


@SETTINGS
@given(
    before=FILLER,
    after=FILLER,
    form=st.sampled_from(FORMS),
    seed=st.integers(0, 10**6),
    how=st.sampled_from(["upper", "lower", "lookalike", "zero-width", "plain"]),
)
def test_no_registered_form_survives(
    before: str, after: str, form: str, seed: int, how: str
) -> None:
    text = f"{before} {_disguise(form, seed, how)} {after}"
    result = REDACTOR.redact(text)
    folded = skeleton(result.text)
    assert [stem for stem in FORBIDDEN_STEMS if skeleton(stem) in folded] == []
    assert form.lower() not in result.text.lower()


@SETTINGS
@given(
    before=FILLER,
    after=FILLER,
    form=st.sampled_from(FORMS),
    phone=st.sampled_from(["+7 900 000-00-00", "8 (900) 000-00-01", ""]),
)
def test_redacting_twice_changes_nothing(before: str, after: str, form: str, phone: str) -> None:
    once = REDACTOR.redact(f"{before} {form} {phone} {after}").text
    assert REDACTOR.redact(once).text == once


@SETTINGS
@given(text=st.text(max_size=200))
def test_spans_are_in_bounds_and_do_not_overlap(text: str) -> None:
    findings = REDACTOR.redact(text).findings
    position = 0
    for finding in findings:
        assert position <= finding.start < finding.end <= len(text)
        position = finding.end
