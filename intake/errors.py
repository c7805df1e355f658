"""One exception hierarchy, written for the person at the keyboard.

Every error intake raises on purpose is an :class:`IntakeError`: a one-line
``message`` saying what went wrong and a ``hint`` saying what to do. Front ends
print both and exit with ``exit_code``; they never show a traceback. Messages
must never contain testimony text, names, passphrases or key material.
"""

from __future__ import annotations

# Exit codes of the command line (the contract other tools and tests rely on).
EXIT_OK = 0
EXIT_FAILED = 1  # a failed check or an operation that could not be done
EXIT_INPUT = 2  # wrong passphrase, bad usage or bad input
EXIT_LEAK = 3  # an export refused by the leak gate


class IntakeError(Exception):
    """Base class: a message for the user plus a hint, and an exit code."""

    exit_code = EXIT_FAILED
    default_hint = ""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint if hint is not None else self.default_hint

    def __str__(self) -> str:
        return self.message


class UsageError(IntakeError):
    """The command was called the wrong way."""

    exit_code = EXIT_INPUT
    default_hint = "Run the command with --help to see how it is used."


class InputError(IntakeError):
    """A file or value given to intake is not acceptable (encoding, size, schema...)."""

    exit_code = EXIT_INPUT
    default_hint = "Nothing was written. Fix the input and try again."


class PassphraseError(IntakeError):
    """No passphrase could be read, or it is not acceptable."""

    exit_code = EXIT_INPUT


class WrongPassphrase(IntakeError):
    """The passphrase (or recovery key) opens no key slot of this vault."""

    exit_code = EXIT_INPUT
    default_hint = (
        "Check the keyboard layout and Caps Lock. If the passphrase is lost, "
        "use 'intake recover' with the recovery key."
    )

    def __init__(
        self, message: str = "wrong passphrase (or not an intake vault)", hint: str | None = None
    ) -> None:
        super().__init__(message, hint)


class VaultError(IntakeError):
    """The vault cannot be used as asked (missing, damaged, from a newer version...)."""

    exit_code = EXIT_FAILED


class VaultNotFound(VaultError):
    default_hint = "Create one with 'intake init', or point --vault at an existing vault."


class VaultCorrupt(VaultError):
    """The header or the database failed an authenticity or integrity check."""

    default_hint = (
        "Nothing was changed. Restore from a backup ('intake backup' makes one) "
        "or open it with the recovery key if only the header is damaged."
    )


class VaultInUse(VaultError):
    """Another process holds the vault."""

    def __init__(
        self, message: str = "vault in use by another intake process", hint: str | None = None
    ) -> None:
        super().__init__(
            message,
            hint if hint is not None else "Close the other intake window or command and try again.",
        )


class VaultTooNew(VaultError):
    default_hint = "Upgrade intake to open this vault. It was not modified."


class NotFound(IntakeError):
    """A testimony, person or other record with that id does not exist."""

    exit_code = EXIT_FAILED
    default_hint = "List what exists with 'intake list' or 'intake person list'."


class LeakRefused(IntakeError):
    """The leak gate found an identifier in output that was about to be written."""

    exit_code = EXIT_LEAK
    default_hint = (
        "Nothing was written. Review the findings of the named testimony "
        "('intake review ID') and export again."
    )


class BundleRefused(IntakeError):
    """A sealed bundle was refused (not for this vault, altered, unknown sender...);
    nothing from it was imported."""

    exit_code = EXIT_INPUT
    default_hint = "Nothing was imported. Ask the sender to send the bundle again."
