"""Vault commands: init, passwd, recover, backup, verify."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from intake.cli.context import CliContext
from intake.cli.shred_cmd import shred_cmd
from intake.errors import PassphraseError, VaultCorrupt

if TYPE_CHECKING:
    from intake.store.vault import Vault

MIN_PASSPHRASE_CHARS = 12
pass_cli = click.make_pass_decorator(CliContext)


def check_new_passphrase(passphrase: bytearray) -> None:
    if len(passphrase.decode("utf-8")) < MIN_PASSPHRASE_CHARS:
        passphrase[:] = bytes(len(passphrase))
        raise PassphraseError(
            f"the passphrase is too short (at least {MIN_PASSPHRASE_CHARS} characters)",
            "Use several unrelated words; length matters more than symbols.",
        )


def print_recovery_key(text: str) -> None:
    click.echo(
        "Recovery key (shown once; write it down and keep it apart from the laptop):", err=True
    )
    click.echo(f"\n    {text}\n")
    click.echo("Anyone with this key can open the vault. It is never shown again.", err=True)


@click.command("init")
@click.option(
    "--unlock-time",
    type=click.FloatRange(0.2, 10.0),
    default=1.0,
    show_default=True,
    help="Seconds the key derivation should take on this machine (Argon2id).",
)
@pass_cli
def init_cmd(cli: CliContext, unlock_time: float) -> None:
    """Create a new encrypted vault (asks for a passphrase twice)."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import keys
    from intake.store.vault import Vault

    passphrase = cli.secret("New passphrase", confirm=True)
    check_new_passphrase(passphrase)
    click.echo("Calibrating key derivation and creating the vault...", err=True)
    try:
        vault, recovery = Vault.create(
            cli.vault_path,
            passphrase,
            kdf=keys.profile_from_env(),
            unlock_seconds=unlock_time,
        )
    finally:
        passphrase[:] = bytes(len(passphrase))
    with vault:
        # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
        from intake.handoff import identity

        identity.ensure(vault)  # the keys for sealed bundles, kept inside the vault
    click.echo(f"Created vault at {cli.vault_path}", err=True)
    _warn_if_slow(vault)
    print_recovery_key(recovery)


def _warn_if_slow(vault: Vault) -> None:
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.unlock_timing import slow_init_warning

    for slot in vault.header.slots:
        warning = slow_init_warning(slot.kdf) if slot.kind == "passphrase" else None
        if warning:
            click.echo(warning, err=True)


REKEY_HELP = (
    "Also rotate the data key: re-encrypt the vault under a new random key, so that old "
    "copies of the header (backups, synced folders, the disk's free space) no longer open it."
)
OLD_HEADERS_NOTE = (
    "Note: old copies of header.json (backups, synced folders, the disk's free space) still "
    "open the vault with the old passphrase; 'intake passwd --rekey' closes that."
)


@click.command("passwd")
@click.option(
    "--new-passphrase-file",
    metavar="PATH",
    default=None,
    help="Read the new passphrase from PATH ('-' for standard input: the line after "
    "the current passphrase when both come from it).",
)
@click.option("--rekey", is_flag=True, help=REKEY_HELP + " A new recovery key is shown.")
@pass_cli
def passwd_cmd(cli: CliContext, new_passphrase_file: str | None, rekey: bool) -> None:
    """Change the passphrase (rewrites only the key slot, atomically; with --rekey, also
    re-encrypts the vault under a new data key)."""
    with cli.open_vault(prompt="Current passphrase") as vault:
        new = cli.secret("New passphrase", confirm=True, source=new_passphrase_file)
        try:
            check_new_passphrase(new)
            if rekey:
                _rekey_with_new_recovery_key(vault, new)
            else:
                vault.change_passphrase(new)
        finally:
            new[:] = bytes(len(new))
    if not rekey:
        click.echo("Passphrase changed.", err=True)
        click.echo(OLD_HEADERS_NOTE, err=True)
        return
    click.echo(
        "Passphrase changed and data key rotated: old copies of the header no longer "
        "open the vault; the old recovery key no longer works, the one above does.",
        err=True,
    )


