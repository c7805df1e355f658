"""The leak gate's own logic: what it reads, how it attributes and words a refusal.

These tests use a tiny scanner that reports fixed strings, so they pin the gate
itself; tests/security/test_leak_gate.py runs the gate with the real engine.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from intake.errors import EXIT_LEAK, LeakRefused
from intake.export import document, render_docx, render_html, render_md
from intake.export.gate import Gate, Leak, manifest_view, refuse_if_any
from intake.export.layout import without_keys, without_tool_values
from intake.redact import Person, Redactor, Registry
from tests.unit.export_samples import build, item, make_testimony

SECRET = "Выдумкин"  # an invented surname standing in for a registered person


@dataclass(frozen=True)
class _Hit:
    kind: str
    start: int
    end: int = 0
    recognizer: str = "fixed"


class _FixedScanner:
    """Reports SECRET as a person, and each extra string as a term found by "extra"."""

    def scan_for_leaks(self, text: str, extra_strings: Sequence[str] = ()) -> list[_Hit]:
        hits = [_Hit("person", i, i + len(SECRET)) for i in _all(text, SECRET)]
        for extra in extra_strings:
            hits += [_Hit("term", i, i + len(extra), "extra") for i in _all(text, extra)]
        return sorted(hits, key=lambda h: h.start)


def _all(text: str, needle: str) -> list[int]:
    out, at = [], text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


@pytest.mark.parametrize(
    ("changes", "where", "offset"),
    [
        ({"title": f"О {SECRET}е"}, "title", 2),
        ({"summary": f"Сын {SECRET} в подвале."}, "summary", 4),
        ({"quotes": ("Первая.", f"{SECRET} позвонил.")}, "quotes[1]", 0),
    ],
)
def test_a_leak_in_any_field_is_found_and_placed(
    changes: dict[str, Any], where: str, offset: int
) -> None:
    leaks = Gate(_FixedScanner()).document(build(item(**changes)))
    assert leaks == [Leak("t-sample01", where, "person", offset)]


def test_original_strings_of_redacted_findings_are_found_and_named_by_their_kind() -> None:
    doc = build(item(summary="Звонил с 8 900 000 00 02."))
    leaks = Gate(_FixedScanner(), [("phone", "8 900 000 00 02")]).document(doc)
    assert leaks == [Leak("t-sample01", "summary", "phone", 9)]
    assert Gate(_FixedScanner(), [("phone", "   ")]).document(doc) == []  # blanks ignored


@pytest.mark.parametrize("render", [render_md.render, render_html.render])
def test_a_decided_word_of_the_exports_own_note_is_not_looked_for_but_another_is(render) -> None:  # type: ignore[no-untyped-def]
    """A table's header "Имена", asked about and redacted in a testimony, is a word of the
    note every Russian export ends with: it says nothing of anyone there."""
    doc = build(item(summary="Сын в подвале, в списке Бойко."))
    gate = Gate(_FixedScanner(), [("check:capitalised", "Имена"), ("name", "Бойко")])
    leaks = gate.document(doc) + gate.rendered(render(doc), "the file")
    assert {leak.kind for leak in leaks} == {"name"}
    assert all(leak.where in ("summary", "the file") for leak in leaks)


def test_a_testimonys_id_and_language_code_are_the_tools_but_its_title_is_read() -> None:
    """A transcript's "RU:" labels, redacted, made "RU" a string to refuse; the language code
    "ru" the export writes beside each testimony then refused it with nothing to decide.
    The values the export's schema fixes are the tool's, in the document and in its JSON."""
    gate = Gate(Redactor(Registry([])), [("name", "RU"), ("id_number", "sample01")])
    doc = build(item())
    assert gate.document(doc) == []
    titled = build(item(title="RU: о задержании"))
    assert [(leak.where, leak.offset) for leak in gate.document(titled)] == [("title", 0)]
    rendered = json.dumps(doc, ensure_ascii=False, indent=2)
    assert len(gate.scan(without_keys(rendered), None, "j")) >= 2  # the premise: each is read
    assert gate.scan(without_keys(without_tool_values(rendered)), None, "j") == []


def test_every_field_of_every_testimony_is_read_with_its_own_offsets() -> None:
    doc = build(
        item(make_testimony("t-sample01")),
        item(make_testimony("t-sample02"), quotes=("Ок.", f"Да, {SECRET}.")),
    )
    assert Gate(_FixedScanner()).document(doc) == [Leak("t-sample02", "quotes[1]", "person", 4)]


@pytest.mark.parametrize(
    "render", [render_md.render, render_html.render, render_docx.render, document.render_json]
)
def test_a_leak_in_the_final_bytes_is_attributed_to_its_testimony(render) -> None:  # type: ignore[no-untyped-def]
    rendered = render(build(item(summary=f"Сын {SECRET} в подвале.")))
    leaks = Gate(_FixedScanner()).rendered(rendered, "the file")
    assert leaks and all(leak.testimony == "t-sample01" for leak in leaks[:1])


def test_a_refusal_names_every_hit_with_testimony_kind_and_position_but_never_the_string() -> None:
    leaks = [Leak("t-sample01", "summary", "person", 4), Leak(None, "the md file", "phone", 9)]
    with pytest.raises(LeakRefused) as refused:
        refuse_if_any(leaks)
    message = refused.value.message
    assert "t-sample01" in message and "person" in message and "summary" in message
    assert "character 4" in message and "the md file" in message and "character 9" in message
    assert SECRET not in message
    assert refused.value.exit_code == EXIT_LEAK


def test_no_leak_no_refusal() -> None:
    refuse_if_any([])
    assert Gate(_FixedScanner()).document(build()) == []


def test_kept_kinds_reported_by_a_scanner_are_not_leaks() -> None:
    class Pseudonyms:
        def scan_for_leaks(self, text: str, extra_strings: Sequence[str] = ()) -> list[_Hit]:
            return [_Hit("pseudonym", 0, 1), _Hit("tag", 1, 2), _Hit("public_person", 2, 3)]

    assert Gate(Pseudonyms()).document(build()) == []


SPLIT = [
    "Вы<b></b>думкин",
    "Вы<span class='x'>дум</span>кин",
    "Вы<!-- -->думкин",
    "Вы&#1076;умкин",
    "Вы&#x434;умкин",
    "Вы&amp;#1076;умкин",
    "Вы**дум**кин",
    "Вы_дум_кин",
    "Вы`дум`кин",
    "Вы\\*дум\\*кин",
    "Вы~~дум~~кин",
]


@pytest.mark.parametrize("split", SPLIT)
@pytest.mark.parametrize(
    "render", [render_md.render, render_html.render, render_docx.render, document.render_json]
)
def test_markup_inside_a_word_is_read_through_in_every_format(render, split: str) -> None:  # type: ignore[no-untyped-def]
    doc = build(item(summary=f"Сын {split} в подвале.", quotes=(f"Это {split}.",)))
    assert Gate(_FixedScanner()).document(doc) == []  # the strings alone hide the name
    leaks = Gate(_FixedScanner()).rendered(render(doc), "the file")
    assert leaks, "the rendered views must decode the markup and see the name"
    assert {leak.testimony for leak in leaks} == {"t-sample01"}


def test_text_without_markup_reads_the_same_decoded() -> None:
    from intake.export.layout import decode

    assert (
        decode("Сын служил в [в/ч]. Tom & Jerry 3 < 5") == "Сын служил в [в/ч]. Tom & Jerry 3 < 5"
    )
    assert decode("a &lt;b&gt;x&lt;/b&gt; c") == "a x c"


@pytest.mark.parametrize("render", [render_md.render, render_html.render, document.render_json])
@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (f"Сын {SECRET} в подвале.", 1),
        ("Сын Вы<b></b>думкин в подвале.", 1),
        (f"Сын {SECRET}, потом Вы&#1076;умкин.", 2),
        ("Ничего.", 0),
    ],
)
def test_a_refusal_lists_each_hit_in_the_file_once_written_or_decoded(
    render: Callable[..., Any], summary: str, expected: int
) -> None:
    from intake.export.publish import rendered_leaks

    fmt = {render_md.render: "md", render_html.render: "html"}.get(render, "json")
    leaks = rendered_leaks(Gate(_FixedScanner()), render(build(item(summary=summary))), fmt)
    assert len(leaks) == expected
    assert all(leak.testimony == "t-sample01" for leak in leaks)


@pytest.mark.parametrize("render", [render_md.render, render_html.render])
def test_a_character_reference_of_the_markup_reads_as_no_number(render) -> None:  # type: ignore[no-untyped-def]
    """Markdown writes "|" as "&#124;": after "по делу" its digits once read as a case
    number and refused a table. The decoded view still reads a real number."""
    from intake.redact import Redactor, Registry

    gate = Gate(Redactor(Registry([])))
    table = build(
        item(summary="Заметки по делу\n\n| Кто | Роль |\n|---|---|\n| брат | свидетель |")
    )
    assert gate.rendered(render(table), "the file") == []
    numbered = build(item(summary="Заметки по делу № 1-234/2024 | Кто |"))
    assert [leak.kind for leak in gate.rendered(render(numbered), "the file")] != []


def test_the_export_reads_a_markdown_table_after_a_case_word_without_refusing() -> None:
    """The same, as the export reads the file: written and decoded views apart."""
    from intake.export.publish import rendered_leaks
    from intake.redact import Redactor, Registry

    gate = Gate(Redactor(Registry([])))
    table = build(
        item(summary="Заметки по делу\n\n| Кто | Роль |\n|---|---|\n| брат | свидетель |")
    )
    assert rendered_leaks(gate, render_md.render(table), "md") == []


def test_a_decided_string_inside_a_tag_the_engine_wrote_is_no_leak_but_elsewhere_is() -> None:
    """A reviewer redacted the word "card"; the engine's own tag "[card]" holds it."""
    redactor = Redactor(Registry.from_json({"people": []}), ner=False)
    text = "Collecting [redacted]: Dina, [card]. Then the card again."
    hits = [text[f.start : f.end] for f in redactor.scan_for_leaks(text, ["card"])]
    assert hits == ["card"]
    assert redactor.scan_for_leaks(text, ["card"])[0].start == text.rindex("card")
    escaped = "Collecting \\[redacted\\]: Dina, \\[card\\]."  # as Markdown writes them
    assert redactor.scan_for_leaks(escaped, ["card"]) == []


