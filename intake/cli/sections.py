"""``intake --help``: the commands in the order of the work, in sections, never cut.

Click lists commands alphabetically and cuts each description to the width
left; a new user reads them as a table of contents of the work instead:
vault, people, testimonies, review, export, sharing, audit.
"""

from __future__ import annotations

import click

SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Vault", ("init", "passwd", "recover", "backup", "verify", "shred", "demo")),
    ("People and sensitive terms", ("person", "term")),
    ("Testimonies", ("add", "list", "show", "edit", "delete", "search", "event")),
    ("Review", ("review", "quote", "approve")),
    ("Export", ("export", "exports", "redact", "schema")),
    ("Sharing between vaults", ("id", "contact", "send", "receive", "sent", "received")),
    ("Audit", ("audit",)),
)


class WholeHelpGroup(click.Group):
    """A command group whose --help gives each subcommand's description whole."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [
            (name, command.get_short_help_str(limit=1000))
            for name in self.list_commands(ctx)
            if (command := self.commands[name]) and not command.hidden
        ]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def whole_help(group: click.Group) -> None:
    """Make every plain subgroup of ``group`` (person, quote, term...) a WholeHelpGroup."""
    for command in group.commands.values():
        if type(command) is click.Group:
            command.__class__ = WholeHelpGroup


class WorkOrderGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        known = [name for _title, names in SECTIONS for name in names if name in self.commands]
        return known + sorted(set(self.commands) - set(known))

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """One section per stage of the work; each description whole (wrapped, not cut)."""
        placed = {name for _title, names in SECTIONS for name in names}
        others = ("Other", tuple(sorted(set(self.commands) - placed)))
        for title, names in (*SECTIONS, others):
            rows = [
                (name, self.commands[name].get_short_help_str(limit=1000))
                for name in names
                if name in self.commands and not self.commands[name].hidden
            ]
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)
