"""Export: choose testimonies and a format, preview the redacted output and the leak
gate's verdict, then confirm before anything is written.

The preview is made in a worker by the same function that makes ``intake
export`` (nothing is written); writing goes through the core's export, which
runs the leak gate again and refuses the whole export on any hit. A refusal is
shown as a scrollable list of every hit (kind, testimony, place; never the
string itself).
The choices (format, transcript, testimonies) are part of the screen's location,
so a lock and unlock bring them back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Checkbox, Input, Label, OptionList, Select, SelectionList, Static

from intake.export.formats import FORMATS, manifest_path
from intake.tui import data
from intake.tui.bindings import after_typing, app_keys
from intake.tui.jobs import run_job
from intake.tui.messages import Changed, CopyRedacted, Location, PreviewReady, TestimoniesLoaded
from intake.tui.safety import one_line, plain
from intake.tui.screens.confirm import ConfirmModal
from intake.tui.session import Session
from intake.tui.widgets.footer import KeyFooter
from intake.wording import counted

CHOICES = tuple((label, name) for name, label in FORMATS)


class ExportScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = app_keys(
        [
            Binding(
                "ctrl+r",
                "preview",
                "Preview",
                priority=True,
                tooltip="the redacted output and the leak gate's verdict",
            ),
            Binding(
                "ctrl+w",
                "write",
                "Write",
                priority=True,
                tooltip="write the previewed export (asks first)",
            ),
            Binding(
                "ctrl+y",
                "copy",
                "Copy redacted",
                priority=True,
                tooltip="copy a redacted preview the gate passed",
            ),
            Binding("escape", "back", "Back"),
        ]
    )

    def __init__(self, session: Session, restore: Location | None = None) -> None:
        super().__init__()
        self.session = session
        self._restore = restore if restore is not None and restore.fmt else None
        self._loaded = False
        self.preview: data.ExportPreview | None = None
        self._previewed: tuple[tuple[str, ...], str, bool] | None = None
        self._titles: dict[str, str] = {}
        self._rows: list[Any] = []

    @property
    def location(self) -> Location:
        """Where the user is, with the choices made (before they load: the ones restored)."""
        if not self._loaded:
            return self._restore or Location("export")
        ids, fmt, transcript = self._options()
        return Location("export", ids=ids, fmt=fmt, flags=("transcript",) if transcript else ())

    def compose(self) -> ComposeResult:
        fmt = self._restore.fmt if self._restore else "md"
        transcript = self._restore is not None and "transcript" in self._restore.flags
        with Horizontal(id="export"):
            with Vertical(id="choices"):  # the format first: its menu opens over the list
                yield Select(CHOICES, id="format", value=fmt, allow_blank=False, compact=True)
                yield Checkbox(
                    "With the full transcript", transcript, id="transcript", compact=True
                )
                yield Label("Write to")
                yield Input(f"~/intake-export.{fmt}", id="out", compact=True, select_on_focus=False)
                yield Label("Testimonies (space marks)")
                yield SelectionList[str](id="chosen")
            with Vertical(id="result"):
                yield Static("Preview: ctrl+r", id="verdict")
                yield OptionList(id="leaks", markup=False)
                with VerticalScroll(id="preview-box"):
                    yield Static("", id="preview", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        run_job(self, self.session, data.testimony_rows, TestimoniesLoaded)

    def on_testimonies_loaded(self, message: TestimoniesLoaded) -> None:
        self._titles = {r.id: r.title for r in message.rows}
        self._rows = message.rows
        restore = self._restore
        marked = {
            r.id
            for r in message.rows
            if (r.id in restore.ids if restore else r.status == "approved")
        }
        self._list_rows(marked)
        self._loaded = True
        self.query_one("#chosen", SelectionList).focus()

    def _list_rows(self, marked: set[str]) -> None:
        """The testimonies, titles as long as the list is wide (it grows with the window)."""
        chosen = self.query_one("#chosen", SelectionList)
        room = max(chosen.content_region.width - 5, 26)  # the check box, a space to spare
        highlighted = chosen.highlighted
        with self.prevent(SelectionList.SelectedChanged):
            chosen.clear_options()
            chosen.add_options(
                [
                    (
                        plain(f"{one_line(r.title, room - len(r.status) - 3)} ({r.status})"),
                        r.id,
                        r.id in marked,
                    )
                    for r in self._rows
                ]
            )
        if self._rows:  # space marks at once, without an arrow key first
            chosen.highlighted = min(highlighted or 0, len(self._rows) - 1)

    def on_resize(self) -> None:
        if self._loaded:
            self.call_after_refresh(
                self._list_rows, set(self.query_one("#chosen", SelectionList).selected)
            )

    def _options(self) -> tuple[tuple[str, ...], str, bool]:
        ids = tuple(self.query_one("#chosen", SelectionList).selected)
        fmt = str(self.query_one("#format", Select).value)
        return ids, fmt, self.query_one("#transcript", Checkbox).value

    @on(Select.Changed, "#format")
    def _format_changed(self, event: Select.Changed) -> None:
        out = self.query_one("#out", Input)
        stem = out.value.rsplit(".", 1)[0] if "." in out.value else out.value
        out.value = f"{stem}.{event.value}"

    @on(Select.Changed)
    @on(Checkbox.Changed)
    @on(SelectionList.SelectedChanged)
    def _options_changed(self) -> None:
        """A preview is only good for the options it was made with."""
        self.preview = self._previewed = None
        self.query_one("#verdict", Static).update("Preview: ctrl+r")
        self.query_one("#preview", Static).update("")  # never a preview of other options
        self._show_leaks(())

    def action_preview(self) -> None:
        after_typing(self, self._preview)

    def _preview(self) -> None:
        ids, fmt, transcript = self._options()
        if not ids:
            self.notify("Mark at least one testimony (space).")
            return
        self.query_one("#verdict", Static).update("Preparing the preview…")
        self._previewed = (ids, fmt, transcript)
        out = self.query_one("#out", Input).value.strip()
        run_job(
            self,
            self.session,
            lambda v: data.export_preview(v, ids, fmt, transcript, out),
            PreviewReady,
            exclusive=True,
            group="preview",
        )

    def on_preview_ready(self, message: PreviewReady) -> None:
        self.preview = p = message.preview
        room = max(self.query_one("#verdict").size.width - 30, 30)  # titles as wide as it is
        self.query_one("#verdict", Static).update(verdict(p, self._titles, room))
        self.query_one("#preview", Static).update(plain(p.text))
        self._show_leaks(p.leaks)

    def _show_leaks(self, leaks: tuple[str, ...]) -> None:
        """Every hit of the gate, one per line, in a list that scrolls (empty: hidden)."""
        listing = self.query_one("#leaks", OptionList)
        listing.clear_options()
        listing.add_options([Text(leak) for leak in leaks])
        listing.display = bool(leaks)

    def action_write(self) -> None:
        after_typing(self, self._write)

    def _write(self) -> None:
        p, options = self.preview, self._previewed
        out = self.query_one("#out", Input).value.strip()
        problem = write_problem(p, out)
        if problem or p is None or options is None:
            self.notify(problem or "Preview first (ctrl+r).", severity="warning", markup=False)
            return
        _ids, fmt, transcript = options
        target = Path(out).expanduser()
        replace = target.exists() or manifest_path(target).exists()

        def confirmed(yes: bool | None) -> None:
            if yes:
                run_job(
                    self,
                    self.session,
                    lambda v: data.export_write(v, p.ready, fmt, transcript, out, force=replace),
                    lambda done: Changed(f"Exported {done}"),
                )

        count = counted(len(p.ready), "testimony")
        existing = " It exists and will be replaced." if replace else ""
        self.app.push_screen(
            ConfirmModal(
                f"Write {count} as {fmt}?",
                f"To {out}. This is plaintext outside the vault.{existing}",
            ),
            confirmed,
        )

    def on_changed(self, message: Changed) -> None:
        self.notify(message.note, markup=False)

    def action_copy(self) -> None:
        if self.preview is not None and not self.preview.leaks and self.preview.text:
            self.post_message(CopyRedacted(self.preview.text))
        else:
            self.notify(
                "Only a redacted preview that passed the leak gate can be copied.", markup=False
            )

    def action_back(self) -> None:
        self.dismiss()


def write_problem(p: Any, out: str) -> str | None:
    """Why the previewed export cannot be written now, or None."""
    if p is None:
        return "Preview first (ctrl+r): only a preview the leak gate passed can be written."
    if not p.ready:
        return "Nothing can be exported: see why in the verdict."
    if p.leaks:
        return (
            "The leak gate refused this export: nothing is written. Redact what it "
            "found in review (r on the list), approve again, then preview."
        )
    if not out:
        return "Give the file to write to (Write to)."
    return None


def verdict(p: Any, titles: dict[str, str], room: int = 30) -> Text:
    """The leak gate's verdict in colour, then what was left out and why (by title)."""
    if not p.ready:
        text = Text("Nothing can be exported.\n", style="bold yellow")
    elif p.leaks:
        text = Text(
            f"Leak gate: REFUSED ({counted(len(p.leaks), 'hit')}, listed below): "
            "nothing can be written\n",
            style="bold red",
        )
    else:
        text = Text(
            f"Leak gate: passed, {len(p.ready)} ready (ctrl+w writes)\n", style="bold green"
        )
    for tid, level in getattr(p, "levels", ()):
        text.append(f"  disclosure “{one_line(titles.get(tid, tid), room)}”: {level}\n")
    for tid, reason in p.left_out:
        text.append(
            f"  left out “{one_line(titles.get(tid, tid), room)}”: {reason}\n", style="yellow"
        )
    return text
