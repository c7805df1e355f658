"""Redaction fingerprint: proves that a speed change changed no redaction.

Redacts factRuEval-2016's development texts (when the corpus is there), the
testimonies in bench/testimonies/ and a slice of bench/redact.py's generated corpus,
with a generated 50-person registry (as bench/redact.py builds it) and with the
testimonies' own registry, NER off and on, and writes every finding (analysis) and
every applied replacement with the output text to a JSON file. Pseudonyms are drawn
from a seeded generator here so that two runs can be compared; the product draws them
from the system's random source.

Run: python bench/redact_diff.py save BEFORE.json, change the code, then
python bench/redact_diff.py compare BEFORE.json (prints every difference; exit 1 if any).
Add --no-ner to skip the NER runs (quick check).
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
import types
from dataclasses import astuple
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    del sys.path[0]  # run as a script: bench/intake.py must not shadow the intake package

HERE = Path(__file__).resolve().parent


def _load(name: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def texts() -> list[tuple[str, str]]:
    """(name, text) of every text redacted, in a fixed order."""
    out: list[tuple[str, str]] = []
    folder = _load("factrueval").DEFAULT / "devset"
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        out.append((f"factrueval/{path.name}", path.read_text("utf-8-sig")))
    for path in sorted((HERE / "testimonies").glob("[0-9]*.txt")):
        out.append((f"testimonies/{path.name}", path.read_text("utf-8")))
    return out


def registries() -> list[tuple[str, object]]:
    from intake.redact import Registry

    bench = _load("redact")
    small = Registry.from_json(bench.registry_doc(50, random.Random(7)))
    own = Registry.from_json(json.loads((HERE / "testimonies/registry.json").read_text("utf-8")))
    return [("fifty", small), ("testimonies", own)]


def _seed_pseudonyms(seed: str) -> None:
    """Pseudonyms from a seeded generator (comparable runs), not the system's source."""
    from intake.redact import pseudonyms

    rng = random.Random(seed)
    pseudonyms.secrets = types.SimpleNamespace(SystemRandom=lambda: rng)  # type: ignore[attr-defined]


def fingerprint(ner_modes: tuple[bool, ...]) -> dict[str, object]:
    from intake.redact import Redactor

    bench = _load("redact")
    out: dict[str, object] = {}
    for reg_name, registry in registries():
        for ner in ner_modes:
            _seed_pseudonyms(f"{reg_name}/{ner}")  # each run alone gives the same
            redactor = Redactor(registry, ner=ner)  # type: ignore[arg-type]
            people = [p.name for p in registry.people]  # type: ignore[attr-defined]
            generated = bench.corpus(60_000, people, random.Random(3))
            for name, text in [*texts(), ("generated", generated)]:
                found = [list(astuple(f)) for f in redactor.analyze(text)]
                result = redactor.redact(text)
                applied = [list(astuple(a)) for a in result.findings]
                key = f"{reg_name}/{'ner' if ner else 'no-ner'}/{name}"
                out[key] = {"found": found, "applied": applied, "text": result.text}
    return out


def compare(before: dict[str, object], after: dict[str, object]) -> int:
    differences = 0
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        differences += 1
        print(f"== {key}")
        if not isinstance(old, dict) or not isinstance(new, dict):
            print("   present in one run only")
            continue
        for part in ("found", "applied"):
            gone = [x for x in old[part] if x not in new[part]]
            came = [x for x in new[part] if x not in old[part]]
            for x in gone:
                print(f"   {part} - {x}")
            for x in came:
                print(f"   {part} + {x}")
        if old["text"] != new["text"]:
            print("   output text differs")
    print(f"{differences} texts differ of {len(set(before) | set(after))}")
    return differences


def main() -> None:
    command, path = sys.argv[1], Path(sys.argv[2])
    modes = (False,) if "--no-ner" in sys.argv else (False, True)
    now = json.loads(json.dumps(fingerprint(modes)))  # tuples as lists, as saved
    if command == "save":
        path.write_text(json.dumps(now, ensure_ascii=False), "utf-8")
        print(f"{len(now)} texts saved")
        return
    before = json.loads(path.read_text("utf-8"))
    if "--no-ner" in sys.argv:
        before = {k: v for k, v in before.items() if "/no-ner/" in k}
    sys.exit(1 if compare(before, now) else 0)


if __name__ == "__main__":
    main()
