"""A finding's number is the same whether or not the NER model read the testimony."""

from __future__ import annotations

import json
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("made_vault")

# Invented: a place only the NER model finds comes before the rule findings.
TEXT = "Сына держали в Курске. Звоните +7 900 000-00-00 и спросите Аркадия Ёлкина."


def findings(cli: Any, tid: str, *flags: str) -> dict[int, tuple[str, str]]:
    result = cli("review", tid, "--json", *flags)
    assert result.code == 0, result.stderr
    found = json.loads(result.stdout)["findings"]
    return {f["number"]: (f["kind"], f["text"]) for f in found}


def test_ner_findings_are_numbered_after_the_rule_findings(cli: Any) -> None:
    added = cli("add", "-", "--lang", "ru", stdin=TEXT.encode())
    tid = added.stdout.splitlines()[-1]
    plain = findings(cli, tid)
    with_ner = findings(cli, tid, "--ner")
    assert ("place", "Курске") in with_ner.values()
    assert ("place", "Курске") not in plain.values()
    for number, finding in plain.items():
        assert with_ner[number] == finding, number
    extra = set(with_ner) - set(plain)
    assert min(extra) > max(plain)


def test_deciding_by_number_with_ner_hits_the_finding_listed_without_it(cli: Any) -> None:
    added = cli("add", "-", "--lang", "ru", stdin=TEXT.encode())
    tid = added.stdout.splitlines()[-1]
    plain = findings(cli, tid)
    phone = next(n for n, (kind, _text) in plain.items() if kind == "phone")
    assert cli("review", tid, "--ner", "--keep", str(phone)).code == 0
    decided = json.loads(cli("review", tid, "--json").stdout)["findings"]
    kept = [(f["kind"], f["decision"]) for f in decided if f["decision"] == "keep"]
    assert kept == [("phone", "keep")]


# Invented: the NER model and the rules cut some of these names differently.
SPANNED = (
    "Я говорила с Анной Викторовной Белозерской из комитета, она обещала помочь. Потом "
    "приехал Тимур Рашидович Хайдаров, адвокат из Казани. Командир части полковник "
    "Зарубин не отвечал. Мой сын Олег служил вместе с Павлом Гринёвым."
)


def test_accepting_the_defaults_with_ner_leaves_nothing_undecided_for_approval(cli: Any) -> None:
    """Approval reads without the model; what the rules alone find takes its default too."""
    added = cli("add", "-", "--lang", "ru", stdin=SPANNED.encode())
    tid = added.stdout.splitlines()[-1]
    assert cli("review", tid, "--accept-defaults", "--ner").code == 0
    undecided = [
        f
        for f in json.loads(cli("review", tid, "--json").stdout)["findings"]
        if f["decision"] is None
    ]
    assert undecided == []
    approved = cli("approve", tid)
    assert approved.code == 0, approved.stderr
