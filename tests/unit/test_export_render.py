"""Markdown, HTML and DOCX renderings: same words, escaped text, no identifying metadata."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from html.parser import HTMLParser

import docx
import pytest

from intake.export import render_docx, render_html, render_md
from tests.unit.export_samples import build, item, make_testimony

HOSTILE = '<script>alert(1)</script> & "quotes" [link](http://x.invalid) **bold** &#1048;'


def _hostile_document() -> dict[str, object]:
    return build(item(title=HOSTILE, summary=HOSTILE, quotes=(HOSTILE,)), with_transcript=True)


@pytest.mark.parametrize("render", [render_md.render, render_html.render, render_docx.render])
def test_every_format_carries_the_same_words(render) -> None:  # type: ignore[no-untyped-def]
    rendered = render(build(with_transcript=True))
    text = rendered.views[0].text.replace("\\", "").replace("*", "")
    for expected in (
        "Мать о задержании сына",
        "Мария, мать Ивана (имена изменены)",
        "— Мария, мать Ивана",
        "Дата интервью: март 2026 г.",
        "Сына удерживали в подвале",
        "Он позвонил мне с чужого телефона.",
        "Сын служил в [в/ч].",
        "Имена и подробности",
    ):
        assert expected in text


@pytest.mark.parametrize("render", [render_md.render, render_html.render, render_docx.render])
def test_every_stretch_of_a_rendering_is_owned_by_its_testimony(render) -> None:  # type: ignore[no-untyped-def]
    view = render(build()).views[0]
    at = view.text.index("Сына удерживали")
    assert view.owner_at(at) == "t-sample01"
    assert view.owner_at(0) is None


def test_markdown_escapes_everything_that_would_become_markup() -> None:
    text = render_md.render(_hostile_document()).data.decode()
    assert "<script>" not in text
    assert "[link](" not in text and "**bold**" not in text
    assert "&amp;#1048;" in text  # an escaped ampersand: no character reference can form


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("# heading", "&#35; heading"),
        ("- item", "&#45; item"),
        ("+ item", "&#43; item"),
        ("= setext", "&#61; setext"),
        ("1. item", "1&#46; item"),
        ("12) item", "12&#41; item"),
        ("> quote", "&gt; quote"),
        ("* item", "\\* item"),
    ],
)
def test_markdown_lines_of_testimony_text_never_start_a_block(line: str, expected: str) -> None:
    assert render_md.escape(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("&#1048;", "&amp;#1048;"),
        ("a|b ~c~", "a&#124;b &#126;c&#126;"),
        ("see http://x.invalid", "see http&#58;//x.invalid"),
        ("javascript:alert(1)", "javascript&#58;alert(1)"),
        ("www.x.invalid", "www&#46;x.invalid"),
        ("mail a@b.invalid", "mail a&#64;b.invalid"),
        ("![img](x)", "\\!\\[img\\](x)"),
        ("`code` _em_ {a}", "\\`code\\` \\_em\\_ \\{a\\}"),
        ("back\\slash", "back\\\\slash"),
    ],
)
def test_markdown_escapes_each_construct_as_written_here(text: str, expected: str) -> None:
    assert render_md.escape(text) == expected


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.tags.append(tag)


def test_html_escapes_testimony_text_so_it_never_becomes_markup() -> None:
    page = render_html.render(_hostile_document()).data.decode()
    parser = _Collect()
    parser.feed(page)
    assert "script" not in parser.tags and "a" not in parser.tags
    assert "&lt;script&gt;" in page and "&amp;#1048;" in page


def test_html_carries_no_metadata_but_language_and_a_generic_title() -> None:
    page = render_html.render(build()).data.decode()
    assert '<html lang="ru">' in page
    assert '<meta charset="utf-8">' in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert page.count("<meta") == 4  # charset, CSP, viewport, referrer
    assert "author" not in page.lower() and "generator" not in page.lower()


def test_html_forbids_script_frames_images_and_every_remote_fetch() -> None:
    page = render_html.render(build()).data.decode()
    csp = page.split('http-equiv="Content-Security-Policy" content="')[1].split('"')[0]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"
    for name in ("script-src", "img-src", "frame-src", "object-src", "base-uri", "form-action"):
        assert directives[name] == "'none'"
    assert directives["style-src"].startswith("'sha256-")  # the page's own style sheet only


def test_the_html_gate_view_decodes_entities() -> None:
    rendered = render_html.render(build(item(summary="Tom & Jerry")))
    assert "Tom &amp; Jerry" in rendered.views[0].text
    assert "Tom & Jerry" in rendered.views[1].text


def _docx(data: bytes):  # type: ignore[no-untyped-def]
    return docx.Document(io.BytesIO(data))


def test_docx_core_properties_name_nobody_and_hold_only_the_export_date() -> None:
    props = _docx(render_docx.render(build()).data).core_properties
    assert props.author == "" and props.last_modified_by == ""
    assert props.comments == "" and props.keywords == "" and props.subject == ""
    day = datetime(2026, 5, 10, tzinfo=UTC)
    assert props.created == day and props.modified == day
    assert props.last_printed is None
    assert props.revision == 1
    assert props.title == "Свидетельства" and props.language == "ru-RU"


def test_docx_package_entries_all_carry_one_fixed_time() -> None:
    data = render_docx.render(build()).data
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = package.read("docProps/core.xml").decode()
    assert "python-docx" not in core


def test_docx_rendering_is_the_same_bytes_every_time() -> None:
    assert render_docx.render(build()).data == render_docx.render(build()).data


def test_docx_keeps_testimony_text_as_text() -> None:
    doc = _docx(render_docx.render(_hostile_document()).data)
    assert HOSTILE in [p.text for p in doc.paragraphs]


def test_docx_gate_views_read_the_saved_bytes_including_properties() -> None:
    rendered = render_docx.render(build())
    body, decoded, package = rendered.views
    assert "Сына удерживали" in body.text and "Сына удерживали" in decoded.text
    assert "Свидетельства" in package.text  # the title property, read from docProps/core.xml


def test_each_html_article_says_its_own_language_in_a_mixed_export() -> None:
    russian = item(make_testimony("t-sample01", "ru"))
    english = item(make_testimony("t-sample02", "en"), title="A mother on her son")
    page = render_html.render(build(russian, english)).views[0].text
    assert '<html lang="en">' in page
    assert page.index('<article lang="ru">') < page.index("Мать о задержании сына")
    assert page.index('<article lang="en">') < page.index("A mother on her son")


@pytest.mark.parametrize("render", [render_md.render, render_html.render, render_docx.render])
def test_each_article_says_once_that_names_were_changed_and_attributes_every_quote(render) -> None:  # type: ignore[no-untyped-def]
    quotes = ("Первая цитата.", "Вторая цитата.", "Третья.")
    ru = item(make_testimony("t-sample01", "ru"), quotes=quotes)
    en = item(make_testimony("t-sample02", "en"), title="A mother on her son", quotes=quotes[:2])
    text = render(build(ru, en)).views[-1 if render is not render_docx.render else 1].text
    russian, english = text.split("A mother on her son")
    assert russian.count("имена изменены") + russian.count("имя изменено") == 1
    assert english.count("names changed") + english.count("name changed") == 1
    assert russian.count("— Мария, мать Ивана") == 3
    assert english.count("— Mariya, the mother of Ivan") == 2


def _part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(name).decode("utf-8")


def test_docx_uses_its_own_styles_for_every_kind_of_paragraph() -> None:
    doc = _docx(render_docx.render(build(with_transcript=True)).data)
    styles = {p.text: p.style.name for p in doc.paragraphs}
    assert styles["Мать о задержании сына"] == "Intake Title"
    assert styles["Мария, мать Ивана (имена изменены)"] == "Intake Byline"
    assert styles["Он позвонил мне с чужого телефона."] == "Intake Quote"
    assert styles["— Мария, мать Ивана"] == "Intake Attribution"
    assert styles["Сына удерживали в подвале. Номер: [телефон]."] == "Intake Body"
    assert styles[document_note()] == "Intake Note"


def document_note() -> str:
    return "Имена и подробности, по которым можно узнать людей, изменены ради их безопасности."


def test_docx_pages_are_a4_and_each_testimony_after_the_first_starts_a_page() -> None:
    ru = item(make_testimony("t-sample01", "ru"))
    en = item(make_testimony("t-sample02", "en"), title="A mother on her son")
    doc = _docx(render_docx.render(build(ru, en)).data)
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    titles = [p for p in doc.paragraphs if p.style.name == "Intake Title"]
    assert [bool(p.paragraph_format.page_break_before) for p in titles] == [False, True]


def test_docx_words_carry_the_proofing_language_of_their_article() -> None:
    ru = item(make_testimony("t-sample01", "ru"))
    en = item(make_testimony("t-sample02", "en"), title="A mother on her son")
    body = _part(render_docx.render(build(ru, en)).data, "word/document.xml")
    first, second = body.split("<w:pageBreakBefore/>")  # the second article's first paragraph
    russian = first.split("Мать о задержании сына")[1]
    english = second
    assert 'w:lang w:val="ru-RU"' in russian and 'w:lang w:val="en-GB"' not in russian
    assert 'w:lang w:val="en-GB"' in english


def test_docx_keeps_no_template_leftover() -> None:
    data = render_docx.render(build()).data
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
    assert not [n for n in names if "thumbnail" in n or n.startswith("customXml")]
    app = _part(data, "docProps/app.xml")
    assert "Word" not in app and "AppVersion" not in app and "Template" not in app
    settings = _part(data, "word/settings.xml")
    assert "docId" not in settings and "rsid" not in settings
    for name in names:  # no part refers to a part that is gone
        if name.endswith(".rels"):
            assert "thumbnail" not in _part(data, name) and "customXml" not in _part(data, name)
