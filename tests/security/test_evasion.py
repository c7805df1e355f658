"""Evasion: a registered name in disguise is still redacted, and still refused by the gate.

A name can reach a transcript disguised, on purpose or by accident of copying:
invisible characters inside it (zero-width spaces and joiners, soft hyphens,
word joiners, byte-order marks, direction marks), letters from another script
that look the same (Latin "e" in a Cyrillic name, Cyrillic "о" in a Latin one,
Greek kappa), styled letters from social networks (fullwidth, mathematical bold
or italic, small capitals), odd case, stress marks, or any mix of these, in any
grammatical case. Each disguise below must be:

- found and replaced by `intake redact`, with a person finding over it; and
- refused by the export's leak gate when the redaction step is switched off,
  so the gate alone would stop it (exit 3, nothing written).

Digits used as letters inside a word ("Выдумк1н", "Mad3up0va") are read as the
letters they stand for, and a name spelled out letter by letter ("В ы д у м к и
н", "В.Ы.Д.У.М.К.И.Н") is read as the word. Known limit (SECURITY.md): a name
broken into pieces of several letters ("Выд умкин") is left to the reviewer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from intake import models, people, review, testimonies
from intake.errors import EXIT_LEAK
from intake.models import Consent, Gender, Interview
from intake.redact import Redactor, Registry
from intake.redact.normalize import skeleton
from intake.review.items import Redacted
from tests.cli.export_world import open_vault
from tests.conftest import Result

pytestmark = pytest.mark.security

Cli = Callable[..., Result]
REGISTRY = {
    "people": [
        {"name": "Евгений Выдумкин", "aliases": ["Женя"], "gender": "m", "pseudonym": "Иван"},
        {"name": "Darya Madeupova", "gender": "f", "pseudonym": "Anna"},
    ]
}
SCANNER = Redactor(Registry.from_json(REGISTRY), ner=False)

DISGUISES = {
    "zero-width space": "Выд\u200bумкин",
    "zero-width joiner": "Выд\u200dумкин",
    "zero-width non-joiner": "Выдум\u200cкин",
    "word joiner": "Вы\u2060думкин",
    "byte-order mark inside": "Выду\ufeffмкин",
    "combining grapheme joiner": "Выдум\u034fкин",
    "soft hyphens": "Вы\u00adдум\u00adкин",
    "right-to-left mark inside": "Выд\u200fумкин",
    "right-to-left override around": "\u202eВыдумкин\u202c",
    "stress mark": "Выду\u0301мкин",
    "Latin y and k": "Выдyмkин",
    "Latin B": "Bыдумкин",
    "Greek kappa": "Выдумκин",
    "upper case": "ВЫДУМКИН",
    "lower case": "выдумкин",
    "mixed case": "вЫдУмКиН",
    "dative with soft hyphens": "Вы\u00adдумки\u00adну",
    "genitive first name with a zero-width space": "Евгени\u200bя",
    "no-break space between the names": "Евгений\u00a0Выдумкин",
    "everything at once": "В\u200bЫ\u00adдУmк\u200dин",
    "fullwidth Latin k": "Выдумｋин",
    "Latin name, fullwidth": "Ｍａｄｅｕｐｏｖａ",
    "Latin name, mathematical bold": "𝐌𝐚𝐝𝐞𝐮𝐩𝐨𝐯𝐚",
    "Latin name, mathematical italic": "𝑀𝑎𝑑𝑒𝑢𝑝𝑜𝑣𝑎",
    "Latin name, small capitals": "Mᴀᴅᴇᴜᴘᴏᴠᴀ",
    "Latin name, Cyrillic М and о": "Мadeupоva",
    "Latin name, zero-width space": "Made\u200bupova",
    "Latin name, upper case": "MADEUPOVA",
    "transliteration with a zero-width joiner": "Vydum\u200dkin",
    "digit one for и": "Выдумк1н",
    "digit eight for В": "8ыдумкин",
    "digits in a Latin name": "Mad3up0va",
    "letters spaced apart": "В ы д у м к и н",
    "letters with dots": "В.Ы.Д.У.М.К.И.Н",
    "Latin letters with dashes": "M-a-d-e-u-p-o-v-a",
}
CASES = [pytest.param(text, id=name) for name, text in DISGUISES.items()]


def sentence(disguise: str) -> str:
    return f"Мать сказала, что {disguise} не выходит на связь с марта."


@pytest.mark.parametrize("disguise", CASES)
def test_intake_redact_finds_and_replaces_a_disguised_name(
    cli: Cli, tmp_path: Path, disguise: str
) -> None:
    registry = tmp_path / "registry.json"
    registry.write_text(json.dumps(REGISTRY), encoding="utf-8")
    text = sentence(disguise)
    result = cli(
        "redact",
        "--no-ner",
        "--json",
        "--registry",
        str(registry),
        "-",
        stdin=text.encode(),
        passphrase=False,
    )
    assert result.code == 0, result.stderr
    output = json.loads(result.stdout)
    start = text.index(disguise)
    assert any(
        f["kind"] == "person" and f["start"] <= start + 1 and f["end"] >= start + 2
        for f in output["findings"]
    ), output["findings"]
    assert disguise not in output["text"]
    assert [f for f in SCANNER.scan_for_leaks(output["text"]) if f.kind == "person"] == []
    assert skeleton(disguise).strip(" ") not in skeleton(output["text"])


def _no_redaction(rev: review.Review, _redactor: object) -> Redacted:
    """A redaction step that failed completely: every field as it was written."""
    return Redacted(dict(rev.texts), ())


@pytest.mark.parametrize("disguise", CASES)
def test_the_leak_gate_alone_refuses_an_export_with_a_disguised_name(
    cli: Cli,
    made_vault: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    disguise: str,
) -> None:
    with open_vault(made_vault[0]) as vault:
        people.register(
            vault, "Евгений Выдумкин", aliases=("Женя",), gender=Gender.MALE, pseudonym="Иван"
        )
        people.register(vault, "Darya Madeupova", gender=Gender.FEMALE, pseudonym="Anna")
        tid = testimonies.create(
            vault,
            models.Testimony(
                id="",
                title="Свидетельство",
                transcript="Ничего особенного здесь нет.",
                summary=sentence(disguise),
                interview=Interview(language="ru", date="2026-03-14"),
                consent=Consent(publish_summary=True, publish_quotes=True),
            ),
        ).id
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0
    monkeypatch.setattr("intake.export.publish.review.redacted", _no_redaction)
    out = tmp_path / "publication.md"
    result = cli("export", "--out", str(out))
    assert result.code == EXIT_LEAK, result.stderr
    assert "leak gate" in result.stderr and "a person in" in result.stderr
    assert f"testimony {tid}" in result.stderr and "summary" in result.stderr
    assert disguise not in result.stderr, "the refusal must never quote what leaked"
    assert list(tmp_path.glob("publication*")) == [], "nothing may be written"
