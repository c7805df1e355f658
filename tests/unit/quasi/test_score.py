"""The disclosure score follows the rules file; each rule has its own test.

Weights below are copied by hand from intake/data/quasi_rules.json; when a rule
changes there, the table here must change with it.
"""

from __future__ import annotations

import copy
import json
from importlib.resources import files
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from intake.errors import InputError
from intake.quasi import Detail, assess, at_least, find_details, rules
from intake.schemas_util import load_schema, validate


def d(kind: str, cls: str | None = None) -> Detail:
    return Detail(f"quasi:{kind}", 0, 1, cls)


@pytest.mark.parametrize(
    ("detail", "points"),
    [
        (d("age"), 2),
        (d("birth"), 3),
        (d("place", "small"), 4),
        (d("place", "town"), 2),
        (d("place", "city"), 1),
        (d("unit"), 3),
        (d("unit", "brigade"), 1),
        (d("rank"), 1),
        (d("specialty"), 1),
        (d("date"), 1),
        (d("date", "event"), 3),
        (d("occupation"), 2),
        (d("physical"), 2),
        (d("count"), 2),
    ],
)
def test_each_kind_and_class_weighs_what_the_rules_say(detail: Detail, points: int) -> None:
    assert assess([detail]).score == points


def test_a_kind_counts_once_at_its_heaviest_mention() -> None:
    assert assess([d("place", "city"), d("place", "small"), d("place", "town")]).score == 4


def test_three_kinds_together_earn_the_combination_bonus() -> None:
    found = assess([d("age"), d("count"), d("rank")])
    assert (found.score, found.combined) == (2 + 2 + 1 + 1, True)
    assert assess([d("age"), d("count")]).combined is False


@pytest.mark.parametrize(
    ("details", "level"),
    [
        ([], "low"),
        ([d("age")], "low"),
        ([d("place", "small")], "medium"),
        ([d("age"), d("date", "event")], "medium"),
        ([d("age"), d("place", "small"), d("date", "event")], "high"),
    ],
)
def test_levels_follow_the_thresholds(details: list[Detail], level: str) -> None:
    assert assess(details).level == level


def test_the_issue_example_is_high_in_both_languages() -> None:
    ru = (
        "24-летний контрактник из села Выдумкино в Бурятии, из инженерной бригады, "
        "задержан 19 июля вместе с двумя другими."
    )
    en = (
        "A 24-year-old contract soldier from a village of 3,000 in Buryatia, in the "
        "engineering brigade, detained on 19 July with two others."
    )
    assert assess(find_details(ru)).level == "high"
    assert assess(find_details(en)).level == "high"


def test_the_explanation_names_kinds_and_reasons_but_never_the_details() -> None:
    text = "24-летний контрактник из села Выдумкино задержан 19 июля."
    said = assess(find_details(text)).explain("en")
    assert said.startswith("level high")
    assert "a named home settlement limits the pool" in said
    assert "together these details may describe one person" in said
    assert "Выдумкино" not in said and "19" not in said.split(":", 1)[1]
    assert assess(find_details(text)).explain("ru").startswith("уровень high")


def test_at_least_compares_levels_and_off_never_blocks() -> None:
    assert at_least("high", "medium") and at_least("medium", "medium")
    assert not at_least("medium", "high") and not at_least("high", "off")


def test_other_rules_change_the_score_without_code() -> None:
    doc: dict[str, Any] = copy.deepcopy(dict(rules()))
    doc["kinds"]["quasi:age"]["weight"] = 9
    assert assess([d("age")], doc=doc).level == "high"


def test_the_shipped_rules_pass_their_schema() -> None:
    Draft202012Validator.check_schema(load_schema("quasi-rules"))
    text = files("intake").joinpath("data/quasi_rules.json").read_text(encoding="utf-8")
    validate(json.loads(text), "quasi-rules")


@pytest.mark.parametrize(
    "broken",
    [
        {"levels": {"medium": 4}},
        {"kinds": {"age": {"weight": 1, "why": {"en": "x", "ru": "x"}}}},
        {"kinds": {"quasi:age": {"weight": -1, "why": {"en": "x", "ru": "x"}}}},
        {"combination": {"min_kinds": 1, "bonus": 1, "why": {"en": "x", "ru": "x"}}},
    ],
)
def test_a_malformed_rules_file_is_refused(broken: dict[str, Any]) -> None:
    doc = {**copy.deepcopy(dict(rules())), **broken}
    with pytest.raises(InputError):
        validate(doc, "quasi-rules")
