"""A pseudonym is never a form of a name: what protects readers from a false attribution.

"Евгения" is the pseudonym-pool name for a woman and also the genitive of the
registered "Евгений"; a published "Евгения" would then read as him, and the leak
gate refuses every export that holds it. So a pseudonym clashes when any of its
forms (every case, both scripts) equals

* a form of any registered person's name or alias (every case, spellings,
  diminutives: whatever :func:`intake.redact.expand.expand` generates), or
* a capitalised word of the vault's testimonies (a name nobody registered).

Drawing skips clashing names, a chosen pseudonym that clashes is refused, and a
registration or import that makes an existing pseudonym clash is reported at once
with the command that redraws it.

Limits: a name that occurs only in text imported later, in lower case, or in no
testimony at all is not known here; the leak gate still reads every export.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from intake.models import Person
from intake.store import people as store
from intake.store import testimonies as testimony_store
from intake.store.db import Connection

_CAPITALISED = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?")


def _gender(person: Person) -> str | None:
    return person.gender.value if person.gender else None


def form_keys(people: Iterable[Person]) -> frozenset[str]:
    """The skeletons of every form of every name and alias of ``people``."""
    # late: the name tables (phonenumbers, iuliia; 0.1 s) load only to compare names
    from intake.redact.expand import expand

    table = expand(
        tuple((p.name, p.aliases, _gender(p), p.public) for p in people),
        (),
    )
    return frozenset(table)


def text_keys(texts: Iterable[str]) -> frozenset[str]:
    """The skeletons of the capitalised words of ``texts``."""
    # late: the name tables (phonenumbers, iuliia; 0.1 s) load only to compare names
    from intake.redact.normalize import skeleton

    return frozenset(skeleton(m.group()) for t in texts for m in _CAPITALISED.finditer(t))


def testimony_texts(conn: Connection) -> list[str]:
    out: list[str] = []
    for listing in testimony_store.listing(conn):
        t = testimony_store.get(conn, listing.id)
        out += [t.title, t.summary, t.transcript]
    return out


class Clashes:
    """``clashes(pseudonym, gender)``: True if a form of the pseudonym is a known name form."""

    def __init__(self, keys: frozenset[str]) -> None:
        self._keys = keys
        self._memo: dict[tuple[str, str | None], bool] = {}

    def __call__(self, pseudonym: str, gender: str | None) -> bool:
        if (pseudonym, gender) not in self._memo:
            # late: the name tables (phonenumbers, iuliia; 0.1 s) load only to compare names
            from intake.redact.expand import pseudonym_forms
            from intake.redact.normalize import skeleton

            forms = [pseudonym, *(form for form, _, _, _ in pseudonym_forms(pseudonym, gender))]
            self._memo[(pseudonym, gender)] = any(skeleton(f) in self._keys for f in forms)
        return self._memo[(pseudonym, gender)]


def for_vault(conn: Connection, extra: Iterable[Person] = ()) -> Clashes:
    """The check against every registered person (and ``extra``) and every testimony."""
    everyone = [*store.all_people(conn), *extra]
    return Clashes(form_keys(everyone) | text_keys(testimony_texts(conn)))


def holders_clashing_with(
    conn: Connection, people: Iterable[Person], texts: Iterable[str] = ()
) -> list[str]:
    """Ids of registered people whose pseudonym is a form of a name of ``people`` or a
    capitalised word of ``texts`` (a registration or an import just made it so)."""
    new = list(people)
    check = Clashes(form_keys(new) | text_keys(texts))
    own = {p.id for p in new}
    return [
        p.id
        for p in store.all_people(conn)
        if p.pseudonym and p.id not in own and check(p.pseudonym, _gender(p))
    ]
