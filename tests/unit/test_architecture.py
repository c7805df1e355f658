"""The layering docs/ARCHITECTURE.md describes: a headless core, imports without side effects.

Each check runs in a fresh interpreter, so modules already imported by other
tests cannot hide an import that the core would make on its own.
"""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import intake

FRONT_END = ("intake.tui",)
NEVER_IMPORTED = ("intake.__main__",)  # running it is its purpose


def core_modules() -> list[str]:
    """Every module of the intake package except the TUI (and ``__main__``)."""
    names = ["intake"]
    for info in pkgutil.walk_packages(intake.__path__, prefix="intake."):
        if info.name in NEVER_IMPORTED or info.name.startswith(FRONT_END):
            continue
        names.append(info.name)
    return sorted(names)


PROBE = r"""
import importlib, json, sys
import sqlcipher3

opened = []
real_connect = sqlcipher3.connect
def spy(*args, **kwargs):
    opened.append(str(args[0]) if args else "?")
    return real_connect(*args, **kwargs)
sqlcipher3.connect = spy

failed = {}
for name in json.loads(sys.argv[1]):
    try:
        importlib.import_module(name)
    except Exception as error:
        failed[name] = type(error).__name__ + ": " + str(error)[:200]
print(json.dumps({
    "failed": failed,
    "textual": sorted(m for m in sys.modules if m == "textual" or m.startswith("textual.")),
    "tui": sorted(m for m in sys.modules if m.startswith("intake.tui")),
    "connections": opened,
}))
"""


def _import_all_in_a_fresh_interpreter(cwd: Path, home: Path) -> dict[str, object]:
    modules = core_modules()
    env = {**os.environ, "INTAKE_VAULT": str(home / "would-be-vault")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(modules)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def _listing(directory: Path) -> set[str]:
    return {str(p.relative_to(directory)) for p in directory.rglob("*")}


def test_the_core_modules_are_found() -> None:
    modules = core_modules()
    assert {"intake.keys", "intake.store.vault", "intake.cli"} <= set(modules)
    assert not any(name.startswith("intake.tui") for name in modules)


def test_importing_every_core_module_loads_neither_textual_nor_the_tui_nor_a_store(
    tmp_path: Path,
    isolated_env: Path,
) -> None:
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    home_before = _listing(isolated_env)
    report = _import_all_in_a_fresh_interpreter(workdir, isolated_env)
    assert report["failed"] == {}, "these modules fail to import"
    assert report["textual"] == [], "the core imported textual"
    assert report["tui"] == [], "the core imported intake.tui"
    assert report["connections"] == [], "importing a module opened a database"
    assert _listing(workdir) == set(), "importing a module wrote to the working directory"
    created = {p for p in _listing(isolated_env) - home_before if "__pycache__" not in p}
    assert created == set(), "importing a module created files in HOME, XDG dirs or TMPDIR"
    assert not (isolated_env / "would-be-vault").exists()


def _contracts() -> list[dict[str, Any]]:
    import tomllib

    pyproject = Path(intake.__file__).parent.parent / "pyproject.toml"
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    contracts: list[dict[str, Any]] = config["tool"]["importlinter"]["contracts"]
    return contracts


def test_the_core_contract_names_every_top_level_module_but_the_interfaces() -> None:
    core = next(c for c in _contracts() if "core" in str(c["name"]))
    top_level = {
        f"intake.{info.name}"
        for info in pkgutil.iter_modules(intake.__path__)
        if info.name not in ("cli", "tui", "__main__")
    }
    assert set(core["source_modules"]) == top_level


def test_the_import_contracts_hold() -> None:
    """The layering in pyproject.toml ([tool.importlinter]); CI also runs lint-imports."""
    root = Path(intake.__file__).parent.parent
    lint = "import sys; from importlinter.cli import lint_imports_command as lint; sys.exit(lint())"
    done = subprocess.run(
        [sys.executable, "-c", lint, "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]


def test_every_package_of_the_source_tree_is_installed() -> None:
    """pyproject lists packages explicitly (schemas/ ships as intake.schemas); a package
    missing from that list would be left out of a plain `pip install .`."""
    import tomllib

    root = Path(intake.__file__).parent
    pyproject = root.parent / "pyproject.toml"
    listed = set(
        tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    )
    found = {
        "intake." + ".".join(path.parent.relative_to(root).parts)
        if path.parent != root
        else "intake"
        for path in root.rglob("__init__.py")
    }
    assert found - listed == set()


def test_the_code_cites_only_documents_in_the_repository() -> None:
    """The design notes a module refers to are docs/ARCHITECTURE.md, SECURITY.md or README.md."""
    root = Path(intake.__file__).parent.parent
    assert (root / "docs" / "ARCHITECTURE.md").is_file()
    citing = sorted(
        str(path.relative_to(root))
        for folder in ("intake", "tests", "bench")
        for path in (root / folder).rglob("*.py")
        if "DESIGN.md" in path.read_text(encoding="utf-8") and path.name != "test_architecture.py"
    )
    assert citing == []


def test_no_module_imports_itself_through_others() -> None:
    """No import cycle, counting imports inside functions and for type checking only
    (grimp, the graph import-linter reads)."""
    import grimp

    graph = grimp.build_graph("intake", cache_dir=None)
    cycles = [
        (module, other)
        for module in sorted(graph.modules)
        for other in graph.find_modules_directly_imported_by(module)
        if graph.chain_exists(importer=other, imported=module)
    ]
    assert cycles == []
