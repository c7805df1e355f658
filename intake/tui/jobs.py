"""Running core calls in Textual workers: the one place errors are caught.

A job is a plain function of the open vault. It runs in a thread worker under
the session's lock; its result is wrapped in a message and posted to the screen
that asked. Any exception becomes a :class:`WorkFailed` message for the app's
single error handler: an :class:`IntakeError` shows its message and hint, any
other error only its type (its text may quote testimony content). A job that
finds the vault locked is dropped without a word: the user just locked it.

A form that must stay open on a failure (``errors_to=self``) receives the
:class:`WorkFailed` first, to show it beside the fields; unless it stops the
message, it bubbles on to the app's handler.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from textual.message import Message
from textual.worker import Worker

from intake.errors import IntakeError
from intake.tui.hints import for_interface
from intake.tui.messages import WorkFailed
from intake.tui.session import Session, VaultLocked

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from intake.store.vault import Vault

T = TypeVar("T")
INTERNAL_HINT = (
    "Nothing of its details is shown, on purpose. Your last saved work is in "
    "the vault. Set INTAKE_DEBUG=1 to see details on a trusted screen."
)


def failure(error: BaseException) -> WorkFailed:
    """What the user may see of an error."""
    if isinstance(error, IntakeError):
        return WorkFailed(error.message, for_interface(error.hint))
    return WorkFailed(f"internal error ({type(error).__name__})", INTERNAL_HINT)


def run_plain(
    node: DOMNode,
    work: Callable[[], T],
    done: Callable[[T], Message],
    *,
    group: str = "core",
    exclusive: bool = False,
    errors_to: DOMNode | None = None,
) -> Worker[None]:
    """Run ``work`` (no vault needed) in a thread; post ``done(result)`` to ``node``.

    A failure goes to ``errors_to`` if given and still there, else to the app."""

    def body() -> None:
        try:
            result = work()
        except VaultLocked:
            return
        except Exception as error:  # the single catch: turned into words, never a traceback
            if os.environ.get("INTAKE_DEBUG") == "1":
                raise
            failed = failure(error)
            if errors_to is None or not errors_to.post_message(failed):
                node.app.post_message(failed)
            return
        node.post_message(done(result))

    return node.run_worker(body, thread=True, group=group, exclusive=exclusive, exit_on_error=False)


def run_job(
    node: DOMNode,
    session: Session,
    job: Callable[[Vault], T],
    done: Callable[[T], Message],
    *,
    group: str = "vault",
    exclusive: bool = False,
    errors_to: DOMNode | None = None,
) -> Worker[None]:
    """Run ``job(vault)`` in a thread under the session's lock; post ``done(result)``."""
    return run_plain(
        node, lambda: session.call(job), done, group=group, exclusive=exclusive, errors_to=errors_to
    )
