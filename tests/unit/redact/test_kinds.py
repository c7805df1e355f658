"""The table of finding kinds is the one list policy files, tags and the interface share."""

from __future__ import annotations

import json
from pathlib import Path

from intake.redact import findings
from intake.redact.kinds import KINDS
from intake.redact.operators import tag
from intake.redact.policy import DEFAULT_ACTIONS

SCHEMA = Path(__file__).resolve().parents[3] / "schemas" / "policy.schema.json"


def test_the_policy_schema_names_exactly_the_kinds_of_the_table() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    names = schema["properties"]["actions"]["propertyNames"]["enum"]
    assert sorted(names) == sorted(KINDS)
    actions = schema["properties"]["actions"]["additionalProperties"]["enum"]
    assert {kind.action for kind in KINDS.values()} <= set(actions)


def test_every_kind_a_finding_can_have_is_in_the_table_with_words_in_both_languages() -> None:
    assert set(findings.KINDS) == set(KINDS)
    for name, kind in KINDS.items():
        assert kind.tags["ru"] and kind.tags["en"], name


def test_defaults_and_tags_come_from_the_table() -> None:
    assert DEFAULT_ACTIONS["person"] == "pseudonym" and DEFAULT_ACTIONS["place"] == "keep"
    assert DEFAULT_ACTIONS["ambiguous"] == "tag"
    assert (tag("ambiguous", "ru"), tag("phone", "en")) == ("[имя]", "[phone]")


def test_the_engine_iterates_one_registry_of_recognizers_with_one_interface() -> None:
    from intake.redact import Redactor, Registry
    from intake.redact.normalize import Normalized

    redactor = Redactor(Registry(), public_figures=False)
    names = [r.name for r in redactor.recognizers]
    assert names == ["registry", "pseudonym", "tag", "patterns", "names"]
    text = Normalized.of("Звоните на +7 900 000-00-01, писал Пахом Выдумкин.")
    kinds = {f.kind for r in redactor.recognizers for f in r.find(text, [])}
    assert {"phone", "name"} <= kinds


def test_a_language_object_gives_its_pool_tags_and_letters() -> None:
    from intake.redact.language import detect, language

    russian, english = language("ru"), language("en")
    assert (russian.tag_word("phone"), english.tag_word("phone")) == ("телефон", "phone")
    assert language("xx") is english  # an unknown code: tags every reader understands
    assert detect("Мать сказала, что его увезли.") is russian
    assert detect("His mother said he was taken.") is english
    assert "Б" in russian.letters and "B" in english.letters
