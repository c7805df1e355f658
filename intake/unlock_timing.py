"""How long unlocking takes on this machine: said at init when it is slow, and by the audit.

Unlocking costs one Argon2id derivation with the passphrase slot's parameters. At
``intake init`` a probe with the RFC 9106 floor (t = 3) is timed and recorded in the
header as ``calibrated_seconds``; calibration only raises t, so when the probe alone
takes more than :data:`SLOW_SECONDS` every unlock takes at least that long, and the
user is told so (the parameters are never lowered below the floor). The audit times
one derivation with the vault's own parameters now, on a throwaway passphrase and
salt (no secret is involved), and sets it against what the probe at init implies.
"""

from __future__ import annotations

import secrets
import time
from typing import Any

from intake import keys

SLOW_SECONDS = 3.0


def probe_seconds(kdf: dict[str, Any]) -> float | None:
    """The floor probe's seconds recorded at init, if the parameters were calibrated."""
    seconds = kdf.get("calibrated_seconds")
    return float(seconds) if isinstance(seconds, int | float) else None


def expected_at_init(kdf: dict[str, Any]) -> float | None:
    """Seconds one unlock took at init, as the probe implies (Argon2id time grows with t)."""
    probe = probe_seconds(kdf)
    if probe is None:
        return None
    return probe * int(kdf["time_cost"]) / keys.FLOOR_TIME_COST


def slow_init_warning(kdf: dict[str, Any]) -> str | None:
    """Two lines for the user when even the floor parameters are slow here, else None."""
    probe = probe_seconds(kdf)
    if probe is None or probe <= SLOW_SECONDS:
        return None
    return (
        f"note: unlocking this vault takes about {probe:.1f} s on this machine, even with the "
        "minimum safe key-derivation parameters (Argon2id t=3, "
        f"{int(kdf['memory_kib']) // 1024} MiB).\n"
        "hint: the machine is slow or was busy during calibration. The vault is as safe as "
        "intended; each unlock will just take that long. 'intake audit' measures it again."
    )


def measure_now(kdf: dict[str, Any]) -> float:
    """Seconds of one derivation with these parameters, on a throwaway passphrase and salt."""
    params = keys.KdfParams(
        int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"]), kdf["profile"]
    )
    started = time.perf_counter()
    keys.zero(keys.derive_kek(bytearray(secrets.token_bytes(16)), keys.new_salt(), params))
    return time.perf_counter() - started


def describe(kdf: dict[str, Any]) -> str:
    """'unlocking takes 1.02 s now (about 0.98 s at init)' for the audit."""
    now = measure_now(kdf)
    at_init = expected_at_init(kdf)
    then = f"about {at_init:.2f} s at init" if at_init is not None else "not measured at init"
    return f"key derivation takes {now:.2f} s now ({then})"