@pytest.mark.parametrize("render", [render_md.render, render_html.render])
def test_a_date_whose_dot_the_markup_escapes_reads_as_a_date(render) -> None:  # type: ignore[no-untyped-def]
    """Markdown writes a line's "15." as "15&#46;": read as spaces, "15     09.2025" was a
    phone number and refused a lawyer's signed and dated note."""
    from intake.redact import Redactor, Registry

    gate = Gate(Redactor(Registry([])))
    signed = build(item(summary="Адвокат подписал.\n\n15.09.2025\n\nКонец."))
    assert gate.rendered(render(signed), "the file") == []
    phone = build(item(summary="Адвокат подписал.\n\n15.09.2025 +7 916 000-12-40\n\nКонец."))
    assert {leak.kind for leak in gate.rendered(render(phone), "the file")} == {"phone"}


def test_a_markdown_escape_inside_a_word_makes_no_shorter_code_a_pattern_reads() -> None:
    """Markdown writes "_" as "\\_": read as written, "u/the\\_longest..." was a shorter
    user name, "u/the", which the document never had, and the export was refused. The
    escape reads as the mark it escapes; a real user name is still refused."""
    from intake.export.publish import rendered_leaks
    from intake.redact import Redactor, Registry

    gate = Gate(Redactor(Registry([])))
    long_name = "u/the_longest_name_this_forum_would_ever_allow_anyone"  # no user name's shape
    kept = build(item(summary=f"Thanks to {long_name} for the tip."))
    assert "\\_" in render_md.render(kept).data.decode()  # the premise: the escape
    assert [leak for leak in gate.document(kept) if leak.kind == "handle"] == []
    assert rendered_leaks(gate, render_md.render(kept), "md") == []
    named = build(item(summary="Thanks to u/snow_fall_test for the tip."))
    assert {leak.kind for leak in rendered_leaks(gate, render_md.render(named), "md")} == {"handle"}


