"""`intake redact`: redact a text file with a registry and a policy; needs no vault."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from intake.errors import InputError
from intake.schemas_util import json_problem

if TYPE_CHECKING:
    from intake.redact import Registry

MAX_INPUT_BYTES = 20 * 1024 * 1024
MAX_REGISTRY_BYTES = 16 * 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"


def _read_bytes(path: str, limit: int, what: str) -> bytes:
    """Read at most ``limit`` bytes; a larger file is refused before it is read."""
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        try:
            if Path(path).stat().st_size > limit:
                raise InputError(
                    f"the {what} is larger than {limit // (1024 * 1024)} MiB",
                    "Split it into smaller files and redact them one by one.",
                )
            data = Path(path).read_bytes()
        except OSError as error:
            raise InputError(
                f"cannot read the {what}: {error.strerror}",
                "Check the path and the file's permissions.",
            ) from None
    if len(data) > limit:
        raise InputError(
            f"the {what} is larger than {limit // (1024 * 1024)} MiB",
            "Split it into smaller files and redact them one by one.",
        )
    return data


def _read_text(path: str, limit: int, what: str) -> str:
    data = _read_bytes(path, limit, what)
    if data.startswith(ZIP_MAGIC):  # "save it as UTF-8" would not help with a .docx
        raise InputError(
            f"the {what} is a .docx or another zip archive, not plain text",
            "Save it as plain text (.txt), or import it with 'intake add' and review it there.",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(
            f"the {what} is not valid UTF-8 text",
            "Save it as UTF-8 (most editors offer it under 'Save as').",
        ) from None


def _registry(path: str | None) -> Registry:
    # late: the redaction engine (0.1-0.3 s) loads only when the command runs
    from intake.redact import Registry

    if path is None:
        return Registry()
    try:
        doc = json.loads(_read_text(path, MAX_REGISTRY_BYTES, "registry file"))
    except json.JSONDecodeError as error:
        raise InputError(
            f"the registry file is not valid JSON ({json_problem(error)})",
            "Print the format with 'intake schema registry'.",
        ) from None
    return Registry.from_json(doc)


@click.command("redact")
@click.option(
    "--registry",
    "registry_path",
    metavar="FILE",
    default=None,
    help="JSON registry of people and terms (its schema: intake schema registry).",
)
@click.option(
    "--policy",
    "policy_path",
    metavar="FILE",
    default=None,
    help="JSON policy mapping kinds of findings to actions (its schema: intake schema policy).",
)
@click.option(
    "--lang",
    type=click.Choice(["ru", "en", "auto"]),
    default="auto",
    show_default=True,
    help="Language of the text (chooses the tags' language).",
)
@click.option(
    "--ner/--no-ner",
    default=True,
    show_default=True,
    help="Find unregistered Russian names with NER (slower).",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print {text, findings} as JSON; findings never contain the original strings.",
)
@click.argument("source", metavar="FILE|-")
def redact_command(  # noqa: PLR0917 - click passes options as keywords; one per option
    registry_path: str | None,
    policy_path: str | None,
    lang: str,
    ner: bool,
    as_json: bool,
    source: str,
) -> None:
    """Redact FILE (or standard input, '-') and print the result on standard output."""
    # late: the redaction engine (0.1-0.3 s) loads only when the command runs
    from intake.redact import Policy, Redactor

    text = _read_text(source, MAX_INPUT_BYTES, "input")
    registry = _registry(registry_path)
    policy = Policy.load(Path(policy_path)) if policy_path else Policy.default()
    result = Redactor(registry, policy=policy, ner=ner).redact(text, lang=lang)
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(result.text, nl=not result.text.endswith("\n"))


def register(group: click.Group) -> None:
    group.add_command(redact_command)
