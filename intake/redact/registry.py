"""The registry: people and sensitive terms a testimony must not reveal.

The document format is ``schemas/registry.schema.json`` (shared with the vault's
registry export). Expansion into surface forms is in :mod:`intake.redact.expand`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

from intake.schemas_util import validate


@dataclass(frozen=True)
class Person:
    """A person mentioned in testimonies. ``public`` people (journalists, officials) are kept."""

    name: str
    aliases: tuple[str, ...] = ()
    gender: str | None = None  # "m" or "f"; guessed from the name when None
    public: bool = False
    pseudonym: str | None = None
    role: str | None = None
    id: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "aliases", tuple(self.aliases))

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Person:
        return cls(
            name=doc["name"],
            aliases=tuple(doc.get("aliases", ())),
            gender=doc.get("gender"),
            public=bool(doc.get("public", False)),
            pseudonym=doc.get("pseudonym"),
            role=doc.get("role"),
            id=doc.get("id"),
        )

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"name": self.name}
        optional = {
            "id": self.id,
            "gender": self.gender,
            "pseudonym": self.pseudonym,
            "role": self.role,
        }
        doc.update({k: v for k, v in optional.items() if v is not None})
        if self.aliases:
            doc["aliases"] = list(self.aliases)
        if self.public:
            doc["public"] = True
        return doc


@dataclass(frozen=True)
class Term:
    """A sensitive term: a home village, a workplace, a call sign. ``label`` names its category."""

    text: str
    label: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, **({"label": self.label} if self.label else {})}


@dataclass(frozen=True)
class Registry:
    people: tuple[Person, ...] = field(default_factory=tuple)
    terms: tuple[Term, ...] = field(default_factory=tuple)

    def __init__(self, people: Iterable[Person] = (), terms: Iterable[Term] = ()) -> None:
        object.__setattr__(self, "people", tuple(people))
        object.__setattr__(self, "terms", tuple(terms))

    @classmethod
    def from_json(cls, doc: Any) -> Registry:
        """Build from a registry document; raises InputError if it breaks the schema."""
        validate(doc, "registry")
        return cls(
            people=[Person.from_json(p) for p in doc.get("people", ())],
            terms=[Term(t["text"], t.get("label")) for t in doc.get("terms", ())],
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "people": [p.to_json() for p in self.people],
            "terms": [t.to_json() for t in self.terms],
        }

    def with_public_figures(self) -> Registry:
        """This registry followed by the shipped list of well-known public figures.

        The user's own entries come first and win: a surname registered as a private
        person stays redacted even if a public figure shares it.
        """
        return Registry(self.people + public_figures(), self.terms)


@lru_cache(maxsize=1)
def public_figures() -> tuple[Person, ...]:
    """Well-known public figures (officials, commanders) kept in text unless registered."""
    text = files("intake").joinpath("data/public_figures.json").read_text(encoding="utf-8")
    return tuple(Person(name=n, public=True) for n in json.loads(text)["names"])