def test_the_manifests_digests_are_no_words_but_a_name_beside_them_still_is() -> None:
    dato = Gate(Redactor(Registry([Person("Давид Выдумелидзе", gender="m", pseudonym="Леван")])))
    digest = "19c9f81be8ede8f216446695c510eccdf8ab89da709f47aef54aa9806d03399f"  # "da70": dato
    listing = f'{{"files": [{{"name": "e.md", "sha256": "{digest}"}}]}}'
    assert dato.scan(listing, None, "the manifest") != []  # the premise: read as "dato"
    assert dato.scan(manifest_view(listing), None, "the manifest") == []
    named = listing.replace("e.md", "Dato.md")
    assert [leak.offset for leak in dato.scan(manifest_view(named), None, "m")] == [
        named.index("Dato")
    ]


def test_the_manifests_keys_are_no_words_but_its_values_are_read() -> None:
    """A vCard's "VERSION:3.0", decided as a detail to redact, was found in the manifest's
    "policy_version" and refused the export."""
    gate = Gate(Redactor(Registry([])), [("check:capitalised", "VERSION")])
    listing = '{"policy_version": "intake-0.1.0", "files": [{"name": "e.md"}]}'
    assert gate.scan(listing, None, "the manifest") != []  # the premise: the key holds it
    assert gate.scan(manifest_view(listing), None, "the manifest") == []
    named = listing.replace("e.md", "version.md")
    assert [leak.offset for leak in gate.scan(manifest_view(named), None, "m")] == [
        named.index("version.md")
    ]


