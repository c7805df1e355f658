"""Plaintext hunt: after a whole workflow, only the export holds text, and only redacted text.

The workflow runs the real command line in child processes, as a researcher
would: init, person add, add (.txt, .docx and standard input), edit, review
--accept-defaults, approve, search, delete one testimony, export to Markdown.
Names and transcripts carry invented marker strings. Afterwards every byte of
the vault directory, HOME (with TMPDIR and the XDG cache, data and config
directories inside it) and of any file changed since the start in the system's
temporary directories is searched for every marker, in UTF-8 and UTF-16-LE, as
written and in lower case, and in the forms the search index stores:

- the vault, HOME and the temporary directories hold none of them;
- the export directory holds the export and its manifest only: transcript
  markers may appear there (that is the publication), registered real names
  and the deleted testimony's marker never do.

Files a child process holds open, deleted ones included, are searched too: a
child `intake` command stops itself (SIGSTOP) at named moments (inside the
transaction of an import, a review and a delete, before an export is renamed
into place), and everything it holds open is read through /proc/PID/fd.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from intake import textsearch
from tests.conftest import PASSPHRASE, Result, run_intake

pytestmark = pytest.mark.security

# Invented markers. Real names are registered people: they may appear nowhere at all.
REAL_NAMES = ("Квирилл Зюзельбаум", "Zorvyn Quibbleford")
NAME_MARKERS = ("Зюзельбаум", "Квирилл", "Quibbleford", "Zorvyn")
TEXT_MARKERS = ("zqvtranscriptmarker", "zqvdocxmarker", "щюкволмаркер")
DELETED_MARKER = "zqvdeletedmarker"
TRANSCRIPT = (
    f"Мать рассказала, что {REAL_NAMES[0]} не выходит на связь. "
    f"Слово {TEXT_MARKERS[0]} и слово {TEXT_MARKERS[2]} записаны честно. "
    f"Her neighbour {REAL_NAMES[1]} confirmed it. "
) * 20
DOCX_PARAGRAPHS = [
    f"Брат говорит: Квирилла Зюзельбаума увезли ночью, {TEXT_MARKERS[1]}.",
    f"Zorvyn Quibbleford heard it too; {TEXT_MARKERS[1]} again.",
]
DELETED_TEXT = f"Эту запись удалят: {DELETED_MARKER}, Зюзельбаум. " * 20
SUMMARY = f"Сводка: {REAL_NAMES[0]} пропал; {TEXT_MARKERS[0]}."


def forms(marker: str) -> set[str]:
    """The marker as written, in lower case, and as the search index stores it."""
    return {marker, marker.lower(), *textsearch.normalise(marker).split()}


def needles(markers: tuple[str, ...]) -> dict[bytes, str]:
    found = {}
    for marker in markers:
        for form in forms(marker):
            for encoding in ("utf-8", "utf-16-le"):
                found[form.encode(encoding)] = f"{marker} ({encoding})"
    return found


ALL = needles((*NAME_MARKERS, *TEXT_MARKERS, DELETED_MARKER))
NEVER_PUBLISHED = needles((*NAME_MARKERS, DELETED_MARKER))


def hits_in(data: bytes, wanted: dict[bytes, str]) -> set[str]:
    return {label for needle, label in wanted.items() if needle in data}


def files_under(*roots: Path, since: float = 0.0, skip: tuple[Path, ...] = ()) -> Iterator[Path]:
    for root in roots:
        for directory, subdirs, names in os.walk(root):
            if any(Path(directory).is_relative_to(s) for s in skip):
                subdirs.clear()
                continue
            for name in names:
                path = Path(directory) / name
                with contextlib.suppress(OSError):
                    info = path.lstat()
                    if (
                        path.is_file()
                        and not path.is_symlink()
                        and info.st_mtime >= since
                        and info.st_size < 64 * 1024 * 1024
                    ):
                        yield path


def hunt(
    *roots: Path, wanted: dict[bytes, str], since: float = 0.0, skip: tuple[Path, ...] = ()
) -> dict[str, set[str]]:
    """{file: markers found} for every file under ``roots`` holding a marker."""
    found = {}
    for path in files_under(*roots, since=since, skip=skip):
        with contextlib.suppress(OSError):
            hits = hits_in(path.read_bytes(), wanted)
            if hits:
                found[str(path)] = hits
    return found


def cli(vault: Path, *args: str, stdin: str = "") -> str:
    done = run_intake(
        "--vault",
        str(vault),
        "--passphrase-file",
        "-",
        *args,
        stdin=f"{PASSPHRASE}\n{stdin}".encode(),
    )
    assert done.returncode == 0, done.stderr.decode()
    assert "Traceback" not in done.stderr.decode()
    return done.stdout.decode()


def last_line(output: str) -> str:
    return output.rsplit(maxsplit=1)[-1]


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    """The researcher's own files (outside every searched place): a .txt and a .docx."""
    import docx

    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "interview.txt").write_text(TRANSCRIPT, encoding="utf-8")
    document = docx.Document()
    for paragraph in DOCX_PARAGRAPHS:
        document.add_paragraph(paragraph)
    document.save(str(folder / "brother.docx"))
    return {"txt": folder / "interview.txt", "docx": folder / "brother.docx"}


