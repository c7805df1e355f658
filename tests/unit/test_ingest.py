"""Importing testimonies: every format reads, every broken file gets a clear error that
never quotes the content."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest

from intake import ingest
from intake.errors import InputError
from intake.models import Status

RU = "Говорит мать. Моего сына Евгения Тестового-Горшенина увезли ночью в подвал."
EN = "The mother speaks. Her son, Evgeny Testovy-Gorshenin, was taken away at night."
MARKER = "Зюзюкино-секрет"  # a marker that must never appear in an error message


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_a_text_file_becomes_a_russian_draft_titled_after_the_file(tmp_path: Path) -> None:
    testimony = ingest.load(write(tmp_path, "interview-1.txt", RU.encode()))
    assert testimony.transcript == RU
    assert testimony.title == "interview-1"
    assert testimony.language == "ru"
    assert testimony.status is Status.DRAFT


def test_a_markdown_file_takes_its_title_from_the_first_heading(tmp_path: Path) -> None:
    text = f"# Testimony of a mother\n\n{EN}\n"
    testimony = ingest.load(write(tmp_path, "a.md", text.encode()))
    assert testimony.title == "Testimony of a mother"
    assert testimony.language == "en"
    assert EN in testimony.transcript


def test_a_docx_file_is_read_with_its_paragraphs_and_tables(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(RU)
    document.add_table(rows=1, cols=1).rows[0].cells[0].text = "Таблица: часть 00000"
    path = tmp_path / "a.docx"
    document.save(str(path))
    testimony = ingest.load(str(path))
    assert RU in testimony.transcript
    assert "Таблица: часть 00000" in testimony.transcript
    assert testimony.language == "ru"


def test_standard_input_is_read_into_memory() -> None:
    testimony = ingest.load("-", stdin=io.BytesIO(EN.encode()))
    assert testimony.transcript == EN
    assert testimony.title == "untitled"


def test_a_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    testimony = ingest.load(write(tmp_path, "a.txt", b"\xef\xbb\xbf" + RU.encode()))
    assert testimony.transcript == RU


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (RU, "ru"),
        (EN, "en"),
        ("Он сказал, что напишет в Telegram.", "ru"),
        ("12345 — 67", "en"),
    ],
)
def test_the_language_is_detected_from_the_script(text: str, language: str) -> None:
    assert ingest.detect_language(text) == language


def a_json_document(**fields: object) -> dict[str, object]:
    document: dict[str, object] = {
        "title": "Отказ",
        "interview": {"language": "ru", "date": "2024-03", "mode": "phone"},
        "consent": {"publish_summary": True},
        "transcript": RU,
        "events": [{"description": "задержание", "date": "2024-02", "precision": "month"}],
        "quotes": [{"start": 0, "end": 13}],
        "status": "approved",
    }
    document.update(fields)
    return document


def test_a_valid_json_testimony_is_imported_as_a_new_draft(tmp_path: Path) -> None:
    path = write(tmp_path, "t.json", json.dumps(a_json_document()).encode())
    testimony = ingest.load(path)
    assert testimony.status is Status.DRAFT  # reviewed again in this vault
    assert testimony.consent.publish_summary
    assert testimony.quotes[0].text_in(testimony.transcript) == "Говорит мать."
    assert testimony.events[0].precision.value == "month"


def broken_inputs(tmp_path: Path) -> list[tuple[str, str]]:
    marker = MARKER.encode()
    too_big = tmp_path / "big.txt"
    with too_big.open("wb") as handle:
        handle.truncate(ingest.MAX_BYTES + 1)
    bad_schema = a_json_document(status=MARKER)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    outside = a_json_document(quotes=[{"start": 0, "end": 10_000}])
    return [
        (write(tmp_path, "latin1.txt", marker + "é".encode("latin-1")), "not valid UTF-8"),
        (write(tmp_path, "empty.txt", b""), "is empty"),
        (write(tmp_path, "blank.md", b"  \n\t\n"), "is empty"),
        (str(too_big), "larger than 10 MB"),
        (write(tmp_path, "nul.txt", marker + b"\x00\x01"), "NUL bytes"),
        (write(tmp_path, "fake.docx", marker), "not a readable .docx"),
        (write(tmp_path, "bad.json", b'{"title": "' + marker + b'",'), "not valid JSON"),
        (
            write(tmp_path, "dup.json", b'{"title": "a", "title": "' + marker + b'"}'),
            "not valid JSON",
        ),
        (write(tmp_path, "list.json", json.dumps([MARKER]).encode()), "does not follow"),
        (write(tmp_path, "schema.json", json.dumps(bad_schema).encode()), "$.status"),
        (write(tmp_path, "quote.json", json.dumps(outside).encode()), "outside the transcript"),
        (write(tmp_path, "notes.pdf", marker), "unknown file type"),
        (str(tmp_path / "missing.txt"), "cannot read"),
        (str(folder), "not a file"),
    ]


def test_broken_inputs_get_a_clear_error_that_never_quotes_the_content(tmp_path: Path) -> None:
    for path, expected in broken_inputs(tmp_path):
        with pytest.raises(InputError) as caught:
            ingest.load(path)
        message = f"{caught.value.message} {caught.value.hint}"
        assert expected in message, path
        assert MARKER not in message and "Зюзюкино" not in message


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(ingest.MAX_BYTES + 1)

    def no_reading(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(InputError, match="larger than 10 MB"):
        ingest.load(str(big))


def test_standard_input_over_the_limit_is_refused() -> None:
    with pytest.raises(InputError, match="larger than 10 MB"):
        ingest.load("-", stdin=io.BytesIO(b"a" * (ingest.MAX_BYTES + 1)))


def test_an_explicit_format_reads_json_from_standard_input() -> None:
    data = json.dumps(a_json_document()).encode()
    testimony = ingest.load("-", fmt="json", stdin=io.BytesIO(data))
    assert testimony.title == "Отказ"