def test_the_json_files_keys_are_no_user_names_but_its_values_are_read() -> None:
    """A summary ending in a messenger's name ("Писать в телеграм") stood within its cue's
    reach of the key "interview_date", which has a user name's underscore, and a JSON
    export was refused, depending on how long the fields between them were. The gate reads
    a JSON file with its keys blanked; a user name in a value is still found."""
    gate = Gate(Redactor(Registry([])))
    near = '{\n  "summary": "Писать в телеграм",\n  "interview_date": "2026-03"\n}'
    assert [leak.kind for leak in gate.scan(near, None, "f")] == ["handle"]  # the premise
    assert gate.scan(without_keys(near), None, "f") == []
    named = near.replace("телеграм", "телеграм zhenya_demo_0000")
    assert [leak.kind for leak in gate.scan(without_keys(named), None, "f")] == ["handle"]
    rendered = document.render_json(build(item()))
    assert "interview_date" in rendered.data.decode("utf-8")
    assert "interview_date" not in rendered.views[0].text  # what the gate reads


def test_the_manifests_own_values_are_no_leak_but_a_file_name_beside_them_is() -> None:
    """The date, the policy version and a file's size are the tool's: a number redacted in
    a testimony ("№ 12", "1290") read in them refused every export of a December day."""
    gate = Gate(Redactor(Registry([])), [("id_number", "12"), ("id_number", "1290")])
    listing = (
        '{\n  "generated_on": "2026-12-06",\n  "policy_version": "intake-0.12.0+0a12b3c4d5e6",\n'
        '  "files": [\n    {\n      "name": "e.md",\n      "bytes": 1290\n    }\n  ]\n}\n'
    )
    assert len(gate.scan(without_keys(listing), None, "m")) == 3  # the premise: each is read
    assert gate.scan(manifest_view(listing), None, "m") == []
    named = listing.replace("e.md", "locker-12.md")
    assert [leak.offset for leak in gate.scan(manifest_view(named), None, "m")] == [
        named.index("12.md")
    ]


