"""Limits: a 200 MB input is refused at once, before it is read; a 10 MB transcript redacts.

A .docx is a zip archive: one of a few hundred kilobytes can unpack to hundreds of
megabytes of XML, which would take gigabytes of memory to parse. It is refused
from the sizes its archive declares, before anything is unpacked.

"At once" is checked by memory, not by time: each refusal runs in a child
process whose peak resident memory (from ``wait4``) must stay near that of a
command that reads nothing, far below the size of the input. A file is refused
from its size before it is opened; standard input is read at most one byte
past the limit. The 200 MB files are sparse, so they cost no disk and no time.

The 10 MB transcript is redacted completely (every registered name form and
phone replaced); how long it takes is a benchmark figure (bench/limits.py),
not an assertion here.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from intake.store.vault import Vault
from tests.conftest import PASSPHRASE, Result

pytestmark = pytest.mark.reliability

MB = 1024 * 1024
HUGE = 200 * MB
# Reading the input would cost at least its size; refusing it costs next to nothing.
SLACK = 24 * MB


def sparse(path: Path, size: int = HUGE, head: bytes = b"Fictional text. ") -> Path:
    """A file of ``size`` bytes that is text at both ends and a hole in between."""
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(size)
        handle.seek(size - len(head))
        handle.write(head)
    return path


# Linux counts the parent's resident memory at fork into a child's peak (ru_maxrss), and
# a test worker can be hundreds of megabytes; so each measured command runs under a small
# launcher whose own footprint is what its child inherits, and reports the child's peak.
LAUNCHER = r"""
import os, subprocess, sys
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss * 1024}")
"""


def measured(command: list[str], stdin: object, report: Path) -> tuple[int, int, bytes, bytes]:
    """Run ``command`` under the launcher: (exit code, peak bytes, stdout, stderr)."""
    done = subprocess.run(
        [sys.executable, "-c", LAUNCHER, str(report), *command],
        stdin=stdin,
        capture_output=True,
        check=False,
        timeout=300,
    )  # type: ignore[call-overload]
    code, peak = (int(part) for part in report.read_text().split())
    return code, peak, done.stdout, done.stderr


def run_measured(args: list[str], stdin_file: Path | None = None) -> tuple[Result, int]:
    """Run intake in a child; return its result and its peak resident memory in bytes."""
    stdin = stdin_file.open("rb") if stdin_file else subprocess.DEVNULL
    report = Path(os.environ["TMPDIR"]) / f"peak-{os.getpid()}-{random.random()}.txt"
    try:
        code, peak, out, err = measured([sys.executable, "-m", "intake", *args], stdin, report)
    finally:
        if stdin_file:
            stdin.close()  # type: ignore[union-attr]
        report.unlink(missing_ok=True)
    return Result(code, out.decode(), err.decode()), peak


@pytest.fixture(scope="module")
def docx_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small .docx whose document.xml unpacks to 200 MB of paragraphs."""
    import docx

    out = io.BytesIO()
    docx.Document().save(out)
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    paragraph = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 1000
    with (
        zipfile.ZipFile(out) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
    ):
        for item in source.infolist():
            body = source.read(item)
            if item.filename != "word/document.xml":
                target.writestr(item.filename, body)
                continue
            head, tail = body.split(b"<w:body>")
            with target.open(item.filename, "w", force_zip64=True) as member:
                member.write(head + b"<w:body>")
                for _ in range(HUGE // len(paragraph)):
                    member.write(paragraph)
                member.write(tail)
    assert path.stat().st_size < 2 * MB  # far under the 10 MB limit on files
    return path


@pytest.fixture
def world(made_vault: tuple[Path, str], tmp_path: Path, docx_bomb: Path) -> dict[str, Path]:
    """Paths: the vault, a passphrase file, a small text, and sparse 200 MB files."""
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text("Fictional testimony about a basement.", encoding="utf-8")
    return {
        "vault": made_vault[0],
        "passphrase": passphrase,
        "small": small,
        "bomb": docx_bomb,
        **{
            key: sparse(tmp_path / name)
            for key, name in (
                ("txt", "huge.txt"),
                ("md", "huge.md"),
                ("docx", "huge.docx"),
                ("json", "huge.json"),
                ("registry", "registry.json"),
                ("policy", "policy.json"),
            )
        },
    }


def count_testimonies(vault_dir: Path) -> int:
    with Vault.open(vault_dir, bytearray(PASSPHRASE.encode())) as vault:
        return int(vault.connection.execute("SELECT count(*) FROM testimonies").fetchone()[0])


# (command after the global options, file on standard input or None, words in the message)
REFUSALS = {
    "add a .txt file": (["add", "{txt}"], None, "larger than 10 MB"),
    "add a .md file": (["add", "{md}"], None, "larger than 10 MB"),
    "add a .docx file": (["add", "{docx}"], None, "larger than 10 MB"),
    "add a .json file": (["add", "{json}"], None, "larger than 10 MB"),
    "add a small .docx that unpacks to 200 MB": (
        ["add", "{bomb}"],
        None,
        "unpacks to more than 32 MB",
    ),
    "add from standard input": (["add", "-"], "txt", "standard input is larger than 10 MB"),
    "edit with a transcript file": (
        ["edit", "{testimony}", "--transcript-file", "{txt}"],
        None,
        "larger than 10 MB",
    ),
    "redact a file": (["redact", "--no-ner", "{txt}"], None, "input is larger than 20 MiB"),
    "redact standard input": (["redact", "--no-ner", "-"], "txt", "input is larger than 20 MiB"),
    "redact with a huge registry": (
        ["redact", "--registry", "{registry}", "{small}"],
        None,
        "registry file is larger than 16 MiB",
    ),
    "redact with a huge policy": (
        ["redact", "--policy", "{policy}", "{small}"],
        None,
        "policy file is too large",
    ),
}


@pytest.fixture
def baseline_rss(world: dict[str, Path]) -> int:
    """Peak memory of a command that reads nothing: an unknown file type, refused."""
    result, peak = run_measured(
        [
            "--vault",
            str(world["vault"]),
            "--passphrase-file",
            str(world["passphrase"]),
            "add",
            str(world["small"]) + ".bin",
        ]
    )
    assert result.code == 2 and "unknown file type" in result.stderr
    return peak


def test_the_memory_measure_sees_a_process_that_reads_the_whole_file(
    world: dict[str, Path], baseline_rss: int
) -> None:
    reader = f"open({str(world['txt'])!r}, 'rb').read()"
    report = world["small"].with_name("control-peak.txt")
    code, peak, _out, _err = measured([sys.executable, "-c", reader], subprocess.DEVNULL, report)
    assert code == 0
    assert peak > baseline_rss + SLACK


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_200_mb_input_is_refused_before_it_is_read(
    world: dict[str, Path], baseline_rss: int, cli: object, case: str
) -> None:
    command, stdin_name, words = REFUSALS[case]
    created = cli("add", "-", stdin=b"An earlier fictional testimony.")  # type: ignore[operator]
    names = {key: str(path) for key, path in world.items()}
    args = [a.format(**names, testimony=created.stdout.split()[-1]) for a in command]
    result, peak = run_measured(
        ["--vault", str(world["vault"]), "--passphrase-file", str(world["passphrase"]), *args],
        world[stdin_name] if stdin_name else None,
    )
    assert result.code == 2, result.stderr
    assert result.stderr.startswith("intake: error: ") and words in result.stderr
    assert "\nhint: " in result.stderr and "Traceback" not in result.stderr
    assert peak < baseline_rss + SLACK, (
        f"peak memory {peak // MB} MiB against {baseline_rss // MB} MiB: the input was read"
    )
    assert count_testimonies(world["vault"]) == 1


def test_a_file_one_byte_over_10_mb_is_refused_and_one_at_10_mb_is_not_refused_for_size(
    cli: object, made_vault: tuple[Path, str], tmp_path: Path
) -> None:
    over = sparse(tmp_path / "over.txt", 10 * MB + 1)
    at_limit = sparse(tmp_path / "at.txt", 10 * MB)
    refused = cli("add", str(over))  # type: ignore[operator]
    assert refused.code == 2 and "larger than 10 MB" in refused.stderr
    accepted_size = cli("add", str(at_limit))  # type: ignore[operator]
    assert "larger than" not in accepted_size.stderr  # refused for its NUL bytes instead
    assert accepted_size.code == 2 and "NUL bytes" in accepted_size.stderr
    assert count_testimonies(made_vault[0]) == 0


FORMS = ("Евгений Выдумкин", "Евгения Выдумкина", "Выдумкину", "Evgeny Vydumkin")
FILLER = (
    "Мать говорит, что сына держат в подвале вместе с другими, командир угрожал.",
    "Потом они долго ехали на автобусе, и никто не объяснял, куда и зачем.",
    "She said the conditions were cold and that nobody explained anything to them.",
    "Связь была плохая, мы разговаривали по несколько минут раз в неделю.",
)


def ten_mb_transcript(rng: random.Random) -> tuple[str, int]:
    """About 10 MB of fictional transcript; returns it and how many names it holds."""
    parts: list[str] = []
    size, names = 0, 0
    while size < 10 * MB - 200:
        n = len(parts)
        if n % 10 == 0:
            line = f"Жена {rng.choice(FORMS)} рассказала, что его забрали."
            names += 1
        elif n % 40 == 5:
            line = f"Мы звонили на +7 900 000-{rng.randrange(100):02d}-{rng.randrange(100):02d}."
        else:
            line = rng.choice(FILLER)
        line += "\n" if n % 6 == 0 else " "
        parts.append(line)
        size += len(line.encode())
    return "".join(parts), names


@pytest.mark.slow
def test_a_10_mb_transcript_redacts_completely(cli: object, tmp_path: Path) -> None:
    text, names = ten_mb_transcript(random.Random("ten megabytes"))
    source = tmp_path / "transcript.txt"
    source.write_text(text, encoding="utf-8")
    assert 9.9 * MB < source.stat().st_size <= 10 * MB
    registry = tmp_path / "registry.json"
    registry.write_text(
        json.dumps({"people": [{"name": "Евгений Выдумкин", "gender": "m", "pseudonym": "Иван"}]}),
        encoding="utf-8",
    )
    result = cli(
        "redact",
        "--no-ner",
        "--registry",
        str(registry),
        str(source),  # type: ignore[operator]
        passphrase=False,
    )
    assert result.code == 0, result.stderr
    redacted = result.stdout
    assert "Выдумкин" not in redacted and "Vydumkin" not in redacted
    assert "000-" not in redacted
    assert redacted.count("Иван") + redacted.count("Ivan") >= names  # "Ивана", "Ивану" too
    assert redacted.count("подвале") == text.count("подвале")  # the rest is untouched


def test_a_huge_pasted_transcript_is_refused_by_the_library_and_nothing_changes(
    made_vault: tuple[Path, str],
) -> None:
    """What the TUI's editor saves goes through the same bound as a file to import."""
    from intake import testimonies
    from intake.errors import InputError
    from intake.models import Interview, Testimony

    with Vault.open(made_vault[0], bytearray(PASSPHRASE.encode())) as vault:
        kept = testimonies.create(
            vault,
            Testimony(
                id="",
                title="Fictional",
                transcript="A fictional transcript.",
                interview=Interview(language="en"),
            ),
        )
        pasted = "Fictional pasted text. " * (testimonies.MAX_TEXT_CHARS // 23 + 1)
        with pytest.raises(InputError, match="longer than"):
            testimonies.create(
                vault,
                Testimony(
                    id="", title="Huge", transcript=pasted, interview=Interview(language="en")
                ),
            )
        with pytest.raises(InputError, match="summary is longer than"):
            testimonies.edit(vault, kept.id, {"summary": pasted})
        assert [t.id for t in testimonies.listing(vault)] == [kept.id]
        assert testimonies.get(vault, kept.id).summary == ""
