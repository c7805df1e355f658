"""Listing testimonies reads an index holding the listing's columns, never the table rows,
whose later columns sit after the transcript (reading them would read every transcript)."""

from __future__ import annotations

from typing import Any

from intake import models, testimonies
from intake.models import Interview
from intake.store import migrations

QUERY = "SELECT id, title, status, language, created_at, updated_at FROM testimonies"


def test_the_listing_query_is_answered_by_the_covering_index(vault: Any) -> None:
    plan = vault.connection.execute(f"EXPLAIN QUERY PLAN {QUERY} ORDER BY created_at, num")
    details = " ".join(str(row[-1]) for row in plan.fetchall())
    assert "COVERING INDEX testimonies_listing" in details


def test_the_listing_gives_every_testimony_in_the_order_added(vault: Any) -> None:
    drafts = [
        models.Testimony(
            id="",
            title=f"Свидетельство {n}",
            transcript="Текст " * 2000,
            summary="",
            interview=Interview(language="ru"),
        )
        for n in range(3)
    ]
    ids = testimonies.create_many(vault, drafts)
    rows = testimonies.listing(vault)
    assert [r.id for r in rows] == ids
    assert [r.title for r in rows] == ["Свидетельство 0", "Свидетельство 1", "Свидетельство 2"]
    assert {r.status for r in rows} == {"draft"}


def test_the_index_arrives_by_a_migration(vault: Any) -> None:
    assert migrations.current_version(vault.connection) == migrations.LATEST >= 5
