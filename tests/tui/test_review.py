"""Review: findings highlighted by kind, one key per decision, live re-analysis, quotes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import DataTable

from intake import testimonies
from intake.store.vault import Vault
from intake.tui.app import IntakeApp
from intake.tui.screens.confirm import ConfirmModal
from intake.tui.screens.review import ReviewScreen
from intake.tui.widgets.findings_area import FindingsArea
from tests.conftest import PASSPHRASE
from tests.tui.conftest import settle, type_text, unlock
from tests.tui.pace import read_screen


async def open_review(pilot) -> ReviewScreen:  # type: ignore[no-untyped-def]
    await unlock(pilot)
    await pilot.press("down", "down", "r")  # the oldest change: the Russian testimony
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


def decisions(screen: ReviewScreen) -> dict[str, str]:
    table = screen.query_one("#items", DataTable)
    return {
        str(table.get_row_at(i)[2]): str(table.get_row_at(i)[5]) for i in range(table.row_count)
    }


def highlighted_kinds(area: FindingsArea) -> set[str]:
    return {
        name.removeprefix("finding.")
        for row in area._highlights.values()
        for _start, _end, name in row
    }


async def test_findings_are_listed_and_highlighted_by_kind(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_review(pilot)
        assert decisions(screen) == {"person": "—", "phone": "—"}
        assert highlighted_kinds(screen.query_one(FindingsArea)) == {"person", "phone"}
        assert "[номер]" in screen.query_one(FindingsArea).text


async def test_one_key_decides_a_finding_and_approval_needs_every_decision(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_review(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert decisions(screen)["person"] == "redact"
        await pilot.press("down", "k")
        await settle(pilot)
        assert decisions(screen)["phone"] == "keep"
        await pilot.press("c")
        await type_text(pilot, "[a number]")
        await pilot.press("enter")
        await settle(pilot)
        assert decisions(screen)["phone"] == "changed"
        await read_screen(pilot)
        await pilot.press("p")
        assert isinstance(app.screen, ConfirmModal)
        await read_screen(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert screen.state is not None
        assert screen.state.review.testimony.status.value == "approved"


async def test_typing_in_the_transcript_re_analyses_it_and_saves_it(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_review(pilot)
        area = screen.query_one(FindingsArea)
        area.focus()
        area.move_cursor(area.document.end)
        area.insert(" Пишите ivan.fiction@example.org.")
        await settle(pilot)
        assert "email" in highlighted_kinds(area)
        screen.flush()
        await settle(pilot)
    with Vault.open(home_vault, bytearray(PASSPHRASE.encode())) as vault:
        assert testimonies.get(vault, "t-fiction1").transcript.endswith(
            "Пишите ivan.fiction@example.org."
        )


async def test_selected_words_become_an_approved_quote(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    from textual.widgets.text_area import Selection

    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_review(pilot)
        area = screen.query_one(FindingsArea)
        area.selection = Selection((0, 0), (0, 7))  # "Мой сын"
        await pilot.press("ctrl+t")
        await settle(pilot)
    with Vault.open(home_vault, bytearray(PASSPHRASE.encode())) as vault:
        saved = testimonies.get(vault, "t-fiction1")
    assert [q.text_in(saved.transcript) for q in saved.quotes] == ["Мой сын"]


async def test_marking_a_quote_is_confirmed_and_counted(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    from textual.widgets.text_area import Selection

    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_review(pilot)
        area = screen.query_one(FindingsArea)
        area.focus()
        area.selection = Selection((0, 0), (0, 7))  # "Мой сын"
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert "Quote marked" in "\n".join(n.message for n in app._notifications)
        assert "1 quote" in str(screen.query_one("#heading").render())


async def test_changing_a_replacement_names_the_finding_it_replaces(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    from intake.tui.screens.confirm import LineModal

    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_review(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, LineModal)
        assert "“Грант Вымыслов” (person)" in str(app.screen.query_one(".title").render())


async def test_n_reads_with_the_ner_model_in_a_worker_and_its_decisions_hold_without_it(
    home_vault: Path, new_app: Callable[..., IntakeApp], monkeypatch: object
) -> None:
    import threading

    from intake import review

    with Vault.open(home_vault, bytearray(PASSPHRASE.encode())) as vault:
        testimonies.edit(
            vault,
            "t-fiction1",
            {"transcript": ("Мой сын служил в части. Потом он переехал в Новосибирск.")},
        )
    release = threading.Event()
    real = review.redactor_for

    def slow(vault: Vault, **kwargs: object):  # type: ignore[no-untyped-def]
        if kwargs.get("ner"):
            release.wait(timeout=30)  # the model loading, held until the test looks
        return real(vault, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(review, "redactor_for", slow)  # type: ignore[attr-defined]
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("r")  # the newest change: the edited testimony
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.testimony_id == "t-fiction1"
        assert "place" not in decisions(screen)
        await pilot.press("n")
        assert "Loading the NER model" in str(screen.query_one("#heading").render())
        area = screen.query_one(FindingsArea)
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.press("x")  # typing goes on while the model loads
        assert area.text.endswith("Новосибирск.x")
        release.set()
        await settle(pilot)
        assert decisions(screen)["place"] == "—"
        assert "+NER" in str(screen.query_one("#heading").render())
        table = screen.query_one("#items", DataTable)
        table.focus()
        table.move_cursor(
            row=[str(table.get_row_at(i)[2]) for i in range(table.row_count)].index("place")
        )
        await pilot.press("a")
        await settle(pilot)
        assert decisions(screen)["place"] == "redact"
    with Vault.open(home_vault, bytearray(PASSPHRASE.encode())) as vault:
        later = review.load(vault, "t-fiction1", real(vault))  # no NER now
    assert [
        (i.finding.kind, i.choice.action if i.choice else None)
        for i in later.items
        if i.finding.kind == "place"
    ] == [("place", "redact")]


async def test_locking_while_the_ner_model_loads_does_not_wait_for_it(
    home_vault: Path, new_app: Callable[..., IntakeApp], monkeypatch: object
) -> None:
    import threading

    from intake.redact import ner

    release, loading = threading.Event(), threading.Event()

    def slow() -> None:
        loading.set()
        release.wait(timeout=30)  # the model loading, held until the lock is done

    monkeypatch.setattr(ner, "warm_up", slow)  # type: ignore[attr-defined]
    app = new_app()
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await open_review(pilot)
            await pilot.press("n")
            for _ in range(100):
                if loading.is_set():
                    break
                await pilot.pause()
            assert loading.is_set()
            await pilot.press("ctrl+l")
            await pilot.pause()
            assert not app.session.unlocked, "the lock did not wait for the model"
            release.set()
            await settle(pilot)
    finally:
        release.set()


async def test_approve_with_undecided_findings_says_which_keys_decide_them_before_asking(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_review(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert app.screen is screen, "no question asked while findings are undecided"
        said = [n.message for n in app._notifications]
        assert any(
            "2 findings still undecided" in m and "a accepts" in m and "intake" not in m
            for m in said
        ), said


async def test_the_editor_shows_the_approval_made_in_review_on_return(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    from intake.tui.screens.editor import EditorScreen

    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("down", "down", "o")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EditorScreen)
        assert "draft" in str(editor.query_one("#heading").render())
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        await read_screen(pilot)
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is editor
        assert "approved" in str(editor.query_one("#heading").render())
