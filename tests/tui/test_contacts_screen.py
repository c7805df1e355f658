"""Contacts and bundles in the interface: the card and fingerprint, adding and verifying a
contact, the receive dialog and the send dialog, with a second vault at the other end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Checkbox, DataTable, Input, SelectionList
from textual.worker import WorkerState

from intake.handoff import contacts, identity
from intake.store import testimonies as testimony_store
from intake.store.vault import Vault
from intake.tui.app import IntakeApp
from intake.tui.screens.bundle_dialogs import ReceiveModal, SendModal
from intake.tui.screens.confirm import ConfirmModal, LineModal
from intake.tui.screens.contacts import ContactsScreen
from tests.conftest import PASSPHRASE
from tests.handoff_world import add_testimony, deliver, make_vault, sealed
from tests.tui.conftest import settle, type_text, unlock
from tests.tui.pace import read_screen


def rows(app: IntakeApp) -> list[list[str]]:
    table = app.screen.query_one("#list", DataTable)
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


def notes(app: IntakeApp) -> str:
    return " ".join(n.message for n in app._notifications)


async def answer(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(pilot.app.screen, LineModal)
    await type_text(pilot, text)
    await pilot.press("enter")
    await settle(pilot)


@pytest.mark.slow
async def test_contacts_add_verify_receive_and_send_with_another_vault(
    home_vault: Path, new_app: Callable[..., IntakeApp], tmp_path: Path
) -> None:
    with Vault.open(home_vault, bytearray(PASSPHRASE.encode())) as home:
        home_card = identity.ensure(home).card
    other = make_vault(tmp_path / "other")
    contacts.add(other, "home", home_card.text)
    sealed(other, ["home"], [add_testimony(other)], tmp_path / "in.age")
    other_card = identity.ensure(other).card

    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert isinstance(app.screen, ContactsScreen)
        card = str(app.screen.query_one("#card").render())
        assert home_card.fingerprint in card and home_card.text in card.replace("\n", "")
        assert "Contacts: 0" in str(app.screen.query_one("#heading").render())

        await pilot.press("a")
        await answer(pilot, "other")
        await answer(pilot, other_card.text)
        assert rows(app) == [["other", other_card.fingerprint, "NOT verified"]]
        await read_screen(pilot)
        await pilot.press("v")
        assert isinstance(app.screen, ConfirmModal)
        await read_screen(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert rows(app)[0][2] != "NOT verified"

        await read_screen(pilot)
        await pilot.press("r")
        assert isinstance(app.screen, ReceiveModal)
        app.screen.query_one("#path", Input).value = str(tmp_path / "in.age")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "From 'other' (verified)" in notes(app) and "testimonies added: 1" in notes(app)

        await read_screen(pilot)
        await pilot.press("s")
        assert isinstance(app.screen, SendModal)
        listing = app.screen.query_one("#testimonies", SelectionList)
        await read_screen(pilot)
        await pilot.press("space")
        assert len(listing.selected) == 1, "space marks the first testimony at once"
        listing.deselect_all()
        listing.select("t-fiction1")
        app.screen.query_one("#contacts", SelectionList).select("other")
        app.screen.query_one("#out", Input).value = str(tmp_path / "out.age")
        assert app.screen.query_one("#delete", Checkbox).value is False
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "Sealed 1 testimony into out.age" in notes(app)

    receipt = deliver(other, (tmp_path / "out.age").read_bytes())
    assert receipt.counts["testimonies added"] == 1
    assert testimony_store.exists(other.connection, "t-fiction1")
    other.close()


async def test_a_list_reload_never_cancels_a_bundle_job_still_running(
    home_vault: Path, new_app: Callable[..., IntakeApp]
) -> None:
    """A verify's result reloads the list; on a slow machine that reload can start while a
    receive the user began next still runs: the reload must not cancel it."""
    import threading

    release = threading.Event()
    app = new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        await pilot.press("ctrl+b")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ContactsScreen)
        screen._run(lambda vault: release.wait(10), lambda _done: "done")
        (job,) = [w for w in app.workers if w.group == "vault"]
        screen.reload()
        await pilot.pause()
        release.set()
        await settle(pilot)
        assert job.state == WorkerState.SUCCESS, job.state
        assert "done" in notes(app)
