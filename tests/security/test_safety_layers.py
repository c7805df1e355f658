"""Each safety layer stands on its own: with the layers before it failing, it still stops
its own planted leak. Switch one layer off and its test here fails.

Layers: the engine's final sweep over its own output; the leak gate's scans of the
rendered bytes, of the manifest and of the file name; the publication check
(tested on its own in ``test_publication_check.py``). Forbidden strings come
from hand-written tables, never from the engine's form table. Every name and
number is invented.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

import pytest

from intake import models, people, testimonies
from intake.errors import EXIT_LEAK
from intake.export import layout, manifest, publish
from intake.models import Consent, Gender, Interview
from intake.redact import Person, Redactor, Registry
from intake.redact.normalize import skeleton
from tests.cli.export_world import open_vault
from tests.conftest import Result

Cli = Callable[..., Result]
CLEAN = "Ничего особенного здесь нет."
# Hand-written: every spelling below is a registered person's, folded as text is folded.
FORBIDDEN = ("выдумкин", "евгени", "женя", "жене", "женеи", "vydumkin", "evgen")


def _folded_leaks(text: str) -> list[str]:
    folded = skeleton(text)
    return [form for form in FORBIDDEN if skeleton(form) in folded]


def test_the_final_sweep_alone_redacts_what_the_first_pass_missed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    registry = Registry([Person("Евгений Выдумкин", aliases=("Женя",), pseudonym="Иван")])
    redactor = Redactor(registry)
    monkeypatch.setattr(Redactor, "_analyze", lambda self, norm: [])  # the first pass finds none
    text = "Евгений Выдумкин звонил Жене, Vydumkin писал с +7 900 000-00-01."
    out = redactor.redact(text).text
    assert _folded_leaks(out) == [], out
    assert "000-00-01" not in out


def _plant(vault_path: Path, transcript: str = CLEAN) -> str:
    with open_vault(vault_path) as vault:
        people.register(
            vault, "Евгений Выдумкин", aliases=("Женя",), gender=Gender.MALE, pseudonym="Иван"
        )
        people.register(vault, "Давид Выдумелидзе", gender=Gender.MALE, pseudonym="Леван")
        draft = models.Testimony(
            id="",
            title="Свидетельство",
            transcript=transcript,
            summary=CLEAN,
            interview=Interview(language="ru", date="2026-03-14"),
            consent=Consent(publish_summary=True, publish_quotes=True),
        )
        return testimonies.create(vault, draft).id


def _approved(cli: Cli, vault_path: Path, transcript: str = CLEAN) -> str:
    tid = _plant(vault_path, transcript)
    assert cli("review", tid, "--accept-defaults").code == 0
    assert cli("approve", tid).code == 0
    return tid


def _refused(result: Result, out: Path, where: str) -> None:
    assert result.code == EXIT_LEAK, result.stderr
    assert where in result.stderr
    assert _folded_leaks(result.stderr) == []
    assert list(out.parent.glob(out.name + "*")) == []


def test_the_scan_of_the_rendered_bytes_alone_refuses_a_renderer_that_adds_a_name(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _approved(cli, made_vault[0])
    render = publish.RENDERERS["md"]

    def leaky(document: Mapping[str, Any]) -> layout.Rendered:
        done = render(document)
        extra = "\n\nПривет Выдумкину.\n"
        views = tuple(layout.View(v.text + extra, v.owners) for v in done.views)
        return layout.Rendered(done.data + extra.encode("utf-8"), views)

    monkeypatch.setitem(publish.RENDERERS, "md", leaky)
    out = tmp_path / "publication.md"
    _refused(cli("export", "--out", str(out)), out, "the md file")


def test_the_scan_of_the_manifest_alone_refuses_a_manifest_that_names_someone(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _approved(cli, made_vault[0])
    to_bytes = manifest.to_bytes
    monkeypatch.setattr(manifest, "to_bytes", lambda m: to_bytes({**m, "note": "от Выдумкина"}))
    out = tmp_path / "publication.md"
    _refused(cli("export", "--out", str(out)), out, "the manifest")


def test_the_manifests_own_digest_spelling_a_short_name_is_no_leak(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _approved(cli, made_vault[0], "Звонил Dato вчера.")  # review decides "Dato"
    digest = "19c9f81be8ede8f216446695c510eccdf8ab89da709f47aef54aa9806d03399f"  # "da70": Dato
    monkeypatch.setattr(manifest.OutputFile, "sha256", property(lambda self: digest))
    out = tmp_path / "publication.md"
    done = cli("export", "--with-transcript", "--out", str(out))
    assert done.code == 0, done.stderr
    assert digest in (tmp_path / (out.name + manifest.SUFFIX)).read_text(encoding="utf-8")


def test_the_scan_of_the_file_name_refuses_a_name_in_it(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    _approved(cli, made_vault[0])
    out = tmp_path / "для-Жени.md"
    _refused(cli("export", "--out", str(out)), out, "the file name")


class _December(datetime):
    """The export's day fixed in a month whose number a testimony also holds."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> _December:
        return cls(2026, 12, 6, tzinfo=tz)


@pytest.mark.parametrize("fmt", ["md", "json", "html", "docx"])
def test_the_exports_own_date_is_no_leak_of_a_number_redacted_in_the_text(
    cli: Cli,
    made_vault: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    """A locker's number "12", redacted, was found in the export's date (2026-12-06) and
    in its manifest, and every export in December was refused with nothing a reviewer
    could decide. The tool's own values (the date, the policy version, the sizes) are not
    read; the number is still found wherever the testimony's text holds it."""
    _approved(cli, made_vault[0], "Открытку положила в шкафчик № 12, в раздевалке.")
    monkeypatch.setattr(publish, "datetime", _December)
    out = tmp_path / f"publication.{fmt}"
    done = cli("export", "--with-transcript", "--format", fmt, "--out", str(out))
    assert done.code == 0, done.stderr
    listing = (tmp_path / (out.name + manifest.SUFFIX)).read_text(encoding="utf-8")
    assert '"generated_on": "2026-12-06"' in listing  # the premise: "12" is in the date


def test_a_number_redacted_in_the_text_is_still_refused_beside_the_exports_own_date(
    cli: Cli, made_vault: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _approved(cli, made_vault[0], "Открытку положила в шкафчик № 12, в раздевалке.")
    monkeypatch.setattr(publish, "datetime", _December)
    out = tmp_path / "шкафчик-12.md"
    _refused(cli("export", "--with-transcript", "--out", str(out)), out, "the file name")
