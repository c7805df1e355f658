"""Who spoke, said without naming them: "The mother of Ivan (name changed)".

People appear by pseudonym, or by real name when they are registered public.
Russian bylines put the subjects in the genitive ("Мать Ивана"), using the
inflection function the caller passes (the redaction engine's pseudonym
inflection). English bylines write Cyrillic pseudonyms in Latin letters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from intake.export.language import join_names, words
from intake.models import Person, Relation
from intake.redact.findings import PERSON, Finding
from intake.redact.forms_ru import inflect, is_cyrillic
from intake.redact.operators import render_pseudonym
from intake.redact.translit import primary_latin

# (name, grammatical case, gender "m"/"f"/None) -> the name in that case
Inflect = Callable[[str, str, str | None], str]


def shown_name(person: Person, language: str, case: str, inflect: Inflect) -> str:
    """How ``person`` is written in a publication in ``language`` and ``case``."""
    name = person.name if person.public else person.pseudonym
    gender = person.gender.value if person.gender else None
    if language == "ru":
        return inflect(name, case, gender)
    if any(is_cyrillic(word) for word in name.split()):
        return " ".join(primary_latin(word) for word in name.split())
    return name


def byline(
    relation: Relation | None,
    source: Person | None,
    subjects: Sequence[Person],
    language: str,
    inflect: Inflect,
) -> str:
    """The header line naming the source and their relation to the subjects."""
    w = words(language)
    if source is None and not subjects:
        return w.anonymous
    shown = [p for p in subjects if source is None or p.id != source.id]
    if relation is None or relation is Relation.SELF or not shown or source is None:
        people = [source] if source is not None else list(subjects)
        text = join_names([shown_name(p, language, "nomn", inflect) for p in people], language)
        return _with_note(text, people, language)
    phrase = w.relations[relation.value][_gender_slot(source)]
    names = join_names([shown_name(p, language, "gent", inflect) for p in shown], language)
    return _with_note(phrase.format(names), shown, language)


def _gender_slot(person: Person) -> int:
    if person.gender is None:
        return 2
    return 0 if person.gender.value == "m" else 1


def _with_note(text: str, people: Sequence[Person], language: str) -> str:
    changed = [p for p in people if not p.public]
    if not changed:
        return text
    w = words(language)
    return f"{text} ({w.name_changed if len(changed) == 1 else w.names_changed})"


def engine_inflect(name: str, case: str, gender: str | None) -> str:
    """A pseudonym in a Russian ``case`` by the redaction engine's own pseudonym operator
    (the same forms the redacted text uses); other words of a name follow pymorphy3."""
    if case == "nomn":
        return name
    first, *rest = name.split()
    model = Finding(PERSON, 0, 1, 1.0, "byline", case=case, script="cyr")
    head = render_pseudonym(first, model, "Имя", gender)
    return " ".join([head, *(inflect(word, case, gender) for word in rest)])
