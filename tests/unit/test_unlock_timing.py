"""How long unlocking takes: a slow machine is told at init, and the audit compares the
time now with the time the calibration implied at init."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from intake import unlock_timing
from intake.audit import audit_vault
from intake.store.vault import Vault
from tests.conftest import PASSPHRASE


def kdf(**extra: Any) -> dict[str, Any]:
    return {"time_cost": 3, "memory_kib": 65536, "parallelism": 4, "profile": "calibrated", **extra}


@pytest.mark.parametrize(
    ("probe", "time_cost", "expected"),
    [(0.5, 6, 1.0), (4.0, 3, 4.0), (0.25, 12, 1.0), (None, 3, None)],
)
def test_the_unlock_time_at_init_is_the_probe_scaled_by_the_time_cost(
    probe: float | None, time_cost: int, expected: float | None
) -> None:
    params = kdf(time_cost=time_cost, **({} if probe is None else {"calibrated_seconds": probe}))
    assert unlock_timing.expected_at_init(params) == expected


@pytest.mark.parametrize(("probe", "warned"), [(0.9, False), (3.0, False), (5.2, True)])
def test_only_a_floor_probe_over_three_seconds_is_reported_at_init(
    probe: float, warned: bool
) -> None:
    warning = unlock_timing.slow_init_warning(kdf(calibrated_seconds=probe))
    assert (warning is not None) is warned
    if warning:
        message, hint = warning.splitlines()
        assert "5.2 s" in message and "64 MiB" in message and hint.startswith("hint: ")


def test_a_vault_made_with_explicit_parameters_is_never_reported_slow() -> None:
    assert unlock_timing.slow_init_warning(kdf()) is None


def test_init_on_a_slow_machine_says_how_long_unlocking_takes(
    cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.store import slots

    real = slots.passphrase_slot

    def slow_probe(header: Any, key: Any, passphrase: Any, params: Any, _seconds: Any) -> Any:
        return real(header, key, passphrase, params, 6.5)  # as if the floor probe took 6.5 s

    monkeypatch.setattr(slots, "passphrase_slot", slow_probe)
    secret = f"{PASSPHRASE}\n{PASSPHRASE}\n".encode()
    result = cli("init", stdin=secret, passphrase=True)
    assert result.code == 0, result.stderr
    assert "unlocking this vault takes about 6.5 s" in result.stderr


def test_the_audit_reports_the_unlock_time_now_and_at_init(made_vault: tuple[Path, str]) -> None:
    path, _ = made_vault
    report = audit_vault(path, lambda: Vault.open(path, bytearray(PASSPHRASE.encode())))
    measured = report.check("unlock").measured
    assert measured.startswith("opened; key derivation takes ")
    assert "s now (not measured at init)" in measured  # the test profile is set, not calibrated