def _rekey_with_new_recovery_key(vault: Vault, new: bytearray) -> None:
    """The new recovery key is shown before the change is committed, so that a crash can
    never leave a vault whose recovery key nobody saw (until then the old one works)."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake import keys

    recovery, text = keys.new_recovery_key()
    try:
        click.echo("The new recovery key, valid once the change below completes:", err=True)
        print_recovery_key(text)
        click.echo("Re-encrypting the vault under a new data key...", err=True)
        vault.rekey(new, recovery)
    finally:
        keys.zero(recovery)


@click.command("recover")
@click.option(
    "--recovery-key-file",
    metavar="PATH",
    default=None,
    help="Read the recovery key from PATH ('-' for standard input).",
)
@click.option(
    "--new-passphrase-file",
    metavar="PATH",
    default=None,
    help="Read the new passphrase from PATH ('-' for standard input).",
)
@click.option("--rekey", is_flag=True, help=REKEY_HELP + " The recovery key stays valid.")
@pass_cli
def recover_cmd(
    cli: CliContext, recovery_key_file: str | None, new_passphrase_file: str | None, rekey: bool
) -> None:
    """Open the vault with the recovery key and set a new passphrase."""
    # late: the store (sqlcipher3) loads only when a command runs; --help stays fast
    from intake.keys import parse_recovery_key, zero
    from intake.store.vault import Vault

    typed = cli.secret("Recovery key", source=recovery_key_file)
    key = parse_recovery_key(typed)
    zero(typed)
    try:
        with Vault.open_with_recovery(cli.vault_path, key) as vault:
            new = cli.secret("New passphrase", confirm=True, source=new_passphrase_file)
            try:
                check_new_passphrase(new)
                if rekey:
                    click.echo("Re-encrypting the vault under a new data key...", err=True)
                    vault.rekey(new, key)
                else:
                    vault.change_passphrase(new)
            finally:
                zero(new)
    finally:
        zero(key)
    rotated = (
        " The data key was rotated: old copies of the header no longer open it." if rekey else ""
    )
    click.echo(f"New passphrase set. The recovery key still works.{rotated}", err=True)


@click.command("backup")
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@pass_cli
def backup_cmd(cli: CliContext, out: Path) -> None:
    """Write a verified, self-contained encrypted copy of the vault to the new directory OUT.

    Open it with 'intake --vault OUT verify'; the same passphrase opens it.
    """
    with cli.open_vault() as vault:
        vault.backup(out)
    click.echo(f"Backup written and verified: {out}", err=True)


@click.command("verify")
@click.option(
    "--accept-rollback",
    is_flag=True,
    help="Take the database as it is when it is older than the vault's change record "
    "(only after putting back an earlier vault.db on purpose: what changed since is lost).",
)
@pass_cli
def verify_cmd(cli: CliContext, accept_rollback: bool) -> None:
    """Check every page's authentication code, the database structure and that the database
    is not older than the vault's change record (an earlier copy put back)."""
    with cli.open_vault(accept_rollback=accept_rollback) as vault:
        problems = vault.verify()
        state = vault.counter_state
    if problems:
        # The list is the command's report (standard output); standard error keeps to the
        # contract of one message line and one hint line.
        for problem in problems[:20]:
            click.echo(problem)
        more = f"; {len(problems)} in all, listed on standard output" if len(problems) > 1 else ""
        raise VaultCorrupt(f"the vault failed its integrity check: {problems[0]}{more}")
    click.echo("ok: cipher_integrity_check and integrity_check passed")
    click.echo(f"ok: change counter at {state.counter}, {state.note}")


def register(group: click.Group) -> None:

    for command in (init_cmd, passwd_cmd, recover_cmd, backup_cmd, verify_cmd, shred_cmd):
        group.add_command(command)
