"""Short forms of English first names: "Bill" and "Billy" are a registered William.

The curated table ``intake/data/diminutives_en.txt`` gives the usual short forms of
about 90 English first names, and of about 50 Polish, Czech, Hungarian and German ones
("Gosia" for Małgorzata, "Honza" for Jan, "Zsófi" for Zsófia). A form is a Latin-script
form of the registered person, with a possessive ("Billy's") found by the matcher at
the apostrophe. Each counts only with a capital letter ("bill" is a word); a form that
is also an ordinary English word ("Will", "Rob", "Frank", marked "*" in the table) only
when it is not the first word of a sentence ("Will you come?"), where the publication
check asks instead.

A first name of another language that is an English name ("Nikos", "Николай":
Nicholas; :mod:`intake.redact.in_english`) gets that name and its short forms: its bearer
goes by "Nick" abroad.

A short form shared by two registered people ("Alex" of an Alexander and an
Alexandra) is a form of each, and the engine treats it as ambiguous.
"""

from __future__ import annotations

from functools import lru_cache

from intake.redact import english_dict, guards
from intake.redact.diminutives import Table, read_table
from intake.redact.in_english import english_name, key


@lru_cache(maxsize=1)
def table() -> Table:
    """Full name (lower case, marks dropped) -> (gender, ((short form, is also a word),
    ...))."""
    return read_table("data/diminutives_en.txt", key)


def short_forms(name: str, gender: str | None) -> tuple[tuple[str, int], ...]:
    """(short form, guard) of an English first name ("William" -> ("will", CAPITAL |
    NOT_INITIAL), ("billy", CAPITAL)...), or of the English name another language's first
    name is (:func:`english_name`: "Nikos" -> "nicholas", "nick"...); empty for a name
    neither table lists."""
    own = key(name)
    english = english_name(name) if own not in table() else None
    entry = table().get(english or own)
    if entry is None or (gender is not None and entry[0] != gender):
        return ()
    word = guards.CAPITAL | guards.NOT_INITIAL
    shorts = tuple((form, word if common else guards.CAPITAL) for form, common in entry[1])
    return ((english, guards.CAPITAL), *shorts) if english else shorts


@lru_cache(maxsize=1)
def names() -> frozenset[str]:
    """The English first names of the table and their short forms."""
    return frozenset(
        name
        for full, (_gender, shorts) in table().items()
        for name in (full, *(s for s, _ in shorts))
    )


def dictionary_word(form: str) -> bool:
    """True if the Latin ``form`` is a lower-case English dictionary word, not a name
    ("son", "bus", "mark"; not "david")."""
    bare = form.replace("'", "")
    return bare in english_dict.words() and bare not in names()
