"""Every Markdown export, rendered by the renderers editors use, holds only the exporter's markup.

Python-Markdown 3.4.1 (what Debian 12 ships; it treats ``\\<`` as a literal
backslash before raw HTML), a current Python-Markdown, markdown-it-py (plain
CommonMark and with linkify, tables and strikethrough) and commonmark.py each
render the export; the test fails on any element or attribute the exporter does
not write itself, and on any difference between the words a reader sees and the
testimony text (no literal backslash or entity published).

No test reaches the network: Python-Markdown 3.4.1 cannot sit beside the current
one in an environment, so it is looked for in a folder of its own (``pip install
--no-deps --target .venv/markdown-3.4.1 markdown==3.4.1``, which ``.ci/run``
does, or the folder named by ``INTAKE_TEST_OLD_MARKDOWN``), and that renderer is
skipped, saying how to install it, where it is absent.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import commonmark
import markdown
import pytest
from markdown_it import MarkdownIt

from intake.export import render_md
from tests.unit.export_samples import build, item, make_testimony

OLD_MARKDOWN = "3.4.1"
# The exporter's own markup: headings, emphasis, block quotes, line breaks, rules.
ALLOWED = {"h1", "h2", "h3", "p", "em", "blockquote", "br", "hr"}
HOSTILE_LINES = (
    "<script>alert(1)</script>",
    '<img src="http://x.invalid/p.png" onerror="alert(1)">',
    '<iframe src="http://x.invalid/"></iframe>',
    "\\<script>alert(2)</script>",
    "&#60;script&#62;alert(3)&#60;/script&#62; &lt;b&gt;",
    "[click](javascript:alert(4)) and [ref][1]",
    "[1]: http://x.invalid/ref",
    "![](http://x.invalid/pixel.png)",
    "<http://x.invalid/auto> and <mail@x.invalid>",
    "raw http://x.invalid/raw and www.x.invalid and mail@x.invalid",
    "1. first",
    "2) second",
    "- item",
    "+ item",
    "* item",
    "# heading",
    "> quoted",
    "---",
    "===",
    "***",
    "`code` **bold** _em_ ~~struck~~ {: onclick=alert(5)}",
    "| a | b |",
    "|---|---|",
    "<!-- hidden -->",
    '<div markdown="1">*x*</div>',
    "Text[^1] and a back\\slash \\* and a pipe | here",
)
HOSTILE = "\n".join(HOSTILE_LINES)


def _exports() -> list[str]:
    ru = item(title=HOSTILE_LINES[0], summary=HOSTILE, quotes=(HOSTILE, "1. " + HOSTILE_LINES[2]))
    en = item(
        make_testimony("t-sample02", "en"), title="# A mother <b>says</b>", transcript=HOSTILE
    )
    documents = [build(ru, with_transcript=True), build(en, with_transcript=True)]
    return [render_md.render(document).data.decode("utf-8") for document in documents]


# Read when the module is collected: every test runs without the user's INTAKE_* variables.
OLD_MARKDOWN_ENV = "INTAKE_TEST_OLD_MARKDOWN"
OLD_MARKDOWN_GIVEN = os.environ.get(OLD_MARKDOWN_ENV)


def _version_in(folder: Path) -> str | None:
    if not (folder / "markdown" / "__init__.py").is_file():
        return None
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import markdown; print(markdown.__version__)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return done.stdout.strip() if done.returncode == 0 else None


@pytest.fixture(scope="session")
def old_markdown() -> Path:
    """The folder holding Python-Markdown 3.4.1, imported only by a child process so two
    versions never meet; never installed by a test (no network at test time)."""
    folders = [Path(sys.prefix) / f"markdown-{OLD_MARKDOWN}"]
    folders += [Path(OLD_MARKDOWN_GIVEN)] if OLD_MARKDOWN_GIVEN else []
    for folder in folders:
        if _version_in(folder) == OLD_MARKDOWN:
            return folder
    pytest.skip(
        f"Python-Markdown {OLD_MARKDOWN} not found: install it with 'pip install --no-deps "
        f"--target .venv/markdown-{OLD_MARKDOWN} markdown=={OLD_MARKDOWN}' or name such a "
        f"folder in {OLD_MARKDOWN_ENV}"
    )


def _old_markdown(folder: Path) -> Callable[[str], str]:
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import markdown; "
        f"assert markdown.__version__ == {OLD_MARKDOWN!r}, markdown.__version__; "
        "sys.stdout.write(markdown.markdown(sys.stdin.read()))"
    )

    def render(text: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", script, str(folder)],
            input=text,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return done.stdout

    return render


_GFM = MarkdownIt("gfm-like")  # linkify, tables, strikethrough
OLD_RENDERER = f"Python-Markdown {OLD_MARKDOWN}"
CURRENT_RENDERERS: dict[str, Callable[[str], str]] = {
    f"Python-Markdown {markdown.__version__}": markdown.markdown,
    "Python-Markdown with extra": lambda t: markdown.markdown(t, extensions=["extra"]),
    "markdown-it-py (CommonMark)": MarkdownIt("commonmark").render,
    "markdown-it-py (gfm-like, linkify)": _GFM.render,
    "commonmark.py": commonmark.commonmark,
}


@pytest.fixture(params=[OLD_RENDERER, *CURRENT_RENDERERS])
def renderer(request: pytest.FixtureRequest) -> tuple[str, Callable[[str], str]]:
    """(name, render): each renderer editors use; the old one only where it is installed."""
    name = str(request.param)
    if name == OLD_RENDERER:
        return name, _old_markdown(request.getfixturevalue("old_markdown"))
    return name, CURRENT_RENDERERS[name]


class _Elements(HTMLParser):
    """Every element and attribute of an HTML fragment, and its text as a reader sees it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes += attrs

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.tags.add("<!-- comment -->")


def _read(rendered: str) -> _Elements:
    parser = _Elements()
    parser.feed(rendered)
    parser.close()
    return parser


def _words(text: str) -> str:
    return " ".join(text.split())


def test_python_markdown_341_is_the_version_that_runs_raw_html(old_markdown: Path) -> None:
    """The old renderer is really the dangerous one: a backslash before < leaves a live tag."""
    assert "<script>" in _old_markdown(old_markdown)("\\<script>x</script>")


@pytest.mark.parametrize("export", range(2))
def test_every_renderer_shows_only_the_exporters_markup(
    renderer: tuple[str, Callable[[str], str]], export: int
) -> None:
    name, render = renderer
    seen = _read(render(_exports()[export]))
    assert seen.tags <= ALLOWED, (name, seen.tags - ALLOWED)
    assert seen.attributes == [], (name, seen.attributes)


@pytest.mark.parametrize("export", range(2))
def test_every_renderer_shows_the_testimony_words_as_written(
    renderer: tuple[str, Callable[[str], str]], export: int
) -> None:
    name, render = renderer
    shown = _words(" ".join(_read(render(_exports()[export])).text))  # references resolved
    for line in HOSTILE_LINES:
        assert _words(line) in shown, (name, line)
    for line in sorted(HOSTILE_LINES, key=len, reverse=True):
        shown = shown.replace(_words(line), "")
    assert not re.search(r"&#?\w+;|\\", shown), (name, shown)  # nothing of the escaping