def test_the_hunt_sees_markers_in_plaintext_files(inputs: dict[str, Path], tmp_path: Path) -> None:
    (tmp_path / "inputs" / "utf16.txt").write_bytes(TRANSCRIPT.lower().encode("utf-16-le"))
    found = hunt(tmp_path / "inputs", wanted=ALL)
    assert hits_in(TRANSCRIPT.encode(), ALL) <= found[str(inputs["txt"])]
    assert f"{NAME_MARKERS[0]} (utf-16-le)" in found[str(tmp_path / "inputs" / "utf16.txt")]


def workflow(vault: Path, inputs: dict[str, Path], out: Path) -> None:
    done = run_intake(
        "--vault",
        str(vault),
        "--passphrase-file",
        "-",
        "init",
        stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n".encode(),
    )
    assert done.returncode == 0, done.stderr.decode()
    cli(vault, "person", "add", REAL_NAMES[0], "--gender", "m", "--pseudonym", "Пётр")
    cli(vault, "person", "add", REAL_NAMES[1], "--gender", "f", "--pseudonym", "Anna")
    ids = [
        last_line(cli(vault, "add", str(inputs["txt"]), "--title", "Интервью")),
        last_line(cli(vault, "add", str(inputs["docx"]), "--title", "Брат")),
    ]
    doomed = last_line(cli(vault, "add", "-", "--title", "Удалить", stdin=DELETED_TEXT))
    for tid in ids:
        cli(
            vault,
            "edit",
            tid,
            "--consent-summary",
            "--consent-quotes",
            "--summary-file",
            "-",
            stdin=SUMMARY,
        )
        cli(vault, "review", tid, "--accept-defaults")
        cli(vault, "approve", tid)
    assert doomed in cli(vault, "search", DELETED_MARKER)
    assert ids[0] in cli(vault, "search", TEXT_MARKERS[2])
    done = run_intake(
        "--vault",
        str(vault),
        "--passphrase-file",
        "-",
        "delete",
        doomed,
        "--yes",
        stdin=f"{PASSPHRASE}\n".encode(),
    )
    assert done.returncode == 0, done.stderr.decode()
    nothing = run_intake(
        "--vault",
        str(vault),
        "--passphrase-file",
        "-",
        "search",
        DELETED_MARKER,
        stdin=f"{PASSPHRASE}\n".encode(),
    )
    assert doomed not in nothing.stdout.decode()
    cli(vault, "export", "--with-transcript", "--format", "md", "--out", str(out))


@pytest.mark.slow
def test_after_a_whole_workflow_only_the_export_holds_text_and_no_real_name(
    vault_dir: Path,
    inputs: dict[str, Path],
    isolated_env: Path,
    tmp_path: Path,
) -> None:
    published = tmp_path / "published"
    published.mkdir()
    out = published / "publication.md"
    workflow(vault_dir, inputs, out)

    assert hunt(vault_dir, wanted=ALL) == {}, "plaintext in the vault directory"
    assert hunt(isolated_env, wanted=ALL) == {}, "plaintext in HOME, TMPDIR or XDG directories"

    assert sorted(p.name for p in published.iterdir()) == [
        "publication.md",
        "publication.md.manifest.json",
    ]
    assert hunt(published, wanted=NEVER_PUBLISHED) == {}, "a real name or deleted text exported"
    exported = out.read_text(encoding="utf-8")
    assert TEXT_MARKERS[0] in exported and TEXT_MARKERS[1] in exported  # the export is real
    assert "Пётр" in exported or "Петр" in exported


# A wrapper that runs intake's command line and stops itself at one named moment.
STOPPING_WRAPPER = r"""
import contextlib, os, pathlib, signal, sys
from intake.store.vault import Vault

POINT = os.environ["INTAKE_STOP_POINT"]

def stop(name):
    if name == POINT:
        os.kill(os.getpid(), signal.SIGSTOP)

real_transaction = Vault.transaction
@contextlib.contextmanager
def transaction(self):
    with real_transaction(self) as conn:
        yield conn
        stop("inside the transaction, before commit")
Vault.transaction = transaction

real_replace = pathlib.Path.replace
def replace(self, target):
    if str(target).endswith(".md"):
        stop("export written, before the rename")
    return real_replace(self, target)
pathlib.Path.replace = replace

import intake.cli
# intake makes itself non-dumpable at start-up; /proc/PID/fd of such a process is readable
# only by root, and this hunt reads it as the user running the tests.
intake.cli.harden_process = lambda: None
intake.cli.main(sys.argv[1:])
"""


def held_files(pid: int) -> dict[str, bytes]:
    """{link target: content} of every regular file (or memfd) the process holds open."""
    held = {}
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            target = str(fd.readlink())
            if target.startswith("/") and not target.startswith(("/dev/", "/proc/")):
                with fd.open("rb") as handle:
                    held[target] = handle.read(64 * 1024 * 1024)
    return held