def test_the_manifests_fixed_values_are_no_leak_but_a_file_name_beside_them_is() -> None:
    """Rooms "1" to "4" of a landlord's table, redacted as addresses, were found in the
    manifest's own version ("intake_export_manifest": 1) and refused the export with
    nothing to decide. The values the manifest's schema fixes are the tool's."""
    gate = Gate(
        Redactor(Registry([])),
        [("address", "1"), ("check:capitalised", "true"), ("check:capitalised", "medium")],
    )
    listing = (
        '{\n  "intake_export_manifest": 1,\n  "format": "md",\n  "with_transcript": true,\n'
        '  "files": [\n    {\n      "name": "e.md"\n    }\n  ],\n'
        '  "testimonies": [\n    "t-dsztcgpk"\n  ],\n  "disclosure": {\n'
        '    "t-dsztcgpk": "medium"\n  }\n}\n'
    )
    assert len(gate.scan(without_keys(listing), None, "m")) == 3  # the premise: each is read
    assert gate.scan(manifest_view(listing), None, "m") == []
    named = listing.replace('"e.md"', '"room-1.md"')
    assert [leak.offset for leak in gate.scan(manifest_view(named), None, "m")] == [
        named.index("1.md")
    ]


def test_the_tools_own_phrases_in_a_byline_are_no_near_miss_but_elsewhere_they_are() -> None:
    """ "An anonymous source" is the tool's byline: its "An" is no near-miss of a registered
    Anh. The same word in the transcript, where a person wrote it, is still asked about;
    so is a name the byline shows that the tool did not write."""
    from intake.check import Check
    from intake.export.gate import checked

    check = Check(["Pham Tuan Anh", "Фам Туан Ань"])  # "Ань" is "An" in Latin letters
    document = {
        "testimonies": [
            {
                "id": "t-one",
                "byline": "An anonymous source",
                "quotes": [{"text": "Он молчал.", "attribution": "An anonymous source"}],
                "transcript": "An anonymous source",
            },
            {"id": "t-two", "byline": "Anh Pham, a neighbour", "transcript": "—"},
        ]
    }
    leaks = checked(document, check, lambda text: [])
    assert [(leak.testimony, leak.where) for leak in leaks] == [
        ("t-one", "transcript"),
        ("t-two", "byline"),
        ("t-two", "byline"),
    ], leaks


def test_a_decided_string_of_marks_alone_is_not_looked_for() -> None:
    """A finding decided "redact" whose text is a mark alone (",") names no one: the gate
    does not look for it (every comma of the manifest would be refused); a word is."""
    from intake.redact import Redactor, Registry

    redactor = Redactor(Registry([]), ner=False)
    assert redactor.scan_for_leaks('{"files": [1, 2], "format": "md"}', [",", "«»"]) == []
    assert redactor.scan_for_leaks("Сначала Байкал, потом", ["Байкал"]) != []


def test_a_pseudonym_read_as_a_chosen_password_is_no_leak() -> None:
    """A pseudonym the engine wrote after "пароль" reads as a chosen secret to the secret
    rule ("она выбрала «Наталья»"); a pseudonym is no word of the original texts, so the
    gate does not refuse it. A secret that is no pseudonym still is one."""
    from intake.redact import Person, Redactor, Registry

    person = Person("Туйаара Выдумкина", pseudonym="Наталья", gender="f")
    redactor = Redactor(Registry([person]), ner=False)
    for text in ("Нужен пароль, она выбрала «Наталья».", "Пароль от почты: «Наталья», никому."):
        assert [h for h in redactor.scan_for_leaks(text) if h.kind == "secret"] == [], text
    found = redactor.scan_for_leaks("Нужен пароль, она выбрала «Тиса».")
    assert [h.kind for h in found] == ["secret"], found


def test_a_registered_word_inside_the_tools_own_byline_is_no_leak() -> None:
    """A source registered by the code name "Source" is in every export's byline "An
    anonymous source", which the tool writes; the same word anywhere else is him."""
    from intake.redact import Person, Redactor, Registry

    person = Person("Ivan Vydumov", gender="m", aliases=("Source",))
    gate = Gate(Redactor(Registry([person]), ner=False))
    assert gate.scan("## t-one\n\n*An anonymous source*\n", None, "the md file") == []
    assert [leak.offset for leak in gate.scan("Then Source said no", None, "x")] == [5]
