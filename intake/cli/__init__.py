"""The command line: argument parsing and rendering only; the work is in the library.

Global options come before the command::

    intake [--vault DIR] [--passphrase-file PATH] COMMAND ...

Errors are printed to stderr as one message line plus a hint line, with the exit
codes of :mod:`intake.errors`; never a traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from intake import __version__
from intake.cli import (
    audit_cmd,
    demo_cmd,
    export_cmds,
    handoff_cmds,
    person_cmds,
    quote_cmds,
    redact_cmd,
    review_cmds,
    schema_cmd,
    term_cmds,
    testimony_cmds,
    vault_cmds,
)
from intake.cli.context import CliContext, default_vault_path
from intake.cli.sections import WorkOrderGroup, whole_help
from intake.cli.tui_cmd import open_interface
from intake.errors import EXIT_FAILED, EXIT_INPUT, IntakeError, UsageError
from intake.procguard import harden_process


@click.group(
    cls=WorkOrderGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option(
    "--vault",
    "vault",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="INTAKE_VAULT",
    show_envvar=True,
    default=None,
    help="Vault directory. Default: $INTAKE_VAULT, else a folder in your user data directory.",
)
@click.option(
    "--passphrase-file",
    "passphrase_file",
    metavar="PATH",
    default=None,
    help="Read the passphrase from the first line of PATH ('-' for standard input). "
    "Without it, intake asks on the terminal. Never give a passphrase as an argument.",
)
@click.version_option(__version__, prog_name="intake")
@click.pass_context
def cli(ctx: click.Context, vault: Path | None, passphrase_file: str | None) -> None:
    """Take testimonies offline, keep them encrypted, publish only what is redacted.

    With no command on a terminal, intake opens its interface on the vault.
    """
    ctx.obj = CliContext(vault_path=vault or default_vault_path(), passphrase_file=passphrase_file)
    ctx.call_on_close(ctx.obj.wipe)  # secret lines read and not used are zeroed, always
    if ctx.invoked_subcommand is None:
        open_interface(ctx.obj)


def _register() -> None:
    # Each module adds its commands to the group; heavy imports stay inside the commands.
    for module in (vault_cmds, demo_cmd, testimony_cmds, person_cmds, audit_cmd, redact_cmd):
        module.register(cli)
    for module in (review_cmds, export_cmds, handoff_cmds, quote_cmds, term_cmds, schema_cmd):
        module.register(cli)
    whole_help(cli)  # last: every group registered above


_register()


def report(error: IntakeError) -> None:
    """Print an error as the command line's contract says: message, then hint."""
    click.echo(f"intake: error: {error.message}", err=True)
    if error.hint:
        click.echo(f"hint: {error.hint}", err=True)


def check_arguments(argv: list[str]) -> None:
    """Refuse arguments that are not UTF-8 (the shell passes them as undecodable bytes):
    they could not be stored, shown or matched reliably."""
    for argument in argv:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            raise UsageError(
                "an argument is not valid UTF-8 text (a file name or text in another encoding?)",
                "Rename the file, or retype the text, in UTF-8. Nothing was written.",
            ) from None


GLOBAL_OPTIONS = ("--vault", "--passphrase-file")


def _usage_error(error: click.ClickException) -> tuple[str, str]:
    """Message and hint for a usage error; a global option given after the command is named
    as such (click would suggest an unrelated option of the command)."""
    no_args = getattr(click.exceptions, "NoArgsIsHelpError", ())  # click >= 8.2
    if isinstance(error, no_args) and error.ctx is not None:
        group = error.ctx.command
        names = ", ".join(sorted(getattr(group, "commands", {})))
        return (
            f"'{error.ctx.command_path}' needs a command: {names}",
            f"run '{error.ctx.command_path} --help' to see what each does.",
        )
    if isinstance(error, click.NoSuchOption) and error.option_name in GLOBAL_OPTIONS:
        return (
            f"{error.option_name} was given after the command",
            f"{error.option_name} is a global option: put it before the command, "
            f"as in 'intake {error.option_name} ... COMMAND'.",
        )
    return error.format_message(), "run 'intake --help' or 'intake COMMAND --help'."


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script; turns every failure into words and an exit code."""
    argv = sys.argv[1:] if argv is None else argv
    harden_process()  # before any secret is read: no core file, no same-user debugger
    try:
        check_arguments(argv)
        code = cli.main(args=argv, prog_name="intake", standalone_mode=False)
    except IntakeError as error:
        report(error)
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        click.echo("intake: cancelled", err=True)
        click.echo("hint: nothing was changed; run the command again to do it.", err=True)
        sys.exit(EXIT_INPUT)
    except click.ClickException as error:
        message, hint = _usage_error(error)
        click.echo(f"intake: error: {message}", err=True)
        click.echo(f"hint: {hint}", err=True)
        sys.exit(EXIT_INPUT if error.exit_code == 2 else error.exit_code)
    except KeyboardInterrupt:
        click.echo("intake: interrupted; nothing half-written was kept", err=True)
        sys.exit(130)
    except Exception as error:  # the last line of defence: no traceback, no text
        # The exception's text may quote testimony content, so only its type is shown.
        click.echo(f"intake: internal error ({type(error).__name__})", err=True)
        click.echo(
            "hint: nothing was shown of its details, on purpose. "
            "Set INTAKE_DEBUG=1 to see a traceback on a trusted screen.",
            err=True,
        )

        if os.environ.get("INTAKE_DEBUG") == "1":
            raise
        sys.exit(EXIT_FAILED)
    sys.exit(code if isinstance(code, int) else 0)
