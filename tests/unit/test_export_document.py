"""The export document: what each testimony carries, in its language, by consent."""

from __future__ import annotations

import json

import pytest

from intake.errors import IntakeError
from intake.export import document
from intake.export.byline import byline
from intake.export.language import general_date
from intake.models import Consent, Relation
from intake.schemas_util import first_error
from tests.unit.export_samples import PEOPLE, build, item, make_testimony, simple_inflect


def test_a_built_document_validates_against_the_export_schema() -> None:
    doc = build(with_transcript=True)
    assert first_error(doc, "export.schema.json") is None
    assert doc["testimonies"][0]["id"] == "t-sample01"


def test_the_json_rendering_is_the_document_itself() -> None:
    doc = build()
    rendered = document.render_json(doc)
    assert json.loads(rendered.data) == doc
    assert rendered.views[0].owner_at(len(rendered.views[0].text) - 5) == "t-sample01"


@pytest.mark.parametrize(
    ("relation", "source", "subjects", "language", "expected"),
    [
        (
            Relation.MOTHER,
            "p-mother01",
            ("p-son00001",),
            "ru",
            "Мария, мать Ивана (имена изменены)",
        ),
        (
            Relation.MOTHER,
            "p-mother01",
            ("p-son00001",),
            "en",
            "Mariya, the mother of Ivan (names changed)",
        ),
        (
            Relation.WIFE,
            "p-wife0001",
            ("p-husb0001",),
            "en",
            "Anna, the wife of Pyotr (names changed)",
        ),
        (
            Relation.SIBLING,
            "p-mother01",
            ("p-son00001",),
            "ru",
            "Мария, сестра Ивана (имена изменены)",
        ),
        (
            Relation.SIBLING,
            "p-husb0001",
            ("p-son00001",),
            "en",
            "Pyotr, the brother of Ivan (names changed)",
        ),
        (
            Relation.MOTHER,
            "p-mother01",
            ("p-son00001", "p-husb0001"),
            "ru",
            "Мария, мать Ивана и Петра (имена изменены)",
        ),
        (Relation.SELF, "p-son00001", (), "ru", "Иван (имя изменено)"),
        (None, "p-wife0001", (), "en", "Anna (name changed)"),
        (
            Relation.LAWYER,
            "p-public01",
            ("p-son00001",),
            "ru",
            "Ольга Примерова, адвокат Ивана (имя изменено)",
        ),
        (Relation.OTHER, "p-public01", (), "ru", "Ольга Примерова"),
        (None, None, (), "en", "An anonymous source"),
        (
            None,
            None,
            ("p-son00001",),
            "en",
            "An anonymous source on the fate of Ivan (name changed)",
        ),
        (None, None, ("p-son00001",), "ru", "Анонимный источник о судьбе Ивана (имя изменено)"),
        (Relation.MOTHER, None, ("p-son00001",), "ru", "Мать Ивана (имя изменено)"),
    ],
)
def test_the_byline_names_people_only_by_pseudonym_in_the_right_case(
    relation: Relation | None,
    source: str | None,
    subjects: tuple[str, ...],
    language: str,
    expected: str,
) -> None:
    src = PEOPLE[source] if source else None
    assert (
        byline(relation, src, [PEOPLE[s] for s in subjects], language, simple_inflect) == expected
    )


@pytest.mark.parametrize(
    ("value", "precision", "language", "expected"),
    [
        ("2026-03-14", "month", "ru", "март 2026 г."),
        ("2026-03-14", "month", "en", "March 2026"),
        ("2026-03-14", "year", "en", "2026"),
        ("2026-11", "month", "ru", "ноябрь 2026 г."),
        ("2026", "month", "en", "2026"),
        (None, "month", "en", None),
    ],
)
def test_the_interview_date_is_never_shown_finer_than_the_policy_allows(
    value: str | None, precision: str, language: str, expected: str | None
) -> None:
    assert general_date(value, precision, language) == expected


def test_the_document_carries_the_generalised_date_never_the_day() -> None:
    doc = build()
    assert doc["testimonies"][0]["interview_date"] == {
        "value": "2026-03",
        "precision": "month",
        "text": "март 2026 г.",
    }
    assert "14" not in json.dumps(doc["testimonies"][0]["interview_date"])
    by_year = build(precision="year")
    assert by_year["testimonies"][0]["interview_date"]["value"] == "2026"


@pytest.mark.parametrize(
    ("consent", "summary", "quotes"),
    [
        (Consent(publish_summary=True, publish_quotes=False), True, False),
        (Consent(publish_summary=False, publish_quotes=True), False, True),
    ],
)
def test_consent_decides_what_of_a_testimony_goes_out(
    consent: Consent, summary: bool, quotes: bool
) -> None:
    doc = build(item(make_testimony(consent=consent)), with_transcript=True)
    out = doc["testimonies"][0]
    assert (out["summary"] is not None) is summary
    assert bool(out["quotes"]) is quotes
    assert (out["transcript"] is not None) is quotes  # the transcript needs consent to quotes


def test_the_transcript_goes_out_only_when_asked_for() -> None:
    assert build()["testimonies"][0]["transcript"] is None
    assert build(with_transcript=True)["testimonies"][0]["transcript"] is not None


def test_each_testimony_is_written_in_its_own_language() -> None:
    ru = item(make_testimony("t-sample01", "ru"))
    en = item(make_testimony("t-sample02", "en"), title="A mother on her son")
    doc = build(ru, en)
    notes = [t["note"] for t in doc["testimonies"]]
    assert notes[0].startswith("Имена") and notes[1].startswith("Names")
    assert doc["language"] == "en"
    assert build(ru)["language"] == "ru"


def test_counts_per_kind_add_up_over_the_export_for_the_vaults_log() -> None:
    items = [
        item(make_testimony("t-sample01")),
        item(make_testimony("t-sample02"), counts={"phone": 2}),
    ]
    assert document.total_counts(items) == {"person": 2, "phone": 3}


def test_the_document_holds_no_count_of_what_review_redacted() -> None:
    doc = build(item(counts={"person": 7, "phone": 3}))
    assert "findings" not in doc["testimonies"][0]
    assert "7" not in json.dumps(doc["testimonies"][0], ensure_ascii=False)


def test_a_document_that_breaks_the_schema_is_refused() -> None:
    with pytest.raises(IntakeError, match="malformed"):
        build(item(title=""))


@pytest.mark.parametrize(
    ("languages", "expected"),
    [(("ru",), "ru"), (("en",), "en"), (("ru", "ru", "en"), "ru"), (("en", "ru", "en"), "en")],
)
def test_the_export_speaks_the_language_most_of_its_testimonies_are_in(
    languages: tuple[str, ...], expected: str
) -> None:
    items = [
        item(
            make_testimony(f"t-sample0{n}", language),
            title="Заголовок" if language == "ru" else "A title",
        )
        for n, language in enumerate(languages)
    ]
    doc = build(*items)
    assert doc["language"] == expected
    assert json.loads(document.render_json(doc).data)["language"] == expected
    assert "\\u" not in document.render_json(doc).data.decode("utf-8")  # readable UTF-8
