"""`intake` with no command: open the interface on a terminal, else explain."""

from __future__ import annotations

from pathlib import Path

from intake.cli.context import CliContext, interactive
from intake.errors import UsageError


def open_interface(cli: CliContext) -> None:
    """Open the interface (first run when no vault exists at ``cli.vault_path``)."""
    if not interactive():
        raise UsageError(
            "no command given and this is not a terminal",
            "Run 'intake --help' to see the commands.",
        )
    # late: textual loads only when the interface opens
    from intake.tui.app import run_app

    read_secret = None
    if cli.passphrase_file is not None:

        def read_secret() -> bytearray:
            return cli.secret("Passphrase")

    run_app(Path(cli.vault_path), read_secret=read_secret)
