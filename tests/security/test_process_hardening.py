"""A running intake writes no core file and cannot be debugged by the same user: the core
limit is 0 (soft and hard) and the process is not dumpable before any secret is read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.security,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc (Linux)"),
]

# Reads the process's own state with ctypes at the moment intake reads the passphrase from
# standard input, and prints it; intake's own code is not used to measure itself.
PROBE = r"""
import ctypes, io, resource, sys

class Probe(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, buffer):
        dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
        core = resource.getrlimit(resource.RLIMIT_CORE)
        sys.__stderr__.write(f"PROBE dumpable={dumpable} core={core[0]},{core[1]}\n")
        return 0

sys.stdin = io.TextIOWrapper(io.BufferedReader(Probe()))
from intake.cli import main
main(sys.argv[1:])
"""


def _verify_args(tmp_path: Path) -> list[str]:
    return ["--vault", str(tmp_path / "v"), "--passphrase-file", "-", "verify"]


def _limits_core(pid: int) -> list[str]:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return line.split()[4:6]
    raise AssertionError("no core line in /proc/PID/limits")


def test_a_running_intake_waiting_for_its_passphrase_has_a_core_limit_of_zero(
    tmp_path: Path,
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "intake", *_verify_args(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # Wait (without a time limit on the check itself) until start-up has run.
        for _ in range(600):
            if _limits_core(child.pid) == ["0", "0"]:
                break
            if child.poll() is not None:
                break
            subprocess.run(["sleep", "0.1"], check=True)
        assert child.poll() is None, "intake ended instead of waiting for the passphrase"
        assert _limits_core(child.pid) == ["0", "0"]
        if os.geteuid() != 0:  # as root every /proc entry is root's anyway
            owner = Path(f"/proc/{child.pid}/status").stat().st_uid
            assert owner == 0, "a dumpable process's /proc entries belong to its user"
    finally:
        child.kill()
        child.wait()


def test_the_process_is_not_dumpable_and_has_no_core_limit_before_the_passphrase_is_read(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *_verify_args(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    probes = [line for line in done.stderr.splitlines() if line.startswith("PROBE")]
    assert probes == ["PROBE dumpable=0 core=0,0"], done.stderr


def test_a_child_without_intake_is_dumpable_so_the_probe_can_tell(tmp_path: Path) -> None:
    """The probe's own baseline: a plain Python process is dumpable with its usual limit."""
    baseline = PROBE.replace("from intake.cli import main\nmain(sys.argv[1:])", "sys.stdin.read()")
    done = subprocess.run(
        [sys.executable, "-c", baseline], capture_output=True, text=True, timeout=60, check=False
    )
    assert "PROBE dumpable=1" in done.stderr, done.stderr
