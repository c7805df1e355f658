"""Every import inside a function says why it is late.

An import belongs at the top of its module unless loading it there would cost
something: a heavy library (the store's sqlcipher3, textual, pymorphy3,
python-docx, the redaction engine...) that a command or the interface loads only
when it is used, a module that exists on some platforms only, or an import
cycle (then the comment names the module of the cycle). The reason is a comment
that starts with ``# late:``, on the import's line or just above it; one
comment covers a block of imports that follow each other line by line.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

import pytest

from tests.conftest import REPO_ROOT

PACKAGE = REPO_ROOT / "intake"
MARK = re.compile(r"#\s*late:\s*(?P<reason>.*)$")
MIN_WORDS = 4


def _late_imports(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    seen: set[int] = set()
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                if isinstance(node, ast.Import | ast.ImportFrom) and node.lineno not in seen:
                    seen.add(node.lineno)
                    yield node


def _reason(lines: list[str], node: ast.Import | ast.ImportFrom) -> str | None:
    """The ``# late:`` reason on the import's line or in the comments just above it."""
    candidates = [lines[node.lineno - 1]]
    above = node.lineno - 2
    while above >= 0 and lines[above].lstrip().startswith("#"):
        candidates.append(lines[above])
        above -= 1
    for line in candidates:
        found = MARK.search(line)
        if found:
            return found.group("reason").strip()
    return None


def _module_level_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names |= {f"{node.module}.{alias.name}" for alias in node.names} | {node.module}
    return names


def unexplained(source: str, name: str = "<text>") -> list[str]:
    """``file:line`` and the import, for each late import without a reason (or with an empty
    one, or a cycle that names no module)."""
    lines = source.splitlines()
    problems = []
    explained_until = -1  # the last line of an explained import: the next line continues it
    for node in sorted(_late_imports(ast.parse(source)), key=lambda n: n.lineno):
        reason = _reason(lines, node)
        if reason is None and node.lineno == explained_until + 1:
            explained_until = node.end_lineno or node.lineno
            continue
        cycle_unnamed = reason is not None and reason.lower().startswith("cycle")
        cycle_unnamed = cycle_unnamed and not re.search(r"intake\.\w", reason or "")
        if reason is None or len(reason.split()) < MIN_WORDS or cycle_unnamed:
            problems.append(f"{name}:{node.lineno}: {lines[node.lineno - 1].strip()}")
            explained_until = -1
        else:
            explained_until = node.end_lineno or node.lineno
    return problems


def needlessly_late(source: str, name: str = "<text>") -> list[str]:
    """Late imports of what the module already imports at its top: no reason to be late."""
    tree = ast.parse(source)
    top = _module_level_names(tree)
    found = []
    for node in _late_imports(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif node.module and not node.level:
            targets = [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            targets = []
        found += [f"{name}:{node.lineno}: {target}" for target in targets if target in top]
    return found


def _sources() -> Iterator[tuple[str, str]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield str(path.relative_to(REPO_ROOT)), path.read_text(encoding="utf-8")


def test_every_import_inside_a_function_in_intake_says_why_it_is_late() -> None:
    problems = [p for name, source in _sources() for p in unexplained(source, name)]
    assert problems == [], "give each a '# late: <reason>' comment or move it to the top"


def test_no_import_inside_a_function_repeats_one_at_the_top_of_its_module() -> None:
    problems = [p for name, source in _sources() for p in needlessly_late(source, name)]
    assert problems == []


EXPLAINED = """
import os


def one():
    # late: python-docx (lxml) loads only for .docx files
    import docx
    from docx.table import Table

    return docx, Table


def two():
    import pymorphy3  # late: pymorphy3 and its dictionary load only when needed

    return pymorphy3


def three():
    # The register functions run at import.
    # late: cycle: intake.cli imports this module while it starts
    from intake.cli import group

    return group
"""


def test_a_reason_on_the_line_above_covers_the_block_and_one_on_the_line_counts() -> None:
    assert unexplained(EXPLAINED) == []


@pytest.mark.parametrize(
    ("source", "line"),
    [
        ("def f():\n    import docx\n", 2),
        ("def f():\n    import docx  # heavy\n", 2),
        ("def f():\n    # late: heavy\n    import docx\n", 3),
        ("def f():\n    # late: cycle, it would import itself back\n    import x\n", 3),
        (
            "def f():\n    # late: python-docx loads only for .docx\n    import docx\n\n"
            "    import lxml\n",
            5,
        ),
        ("class A:\n    def f(self):\n        async def g():\n            import x\n", 4),
    ],
    ids=[
        "no comment",
        "not a late comment",
        "too short",
        "cycle naming no module",
        "gap",
        "nested",
    ],
)
def test_an_unexplained_late_import_is_reported_with_its_line(source: str, line: int) -> None:
    (problem,) = unexplained(source)
    assert problem.startswith(f"<text>:{line}: ")


def test_a_late_import_of_what_the_top_already_imports_is_reported() -> None:
    source = (
        "import os\nfrom intake import keys\n\n\ndef f():\n"
        "    # late: the store (sqlcipher3) loads only at unlock\n"
        "    import os\n    from intake import keys\n    from intake import people\n"
    )
    assert needlessly_late(source) == ["<text>:7: os", "<text>:8: intake.keys"]
