"""The publication check, attacked from the command line: forms the redactor does not know.

For each rule of the check a form nobody registered is planted. Review lists it
(kind ``check:...``, default redact) and the defaults redact it; a reviewer's own
wording that brings one back, or a review that did not list it, is refused by the
export (exit 3, nothing written) naming every hit with the string masked. Every
name and number here is invented.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from intake import models, people, testimonies
from intake.errors import EXIT_LEAK
from intake.models import Consent, Gender, Interview
from tests.cli.export_world import open_vault
from tests.conftest import Result

Cli = Callable[..., Result]

# One row per rule: (kind, a form the redactor does not know). The registry below has
# Сергей Кравчук, Елена Кравчук and Аяс Хертек; none of these forms is in it.
PLANTED = [
    ("check:near-name", "Серёжечка"),  # a short form of Сергей the table of short forms lacks
    ("check:near-name", "Аясик"),  # a hypocoristic of Аяс nobody wrote down
    ("check:near-name", "Кравчинко"),  # a misspelling in a quoted document
    ("check:near-name", "Кравчюк"),  # a misspelling
    ("check:near-name", "С. К."),  # Сергей Кравчук's initials alone
    ("check:capitalised", "Тувинцевым"),  # a surname nobody registered
    ("check:number", "QX-58317"),  # a personal number the patterns do not expect
    ("check:number", "шесть один девять девять"),  # a unit number read out in words
]
IDS = [form for _kind, form in PLANTED]


REGISTRY = {
    "people": [
        {"name": "Сергей Кравчук", "gender": "m", "pseudonym": "Иван"},
        {"name": "Елена Кравчук", "gender": "f", "pseudonym": "Мария"},
        {"name": "Аяс Хертек", "gender": "m", "pseudonym": "Пётр"},
    ]
}


@pytest.mark.parametrize(("kind", "form"), PLANTED, ids=IDS)
def test_each_planted_form_is_one_the_redactor_leaves(kind: str, form: str) -> None:
    """The premise of this file: the engine alone lets each form through, so what stops it
    below is the check. (When the engine learns a form, plant another it does not know.)"""
    from intake.redact import Redactor, Registry

    redactor = Redactor(Registry.from_json(REGISTRY))
    assert form in redactor.redact(f"Потом {form} пропал без вести.").text


def _vault_with(vault_path: Path, text: str) -> str:
    with open_vault(vault_path) as vault:
        people.register(vault, "Сергей Кравчук", gender=Gender.MALE, pseudonym="Иван")
        people.register(vault, "Елена Кравчук", gender=Gender.FEMALE, pseudonym="Мария")
        people.register(vault, "Аяс Хертек", gender=Gender.MALE, pseudonym="Пётр")
        draft = models.Testimony(
            id="",
            title="Свидетельство",
            transcript=text,
            summary=text,
            interview=Interview(language="ru", date="2026-03-14"),
            consent=Consent(publish_summary=True, publish_quotes=True),
        )
        return testimonies.create(vault, draft).id


def _english_testimony(vault_path: Path, text: str) -> str:
    """A testimony in English with ``text`` as its transcript, in a vault with no one."""
    with open_vault(vault_path) as vault:
        draft = models.Testimony(
            id="",
            title="Notes",
            transcript=text,
            summary="Notes.",
            interview=Interview(language="en", date="2026-03-14"),
            consent=Consent(publish_summary=True, publish_quotes=True),
        )
        return testimonies.create(vault, draft).id


def _findings(cli: Cli, tid: str) -> list[dict[str, object]]:
    result = cli("review", tid, "--json")
    assert result.code == 0, result.stderr
    return list(json.loads(result.stdout)["findings"])


def _assert_refused(result: Result, out: Path, forms: list[str]) -> None:
    assert result.code == EXIT_LEAK, result.stderr
    assert [f for f in forms if f in result.stderr] == [], "a refusal never quotes the string"
    assert list(out.parent.glob(out.name + "*")) == [], "nothing may be written"


@pytest.mark.parametrize(("kind", "form"), PLANTED, ids=IDS)
def test_review_lists_each_unknown_form_and_its_default_redacts_it(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path, kind: str, form: str
) -> None:
    tid = _vault_with(made_vault[0], f"Потом {form} пропал без вести.")
    listed = [f for f in _findings(cli, tid) if f["text"] == form]
    # Listed in both fields, redacted by default: by the check, or by the engine's own
    # detector of unregistered names when it happens to know the shape ("name").
    assert [f["default"] for f in listed] == ["redact"] * 2
    assert {f["kind"] for f in listed} <= {kind, "name"}
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0
    out = tmp_path / "publication.md"
    assert cli("export", "--with-transcript", "--out", str(out)).code == 0
    assert form not in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("kind", "form"), PLANTED, ids=IDS)
def test_a_replacement_that_brings_an_unknown_form_back_is_refused(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path, kind: str, form: str
) -> None:
    tid = _vault_with(made_vault[0], "Потом Сергей Кравчук пропал без вести.")
    person = next(f for f in _findings(cli, tid) if f["kind"] == "person")
    wording = f"брат ({form})"
    assert cli("review", tid, "--replace", str(person["number"]), wording).code == 0
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0
    out = tmp_path / "publication.md"
    result = cli("export", "--out", str(out))
    _assert_refused(result, out, [form])
    assert f"a {kind} in testimony {tid}, summary" in result.stderr
    assert f"«{form[0]}•" in result.stderr  # the masked context
    assert "intake review" in result.stderr  # the hint says where to decide it


def test_a_refusal_names_every_hit_not_only_the_first(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    tid = _vault_with(made_vault[0], "Потом Сергей Кравчук пропал без вести.")
    person = next(f for f in _findings(cli, tid) if f["kind"] == "person")
    wording = " и ".join(IDS)
    assert cli("review", tid, "--replace", str(person["number"]), wording).code == 0
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0
    out = tmp_path / "publication.md"
    result = cli("export", "--out", str(out))
    _assert_refused(result, out, IDS)
    assert f"({len(IDS)} hits)" in result.stderr
    for kind in {kind for kind, _form in PLANTED}:
        assert result.stderr.count(f"a {kind} in") == sum(k == kind for k, _f in PLANTED)


def test_with_the_review_side_switched_off_the_export_check_alone_refuses(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A testimony approved while review did not list the forms (an older version, a
    failure): the export's own reading of the final text still refuses them."""
    monkeypatch.setattr("intake.review.items.checked", lambda *_args: [])
    monkeypatch.setattr("intake.review.items.foresee", lambda *_args: [])  # its foresight too
    tid = _vault_with(made_vault[0], "Потом " + ", ".join(IDS) + " пропали без вести.")
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0
    out = tmp_path / "publication.md"
    result = cli("export", "--out", str(out))
    _assert_refused(result, out, IDS)
    assert result.stderr.count("check:") >= len(IDS)


