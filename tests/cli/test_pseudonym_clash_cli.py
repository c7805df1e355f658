"""A pseudonym never reads as a registered name, in any case or spelling: drawing avoids
it, choosing it is refused, a registration or import that makes one read so is reported
at once with the command that redraws it, and one workflow gives the same export on
every fresh vault. All people are fictional."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from intake import keys
from intake.redact.expand import pseudonym_forms
from intake.store.vault import Vault
from tests.cli.export_world import record_an_export
from tests.conftest import PASSPHRASE

# Case forms of "Евгений", written by hand: a woman's pseudonym must be none of them.
FORMS_OF_EVGENY = {"Евгения", "Евгению", "Евгением", "Евгении", "Евгений"}


def _add(cli: Any, *args: str, vault: Path | None = None) -> tuple[str, str]:
    result = cli("person", "add", *args, vault=vault)
    assert result.code == 0, result.stderr
    return str(result.stdout.splitlines()[-1]), result.stderr


def _pseudonym(cli: Any, pid: str, vault: Path | None = None) -> str:
    rows = json.loads(cli("person", "list", "--json", vault=vault).stdout)
    return str(next(r["pseudonym"] for r in rows if r["id"] == pid))


@pytest.mark.usefixtures("made_vault")
def test_a_chosen_pseudonym_that_is_a_case_form_of_a_registered_name_is_refused(
    cli: Any,
) -> None:
    _add(cli, "Евгений Выдумкин", "--gender", "m")
    refused = cli("person", "add", "Марина Выдумкина", "--pseudonym", "Евгения")
    assert refused.code == 2
    assert "reads as a registered name" in refused.stderr and "hint:" in refused.stderr


@pytest.mark.usefixtures("made_vault")
def test_a_registration_that_makes_a_pseudonym_a_name_form_redraws_it_before_any_export(
    cli: Any,
) -> None:
    marina, _ = _add(cli, "Марина Выдумкина", "--gender", "f", "--pseudonym", "Евгения")
    _evgeny, noted = _add(cli, "Евгений Небывалов", "--gender", "m")
    assert f"the pseudonym of {marina} read as this name" in noted
    assert _pseudonym(cli, marina) not in FORMS_OF_EVGENY


@pytest.mark.usefixtures("made_vault")
def test_an_import_that_names_someone_like_a_pseudonym_redraws_it_before_any_export(
    cli: Any,
) -> None:
    marina, _ = _add(cli, "Марина Выдумкина", "--gender", "f", "--pseudonym", "Евгения")
    added = cli("add", "-", stdin="Мы ждали Евгению у ворот.".encode())
    assert added.code == 0 and f"the pseudonym of {marina} read as a name" in added.stderr
    assert _pseudonym(cli, marina) not in FORMS_OF_EVGENY


def test_after_an_export_a_clashing_pseudonym_is_only_reported_with_the_redraw_command(
    cli: Any, made_vault: tuple[Path, str]
) -> None:
    from intake import people

    marina, _ = _add(cli, "Марина Выдумкина", "--gender", "f", "--pseudonym", "Евгения")
    record_an_export(made_vault[0])
    with Vault.open(made_vault[0], bytearray(PASSPHRASE.encode())) as vault:
        assert people.settle_clashes(vault, [marina]) == ([], [marina])
    _evgeny, warned = _add(cli, "Евгений Небывалов", "--gender", "m")
    assert f"intake person edit {marina} --new-pseudonym" in warned
    assert _pseudonym(cli, marina) == "Евгения"  # maybe published: never changed silently


@pytest.mark.usefixtures("made_vault")
def test_a_russian_name_in_latin_letters_gets_a_russian_pseudonym_unless_a_pool_is_chosen(
    cli: Any,
) -> None:
    dmitry, _ = _add(cli, "Dmitry Vydumkin", "--gender", "m")
    assert re.fullmatch(r"[А-ЯЁ][а-яё]+(?: [А-ЯЁ]\.)?", _pseudonym(cli, dmitry))
    english, _ = _add(cli, "Dmitry Nebyvalov", "--gender", "m", "--pool", "en")
    assert re.fullmatch(r"[A-Z][a-z]+(?: [A-Z]\.)?", _pseudonym(cli, english))


TRANSCRIPT = (
    "Евгений Выдумкин служил с Сергеем Небываловым. Мать Евгения, Марина Выдумкина, "
    "говорит: «Евгений звонил мне, а Сергей молчал». Марину вызывали к следователю."
)


SUMMARY = "Мать рассказывает, что Евгения и Сергея держали вместе.".encode()


def _workflow(cli: Any, vault: Path, out: Path) -> str:
    """Register, import, accept the defaults, approve, export; the export with each
    pseudonym, in any case, replaced by the person's role in the workflow."""
    Vault.create(vault, bytearray(PASSPHRASE.encode()), kdf=keys.test_profile())[0].close()
    ids = {
        role: _add(cli, name, "--gender", gender, vault=vault)[0]
        for role, name, gender in (
            ("SON", "Евгений Выдумкин", "m"),
            ("COMRADE", "Сергей Небывалов", "m"),
            ("MOTHER", "Марина Выдумкина", "f"),
        )
    }
    added = cli("add", "-", "--source", ids["MOTHER"], stdin=TRANSCRIPT.encode(), vault=vault)
    tid = added.stdout.splitlines()[-1]
    consent = ("--consent-summary", "--consent-quotes")
    edit = ("edit", tid, *consent, "--title", "Мать о сыне", "--summary-file", "-")
    assert cli(*edit, stdin=SUMMARY, vault=vault).code == 0
    assert cli("review", tid, "--accept-defaults", vault=vault).code == 0
    assert cli("approve", tid, vault=vault).code == 0
    exported = cli("export", "--format", "md", "--with-transcript", "--out", str(out), vault=vault)
    assert exported.code == 0, exported.stderr  # never refused at random
    text = out.read_text(encoding="utf-8")
    for role, pid in ids.items():
        pseudonym = _pseudonym(cli, pid, vault)
        forms = {form for form, *_ in pseudonym_forms(pseudonym, None)} | {pseudonym.lower()}
        pattern = "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))
        text = re.sub(rf"(?<!\w)(?:{pattern})(?!\w)", role, text, flags=re.IGNORECASE)
    text = re.sub(r"(?<!\w)со (?=[A-Z]{3})", "с ", text)  # "со Степаном", "с Олегом": both right
    return re.sub(r"\d{4}-\d\d-\d\d[T ][\d:.+Z]*|[0-9a-f]{16,}", "#", text)


@pytest.mark.slow
def test_one_workflow_gives_the_same_export_on_thirty_fresh_vaults(
    cli: Any, tmp_path: Path
) -> None:
    exports = [_workflow(cli, tmp_path / f"v{i}", tmp_path / f"out{i}.md") for i in range(30)]
    different = [e for e in exports if e != exports[0]]
    assert not different, "\n".join(
        difflib.unified_diff(exports[0].split("\n"), different[0].split("\n"))
    )
