"""Contacts and sealed bundles: this vault's card, contacts with fingerprints, send, receive.

A contact never verified says so in its row. Verifying shows the fingerprint
and asks whether its owner read out the same digits; removing asks first.
Sending with "then delete" asks again before anything is deleted. All vault
work runs in workers; text from the vault is shown without markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Static

from intake.tui.bindings import app_keys
from intake.tui.jobs import run_job
from intake.tui.messages import Location
from intake.tui.safety import one_line, plain
from intake.tui.screens.bundle_dialogs import ReceiveModal, Receiving, Sending, SendModal
from intake.tui.screens.confirm import ConfirmModal, LineModal
from intake.tui.session import Session
from intake.tui.widgets.footer import KeyFooter
from intake.wording import counted


@dataclass
class ContactsLoaded(Message):
    card: Any  # intake.handoff.cards.Card
    contacts: list[Any]  # intake.handoff.contacts.Contact
    testimonies: list[Any]  # listings, for the send dialog


@dataclass
class BundleDone(Message):
    note: str


class ContactsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [
            Binding("a", "add", "Add contact", tooltip="add a contact from the card they give you"),
            Binding(
                "v",
                "verify",
                "Verify",
                tooltip="mark verified once its owner read out the same fingerprint",
            ),
            Binding("d", "remove", "Remove", tooltip="remove the highlighted contact (asks first)"),
            Binding("s", "send", "Send", tooltip="seal testimonies for contacts into one file"),
            Binding(
                "r", "receive", "Receive", tooltip="import a bundle file a contact sealed for you"
            ),
            Binding("escape", "back", "Back"),
        ]
    )

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.loaded: ContactsLoaded | None = None

    @property
    def location(self) -> Location:
        return Location("contacts")

    def compose(self) -> ComposeResult:
        yield Static("Contacts", id="heading", markup=False)
        yield Static("", id="card", classes="muted")
        yield DataTable(id="list", cursor_type="row", zebra_stripes=True)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.reload()

    def reload(self) -> None:
        # its own group: a reload cancels an older reload, never a bundle being received
        run_job(
            self,
            self.session,
            _load,
            lambda r: ContactsLoaded(*r),
            exclusive=True,
            group="contacts",
        )

    def on_contacts_loaded(self, message: ContactsLoaded) -> None:
        self.loaded = message
        self.query_one("#card", Static).update(
            plain(
                f"This vault's card (give it to your contacts; they compare its fingerprint "
                f"by voice):\n{message.card.text}\nfingerprint {message.card.fingerprint}"
            )
        )
        unverified = sum(1 for c in message.contacts if not c.verified_at)
        empty = "    None yet: a adds one from their card." if not message.contacts else ""
        self.query_one("#heading", Static).update(
            f"Contacts: {len(message.contacts)}, {unverified} not verified{empty}"
        )
        table = self.query_one("#list", DataTable)
        table.clear(columns=True)
        fingerprint = max((len(c.fingerprint) for c in message.contacts), default=11)
        name = max(self.size.width - 2 - 2 * 3 - fingerprint - 12, 12)
        table.add_column("Contact", width=name)
        table.add_column("Fingerprint", width=fingerprint)
        table.add_column("Verified", width=12)
        for c in message.contacts:
            verified = c.verified_at[:10] if c.verified_at else "NOT verified"
            table.add_row(plain(one_line(c.name, name)), c.fingerprint, verified, key=c.name)

    def on_resize(self) -> None:
        if self.loaded is not None and self.loaded.contacts:
            self.on_contacts_loaded(self.loaded)

    def on_bundle_done(self, message: BundleDone) -> None:
        self.notify(message.note, markup=False, timeout=15)
        self.reload()

    def _chosen(self) -> Any | None:
        table = self.query_one("#list", DataTable)
        if self.loaded is None or not self.loaded.contacts or table.cursor_row < 0:
            return None
        return self.loaded.contacts[min(table.cursor_row, len(self.loaded.contacts) - 1)]

    def _run(self, work: Any, note: Any) -> None:
        run_job(self, self.session, work, lambda result: BundleDone(note(result)))

    def action_add(self) -> None:
        def named(name: str | None) -> None:
            def carded(card: str | None) -> None:
                if name and card:
                    self._add(name, card)

            if name:
                question = f"The card of '{name}' (the line their contacts screen shows)"
                self.app.push_screen(LineModal(question), carded)

        self.app.push_screen(LineModal("A name for the new contact", "editor-anna"), named)

    def _add(self, name: str, card: str) -> None:
        # late: the store (sqlcipher3) loads at unlock, not at start-up
        from intake.handoff import contacts

        self._run(
            lambda vault: contacts.add(vault, name, card),
            lambda c: f"Added '{c.name}', NOT verified. Compare: {c.fingerprint}",
        )

    def action_verify(self) -> None:
        # late: the store (sqlcipher3) loads at unlock, not at start-up
        from intake.handoff import contacts

        chosen = self._chosen()
        if chosen is None:
            return
        question = f"Did the owner of '{chosen.name}' read out exactly these digits?"

        def answered(yes: bool | None) -> None:
            if yes:
                name = chosen.name
                self._run(
                    lambda vault: contacts.verify(vault, name), lambda c: f"'{c.name}' verified"
                )

        self.app.push_screen(ConfirmModal(question, chosen.fingerprint), answered)

    def action_remove(self) -> None:
        # late: the store (sqlcipher3) loads at unlock, not at start-up
        from intake.handoff import contacts

        chosen = self._chosen()
        if chosen is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                name = chosen.name
                self._run(lambda vault: contacts.remove(vault, name), lambda _: f"Removed '{name}'")

        question = f"Remove '{chosen.name}'? Bundles it signs will be refused."
        self.app.push_screen(ConfirmModal(question), answered)

    def action_send(self) -> None:
        if self.loaded is not None and not self.loaded.contacts:
            self.notify("Add a contact first (a), from the card they give you.", markup=False)
            return
        if self.loaded is not None:
            modal = SendModal(self.loaded.contacts, self.loaded.testimonies)
            self.app.push_screen(modal, self._send)

    def _send(self, choice: Sending | None) -> None:
        # late: the redaction engine (0.2 s) loads when first used, not at start-up
        from intake.handoff import send

        if choice is None:
            return

        def work(vault: Any) -> Any:
            return send.send(
                vault, choice.to, choice.ids, Path(choice.out), then_delete=choice.then_delete
            )

        def note(sent: Any) -> str:
            gone = " and deleted here" if sent.deleted else ""
            return (
                f"Sealed {counted(len(sent.testimonies), 'testimony')} into {sent.path.name}{gone}"
            )

        if not choice.then_delete:
            self._run(work, note)
            return
        question = f"Delete {_these(len(choice.ids))} here once the bundle is written?"

        def answered(yes: bool | None) -> None:
            if yes:
                self._run(work, note)

        self.app.push_screen(ConfirmModal(question), answered)

    def action_receive(self) -> None:
        self.app.push_screen(ReceiveModal(), self._receive)

    def _receive(self, choice: Receiving | None) -> None:
        if choice is not None:
            self._run(lambda vault: _receive(vault, choice), _receipt_note)

    def action_back(self) -> None:
        self.app.pop_screen()


def _these(count: int) -> str:
    return "the testimony" if count == 1 else f"the {counted(count, 'testimony')}"


def _load(vault: Any) -> tuple[Any, list[Any], list[Any]]:
    # late: the store (sqlcipher3) loads at unlock, not at start-up
    from intake import testimonies
    from intake.handoff import contacts, identity

    card = identity.ensure(vault).card
    return card, contacts.all_contacts(vault), testimonies.listing(vault)


def _receive(vault: Any, choice: Receiving) -> Any:
    # late: the redaction engine (0.2 s) loads when first used, not at start-up
    from intake.handoff import receive

    incoming = receive.open_bundle(
        vault, receive.read(Path(choice.path)), from_unknown=choice.from_unknown
    )
    pairs = receive.same_name_pairs_of(vault, incoming)
    same = {p.id for p, _ in pairs} if choice.merge_same_name else set()
    return receive.import_bundle(vault, incoming, file_name=Path(choice.path).name, same=same)


def _receipt_note(receipt: Any) -> str:
    who = f"'{receipt.sender}'" if receipt.sender else "an unknown sender"
    state = "verified" if receipt.verified else "NOT verified"
    counts = ", ".join(f"{k}: {v}" for k, v in sorted(receipt.counts.items()))
    again = "Already received; nothing changed. " if receipt.already else ""
    return f"{again}From {who} ({state}). {counts}. Receipt code {receipt.code}"
