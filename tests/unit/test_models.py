"""The testimony model: consent decides exports, edits of reviewed content return to draft,
the change history never keeps old text, and documents round-trip through the schema."""

from __future__ import annotations

from dataclasses import replace

import pytest

from intake import documents
from intake.models import Consent, Event, Interview, Mode, Precision, Quote, Relation, Status
from intake.models import Testimony as Record  # "Test..." names would be collected by pytest
from intake.schemas_util import first_error, load_schema

TRANSCRIPT = "Мой сын Евгений Тестовый-Горшенин отказался ехать. Его увезли в подвал."


def a_testimony(**fields: object) -> Record:
    base = Record(
        id="t-abcd2345",
        title="Отказ",
        transcript=TRANSCRIPT,
        interview=Interview(
            language="ru", date="2024-03", place="Пермский край", mode=Mode.PHONE, interviewer="r1"
        ),
        consent=Consent(publish_summary=True, publish_quotes=True),
        source="p-mother22",
        relation=Relation.MOTHER,
        subjects=("p-son22222",),
        events=(Event("задержание", "Пермский край", "2024-02", Precision.MONTH, ("p-son22222",)),),
        summary="Сын отказался воевать.",
        quotes=(Quote(8, 34),),
        tags=("отказ",),
        status=Status.APPROVED,
        created_at="2024-03-01T10:00:00Z",
        updated_at="2024-03-01T10:00:00Z",
    )
    return replace(base, **fields)  # type: ignore[arg-type]


def test_an_approved_testimony_with_consent_is_exportable() -> None:
    assert a_testimony().exportable


@pytest.mark.parametrize(
    ("consent", "status", "reason"),
    [
        (
            Consent(publish_summary=True, withdrawn_on="2024-04-01"),
            Status.APPROVED,
            "consent withdrawn",
        ),
        (Consent(), Status.APPROVED, "no consent to publish"),
        (Consent(publish_quotes=True), Status.REVIEWED, "not approved (status: reviewed)"),
        (
            Consent(publish_quotes=True, withdrawn_on="2024-04-01"),
            Status.PUBLISHED,
            "consent withdrawn",
        ),
    ],
)
def test_a_testimony_stays_out_of_exports_without_live_consent_or_approval(
    consent: Consent, status: Status, reason: str
) -> None:
    testimony = a_testimony(consent=consent, status=status)
    assert not testimony.exportable
    assert testimony.export_blocker() == reason


def test_withdrawing_consent_blocks_an_already_published_testimony() -> None:
    published = a_testimony(status=Status.PUBLISHED)
    withdrawn = published.changed(
        {"consent": replace(published.consent, withdrawn_on="2024-05-01")}
    )
    assert published.exportable
    assert not withdrawn.exportable


@pytest.mark.parametrize("field", ["title", "transcript", "summary"])
@pytest.mark.parametrize("status", [Status.REVIEWED, Status.APPROVED, Status.PUBLISHED])
def test_editing_content_after_review_returns_to_draft(field: str, status: Status) -> None:
    edited = a_testimony(status=status).changed({field: "Новый текст."}, at="2024-06-01T00:00:00Z")
    assert edited.status is Status.DRAFT
    assert ("status", "returned to draft after a content edit") in [
        (h.field, h.note) for h in edited.history
    ]


def test_asking_for_reviewed_while_changing_content_still_gives_draft() -> None:
    edited = a_testimony(status=Status.REVIEWED).changed(
        {"summary": "Другое.", "status": Status.REVIEWED}
    )
    assert edited.status is Status.DRAFT


def test_editing_tags_keeps_the_review() -> None:
    edited = a_testimony(status=Status.REVIEWED).changed({"tags": ("новое",)})
    assert edited.status is Status.REVIEWED


def test_the_history_names_fields_and_never_keeps_old_text() -> None:
    old = a_testimony()
    edited = old.changed({"summary": "Совсем другое.", "title": "Иное"}, at="2024-06-01T00:00:00Z")
    fields = [h.field for h in edited.history]
    assert {"summary", "title", "status"} <= set(fields)
    assert all(h.at == "2024-06-01T00:00:00Z" for h in edited.history)
    flat = repr(edited.history)
    assert old.summary not in flat and old.title not in flat


def test_an_edit_that_changes_nothing_returns_the_same_object() -> None:
    testimony = a_testimony()
    assert testimony.changed({"title": testimony.title}) is testimony


def test_quotes_follow_their_text_when_the_transcript_changes() -> None:
    testimony = a_testimony()
    quoted = testimony.quotes[0].text_in(TRANSCRIPT)
    edited = testimony.changed({"transcript": "Начало. " + TRANSCRIPT})
    assert edited.quotes[0].text_in(edited.transcript) == quoted
    gone = testimony.changed({"transcript": "Совсем другой текст."})
    assert gone.quotes == ()


def test_merging_people_rewrites_every_reference() -> None:
    merged = a_testimony().with_person_replaced("p-son22222", "p-mother22")
    assert merged.subjects == ("p-mother22",)
    assert merged.events[0].victims == ("p-mother22",)
    assert merged.people() == {"p-mother22"}


def test_the_testimony_schema_is_a_valid_2020_12_schema() -> None:
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(load_schema("testimony.schema.json"))


def test_a_testimony_document_is_valid_and_round_trips() -> None:
    testimony = a_testimony().changed({"title": "Новое"}, at="2024-06-01T00:00:00Z")
    document = documents.testimony_to_document(testimony)
    assert first_error(document, "testimony.schema.json") is None
    assert documents.testimony_from_document(document) == testimony


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("status",), "secret"),
        (("interview", "language"), "de"),
        (("interview", "date"), "2024-13"),
        (("events", 0, "precision"), "roughly"),
        (("source", "relation"), "cousin"),
    ],
)
def test_the_schema_refuses_values_outside_the_model(
    path: tuple[object, ...], value: object
) -> None:
    document = documents.testimony_to_document(a_testimony())
    target = document
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]
    assert first_error(document, "testimony.schema.json") is not None


def test_generated_ids_never_look_like_an_identifier_the_leak_gate_hunts() -> None:
    from intake.people import new_id
    from intake.redact import Redactor, Registry

    scanner = Redactor(Registry.from_json({"people": []}))
    ids = " ".join(new_id(prefix) for prefix in ("t", "p") for _ in range(2000))
    assert scanner.scan_for_leaks(ids) == []
    assert all(ch not in ids for ch in "0123456789aeiouy")