def test_a_kept_check_finding_is_published_as_written(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    tid = _vault_with(made_vault[0], "Потом Тувинцевым занялся суд.")
    numbers = [str(f["number"]) for f in _findings(cli, tid) if f["kind"] == "check:capitalised"]
    assert len(numbers) == 2  # the summary and the transcript
    assert cli("review", tid, *[a for n in numbers for a in ("--keep", n)]).code == 0
    assert cli("approve", tid).code == 0
    out = tmp_path / "publication.md"
    assert cli("export", "--out", str(out)).code == 0, "decided: not a leak"
    assert "Тувинцевым" in out.read_text(encoding="utf-8")


def test_the_interface_preview_lists_check_hits_so_copying_is_refused(
    made_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview's "copy redacted" key copies only a preview without leaks."""
    from intake import review
    from intake.tui.data import export_preview

    monkeypatch.setattr("intake.review.items.checked", lambda *_args: [])
    monkeypatch.setattr("intake.review.items.foresee", lambda *_args: [])  # its foresight too
    tid = _vault_with(made_vault[0], "Потом Серёжечка пропала без вести.")
    with open_vault(made_vault[0]) as vault:
        review.accept_defaults(vault, tid)
        review.approve(vault, tid)
        preview = export_preview(vault, (tid,), "md", False)
    assert preview.text and any("check:near-name" in leak for leak in preview.leaks)
    assert [leak for leak in preview.leaks if "Серёжечка" in leak] == []


def test_the_interface_review_lists_check_findings_with_their_default(
    made_vault: tuple[Path, str],
) -> None:
    from intake.tui.review_data import review_state

    tid = _vault_with(made_vault[0], "Потом Серёжечка пропала без вести.")
    with open_vault(made_vault[0]) as vault:
        state = review_state(vault, tid)
    listed = [i for i in state.review.items if i.finding.kind == "check:near-name"]
    assert [i.default.action for i in listed] == ["redact", "redact"]  # summary, transcript
    assert [state.becomes[i.number - 1] for i in listed] == ["[скрыто]", "[скрыто]"]


def test_a_redacted_string_inside_a_finding_kept_by_default_is_foreseen(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    """A date of birth is redacted; the same date in a log's time stamp is a date, kept by
    default (a stamp is never a date of birth said again). Review lists that one too, so
    taking the defaults ends in an export, not a refusal."""
    text = "Сын, дата рождения 14.02.1991, служил.\n14.02.1991 10:00 — мы вспоминаем."
    tid = _vault_with(made_vault[0], text)
    listed = [
        (str(f["kind"]), f["start"]) for f in _findings(cli, tid) if f["field"] == "transcript"
    ]
    assert ("date", text.rindex("14.02")) in listed  # the premise: a date, kept by default
    assert any(
        kind.startswith("check:") and start == text.rindex("14.02") for kind, start in listed
    )
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0
    out = tmp_path / "publication.md"
    result = cli("export", "--with-transcript", "--out", str(out))
    assert result.code == 0, result.stderr
    assert "14.02.1991" not in out.read_text(encoding="utf-8")


def test_a_word_both_the_check_and_the_gate_ask_about_is_foreseen_once() -> None:
    """An unknown capitalised word that is also a string decided "redact" elsewhere: the
    check and the gate's scan both ask about it, and review lists it once, so the two
    decisions never overlap (which would stop the export with an internal error)."""
    from intake.redact import Redactor, Registry
    from intake.review.foresee import foresee

    redactor = Redactor(Registry.from_json(REGISTRY))
    text = "Потом они поехали в Зоргвиль, где их ждали."
    found = foresee(redactor, text, "ru", [], [], ["Зоргвиль"])
    assert [(text[f.start : f.end]) for f in found] == ["Зоргвиль"]


def test_what_a_foreseen_decision_redacts_is_foreseen_elsewhere_in_turn(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    """A name nobody registered is redacted ("[name] University"); the check then asks
    about the capitalised word after its tag, the rest of the name, and its default
    redacts it; that word elsewhere ("Mariupol State University") is then a string
    decided "redact" that the gate refuses. Review foresees that too, so taking the
    defaults ends in an export, not a refusal."""
    text = (
        "2024  Jagiellonian University, a language course.\n"
        "2010  Mariupol State University, a degree."
    )
    tid = _english_testimony(made_vault[0], text)
    listed = {f["start"] for f in _findings(cli, tid) if f["text"] == "University"}
    assert listed == {text.index("University"), text.rindex("University")}
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0
    out = tmp_path / "publication.md"
    result = cli("export", "--with-transcript", "--out", str(out))
    assert result.code == 0, result.stderr
    assert "University" not in out.read_text(encoding="utf-8")


def test_a_long_chain_of_foreseen_decisions_is_followed_to_its_end(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    """Each town redacted leaves the next town of a journey unexplained, and that town is a
    string decided "redact" wherever else it stands: review follows the chain as far as it
    goes, not for a fixed number of rounds, so taking the defaults ends in an export."""
    text = (
        "BOXING CLUB — Tbilisi\n"
        "He came to Tbilisi from Helsinki for this fight.\n"
        "He came to Helsinki from Tampere for the one before.\n"
        "He came to Tampere from Oulu for the first.\n"
        "He came to Oulu from Kemi as a boy."
    )
    tid = _english_testimony(made_vault[0], text)
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0
    out = tmp_path / "publication.md"
    result = cli("export", "--with-transcript", "--out", str(out))
    assert result.code == 0, result.stderr


def test_what_a_foreseen_decision_leaves_unexplained_beside_it_is_foreseen(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    """A town asked about after a header's dash is redacted by default, so the same town
    in a journey is a string decided "redact" that review foresees; its decision leaves
    the other town of the journey ("from Helsinki") unexplained, and review foresees
    that in the next round, so taking the defaults ends in an export, not a refusal."""
    text = "BOXING CLUB — Tbilisi\nHe came to Tbilisi from Helsinki for this fight."
    tid = _english_testimony(made_vault[0], text)
    listed = {f["text"] for f in _findings(cli, tid)}
    assert {"Tbilisi", "Helsinki"} <= listed
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0
    out = tmp_path / "publication.md"
    result = cli("export", "--with-transcript", "--out", str(out))
    assert result.code == 0, result.stderr
