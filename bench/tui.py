"""Interface benchmark: start-up to the unlock screen, keystroke to updated highlights.

Prints figures, never asserts. Run: python bench/tui.py

- Process start to the unlock screen: the real ``intake`` command in a pseudo
  terminal of 80x24; the clock stops when the screen's text is first written.
  Median of 5 starts (goal < 400 ms).
- Keystroke to updated highlights: a 20 KB fictional transcript in the review
  screen (driven by Textual's Pilot); from the key event reaching the text area
  until the findings of the changed text are in its highlight map (the paint
  that follows is Textual's and is not counted). Median of 20 keystrokes
  (goal < 50 ms).

All names and numbers are generated and fictional. Uses the test key-derivation
profile for its throwaway vaults.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    del sys.path[0]  # run as a script: bench/ must not shadow the intake package

Row = tuple[str, float, str, bool]
PASSPHRASE = "bench passphrase, fictional"  # noqa: S105 - a throwaway bench vault
LINES = (
    "Мой сын Грант Вымыслов служил в в/ч 12345, и в марте его забрали.",
    "Мы звонили на номер 8 (900) 000-12-34, но Гриша не отвечал.",
    "Zelda Inventa wrote to ivan.fiction@example.org about the village.",
    "Из 234 военнослужащих батальона отказались многие; мать говорит об этом.",
)


def _vault(root: Path, transcript: str = "") -> Path:
    from intake import keys
    from intake.models import Interview, Person, Testimony, now
    from intake.store import people as people_store
    from intake.store import testimonies as store
    from intake.store.vault import Vault

    path = root / "vault"
    vault, _recovery = Vault.create(path, bytearray(PASSPHRASE.encode()), kdf=keys.test_profile())
    with vault, vault.transaction() as conn:
        stamp = now()
        people_store.insert(
            conn, Person("p-bench0001", "Грант Вымыслов", "Иван", aliases=("Гриша",)), stamp
        )
        people_store.insert(conn, Person("p-bench0002", "Zelda Inventa", "Maria"), stamp)
        if transcript:
            store.insert(
                conn,
                Testimony(
                    "t-bench0001",
                    "Bench",
                    transcript,
                    interview=Interview(language="ru"),
                    created_at=stamp,
                    updated_at=stamp,
                ),
            )
    return path


def _start_once(vault: Path) -> float:
    command = Path(sys.executable).with_name("intake")
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "INTAKE_TEST_KDF": "1"}
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(command), "--vault", str(vault)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        close_fds=True,
    )
    seen = b""
    try:
        while b"Unlock the vault" not in seen and time.perf_counter() - started < 30:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                seen += os.read(master, 65536)
        return time.perf_counter() - started
    finally:
        process.kill()
        process.wait()
        os.close(master)
        os.close(slave)


def startup(runs: int = 5) -> float:
    with tempfile.TemporaryDirectory() as root:
        vault = _vault(Path(root))
        return statistics.median(_start_once(vault) for _ in range(runs))


def _transcript(size: int = 20_000) -> str:
    lines: list[str] = []
    while sum(len(line) + 1 for line in lines) < size:
        lines.append(LINES[len(lines) % len(LINES)])
    return "\n".join(lines)


async def _keystrokes(vault: Path, count: int) -> list[float]:
    from textual import events

    from intake.tui.app import IntakeApp
    from intake.tui.session import Session
    from intake.tui.widgets.findings_area import FindingsArea

    app = IntakeApp(Session(vault))
    times: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.query_one("Input").insert_text_at_cursor(PASSPHRASE)
        await pilot.press("enter")
        for _ in range(4):
            await app.workers.wait_for_complete()
            await pilot.pause()
        await pilot.press("r")
        for _ in range(4):
            await app.workers.wait_for_complete()
            await pilot.pause()
        screen = app.screen
        area = screen.query_one(FindingsArea)
        area.focus()
        await pilot.pause()
        for _ in range(count):
            edits = area._edits  # the text version, one more per edit
            started = time.perf_counter()
            area.post_message(events.Key("x", "x"))
            await asyncio.sleep(0)
            while area._edits == edits or area.version != area._edits:
                await asyncio.sleep(0.0005)
            times.append(time.perf_counter() - started)
            await pilot.pause()  # let the screen paint before the next key
    return times


def keystroke(count: int = 20) -> float:
    with tempfile.TemporaryDirectory() as root:
        vault = _vault(Path(root), _transcript())
        return statistics.median(asyncio.run(_keystrokes(vault, count)))


def run() -> list[Row]:
    os.environ["INTAKE_TEST_KDF"] = "1"
    start_ms = startup() * 1000
    key_ms = keystroke() * 1000
    return [
        ("process start to unlock screen (ms, median)", start_ms, "< 400", start_ms < 400),
        ("keystroke to updated highlights, 20 KB (ms)", key_ms, "< 50", key_ms < 50),
    ]


def main() -> None:
    print(f"{'figure':46} {'value':>10}  {'goal':8} met")
    for figure, value, goal, met in run():
        print(f"{figure:46} {value:10.1f}  {goal:8} {'yes' if met else 'NO'}")


if __name__ == "__main__":
    main()
