"""The command-line runs behind bench/heldout.py: `intake redact` and a whole vault workflow.

Black box: only the `intake` command is used, through subprocess, with a private
HOME, TMPDIR, XDG folders and INTAKE_VAULT inside a temporary folder of its own,
and the passphrase given on standard input (`--passphrase-file -`). Vaults use the
cheap test KDF profile (INTAKE_TEST_KDF=1): this measures redaction, not unlocking.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench.heldout_score import Case, fold, mask

# "export refused by the leak gate (2 hits): a check:near-name in testimony t-1, transcript,
# at character 12 «…»; a check:number in testimony t-1, ..." (older versions: "refused by the
# leak gate: KIND in testimony ... (and N more)").
_REFUSED = re.compile(r"refused by the leak gate(?: \((?P<count>\d+) hits?\))?:")
_HIT = re.compile(r"[:;] (?:an? )?(?P<kind>[\w:-]+(?: [\w:-]+)?) in testimony ")
_MORE = re.compile(r"\(and (\d+) more\)")
# The other refusal with exit 3: "export refused: testimony t-1 has a high disclosure level
# (22): transcript: …[age] рядовой…; transcript: …" (details that still point to one person).
_DISCLOSURE = re.compile(r"refused: testimony \S+ has an? (?P<level>\w+) disclosure level[^:]*:")
TIMEOUT = 900


def private_env(home: Path) -> dict[str, str]:
    """The environment of every child: nothing of the user's own data directories."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INTAKE_", "XDG_"))}
    for name in ("HOME", "TMPDIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        folder = home / name.lower()
        folder.mkdir(mode=0o700, exist_ok=True)
        env[name] = str(folder)
    env.update(INTAKE_VAULT=str(home / "vault"), INTAKE_TEST_KDF="1", PYTHONIOENCODING="utf-8")
    return env


def intake(
    args: list[str], env: dict[str, str], stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """One command, run from the private HOME so that no local file shadows the package."""
    return subprocess.run(
        [sys.executable, "-m", "intake", *args],
        cwd=env["HOME"],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=TIMEOUT,
        check=False,
    )


def hide(case: Case, message: str) -> str:
    """A message of the tool with every answer string it quotes masked."""
    folded = fold(message)
    for secret in sorted(case.answers["must_redact"], key=len, reverse=True):
        folded = folded.replace(fold(secret), mask(secret))
    return folded.strip().splitlines()[0][:160] if folded.strip() else ""


@dataclass(frozen=True)
class RedactRun:
    output: str | None  # the redacted text, or None when the command failed
    findings: int
    error: str


def run_redact(case: Case, ner: bool, work: Path) -> RedactRun:
    registry = work / "registry.json"
    registry.write_text(json.dumps(case.answers["registry"], ensure_ascii=False), "utf-8")
    lang = case.lang if case.lang in ("ru", "en") else "auto"
    args = ["redact", "--registry", str(registry), "--lang", lang, "--json", str(case.path)]
    args.insert(-1, "--ner" if ner else "--no-ner")
    done = intake(args, private_env(work))
    if done.returncode != 0:
        return RedactRun(None, 0, f"exit {done.returncode}: {hide(case, done.stderr)}")
    payload: dict[str, Any] = json.loads(done.stdout)
    return RedactRun(str(payload["text"]), len(payload.get("findings", [])), "")


@dataclass(frozen=True)
class WorkflowRun:
    status: str  # "written", "refused" or "failed"
    output: str  # the exported Markdown (written) or ""
    manifest: str  # the manifest beside it (written) or ""
    named: int  # items a refusal names (its hit count, or the first one and "and N more")
    kind: str  # the kinds of the items it names, with their counts
    quoted: int  # answer strings a refusal or error message quotes in clear
    error: str
    reviews: int = 1  # review passes approval needed (2: "undecided" after the first)


class StepFailed(Exception):
    def __init__(self, step: str, done: subprocess.CompletedProcess[str]) -> None:
        super().__init__(step)
        self.step, self.done = step, done


def _person_args(person: dict[str, Any]) -> list[str]:
    args = ["person", "add", person["name"]]
    for alias in person.get("aliases", []):
        args += ["--alias", alias]
    # a public person keeps the name in exports; a pseudonym given there (often the first
    # name itself, which the tool refuses as a registered name) is never shown: left out
    keys = ("gender", "role") if person.get("public") else ("gender", "pseudonym", "role")
    for key in keys:
        if key in person:
            args += [f"--{key}", person[key]]
    return [*args, "--public"] if person.get("public") else args


class Vault:
    """One throwaway vault; every step must succeed or StepFailed says which did not."""

    def __init__(self, work: Path) -> None:
        self.env = private_env(work)
        self.secret = secrets.token_urlsafe(24)

    def call(
        self, args: list[str], times: int = 1, after: str = ""
    ) -> subprocess.CompletedProcess[str]:
        """The passphrase `times` over on standard input, then `after` (what the command asks)."""
        stdin = (self.secret + "\n") * times + after
        return intake(["--passphrase-file", "-", *args], self.env, stdin)

    def run(self, step: str, args: list[str], times: int = 1, after: str = "") -> str:
        done = self.call(args, times, after)
        if done.returncode != 0:
            raise StepFailed(step, done)
        return done.stdout


def _prepare(vault: Vault, case: Case, ner: bool) -> tuple[str, int]:
    """Init, register people and terms, import, consent, review with the defaults and approve.

    Returns the testimony id and the number of review passes approval needed."""
    vault.run("init", ["init"], times=2)
    for person in case.answers["registry"]["people"]:
        vault.run("person add", _person_args(person))
    for term in case.answers["registry"].get("terms", []):
        label = ["--label", term["label"]] if term.get("label") else []
        vault.run("term add", ["term", "add", *label], after=term["text"] + "\n")
    lang = ["--lang", case.lang] if case.lang in ("ru", "en") else []
    added = vault.run("add", ["add", str(case.path), "--title", f"held-out {case.name}", *lang])
    testimony = added.strip().splitlines()[-1].strip()
    vault.run("edit", ["edit", testimony, "--consent-summary", "--consent-quotes"])
    vault.run("review", ["review", testimony, "--accept-defaults", *(["--ner"] if ner else [])])
    return testimony, _approve(vault, testimony)


def _approve(vault: Vault, testimony: str) -> int:
    """Approve; if findings are still undecided, do what a user would: take the
    defaults once more (without NER) and approve again."""
    done = vault.call(["approve", testimony])
    reviews = 1
    if done.returncode != 0 and "undecided" in done.stderr:
        vault.run("second review", ["review", testimony, "--accept-defaults"])
        reviews, done = 2, vault.call(["approve", testimony])
    if done.returncode != 0:
        raise StepFailed("approve", done)
    return reviews


def _quoted(case: Case, message: str) -> int:
    folded = fold(message)
    return sum(fold(s) in folded for s in case.answers["must_redact"] if len(fold(s)) > 2)


def _kinds(message: str) -> str:
    """ "check:near-name 2, check:number 1": the kinds a refusal names, in order of first use."""
    counts = Counter(hit.group("kind") for hit in _HIT.finditer(message))
    return ", ".join(f"{kind} {count}" for kind, count in counts.items()) or "?"


def _disclosure(case: Case, stderr: str) -> WorkflowRun | None:
    """A refusal for the disclosure level: the details it names and the level."""
    found = next(filter(None, map(_DISCLOSURE.search, stderr.splitlines())), None)
    if found is None:
        return None
    named = len([d for d in found.string[found.end() :].split("; ") if d.strip()])
    kind = f"disclosure level {found.group('level')}"
    return WorkflowRun("refused", "", "", named, kind, _quoted(case, stderr), hide(case, stderr))


def _refusal(case: Case, stderr: str) -> WorkflowRun:
    disclosure = _disclosure(case, stderr)
    if disclosure is not None:
        return disclosure
    message = next((line for line in stderr.splitlines() if _REFUSED.search(line)), "")
    found, more = _REFUSED.search(message), _MORE.search(message)
    if found and found.group("count"):
        named = int(found.group("count"))
    else:
        named = (1 if found else 0) + (int(more.group(1)) if more else 0)
    kinds = _kinds(message[found.end() - 1 :] if found else "")
    return WorkflowRun("refused", "", "", named, kinds, _quoted(case, stderr), hide(case, stderr))


def run_workflow(case: Case, ner: bool, work: Path) -> WorkflowRun:
    vault, out = Vault(work), work / "export.md"
    try:
        testimony, reviews = _prepare(vault, case, ner)
    except StepFailed as failed:
        return _failed(case, failed.step, failed.done)
    args = ["export", "--with-transcript", "--format", "md", "--out", str(out), testimony]
    done = vault.call(args)
    if done.returncode == 3 and not out.exists():
        return replace(_refusal(case, done.stderr), reviews=reviews)
    if done.returncode != 0 or not out.exists():
        return replace(_failed(case, "export", done), reviews=reviews)
    manifest = out.with_name(out.name + ".manifest.json")
    text = manifest.read_text("utf-8") if manifest.exists() else ""
    return WorkflowRun("written", out.read_text("utf-8"), text, 0, "", 0, "", reviews)


def _failed(case: Case, step: str, done: subprocess.CompletedProcess[str]) -> WorkflowRun:
    error = f"{step}: exit {done.returncode}: {hide(case, done.stderr)}"
    return WorkflowRun("failed", "", "", 0, "", _quoted(case, done.stderr), error)
