"""Keep secrets out of crash dumps and away from same-user debuggers.

What it protects: a process that crashes (or is sent SIGQUIT/SIGABRT) writes no
core file, so the passphrase typed into the unlock field, keys and testimony
text held in memory never land on disk in a core; and, on Linux, the process is
marked not dumpable (``prctl(PR_SET_DUMPABLE, 0)``), so another process of the
same user can neither attach a debugger (ptrace) nor read ``/proc/PID/mem`` or
``/proc/PID/environ``.

Limits: root still reads everything; a hibernation image or swap can still hold
memory (SECURITY.md, "Known limits"). On systems other than Linux only the core
limit is set (where the ``resource`` module exists); the dumpable flag has no
equivalent there and is skipped.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

PR_SET_DUMPABLE = 4  # <linux/prctl.h>
PR_GET_DUMPABLE = 3


def harden_process() -> None:
    """Set RLIMIT_CORE to 0 (soft and hard) and, on Linux, PR_SET_DUMPABLE to 0.

    Called first thing at start-up, before any secret is read. Never raises: a
    platform without these controls runs as before.
    """
    _no_core_files()
    if sys.platform.startswith("linux"):
        _not_dumpable()


def _no_core_files() -> None:
    try:
        # late: resource exists only on Unix (ImportError elsewhere)
        import resource
    except ImportError:  # not on Windows; there is no core limit to set
        return
    with contextlib.suppress(ValueError, OSError):  # a kernel refusing: nothing to do
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _not_dumpable() -> None:

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - a libc without prctl
        pass


def dumpable() -> int | None:
    """The process's dumpable flag (0 = protected), or None where it cannot be read."""
    if not sys.platform.startswith("linux"):
        return None

    try:
        return int(ctypes.CDLL(None).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    except (OSError, AttributeError):  # pragma: no cover
        return None
