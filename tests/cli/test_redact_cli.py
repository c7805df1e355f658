"""`intake redact` as a user runs it: a subprocess, exit codes, stderr message + hint."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

REGISTRY = {"people": [{"name": "Евгений Горшенин", "pseudonym": "Иван"}]}
TEXT = "Жена Евгения Горшенина звонила с 8 (900) 000-00-01.\n"


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "intake", "redact", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "registry.json").write_text(json.dumps(REGISTRY), encoding="utf-8")
    (tmp_path / "text.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path


def test_a_file_is_redacted_to_stdout(files: Path) -> None:
    done = run("--registry", str(files / "registry.json"), "--no-ner", str(files / "text.txt"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == "Жена Ивана звонила с [телефон].\n"


def test_json_output_never_contains_the_original_strings(files: Path) -> None:
    done = run(
        "--registry", str(files / "registry.json"), "--no-ner", "--json", "-", stdin=TEXT.encode()
    )
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert {f["kind"] for f in doc["findings"]} == {"person", "phone"}
    assert "Горшенин" not in done.stdout.decode() and "000-00-01" not in done.stdout.decode()


def _docx(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(TEXT)
    document.save(str(path))


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (lambda d: (d / "bad.txt").write_bytes(b"\xff\xfe\x00"), ["bad.txt"], "not valid UTF-8"),
        (
            lambda d: (d / "reg.json").write_text('{"people": [{"nam": 1}]}'),
            ["--registry", "reg.json", "text.txt"],
            "$.people[0]",
        ),
        (
            lambda d: (d / "reg.json").write_text("{not json"),
            ["--registry", "reg.json", "text.txt"],
            "not valid JSON",
        ),
        (
            lambda d: (d / "pol.json").write_text('{"actions": {"phone": "nuke"}}'),
            ["--policy", "pol.json", "text.txt"],
            "$.actions.phone",
        ),
        (lambda d: None, ["missing.txt"], "cannot read the input"),
        (lambda d: _docx(d / "t.docx"), ["t.docx"], "is a .docx or another zip archive"),
    ],
)
def test_bad_input_exits_2_with_a_message_and_a_hint(
    files: Path, setup: Callable[[Path], object], args: list[str], message: str
) -> None:
    setup(files)
    done = run(*[str(files / a) if not a.startswith("--") else a for a in args])
    stderr = done.stderr.decode()
    assert done.returncode == 2
    assert message in stderr and "hint:" in stderr and "Traceback" not in stderr


def test_a_huge_input_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    done = run("--no-ner", str(huge))
    assert done.returncode == 2
    assert "larger than" in done.stderr.decode()