def stopped_child(args: list[str], stdin: str, point: str) -> subprocess.Popen[bytes]:
    child = subprocess.Popen(
        [sys.executable, "-c", STOPPING_WRAPPER, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "INTAKE_STOP_POINT": point},
    )
    assert child.stdin is not None
    child.stdin.write(stdin.encode())
    child.stdin.close()
    _, status = os.waitpid(child.pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status), "the child ended before reaching its stop"
    return child


STOPS = {
    "import of a .docx": (["add", "{docx}"], "inside the transaction, before commit"),
    "import from standard input": (
        ["add", "--allow-duplicate", "-"],
        "inside the transaction, before commit",
    ),
    "review": (["review", "{first}", "--accept-defaults"], "inside the transaction, before commit"),
    "delete": (["delete", "{first}", "--yes"], "inside the transaction, before commit"),
    "export": (
        ["export", "--with-transcript", "--out", "{out}"],
        "export written, before the rename",
    ),
}


@pytest.fixture
def prepared(
    made_vault: tuple[Path, str],
    inputs: dict[str, Path],
    tmp_path: Path,
    cli: Callable[..., Result],
) -> dict[str, str]:
    """A vault with people and one approved, exportable testimony (made in this process)."""
    (tmp_path / "published").mkdir()
    for step in [
        ("person", "add", REAL_NAMES[0], "--gender", "m", "--pseudonym", "Пётр"),
        ("person", "add", REAL_NAMES[1], "--gender", "f", "--pseudonym", "Anna"),
    ]:
        assert cli(*step).code == 0
    first = last_line(cli("add", str(inputs["txt"])).stdout)
    steps: list[tuple[str, ...]] = [
        ("edit", first, "--consent-summary", "--consent-quotes"),
        ("review", first, "--accept-defaults"),
        ("approve", first),
    ]
    for later in steps:
        assert cli(*later).code == 0
    return {
        "first": first,
        "docx": str(inputs["docx"]),
        "out": str(tmp_path / "published" / "publication.md"),
    }


def test_the_hunt_reads_a_deleted_file_a_stopped_process_holds_open(tmp_path: Path) -> None:
    holder = (
        "import os, signal, tempfile\n"
        "handle = tempfile.TemporaryFile(dir=os.environ['TMPDIR'])\n"
        f"handle.write({TRANSCRIPT[:200]!r}.encode()); handle.flush()\n"
        "os.kill(os.getpid(), signal.SIGSTOP)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", holder])
    _, status = os.waitpid(child.pid, os.WUNTRACED)
    try:
        assert os.WIFSTOPPED(status)
        held = {target: hits_in(data, ALL) for target, data in held_files(child.pid).items()}
        assert any(
            target.endswith(" (deleted)") and f"{NAME_MARKERS[0]} (utf-8)" in hits
            for target, hits in held.items()
        ), held
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)


@pytest.mark.parametrize("step", list(STOPS))
def test_a_stopped_child_holds_no_plaintext_in_any_open_or_deleted_file(
    vault_dir: Path, prepared: dict[str, str], isolated_env: Path, tmp_path: Path, step: str
) -> None:
    command, point = STOPS[step]
    args = [
        "--vault",
        str(vault_dir),
        "--passphrase-file",
        "-",
        *(a.format(**prepared) for a in command),
    ]
    child = stopped_child(args, f"{PASSPHRASE}\n{TRANSCRIPT}", point)
    try:
        held = held_files(child.pid)
        assert any(target.endswith("vault.db") for target in held), held.keys()
        leaks = {target: hits_in(data, ALL) for target, data in held.items() if hits_in(data, ALL)}
        assert leaks == {}, "a file the child holds open contains plaintext"
        assert hunt(vault_dir, isolated_env, wanted=ALL) == {}
        assert hunt(tmp_path / "published", wanted=NEVER_PUBLISHED) == {}
        if step == "export":  # stopped where it should be: the redacted file, not yet renamed
            assert hunt(tmp_path / "published", wanted=ALL) != {}
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    done = run_intake(
        "--vault",
        str(vault_dir),
        "--passphrase-file",
        "-",
        "verify",
        stdin=f"{PASSPHRASE}\n".encode(),
    )
    assert done.returncode == 0, done.stderr.decode()


SYSTEM_TEMP_NAMES = ("/tmp", "/var/tmp", "/dev/shm", "gettempdir")


def test_the_code_never_names_a_system_temporary_directory() -> None:
    """Temporary files follow TMPDIR, which every test points at its own folder.

    The hunt above reads only this test's folders (the system's temporary
    directory is shared with every other program and test run); what keeps the
    tool out of /tmp is that no module names it or asks for the default.
    """
    package = Path(textsearch.__file__).parent
    named = {
        str(path.relative_to(package)): word
        for path in package.rglob("*.py")
        for word in SYSTEM_TEMP_NAMES
        if word in path.read_text(encoding="utf-8")
    }
    assert named == {}
